// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/simulation.h"

#include "enginefixtures.h"

#include <QTest>

#include <cmath>
#include <cstring>
#include <limits>

using namespace Planner::Engine;
using namespace Planner::Engine::Testing;

namespace {

constexpr double kLandArea = 187400.0;  // km², Jilin (provincial government, 省情概况)

// forest_area (km²) <- afforestation (km² a year); forest_coverage (%) =
// forest_area / 187,400 x 100; nev_share and pm25 without a model.
Catalog forestCatalog()
{
    Indicator area = indicator(QStringLiteral("forest_area"), 2023, 85000.0, Direction::Increase, QStringLiteral("km²"));
    Indicator coverage = indicator(QStringLiteral("forest_coverage"), 2023, 85000.0 / 1874.0);
    Indicator nev = indicator(QStringLiteral("nev_share"), 2022, 25.6);
    Indicator pm25 = indicator(QStringLiteral("pm25"), 2024, 26.9, Direction::Decrease, QStringLiteral("µg/m³"));
    Indicator gdp = indicator(QStringLiteral("gdp_index"), 2024, 100.0, Direction::Increase, QStringLiteral("index"));
    gdp.projectionMethod = QStringLiteral("growth");
    gdp.projectionParameters = QJsonObject{{QStringLiteral("rate"), 0.1}};
    return catalog({area, coverage, nev, pm25, gdp});
}

QList<Lever> forestLevers(Uncertainty uncertainty = {})
{
    return {lever(QStringLiteral("afforestation"), 0.0, 2000.0, 500.0, uncertainty),
            lever(QStringLiteral("rail_shift"), 0.0, 10.0, 1.0)};
}

QList<std::shared_ptr<const Model>> forestModels()
{
    return {std::make_shared<ScaleModel>(QStringLiteral("coverage"), QStringLiteral("forest_area"),
                                         QStringLiteral("forest_coverage"), 100.0 / kLandArea),
            std::make_shared<StockModel>(QStringLiteral("forest"), QStringLiteral("forest_area"),
                                         QStringLiteral("afforestation"))};
}

Simulator forestSimulator(Uncertainty uncertainty = {})
{
    Expected<Simulator> s = Simulator::create(forestCatalog(), forestLevers(uncertainty), forestModels());
    if (!s.ok())
        qFatal("%s", qPrintable(s.error().message));
    return s.takeValue();
}

LeverSchedule byStage(double stage1, double stage2, double stage3)
{
    LeverSchedule s(2024, 2035);
    s.setStage(1, stage1);
    s.setStage(2, stage2);
    s.setStage(3, stage3);
    return s;
}

// Equal value by value, NaN (no value) equal to NaN.
bool sameValues(const QList<double> &a, const QList<double> &b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (!(a.at(i) == b.at(i) || (std::isnan(a.at(i)) && std::isnan(b.at(i)))))
            return false;
    }
    return true;
}

bool sameBits(const QList<double> &a, const QList<double> &b)
{
    return a.size() == b.size() && std::memcmp(a.constData(), b.constData(), std::size_t(a.size()) * sizeof(double)) == 0;
}

} // namespace

class TestSimulation final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void modelsRunInDependencyOrder()
    {
        // The coverage model is listed first but consumes forest_area.
        QCOMPARE(forestSimulator().modelOrder(), (QStringList{QStringLiteral("forest"), QStringLiteral("coverage")}));
    }

    void deterministicStock_data()
    {
        QTest::addColumn<int>("year");
        QTest::addColumn<double>("area");
        // 85,000 km² in 2023; +400 a year in stage 1, +600 in stage 2, +800
        // in stage 3.
        QTest::newRow("2023 baseline") << 2023 << 85000.0;
        QTest::newRow("2024") << 2024 << 85400.0;
        QTest::newRow("2027") << 2027 << 86600.0;       // 85,000 + 4 x 400
        QTest::newRow("2028") << 2028 << 87200.0;       // + 600
        QTest::newRow("2030") << 2030 << 88400.0;       // 86,600 + 3 x 600
        QTest::newRow("2035") << 2035 << 92400.0;       // 88,400 + 5 x 800
    }
    void deterministicStock()
    {
        QFETCH(int, year);
        QFETCH(double, area);
        ScenarioInputs inputs;
        inputs.levers.insert(QStringLiteral("afforestation"), byStage(400, 600, 800));
        const Expected<RunResult> run = forestSimulator().runDeterministic(inputs);
        QVERIFY2(run.ok(), qPrintable(run.error().message));
        const IndicatorResult *forest = run.value().find(QStringLiteral("forest_area"));
        QVERIFY(forest);
        QCOMPARE(forest->central.at(year), area);
        // Coverage = area / 187,400 x 100: 2027 86,600 / 1,874 = 46.2113127;
        // 2035 92,400 / 1,874 = 49.3062967.
        const IndicatorResult *coverage = run.value().find(QStringLiteral("forest_coverage"));
        QVERIFY(std::abs(coverage->central.at(year) - area / 1874.0) < 1e-9);
        QCOMPARE(forest->central.lastObservedYear, 2023);
        QVERIFY(forest->central.isObserved(2023));
        QVERIFY(!forest->central.isObserved(2024));
        QVERIFY(forest->modelled);
        // A deterministic run: one draw, the band on the central line.
        QCOMPARE(forest->drawCount, 1);
        QVERIFY(sameValues(forest->p50, forest->central.values));
        QVERIFY(sameValues(forest->p10, forest->central.values));
        QVERIFY(std::isnan(forest->central.at(2022)));  // the run starts in 2022 (nev_share's baseline)
    }

    void startsFromTheLatestObservedValue()
    {
        // nev_share: baseline 25.6 (2022), observed 31.6 (2023) and 40.9
        // (2024) entered in the scenario: the run starts at 40.9 in 2024;
        // +2 points a year gives 42.9 (2025), 46.9 (2027).
        ScenarioInputs inputs;
        inputs.observed.insert(QStringLiteral("nev_share"), {{2023, 31.6}, {2024, 40.9}});
        ProjectionChoice linear;
        linear.method = ProjectionMethod::Linear;
        linear.slope = 2.0;
        inputs.projections.insert(QStringLiteral("nev_share"), linear);
        const Expected<RunResult> run = forestSimulator().runDeterministic(inputs);
        QVERIFY2(run.ok(), qPrintable(run.error().message));
        const IndicatorResult *nev = run.value().find(QStringLiteral("nev_share"));
        QCOMPARE(run.value().firstYear, 2023);  // the earliest start (forest, 2023)
        QCOMPARE(nev->central.lastObservedYear, 2024);
        QCOMPARE(nev->start, std::optional<YearPoint>(YearPoint{2024, 40.9}));
        QCOMPARE(nev->central.at(2023), 31.6);
        QCOMPARE(nev->central.at(2024), 40.9);
        QVERIFY(std::abs(nev->central.at(2025) - 42.9) < 1e-12);
        QVERIFY(std::abs(nev->central.at(2027) - 46.9) < 1e-12);
        QCOMPARE(nev->observed.size(), 3);  // 2022 baseline, 2023, 2024
        QVERIFY(!nev->modelled);
    }

    void projectionDefaults()
    {
        // pm25 holds (no choice anywhere); gdp_index follows the catalog's
        // default, growth 10 %: 100 (2024), 110 (2025), 121 (2026).
        const Expected<RunResult> run = forestSimulator().runDeterministic({});
        QVERIFY(run.ok());
        QCOMPARE(run.value().find(QStringLiteral("pm25"))->central.at(2035), 26.9);
        const IndicatorResult *gdp = run.value().find(QStringLiteral("gdp_index"));
        QVERIFY(std::abs(gdp->central.at(2025) - 110.0) < 1e-9);
        QVERIFY(std::abs(gdp->central.at(2026) - 121.0) < 1e-9);
    }

    void baselineOverride()
    {
        // A planner's baseline of 86,000 in 2023 and the default 500 a year:
        // 86,000 + 12 x 500 = 92,000 in 2035.
        ScenarioInputs inputs;
        inputs.baselines.insert(QStringLiteral("forest_area"), BaselineOverride{86000.0, 2023, {}});
        const Expected<RunResult> run = forestSimulator().runDeterministic(inputs);
        QVERIFY(run.ok());
        QCOMPARE(run.value().find(QStringLiteral("forest_area"))->central.at(2035), 92000.0);
    }

    void untilAnotherYear()
    {
        SimulationOptions options;
        options.endYear = 2040;
        const Expected<RunResult> run = forestSimulator().runDeterministic({}, options);
        QVERIFY(run.ok());
        QCOMPARE(run.value().lastYear, 2040);
        // 85,000 + 17 x 500 = 93,500.
        QCOMPARE(run.value().find(QStringLiteral("forest_area"))->central.at(2040), 93500.0);
        // A schedule set for 2024-2035 carries 2035's value on: stage 3 at
        // 800: 88,400 + 5 x 800 + 5 x 800 = 96,400 in 2040.
        ScenarioInputs inputs;
        inputs.levers.insert(QStringLiteral("afforestation"), byStage(400, 600, 800));
        const Expected<RunResult> staged = forestSimulator().runDeterministic(inputs, options);
        QVERIFY(staged.ok());
        QCOMPARE(staged.value().find(QStringLiteral("forest_area"))->central.at(2040), 96400.0);
    }

    void badInputs_data()
    {
        QTest::addColumn<ScenarioInputs>("inputs");
        QTest::addColumn<int>("endYear");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("id");
        QTest::addColumn<int>("year");

        ScenarioInputs outOfRange;
        LeverSchedule high = byStage(400, 600, 800);
        high.setYear(2029, 2500.0);
        outOfRange.levers.insert(QStringLiteral("afforestation"), high);
        QTest::newRow("lever above its max") << outOfRange << 2035 << QStringLiteral("value")
                                             << QStringLiteral("afforestation") << 2029;

        ScenarioInputs missing;
        missing.levers.insert(QStringLiteral("afforestation"), LeverSchedule::filled(2024, 2030, 500.0));
        QTest::newRow("schedule with missing years") << missing << 2035 << QStringLiteral("year")
                                                     << QStringLiteral("afforestation") << 2031;

        ScenarioInputs nan;
        LeverSchedule withNan = byStage(400, 600, 800);
        withNan.setYear(2033, std::numeric_limits<double>::quiet_NaN());
        nan.levers.insert(QStringLiteral("afforestation"), withNan);
        QTest::newRow("NaN lever value") << nan << 2035 << QStringLiteral("value") << QStringLiteral("afforestation")
                                         << 2033;

        ScenarioInputs unknownLever;
        unknownLever.levers.insert(QStringLiteral("afforestaton"), byStage(1, 1, 1));
        QTest::newRow("unknown lever") << unknownLever << 2035 << QStringLiteral("levers")
                                       << QStringLiteral("afforestaton") << 0;

        ScenarioInputs unknownIndicator;
        unknownIndicator.projections.insert(QStringLiteral("forest_cover"), ProjectionChoice{});
        QTest::newRow("unknown indicator") << unknownIndicator << 2035 << QStringLiteral("projections")
                                           << QStringLiteral("forest_cover") << 0;

        ScenarioInputs infiniteObserved;
        infiniteObserved.observed.insert(QStringLiteral("pm25"), {{2025, std::numeric_limits<double>::infinity()}});
        QTest::newRow("infinite observed value") << infiniteObserved << 2035 << QStringLiteral("observed")
                                                 << QStringLiteral("pm25") << 2025;

        ScenarioInputs nanBaseline;
        nanBaseline.baselines.insert(QStringLiteral("pm25"),
                                     BaselineOverride{std::numeric_limits<double>::quiet_NaN(), {}, {}});
        QTest::newRow("NaN baseline") << nanBaseline << 2035 << QStringLiteral("baseline.value")
                                      << QStringLiteral("pm25") << 0;

        ScenarioInputs negativeSpread;
        negativeSpread.leverUncertainty.insert(QStringLiteral("afforestation"), {Uncertainty::Kind::Normal, -5.0});
        QTest::newRow("negative spread") << negativeSpread << 2035 << QStringLiteral("spread")
                                         << QStringLiteral("afforestation") << 0;

        QTest::newRow("end year after 2040") << ScenarioInputs{} << 2041 << QStringLiteral("endYear") << QString()
                                             << 2041;
        QTest::newRow("end year before the data") << ScenarioInputs{} << 2020 << QStringLiteral("endYear")
                                                  << QString() << 2020;
    }
    void badInputs()
    {
        QFETCH(ScenarioInputs, inputs);
        QFETCH(int, endYear);
        QFETCH(QString, field);
        QFETCH(QString, id);
        QFETCH(int, year);
        SimulationOptions options;
        options.endYear = endYear;
        const Expected<RunResult> run = forestSimulator().runDeterministic(inputs, options);
        QVERIFY(!run.ok());
        QCOMPARE(run.error().field, field);
        QCOMPARE(run.error().id, id);
        QCOMPARE(run.error().year, year);
        if (!id.isEmpty())
            QVERIFY2(run.error().message.contains(id), qPrintable(run.error().message));
        if (year != 0)
            QVERIFY2(run.error().message.contains(QString::number(year)), qPrintable(run.error().message));
    }

    void drawsMustBePositive_data()
    {
        QTest::addColumn<int>("draws");
        QTest::newRow("zero") << 0;
        QTest::newRow("negative") << -5;
    }
    void drawsMustBePositive()
    {
        QFETCH(int, draws);
        MonteCarloOptions options;
        options.draws = draws;
        const Expected<RunResult> run = forestSimulator().runMonteCarlo({}, options);
        QVERIFY(!run.ok());
        QCOMPARE(run.error().field, QStringLiteral("draws"));
        QVERIFY(run.error().message.contains(QString::number(draws)));
    }

    void badModels_data()
    {
        QTest::addColumn<QList<std::shared_ptr<const Model>>>("models");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("id");
        QTest::newRow("publishes an unknown indicator")
            << QList<std::shared_ptr<const Model>>{std::make_shared<StockModel>(
                   QStringLiteral("m"), QStringLiteral("forest_volume"), QStringLiteral("afforestation"))}
            << QStringLiteral("publishes") << QStringLiteral("forest_volume");
        QTest::newRow("consumes an unknown indicator")
            << QList<std::shared_ptr<const Model>>{std::make_shared<ScaleModel>(
                   QStringLiteral("m"), QStringLiteral("forest_volume"), QStringLiteral("forest_coverage"), 1.0)}
            << QStringLiteral("consumes") << QStringLiteral("forest_volume");
        QTest::newRow("reads an unknown lever")
            << QList<std::shared_ptr<const Model>>{std::make_shared<StockModel>(
                   QStringLiteral("m"), QStringLiteral("forest_area"), QStringLiteral("planting"))}
            << QStringLiteral("levers") << QStringLiteral("planting");
        QTest::newRow("cycle")
            << QList<std::shared_ptr<const Model>>{
                   std::make_shared<ScaleModel>(QStringLiteral("a"), QStringLiteral("forest_area"),
                                                QStringLiteral("forest_coverage"), 1.0),
                   std::make_shared<ScaleModel>(QStringLiteral("b"), QStringLiteral("forest_coverage"),
                                                QStringLiteral("forest_area"), 1.0)}
            << QStringLiteral("consumes") << QStringLiteral("a");
    }
    void badModels()
    {
        QFETCH(QList<std::shared_ptr<const Model>>, models);
        QFETCH(QString, field);
        QFETCH(QString, id);
        const Expected<Simulator> s = Simulator::create(forestCatalog(), forestLevers(), models);
        QVERIFY(!s.ok());
        QCOMPARE(s.error().field, field);
        QCOMPARE(s.error().id, id);
        QVERIFY2(s.error().message.contains(id), qPrintable(s.error().message));
    }

    void badLevers()
    {
        QList<Lever> twice = forestLevers();
        twice.append(twice.constFirst());
        const Expected<Simulator> duplicate = Simulator::create(forestCatalog(), twice, {});
        QVERIFY(!duplicate.ok());
        QCOMPARE(duplicate.error().id, QStringLiteral("afforestation"));
        QList<Lever> outside = forestLevers();
        outside[0].defaultValue = 5000.0;
        const Expected<Simulator> bad = Simulator::create(forestCatalog(), outside, {});
        QVERIFY(!bad.ok());
        QCOMPARE(bad.error().field, QStringLiteral("default"));
    }

    void sameSeedBitIdentical()
    {
        const Simulator simulator = forestSimulator({Uncertainty::Kind::Normal, 150.0});
        ScenarioInputs inputs;
        inputs.baselines.insert(QStringLiteral("pm25"), BaselineOverride{{}, {}, {Uncertainty::Kind::Triangular, 2.0}});
        MonteCarloOptions options;
        options.draws = 500;
        options.seed = 42;
        const Expected<RunResult> a = simulator.runMonteCarlo(inputs, options);
        const Expected<RunResult> b = simulator.runMonteCarlo(inputs, options);
        QVERIFY(a.ok() && b.ok());
        for (qsizetype i = 0; i < a.value().indicators.size(); ++i) {
            const IndicatorResult &x = a.value().indicators.at(i);
            const IndicatorResult &y = b.value().indicators.at(i);
            QVERIFY(sameBits(x.draws, y.draws));
            QVERIFY(sameBits(x.p10, y.p10));
            QVERIFY(sameBits(x.p50, y.p50));
            QVERIFY(sameBits(x.p90, y.p90));
        }
        options.seed = 43;
        const Expected<RunResult> c = simulator.runMonteCarlo(inputs, options);
        QVERIFY(!sameBits(a.value().find(QStringLiteral("forest_area"))->draws,
                          c.value().find(QStringLiteral("forest_area"))->draws));
        QCOMPARE(c.value().seed, quint64(43));
        QCOMPARE(c.value().drawCount, 500);
    }

    void threadCountDoesNotChangeTheNumbers()
    {
        // The draws shared among threads give what one thread gives, bit
        // for bit: every draw, every percentile, in every year. 1,001 draws
        // split unevenly (500 + 501, 333 + 334 + 334, ...); a share that
        // restarted a stream, skipped a deviate or wrote another draw's column
        // would differ. The uncertain lever, the uncertain baseline and the
        // model downstream (coverage from area) all take part.
        const Simulator simulator = forestSimulator({Uncertainty::Kind::Normal, 150.0});
        ScenarioInputs inputs;
        inputs.baselines.insert(QStringLiteral("pm25"), BaselineOverride{{}, {}, {Uncertainty::Kind::Triangular, 2.0}});
        inputs.baselines.insert(QStringLiteral("forest_area"), BaselineOverride{{}, {}, {Uncertainty::Kind::Normal, 500.0}});
        MonteCarloOptions options;
        options.draws = 1001;
        options.seed = 7;
        options.threads = 1;
        const Expected<RunResult> single = simulator.runMonteCarlo(inputs, options);
        QVERIFY(single.ok());
        // The band is not degenerate: there is something to get wrong.
        const IndicatorResult *coverage = single.value().find(QStringLiteral("forest_coverage"));
        QVERIFY(coverage->p90.last() > coverage->p10.last() + 0.1);
        for (const int threads : {2, 3, 7, 0}) {
            options.threads = threads;
            const Expected<RunResult> shared = simulator.runMonteCarlo(inputs, options);
            QVERIFY(shared.ok());
            QCOMPARE(shared.value().indicators.size(), single.value().indicators.size());
            for (qsizetype i = 0; i < single.value().indicators.size(); ++i) {
                const IndicatorResult &x = single.value().indicators.at(i);
                const IndicatorResult &y = shared.value().indicators.at(i);
                QCOMPARE(y.id, x.id);
                QVERIFY2(sameBits(x.central.values, y.central.values), qPrintable(x.id));
                QVERIFY2(sameBits(x.draws, y.draws), qPrintable(QStringLiteral("%1, %2 threads").arg(x.id).arg(threads)));
                QVERIFY2(sameBits(x.p10, y.p10), qPrintable(x.id));
                QVERIFY2(sameBits(x.p50, y.p50), qPrintable(x.id));
                QVERIFY2(sameBits(x.p90, y.p90), qPrintable(x.id));
            }
        }
    }

    void drawsAreStablePrefixes()
    {
        // Draw d is the same whatever the number of draws, and whatever else
        // is uncertain (each input has its own stream).
        const Simulator simulator = forestSimulator({Uncertainty::Kind::Uniform, 200.0});
        MonteCarloOptions few;
        few.draws = 100;
        MonteCarloOptions many;
        many.draws = 1000;
        ScenarioInputs more;
        more.leverUncertainty.insert(QStringLiteral("rail_shift"), {Uncertainty::Kind::Normal, 1.0});
        more.baselines.insert(QStringLiteral("pm25"), BaselineOverride{{}, {}, {Uncertainty::Kind::Normal, 1.0}});
        const Expected<RunResult> a = simulator.runMonteCarlo({}, few);
        const Expected<RunResult> b = simulator.runMonteCarlo(more, many);
        QVERIFY(a.ok() && b.ok());
        const IndicatorResult *x = a.value().find(QStringLiteral("forest_area"));
        const IndicatorResult *y = b.value().find(QStringLiteral("forest_area"));
        for (int year = 2024; year <= 2035; ++year) {
            const std::span<const double> first = x->drawsAt(year);
            const std::span<const double> second = y->drawsAt(year);
            QCOMPARE(second.size(), std::size_t(1000));
            QVERIFY(std::memcmp(first.data(), second.data(), 100 * sizeof(double)) == 0);
        }
    }

    void leverBandFromAKnownDistribution()
    {
        // x starts at 0 in 2034 and adds the lever in 2035; the lever is
        // uniform on 500 +/- 100, so x(2035) ~ U[400, 600]: P10 = 420,
        // P50 = 500, P90 = 580. With 10,000 draws a quantile's standard
        // error is sqrt(0.09 / 10000) x 200 = 0.6.
        Indicator x = indicator(QStringLiteral("x"), 2034, 0.0);
        const Expected<Simulator> s = Simulator::create(
            catalog({x}), {lever(QStringLiteral("l"), 0.0, 2000.0, 500.0, {Uncertainty::Kind::Uniform, 100.0})},
            {std::make_shared<StockModel>(QStringLiteral("m"), QStringLiteral("x"), QStringLiteral("l"))});
        QVERIFY(s.ok());
        MonteCarloOptions options;
        options.draws = 10000;
        const Expected<RunResult> run = s.value().runMonteCarlo({}, options);
        QVERIFY(run.ok());
        const IndicatorResult *r = run.value().find(QStringLiteral("x"));
        const int at = 2035 - r->central.firstYear;
        QVERIFY2(std::abs(r->p10.at(at) - 420.0) < 3.0, qPrintable(QString::number(r->p10.at(at))));
        QVERIFY2(std::abs(r->p50.at(at) - 500.0) < 3.0, qPrintable(QString::number(r->p50.at(at))));
        QVERIFY2(std::abs(r->p90.at(at) - 580.0) < 3.0, qPrintable(QString::number(r->p90.at(at))));
        QCOMPARE(r->central.at(2035), 500.0);
        QCOMPARE(r->p50.at(0), 0.0);  // 2034: the data year
    }

    void leverDeviateIsCorrelatedInTime()
    {
        // From 0 in 2030, five years of a lever uniform on 500 +/- 100 with
        // one deviate for all years: x(2035) = 5 a, a ~ U[400, 600], so
        // P10 = 5 x 420 = 2,100 and P90 = 5 x 580 = 2,900. (Independent
        // years would give a sum with P10 near 2,500 - 1.28 x 129 = 2,335.)
        Indicator x = indicator(QStringLiteral("x"), 2030, 0.0);
        const Expected<Simulator> s = Simulator::create(
            catalog({x}), {lever(QStringLiteral("l"), 0.0, 2000.0, 500.0, {Uncertainty::Kind::Uniform, 100.0})},
            {std::make_shared<StockModel>(QStringLiteral("m"), QStringLiteral("x"), QStringLiteral("l"))});
        MonteCarloOptions options;
        options.draws = 10000;
        const Expected<RunResult> run = s.value().runMonteCarlo({}, options);
        QVERIFY(run.ok());
        const IndicatorResult *r = run.value().find(QStringLiteral("x"));
        const int at = 2035 - r->central.firstYear;
        QVERIFY2(std::abs(r->p10.at(at) - 2100.0) < 15.0, qPrintable(QString::number(r->p10.at(at))));
        QVERIFY2(std::abs(r->p90.at(at) - 2900.0) < 15.0, qPrintable(QString::number(r->p90.at(at))));
        // Every draw is exactly 5 times its 2031 step.
        for (int d = 0; d < 50; ++d)
            QVERIFY(std::abs(r->drawsAt(2035)[std::size_t(d)] - 5.0 * r->drawsAt(2031)[std::size_t(d)]) < 1e-9);
    }

    void leverDrawsStayInRange()
    {
        // Centre 500 with sd 100, range [0, 550]: no draw above 550.
        Indicator x = indicator(QStringLiteral("x"), 2034, 0.0);
        const Expected<Simulator> s = Simulator::create(
            catalog({x}), {lever(QStringLiteral("l"), 0.0, 550.0, 500.0, {Uncertainty::Kind::Normal, 100.0})},
            {std::make_shared<StockModel>(QStringLiteral("m"), QStringLiteral("x"), QStringLiteral("l"))});
        MonteCarloOptions options;
        options.draws = 2000;
        const Expected<RunResult> run = s.value().runMonteCarlo({}, options);
        QVERIFY(run.ok());
        const std::span<const double> draws = run.value().find(QStringLiteral("x"))->drawsAt(2035);
        QVERIFY(*std::max_element(draws.begin(), draws.end()) <= 550.0);
        QVERIFY(*std::min_element(draws.begin(), draws.end()) >= 0.0);
    }

    void baselineUncertainty()
    {
        // pm25 holds 26.9 from 2024 with a normal sd of 1: every later year
        // is the drawn start: P10 = 26.9 - 1.2816 = 25.618, P90 = 28.182.
        // Standard error with 10,000 draws: 0.0095 / 0.1755 = 0.054.
        ScenarioInputs inputs;
        inputs.baselines.insert(QStringLiteral("pm25"), BaselineOverride{{}, {}, {Uncertainty::Kind::Normal, 1.0}});
        inputs.observed.insert(QStringLiteral("pm25"), {{2023, 26.5}});
        MonteCarloOptions options;
        options.draws = 10000;
        const Expected<RunResult> run = forestSimulator().runMonteCarlo(inputs, options);
        QVERIFY(run.ok());
        const IndicatorResult *pm = run.value().find(QStringLiteral("pm25"));
        const int at = 2030 - pm->central.firstYear;
        QVERIFY(std::abs(pm->p10.at(at) - (26.9 - 1.2815515655446008)) < 0.25);
        QVERIFY(std::abs(pm->p90.at(at) - (26.9 + 1.2815515655446008)) < 0.25);
        QCOMPARE(pm->central.at(2030), 26.9);
        // The earlier observed year is not moved.
        const std::span<const double> observed = pm->drawsAt(2023);
        QVERIFY(std::all_of(observed.begin(), observed.end(), [](double v) { return v == 26.5; }));
    }

    void limitedRun()
    {
        Expected<PreparedScenario> prepared = forestSimulator().prepare({});
        QVERIFY(prepared.ok());
        QVERIFY(!prepared.value().limitTo({QStringLiteral("forest_coverage")}));
        const RunResult run = prepared.value().runDeterministic();
        QCOMPARE(run.indicators.size(), 2);
        QVERIFY(run.find(QStringLiteral("forest_area")));
        QVERIFY(!run.find(QStringLiteral("pm25")));
        // 85,000 + 12 x 500 = 91,000 km²: 91,000 / 1,874 = 48.5592...
        QVERIFY(std::abs(run.find(QStringLiteral("forest_coverage"))->central.at(2035) - 91000.0 / 1874.0) < 1e-9);
        QVERIFY(prepared.value().limitTo({QStringLiteral("nowhere")}));
        QCOMPARE(prepared.value().leversUpstreamOf(prepared.value().indicatorIndex(QStringLiteral("forest_coverage"))),
                 QList<int>{0});
        QVERIFY(prepared.value().leversUpstreamOf(prepared.value().indicatorIndex(QStringLiteral("pm25"))).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSimulation)
#include "tst_simulation.moc"
