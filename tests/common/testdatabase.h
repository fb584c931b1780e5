// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The scenario database a test works on, on the engine of the run.
//
// ctest registers the storage, CLI and resilience suites twice: once on
// SQLite files, once (name ending "_pg") with PLANNER_TEST_PG_URL set to the
// maintenance database of the throwaway PostgreSQL cluster the "pg_cluster"
// fixture starts (tests/common/pgcluster.sh), for example
//   postgresql://postgres@/postgres?host=/tmp/jilin-pg-0123abcd
// Each fresh() on the server creates a database of its own (CREATE
// DATABASE, a name unique to the process and the call), so suites running
// in parallel never share one. When the server cannot be reached the test
// fails: it never falls back to SQLite or skips.

#include <QAtomicInt>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QUrl>
#include <QUrlQuery>

namespace TestDatabase {

inline QString serverUrl()
{
    return qEnvironmentVariable("PLANNER_TEST_PG_URL");
}

// True in the "_pg" copy of a suite.
inline bool onServer()
{
    return !serverUrl().isEmpty();
}

// A connection named `connection` to a database location as the tests give
// it to the program (an SQLite path or a postgresql:// URL), for plain SQL;
// open() is left to the caller.
inline QSqlDatabase connection(const QString &connection, const QString &location)
{
    if (!location.startsWith(QLatin1StringView("postgresql://"))) {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(location);
        return db;
    }
    const QUrl url(location);
    const QUrlQuery query(url);
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connection);
    db.setHostName(query.hasQueryItem(QStringLiteral("host")) ? query.queryItemValue(QStringLiteral("host")) : url.host());
    if (url.port(-1) > 0)
        db.setPort(url.port());
    db.setUserName(url.userName());
    db.setDatabaseName(url.path().mid(1));
    return db;
}

// Runs one statement on the server's maintenance database `adminLocation`
// (CREATE or DROP DATABASE); the server's message when it fails.
inline QString adminExec(const QString &adminLocation, const QString &sql)
{
    QString error;
    {
        QSqlDatabase admin = connection(QStringLiteral("test-admin"), adminLocation);
        if (!admin.open()) {
            error = admin.lastError().text();
        } else {
            QSqlQuery q(admin);
            if (!q.exec(sql))
                error = sql + QStringLiteral(": ") + q.lastError().text();
            admin.close();
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("test-admin"));
    return error;
}

// Creates the database `database` ([a-z0-9_] only) on the server of
// `adminLocation` and returns its location; an error ends the program.
inline QString createDatabase(const QString &adminLocation, const QString &database)
{
    const QString error = adminExec(adminLocation, QStringLiteral("CREATE DATABASE %1").arg(database));
    if (!error.isEmpty())
        qFatal("The test PostgreSQL server %s: %s", qPrintable(adminLocation), qPrintable(error));
    QUrl url(adminLocation);
    url.setPath(u'/' + database);
    return url.toString();
}

// A new, empty database location: `folder`/NAME.sqlite (removed if it
// exists), or postgresql://…/NAME_PID_N on the test server. An unreachable
// server ends the test program with the server's message.
inline QString fresh(const QString &folder, const QString &name)
{
    if (!onServer()) {
        const QString path = QDir(folder).filePath(name + QStringLiteral(".sqlite"));
        QFile::remove(path);
        return path;
    }
    static QAtomicInt counter;
    QString base = name.toLower();
    base.replace(QRegularExpression(QStringLiteral("[^a-z0-9_]")), QStringLiteral("_"));
    return createDatabase(serverUrl(), QStringLiteral("t_%1_%2_%3")
                                           .arg(base.left(40))
                                           .arg(QCoreApplication::applicationPid())
                                           .arg(counter.fetchAndAddRelaxed(1)));
}

} // namespace TestDatabase
