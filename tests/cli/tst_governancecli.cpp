// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

// Chapters 七 and 八 on the command line: the plan's measures as tasks, their
// progress per scenario, decomposition of a target to the cities, and the
// composite assessment index.

#include "clirunner.h"
#include "common/testdatabase.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

class TestGovernanceCli final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_env = isolatedEnvironment(m_dir.path());
        m_db = TestDatabase::fresh(m_dir.path(), QStringLiteral("governance"));
    }

    void tasksPerChapter_data()
    {
        // Measures (paragraph titles) counted by hand in the plan, chapter by
        // chapter: 二 2+3+2+2+2+2, 三 2+3+4+4, 四 2+2+3, 五 2+3+2+5, 六 3+2+2,
        // 七 3+3+2+3+3.
        QTest::addColumn<QString>("chapter");
        QTest::addColumn<int>("count");
        QTest::newRow("green_transition") << QStringLiteral("green_transition") << 13;
        QTest::newRow("environment") << QStringLiteral("environment") << 13;
        QTest::newRow("black_soil") << QStringLiteral("black_soil") << 7;
        QTest::newRow("ecological_security") << QStringLiteral("ecological_security") << 12;
        QTest::newRow("two_mountains") << QStringLiteral("two_mountains") << 7;
        QTest::newRow("governance") << QStringLiteral("governance") << 14;
    }

    void tasksPerChapter()
    {
        QFETCH(QString, chapter);
        QFETCH(int, count);
        const QJsonArray tasks = tasksJson({QStringLiteral("--chapter"), chapter});
        QCOMPARE(tasks.size(), count);
        for (const QJsonValue &v : tasks) {
            const QJsonObject t = v.toObject();
            for (const char *key : {"id", "chapter", "title_zh", "text_zh", "stage", "due_year", "responsible_zh",
                                    "status", "progress"})
                QVERIFY2(t.contains(QLatin1StringView(key)), key);
            QCOMPARE(t.value(QStringLiteral("chapter")).toString(), chapter);
        }
    }

    void taskProgressIsStoredPerScenario()
    {
        QCOMPARE(run({QStringLiteral("scenario"), QStringLiteral("fork"), QStringLiteral("现状趋势情景"),
                      QStringLiteral("进展")}).exitCode, 0);
        CliResult r = run({QStringLiteral("task"), QStringLiteral("set"), QStringLiteral("--scenario"), QStringLiteral("进展"),
                           QStringLiteral("--task"), QStringLiteral("T-04-01-1"), QStringLiteral("--status"),
                           QStringLiteral("in_progress"), QStringLiteral("--progress"), QStringLiteral("40"),
                           QStringLiteral("--evidence"), QStringLiteral("2025年工作报告")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QJsonObject task = taskOf(tasksJson({QStringLiteral("--scenario"), QStringLiteral("进展")}), QStringLiteral("T-04-01-1"));
        QCOMPARE(task.value(QStringLiteral("status")).toString(), QStringLiteral("in_progress"));
        QCOMPARE(task.value(QStringLiteral("progress")).toDouble(), 40.0);
        QCOMPARE(task.value(QStringLiteral("evidence")).toString(), QStringLiteral("2025年工作报告"));
        // The baseline scenario is untouched.
        task = taskOf(tasksJson({QStringLiteral("--scenario"), QStringLiteral("现状趋势情景")}), QStringLiteral("T-04-01-1"));
        QCOMPARE(task.value(QStringLiteral("progress")).toDouble(), 0.0);

        const QByteArray before = scenarios();
        r = run({QStringLiteral("task"), QStringLiteral("set"), QStringLiteral("--scenario"), QStringLiteral("进展"),
                 QStringLiteral("--task"), QStringLiteral("T-04-01-1"), QStringLiteral("--progress"), QStringLiteral("140")});
        QCOMPARE(r.exitCode, 2);
        r = run({QStringLiteral("task"), QStringLiteral("set"), QStringLiteral("--scenario"), QStringLiteral("进展"),
                 QStringLiteral("--task"), QStringLiteral("T-04-01-1"), QStringLiteral("--status"), QStringLiteral("finished")});
        QCOMPARE(r.exitCode, 1);
        r = run({QStringLiteral("task"), QStringLiteral("set"), QStringLiteral("--scenario"), QStringLiteral("进展"),
                 QStringLiteral("--task"), QStringLiteral("T-99-99-9"), QStringLiteral("--progress"), QStringLiteral("10")});
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(scenarios(), before);
    }

    void decomposition()
    {
        // green loans 6,000 亿元 by 2030 (the planner's target). 长春市
        // 40 % of it is 2,400; 延边 5 % is 300. Stored in a fork (the shipped
        // scenarios are read-only).
        QCOMPARE(run({QStringLiteral("scenario"), QStringLiteral("fork"), QStringLiteral("现状趋势情景"),
                      QStringLiteral("分解")}).exitCode, 0);
        const QStringList shares{QStringLiteral("长春市=40"), QStringLiteral("吉林市=20"), QStringLiteral("四平市=10"),
                                 QStringLiteral("辽源市=5"),  QStringLiteral("通化市=5"),  QStringLiteral("白山市=5"),
                                 QStringLiteral("松原市=5"),  QStringLiteral("白城市=5"),
                                 QStringLiteral("延边朝鲜族自治州=5")};
        QStringList arguments{QStringLiteral("decompose"), QStringLiteral("--scenario"), QStringLiteral("分解"),
                              QStringLiteral("--target"), QStringLiteral("A-03"), QStringLiteral("--json")};
        for (const QString &s : shares)
            arguments << QStringLiteral("--share") << s;
        CliResult r = run(arguments);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QJsonObject json = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(json.value(QStringLiteral("value")).toDouble(), 6000.0);
        const QJsonArray cities = json.value(QStringLiteral("cities")).toArray();
        QCOMPARE(cities.size(), 9);
        QCOMPARE(cities.at(0).toObject().value(QStringLiteral("value")).toDouble(), 2400.0);
        QCOMPARE(cities.at(8).toObject().value(QStringLiteral("value")).toDouble(), 300.0);

        // Read back without --share: the stored decomposition.
        r = run({QStringLiteral("decompose"), QStringLiteral("--scenario"), QStringLiteral("分解"),
                 QStringLiteral("--target"), QStringLiteral("A-03"), QStringLiteral("--json")});
        QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("cities")).toArray().size(), 9);

        // Shares adding to 60 %: refused with the sum, nothing stored.
        const QByteArray before = scenarios();
        r = run({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("decompose"), QStringLiteral("--scenario"),
                 QStringLiteral("分解"), QStringLiteral("--target"), QStringLiteral("A-03"), QStringLiteral("--share"),
                 QStringLiteral("长春市=40"), QStringLiteral("--share"), QStringLiteral("吉林市=20")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("60.000")), qPrintable(r.err));
        r = run({QStringLiteral("decompose"), QStringLiteral("--scenario"), QStringLiteral("分解"),
                 QStringLiteral("--target"), QStringLiteral("A-03"), QStringLiteral("--share"), QStringLiteral("上海市=100")});
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(scenarios(), before);
    }

    void indexFollowsTaskProgress()
    {
        // Black soil has 7 tasks, all seeded at 0 %. Setting one to 100 %
        // raises the chapter's task component by 100 / 7 and its index by
        // 0.3 x 100 / 7 = 4.2857 (task weight 0.3); with six chapters of
        // equal weight the overall index rises by 4.2857 / 6 = 0.7143.
        QCOMPARE(run({QStringLiteral("scenario"), QStringLiteral("fork"), QStringLiteral("现状趋势情景"),
                      QStringLiteral("考核")}).exitCode, 0);
        const QJsonObject before = indexJson(QStringLiteral("考核"));
        QCOMPARE(before.value(QStringLiteral("chapters")).toArray().size(), 6);
        const double overall = before.value(QStringLiteral("overall")).toDouble();
        QVERIFY(overall >= 0.0 && overall <= 100.0);
        QCOMPARE(run({QStringLiteral("task"), QStringLiteral("set"), QStringLiteral("--scenario"), QStringLiteral("考核"),
                      QStringLiteral("--task"), QStringLiteral("T-04-01-1"), QStringLiteral("--progress"),
                      QStringLiteral("100")}).exitCode, 0);
        const QJsonObject after = indexJson(QStringLiteral("考核"));
        QVERIFY(std::abs(chapterIndex(after, "black_soil") - chapterIndex(before, "black_soil") - 4.285714) < 1e-4);
        QVERIFY(std::abs(after.value(QStringLiteral("overall")).toDouble() - overall - 0.714286) < 1e-4);
    }

private:
    CliResult run(const QStringList &arguments)
    {
        return runCli(QStringList{QStringLiteral("--db"), m_db} + arguments, m_env);
    }

    QJsonArray tasksJson(const QStringList &extra)
    {
        return QJsonDocument::fromJson(run(QStringList{QStringLiteral("tasks"), QStringLiteral("--json")} + extra).out.toUtf8()).array();
    }

    static QJsonObject taskOf(const QJsonArray &tasks, const QString &id)
    {
        for (const QJsonValue &v : tasks) {
            if (v.toObject().value(QStringLiteral("id")).toString() == id)
                return v.toObject();
        }
        return {};
    }

    QJsonObject indexJson(const QString &scenario)
    {
        return QJsonDocument::fromJson(run({QStringLiteral("index"), QStringLiteral("--scenario"), scenario,
                                            QStringLiteral("--json"), QStringLiteral("--draws"), QStringLiteral("100")})
                                           .out.toUtf8()).object();
    }

    static double chapterIndex(const QJsonObject &index, const char *chapter)
    {
        for (const QJsonValue &v : index.value(QStringLiteral("chapters")).toArray()) {
            if (v.toObject().value(QStringLiteral("chapter")).toString() == QLatin1StringView(chapter))
                return v.toObject().value(QStringLiteral("index")).toDouble();
        }
        return std::nan("");
    }

    QByteArray scenarios()
    {
        return run({QStringLiteral("scenarios"), QStringLiteral("--json")}).out.toUtf8();
    }

    QTemporaryDir m_dir;
    QProcessEnvironment m_env;
    QString m_db;
};

QTEST_GUILESS_MAIN(TestGovernanceCli)
#include "tst_governancecli.moc"
