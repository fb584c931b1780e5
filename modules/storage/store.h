// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/storeerror.h"

#include <QSqlDatabase>
#include <QString>

#include <memory>

#include "engine/catalog.h"

namespace Planner::Storage {

// One connection to a scenario database: an SQLite file (the default, one
// desktop) or a PostgreSQL database on a team server, both through Qt SQL.
// A location of the form postgresql://USER@HOST:PORT/DBNAME (or
// postgresql://USER@/DBNAME?host=/socket/folder) opens the server with the
// QPSQL driver; anything else is a file path. The password never comes from
// the location: libpq reads PGPASSWORD or ~/.pgpass itself.
//
// On a server the same migrations run (the version kept in a schema_version
// table instead of PRAGMA user_version), and every write transaction takes
// one server-wide lock, so writers serialise as they do on SQLite (see
// Transaction). The file checks below apply to SQLite only.
//
// open() checks the file before it changes anything: a file that is not
// SQLite, a damaged one, or one written by a newer schema is refused and left
// untouched; a file without write permission (or in a folder without it) is
// opened read-only for viewing. A writable database is upgraded by the
// migrations, then its catalog tables are brought in line with the
// application's catalog and, on first start, the baseline scenario is seeded.
//
// Only an ordinary file (or a link to one) is opened: a device such as
// /dev/null or a FIFO is refused before SQLite sees it (SQLite would create
// "/dev/null-journal"). A read-only connection takes no write lock and creates
// no -wal/-shm files: writers switch the file back from WAL to the rollback
// journal when the last of them closes, so a database at rest needs no
// side files to be read; one still in WAL mode without a -wal file (no
// writer has it open) is read as immutable. "Damaged" is said only when
// PRAGMA quick_check reports a problem; any other failure to open names
// SQLite's reason (permissions, a lock, a missing -wal file).
class Store final
{
public:
    // ReadWrite: upgrade, refresh the catalog rows, seed; read-only only when
    // the file or its folder cannot be written. ReadOnly: never write.
    // Reading: for commands that only read: read-only (no catalog refresh,
    // no write lock, no -wal/-shm files created) when the database exists
    // with the current schema; a new, empty or older database is first
    // created or upgraded as with ReadWrite.
    enum class Access { ReadWrite, ReadOnly, Reading };

    ~Store();
    Q_DISABLE_COPY_MOVE(Store)

    static Result<std::unique_ptr<Store>> open(const QString &path, const Engine::Catalog &catalog,
                                               Access access = Access::ReadWrite);

    // The database file the user uses when no --db is given.
    static QString defaultPath();

    enum class Backend { SQLite, PostgreSQL };
    // True for a postgresql:// (or postgres://) location, which open() takes
    // as a team server rather than a file.
    static bool isServerLocation(const QString &location);
    // Why a server location cannot be used before anything connects: not a
    // URL, or a password in it (never given on a command line or kept in
    // settings). Empty when it can be tried.
    static StoreError checkServerLocation(const QString &location);

    QSqlDatabase database() const { return QSqlDatabase::database(m_connectionName, false); }
    // The file path, or the server location (postgresql://…, no password).
    QString path() const { return m_path; }
    Backend backend() const { return m_backend; }
    bool isServer() const { return m_backend == Backend::PostgreSQL; }
    bool isReadOnly() const { return m_readOnly; }
    // Who is writing, the author a new scenario or comment records unless
    // one is given: on a team server the login the server knows (the name
    // its audit trail and row-level security use), on a file the operating
    // system's user (operatingSystemUser()).
    QString author() const;
    int schemaVersion() const;
    // The application's catalog the store was opened with: levers,
    // coefficients and default projections come from it, not from SQL.
    const Engine::Catalog &applicationCatalog() const { return m_catalog; }

    // On a team server: connects again after the connection was lost (the
    // server restarted, the network came back), with the same session
    // settings. Code::Unreachable when the server still cannot be reached.
    StoreError reconnect() const;
    // False when the connection is gone (a query cannot run).
    bool isConnected() const;

    // StoreError::Code::ReadOnly with a message, or no error.
    StoreError checkWritable() const;

    // A StoreError describing a failed query, telling "locked" apart.
    static StoreError sqlError(const QString &what, const class QSqlError &error);

private:
    Store(QString path, QString connectionName, bool readOnly, Engine::Catalog catalog);
    static Result<std::unique_ptr<Store>> openServer(const QString &location, const Engine::Catalog &catalog,
                                                     Access access);
    // Upgrades the schema, refreshes the catalog rows, seeds the templates.
    StoreError prepareForWriting(const QString &shownLocation);

    QString m_path;
    Backend m_backend = Backend::SQLite;
    QString m_connectionName;
    bool m_readOnly = false;
    Engine::Catalog m_catalog;
};

} // namespace Planner::Storage
