// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/store.h"

#include "storage/catalogrepository.h"
#include "storage/migrations.h"
#include "storage/scenariorepository.h"
#include "storage/transaction.h"

#include <QAtomicInt>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QRegularExpression>
#include <QUrl>
#include <QUrlQuery>
#include <QVariant>

namespace Planner::Storage {

namespace {

// Qt's PostgreSQL driver frees a prepared statement with DEALLOCATE when its
// QSqlQuery goes; after a refused or failed statement the transaction is
// aborted until the store's ROLLBACK, so the DEALLOCATE of the change's
// queries fails and the driver prints "Unable to free statement: ERROR:
// current transaction is aborted ..." (in English, with a blank line) beside
// the store's own message. Only that warning is dropped; every other message
// goes to the handler that was installed before. The statement stays
// prepared in that session: a few bytes on the server until it disconnects.
QtMessageHandler previousMessageHandler = nullptr;

void dropAbortedDeallocateWarning(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (type == QtWarningMsg && message.startsWith(QLatin1StringView("Unable to free statement:"))
        && message.contains(QLatin1StringView("current transaction is aborted")))
        return;
    if (previousMessageHandler)
        previousMessageHandler(type, context, message);
}

void installDriverMessageFilter()
{
    static const bool installed = [] {
        previousMessageHandler = qInstallMessageHandler(dropAbortedDeallocateWarning);
        return true;
    }();
    Q_UNUSED(installed);
}

constexpr int kBusyTimeoutMs = 5000;

QString nextConnectionName()
{
    static QAtomicInt counter;
    return QStringLiteral("planner-store-%1").arg(counter.fetchAndAddRelaxed(1));
}

// True when the file's permission bits give nobody write access. Checked on
// the bits, not with access(2), so a file marked read-only is honoured even
// when the program runs as root.
bool markedReadOnly(const QFileInfo &info)
{
    const QFile::Permissions p = info.permissions();
    const bool anyWrite = p & (QFile::WriteOwner | QFile::WriteGroup | QFile::WriteOther);
    return !anyWrite || !info.isWritable();
}

bool folderWritable(const QString &folder)
{
    const QFileInfo dir(folder);
    const QFile::Permissions p = dir.permissions();
    return dir.isDir() && dir.isWritable() && (p & (QFile::WriteOwner | QFile::WriteGroup | QFile::WriteOther));
}

// SQLITE_BUSY (5) and SQLITE_LOCKED (6): another connection holds a lock
// that did not come free within the busy timeout.
bool isLockError(const QSqlError &sqlError)
{
    const QString native = sqlError.nativeErrorCode();
    return native == QLatin1StringView("5") || native == QLatin1StringView("6");
}

StoreError error(StoreError::Code code, const QString &message)
{
    return StoreError{code, message};
}

// A failure to open or read the file that is not known damage: SQLite's own
// reason and what to check. "Damaged" is only said after quick_check.
StoreError openFailure(const QString &nativePath, const QSqlError &sqlError)
{
    return error(StoreError::Code::Sql,
                 Tr::tr("Cannot open %1: SQLite says \"%2\" (code %3). The file was left unchanged and is not known "
                        "to be damaged. Check that you may read the file and its folder, and the files beside it "
                        "ending in -wal and -shm; a -wal file deleted while a program was using the database holds "
                        "saved changes, so do not delete or restore anything before that program has closed.")
                     .arg(nativePath, sqlError.databaseText(), sqlError.nativeErrorCode()));
}

// SQLite said SQLITE_CORRUPT (11) or SQLITE_NOTADB (26) before the checks
// ran: "damaged" only when PRAGMA quick_check confirms it (it fails or
// reports a problem); otherwise the failure with SQLite's reason.
StoreError damageOr(const QSqlDatabase &db, const QString &nativePath, const QSqlError &first)
{
    const QString code = first.nativeErrorCode();
    if (code == QLatin1StringView("11") || code == QLatin1StringView("26")) {
        QSqlQuery check(db);
        const bool checked = check.exec(QStringLiteral("PRAGMA quick_check")) && check.next();
        const QString checkCode = checked ? QString() : check.lastError().nativeErrorCode();
        const bool confirmed = checked ? check.value(0).toString() != QLatin1StringView("ok")
                                       : checkCode == QLatin1StringView("11") || checkCode == QLatin1StringView("26");
        if (confirmed)
            return error(StoreError::Code::Damaged,
                         Tr::tr("%1 is damaged and cannot be opened (%2). It was left unchanged; restore it from a "
                                "backup.").arg(nativePath, checked ? check.value(0).toString()
                                                                   : check.lastError().databaseText()));
    }
    return openFailure(nativePath, first);
}

// True when the file's header says WAL mode (bytes 18 and 19 are 2).
bool walHeader(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QByteArray head = file.read(20);
    return head.size() == 20 && head.at(18) == 2 && head.at(19) == 2;
}

// Looks at the first bytes before SQLite does, so that a foreign file is
// refused without SQLite writing anything next to it.
StoreError checkHeader(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return error(StoreError::Code::NotFound,
                     Tr::tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    const QByteArray head = file.read(100);
    static const QByteArray magic("SQLite format 3\0", 16);
    if (head.size() < 100 || !head.startsWith(magic))
        return error(StoreError::Code::NotADatabase,
                     Tr::tr("%1 is not a scenario database (it is not an SQLite file). It was left unchanged.")
                         .arg(QDir::toNativeSeparators(path)));
    return {};
}

// The settings of every server session: notices ("already exists,
// skipping") are not for the user; lock waits end after the same time as
// SQLite's busy timeout; a read-only store's transactions are read-only.
StoreError setUpServerSession(QSqlDatabase db, bool readOnly, const QString &shown)
{
    QSqlQuery setup(db);
    if (!setup.exec(QStringLiteral("SET client_min_messages = warning"))
        || !setup.exec(QStringLiteral("SET lock_timeout = %1").arg(kBusyTimeoutMs))
        || (readOnly && !setup.exec(QStringLiteral("SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY"))))
        return Store::sqlError(Tr::tr("Cannot open %1").arg(shown), setup.lastError());
    return {};
}

} // namespace

Store::Store(QString path, QString connectionName, bool readOnly, Engine::Catalog catalog)
    : m_path(std::move(path)), m_connectionName(std::move(connectionName)), m_readOnly(readOnly)
    , m_catalog(std::move(catalog))
{
}

Store::~Store()
{
    {
        QSqlDatabase db = database();
        // The file stays in WAL mode. SQLite removes -wal and -shm when the
        // last connection closes cleanly, so a database at rest is one file
        // and a later read-only reader opens it immutable (Store::open).
        // Switching back to the rollback journal here was tried: two writers
        // closing and opening at once then fought over the exclusive lock
        // each mode change needs (tst_resilience, two writers).
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QString Store::defaultPath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(dir).filePath(QStringLiteral("scenarios.sqlite"));
}

StoreError Store::sqlError(const QString &what, const QSqlError &sqlError)
{
    const QString native = sqlError.nativeErrorCode();
    // PostgreSQL names its errors by SQLSTATE (five characters; SQLite's
    // codes are numbers of one or two digits).
    if (native.size() == 5) {
        // Class 08 (connection exception), 57P01-57P03 (the server shut down
        // or is starting): the connection is gone; the transaction was
        // rolled back by the server.
        if (native.startsWith(QLatin1StringView("08")) || native.startsWith(QLatin1StringView("57P")))
            return error(StoreError::Code::Unreachable,
                         Tr::tr("%1: the connection to the team server was lost (%2). The change was not saved; "
                                "nothing was half-written. Try again when the server can be reached.")
                             .arg(what, sqlError.databaseText()));
        // Lock timeout (55P03), serialization failure (40001), deadlock (40P01).
        if (native == QLatin1StringView("55P03") || native == QLatin1StringView("40001")
            || native == QLatin1StringView("40P01"))
            return error(StoreError::Code::Locked,
                         Tr::tr("%1: another program or user held the team server's write lock and did not "
                                "release it within %2 seconds. Nothing was changed. Wait until it has finished, "
                                "then try again.")
                             .arg(what).arg(kBusyTimeoutMs / 1000));
        // 25006: a write in a read-only transaction.
        if (native == QLatin1StringView("25006"))
            return error(StoreError::Code::ReadOnly, Tr::tr("%1: the database is read-only.").arg(what));
        // 42501 (insufficient privilege): the team server's roles and
        // row-level security refused the change (TeamServer).
        if (native == QLatin1StringView("42501")) {
            // Said in the reader's words: the server's own ("permission
            // denied for table …", "new row violates row-level security
            // policy …") name our tables and are English in a Chinese
            // window; the server's log keeps them for the administrator.
            return error(StoreError::Code::ReadOnly,
                         Tr::tr("%1: the team server does not let your role make this change. A city planner "
                                "changes only its own city's shares, task records and observed values, and only "
                                "in scenarios the province has opened to the cities; a reviewer adds comments "
                                "only. Nothing was changed.").arg(what));
        }
    }
    // No SQLSTATE and a connection error: libpq lost the server before it
    // could answer (the socket closed).
    if (native.isEmpty() && sqlError.type() == QSqlError::ConnectionError)
        return error(StoreError::Code::Unreachable,
                     Tr::tr("%1: the connection to the team server was lost (%2). The change was not saved; "
                            "nothing was half-written. Try again when the server can be reached.")
                         .arg(what, sqlError.databaseText()));
    if (isLockError(sqlError))
        return error(StoreError::Code::Locked,
                     Tr::tr("%1: another program (a planning desk window, a script, a backup tool) holds the "
                            "database locked and did not release it within %2 seconds. Nothing was changed. "
                            "Wait until it has finished, or close it, then try again.")
                         .arg(what).arg(kBusyTimeoutMs / 1000));
    // SQLITE_CORRUPT (11), SQLITE_NOTADB (26).
    if (native == QLatin1StringView("11") || native == QLatin1StringView("26"))
        return error(StoreError::Code::Damaged, Tr::tr("%1: the database file is damaged (%2).")
                                                    .arg(what, sqlError.databaseText()));
    // SQLITE_READONLY (8).
    if (native == QLatin1StringView("8"))
        return error(StoreError::Code::ReadOnly, Tr::tr("%1: the database is read-only.").arg(what));
    return error(StoreError::Code::Sql, QStringLiteral("%1: %2").arg(what, sqlError.text()));
}

int Store::schemaVersion() const
{
    const Result<int> version = storedSchemaVersion(database());
    return version.ok() ? version.value() : -1;
}

StoreError Store::reconnect() const
{
    if (!isServer())
        return {};
    QSqlDatabase db = database();
    // A new session listens to nothing: the channels the old one listened
    // to (a window's ChangeListener) are listened to again.
    const QStringList channels = db.driver() ? db.driver()->subscribedToNotifications() : QStringList();
    db.close();
    if (!db.open())
        return error(StoreError::Code::Unreachable,
                     Tr::tr("Cannot connect to the team server %1: %2").arg(m_path, db.lastError().databaseText().trimmed()));
    for (const QString &channel : channels)
        db.driver()->subscribeToNotification(channel);
    return setUpServerSession(db, m_readOnly, m_path);
}

bool Store::isConnected() const
{
    QSqlQuery probe(database());
    return probe.exec(QStringLiteral("SELECT 1"));
}

bool Store::isServerLocation(const QString &location)
{
    return location.startsWith(QLatin1StringView("postgresql://"), Qt::CaseInsensitive)
           || location.startsWith(QLatin1StringView("postgres://"), Qt::CaseInsensitive);
}

StoreError Store::prepareForWriting(const QString &shownLocation)
{
    QSqlDatabase db = database();
    Transaction tx(db);
    if (!tx.isActive())
        return sqlError(Tr::tr("Cannot open %1").arg(shownLocation), tx.lastError());
    if (StoreError e = migrate(db))
        return e;
    if (StoreError e = CatalogRepository(*this).synchronise(m_catalog))
        return e;
    if (StoreError e = ScenarioRepository(*this).seedTemplates())
        return e;
    if (!tx.commit())
        return sqlError(Tr::tr("Cannot open %1").arg(shownLocation), tx.lastError());
    return {};
}

StoreError Store::checkServerLocation(const QString &location)
{
    const QUrl url(location, QUrl::StrictMode);
    if (!url.isValid())
        return {StoreError::Code::NotFound,
                Tr::tr("%1 is not a server location: write postgresql://USER@HOST:PORT/DATABASE (%2).")
                    .arg(location, url.errorString())};
    if (!url.password().isEmpty() || QUrlQuery(url).hasQueryItem(QStringLiteral("password")))
        return {StoreError::Code::NotFound,
                Tr::tr("The server location %1 contains a password. A password is never given on the command "
                       "line or kept in settings: put it in ~/.pgpass or in the PGPASSWORD environment variable, "
                       "and leave it out of the location.").arg(url.toString(QUrl::RemovePassword))};
    return {};
}

Result<std::unique_ptr<Store>> Store::openServer(const QString &location, const Engine::Catalog &catalog,
                                                 Access access)
{
    installDriverMessageFilter();
    if (StoreError e = checkServerLocation(location))
        return e;
    const QUrl url(location, QUrl::StrictMode);
    // The location as shown in messages: never with a password in it.
    const QString shown = url.toString(QUrl::RemovePassword);
    const QUrlQuery query(url);
    QString host = url.host();
    int port = url.port(-1);
    QString user = url.userName();
    QStringList options{QStringLiteral("connect_timeout=10"), QStringLiteral("application_name=jilin-planner")};
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (key == QLatin1StringView("host")) {
            host = value;
        } else if (key == QLatin1StringView("port")) {
            bool ok = false;
            port = value.toInt(&ok);
            if (!ok)
                port = -2;
        } else if (key == QLatin1StringView("user")) {
            user = value;
        } else if (key == QLatin1StringView("sslmode") || key == QLatin1StringView("connect_timeout")) {
            // libpq's own options; values without spaces or quotes.
            static const QRegularExpression plain(QStringLiteral("^[A-Za-z0-9_-]+$"));
            if (!plain.match(value).hasMatch())
                return error(StoreError::Code::NotFound,
                             Tr::tr("%1: the value of \"%2\" is not valid.").arg(shown, key));
            options.append(key + u'=' + value);
        } else {
            return error(StoreError::Code::NotFound,
                         Tr::tr("%1: unknown parameter \"%2\" (known: host, port, user, sslmode, connect_timeout).")
                             .arg(shown, key));
        }
    }
    if (port == -2 || port == 0 || port > 65535)
        return error(StoreError::Code::NotFound, Tr::tr("%1: the port must be a number from 1 to 65535.").arg(shown));
    const QString databaseName = url.path(QUrl::FullyDecoded).mid(1);
    if (databaseName.isEmpty() || databaseName.contains(u'/'))
        return error(StoreError::Code::NotFound,
                     Tr::tr("%1 names no database: write postgresql://USER@HOST:PORT/DATABASE.").arg(shown));

    const QString connectionName = nextConnectionName();
    std::unique_ptr<Store> store(new Store(shown, connectionName, access == Access::ReadOnly, catalog));
    store->m_backend = Backend::PostgreSQL;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connectionName);
        if (!db.isValid())
            return error(StoreError::Code::Sql,
                         Tr::tr("The PostgreSQL driver for Qt is not installed (libqt6sql6-psql)."));
        db.setHostName(host);
        if (port > 0)
            db.setPort(port);
        db.setUserName(user);
        db.setDatabaseName(databaseName);
        db.setConnectOptions(options.join(u';'));
        if (!db.open())
            return error(StoreError::Code::Unreachable,
                         Tr::tr("Cannot connect to the team server %1: %2").arg(shown, db.lastError().databaseText().trimmed()));
    }
    QSqlDatabase db = store->database();
    if (StoreError e = setUpServerSession(db, false, shown))
        return e;
    const Result<int> version = storedSchemaVersion(db);
    if (!version.ok())
        return version.error();
    if (version.value() > currentSchemaVersion())
        return error(StoreError::Code::NewerSchema,
                     Tr::tr("%1 was written by a newer version of the application (schema %2; this version "
                            "reads up to %3). Update the application to open it. The database was left unchanged.")
                         .arg(shown).arg(version.value()).arg(currentSchemaVersion()));
    if (version.value() == 0) {
        // Tables without our version record belong to another program.
        QSqlQuery tables(db);
        if (!tables.exec(QStringLiteral("SELECT COUNT(*) FROM pg_tables WHERE schemaname = current_schema()"))
            || !tables.next())
            return sqlError(Tr::tr("Cannot open %1").arg(shown), tables.lastError());
        if (tables.value(0).toInt() > 0)
            return error(StoreError::Code::NotADatabase,
                         Tr::tr("%1 holds the tables of another program, not a scenario database. "
                                "It was left unchanged.").arg(shown));
    }
    const bool current = version.value() == currentSchemaVersion();
    if (access == Access::Reading && current)
        store->m_readOnly = true;
    if (store->m_readOnly && !current)
        return error(StoreError::Code::ReadOnly,
                     Tr::tr("%1 uses an older schema (%2) that this version must upgrade before it can show it. "
                            "Open it once for writing.").arg(shown).arg(version.value()));
    if (store->m_readOnly) {
        if (StoreError e = setUpServerSession(db, true, shown))
            return e;
        return store;
    }
    if (current) {
        // On a team server the schema, the catalog and the shipped scenarios
        // belong to the administrator, who brings them up to date (server
        // init, or any command run as the tables' owner). A planner's
        // session leaves them as they are: it may not write them.
        QSqlQuery owner(db);
        if (!owner.exec(QStringLiteral("SELECT pg_has_role(current_user, c.relowner, 'USAGE') FROM pg_class c"
                                       " WHERE c.oid = to_regclass('chapters')"))
            || !owner.next())
            return sqlError(Tr::tr("Cannot open %1").arg(shown), owner.lastError());
        if (!owner.value(0).toBool())
            return store;
    }
    if (StoreError e = store->prepareForWriting(shown))
        return e;
    return store;
}

StoreError Store::checkWritable() const
{
    if (m_readOnly)
        return error(StoreError::Code::ReadOnly,
                     Tr::tr("%1 is open read-only: changes cannot be saved.").arg(QDir::toNativeSeparators(m_path)));
    return {};
}

Result<std::unique_ptr<Store>> Store::open(const QString &path, const Engine::Catalog &catalog, Access access)
{
    if (isServerLocation(path))
        return openServer(path, catalog, access);
    const QString nativePath = QDir::toNativeSeparators(path);
    const QFileInfo info(path);
    bool readOnly = access == Access::ReadOnly;
    bool isNew = false;

    if (info.exists()) {
        if (info.isDir())
            return error(StoreError::Code::NotADatabase, Tr::tr("%1 is a folder, not a scenario database.").arg(nativePath));
        if (!info.isFile())
            return error(StoreError::Code::NotADatabase,
                         Tr::tr("%1 is not an ordinary file (a device, pipe or socket), so it cannot be a scenario "
                                "database. Nothing was created or changed.").arg(nativePath));
        if (info.size() == 0) {
            isNew = true;  // an empty file is an empty database: nothing in it to lose
        } else if (StoreError e = checkHeader(path)) {
            return e;
        }
        if (markedReadOnly(info) || !folderWritable(info.absolutePath()))
            readOnly = true;
        if (access == Access::Reading && !isNew)
            readOnly = true;
        if (readOnly && isNew)
            return error(StoreError::Code::ReadOnly,
                         Tr::tr("%1 is empty and read-only: there is nothing to show.").arg(nativePath));
    } else {
        if (readOnly)
            return error(StoreError::Code::NotFound, Tr::tr("%1 does not exist.").arg(nativePath));
        const QString folder = info.absolutePath();
        if (!QFileInfo(folder).isDir())
            return error(StoreError::Code::CannotCreate,
                         Tr::tr("Cannot create the database %1: the folder %2 does not exist.")
                             .arg(nativePath, QDir::toNativeSeparators(folder)));
        if (!folderWritable(folder))
            return error(StoreError::Code::CannotCreate,
                         Tr::tr("Cannot create the database %1: the folder %2 is not writable.")
                             .arg(nativePath, QDir::toNativeSeparators(folder)));
        isNew = true;
    }

    const QString connectionName = nextConnectionName();
    std::unique_ptr<Store> store(new Store(info.absoluteFilePath(), connectionName, readOnly, catalog));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName);
        if (!db.isValid())
            return error(StoreError::Code::Sql, Tr::tr("The SQLite driver for Qt is not installed (libqt6sql6-sqlite)."));
        QString options = QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(kBusyTimeoutMs);
        if (readOnly) {
            // mode=ro: no write lock, no journal. A file in WAL mode whose
            // -wal file is absent has no writer (a writer keeps its -wal file
            // while it is open): reading it immutable creates no -wal/-shm
            // that could not be removed afterwards.
            QUrl uri = QUrl::fromLocalFile(info.absoluteFilePath());
            QString query = QStringLiteral("mode=ro");
            if (walHeader(info.absoluteFilePath()) && !QFileInfo::exists(info.absoluteFilePath() + QStringLiteral("-wal")))
                query += QStringLiteral("&immutable=1");
            uri.setQuery(query);
            db.setDatabaseName(uri.toString(QUrl::FullyEncoded));
            options += QStringLiteral(";QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI");
        } else {
            db.setDatabaseName(info.absoluteFilePath());
        }
        db.setConnectOptions(options);
        if (!db.open()) {
            if (isLockError(db.lastError()))
                return sqlError(Tr::tr("Cannot open %1").arg(nativePath), db.lastError());
            return openFailure(nativePath, db.lastError());
        }
    }
    QSqlDatabase db = store->database();

    if (!isNew) {
        int version = -1;
        {
            QSqlQuery versionQuery(db);
            if (versionQuery.exec(QStringLiteral("PRAGMA user_version")) && versionQuery.next())
                version = versionQuery.value(0).toInt();
            // A program holding the file locked (even for reading) is not damage.
            else if (isLockError(versionQuery.lastError()))
                return sqlError(Tr::tr("Cannot open %1").arg(nativePath), versionQuery.lastError());
            else if (StoreError e = damageOr(db, nativePath, versionQuery.lastError()))
                return e;
        }
        if (version > currentSchemaVersion())
            return error(StoreError::Code::NewerSchema,
                         Tr::tr("%1 was written by a newer version of the application (schema %2; this version "
                                "reads up to %3). Update the application to open it. The file was left unchanged.")
                             .arg(nativePath).arg(version).arg(currentSchemaVersion()));
        QSqlQuery check(db);
        const bool checked = check.exec(QStringLiteral("PRAGMA quick_check")) && check.next();
        if (!checked && isLockError(check.lastError()))
            return sqlError(Tr::tr("Cannot open %1").arg(nativePath), check.lastError());
        // SQLITE_CORRUPT (11) and SQLITE_NOTADB (26) from quick_check itself
        // are its verdict; any other failure is not.
        const QString failedCode = checked ? QString() : check.lastError().nativeErrorCode();
        if (!checked && failedCode != QLatin1StringView("11") && failedCode != QLatin1StringView("26"))
            return openFailure(nativePath, check.lastError());
        if (!checked || check.value(0).toString() != QLatin1StringView("ok")) {
            const QString detail = check.lastError().isValid() ? check.lastError().databaseText()
                                                                : check.value(0).toString();
            return error(StoreError::Code::Damaged,
                         Tr::tr("%1 is damaged and cannot be opened (%2). It was left unchanged; restore it from a "
                                "backup.").arg(nativePath, detail));
        }
        check.finish();
        if (version == 0) {
            // Version 0 with tables in it is somebody else's SQLite database:
            // adding our tables to it would change a file that is not ours.
            QSqlQuery tables(db);
            if (!tables.exec(QStringLiteral("SELECT COUNT(*) FROM sqlite_master")) || !tables.next())
                return sqlError(Tr::tr("Cannot open %1").arg(nativePath), tables.lastError());
            if (tables.value(0).toInt() > 0)
                return error(StoreError::Code::NotADatabase,
                             Tr::tr("%1 is an SQLite database of another program, not a scenario database. "
                                    "It was left unchanged.").arg(nativePath));
        }
        if (readOnly && access == Access::Reading && version < currentSchemaVersion() && !markedReadOnly(info)
            && folderWritable(info.absolutePath())) {
            // An older database is upgraded first, which writes.
            check = QSqlQuery();
            db = QSqlDatabase();
            store.reset();
            return open(path, catalog, Access::ReadWrite);
        }
        if (readOnly && version < currentSchemaVersion())
            return error(StoreError::Code::ReadOnly,
                         Tr::tr("%1 is read-only and uses an older schema (%2) that this version must upgrade "
                                "before it can show it. Make it writable and open it once.")
                             .arg(nativePath).arg(version));
    }

    if (readOnly) {
        QSqlQuery pragma(db);
        pragma.exec(QStringLiteral("PRAGMA query_only = ON"));
        return store;
    }

    QSqlQuery pragma(db);
    if (!pragma.exec(QStringLiteral("PRAGMA foreign_keys = ON")))
        return sqlError(Tr::tr("Cannot open %1").arg(nativePath), pragma.lastError());
    if (!pragma.exec(QStringLiteral("PRAGMA journal_mode = WAL")))
        return sqlError(Tr::tr("Cannot open %1").arg(nativePath), pragma.lastError());
    pragma.finish();

    db = QSqlDatabase();
    if (StoreError e = store->prepareForWriting(nativePath))
        return e;
    return store;
}

QString Store::author() const
{
    if (isServer()) {
        QSqlQuery q(database());
        if (q.exec(QStringLiteral("SELECT current_user")) && q.next())
            return q.value(0).toString();
    }
    return operatingSystemUser();
}

} // namespace Planner::Storage
