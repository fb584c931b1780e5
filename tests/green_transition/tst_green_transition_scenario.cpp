// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

// Chapter 绿色引领's default scenario through the engine (Simulator,
// assessment, goal-seek, Monte Carlo): the values at each target year and
// each target's judgement, worked out by hand in closed form.

#include "testcatalog.h"

#include "green_transition/core/carbonmodel.h"
#include "green_transition/core/energymixmodel.h"
#include "green_transition/core/greentransitionmodule.h"

#include "engine/assessment.h"
#include "engine/catalog.h"
#include "engine/goalseek.h"
#include "engine/simulation.h"

#include <QTest>

#include <cmath>
#include <optional>

using namespace Planner;
using namespace Planner::GreenTransition;
using GreenTransitionTest::kCoal;
using GreenTransitionTest::kGas;
using GreenTransitionTest::kOil;
using GreenTransitionTest::near;

class TestGreenTransitionScenario final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void catalogCarriesEveryCoefficient();
    void defaultScenarioValues();
    void defaultScenarioStatuses_data();
    void defaultScenarioStatuses();
    void earlierFirstYearChangesNothing();
    void monteCarloKeepsSharesWhole();
    void goalSeekNevRate();
    void goalSeekLocomotiveRetirements();
    void goalSeekCoalDeclineForPeak();

private:
    Engine::Catalog m_catalog;
    std::optional<Engine::Simulator> m_simulator;
    Engine::RunResult m_default;
};

void TestGreenTransitionScenario::initTestCase()
{
    QString error;
    QVERIFY2(GreenTransitionTest::loadCatalog(&m_catalog, &error), qPrintable(error));
    const GreenTransitionModule module;

    const QList<std::shared_ptr<const Engine::Model>> models = module.sharedModels(m_catalog);
    QCOMPARE(models.size(), 8);
    Engine::Expected<Engine::Simulator> simulator = Engine::Simulator::create(m_catalog, m_catalog.levers(), models);
    QVERIFY2(simulator.ok(), qPrintable(simulator.error().message));
    m_simulator = simulator.takeValue();
    Engine::Expected<Engine::RunResult> run = m_simulator->runDeterministic({});
    QVERIFY2(run.ok(), qPrintable(run.error().message));
    m_default = run.takeValue();
    QCOMPARE(m_default.firstYear, 2023);
}

void TestGreenTransitionScenario::catalogCarriesEveryCoefficient()
{
    const EnergyMixCoefficients energy = EnergyMixCoefficients::fromCatalog(m_catalog);
    const EmissionFactors factors = EmissionFactors::fromCatalog(m_catalog);
    for (double v : {energy.fullLoadHoursWind, energy.fullLoadHoursSolar, energy.fullLoadHoursHydro,
                     energy.fullLoadHoursOther, energy.coalEquivalentPerKwh, energy.localUseFraction, factors.coal,
                     factors.oil, factors.gas})
        QVERIFY(std::isfinite(v) && v > 0.0);
    for (const Engine::Coefficient &c : m_catalog.coefficients())
        QVERIFY2(c.assumption ? !c.note.isEmpty() : !c.source.isEmpty(), qPrintable(c.id));
    for (const Engine::Lever &lever : m_catalog.levers()) {
        QVERIFY2(lever.assumption ? !lever.note.isEmpty() : !lever.source.isEmpty(), qPrintable(lever.id));
        for (const QString &moved : lever.moves)
            QVERIFY2(m_catalog.indicator(moved), qPrintable(lever.id + QStringLiteral(" moves ") + moved));
    }
}

namespace {

// The default scenario in closed form, k years after 2023 (levers at their
// defaults every year, forest uptake 1,000 万吨 from the stub):
//   energy  E_k = 6,765.6 × (1.05 × 0.971)^k                    [万tce]
//   added non-fossil supply a year: (300 × 2,225 + 150 × 1,286 + 0 × 3,133
//     + 5 × 5,000) 万kWh × 0.3 ÷ 1,000 × 0.5 = 885,400 × 0.00015 = 132.81 万tce
//   non-fossil N_k = (0.16 × 6,765.6 + 132.81 k) ÷ E_k × 100
//   coal 62 − k; oil 17 − 0.3 k; gas 100 − N_k − coal − oil (stays ≥ 4 %)
//   CO₂ = E_k × (coal × 2.7725 + oil × 2.1482 + gas × 1.6442) ÷ 100 − 1,000
struct DefaultYear
{
    double energy, nonFossil, coal, oil, gas, co2;
};

DefaultYear defaultYear(int year)
{
    const int k = year - 2023;
    DefaultYear d{};
    d.energy = 6765.6 * std::pow(1.05 * 0.971, k);
    d.nonFossil = (0.16 * 6765.6 + 132.81 * k) / d.energy * 100.0;
    d.coal = 62.0 - k;
    d.oil = 17.0 - 0.3 * k;
    d.gas = 100.0 - d.nonFossil - d.coal - d.oil;
    d.co2 = d.energy * (d.coal * kCoal + d.oil * kOil + d.gas * kGas) / 100.0 - 1000.0;
    return d;
}

} // namespace

void TestGreenTransitionScenario::defaultScenarioValues()
{
    const auto at = [&](const char *id, int year) {
        const Engine::IndicatorResult *r = m_default.find(QLatin1StringView(id));
        return r ? r->central.at(year) : std::nan("");
    };
    for (int year : {2024, 2027, 2030, 2035}) {
        const DefaultYear d = defaultYear(year);
        const QByteArray y = QByteArray::number(year);
        QVERIFY2(near(at("energy_use_total", year), d.energy, 1e-9), y);
        QVERIFY2(near(at("non_fossil_share", year), d.nonFossil, 1e-9), y);
        QVERIFY2(near(at("coal_share_energy", year), d.coal, 1e-9), y);
        QVERIFY2(near(at("oil_share_energy", year), d.oil, 1e-9), y);
        QVERIFY2(near(at("gas_share_energy", year), d.gas, 1e-9), y);
        QVERIFY2(near(at("co2_emissions", year), d.co2, 1e-9), y);
        // Index: 2023 = 100; 2023's net CO₂ = 14,656.68 − 1,000 = 13,656.68.
        QVERIFY2(near(at("co2_emissions_index", year), 100.0 * d.co2 / defaultYear(2023).co2, 1e-9), y);
        // Oil index: 100 × (17 − 0.3 k) ÷ 17 × 1.01955^k.
        QVERIFY2(near(at("oil_consumption_index", year), 100.0 * d.oil * d.energy / (17.0 * 6765.6), 1e-9), y);
    }
    // 2023 net CO₂ by hand: 6,765.6 × 216.6354 ÷ 100 − 1,000 = 13,656.68.
    QVERIFY(near(defaultYear(2023).co2, 13656.68, 1e-6));
    // Worked values: CO₂ index 100.56 (2027), 101.19 (2030), 102.69 (2035);
    // oil index 100.43 (2027), 100.44 (2028, its peak), 100.37 (2030), 99.44 (2035).
    QVERIFY(std::abs(at("co2_emissions_index", 2027) - 100.56) < 0.01);
    QVERIFY(std::abs(at("co2_emissions_index", 2030) - 101.19) < 0.01);
    QVERIFY(std::abs(at("co2_emissions_index", 2035) - 102.69) < 0.01);
    QVERIFY(std::abs(at("oil_consumption_index", 2028) - 100.44) < 0.01);
    QVERIFY(std::abs(at("oil_consumption_index", 2035) - 99.44) < 0.01);
    // Wind + solar: 1,721.8 + 450 k → 3,521.8 (2027), 4,871.8 (2030), 7,121.8 (2035) 万千瓦.
    QVERIFY(near(at("wind_solar_capacity", 2035), 7121.8));
    // Energy intensity 0.5 × 0.971^12 = 0.35124 (2035); water 85 × 0.966^12 = 56.41.
    QVERIFY(near(at("energy_intensity", 2035), 0.5 * std::pow(0.971, 12)));
    QVERIFY(near(at("water_intensity", 2035), 85.0 * std::pow(0.966, 12)));
    // G-01: 11,179 held; G-02: 53,636 held; G-06: 100 − 4 × 20 = 20 in 2027;
    // G-07: 25.239 (railFreightShift); G-08: 66.42 (nevLogistic).
    QCOMPARE(at("cultivated_land", 2035), 11179.0);
    QCOMPARE(at("ecological_red_line_area", 2030), 53636.0);
    QCOMPARE(at("old_diesel_locomotives", 2027), 20.0);
    QVERIFY(near(at("rail_freight_share", 2035), 20.0 + 1000.0 / 1900.0 * (1.0 - std::pow(1.03, -12)) / 0.03));
    QVERIFY(near(at("nev_share_new_vehicles", 2027), 100.0 / (1.0 + std::exp(-(std::log(40.9 / 59.1) + 1.05)))));
}

void TestGreenTransitionScenario::defaultScenarioStatuses_data()
{
    QTest::addColumn<bool>("met");
    // Hand judgements of the default scenario (defaultScenarioValues):
    QTest::newRow("G-01") << true;   // 11,179 ≥ 10,944 in 2035
    QTest::newRow("G-02") << true;   // 53,636 ≥ 53,636 every year
    QTest::newRow("G-03") << false;  // CO₂ index still rising in 2035 (102.69 > 101.19 in 2030): no peak
    QTest::newRow("G-04") << true;   // oil index grows < 1 % a year from 2024 (+0.16 %), peaks 2028
    QTest::newRow("G-05") << true;   // coal share 62 − k falls every year
    QTest::newRow("G-06") << false;  // 20 locomotives left in 2027
    QTest::newRow("G-07") << true;   // 25.24 % within 25 ± 1 in 2035
    QTest::newRow("G-08") << true;   // 66.4 % ≥ 45 % in 2027
}

void TestGreenTransitionScenario::defaultScenarioStatuses()
{
    QFETCH(bool, met);
    const QString id = QString::fromLatin1(QTest::currentDataTag());
    Engine::Expected<QList<Engine::TargetAssessment>> all = Engine::assessAll(m_simulator->indicators(), m_default);
    QVERIFY2(all.ok(), qPrintable(all.error().message));
    const auto it = std::find_if(all.value().cbegin(), all.value().cend(),
                                 [&](const Engine::TargetAssessment &a) { return a.targetId == id; });
    QVERIFY(it != all.value().cend());
    const bool judgedMet = it->status == Engine::TargetStatus::Achieved || it->status == Engine::TargetStatus::OnTrack;
    QVERIFY2(judgedMet == met, qPrintable(id + QStringLiteral(": ") + Engine::targetStatusToString(it->status)
                                          + QStringLiteral(" ") + it->note));
    if (id == QLatin1StringView("G-03")) {
        QVERIFY(it->peak);
        QCOMPARE(it->peak->year, 2035);
    }
}

void TestGreenTransitionScenario::earlierFirstYearChangesNothing()
{
    // With the whole catalog the run may start in 2020 (the earliest start of
    // any indicator): the years before our data stay empty, 2035 is the same.
    Engine::SimulationOptions options;
    options.firstYear = 2020;
    Engine::Expected<Engine::RunResult> run = m_simulator->runDeterministic({}, options);
    QVERIFY2(run.ok(), qPrintable(run.error().message));
    QCOMPARE(run.value().firstYear, 2020);
    for (const char *id : {"co2_emissions_index", "oil_consumption_index", "coal_share_energy", "cultivated_land",
                           "nev_share_new_vehicles", "rail_freight_share", "old_diesel_locomotives"}) {
        const Engine::IndicatorResult *early = run.value().find(QLatin1StringView(id));
        const Engine::IndicatorResult *usual = m_default.find(QLatin1StringView(id));
        QVERIFY(early && usual);
        QVERIFY2(std::isnan(early->central.at(2021)), id);
        QVERIFY2(near(early->central.at(2035), usual->central.at(2035), 1e-12), id);
    }
}

void TestGreenTransitionScenario::monteCarloKeepsSharesWhole()
{
    Engine::MonteCarloOptions options;
    options.draws = 200;
    Engine::Expected<Engine::RunResult> run = m_simulator->runMonteCarlo({}, options);
    QVERIFY2(run.ok(), qPrintable(run.error().message));
    const Engine::RunResult &r = run.value();
    const char *ids[] = {"coal_share_energy", "oil_share_energy", "gas_share_energy", "non_fossil_share"};
    for (int year : {2027, 2030, 2035}) {
        for (int d = 0; d < r.drawCount; ++d) {
            double sum = 0.0;
            for (const char *id : ids) {
                const double v = r.find(QLatin1StringView(id))->drawsAt(year)[std::size_t(d)];
                QVERIFY(v >= 0.0 && v <= 100.0);
                sum += v;
            }
            QVERIFY(near(sum, 100.0, 1e-12));
        }
        const Engine::IndicatorResult *index = r.find(QStringLiteral("co2_emissions_index"));
        const int i = year - index->central.firstYear;
        QVERIFY(index->p10.at(i) <= index->p50.at(i) && index->p50.at(i) <= index->p90.at(i));
        QVERIFY(index->p10.at(i) < index->p90.at(i));  // the levers' spreads reach CO₂
    }
}

void TestGreenTransitionScenario::goalSeekNevRate()
{
    // "NEV curve to reach 45 % in 2027": from a scenario with no growth the
    // nearest rate that meets it is (ln(45/55) − ln(40.9/59.1)) ÷ 3 = 0.0558 a year;
    // the lever spans 0–1.5, so it is set with 2 decimals: rounded up, 0.06.
    Engine::ScenarioInputs inputs;
    inputs.levers.insert(QStringLiteral("nev_adoption_rate"), Engine::LeverSchedule::filled(2023, 2035, 0.0));
    Engine::Expected<Engine::GoalSeekResult> result
        = Engine::goalSeek(*m_simulator, inputs, QStringLiteral("G-08"), QStringLiteral("nev_adoption_rate"));
    QVERIFY2(result.ok(), qPrintable(result.error().message));
    QVERIFY(result.value().p50.reachable);
    const double exact = (std::log(45.0 / 55.0) - std::log(40.9 / 59.1)) / 3.0;
    QVERIFY(exact > 0.05 && exact < 0.06);
    QVERIFY2(std::abs(result.value().p50.value - 0.06) < 1e-12, qPrintable(QString::number(result.value().p50.value)));
}

void TestGreenTransitionScenario::goalSeekLocomotiveRetirements()
{
    // G-06 (基本淘汰: at most 5 units left, 5 % of the 2023 stock of 100):
    // 100 − 4 r ≤ 5 over 2024–2027 → r ≥ 23.75 a year; the lever spans
    // 0–100, one decimal: 23.75 rounds to 23.8, which meets it.
    Engine::Expected<Engine::GoalSeekResult> result = Engine::goalSeek(
        *m_simulator, {}, QStringLiteral("G-06"), QStringLiteral("diesel_locomotive_retirements"));
    QVERIFY2(result.ok(), qPrintable(result.error().message));
    QVERIFY(result.value().p50.reachable);
    QVERIFY2(std::abs(result.value().p50.value - 23.8) < 1e-12, qPrintable(QString::number(result.value().p50.value)));
}

void TestGreenTransitionScenario::goalSeekCoalDeclineForPeak()
{
    // G-03: at 1 point a year the index still rises in 2035 (defaults); at
    // 1.5 points it falls from the start: 2024 by hand, k = 1: E = 6,897.87,
    // coal 60.5, oil 16.7, non-fossil (1,082.50 + 132.81) ÷ 6,897.87 = 17.62 %,
    // gas 5.18 %: CO₂ 6,897.87 × (167.74 + 35.87 + 8.52) ÷ 100 − 1,000
    // = 13,632 < 13,657 of 2023. So the answer lies between 1 and 1.5.
    Engine::Expected<Engine::GoalSeekResult> result = Engine::goalSeek(
        *m_simulator, {}, QStringLiteral("G-03"), QStringLiteral("coal_share_decline"));
    QVERIFY2(result.ok(), qPrintable(result.error().message));
    QVERIFY(result.value().p50.reachable);
    const double answer = result.value().p50.value;
    QVERIFY2(answer > 1.0 && answer < 1.5, qPrintable(QString::number(answer)));

    // At the answer the index peaks no later than 2030 and every later year
    // stays below the peak (targetcriteria.h: findPeak).
    Engine::ScenarioInputs inputs;
    inputs.levers.insert(QStringLiteral("coal_share_decline"), Engine::LeverSchedule::filled(2023, 2035, answer));
    Engine::Expected<Engine::RunResult> run = m_simulator->runDeterministic(inputs);
    QVERIFY(run.ok());
    const Engine::Trajectory &index = run.value().find(QStringLiteral("co2_emissions_index"))->central;
    int peak = 2023;
    for (int year = 2024; year <= 2035; ++year) {
        if (index.at(year) > index.at(peak))
            peak = year;
    }
    QVERIFY2(peak <= 2030, qPrintable(QString::number(peak)));
    for (int year = peak + 1; year <= 2035; ++year)
        QVERIFY2(index.at(year) < index.at(peak), qPrintable(QString::number(year)));
}

QTEST_GUILESS_MAIN(TestGreenTransitionScenario)
#include "tst_green_transition_scenario.moc"
