// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

// The models of chapter 五 安全筑底 against figures worked out by hand from
// the plan's units. Constants used below (resources/catalog/ecological_security.json):
//   land area 187,400 km² (1 point of a share of the land = 1,874 km²);
//   1 km² = 1,500 亩, so 1 万亩 = 10,000 / 1,500 = 20/3 ≈ 6.6667 km²;
//   wetland 17,280 km²; forest uptake 4.0 t CO₂/ha/yr = 0.04 万吨 per km².
// Defaults: afforestation 50 万亩/年 (= 333.333 km²), forest loss 0;
// erosion treated 1,140 km²/年, new erosion 565 km²/年 (net −575);
// protected area added 0 km²/年; protected wetland added 43.2 km²/年.

#include "ecological_security/core/ecologicalsecuritymodule.h"
#include "ecological_security/core/forestmodel.h"

#include "engine/catalog.h"
#include "engine/goalseek.h"
#include "engine/lever.h"
#include "engine/model.h"
#include "engine/runresult.h"
#include "engine/scenarioinputs.h"
#include "engine/simulation.h"

#include "common/chaptermodelfixture.h"

#include <QTest>

#include <array>
#include <cmath>
#include <limits>
#include <memory>
#include <optional>

using namespace Planner;

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

// The share indicators of the chapter: they must stay within 0–100 %.
const std::array<const char *, 4> kShares{"forest_coverage", "soil_water_conservation_rate", "protected_area_share",
                                          "wetland_protection_rate"};

} // namespace

class TestEcologicalSecurityModel final : public QObject, private Testing::ChapterModelFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void coefficients_data();
    void coefficients();
    void leversHaveProvenance();
    void modelsPublishTheChapterIndicators();
    void baselineAreas_data();
    void baselineAreas();
    void defaultScenario_data();
    void defaultScenario();
    void defaultTargetJudgement_data();
    void defaultTargetJudgement();
    void afforestationToReach46Percent_data();
    void afforestationToReach46Percent();
    void goalSeekAfforestationFor46Percent();
    void leverScheduleByStage();
    void leverBounds_data();
    void leverBounds();
    void sharesStayWithinBoundsUnderUncertainty();
    void flagshipSpeciesProjections_data();
    void flagshipSpeciesProjections();
    void forestModelThroughHandBuiltContext();

};

void TestEcologicalSecurityModel::initTestCase()
{
    add(EcologicalSecurity::EcologicalSecurityModule(), 4);
    if (QTest::currentTestFailed())
        return;
    build();
}

void TestEcologicalSecurityModel::coefficients_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<double>("value");
    QTest::addColumn<bool>("assumption");

    // Jilin's land area 187,400 km² (省情概况), 1 km² = 1,500 mu.
    QTest::newRow("land_area") << QStringLiteral("land_area") << 187400.0 << false;
    QTest::newRow("mu_per_km2") << QStringLiteral("mu_per_km2") << 1500.0 << false;
    // 人民政协网 2017-02-07: 172.8 万公顷 = 1,728,000 ha = 17,280 km².
    QTest::newRow("wetland_area") << QStringLiteral("wetland_area") << 17280.0 << false;
    // No Jilin figure: an assumption, and it must say so.
    QTest::newRow("forest_carbon_uptake_per_hectare") << QStringLiteral("forest_carbon_uptake_per_hectare") << 4.0
                                                      << true;
}

void TestEcologicalSecurityModel::coefficients()
{
    QFETCH(QString, id);
    QFETCH(double, value);
    QFETCH(bool, assumption);
    verifyCoefficient(QStringLiteral("ecological_security"), id, value, assumption);
    // 17,280 km² of wetland is 9.2 % of the land, as the source says.
    if (id == QLatin1StringView("wetland_area"))
        QCOMPARE(qRound(value / 187400.0 * 1000.0), 92);
}

void TestEcologicalSecurityModel::leversHaveProvenance()
{
    // Afforestation and forest loss reach two other chapters: the forest's
    // carbon uptake nets off CO₂ (green transition's carbon model) and the
    // forest's area feeds the gross ecosystem product (two mountains).
    verifyLeversHaveProvenance(QStringLiteral("ecological_security"), 6,
                               {QStringLiteral("co2_emissions"), QStringLiteral("co2_emissions_index"),
                                QStringLiteral("gross_ecosystem_product"), QStringLiteral("gep_provisioning_services"),
                                QStringLiteral("gep_regulating_services"), QStringLiteral("gep_cultural_services")});
    if (QTest::currentTestFailed())
        return;
    // The green transition module reads this id, in this unit.
    const Engine::Indicator *uptake = m_catalog.indicator(QStringLiteral("forest_carbon_uptake"));
    QVERIFY(uptake);
    QCOMPARE(uptake->unitZh, QStringLiteral("万吨/年"));
    const Engine::Lever *afforestation = m_catalog.lever(QStringLiteral("afforestation_per_year"));
    QVERIFY(afforestation);
    QCOMPARE(afforestation->unitZh, QStringLiteral("万亩/年"));
}

void TestEcologicalSecurityModel::modelsPublishTheChapterIndicators()
{
    const Engine::RunResult result = run({});
    for (const char *id : {"forest_coverage", "forest_area", "forest_carbon_uptake", "soil_water_conservation_rate",
                           "soil_erosion_area", "protected_area_share", "wetland_protection_rate"}) {
        const Engine::IndicatorResult *r = result.find(QLatin1StringView(id));
        QVERIFY2(r, id);
        QVERIFY2(r->modelled, id);
        QVERIFY2(r->central.hasValue(2035), id);
    }
    // S-04 … S-06 stay milestones: no model.
    for (const char *id : {"ecosystem_species_protection_status", "climate_adaptive_society_status",
                           "flagship_species_rewilding_status"}) {
        const Engine::IndicatorResult *r = result.find(QLatin1StringView(id));
        QVERIFY2(r, id);
        QVERIFY2(!r->modelled, id);
    }
}

void TestEcologicalSecurityModel::baselineAreas_data()
{
    QTest::addColumn<QString>("indicator");
    QTest::addColumn<int>("year");
    QTest::addColumn<double>("expected");

    // 45.42 % × 187,400 km² = 0.4542 × 187,400 = 85,117.08 km².
    QTest::newRow("forest area 2023") << QStringLiteral("forest_area") << 2023 << 85117.08;
    // 85,117.08 km² × 100 ha × 4.0 t ÷ 10,000 = 3,404.6832 万吨 CO₂.
    QTest::newRow("carbon uptake 2023") << QStringLiteral("forest_carbon_uptake") << 2023 << 3404.6832;
    // (1 − 80.5 %) × 187,400 = 0.195 × 187,400 = 36,543 km² eroded.
    QTest::newRow("eroded area 2024") << QStringLiteral("soil_erosion_area") << 2024 << 36543.0;
}

void TestEcologicalSecurityModel::baselineAreas()
{
    QFETCH(QString, indicator);
    QFETCH(int, year);
    QFETCH(double, expected);
    const Engine::Indicator *ind = m_catalog.indicator(indicator);
    QVERIFY(ind && ind->baseline.value);
    QCOMPARE(ind->baseline.year, year);
    QVERIFY(qAbs(*ind->baseline.value - expected) < 1e-6);
    // The run starts from the same figure.
    QVERIFY(qAbs(valueAt(run({}), indicator, year) - expected) < 1e-6);
}

void TestEcologicalSecurityModel::defaultScenario_data()
{
    QTest::addColumn<QString>("indicator");
    QTest::addColumn<int>("year");
    QTest::addColumn<double>("expected");

    // Forest: 50 万亩/年 = 50 × 20/3 = 333.333 km² a year from 85,117.08 km² (2023).
    // 2027: 4 years: 85,117.08 + 1,333.333 = 86,450.413 km² ÷ 1,874 = 46.13149 %.
    QTest::newRow("forest coverage 2027") << QStringLiteral("forest_coverage") << 2027 << 46.13149;
    // 2030: 7 years: 85,117.08 + 2,333.333 = 87,450.413 km² ÷ 1,874 = 46.66511 %.
    QTest::newRow("forest coverage 2030") << QStringLiteral("forest_coverage") << 2030 << 46.66511;
    // 2035: 12 years: 85,117.08 + 4,000 = 89,117.08 km² ÷ 1,874 = 47.55447 %.
    QTest::newRow("forest coverage 2035") << QStringLiteral("forest_coverage") << 2035 << 47.55447;
    QTest::newRow("forest area 2035") << QStringLiteral("forest_area") << 2035 << 89117.08;
    // 89,117.08 km² × 0.04 万吨/km² = 3,564.6832 万吨 CO₂ a year.
    QTest::newRow("carbon uptake 2035") << QStringLiteral("forest_carbon_uptake") << 2035 << 3564.6832;
    // Erosion: 36,543 km² (2024) less 575 km² a year (1,140 − 565).
    // 2027: 3 years: 36,543 − 1,725 = 34,818 km²; 1 − 34,818 / 187,400 = 81.42049 %.
    QTest::newRow("eroded area 2027") << QStringLiteral("soil_erosion_area") << 2027 << 34818.0;
    QTest::newRow("conservation 2027") << QStringLiteral("soil_water_conservation_rate") << 2027 << 81.42049;
    // 2030: 6 years: 36,543 − 3,450 = 33,093 km²; 1 − 33,093 / 187,400 = 82.34098 %.
    QTest::newRow("conservation 2030") << QStringLiteral("soil_water_conservation_rate") << 2030 << 82.34098;
    // 2035: 11 years: 36,543 − 6,325 = 30,218 km²; 1 − 30,218 / 187,400 = 83.87513 %.
    QTest::newRow("eroded area 2035") << QStringLiteral("soil_erosion_area") << 2035 << 30218.0;
    QTest::newRow("conservation 2035") << QStringLiteral("soil_water_conservation_rate") << 2035 << 83.87513;
    // Protected areas: 16.69 % (2020) and nothing added: 16.69 % every year.
    QTest::newRow("protected 2027") << QStringLiteral("protected_area_share") << 2027 << 16.69;
    QTest::newRow("protected 2035") << QStringLiteral("protected_area_share") << 2035 << 16.69;
    // Wetland: 44.5 % of 17,280 = 7,689.6 km² (2023), + 43.2 km² a year.
    // 2027: 7,689.6 + 172.8 = 7,862.4 km² ÷ 17,280 = 45.5 %.
    QTest::newRow("wetland 2027") << QStringLiteral("wetland_protection_rate") << 2027 << 45.5;
    // 2030: 7,689.6 + 302.4 = 7,992.0 km² ÷ 17,280 = 46.25 %.
    QTest::newRow("wetland 2030") << QStringLiteral("wetland_protection_rate") << 2030 << 46.25;
    // 2035: 7,689.6 + 518.4 = 8,208.0 km² ÷ 17,280 = 47.5 %.
    QTest::newRow("wetland 2035") << QStringLiteral("wetland_protection_rate") << 2035 << 47.5;
}

void TestEcologicalSecurityModel::defaultScenario()
{
    QFETCH(QString, indicator);
    QFETCH(int, year);
    QFETCH(double, expected);
    const double value = valueAt(run({}), indicator, year);
    QVERIFY2(qAbs(value - expected) < 1e-4 * qMax(1.0, qAbs(expected) / 100.0),
             qPrintable(QStringLiteral("%1 %2: %3, expected %4").arg(indicator).arg(year).arg(value).arg(expected)));
}

void TestEcologicalSecurityModel::defaultTargetJudgement_data()
{
    QTest::addColumn<QString>("target");
    QTest::addColumn<double>("projected");  // worked by hand (defaultScenario_data)
    QTest::addColumn<bool>("met");

    // S-01 at least 16.03 % in 2035: 16.69 % held; met (already in 2020).
    QTest::newRow("S-01") << QStringLiteral("S-01") << 16.69 << true;
    // S-02 at least 46 % in 2035: 47.55 %; met, 1.55 points (2,913 km²) above.
    QTest::newRow("S-02") << QStringLiteral("S-02") << 47.55447 << true;
    // S-03 at least 83.66 % in 2035: 83.875 %; met, 0.215 point (403 km²) above.
    QTest::newRow("S-03") << QStringLiteral("S-03") << 83.87513 << true;
    // X-02 at least 45.8 % in 2027: 46.13 %; met.
    QTest::newRow("X-02") << QStringLiteral("X-02") << 46.13149 << true;
    // X-03 at least 45.22 % in 2027: 45.5 %; met.
    QTest::newRow("X-03") << QStringLiteral("X-03") << 45.5 << true;
}

void TestEcologicalSecurityModel::defaultTargetJudgement()
{
    QFETCH(QString, target);
    QFETCH(double, projected);
    QFETCH(bool, met);
    const Engine::Target *t = m_catalog.target(target);
    QVERIFY(t && t->value);
    QCOMPARE(t->kind, Engine::TargetKind::AtLeast);
    const double value = valueAt(run({}), t->indicatorId, t->year);
    QVERIFY2(qAbs(value - projected) < 1e-4, qPrintable(QString::number(value)));
    QCOMPARE(value >= *t->value, met);
}

void TestEcologicalSecurityModel::afforestationToReach46Percent_data()
{
    QTest::addColumn<double>("afforestation");  // 万亩/年, every year 2024–2035
    QTest::addColumn<double>("coverage2035");
    QTest::addColumn<bool>("meetsS02");

    // 46 % of 187,400 km² is 86,204 km²; from 85,117.08 km² (2023) that is
    // 1,086.92 km² in 12 years = 90.57667 km² a year × 1,500 亩 / 10,000
    // = 13.5865 万亩 a year (forest loss 0).
    QTest::newRow("13.5865 reaches 46 %") << 13.5865 << 46.0 << true;
    // 13.58 万亩: 12 × 13.58 × 20/3 = 1,086.4 km²; 86,203.48 ÷ 1,874 = 45.99972 %.
    QTest::newRow("13.58 falls short") << 13.58 << 45.99972 << false;
    // Nothing planted: coverage stays at 45.42 %.
    QTest::newRow("none") << 0.0 << 45.42 << false;
}

void TestEcologicalSecurityModel::afforestationToReach46Percent()
{
    QFETCH(double, afforestation);
    QFETCH(double, coverage2035);
    QFETCH(bool, meetsS02);
    Engine::ScenarioInputs inputs;
    inputs.levers.insert(QStringLiteral("afforestation_per_year"), Engine::LeverSchedule::filled(2020, 2035, afforestation));
    const Engine::RunResult result = run(inputs);
    const double value = valueAt(result, QStringLiteral("forest_coverage"), 2035);
    QVERIFY2(qAbs(value - coverage2035) < 1e-5, qPrintable(QString::number(value, 'f', 8)));
    QCOMPARE(value >= 46.0 - 1e-9, meetsS02);
    if (meetsS02)
        QVERIFY(qAbs(valueAt(result, QStringLiteral("forest_area"), 2035) - 86204.0) < 1e-6);
}

void TestEcologicalSecurityModel::goalSeekAfforestationFor46Percent()
{
    // From a scenario that plants nothing, the least afforestation that
    // meets S-02 is the hand figure 13.5865 万亩/年 (see above).
    Engine::ScenarioInputs inputs;
    inputs.levers.insert(QStringLiteral("afforestation_per_year"), Engine::LeverSchedule::filled(2020, 2035, 0.0));
    Engine::GoalSeekOptions options;
    options.draws = 50;
    const Engine::Expected<Engine::GoalSeekResult> result = Engine::goalSeek(
        *m_simulator, inputs, QStringLiteral("S-02"), QStringLiteral("afforestation_per_year"), options);
    QVERIFY2(result.ok(), qPrintable(result.error().message));
    QVERIFY(result.value().p50.reachable);
    // 13.5865 万亩/年, set with one decimal (the lever spans 0–200) and
    // rounded up: 13.6.
    QVERIFY2(qAbs(result.value().p50.value - 13.6) < 1e-12, qPrintable(QString::number(result.value().p50.value)));
    QCOMPARE(result.value().unitZh, QStringLiteral("万亩/年"));
}

void TestEcologicalSecurityModel::leverScheduleByStage()
{
    // Year by year: nothing in stage 1 (2024–2027), 30 万亩 in stage 2
    // (2028–2030), 10 万亩 in stage 3 (2031–2035).
    Engine::LeverSchedule schedule = Engine::LeverSchedule::filled(2020, 2035, 0.0);
    QVERIFY(schedule.setStage(2, 30.0));
    QVERIFY(schedule.setStage(3, 10.0));
    Engine::ScenarioInputs inputs;
    inputs.levers.insert(QStringLiteral("afforestation_per_year"), schedule);
    const Engine::RunResult result = run(inputs);
    // 2027: 45.42 % unchanged.
    QVERIFY(qAbs(valueAt(result, QStringLiteral("forest_coverage"), 2027) - 45.42) < 1e-9);
    // 2030: 85,117.08 + 3 × 30 × 20/3 = 85,117.08 + 600 = 85,717.08 km².
    QVERIFY(qAbs(valueAt(result, QStringLiteral("forest_area"), 2030) - 85717.08) < 1e-6);
    // 2035: + 5 × 10 × 20/3 = 333.333: 86,050.413 km² ÷ 1,874 = 45.91804 %: misses S-02.
    QVERIFY(qAbs(valueAt(result, QStringLiteral("forest_coverage"), 2035) - 45.91804) < 1e-5);
}

void TestEcologicalSecurityModel::leverBounds_data()
{
    QTest::addColumn<QString>("lever");
    QTest::addColumn<double>("setting");
    QTest::addColumn<QString>("indicator");
    QTest::addColumn<int>("year");
    QTest::addColumn<double>("expected");

    // Afforestation at its maximum 200 万亩: 12 × 200 × 20/3 = 16,000 km²;
    // 101,117.08 ÷ 1,874 = 53.95789 %.
    QTest::newRow("afforestation max") << QStringLiteral("afforestation_per_year") << 200.0
                                       << QStringLiteral("forest_coverage") << 2035 << 53.95789;
    // Forest loss at its maximum 50 万亩 with the default 50 planted: no change.
    QTest::newRow("loss max") << QStringLiteral("forest_loss_per_year") << 50.0 << QStringLiteral("forest_coverage")
                              << 2035 << 45.42;
    // Protected areas −1,000 km² a year for 15 years (2021–2035):
    // 31,277.06 − 15,000 = 16,277.06 km² ÷ 1,874 = 8.68573 %.
    QTest::newRow("protected min") << QStringLiteral("protected_area_added_per_year") << -1000.0
                                   << QStringLiteral("protected_area_share") << 2035 << 8.68573;
    // +1,000 km² a year: 46,277.06 ÷ 1,874 = 24.69427 %.
    QTest::newRow("protected max") << QStringLiteral("protected_area_added_per_year") << 1000.0
                                   << QStringLiteral("protected_area_share") << 2035 << 24.69427;
    // Wetland −200 km² a year for 12 years: 7,689.6 − 2,400 = 5,289.6 ÷ 17,280 = 30.61111 %.
    QTest::newRow("wetland min") << QStringLiteral("wetland_protected_added_per_year") << -200.0
                                 << QStringLiteral("wetland_protection_rate") << 2035 << 30.61111;
    // +500: 7,689.6 + 6,000 = 13,689.6 ÷ 17,280 = 79.22222 %.
    QTest::newRow("wetland max") << QStringLiteral("wetland_protected_added_per_year") << 500.0
                                 << QStringLiteral("wetland_protection_rate") << 2035 << 79.22222;
    // Treatment at its maximum 5,000 km² with 565 new: net −4,435 a year;
    // 36,543 − 7 × 4,435 = 5,498 km² in 2031: 1 − 5,498 / 187,400 = 97.06617 %;
    // 2032: 36,543 − 8 × 4,435 = 1,063 km² left; 2033: nothing left: 100 %, not more.
    QTest::newRow("treated max 2031") << QStringLiteral("soil_erosion_treated_per_year") << 5000.0
                                      << QStringLiteral("soil_water_conservation_rate") << 2031 << 97.06617;
    QTest::newRow("treated max 2035") << QStringLiteral("soil_erosion_treated_per_year") << 5000.0
                                      << QStringLiteral("soil_water_conservation_rate") << 2035 << 100.0;
    QTest::newRow("treated max eroded 2035") << QStringLiteral("soil_erosion_treated_per_year") << 5000.0
                                             << QStringLiteral("soil_erosion_area") << 2035 << 0.0;
    // New erosion at its maximum 3,000 with 1,140 treated: net +1,860 a year;
    // 36,543 + 11 × 1,860 = 57,003 km²: 1 − 57,003 / 187,400 = 69.58218 %.
    QTest::newRow("new erosion max") << QStringLiteral("new_soil_erosion_per_year") << 3000.0
                                     << QStringLiteral("soil_water_conservation_rate") << 2035 << 69.58218;
}

void TestEcologicalSecurityModel::leverBounds()
{
    QFETCH(QString, lever);
    QFETCH(double, setting);
    QFETCH(QString, indicator);
    QFETCH(int, year);
    QFETCH(double, expected);
    const Engine::Lever *l = m_catalog.lever(lever);
    QVERIFY(l);
    QVERIFY(setting == l->min || setting == l->max);
    Engine::ScenarioInputs inputs;
    inputs.levers.insert(lever, Engine::LeverSchedule::filled(2020, 2035, setting));
    const Engine::RunResult result = run(inputs);
    const double value = valueAt(result, indicator, year);
    QVERIFY2(qAbs(value - expected) < 1e-4, qPrintable(QString::number(value, 'f', 6)));
    for (const char *share : kShares) {
        for (int y = 2024; y <= 2035; ++y) {
            const double v = valueAt(result, QLatin1StringView(share), y);
            QVERIFY2(v >= 0.0 && v <= 100.0, share);
        }
    }
}

void TestEcologicalSecurityModel::sharesStayWithinBoundsUnderUncertainty()
{
    // Every lever at the end of its range that pushes the shares out, with
    // wide uncertainty on every lever and on the starting coverage: no draw
    // leaves 0–100 %.
    Engine::ScenarioInputs inputs;
    for (const Engine::Lever &lever : m_catalog.levers()) {
        inputs.levers.insert(lever.id, Engine::LeverSchedule::filled(2020, 2035, lever.max));
        inputs.leverUncertainty.insert(lever.id, {Engine::Uncertainty::Kind::Uniform, lever.max - lever.min});
    }
    inputs.baselines.insert(QStringLiteral("forest_coverage"),
                            {std::nullopt, std::nullopt, {Engine::Uncertainty::Kind::Normal, 1.0}});
    Engine::MonteCarloOptions options;
    options.draws = 200;
    const Engine::Expected<Engine::RunResult> result = m_simulator->runMonteCarlo(inputs, options);
    QVERIFY2(result.ok(), qPrintable(result.error().message));
    for (const char *share : kShares) {
        const Engine::IndicatorResult *r = result.value().find(QLatin1StringView(share));
        QVERIFY(r);
        for (int year = r->central.lastObservedYear + 1; year <= 2035; ++year) {
            for (double v : r->drawsAt(year))
                QVERIFY2(std::isfinite(v) && v >= 0.0 && v <= 100.0, qPrintable(QString::number(v)));
        }
    }
    // Central run, every lever at its maximum: 5,000 km² treated less 3,000
    // newly eroded = 2,000 km² a year; 36,543 − 11 × 2,000 = 14,543 km²;
    // 1 − 14,543 / 187,400 = 92.23959 %.
    const double conservation = valueAt(result.value(), QStringLiteral("soil_water_conservation_rate"), 2035);
    QVERIFY2(qAbs(conservation - 92.23959) < 1e-5, qPrintable(QString::number(conservation, 'f', 6)));
}

void TestEcologicalSecurityModel::flagshipSpeciesProjections_data()
{
    QTest::addColumn<QString>("indicator");
    QTest::addColumn<double>("expected2035");

    // 50 tigers (2022), +5 a year: 50 + 13 × 5 = 115.
    QTest::newRow("tiger") << QStringLiteral("amur_tiger_population") << 115.0;
    // 60 leopards (2022), +6 a year: 60 + 13 × 6 = 138.
    QTest::newRow("leopard") << QStringLiteral("amur_leopard_population") << 138.0;
    // 626 mergansers (2022), held.
    QTest::newRow("merganser") << QStringLiteral("scaly_sided_merganser_count") << 626.0;
}

void TestEcologicalSecurityModel::flagshipSpeciesProjections()
{
    QFETCH(QString, indicator);
    QFETCH(double, expected2035);
    const Engine::Indicator *ind = m_catalog.indicator(indicator);
    QVERIFY(ind);
    QVERIFY(ind->proxyFor.contains(QStringLiteral("S-06")));
    QVERIFY(!ind->projectionMethod.isEmpty());
    QVERIFY(qAbs(valueAt(run({}), indicator, 2035) - expected2035) < 1e-9);
}

void TestEcologicalSecurityModel::forestModelThroughHandBuiltContext()
{
    // The forest model alone, 2022–2027, coverage observed 2022 and 2023,
    // forest area and uptake without data (filled from the coverage).
    const EcologicalSecurity::ForestModel model({187400.0, 1500.0, 4.0});
    // 1 万亩 = 10,000 / 1,500 km²; 1,000 km² of forest take up 40 万吨 CO₂.
    QVERIFY(qAbs(model.km2FromWanMu(1.0) - 6.666667) < 1e-6);
    QVERIFY(qAbs(model.uptakeOf(1000.0) - 40.0) < 1e-12);

    const int first = 2022;
    const int last = 2027;
    Engine::Trajectory coverage{first, {45.2, 45.42, kNaN, kNaN, kNaN, kNaN}, 2023};
    Engine::Trajectory area{first, QList<double>(6, kNaN), first - 1};
    Engine::Trajectory uptake{first, QList<double>(6, kNaN), first - 1};
    // 30 万亩 planted and 5 万亩 lost each year: net 25 万亩 = 166.667 km².
    const std::array<double, 6> afforestation{30, 30, 30, 30, 30, 30};
    const std::array<double, 6> loss{5, 5, 5, 5, 5, 5};
    const std::array<const double *, 2> leverRows{afforestation.data(), loss.data()};
    std::array<Engine::Trajectory *, 3> trajectories{&coverage, &area, &uptake};
    const std::array<int, 2> leverIndex{0, 1};
    const std::array<int, 3> outputIndex{0, 1, 2};
    Engine::ModelContext context(first, last, leverRows.data(), trajectories.data(), leverIndex, {}, outputIndex);
    model.run(context);

    // Data years untouched; the area behind them: 45.2 % × 187,400 = 84,704.8 km².
    QCOMPARE(coverage.at(2023), 45.42);
    QVERIFY(qAbs(area.at(2022) - 84704.8) < 1e-6);
    QVERIFY(qAbs(area.at(2023) - 85117.08) < 1e-6);
    // 2027: 85,117.08 + 4 × 166.667 = 85,783.747 km² ÷ 1,874 = 45.77574 %.
    QVERIFY(qAbs(area.at(2027) - 85783.74667) < 1e-4);
    QVERIFY(qAbs(coverage.at(2027) - 45.77574) < 1e-5);
    // Uptake 2022: 84,704.8 × 0.04 = 3,388.192 万吨.
    QVERIFY(qAbs(uptake.at(2022) - 3388.192) < 1e-6);
}

QTEST_GUILESS_MAIN(TestEcologicalSecurityModel)
#include "tst_ecological_security_model.moc"
