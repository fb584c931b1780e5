// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/lever.h"
#include "engine/stages.h"

#include <QTest>

#include <cmath>
#include <limits>

using namespace Planner::Engine;

class TestLeverSchedule final : public QObject
{
    Q_OBJECT

private:
    static Lever afforestation()
    {
        Lever l;
        l.id = QStringLiteral("afforestation");
        l.min = 0.0;
        l.max = 300.0;
        l.defaultValue = 100.0;
        return l;
    }

private Q_SLOTS:
    void stagesFromThePlan_data()
    {
        QTest::addColumn<int>("number");
        QTest::addColumn<int>("first");
        QTest::addColumn<int>("last");
        QTest::addColumn<QString>("nameZh");
        // The plan's 总体要求.
        QTest::newRow("stage 1") << 1 << 2024 << 2027 << QStringLiteral("深入攻坚、持续改善");
        QTest::newRow("stage 2") << 2 << 2028 << 2030 << QStringLiteral("提质加速、跨越发展");
        QTest::newRow("stage 3") << 3 << 2031 << 2035 << QStringLiteral("全面提升、示范引领");
    }
    void stagesFromThePlan()
    {
        QFETCH(int, number);
        QFETCH(int, first);
        QFETCH(int, last);
        QFETCH(QString, nameZh);
        const std::optional<Stage> stage = planStage(number);
        QVERIFY(stage);
        QCOMPARE(stage->first, first);
        QCOMPARE(stage->last, last);
        QCOMPARE(stage->nameZh, nameZh);
        QVERIFY(!planStage(4));
        QVERIFY(!planStage(0));
    }

    void stageOfYear_data()
    {
        QTest::addColumn<int>("year");
        QTest::addColumn<int>("stage");
        QTest::newRow("before the plan") << 2023 << 0;
        QTest::newRow("first year") << 2024 << 1;
        QTest::newRow("end of stage 1") << 2027 << 1;
        QTest::newRow("start of stage 2") << 2028 << 2;
        QTest::newRow("end of stage 2") << 2030 << 2;
        QTest::newRow("start of stage 3") << 2031 << 3;
        QTest::newRow("2035") << 2035 << 3;
        QTest::newRow("after the plan follows stage 3") << 2038 << 3;
    }
    void stageOfYear()
    {
        QFETCH(int, year);
        QFETCH(int, stage);
        QCOMPARE(Planner::Engine::stageOfYear(year), stage);
    }

    void stageExpandsToYears_data()
    {
        QTest::addColumn<int>("year");
        QTest::addColumn<double>("value");
        // Stage 1 = 10, stage 2 = 20, stage 3 = 30 over 2022-2040: years
        // before 2024 follow 2024 (10), after 2035 stage 3's value (30).
        QTest::newRow("2022 run-in") << 2022 << 10.0;
        QTest::newRow("2023 run-in") << 2023 << 10.0;
        QTest::newRow("2024") << 2024 << 10.0;
        QTest::newRow("2027") << 2027 << 10.0;
        QTest::newRow("2028") << 2028 << 20.0;
        QTest::newRow("2030") << 2030 << 20.0;
        QTest::newRow("2031") << 2031 << 30.0;
        QTest::newRow("2035") << 2035 << 30.0;
        QTest::newRow("2036") << 2036 << 30.0;
        QTest::newRow("2040") << 2040 << 30.0;
    }
    void stageExpandsToYears()
    {
        QFETCH(int, year);
        QFETCH(double, value);
        LeverSchedule s(2022, 2040);
        QVERIFY(s.setStage(1, 10.0));
        QVERIFY(s.setStage(2, 20.0));
        QVERIFY(s.setStage(3, 30.0));
        QVERIFY(!s.setStage(4, 40.0));
        QCOMPARE(s.value(year), std::optional<double>(value));
        QVERIFY(!s.validate(afforestation()));
    }

    void yearOverridesStage()
    {
        LeverSchedule s(2024, 2035);
        s.setStage(2, 20.0);
        QVERIFY(s.setYear(2029, 25.0));
        QCOMPARE(s.value(2028), std::optional<double>(20.0));
        QCOMPARE(s.value(2029), std::optional<double>(25.0));
        QCOMPARE(s.value(2030), std::optional<double>(20.0));
        QVERIFY(!s.setYear(2036, 1.0));  // outside the schedule
        QVERIFY(!s.value(2024));          // stage 1 never set
    }

    void allYears()
    {
        LeverSchedule s(2024, 2035);
        s.setAllYears(150.0);
        for (int year = 2024; year <= 2035; ++year)
            QCOMPARE(s.value(year), std::optional<double>(150.0));
        QCOMPARE(LeverSchedule::filled(2024, 2035, 150.0), s);
    }

    void badSchedules_data()
    {
        QTest::addColumn<int>("badYear");
        QTest::addColumn<double>("badValue");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("fragment");
        const double nan = std::numeric_limits<double>::quiet_NaN();
        const double inf = std::numeric_limits<double>::infinity();
        QTest::newRow("above max") << 2030 << 301.0 << QStringLiteral("value") << QStringLiteral("outside its range");
        QTest::newRow("below min") << 2026 << -1.0 << QStringLiteral("value") << QStringLiteral("outside its range");
        QTest::newRow("NaN") << 2033 << nan << QStringLiteral("value") << QStringLiteral("not a finite number");
        QTest::newRow("infinite") << 2024 << inf << QStringLiteral("value") << QStringLiteral("not a finite number");
        QTest::newRow("missing year") << 2029 << 0.0 << QStringLiteral("year") << QStringLiteral("no value for year");
    }
    void badSchedules()
    {
        QFETCH(int, badYear);
        QFETCH(double, badValue);
        QFETCH(QString, field);
        QFETCH(QString, fragment);
        LeverSchedule s = LeverSchedule::filled(2024, 2035, 100.0);
        if (field == QLatin1StringView("year"))
            s.clearYear(badYear);
        else
            s.setYear(badYear, badValue);
        const Error e = s.validate(afforestation());
        QVERIFY(e);
        QCOMPARE(e.field, field);
        QCOMPARE(e.id, QStringLiteral("afforestation"));
        QCOMPARE(e.year, badYear);
        QVERIFY2(e.message.contains(QStringLiteral("afforestation")), qPrintable(e.message));
        QVERIFY2(e.message.contains(QString::number(badYear)), qPrintable(e.message));
        QVERIFY2(e.message.contains(fragment), qPrintable(e.message));
        // A code and its parameters for the words at the edge: the lever
        // first, the year where the code has one.
        QVERIFY(e.code.startsWith(QStringLiteral("lever.")));
        QCOMPARE(e.args.value(0), QStringLiteral("afforestation"));
        QVERIFY(e.args.contains(QString::number(badYear)));
        if (e.code == QLatin1String("lever.out_of_range"))  // value, year, min 0, max 300
            QCOMPARE(e.args.mid(2), (QStringList{QString::number(badYear), QStringLiteral("0"), QStringLiteral("300")}));
    }

    void runYearsBeyondTheSchedule()
    {
        // Set for 2024-2030 only: 2031 has no value of its own and is not
        // after 2035, so a run to 2035 misses it.
        LeverSchedule s = LeverSchedule::filled(2024, 2030, 100.0);
        const Error e = s.validateYears(afforestation(), 2023, 2035);
        QVERIFY(e);
        QCOMPARE(e.year, 2031);
        QCOMPARE(e.field, QStringLiteral("year"));
        QVERIFY(!s.validateYears(afforestation(), 2023, 2030));
    }

    void leverValidation_data()
    {
        QTest::addColumn<double>("min");
        QTest::addColumn<double>("max");
        QTest::addColumn<double>("defaultValue");
        QTest::addColumn<double>("spread");
        QTest::addColumn<QString>("field");
        QTest::newRow("valid") << 0.0 << 10.0 << 5.0 << 1.0 << QString();
        QTest::newRow("max below min") << 10.0 << 0.0 << 5.0 << 1.0 << QStringLiteral("max");
        QTest::newRow("default outside") << 0.0 << 10.0 << 11.0 << 1.0 << QStringLiteral("default");
        QTest::newRow("negative spread") << 0.0 << 10.0 << 5.0 << -1.0 << QStringLiteral("spread");
        QTest::newRow("NaN min") << std::numeric_limits<double>::quiet_NaN() << 10.0 << 5.0 << 1.0
                                 << QStringLiteral("min");
    }
    void leverValidation()
    {
        QFETCH(double, min);
        QFETCH(double, max);
        QFETCH(double, defaultValue);
        QFETCH(double, spread);
        QFETCH(QString, field);
        Lever l = afforestation();
        l.min = min;
        l.max = max;
        l.defaultValue = defaultValue;
        l.uncertainty = {Uncertainty::Kind::Normal, spread};
        const Error e = validateLever(l);
        QCOMPARE(e.field, field);
        QCOMPARE(bool(e), !field.isEmpty());
    }

    void uncertaintyNames_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("kind");
        QTest::newRow("none") << QStringLiteral("none") << int(Uncertainty::Kind::None);
        QTest::newRow("uniform") << QStringLiteral("uniform") << int(Uncertainty::Kind::Uniform);
        QTest::newRow("triangular") << QStringLiteral("triangular") << int(Uncertainty::Kind::Triangular);
        QTest::newRow("normal") << QStringLiteral("normal") << int(Uncertainty::Kind::Normal);
    }
    void uncertaintyNames()
    {
        QFETCH(QString, name);
        QFETCH(int, kind);
        QCOMPARE(int(*uncertaintyKindFromString(name)), kind);
        QCOMPARE(uncertaintyKindToString(Uncertainty::Kind(kind)), name);
        QVERIFY(!uncertaintyKindFromString(QStringLiteral("lognormal")));
    }
};

QTEST_GUILESS_MAIN(TestLeverSchedule)
#include "tst_leverschedule.moc"
