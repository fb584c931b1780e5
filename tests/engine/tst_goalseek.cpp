// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/goalseek.h"

#include "engine/assessment.h"
#include "enginefixtures.h"

#include <QTest>

#include <cmath>

using namespace Planner::Engine;
using namespace Planner::Engine::Testing;

namespace {

// Forest area 85,000 km² in 2023 plus c km² a year; coverage = area /
// 187,400 x 100. S-02: coverage >= 46 in 2035, i.e.
//   (85,000 + 12 c) / 1,874 >= 46  <=>  12 c >= 86,204 - 85,000 = 1,204
//   <=>  c >= 100.3333 km² a year.
// FAR: coverage >= 60 needs 12 c >= 112,440 - 85,000, c >= 2,286.7: beyond
// the lever's maximum of 2,000.
// pm25: 30 in 2023 plus d a year (d in [-2, 2]); X-01: at most 27 in 2035:
//   30 + 12 d <= 27  <=>  d <= -0.25.
// curve: 100 - (x - 5)^2 for x in [0, 10]: rises, then falls.
Simulator simulator(Uncertainty afforestationUncertainty = {})
{
    Indicator area = indicator(QStringLiteral("forest_area"), 2023, 85000.0, Direction::Increase, QStringLiteral("km²"));
    Indicator coverage = indicator(QStringLiteral("forest_coverage"), 2023, 85000.0 / 1874.0);
    coverage.targets = {target(QStringLiteral("S-02"), coverage.id, TargetKind::AtLeast, 2035, 46.0),
                        target(QStringLiteral("FAR"), coverage.id, TargetKind::AtLeast, 2035, 60.0)};
    Indicator pm25 = indicator(QStringLiteral("pm25"), 2023, 30.0, Direction::Decrease, QStringLiteral("µg/m³"));
    pm25.targets = {target(QStringLiteral("X-01"), pm25.id, TargetKind::AtMost, 2035, 27.0)};
    Indicator curve = indicator(QStringLiteral("curve"), 2023, 75.0);
    curve.targets = {target(QStringLiteral("C-01"), curve.id, TargetKind::AtLeast, 2035, 99.0)};
    Indicator other = indicator(QStringLiteral("other"), 2023, 1.0);
    other.targets = {target(QStringLiteral("O-01"), other.id, TargetKind::AtLeast, 2035, 2.0)};
    const QList<Lever> levers{
        lever(QStringLiteral("afforestation"), 0.0, 2000.0, 50.0, afforestationUncertainty),
        lever(QStringLiteral("pm_change"), -2.0, 2.0, 0.0),
        lever(QStringLiteral("x"), 0.0, 10.0, 0.0),
    };
    const QList<std::shared_ptr<const Model>> models{
        std::make_shared<StockModel>(QStringLiteral("forest"), area.id, QStringLiteral("afforestation")),
        std::make_shared<ScaleModel>(QStringLiteral("coverage"), area.id, coverage.id, 100.0 / 187400.0),
        std::make_shared<StockModel>(QStringLiteral("air"), pm25.id, QStringLiteral("pm_change")),
        std::make_shared<QuadraticModel>(curve.id, QStringLiteral("x"), 75.0, 10.0, -1.0),
    };
    Expected<Simulator> s = Simulator::create(catalog({area, coverage, pm25, curve, other}), levers, models);
    if (!s.ok())
        qFatal("%s", qPrintable(s.error().message));
    return s.takeValue();
}

} // namespace

class TestGoalSeek final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void linearModelAtP50_data()
    {
        QTest::addColumn<QString>("targetId");
        QTest::addColumn<QString>("leverId");
        QTest::addColumn<double>("expected");
        // See the comment at the top: c = 1,204 / 12 = 100.3333 (up from
        // 50); the lever spans 2,000, so it is set in whole km² (0
        // decimals): 100 falls short, the answer is rounded up to 101.
        QTest::newRow("afforestation for 46 %") << QStringLiteral("S-02") << QStringLiteral("afforestation") << 101.0;
        // d = -3 / 12 = -0.25 (down from 0); the lever spans 4: 2 decimals,
        // and -0.25 itself meets (30 - 12 x 0.25 = 27).
        QTest::newRow("PM2.5 change for 27") << QStringLiteral("X-01") << QStringLiteral("pm_change") << -0.25;
    }
    void linearModelAtP50()
    {
        QFETCH(QString, targetId);
        QFETCH(QString, leverId);
        QFETCH(double, expected);
        const Expected<GoalSeekResult> r = goalSeek(simulator(), {}, targetId, leverId);
        QVERIFY2(r.ok(), qPrintable(r.error().message));
        QVERIFY(r.value().p50.reachable);
        // Rounded to the lever's decimals: exactly the value above.
        QVERIFY2(std::abs(r.value().p50.value - expected) < 1e-9, qPrintable(QString::number(r.value().p50.value, 'g', 12)));
        // No uncertainty: meeting at P50 is meeting with certainty.
        QCOMPARE(r.value().p50.probability, 1.0);
        QVERIFY(r.value().p90.reachable);
        QVERIFY(std::abs(r.value().p90.value - expected) < 1e-9);
        QCOMPARE(r.value().p90.probability, 1.0);
        QCOMPARE(r.value().leverId, leverId);
        QCOMPARE(r.value().targetId, targetId);
    }

    void scenarioSettingIsTheMeanOfItsSchedule()
    {
        // 40 in stage 1, 60 in stage 2, 80 in stage 3: over 2024-2035 the
        // mean is (4 x 40 + 3 x 60 + 5 x 80) / 12 = 740 / 12 = 61.667.
        ScenarioInputs inputs;
        LeverSchedule s(2024, 2035);
        s.setStage(1, 40.0);
        s.setStage(2, 60.0);
        s.setStage(3, 80.0);
        inputs.levers.insert(QStringLiteral("afforestation"), s);
        const Expected<GoalSeekResult> r = goalSeek(simulator(), inputs, QStringLiteral("S-02"), QStringLiteral("afforestation"));
        QVERIFY(r.ok());
        QVERIFY(std::abs(r.value().scenarioSetting - 740.0 / 12.0) < 1e-9);
        QCOMPARE(r.value().p50.value, 101.0);  // 100.3333 rounded up to whole km²
    }

    void alreadyMetKeepsTheScenariosSetting()
    {
        ScenarioInputs inputs;
        inputs.levers.insert(QStringLiteral("afforestation"), LeverSchedule::filled(2024, 2035, 500.0));
        const Expected<GoalSeekResult> r = goalSeek(simulator(), inputs, QStringLiteral("S-02"), QStringLiteral("afforestation"));
        QVERIFY(r.ok());
        QCOMPARE(r.value().p50.value, 500.0);
    }

    void ninetyPercentWithUncertainty()
    {
        // The lever is uniform on c +/- 30 (fully correlated in time), so
        // coverage meets 46 % iff c + 30 (2u - 1) >= 100.3333: the
        // probability is 1 - (130.3333 - c) / 60, which reaches 0.9 at
        // c = 130.3333 - 6 = 124.3333. With 2,000 draws the empirical 90 %
        // point has a standard error of 60 x sqrt(0.09 / 2000) = 0.40.
        GoalSeekOptions options;
        options.draws = 2000;
        const Expected<GoalSeekResult> r =
            goalSeek(simulator({Uncertainty::Kind::Uniform, 30.0}), {}, QStringLiteral("S-02"),
                     QStringLiteral("afforestation"), options);
        QVERIFY2(r.ok(), qPrintable(r.error().message));
        QCOMPARE(r.value().p50.value, 101.0);  // the central run has no draw; rounded up to whole km²
        // The P50 answer's real chance, not the central run's 1: at c = 101
        // 1 - (130.3333 - 101) / 60 = 0.5111 (standard error sqrt(0.25 / 2000) = 0.011).
        QVERIFY2(std::abs(r.value().p50.probability - 0.5111) < 0.04,
                 qPrintable(QString::number(r.value().p50.probability, 'g', 6)));
        QVERIFY(r.value().p90.reachable);
        QCOMPARE(r.value().p90.value, std::round(r.value().p90.value));  // whole km²
        QVERIFY2(std::abs(r.value().p90.value - (1204.0 / 12.0 + 24.0)) < 2.0,
                 qPrintable(QString::number(r.value().p90.value, 'g', 10)));
        QVERIFY(r.value().p90.probability >= 0.9);
        // Deterministic: the same seed gives the same answer, bit for bit.
        const Expected<GoalSeekResult> again =
            goalSeek(simulator({Uncertainty::Kind::Uniform, 30.0}), {}, QStringLiteral("S-02"),
                     QStringLiteral("afforestation"), options);
        QCOMPARE(again.value().p90.value, r.value().p90.value);
    }

    void unreachable()
    {
        const Expected<GoalSeekResult> r = goalSeek(simulator(), {}, QStringLiteral("FAR"), QStringLiteral("afforestation"));
        QVERIFY2(r.ok(), qPrintable(r.error().message));
        QVERIFY(!r.value().p50.reachable);
        QVERIFY(!r.value().p90.reachable);
        QVERIFY(std::isnan(r.value().p50.value));
        QCOMPARE(r.value().p50.reason, QStringLiteral("out_of_range"));
    }

    void notMonotonic()
    {
        const Expected<GoalSeekResult> r = goalSeek(simulator(), {}, QStringLiteral("C-01"), QStringLiteral("x"));
        QVERIFY(!r.ok());
        QVERIFY2(r.error().message.startsWith(QStringLiteral("not monotonic")), qPrintable(r.error().message));
        QCOMPARE(r.error().id, QStringLiteral("x"));
    }

    void stopsBeforeTheNextStepWhenAsked()
    {
        // The hook is asked once before every run of the model. Answering
        // true on the fifth question stops the search before that run: four
        // steps run (the first four of the grid scan), the hook is never
        // asked again, and the error says so with its code.
        int asked = 0;
        GoalSeekOptions options;
        options.stopRequested = [&asked] { return ++asked >= 5; };
        const Expected<GoalSeekResult> r =
            goalSeek(simulator(), {}, QStringLiteral("S-02"), QStringLiteral("afforestation"), options);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, QStringLiteral("goalseek.stopped"));
        QCOMPARE(r.error().field, QStringLiteral("stopped"));
        QCOMPARE(r.error().args, QStringList{QStringLiteral("4")});
        QCOMPARE(asked, 5);

        // Never answering true: the same answer as without the hook (101,
        // see linearModelAtP50), and more than the grid's 11 runs asked for.
        int runs = 0;
        options.stopRequested = [&runs] { ++runs; return false; };
        const Expected<GoalSeekResult> full =
            goalSeek(simulator(), {}, QStringLiteral("S-02"), QStringLiteral("afforestation"), options);
        QVERIFY(full.ok());
        QCOMPARE(full.value().p50.value, 101.0);
        QVERIFY(runs > 11);
    }

    void errorsCarryTheirCodes()
    {
        // A milestone target and a lever that does not act: codes and ids
        // for the words at the edge, not only an English sentence.
        const Expected<GoalSeekResult> notUpstream =
            goalSeek(simulator(), {}, QStringLiteral("O-01"), QStringLiteral("afforestation"));
        QVERIFY(!notUpstream.ok());
        QCOMPARE(notUpstream.error().code, QStringLiteral("goalseek.not_upstream"));
        QCOMPARE(notUpstream.error().args, (QStringList{QStringLiteral("afforestation"), QStringLiteral("other")}));
        const Expected<GoalSeekResult> curve = goalSeek(simulator(), {}, QStringLiteral("C-01"), QStringLiteral("x"));
        QCOMPARE(curve.error().code, QStringLiteral("goalseek.not_monotonic"));
        // 100 - (x - 5)^2 at the grid's first setting, x = 0: 75.
        QCOMPARE(curve.error().args.value(3), QStringLiteral("75"));
    }

    void badRequests_data()
    {
        QTest::addColumn<QString>("targetId");
        QTest::addColumn<QString>("leverId");
        QTest::addColumn<int>("draws");
        QTest::addColumn<QString>("field");
        QTest::newRow("unknown target") << QStringLiteral("S-99") << QStringLiteral("afforestation") << 200
                                        << QStringLiteral("target");
        QTest::newRow("unknown lever") << QStringLiteral("S-02") << QStringLiteral("planting") << 200
                                       << QStringLiteral("lever");
        QTest::newRow("lever that does not act") << QStringLiteral("O-01") << QStringLiteral("afforestation") << 200
                                                 << QStringLiteral("lever");
        QTest::newRow("no draws") << QStringLiteral("S-02") << QStringLiteral("afforestation") << 0
                                  << QStringLiteral("draws");
    }
    void badRequests()
    {
        QFETCH(QString, targetId);
        QFETCH(QString, leverId);
        QFETCH(int, draws);
        QFETCH(QString, field);
        GoalSeekOptions options;
        options.draws = draws;
        const Expected<GoalSeekResult> r = goalSeek(simulator(), {}, targetId, leverId, options);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().field, field);
    }
};

QTEST_GUILESS_MAIN(TestGoalSeek)
#include "tst_goalseek.moc"
