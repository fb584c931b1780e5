// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>
#include <QSqlError>

namespace Planner::Storage {

// One multi-step write. Rolls back when it leaves scope uncommitted, so an
// early return or an error never leaves half a change behind.
class Transaction final
{
public:
    explicit Transaction(QSqlDatabase db);
    ~Transaction();
    Q_DISABLE_COPY_MOVE(Transaction)

    bool isActive() const { return m_active; }
    bool commit();
    // Why BEGIN or COMMIT failed (e.g. SQLITE_BUSY when another program held
    // the lock past the busy timeout). QSqlDatabase::lastError() does not
    // carry the error of a statement, so callers report this one.
    QSqlError lastError() const { return m_error; }

private:
    QSqlDatabase m_db;
    QSqlError m_error;
    bool m_active = false;
};

} // namespace Planner::Storage
