// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/transaction.h"

#include "storage/sqlvalues.h"

#include <QHash>
#include <QSqlQuery>

namespace Planner::Storage {

namespace {

// The key of the store's writer lock on a PostgreSQL server ("JLPW"; the
// one-bigint key space).
constexpr qint64 kWriterLockKey = 0x4A4C5057;
// A scenario's writer lock: the two-integer key space (which never meets the
// one-bigint one), this class and the scenario's id ("JLPS").
constexpr qint32 kScenarioLockClass = 0x4A4C5053;

// Transactions open per connection (a connection is used by one thread).
QHash<QString, int> &openTransactions()
{
    thread_local QHash<QString, int> open;
    return open;
}

} // namespace

Transaction::Transaction(QSqlDatabase db, Kind kind)
    : m_db(std::move(db)), m_server(isPostgres(m_db)), m_kind(kind)
{
    const QString connection = m_db.connectionName();
    const bool server = m_server;
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
        const QString storeLock = kind == Kind::ScenarioWrite ? QStringLiteral("SELECT pg_advisory_xact_lock_shared(%1)")
                                                              : QStringLiteral("SELECT pg_advisory_xact_lock(%1)");
        if (m_active && !lock(storeLock.arg(kWriterLockKey)))
            return;
    }
    if (!m_active)
        m_error = begin.lastError();
    else
        ++openTransactions()[connection];
}

bool Transaction::lock(const QString &statement)
{
    QSqlQuery lock(m_db);
    if (lock.exec(statement))
        return true;
    m_error = lock.lastError();
    QSqlQuery rollback(m_db);
    rollback.exec(QStringLiteral("ROLLBACK"));
    m_active = false;
    return false;
}

bool Transaction::lockScenario(qint64 scenarioId)
{
    if (!m_active)
        return false;
    if (!m_server || m_kind != Kind::ScenarioWrite)
        return true;
    // Ids beyond the 32-bit range share a key with another scenario: they
    // then take turns, which is safe.
    const bool locked = lock(QStringLiteral("SELECT pg_advisory_xact_lock(%1, %2)")
                                 .arg(kScenarioLockClass)
                                 .arg(static_cast<qint32>(scenarioId & 0x7FFFFFFF)));
    if (!locked)
        --openTransactions()[m_db.connectionName()];
    return locked;
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
