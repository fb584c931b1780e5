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
// takes transaction-level advisory locks (released by COMMIT or ROLLBACK),
// so the revision guard (UPDATE … WHERE revision = expected) sees the other
// writer's committed revision and no two writers can deadlock:
// - Write (the store as a whole: schema steps, the catalog, creating,
//   forking, renaming or deleting a scenario, the server's set-up): the
//   store's key, exclusive. It waits for every other writer, as on SQLite.
// - ScenarioWrite (one scenario's settings and comments): the store's key
//   shared at BEGIN, then lockScenario(id) takes that scenario's key
//   exclusive. Writers of different scenarios go on at once; two writers of
//   one scenario take turns; a store-wide writer excludes both. Every writer
//   takes the store's key first and at most one scenario key after it, so
//   the waits cannot form a cycle.
// SQLite has one writer at a time whatever the kind.
//
// Snapshot: reads that must agree with each other (a report, a projection,
// an export) on a team server, where other users commit between two
// SELECTs: PostgreSQL REPEATABLE READ, READ ONLY. On SQLite it does nothing
// (reads there stay as they always were), nor inside a transaction already
// open on the same connection, which the reads are part of.
class Transaction final
{
public:
    enum class Kind { Write, ScenarioWrite, Snapshot };

    explicit Transaction(QSqlDatabase db, Kind kind = Kind::Write);
    ~Transaction();
    Q_DISABLE_COPY_MOVE(Transaction)

    bool isActive() const { return m_active; }
    // ScenarioWrite: takes the scenario's own write lock (waits as BEGIN
    // does). False, with lastError() set and the transaction rolled back,
    // when the lock could not be had. Does nothing on SQLite.
    bool lockScenario(qint64 scenarioId);
    bool commit();
    // Why BEGIN or COMMIT failed (e.g. SQLITE_BUSY when another program held
    // the lock past the busy timeout). QSqlDatabase::lastError() does not
    // carry the error of a statement, so callers report this one.
    QSqlError lastError() const { return m_error; }

private:
    bool lock(const QString &statement);

    QSqlDatabase m_db;
    QSqlError m_error;
    bool m_active = false;
    bool m_inert = false;  // a Snapshot that does nothing (see above)
    bool m_server = false;
    Kind m_kind;
};

} // namespace Planner::Storage
