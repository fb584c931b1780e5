// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/transaction.h"

#include <QSqlQuery>

namespace Planner::Storage {

// BEGIN IMMEDIATE takes the write lock at the start, so two writers wait for
// each other (busy timeout) instead of failing half way with SQLITE_BUSY.
Transaction::Transaction(QSqlDatabase db)
    : m_db(std::move(db))
{
    QSqlQuery begin(m_db);
    m_active = begin.exec(QStringLiteral("BEGIN IMMEDIATE"));
    if (!m_active)
        m_error = begin.lastError();
}

Transaction::~Transaction()
{
    if (m_active) {
        QSqlQuery rollback(m_db);
        rollback.exec(QStringLiteral("ROLLBACK"));
    }
}

bool Transaction::commit()
{
    if (!m_active)
        return false;
    QSqlQuery commitQuery(m_db);
    const bool done = commitQuery.exec(QStringLiteral("COMMIT"));
    if (!done)
        m_error = commitQuery.lastError();
    m_active = !done;
    return done;
}

} // namespace Planner::Storage
