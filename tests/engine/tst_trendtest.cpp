// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/trendtest.h"

#include <QTest>

#include <cmath>
#include <limits>

using namespace Planner::Engine;

class TestTrendTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void classBoundaries_data()
    {
        QTest::addColumn<double>("ratio");
        QTest::addColumn<QString>("rateClass");
        QTest::newRow("R = 1.2") << 1.2 << QStringLiteral("on_track");
        QTest::newRow("R = 0.95 exactly") << 0.95 << QStringLiteral("on_track");
        QTest::newRow("R just below 0.95") << 0.9499999 << QStringLiteral("acceleration_needed");
        QTest::newRow("R = 0.60 exactly") << 0.60 << QStringLiteral("acceleration_needed");
        QTest::newRow("R just below 0.60") << 0.5999999 << QStringLiteral("limited_progress");
        QTest::newRow("R = 0 exactly") << 0.0 << QStringLiteral("limited_progress");
        QTest::newRow("R just below 0") << -1e-9 << QStringLiteral("moving_away");
        QTest::newRow("R = -2") << -2.0 << QStringLiteral("moving_away");
        QTest::newRow("no ratio") << std::numeric_limits<double>::quiet_NaN() << QStringLiteral("not_assessable");
    }
    void classBoundaries()
    {
        QFETCH(double, ratio);
        QFETCH(QString, rateClass);
        QCOMPARE(rateClassToString(classifyRateRatio(ratio, AssessmentSettings{})), rateClass);
    }

    void thresholdsAreData()
    {
        // The same R in another office's classes.
        AssessmentSettings strict;
        strict.rateOnTrack = 1.0;
        strict.rateAccelerationNeeded = 0.8;
        QCOMPARE(classifyRateRatio(0.95, strict), RateClass::AccelerationNeeded);
        QCOMPARE(classifyRateRatio(0.7, strict), RateClass::LimitedProgress);
    }

    void names()
    {
        const QStringList expected{QStringLiteral("achieved"), QStringLiteral("on_track"),
                                   QStringLiteral("acceleration_needed"), QStringLiteral("limited_progress"),
                                   QStringLiteral("moving_away"), QStringLiteral("insufficient_data"),
                                   QStringLiteral("not_assessable")};
        const QList<RateClass> classes{RateClass::Achieved,        RateClass::OnTrack,    RateClass::AccelerationNeeded,
                                       RateClass::LimitedProgress, RateClass::MovingAway, RateClass::InsufficientData,
                                       RateClass::NotAssessable};
        for (qsizetype i = 0; i < classes.size(); ++i) {
            QCOMPARE(rateClassToString(classes.at(i)), expected.at(i));
            QCOMPARE(rateClassFromString(expected.at(i)), std::optional<RateClass>(classes.at(i)));
        }
    }

    void compoundRate_data()
    {
        QTest::addColumn<YearPoint>("from");
        QTest::addColumn<YearPoint>("to");
        QTest::addColumn<double>("rate");
        // 100 -> 110.25 in 2 years: 5 % a year.
        QTest::newRow("5 %") << YearPoint{2020, 100.0} << YearPoint{2022, 110.25} << 0.05;
        // 200 -> 145.8 in 3 years: 0.729 = 0.9^3, -10 % a year.
        QTest::newRow("-10 %") << YearPoint{2020, 200.0} << YearPoint{2023, 145.8} << -0.1;
        // To zero: -100 %.
        QTest::newRow("to zero") << YearPoint{2024, 50.0} << YearPoint{2027, 0.0} << -1.0;
        QTest::newRow("from zero") << YearPoint{2024, 0.0} << YearPoint{2027, 5.0}
                                   << std::numeric_limits<double>::quiet_NaN();
        QTest::newRow("no years") << YearPoint{2024, 1.0} << YearPoint{2024, 5.0}
                                  << std::numeric_limits<double>::quiet_NaN();
    }
    void compoundRate()
    {
        QFETCH(YearPoint, from);
        QFETCH(YearPoint, to);
        QFETCH(double, rate);
        const double r = compoundAnnualRate(from, to);
        if (std::isnan(rate))
            QVERIFY(std::isnan(r));
        else
            QVERIFY2(std::abs(r - rate) < 1e-12, qPrintable(QString::number(r, 'g', 17)));
    }

    // The Open SDG method ("methodology_2" of sdg-build's ProgressMeasure,
    // Eurostat's rule): base = first observation from the base year (2015)
    // on, current = latest observation,
    //   CAGR_o = (current / base)^(1 / (current year - base year)) - 1
    //   CAGR_r = (target / base)^(1 / (target year - base year)) - 1
    //   R = sign(base) x d x CAGR_o / |CAGR_r|, d from the desired direction.
    // Each row worked by hand (powers to 7 figures):
    void methodTwo_data()
    {
        QTest::addColumn<QList<YearPoint>>("observed");
        QTest::addColumn<Direction>("direction");
        QTest::addColumn<double>("target");
        QTest::addColumn<int>("targetYear");
        QTest::addColumn<double>("observedRate");
        QTest::addColumn<double>("requiredRate");
        QTest::addColumn<double>("ratio");
        QTest::addColumn<QString>("rateClass");

        // 35 (2018) -> 40 (2023), at least 50 by 2030, increase wanted.
        //   CAGR_o = (40/35)^(1/5) - 1 = 1.1428571^0.2 - 1 = 0.0270661
        //   CAGR_r = (50/35)^(1/12) - 1 = 1.4285714^0.0833 - 1 = 0.0301690 (from the BASE, not from 40)
        //   R = +1 x 0.0270661 / 0.0301690 = 0.8971476: 0.60 <= R < 0.95.
        QTest::newRow("increase, acceleration needed")
            << QList<YearPoint>{{2018, 35.0}, {2023, 40.0}} << Direction::Increase << 50.0 << 2030
            << 0.0270660871 << 0.0301690469 << 0.8971475686 << QStringLiteral("acceleration_needed");
        // PM2.5 31 (2020) -> 30 (2024), at most 27 by 2027, decrease wanted.
        //   CAGR_o = (30/31)^(1/4) - 1 = -0.0081639
        //   CAGR_r = (27/31)^(1/7) - 1 = 0.8709677^0.142857 - 1 = -0.0195423
        //   R = -1 x -0.0081639 / 0.0195423 = +0.4177581 (improving: positive).
        QTest::newRow("decrease wanted, improving is positive")
            << QList<YearPoint>{{2020, 31.0}, {2024, 30.0}} << Direction::Decrease << 27.0 << 2027
            << -0.0081639482 << -0.0195422874 << 0.4177580667 << QStringLiteral("limited_progress");
        // 29 (2020) -> 30 (2024), at most 27: CAGR_o = (30/29)^(1/4) - 1 =
        //   +0.0085114; CAGR_r = (27/29)^(1/7) - 1 = -0.0101565;
        //   R = -1 x 0.0085114 / 0.0101565 = -0.8380259: moving away.
        QTest::newRow("decrease wanted, rising")
            << QList<YearPoint>{{2020, 29.0}, {2024, 30.0}} << Direction::Decrease << 27.0 << 2027
            << 0.0085114057 << -0.0101564943 << -0.8380259397 << QStringLiteral("moving_away");
        // A phase-out: 200 (2019) -> 100 (2023), 0 by 2027. The method puts
        //   0.001 for the target: CAGR_r = (0.001/200)^(1/8) - 1 =
        //   (5e-6)^0.125 - 1 = 0.2174559 - 1 = -0.7825441; CAGR_o =
        //   (100/200)^(1/4) - 1 = 0.8408964 - 1 = -0.1591036;
        //   R = -1 x -0.1591036 / 0.7825441 = 0.2033158 (not -100 %/yr as the required pace).
        QTest::newRow("target 0 takes the small value")
            << QList<YearPoint>{{2019, 200.0}, {2023, 100.0}} << Direction::Decrease << 0.0 << 2027
            << -0.1591035847 << -0.7825440724 << 0.2033158136 << QStringLiteral("limited_progress");
        // Base year 2015: 10 (2010) is before it, so base = 12 (2015), current 15 (2020), at least 20 by 2030.
        //   CAGR_o = (15/12)^(1/5) - 1 = 1.25^0.2 - 1 = 0.0456396
        //   CAGR_r = (20/12)^(1/15) - 1 = 1.6666667^0.0667 - 1 = 0.0346416
        //   R = 1.3174800: on track.
        QTest::newRow("base year 2015")
            << QList<YearPoint>{{2010, 10.0}, {2015, 12.0}, {2020, 15.0}} << Direction::Increase << 20.0 << 2030
            << 0.0456395526 << 0.0346415535 << 1.3174799632 << QStringLiteral("on_track");
        // Increase wanted, target (85) below the base (95), current 84: d
        //   stays +1 (the desired direction). CAGR_o = (84/95)^(1/4) - 1 =
        //   -0.0302966; CAGR_r = (85/95)^(1/7) - 1 = -0.0157638;
        //   R = +1 x -0.0302966 / 0.0157638 = -1.9219087: moving away.
        QTest::newRow("d from the desired direction")
            << QList<YearPoint>{{2020, 95.0}, {2024, 84.0}} << Direction::Increase << 85.0 << 2027
            << -0.0302965959 << -0.0157638063 << -1.9219086673 << QStringLiteral("moving_away");
        // A negative base: sign = -1. -10 (2018) -> -5 (2023), -2 by 2030, increase wanted:
        //   CAGR_o = (-5/-10)^(1/5) - 1 = 0.5^0.2 - 1 = -0.1294494
        //   CAGR_r = (-2/-10)^(1/12) - 1 = 0.2^0.0833 - 1 = -0.1255147
        //   R = -1 x +1 x -0.1294494 / 0.1255147 = 1.0313486: on track.
        QTest::newRow("negative base")
            << QList<YearPoint>{{2018, -10.0}, {2023, -5.0}} << Direction::Increase << -2.0 << 2030
            << -0.1294494367 << -0.1255147278 << 1.0313485835 << QStringLiteral("on_track");
    }
    void methodTwo()
    {
        QFETCH(QList<YearPoint>, observed);
        QFETCH(Direction, direction);
        QFETCH(double, target);
        QFETCH(int, targetYear);
        QFETCH(double, observedRate);
        QFETCH(double, requiredRate);
        QFETCH(double, ratio);
        QFETCH(QString, rateClass);
        const RateTest t = rateTest(observed, direction, target, targetYear, false, AssessmentSettings{});
        QVERIFY2(std::abs(t.observedRate - observedRate) < 1e-9, qPrintable(QString::number(t.observedRate, 'g', 12)));
        QVERIFY2(std::abs(t.requiredRate - requiredRate) < 1e-9, qPrintable(QString::number(t.requiredRate, 'g', 12)));
        QVERIFY2(std::abs(t.ratio - ratio) < 1e-9, qPrintable(QString::number(t.ratio, 'g', 12)));
        QCOMPARE(rateClassToString(t.rateClass), rateClass);
    }

    void targetZeroIsSubstituted()
    {
        const RateTest t = rateTest({{2019, 200.0}, {2023, 100.0}}, Direction::Decrease, 0.0, 2027, false, {});
        QVERIFY(t.targetSubstituted);
        QVERIFY(t.requiredRate > -1.0);  // not the -100 %/yr of a literal 0
        QCOMPARE(t.direction, -1);
        QCOMPARE(t.base.year, 2019);
    }

    void achievedWhateverR()
    {
        // Falling, but already above the target.
        const RateTest t = rateTest({{2020, 95.0}, {2024, 89.0}}, Direction::Increase, 85.0, 2027, true, {});
        QCOMPARE(t.rateClass, RateClass::Achieved);
        // The method: achieved even with a single observation.
        QCOMPARE(rateTest({{2024, 89.0}}, Direction::Increase, 85.0, 2027, true, {}).rateClass, RateClass::Achieved);
    }

    void insufficientAndNotAssessable()
    {
        // Fewer than two observations from the base year on: no projection stands in.
        QCOMPARE(rateTest({{2023, 40.0}}, Direction::Increase, 50.0, 2030, false, {}).rateClass,
                 RateClass::InsufficientData);
        // 2010 is before the base year 2015: the base is 2023, the latest itself.
        QCOMPARE(rateTest({{2010, 30.0}, {2023, 40.0}}, Direction::Increase, 50.0, 2030, false, {}).rateClass,
                 RateClass::InsufficientData);
        QCOMPARE(rateTest({}, Direction::Increase, 3.0, 2030, false, {}).rateClass, RateClass::InsufficientData);
        // Base and current of opposite signs: the method gives no value.
        QCOMPARE(rateTest({{2020, -1.0}, {2024, 2.0}}, Direction::Increase, 3.0, 2030, false, {}).rateClass,
                 RateClass::NotAssessable);
        // A target equal to the base value: CAGR_r = 0, R cannot be formed.
        QCOMPARE(rateTest({{2020, 3.0}, {2024, 2.0}}, Direction::Increase, 3.0, 2030, false, {}).rateClass,
                 RateClass::NotAssessable);
        // A base year after the data (a planner's 2025): no base at all.
        AssessmentSettings late;
        late.rateBaseYear = 2025;
        QCOMPARE(rateTest({{2020, 1.0}, {2024, 2.0}}, Direction::Increase, 3.0, 2030, false, late).rateClass,
                 RateClass::InsufficientData);
    }

    void escapAnticipatedGap_data()
    {
        QTest::addColumn<double>("target");
        QTest::addColumn<double>("projected");
        QTest::addColumn<double>("base");
        QTest::addColumn<double>("gap");
        // (50 - 47) / (50 - 40) = 0.3: 30 % of the way still to go.
        QTest::newRow("part of the way") << 50.0 << 47.0 << 40.0 << 0.3;
        QTest::newRow("reached") << 50.0 << 50.0 << 40.0 << 0.0;
        // (27 - 30) / (27 - 31) = 0.75 for a falling target.
        QTest::newRow("falling target") << 27.0 << 30.0 << 31.0 << 0.75;
        // (50 - 38) / (50 - 40) = 1.2: moving away.
        QTest::newRow("moving away") << 50.0 << 38.0 << 40.0 << 1.2;
    }
    void escapAnticipatedGap()
    {
        QFETCH(double, target);
        QFETCH(double, projected);
        QFETCH(double, base);
        QFETCH(double, gap);
        QVERIFY(std::abs(anticipatedGap(target, projected, base) - gap) < 1e-12);
        QVERIFY(std::isnan(anticipatedGap(40.0, 45.0, 40.0)));
    }
};

QTEST_GUILESS_MAIN(TestTrendTest)
#include "tst_trendtest.moc"
