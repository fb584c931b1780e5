// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

// export and import as a script runs them: the command-line contract (exit
// codes, what is written and what is refused), run against the built binary.

#include "clirunner.h"
#include "common/testdatabase.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QRegularExpression>
#include <QTest>

#include <algorithm>

class TestExchangeCli final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_env = isolatedEnvironment(m_dir.path());
        m_db = TestDatabase::fresh(m_dir.path(), QStringLiteral("exchange"));
        QCOMPARE(run({QStringLiteral("scenario"), QStringLiteral("create"), QStringLiteral("交换")}).exitCode, 0);
        QCOMPARE(run({QStringLiteral("lever"), QStringLiteral("set"), QStringLiteral("--scenario"), QStringLiteral("交换"),
                      QStringLiteral("--lever"), QStringLiteral("afforestation_per_year"), QStringLiteral("--year"),
                      QStringLiteral("2025"), QStringLiteral("133.5")}).exitCode, 0);
    }

    void scenarioFileRoundTrip()
    {
        const QString first = path(QStringLiteral("a.json"));
        CliResult r = run({QStringLiteral("export"), QStringLiteral("--scenario"), QStringLiteral("交换"), QStringLiteral("-o"), first});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonObject json = QJsonDocument::fromJson(bytes(first)).object();
        QCOMPARE(json.value(QStringLiteral("levers")).toObject().value(QStringLiteral("afforestation_per_year"))
                     .toObject().value(QStringLiteral("2025")).toDouble(), 133.5);

        r = run({QStringLiteral("import"), first, QStringLiteral("--dry-run")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(QStringLiteral("交换 (2)")));
        QVERIFY(!scenarios().contains(QStringLiteral("交换 (2)")));  // a dry run writes nothing

        r = run({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("import"), first});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("\"交换 (2)\"")), qPrintable(r.out));
        const QString second = path(QStringLiteral("b.json"));
        QCOMPARE(run({QStringLiteral("export"), QStringLiteral("--scenario"), QStringLiteral("交换 (2)"), QStringLiteral("-o"), second}).exitCode, 0);
        QByteArray expected = bytes(first);
        expected.replace("\"name\": \"交换\"", "\"name\": \"交换 (2)\"");
        QCOMPARE(bytes(second), expected);
    }

    void existingOutputKept()
    {
        const QString target = path(QStringLiteral("mine.json"));
        QFile f(target);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("mine");
        f.close();
        CliResult r = run({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("export"), QStringLiteral("--scenario"),
                           QStringLiteral("交换"), QStringLiteral("-o"), target});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains(QStringLiteral("--force")));
        QCOMPARE(bytes(target), QByteArray("mine"));
        r = run({QStringLiteral("export"), QStringLiteral("--scenario"), QStringLiteral("交换"), QStringLiteral("-o"), target,
                 QStringLiteral("--force")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(bytes(target).contains("jilin-planner-scenario"));
    }

    void tables()
    {
        const QString csv = path(QStringLiteral("t.csv"));
        CliResult r = run({QStringLiteral("export"), QStringLiteral("--all-scenarios"), QStringLiteral("--format"),
                           QStringLiteral("csv"), QStringLiteral("-o"), csv, QStringLiteral("--draws"), QStringLiteral("20")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QByteArray table = bytes(csv);
        QVERIFY(table.startsWith("\xEF\xBB\xBF" "scenario,chapter,indicator,year,P10,P50,P90,observed\r\n"));
        QVERIFY(table.contains("\r\n交换 (2),"));
        QVERIFY(QFile::exists(path(QStringLiteral("t.assessments.csv"))));
        const QString xlsx = path(QStringLiteral("t.xlsx"));
        r = run({QStringLiteral("export"), QStringLiteral("--scenario"), QStringLiteral("交换"), QStringLiteral("-o"), xlsx,
                 QStringLiteral("--draws"), QStringLiteral("20")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(bytes(xlsx).startsWith("PK\x03\x04"));
    }

    void observedTable()
    {
        const QString csv = path(QStringLiteral("observed.csv"));
        QFile f(csv);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("\xEF\xBB\xBFindicator,year,value\nforest_coverage,2023,45.25\nno_such_thing,2023,1\n");
        f.close();
        const QByteArray before = scenariosJson();
        CliResult r = run({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("import"), csv,
                           QStringLiteral("--scenario"), QStringLiteral("交换"), QStringLiteral("--dry-run")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(QStringLiteral("1 new, 0 changed, 0 unchanged, 1 rejected.")));
        QVERIFY(r.out.contains(QStringLiteral("unknown indicator \"no_such_thing\"")));
        QCOMPARE(scenariosJson(), before);
        r = run({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("import"), csv, QStringLiteral("--scenario"),
                 QStringLiteral("交换")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(QStringLiteral("Wrote 1 values")));
        r = run({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("import"), csv, QStringLiteral("--scenario"),
                 QStringLiteral("交换"), QStringLiteral("--dry-run")});
        QVERIFY(r.out.contains(QStringLiteral("0 new, 0 changed, 1 unchanged, 1 rejected.")));

        // A city's row names the city in the language asked for: 长春市 is
        // Changchun in English, and no Han character is left on its line.
        const QString cityCsv = path(QStringLiteral("city.csv"));
        QFile cf(cityCsv);
        QVERIFY(cf.open(QIODevice::WriteOnly));
        cf.write("indicator,city,year,value\nforest_coverage,长春市,2023,18.5\n");
        cf.close();
        r = run({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("import"), cityCsv,
                 QStringLiteral("--scenario"), QStringLiteral("交换"), QStringLiteral("--dry-run")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QStringList lines = r.out.split(u'\n');
        const auto row = std::find_if(lines.cbegin(), lines.cend(),
                                      [](const QString &l) { return l.contains(QStringLiteral("row 2")); });
        QVERIFY2(row != lines.cend(), qPrintable(r.out));
        QVERIFY2(row->contains(QStringLiteral("forest_coverage Changchun 2023 = 18.5")), qPrintable(*row));
        r = run({QStringLiteral("import"), cityCsv, QStringLiteral("--scenario"), QStringLiteral("交换"),
                 QStringLiteral("--dry-run")});
        QVERIFY2(r.out.contains(QStringLiteral("forest_coverage 长春市 2023 = 18.5")), qPrintable(r.out));
    }

    void refused_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QByteArray>("content");  // written to in.x first when not empty
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        const QString in = path(QStringLiteral("in.x"));
        QTest::newRow("export: no -o") << QStringList{QStringLiteral("export"), QStringLiteral("--scenario"), QStringLiteral("交换")}
                                       << QByteArray() << 2 << QStringLiteral("--output");
        QTest::newRow("export: both") << QStringList{QStringLiteral("export"), QStringLiteral("--scenario"), QStringLiteral("交换"),
                                                     QStringLiteral("--all-scenarios"), QStringLiteral("-o"), path(QStringLiteral("x.csv"))}
                                      << QByteArray() << 2 << QStringLiteral("exactly one");
        QTest::newRow("export: bad format") << QStringList{QStringLiteral("export"), QStringLiteral("--scenario"), QStringLiteral("交换"),
                                                           QStringLiteral("--format"), QStringLiteral("pdf"), QStringLiteral("-o"), path(QStringLiteral("x.pdf"))}
                                            << QByteArray() << 2 << QStringLiteral("pdf");
        QTest::newRow("export: unknown scenario") << QStringList{QStringLiteral("export"), QStringLiteral("--scenario"), QStringLiteral("无"),
                                                                 QStringLiteral("-o"), path(QStringLiteral("none.json"))}
                                                  << QByteArray() << 1 << QStringLiteral("无");
        QTest::newRow("import: no file") << QStringList{QStringLiteral("import"), path(QStringLiteral("missing.csv"))}
                                         << QByteArray() << 1 << QStringLiteral("missing.csv");
        QTest::newRow("import: table without --scenario") << QStringList{QStringLiteral("import"), in}
                                                          << QByteArray("indicator,year,value\n") << 2 << QStringLiteral("--scenario");
        QTest::newRow("import: scenario file with --scenario") << QStringList{QStringLiteral("import"), in, QStringLiteral("--scenario"), QStringLiteral("交换")}
                                                               << QByteArray("{\"format\": \"jilin-planner-scenario\"}") << 2 << QStringLiteral("--scenario");
        QTest::newRow("import: unknown ids") << QStringList{QStringLiteral("import"), in}
                                             << QByteArray(R"({"format": "jilin-planner-scenario", "schemaVersion": 1, "name": "外来",
                                                            "catalog": {"levers": ["warp"]}, "levers": {"warp": {"2030": 1}}})")
                                             << 1 << QStringLiteral("lever warp");
        QTest::newRow("import: newer") << QStringList{QStringLiteral("import"), in}
                                       << QByteArray(R"({"format": "jilin-planner-scenario", "schemaVersion": 9, "name": "新"})")
                                       << 1 << QStringLiteral("newer");
        QTest::newRow("import: GBK table") << QStringList{QStringLiteral("import"), in, QStringLiteral("--scenario"), QStringLiteral("交换")}
                                           << QByteArray("\xD6\xB8\xB1\xEA,\xC4\xEA\xB7\xDD,\xCA\xFD\xD6\xB5\n") << 1 << QStringLiteral("UTF-8");
        QTest::newRow("import: damaged xlsx") << QStringList{QStringLiteral("import"), in, QStringLiteral("--scenario"), QStringLiteral("交换")}
                                              << QByteArray("PK\x03\x04\x14\x00\x00\x00", 8) << 1 << QStringLiteral("XLSX");
    }

    void refused()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QByteArray, content);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        if (!content.isEmpty()) {
            QFile f(path(QStringLiteral("in.x")));
            QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
            f.write(content);
        }
        const QByteArray before = scenariosJson();
        const CliResult r = run(QStringList{QStringLiteral("--lang"), QStringLiteral("en")} + arguments);
        QCOMPARE(r.exitStatus, QProcess::NormalExit);
        QCOMPARE(r.exitCode, exitCode);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QCOMPARE(scenariosJson(), before);
    }

    void hugeFile()
    {
        const QString huge = path(QStringLiteral("huge.csv"));
        QFile f(huge);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QVERIFY(f.resize(100LL * 1024 * 1024));
        f.close();
        const CliResult r = run({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("import"), huge,
                                 QStringLiteral("--scenario"), QStringLiteral("交换")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("MB")), qPrintable(r.err));
    }

    // A desktop file's scenario published to the team store and checked out
    // into another desktop file arrives exactly: its export is the same file
    // byte for byte (only the name differs), and publish and checkout report
    // the same fingerprint. A fork of the plan pathway carries a document
    // for every lever setting, a decomposition and a lever value with 15
    // significant digits (an 8-byte float's; a 4-byte column would keep 7).
    // In the SQLite run the team store is another SQLite file: the command
    // accepts either.
    void publishAndCheckOutAreExact()
    {
        const QString desk = path(QStringLiteral("desk.sqlite"));
        const QString team = TestDatabase::fresh(m_dir.path(), QStringLiteral("team"));
        const QString laptop = path(QStringLiteral("laptop.sqlite"));
        const auto on = [&](const QString &db, const QStringList &arguments) {
            return runCli(QStringList{QStringLiteral("--db"), db, QStringLiteral("--lang"), QStringLiteral("en")} + arguments, m_env);
        };
        CliResult r = on(desk, {QStringLiteral("scenarios"), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        QString planPathway;
        for (const QJsonValue &v : QJsonDocument::fromJson(r.out.toUtf8()).array())
            if (v.toObject().value(QStringLiteral("template")).toString() == QLatin1StringView("plan_pathway"))
                planPathway = v.toObject().value(QStringLiteral("name")).toString();
        QVERIFY(!planPathway.isEmpty());
        QCOMPARE(on(desk, {QStringLiteral("scenario"), QStringLiteral("fork"), planPathway, QStringLiteral("发布")}).exitCode, 0);
        QCOMPARE(on(desk, {QStringLiteral("lever"), QStringLiteral("set"), QStringLiteral("--scenario"), QStringLiteral("发布"),
                           QStringLiteral("--lever"), QStringLiteral("afforestation_per_year"), QStringLiteral("--year"),
                           QStringLiteral("2027"), QStringLiteral("--"), QStringLiteral("123.456789012345")}).exitCode, 0);
        r = on(desk, {QStringLiteral("decompose"), QStringLiteral("--scenario"), QStringLiteral("发布"), QStringLiteral("--target"),
                      QStringLiteral("G-01"), QStringLiteral("--share"), QStringLiteral("长春市=60"), QStringLiteral("--share"),
                      QStringLiteral("吉林市=40")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        // A task recorded by the province (25 %) and by 吉林市 (40 %): two
        // rows of one task, both carried.
        const QStringList task{QStringLiteral("task"), QStringLiteral("set"), QStringLiteral("--scenario"), QStringLiteral("发布"),
                               QStringLiteral("--task"), QStringLiteral("T-02-01-1"), QStringLiteral("--status"),
                               QStringLiteral("in_progress"), QStringLiteral("--progress")};
        QCOMPARE(on(desk, task + QStringList{QStringLiteral("25")}).exitCode, 0);
        QCOMPARE(on(desk, task + QStringList{QStringLiteral("40"), QStringLiteral("--city"), QStringLiteral("吉林市"),
                                             QStringLiteral("--evidence"), QStringLiteral("市政府工作报告")}).exitCode, 0);

        r = on(desk, {QStringLiteral("scenario"), QStringLiteral("publish"), QStringLiteral("发布"), QStringLiteral("--to"), team});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        static const QRegularExpression fingerprint(QStringLiteral("fingerprint ([0-9a-f]{16})"));
        const QString published = fingerprint.match(r.out).captured(1);
        QVERIFY2(!published.isEmpty(), qPrintable(r.out));
        // A second publish of the same name changes nothing on the server.
        r = on(desk, {QStringLiteral("scenario"), QStringLiteral("publish"), QStringLiteral("发布"), QStringLiteral("--to"), team});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("already")), qPrintable(r.err));

        r = on(laptop, {QStringLiteral("scenario"), QStringLiteral("checkout"), QStringLiteral("发布"), QStringLiteral("--from"),
                        team, QStringLiteral("--as"), QStringLiteral("带走")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(fingerprint.match(r.out).captured(1), published);

        const QString original = path(QStringLiteral("published-original.json"));
        const QString copy = path(QStringLiteral("published-copy.json"));
        QCOMPARE(on(desk, {QStringLiteral("export"), QStringLiteral("--scenario"), QStringLiteral("发布"), QStringLiteral("-o"), original}).exitCode, 0);
        QCOMPARE(on(laptop, {QStringLiteral("export"), QStringLiteral("--scenario"), QStringLiteral("带走"), QStringLiteral("-o"), copy}).exitCode, 0);
        QByteArray expected = bytes(original);
        QVERIFY(expected.contains("123.456789012345"));
        QVERIFY(expected.contains("长春市"));
        QVERIFY(expected.contains("\"city\": \"吉林市\""));
        QVERIFY(expected.contains("市政府工作报告"));
        expected.replace("\"name\": \"发布\"", "\"name\": \"带走\"");
        QCOMPARE(bytes(copy), expected);
        // The checked-out copy holds both records of the task.
        for (const auto &[city, progress] : {std::pair{QString(), 25.0}, std::pair{QStringLiteral("吉林市"), 40.0}}) {
            QStringList arguments{QStringLiteral("tasks"), QStringLiteral("--scenario"), QStringLiteral("带走"),
                                  QStringLiteral("--json")};
            if (!city.isEmpty())
                arguments << QStringLiteral("--city") << city;
            r = on(laptop, arguments);
            QVERIFY2(r.exitCode == 0, qPrintable(r.err));
            double found = -1;
            for (const QJsonValue &v : QJsonDocument::fromJson(r.out.toUtf8()).array())
                if (v[QStringLiteral("id")].toString() == QLatin1StringView("T-02-01-1"))
                    found = v[QStringLiteral("progress")].toDouble();
            QCOMPARE(found, progress);
        }
    }

private:
    CliResult run(const QStringList &arguments)
    {
        return runCli(QStringList{QStringLiteral("--db"), m_db} + arguments, m_env);
    }
    QString path(const QString &name) const { return m_dir.filePath(name); }
    static QByteArray bytes(const QString &file)
    {
        QFile f(file);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }
    QString scenarios() { return run({QStringLiteral("scenarios")}).out; }
    QByteArray scenariosJson() { return run({QStringLiteral("scenarios"), QStringLiteral("--json")}).out.toUtf8(); }

    QTemporaryDir m_dir;
    QProcessEnvironment m_env;
    QString m_db;
};

QTEST_GUILESS_MAIN(TestExchangeCli)
#include "tst_exchangecli.moc"
