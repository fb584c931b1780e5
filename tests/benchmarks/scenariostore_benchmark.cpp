// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later
//
// One store with many scenarios, on the team server and on an SQLite file in
// the same run. Both get the same N forks of the current-trends template
// (default 1,000), each with three lever edits, written through the storage
// layer. Then the built jilin-planner is timed, as a user runs it, on each:
//   list     `scenarios`
//   open     `project --scenario <the middle fork> --deterministic --json`
//            (open the store, load one scenario's inputs, project it)
//   export   `export --all-scenarios --format csv --draws D -o FILE --force`
// The engines alternate within each run (SQLite first, then the server), so
// both see the same load on the machine; each figure is the median of the
// runs (default 5) of the whole process, start-up included. Prints the
// figures and the ratio server / SQLite. Asserts nothing about time.
//
//   scenariostore_benchmark [--scenarios N] [--runs R] [--draws D] [--url postgresql://…]
// The URL (a maintenance database such as postgres) defaults to
// PLANNER_TEST_PG_URL; the benchmark creates a database of its own on that
// server and drops it at the end.

#include "modules.h"

#include "engine/registry.h"
#include "storage/scenario.h"
#include "storage/scenarioinputsrepository.h"
#include "storage/scenariorepository.h"
#include "storage/store.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>
#include <QUrl>
#include <QUrlQuery>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace Planner;

namespace {

double median(std::vector<double> values)
{
    if (values.empty())
        return 0.0;
    std::sort(values.begin(), values.end());
    const std::size_t n = values.size();
    return n % 2 ? values.at(n / 2) : (values.at(n / 2 - 1) + values.at(n / 2)) / 2.0;
}

// A plain connection to the server named by a postgresql:// URL.
QSqlDatabase serverConnection(const QString &name, const QString &location)
{
    const QUrl url(location);
    const QUrlQuery query(url);
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
    db.setHostName(query.hasQueryItem(QStringLiteral("host")) ? query.queryItemValue(QStringLiteral("host")) : url.host());
    if (url.port(-1) > 0)
        db.setPort(url.port());
    db.setUserName(url.userName());
    db.setDatabaseName(url.path().mid(1));
    return db;
}

bool adminExec(const QString &url, const QString &sql)
{
    bool ok = false;
    {
        QSqlDatabase admin = serverConnection(QStringLiteral("bench-admin"), url);
        if (!admin.open()) {
            std::fprintf(stderr, "%s\n", qPrintable(admin.lastError().text()));
        } else {
            QSqlQuery q(admin);
            ok = q.exec(sql);
            if (!ok)
                std::fprintf(stderr, "%s: %s\n", qPrintable(sql), qPrintable(q.lastError().text()));
            admin.close();
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("bench-admin"));
    return ok;
}

QString forkName(int i)
{
    return QStringLiteral("方案%1").arg(i, 4, 10, QLatin1Char('0'));
}

// N forks of the template, three lever edits each; seconds taken.
double populate(const QString &location, const Engine::Catalog &catalog, int scenarios)
{
    QElapsedTimer clock;
    clock.start();
    auto opened = Storage::Store::open(location, catalog);
    if (!opened.ok()) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.error().message));
        std::exit(1);
    }
    const Storage::Store &store = *opened.value();
    const Storage::ScenarioRepository scenariosRepo(store);
    const Storage::ScenarioInputsRepository inputs(store);
    QList<Engine::Lever> levers;
    for (const Engine::Lever &l : catalog.levers())
        if (l.max > l.min)
            levers.append(l);
    for (int i = 0; i < scenarios; ++i) {
        const QString name = forkName(i);
        const auto forked = scenariosRepo.fork(Storage::baselineScenarioName(), name, QStringLiteral("bench"));
        if (!forked.ok()) {
            std::fprintf(stderr, "%s\n", qPrintable(forked.error().message));
            std::exit(1);
        }
        for (int e = 0; e < 3; ++e) {
            const Engine::Lever &lever = levers.at((3 * i + e) % levers.size());
            const double value = lever.min + (lever.max - lever.min) * double((i * 7 + e) % 100) / 100.0;
            const auto set = inputs.setLeverValues(name, lever.id, {{2025 + (i + e) % 11, value}});
            if (!set.ok()) {
                std::fprintf(stderr, "%s\n", qPrintable(set.error().message));
                std::exit(1);
            }
        }
    }
    return double(clock.elapsed()) / 1000.0;
}

// Seconds one run of the program takes; exits on a failure. `output`, when
// given, receives its standard output.
double timed(const QProcessEnvironment &env, const QStringList &arguments, QByteArray *output = nullptr)
{
    QProcess process;
    process.setProcessEnvironment(env);
    QElapsedTimer clock;
    clock.start();
    process.start(QStringLiteral(PLANNER_BINARY), arguments);
    if (!process.waitForFinished(-1) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        std::fprintf(stderr, "jilin-planner %s failed (%s, exit code %d, %s): %s\n", qPrintable(arguments.join(u' ')),
                     process.exitStatus() == QProcess::NormalExit ? "exited" : "crashed", process.exitCode(),
                     qPrintable(process.errorString()), process.readAllStandardError().constData());
        std::exit(1);
    }
    const double seconds = double(clock.elapsed()) / 1000.0;
    if (output)
        *output = process.readAllStandardOutput();
    return seconds;
}

// The commands did what is timed: the list names every scenario, the export
// holds the first and the last fork.
void checkOutputs(const QString &label, const QByteArray &list, const QString &exportFile, int scenarios)
{
    const qsizetype listed = list.count('\n');
    QFile file(exportFile);
    const QByteArray exported = file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    if (listed != scenarios + 2 || !exported.contains(forkName(0).toUtf8())
        || !exported.contains(forkName(scenarios - 1).toUtf8())) {
        std::fprintf(stderr, "%s: %lld scenarios listed (%d expected), or the export lacks a scenario\n",
                     qPrintable(label), qlonglong(listed), scenarios + 2);
        std::exit(1);
    }
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    int scenarios = 1000;
    int runs = 5;
    int draws = 100;
    QString url = qEnvironmentVariable("PLANNER_TEST_PG_URL");
    const QStringList args = app.arguments();
    for (qsizetype i = 1; i + 1 < args.size(); i += 2) {
        if (args.at(i) == QLatin1StringView("--scenarios"))
            scenarios = args.at(i + 1).toInt();
        else if (args.at(i) == QLatin1StringView("--runs"))
            runs = args.at(i + 1).toInt();
        else if (args.at(i) == QLatin1StringView("--draws"))
            draws = args.at(i + 1).toInt();
        else if (args.at(i) == QLatin1StringView("--url"))
            url = args.at(i + 1);
    }
    if (url.isEmpty() || scenarios < 1 || runs < 1 || draws < 1) {
        std::fprintf(stderr, "usage: scenariostore_benchmark [--scenarios N] [--runs R] [--draws D] [--url postgresql://...]\n");
        return 2;
    }
    Engine::ModuleRegistry registry;
    App::registerModules(registry);
    Engine::Catalog catalog;
    QString error;
    if (!registry.buildCatalog(&catalog, &error))
        return 1;

    QTemporaryDir dir;
    if (!dir.isValid())
        return 1;
    const QString database = QStringLiteral("bench_store_%1").arg(QCoreApplication::applicationPid());
    if (!adminExec(url, QStringLiteral("CREATE DATABASE %1").arg(database)))
        return 1;
    QUrl serverUrl(url);
    serverUrl.setPath(u'/' + database);
    struct StoreRun
    {
        QString label;
        QString location;
        std::vector<double> list, open, exportAll;
    };
    std::vector<StoreRun> engines{{QStringLiteral("SQLite"), dir.filePath(QStringLiteral("store.sqlite")), {}, {}, {}},
                                {QStringLiteral("PostgreSQL"), serverUrl.toString(), {}, {}, {}}};
    for (const StoreRun &e : engines)
        out << QStringLiteral("%1: %2 forks with 3 lever edits each written in %3 s\n")
                   .arg(e.label).arg(scenarios).arg(populate(e.location, catalog, scenarios), 0, 'f', 1)
            << Qt::flush;

    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), dir.path());
    env.insert(QStringLiteral("XDG_DATA_HOME"), dir.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.filePath(QStringLiteral("config")));
    const QString exportFile = dir.filePath(QStringLiteral("all.csv"));
    for (int r = 0; r < runs; ++r) {
        for (StoreRun &e : engines) {
            const QStringList db{QStringLiteral("--db"), e.location};
            QByteArray list;
            e.list.push_back(timed(env, db + QStringList{QStringLiteral("scenarios")}, &list));
            e.open.push_back(timed(env, db + QStringList{QStringLiteral("project"), QStringLiteral("--scenario"),
                                                        forkName(scenarios / 2), QStringLiteral("--deterministic"),
                                                        QStringLiteral("--json")}));
            e.exportAll.push_back(timed(env, db + QStringList{QStringLiteral("export"), QStringLiteral("--all-scenarios"),
                                                             QStringLiteral("--format"), QStringLiteral("csv"),
                                                             QStringLiteral("--draws"), QString::number(draws),
                                                             QStringLiteral("-o"), exportFile, QStringLiteral("--force")}));
            if (r == 0)
                checkOutputs(e.label, list, exportFile, scenarios);
        }
        std::fprintf(stderr, "run %d of %d done\n", r + 1, runs);
    }
    adminExec(url, QStringLiteral("DROP DATABASE %1").arg(database));

    out << QStringLiteral("store with %1 scenarios (+ 2 templates), median of %2 runs, seconds (whole process):\n")
               .arg(scenarios).arg(runs);
    out << QStringLiteral("%1 %2 %3 %4\n").arg(QStringLiteral("command"), -48).arg(QStringLiteral("SQLite"), 9)
               .arg(QStringLiteral("PostgreSQL"), 11).arg(QStringLiteral("ratio"), 7);
    const auto row = [&](const QString &what, double sqlite, double server) {
        out << QStringLiteral("%1 %2 %3 %4\n").arg(what, -48).arg(sqlite, 9, 'f', 3).arg(server, 11, 'f', 3)
                   .arg(server / sqlite, 7, 'f', 2);
    };
    row(QStringLiteral("scenarios (list)"), median(engines[0].list), median(engines[1].list));
    row(QStringLiteral("project --scenario (open one, deterministic)"), median(engines[0].open), median(engines[1].open));
    row(QStringLiteral("export --all-scenarios --format csv --draws %1").arg(draws), median(engines[0].exportAll),
        median(engines[1].exportAll));
    return 0;
}
