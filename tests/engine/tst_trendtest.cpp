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
                                   QStringLiteral("moving_away"), QStringLiteral("not_assessable")};
        const QList<RateClass> classes{RateClass::Achieved, RateClass::OnTrack, RateClass::AccelerationNeeded,
                                       RateClass::LimitedProgress, RateClass::MovingAway, RateClass::NotAssessable};
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

    void eurostatWorkedExample()
    {
        // Observed 35 in 2018 and 40 in 2023; target at least 50 in 2030.
        //   CAGR_observed = (40 / 35)^(1/5) - 1 = 1.1428571^0.2 - 1 = 0.0270661
        //   CAGR_required = (50 / 40)^(1/7) - 1 = 1.25^(1/7)   - 1 = 0.0323912
        //   d = +1 (50 > 40), R = 0.0270661 / 0.0323912 = 0.8356004
        //   0.60 <= 0.8356 < 0.95: acceleration_needed.
        const RateTest t = rateTest({{2018, 35.0}, {2023, 40.0}}, 50.0, 2030, 47.0, false, AssessmentSettings{});
        QVERIFY(std::abs(t.observedRate - 0.027066087089351765) < 1e-12);
        QVERIFY(std::abs(t.requiredRate - 0.0323911847100018) < 1e-12);
        QVERIFY(std::abs(t.ratio - 0.8356004058411071) < 1e-12);
        QVERIFY(!t.observedFromScenario);
        QCOMPARE(t.rateClass, RateClass::AccelerationNeeded);
    }

    void scenarioRateWithOneObservation()
    {
        // Only 40 in 2023; the scenario's P50 is 46 in 2030:
        //   CAGR = (46 / 40)^(1/7) - 1 = 0.0201666; required 0.0323912 as
        //   above; R = 0.6225967: acceleration_needed.
        const RateTest t = rateTest({{2023, 40.0}}, 50.0, 2030, 46.0, false, AssessmentSettings{});
        QVERIFY(t.observedFromScenario);
        QVERIFY(std::abs(t.observedRate - 0.020166645372730052) < 1e-12);
        QVERIFY(std::abs(t.ratio - 0.6225967204744742) < 1e-12);
        QCOMPARE(t.rateClass, RateClass::AccelerationNeeded);
    }

    void decreaseWanted()
    {
        // PM2.5 31 (2020) -> 30 (2024), target at most 27 in 2027:
        //   CAGR_observed = (30 / 31)^(1/4) - 1 = -0.0081639
        //   CAGR_required = (27 / 30)^(1/3) - 1 = -0.0345106
        //   d = -1: R = -(-0.0081639) / 0.0345106 = 0.2365634: limited_progress.
        const RateTest t = rateTest({{2020, 31.0}, {2024, 30.0}}, 27.0, 2027, 29.0, false, AssessmentSettings{});
        QVERIFY(std::abs(t.ratio - 0.23656339053192807) < 1e-12);
        QCOMPARE(t.rateClass, RateClass::LimitedProgress);
        // Rising instead: R < 0, moving_away.
        const RateTest away = rateTest({{2020, 29.0}, {2024, 30.0}}, 27.0, 2027, 31.0, false, AssessmentSettings{});
        QVERIFY(away.ratio < 0.0);
        QCOMPARE(away.rateClass, RateClass::MovingAway);
    }

    void achievedWhateverR()
    {
        // Falling, but already above the target.
        const RateTest t = rateTest({{2020, 95.0}, {2024, 89.0}}, 85.0, 2027, 80.0, true, AssessmentSettings{});
        QCOMPARE(t.rateClass, RateClass::Achieved);
    }

    void notAssessable()
    {
        // Target year not after the latest data.
        QCOMPARE(rateTest({{2020, 1.0}, {2024, 2.0}}, 3.0, 2024, 2.0, false, {}).rateClass, RateClass::NotAssessable);
        // A value of zero cannot grow at a rate.
        QCOMPARE(rateTest({{2020, 0.0}, {2024, 0.0}}, 3.0, 2030, 2.0, false, {}).rateClass, RateClass::NotAssessable);
        QCOMPARE(rateTest({}, 3.0, 2030, 2.0, false, {}).rateClass, RateClass::NotAssessable);
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
