// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>
#include <QSqlError>

namespace Planner::Storage {

// One multi-step write, or one consistent read. Rolls back when it leaves
// scope uncommitted, so an early return or an error never leaves half a
// change behind.
//
// Write: writers take turns. SQLite: BEGIN IMMEDIATE takes the file's write
// lock at the start. PostgreSQL: a READ COMMITTED transaction that first
// takes one server-wide transaction lock (pg_advisory_xact_lock), so every
// writer of the store waits for the one before it exactly as on SQLite, no
// two writers can deadlock, and the revision guard (UPDATE … WHERE revision
// = expected) sees the other writer's committed revision.
//
// Snapshot: reads that must agree with each other (a report, a projection,
// an export) on a team server, where other users commit between two
// SELECTs: PostgreSQL REPEATABLE READ, READ ONLY. On SQLite it does nothing
// (reads there stay as they always were), nor inside a transaction already
// open on the same connection, which the reads are part of.
class Transaction final
{
public:
    enum class Kind { Write, Snapshot };

    explicit Transaction(QSqlDatabase db, Kind kind = Kind::Write);
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
    bool m_inert = false;  // a Snapshot that does nothing (see above)
};

} // namespace Planner::Storage
