// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/testdatabase.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QStringList>

#include <functional>

// Runs the built jilin-planner with arguments, as a script would.
struct CliResult
{
    int exitCode = -1;
    QProcess::ExitStatus exitStatus = QProcess::CrashExit;
    QString out;
    QString err;
};

// The system environment with a home of its own under `root`: the default
// database and the settings never touch the user's.
inline QProcessEnvironment isolatedEnvironment(const QString &root)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), root);
    env.insert(QStringLiteral("XDG_DATA_HOME"), root + QStringLiteral("/data"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), root + QStringLiteral("/config"));
    return env;
}

inline CliResult runCli(const QStringList &arguments, const QProcessEnvironment &environment,
                        int timeoutMs = 60000)
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(PLANNER_BINARY), arguments);
    CliResult result;
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        result.err = QStringLiteral("timed out");
        return result;
    }
    result.exitCode = process.exitCode();
    result.exitStatus = process.exitStatus();
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

// What the writer suites (tst_resilience, tst_tenclients) edit and check.

// A lever as `levers --json` lists it: its id and range.
struct CliLever
{
    QString id;
    double min = 0;
    double max = 0;
};

// The levers with a range (max > min), as the program lists them; empty
// when the listing fails.
inline QList<CliLever> rangedLevers(const QProcessEnvironment &environment)
{
    const CliResult r = runCli({QStringLiteral("levers"), QStringLiteral("--json")}, environment);
    QList<CliLever> levers;
    if (r.exitCode != 0)
        return levers;
    for (const QJsonValue &v : QJsonDocument::fromJson(r.out.toUtf8()).array()) {
        const QJsonObject o = v.toObject();
        const CliLever lever{o.value(QStringLiteral("id")).toString(), o.value(QStringLiteral("min")).toDouble(),
                             o.value(QStringLiteral("max")).toDouble()};
        if (lever.max > lever.min)
            levers.append(lever);
    }
    return levers;
}

// A number as the command line takes it, read back exactly.
inline QString exactNumber(double v)
{
    return QString::number(v, 'g', 17);
}

// One lever in one year: what a "lever set --year" line changes.
struct Cell
{
    QString lever;
    int year = 0;
    friend bool operator<(const Cell &a, const Cell &b)
    {
        return a.lever != b.lever ? a.lever < b.lever : a.year < b.year;
    }
    friend bool operator==(const Cell &a, const Cell &b) { return a.lever == b.lever && a.year == b.year; }
};

// A scenario's revision and lever settings as the database holds them, read
// with plain SQL on a connection of its own (TestDatabase::connection);
// `alsoRead`, when given, reads more on the same connection first.
struct StoredLevers
{
    qint64 revision = -1;
    QMap<Cell, double> values;
    QString error;
};

inline StoredLevers readStoredLevers(const QString &location, const QString &scenario,
                                     const std::function<void(QSqlDatabase)> &alsoRead = {})
{
    static QAtomicInt counter;
    const QString name = QStringLiteral("inspect-%1").arg(counter.fetchAndAddRelaxed(1));
    StoredLevers state;
    {
        QSqlDatabase db = TestDatabase::connection(name, location);
        if (!db.open()) {
            state.error = db.lastError().text();
        } else {
            if (alsoRead)
                alsoRead(db);
            QSqlQuery q(db);
            q.prepare(QStringLiteral("SELECT revision FROM scenarios WHERE name = :n"));
            q.bindValue(QStringLiteral(":n"), scenario);
            if (q.exec() && q.next())
                state.revision = q.value(0).toLongLong();
            q.prepare(QStringLiteral("SELECT l.lever_id, l.year, l.value FROM lever_settings l"
                                     " JOIN scenarios s ON s.id = l.scenario_id WHERE s.name = :n"));
            q.bindValue(QStringLiteral(":n"), scenario);
            if (q.exec()) {
                while (q.next())
                    state.values.insert({q.value(0).toString(), q.value(1).toInt()}, q.value(2).toDouble());
            } else {
                state.error = q.lastError().text();
            }
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return state;
}
