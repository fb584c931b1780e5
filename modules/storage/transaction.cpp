// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/transaction.h"

#include "storage/sqlvalues.h"

#include <QHash>
#include <QSqlQuery>

namespace Planner::Storage {

namespace {

// The key of the store's one writer lock on a PostgreSQL server ("JLPW").
constexpr qint64 kWriterLockKey = 0x4A4C5057;

// Transactions open per connection (a connection is used by one thread).
QHash<QString, int> &openTransactions()
{
    thread_local QHash<QString, int> open;
    return open;
}

} // namespace

Transaction::Transaction(QSqlDatabase db, Kind kind)
    : m_db(std::move(db))
{
    const QString connection = m_db.connectionName();
    const bool server = isPostgres(m_db);
    if (kind == Kind::Snapshot && (!server || openTransactions().value(connection) > 0)) {
        m_inert = true;
        m_active = true;
        return;
    }
    QSqlQuery begin(m_db);
    if (kind == Kind::Snapshot) {
        m_active = begin.exec(QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY"));
    } else if (!server) {
        m_active = begin.exec(QStringLiteral("BEGIN IMMEDIATE"));
    } else {
        m_active = begin.exec(QStringLiteral("BEGIN ISOLATION LEVEL READ COMMITTED"));
        if (m_active) {
            QSqlQuery lock(m_db);
            if (!lock.exec(QStringLiteral("SELECT pg_advisory_xact_lock(%1)").arg(kWriterLockKey))) {
                m_error = lock.lastError();
                QSqlQuery rollback(m_db);
                rollback.exec(QStringLiteral("ROLLBACK"));
                m_active = false;
                return;
            }
        }
    }
    if (!m_active)
        m_error = begin.lastError();
    else
        ++openTransactions()[connection];
}

Transaction::~Transaction()
{
    if (m_active && !m_inert) {
        QSqlQuery rollback(m_db);
        rollback.exec(QStringLiteral("ROLLBACK"));
        --openTransactions()[m_db.connectionName()];
    }
}

bool Transaction::commit()
{
    if (!m_active)
        return false;
    if (m_inert) {
        m_active = false;
        return true;
    }
    QSqlQuery commitQuery(m_db);
    const bool done = commitQuery.exec(QStringLiteral("COMMIT"));
    if (!done)
        m_error = commitQuery.lastError();
    m_active = !done;
    if (done)
        --openTransactions()[m_db.connectionName()];
    return done;
}

} // namespace Planner::Storage
