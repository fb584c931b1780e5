// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

// The command line end to end: the built binary run as a process, its JSON
// parsed, its exit codes and messages checked, the database inspected.

#include "clirunner.h"
#include "common/testdatabase.h"

#include <QCryptographicHash>
#include <QProcessEnvironment>

#include <cmath>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

class TestCli final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_env = isolatedEnvironment(m_dir.path());
        m_db = TestDatabase::fresh(m_dir.path(), QStringLiteral("cli"));
    }

    void version()
    {
        const CliResult r = runCli({QStringLiteral("--version")}, m_env);
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.startsWith(QStringLiteral("jilin-planner ")), qPrintable(r.out));
    }

    void helpDocumentsCommands()
    {
        const CliResult r = runCli({QStringLiteral("--help"), QStringLiteral("--lang"), QStringLiteral("en")}, m_env);
        QCOMPARE(r.exitCode, 0);
        for (const char *word : {"catalog", "scenarios", "scenario fork", "scenario rename", "scenario delete",
                                 "--db", "--lang", "--version", "--yes", "batch"})
            QVERIFY2(r.out.contains(QLatin1StringView(word)), word);
    }

    void catalogJson()
    {
        const CliResult r = runCli({QStringLiteral("catalog"), QStringLiteral("--json")}, m_env);
        QCOMPARE(r.exitCode, 0);
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(r.out.toUtf8(), &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        QVERIFY(doc.isArray());
        const QJsonArray indicators = doc.array();

        QJsonObject g01;
        QJsonObject s02Indicator;
        int targets = 0;
        for (const QJsonValue &v : indicators) {
            const QJsonObject ind = v.toObject();
            for (const char *key : {"id", "chapter", "name_zh", "name_en", "unit", "baseline", "targets"})
                QVERIFY2(ind.contains(QLatin1StringView(key)), key);
            const QJsonObject baseline = ind.value(QStringLiteral("baseline")).toObject();
            for (const char *key : {"year", "value", "source", "assumption"})
                QVERIFY2(baseline.contains(QLatin1StringView(key)), key);
            for (const QJsonValue &t : ind.value(QStringLiteral("targets")).toArray()) {
                const QJsonObject target = t.toObject();
                for (const char *key : {"id", "year", "value", "kind", "tolerance", "text_zh"})
                    QVERIFY2(target.contains(QLatin1StringView(key)), key);
                ++targets;
                if (target.value(QStringLiteral("id")).toString() == QLatin1StringView("G-01"))
                    g01 = target;
                if (target.value(QStringLiteral("id")).toString() == QLatin1StringView("S-02"))
                    s02Indicator = ind;
            }
        }
        QVERIFY(targets >= 40);  // every target of the plan and its announcement, plus the planner's in chapters 六 and 七
        // G-01: 到2035年,全省耕地保有量不低于10944万亩.
        QCOMPARE(g01.value(QStringLiteral("year")).toInt(), 2035);
        QCOMPARE(g01.value(QStringLiteral("value")).toDouble(), 10944.0);
        QCOMPARE(g01.value(QStringLiteral("kind")).toString(), QStringLiteral("at_least"));
        QVERIFY(g01.value(QStringLiteral("tolerance")).isNull());
        QVERIFY(g01.value(QStringLiteral("text_zh")).toString().contains(QStringLiteral("10944万亩")));
        // S-02 sits on forest coverage, 45.42 % in 2023 (2023 bulletin).
        QCOMPARE(s02Indicator.value(QStringLiteral("chapter")).toString(), QStringLiteral("ecological_security"));
        const QJsonObject baseline = s02Indicator.value(QStringLiteral("baseline")).toObject();
        QCOMPARE(baseline.value(QStringLiteral("value")).toDouble(), 45.42);
        QCOMPARE(baseline.value(QStringLiteral("year")).toInt(), 2023);
        QCOMPARE(baseline.value(QStringLiteral("assumption")).toBool(), false);
    }

    void milestonesHaveNullValue()
    {
        const CliResult r = runCli({QStringLiteral("catalog"), QStringLiteral("--json")}, m_env);
        const QJsonArray indicators = QJsonDocument::fromJson(r.out.toUtf8()).array();
        int milestones = 0;
        for (const QJsonValue &v : indicators) {
            for (const QJsonValue &t : v.toObject().value(QStringLiteral("targets")).toArray()) {
                if (t.toObject().value(QStringLiteral("kind")).toString() == QLatin1StringView("milestone")) {
                    QVERIFY(t.toObject().value(QStringLiteral("value")).isNull());
                    ++milestones;
                }
            }
        }
        // G-09, G-10, G-11, E-03, E-07, E-09, B-04, B-05, S-04, S-05, S-06 at least.
        QVERIFY(milestones >= 11);
    }

    // Whose target it is: the 18 targets the catalog files mark "planner"
    // (M-01 … M-08, A-01 … A-10) are working targets, every other one is the
    // plan's (the plan's own words or the announcement that came with it).
    void catalogSaysWhoseTargetItIs()
    {
        const CliResult r = runCli({QStringLiteral("catalog"), QStringLiteral("--json")}, m_env);
        QCOMPARE(r.exitCode, 0);
        int planner = 0;
        int plan = 0;
        for (const QJsonValue &v : QJsonDocument::fromJson(r.out.toUtf8()).array()) {
            for (const QJsonValue &t : v.toObject().value(QStringLiteral("targets")).toArray()) {
                const QJsonObject o = t.toObject();
                const QString id = o.value(QStringLiteral("id")).toString();
                const QString origin = o.value(QStringLiteral("origin")).toString();
                if (id.startsWith(QLatin1String("M-")) || id.startsWith(QLatin1String("A-"))) {
                    QCOMPARE(origin, QStringLiteral("planner"));
                    ++planner;
                } else {
                    QCOMPARE(origin, QStringLiteral("plan"));
                    ++plan;
                }
            }
        }
        QCOMPARE(planner, 18);
        QCOMPARE(plan, 40);
    }

    void scenariosListsSeed()
    {
        const CliResult r = run({QStringLiteral("scenarios"), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        const QJsonArray list = QJsonDocument::fromJson(r.out.toUtf8()).array();
        // The two shipped scenarios, current trends first.
        QCOMPARE(list.size(), 2);
        QCOMPARE(list.first().toObject().value(QStringLiteral("name")).toString(), QStringLiteral("现状趋势情景"));
        QCOMPARE(list.first().toObject().value(QStringLiteral("revision")).toInt(), 1);
        QCOMPARE(list.at(1).toObject().value(QStringLiteral("name")).toString(), QStringLiteral("规划路径情景"));
    }

    void forkRenameDelete()
    {
        CliResult r = run({QStringLiteral("scenario"), QStringLiteral("fork"), QStringLiteral("现状趋势情景"),
                           QStringLiteral("加速造林"), QStringLiteral("--author"), QStringLiteral("王工")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = run({QStringLiteral("scenario"), QStringLiteral("rename"), QStringLiteral("加速造林"),
                 QStringLiteral("造林提速")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QJsonArray list = listScenarios();
        QCOMPARE(list.size(), 3);
        const QJsonObject fork = list.at(2).toObject();
        QCOMPARE(fork.value(QStringLiteral("name")).toString(), QStringLiteral("造林提速"));
        QCOMPARE(fork.value(QStringLiteral("parent")).toString(), QStringLiteral("现状趋势情景"));
        QCOMPARE(fork.value(QStringLiteral("author")).toString(), QStringLiteral("王工"));
        QCOMPARE(fork.value(QStringLiteral("revision")).toInt(), 2);  // created 1, renamed 2

        r = run({QStringLiteral("scenario"), QStringLiteral("delete"), QStringLiteral("造林提速")});
        QCOMPARE(r.exitCode, 2);  // asks nothing: needs --yes
        QVERIFY(r.err.contains(QStringLiteral("--yes")));
        QCOMPARE(listScenarios().size(), 3);

        r = run({QStringLiteral("scenario"), QStringLiteral("delete"), QStringLiteral("造林提速"), QStringLiteral("--yes")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(listScenarios().size(), 2);

        // A shipped scenario is never deleted (and so a database always
        // keeps one): refused in Chinese by default, naming the fork command.
        r = run({QStringLiteral("scenario"), QStringLiteral("delete"), QStringLiteral("现状趋势情景"), QStringLiteral("--yes")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("只读")), qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("jilin-planner scenario fork \"现状趋势情景\"")), qPrintable(r.err));
        QCOMPARE(listScenarios().size(), 2);
    }

    void badInput_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");

        QTest::newRow("unknown option") << QStringList{QStringLiteral("--frobnicate")} << 2 << QStringLiteral("frobnicate");
        QTest::newRow("unknown command") << QStringList{QStringLiteral("frobnicate")} << 2 << QStringLiteral("Unknown command");
        QTest::newRow("option of another command")
            << QStringList{QStringLiteral("catalog"), QStringLiteral("--yes")} << 2 << QStringLiteral("yes");
        QTest::newRow("bad language") << QStringList{QStringLiteral("catalog"), QStringLiteral("--lang"), QStringLiteral("fr")}
                                      << 2 << QStringLiteral("zh_CN");
        QTest::newRow("unknown action") << QStringList{QStringLiteral("scenario"), QStringLiteral("copy")} << 2
                                        << QStringLiteral("copy");
        QTest::newRow("fork: missing name") << QStringList{QStringLiteral("scenario"), QStringLiteral("fork"),
                                                          QStringLiteral("现状趋势情景")}
                                            << 2 << QStringLiteral("Usage");
        QTest::newRow("fork: unknown scenario")
            << QStringList{QStringLiteral("scenario"), QStringLiteral("fork"), QStringLiteral("无此情景"), QStringLiteral("x")}
            << 1 << QStringLiteral("无此情景");
        QTest::newRow("fork: duplicate")
            << QStringList{QStringLiteral("scenario"), QStringLiteral("fork"), QStringLiteral("现状趋势情景"),
                           QStringLiteral("现状趋势情景")}
            << 1 << QStringLiteral("already exists");
        QTest::newRow("fork: empty name")
            << QStringList{QStringLiteral("scenario"), QStringLiteral("fork"), QStringLiteral("现状趋势情景"), QString()}
            << 1 << QStringLiteral("empty");
        QTest::newRow("rename: unknown")
            << QStringList{QStringLiteral("scenario"), QStringLiteral("rename"), QStringLiteral("无此情景"), QStringLiteral("y")}
            << 1 << QStringLiteral("无此情景");
        QTest::newRow("delete: unknown")
            << QStringList{QStringLiteral("scenario"), QStringLiteral("delete"), QStringLiteral("无此情景"), QStringLiteral("--yes")}
            << 1 << QStringLiteral("无此情景");
    }

    void badInput()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        const QString db = TestDatabase::fresh(m_dir.path(), QStringLiteral("bad-input"));
        // Make sure the database exists, then check that the failing command changes nothing in it.
        QCOMPARE(runCli({QStringLiteral("--db"), db, QStringLiteral("scenarios")}, m_env).exitCode, 0);
        const QByteArray before = scenarioRows(db);
        const CliResult r = runCli(QStringList{QStringLiteral("--db"), db, QStringLiteral("--lang"), QStringLiteral("en")}
                                       + arguments, m_env);
        QCOMPARE(r.exitStatus, QProcess::NormalExit);
        QCOMPARE(r.exitCode, exitCode);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QCOMPARE(scenarioRows(db), before);
    }

    void badDatabaseLeavesFileUntouched_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("message");
        QTest::newRow("csv") << QByteArray("indicator,year,value\n") << QStringLiteral("not an SQLite file");
        QTest::newRow("truncated header") << QByteArray("SQLite format 3\0garbage", 24) << QStringLiteral("not an SQLite file");
    }

    void badDatabaseLeavesFileUntouched()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, message);
        const QString path = m_dir.filePath(QStringLiteral("foreign.db"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(content);
        file.close();
        const CliResult r = runCli({QStringLiteral("--db"), path, QStringLiteral("--lang"), QStringLiteral("en"),
                                    QStringLiteral("scenarios")}, m_env);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), content);
    }

    void unwritablePlace()
    {
        const CliResult r = runCli({QStringLiteral("--db"), QStringLiteral("/proc/no-such-dir/x.sqlite"),
                                    QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("scenarios")}, m_env);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("Cannot create the database")), qPrintable(r.err));
    }

    void defaultDatabaseInDataDirectory()
    {
        const CliResult r = runCli({QStringLiteral("scenarios")}, m_env);
        QCOMPARE(r.exitCode, 0);
        QVERIFY(QFile::exists(m_dir.filePath(QStringLiteral("data/JilinPlanner/jilin-planner/scenarios.sqlite"))));
    }

    void chineseMessagesByDefault()
    {
        const CliResult r = run({QStringLiteral("scenario"), QStringLiteral("fork"), QStringLiteral("无此情景"),
                                 QStringLiteral("x")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("没有")), qPrintable(r.err));
    }

    void windowWithoutDisplayExplains()
    {
        QProcessEnvironment env = m_env;
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("WAYLAND_DISPLAY"));
        env.remove(QStringLiteral("QT_QPA_PLATFORM"));
        const CliResult r = runCli({QStringLiteral("--db"), m_db}, env);
        QCOMPARE(r.exitStatus, QProcess::NormalExit);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("No display")), qPrintable(r.err));
        QVERIFY(r.err.contains(QStringLiteral("jilin-planner --help")));
    }

    // batch: one command a line, in order, each saved on its own; the first
    // failing line stops it and says which, the lines before it stay saved.
    void batchRunsLinesInOrderAndStopsAtFailure()
    {
        const QString db = TestDatabase::fresh(m_dir.path(), QStringLiteral("batch"));
        const QString file = m_dir.filePath(QStringLiteral("batch.txt"));
        QFile script(file);
        QVERIFY(script.open(QIODevice::WriteOnly | QIODevice::Truncate));
        script.write("# a forest scenario\n"                                                      // line 1
                     "scenario create \"\xe9\x80\xa0\xe6\x9e\x97 \xe6\x8f\x90\xe9\x80\x9f\" --author Wang\n"  // 2
                     "\n"                                                                         // 3
                     "lever set --scenario \"\xe9\x80\xa0\xe6\x9e\x97 \xe6\x8f\x90\xe9\x80\x9f\" --lever gdp_growth --all-years 6\n"  // 4
                     "   scenario fork \"\xe9\x80\xa0\xe6\x9e\x97 \xe6\x8f\x90\xe9\x80\x9f\" copy  \n"  // 5
                     "lever set --scenario missing --lever gdp_growth --year 2025 3\n"          // 6: fails
                     "scenario create never\n");                                                  // 7: not run
        script.close();
        const CliResult r = runCli({QStringLiteral("--db"), db, QStringLiteral("--lang"), QStringLiteral("en"),
                                    QStringLiteral("batch"), file}, m_env);
        QCOMPARE(r.exitCode, 1);  // the exit status of line 6
        QVERIFY2(r.err.contains(QStringLiteral("Line 6 failed")), qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("missing")), qPrintable(r.err));
        QCOMPARE(r.out.count(u'\n'), 3);  // lines 2, 4 and 5 reported
        QVERIFY2(r.out.contains(QStringLiteral("(revision 2)")), qPrintable(r.out));

        const QJsonArray list = QJsonDocument::fromJson(scenarioRows(db)).array();
        QStringList names;
        for (const QJsonValue &v : list)
            names.append(v.toObject().value(QStringLiteral("name")).toString());
        QCOMPARE(names, (QStringList{QStringLiteral("现状趋势情景"), QStringLiteral("规划路径情景"),
                                     QStringLiteral("造林 提速"), QStringLiteral("copy")}));
        // Created at revision 1, raised to 2 by the lever; its fork starts at 1.
        QCOMPARE(list.at(2).toObject().value(QStringLiteral("revision")).toInt(), 2);
        QCOMPARE(list.at(2).toObject().value(QStringLiteral("author")).toString(), QStringLiteral("Wang"));
        QCOMPARE(list.at(3).toObject().value(QStringLiteral("parent")).toString(), QStringLiteral("造林 提速"));
    }

    void batchFromStandardInput()
    {
        const QString db = TestDatabase::fresh(m_dir.path(), QStringLiteral("batch-stdin"));
        QProcess process;
        process.setProcessEnvironment(m_env);
        process.start(QStringLiteral(PLANNER_BINARY), {QStringLiteral("--db"), db, QStringLiteral("--lang"),
                                                       QStringLiteral("en"), QStringLiteral("batch")});
        QVERIFY(process.waitForStarted());
        process.write("scenario create one\nscenario create two\n");
        process.closeWriteChannel();
        QVERIFY(process.waitForFinished(60000));
        QCOMPARE(process.exitCode(), 0);
        // The two shipped scenarios and the two created.
        QCOMPARE(QJsonDocument::fromJson(scenarioRows(db)).array().size(), 4);
    }

    void batchRefusesWrongLines_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        QTest::newRow("--db on a line") << QByteArray("scenario create a\nscenarios --db other.sqlite\n") << 2
                                        << QStringLiteral("before \"batch\"");
        QTest::newRow("--lang on a line") << QByteArray("scenario create a\nscenarios --lang zh_CN\n") << 2
                                          << QStringLiteral("before \"batch\"");
        QTest::newRow("batch in a batch") << QByteArray("scenario create a\nbatch x.txt\n") << 2
                                          << QStringLiteral("another batch");
        QTest::newRow("unknown command") << QByteArray("scenario create a\nfrobnicate\n") << 2
                                         << QStringLiteral("Unknown command");
    }

    void batchRefusesWrongLines()
    {
        QFETCH(QByteArray, content);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        const QString db = TestDatabase::fresh(m_dir.path(), QStringLiteral("batch-wrong"));
        QFile::remove(db);
        const QString file = m_dir.filePath(QStringLiteral("batch-wrong.txt"));
        QFile script(file);
        QVERIFY(script.open(QIODevice::WriteOnly | QIODevice::Truncate));
        script.write(content);
        script.close();
        const CliResult r = runCli({QStringLiteral("--db"), db, QStringLiteral("--lang"), QStringLiteral("en"),
                                    QStringLiteral("batch"), file}, m_env);
        QCOMPARE(r.exitCode, exitCode);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("Line 2 failed")), qPrintable(r.err));
        // Line 1 was carried out: the two shipped scenarios and "a".
        QCOMPARE(QJsonDocument::fromJson(scenarioRows(db)).array().size(), 3);
    }

    void batchMissingFile()
    {
        const CliResult r = run({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("batch"),
                                 m_dir.filePath(QStringLiteral("no-such-batch.txt"))});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("Cannot read")), qPrintable(r.err));
    }

    void templatesRefuseChangesAndForksBelongToTheUser()
    {
        // A database of its own, and a user name the system reports.
        QProcessEnvironment env = m_env;
        env.insert(QStringLiteral("USER"), QStringLiteral("zhang.planner"));
        const QString db = m_dir.filePath(QStringLiteral("templates.sqlite"));
        const auto cli = [&](const QStringList &arguments) {
            return runCli(QStringList{QStringLiteral("--db"), db} + arguments, env);
        };
        // Both shipped scenarios, marked as templates.
        CliResult r = cli({QStringLiteral("scenarios"), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        const QJsonArray list = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QCOMPARE(list.size(), 2);
        QCOMPARE(list.at(0).toObject().value(QStringLiteral("template")).toString(), QStringLiteral("current_trends"));
        QCOMPARE(list.at(1).toObject().value(QStringLiteral("template")).toString(), QStringLiteral("plan_pathway"));
        const QString plan = list.at(1).toObject().value(QStringLiteral("name")).toString();

        // A change is refused, exit 1, naming the command that forks it.
        for (const QStringList &change :
             {QStringList{QStringLiteral("lever"), QStringLiteral("set"), QStringLiteral("--scenario"), plan,
                          QStringLiteral("--lever"), QStringLiteral("afforestation_per_year"), QStringLiteral("--all-years"),
                          QStringLiteral("60")},
              QStringList{QStringLiteral("target"), QStringLiteral("set"), QStringLiteral("--scenario"), plan,
                          QStringLiteral("--target"), QStringLiteral("M-02"), QStringLiteral("--value"), QStringLiteral("23000")},
              QStringList{QStringLiteral("scenario"), QStringLiteral("rename"), plan, QStringLiteral("x")},
              QStringList{QStringLiteral("scenario"), QStringLiteral("delete"), plan, QStringLiteral("--yes")}}) {
            r = cli(change + QStringList{QStringLiteral("--lang"), QStringLiteral("en")});
            QCOMPARE(r.exitCode, 1);
            QVERIFY2(r.err.contains(QStringLiteral("jilin-planner scenario fork \"%1\"").arg(plan)), qPrintable(r.err));
        }
        r = cli({QStringLiteral("scenarios"), QStringLiteral("--json")});
        QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).array().at(1).toObject().value(QStringLiteral("revision")).toInt(), 1);

        // The fork: its author is the system's user, its notes empty, and it
        // takes the change.
        r = cli({QStringLiteral("scenario"), QStringLiteral("fork"), plan, QStringLiteral("我的规划路径")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = cli({QStringLiteral("scenarios"), QStringLiteral("--json")});
        const QJsonObject fork = QJsonDocument::fromJson(r.out.toUtf8()).array().at(2).toObject();
        QCOMPARE(fork.value(QStringLiteral("name")).toString(), QStringLiteral("我的规划路径"));
        QCOMPARE(fork.value(QStringLiteral("author")).toString(), QStringLiteral("zhang.planner"));
        QCOMPARE(fork.value(QStringLiteral("notes")).toString(), QString());
        QVERIFY(fork.value(QStringLiteral("template")).isNull());
        r = cli({QStringLiteral("lever"), QStringLiteral("set"), QStringLiteral("--scenario"), QStringLiteral("我的规划路径"),
                 QStringLiteral("--lever"), QStringLiteral("afforestation_per_year"), QStringLiteral("--all-years"),
                 QStringLiteral("60")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));

        // A working target shipped without a value is not judged until the
        // planner sets one: M-02 (ice-snow visitors) is not assessable, then
        // 20,000 (× 10,000 visits) in 2030 is judged: from 17,000 in 2024 at
        // the default 5 % a year, 17,000 × 1.05^6 = 22,781.6 ≥ 20,000: met on
        // the central path.
        const auto m02 = [&](const QString &scenario) {
            const CliResult p = cli({QStringLiteral("project"), QStringLiteral("--scenario"), scenario,
                                     QStringLiteral("--deterministic"), QStringLiteral("--json")});
            for (const QJsonValue &i : QJsonDocument::fromJson(p.out.toUtf8()).object().value(QStringLiteral("indicators")).toArray()) {
                for (const QJsonValue &t : i.toObject().value(QStringLiteral("targets")).toArray()) {
                    if (t.toObject().value(QStringLiteral("id")).toString() == QLatin1StringView("M-02"))
                        return t.toObject();
                }
            }
            return QJsonObject();
        };
        QCOMPARE(m02(QStringLiteral("我的规划路径")).value(QStringLiteral("status")).toString(), QStringLiteral("not_assessable"));
        r = cli({QStringLiteral("target"), QStringLiteral("set"), QStringLiteral("--scenario"), QStringLiteral("我的规划路径"),
                 QStringLiteral("--target"), QStringLiteral("M-02"), QStringLiteral("--value"), QStringLiteral("20000")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonObject judged = m02(QStringLiteral("我的规划路径"));
        QCOMPARE(judged.value(QStringLiteral("value")).toDouble(), 20000.0);
        QVERIFY(qAbs(judged.value(QStringLiteral("projected")).toDouble() - 17000 * std::pow(1.05, 6)) < 1.0);
        // A deterministic run: probability 1 and the year still ahead: on track.
        QCOMPARE(judged.value(QStringLiteral("probability")).toDouble(), 1.0);
        QCOMPARE(judged.value(QStringLiteral("status")).toString(), QStringLiteral("on_track"));
    }

private:
    CliResult run(const QStringList &arguments)
    {
        return runCli(QStringList{QStringLiteral("--db"), m_db} + arguments, m_env);
    }

    QJsonArray listScenarios()
    {
        return QJsonDocument::fromJson(run({QStringLiteral("scenarios"), QStringLiteral("--json")}).out.toUtf8()).array();
    }

    QByteArray scenarioRows(const QString &db)
    {
        return runCli({QStringLiteral("--db"), db, QStringLiteral("scenarios"), QStringLiteral("--json")}, m_env).out.toUtf8();
    }

    QTemporaryDir m_dir;
    QProcessEnvironment m_env;
    QString m_db;
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
