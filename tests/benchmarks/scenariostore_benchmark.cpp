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
//   export   `export --all-scenarios --format csv --draws D -o FILE --force`,
//            for each D of the list (default 100 and the program's default
//            of 1,000)
// The engines alternate within each run (SQLite first, then the server), so
// both see the same load on the machine; each figure is the median of the
// runs (default 5) of the whole process, start-up included. Prints the
// figures and the ratio server / SQLite. Asserts nothing about time.
//
//   scenariostore_benchmark [--scenarios N] [--runs R] [--draws D[,D…]] [--url postgresql://…]
// The URL (a maintenance database such as postgres) defaults to
// PLANNER_TEST_PG_URL; the benchmark creates a database of its own on that
// server and drops it at the end.

#include "benchmarksupport.h"
#include "cli/clirunner.h"
#include "common/testdatabase.h"

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
    QList<int> draws{100, 1000};
    QString url = qEnvironmentVariable("PLANNER_TEST_PG_URL");
    const QStringList args = app.arguments();
    for (qsizetype i = 1; i + 1 < args.size(); i += 2) {
        if (args.at(i) == QLatin1StringView("--scenarios"))
            scenarios = args.at(i + 1).toInt();
        else if (args.at(i) == QLatin1StringView("--runs"))
            runs = args.at(i + 1).toInt();
        else if (args.at(i) == QLatin1StringView("--draws")) {
            draws.clear();
            for (const QString &d : args.at(i + 1).split(u','))
                draws.append(d.toInt());
        } else if (args.at(i) == QLatin1StringView("--url")) {
            url = args.at(i + 1);
        }
    }
    if (url.isEmpty() || scenarios < 1 || runs < 1 || draws.isEmpty() || *std::min_element(draws.cbegin(), draws.cend()) < 1) {
        std::fprintf(stderr, "usage: scenariostore_benchmark [--scenarios N] [--runs R] [--draws D[,D...]] [--url postgresql://...]\n");
        return 2;
    }
    const Engine::Catalog catalog = Bench::appCatalog();

    QTemporaryDir dir;
    if (!dir.isValid())
        return 1;
    const QString database = QStringLiteral("bench_store_%1").arg(QCoreApplication::applicationPid());
    const QString serverLocation = TestDatabase::createDatabase(url, database);
    struct StoreRun
    {
        QString label;
        QString location;
        std::vector<double> list, open;
        std::vector<std::vector<double>> exportAll;  // per draw count
    };
    std::vector<StoreRun> engines{{QStringLiteral("SQLite"), dir.filePath(QStringLiteral("store.sqlite")), {}, {}, {}},
                                {QStringLiteral("PostgreSQL"), serverLocation, {}, {}, {}}};
    for (const StoreRun &e : engines)
        out << QStringLiteral("%1: %2 forks with 3 lever edits each written in %3 s\n")
                   .arg(e.label).arg(scenarios).arg(populate(e.location, catalog, scenarios), 0, 'f', 1)
            << Qt::flush;

    const QProcessEnvironment env = isolatedEnvironment(dir.path());
    const QString exportFile = dir.filePath(QStringLiteral("all.csv"));
    for (int r = 0; r < runs; ++r) {
        for (StoreRun &e : engines) {
            const QStringList db{QStringLiteral("--db"), e.location};
            QByteArray list;
            e.list.push_back(timed(env, db + QStringList{QStringLiteral("scenarios")}, &list));
            e.open.push_back(timed(env, db + QStringList{QStringLiteral("project"), QStringLiteral("--scenario"),
                                                        forkName(scenarios / 2), QStringLiteral("--deterministic"),
                                                        QStringLiteral("--json")}));
            e.exportAll.resize(draws.size());
            for (qsizetype d = 0; d < draws.size(); ++d) {
                e.exportAll[d].push_back(timed(env, db + QStringList{QStringLiteral("export"), QStringLiteral("--all-scenarios"),
                                                                    QStringLiteral("--format"), QStringLiteral("csv"),
                                                                    QStringLiteral("--draws"), QString::number(draws.at(d)),
                                                                    QStringLiteral("-o"), exportFile, QStringLiteral("--force")}));
                if (r == 0)
                    checkOutputs(e.label, list, exportFile, scenarios);
            }
        }
        std::fprintf(stderr, "run %d of %d done\n", r + 1, runs);
    }
    TestDatabase::adminExec(url, QStringLiteral("DROP DATABASE %1").arg(database));

    out << QStringLiteral("store with %1 scenarios (+ 2 templates), median of %2 runs, seconds (whole process):\n")
               .arg(scenarios).arg(runs);
    out << QStringLiteral("%1 %2 %3 %4\n").arg(QStringLiteral("command"), -48).arg(QStringLiteral("SQLite"), 9)
               .arg(QStringLiteral("PostgreSQL"), 11).arg(QStringLiteral("ratio"), 7);
    const auto row = [&](const QString &what, double sqlite, double server) {
        out << QStringLiteral("%1 %2 %3 %4\n").arg(what, -48).arg(sqlite, 9, 'f', 3).arg(server, 11, 'f', 3)
                   .arg(server / sqlite, 7, 'f', 2);
    };
    row(QStringLiteral("scenarios (list)"), Bench::percentile(engines[0].list, 0.5), Bench::percentile(engines[1].list, 0.5));
    row(QStringLiteral("project --scenario (open one, deterministic)"), Bench::percentile(engines[0].open, 0.5), Bench::percentile(engines[1].open, 0.5));
    for (qsizetype d = 0; d < draws.size(); ++d)
        row(QStringLiteral("export --all-scenarios --format csv --draws %1").arg(draws.at(d)),
            Bench::percentile(engines[0].exportAll[d], 0.5), Bench::percentile(engines[1].exportAll[d], 0.5));
    return 0;
}
