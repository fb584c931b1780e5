// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

// Chapter 绿色引领's models, one at a time, against hand calculations.
// Every expected value is worked out in its comment from the test's own
// inputs (closed forms, not the models' recurrences); none is copied from a
// run.

#include "modelharness.h"
#include "testcatalog.h"

#include "green_transition/core/carbonmodel.h"
#include "green_transition/core/efficiencymodel.h"
#include "green_transition/core/energymixmodel.h"
#include "green_transition/core/fuelshares.h"
#include "green_transition/core/landmodels.h"
#include "green_transition/core/transportmodels.h"

#include "engine/catalog.h"

#include <QTest>

#include <cmath>

using namespace Planner;
using namespace Planner::GreenTransition;
using GreenTransitionTest::near;

class TestGreenTransitionModel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void emissionFactorsFollowIpcc();
    void fuelSharesRebalance_data();
    void fuelSharesRebalance();
    void energyMixByHand();
    void sharesStayWithinBoundsAtExtremeLevers_data();
    void sharesStayWithinBoundsAtExtremeLevers();
    void carbonOfAFuelMix();
    void carbonUsesNearestForestUptake();
    void nevLogistic_data();
    void nevLogistic();
    void railFreightShift();
    void dieselLocomotives_data();
    void dieselLocomotives();
    void cultivatedLand_data();
    void cultivatedLand();
    void redLineHeld();
    void efficiencyAgainstBenchmarks();

private:
    EnergyMixCoefficients m_energy;
    EmissionFactors m_factors;
};

void TestGreenTransitionModel::initTestCase()
{
    Engine::Catalog catalog;
    QString error;
    QVERIFY2(GreenTransitionTest::loadCatalog(&catalog, &error), qPrintable(error));
    m_energy = EnergyMixCoefficients::fromCatalog(catalog);
    m_factors = EmissionFactors::fromCatalog(catalog);
}

void TestGreenTransitionModel::emissionFactorsFollowIpcc()
{
    // IPCC 2006 Vol. 2 Table 1.4, kg CO₂/TJ, × 29.3076 GJ/tce ÷ 1,000:
    // coal 94,600 → 2.77250; oil 73,300 → 2.14825; gas 56,100 → 1.64416.
    QVERIFY(std::abs(m_factors.coal - 2.77250) < 5e-5);
    QVERIFY(std::abs(m_factors.oil - 2.14825) < 5e-5);
    QVERIFY(std::abs(m_factors.gas - 1.64416) < 5e-5);
}

void TestGreenTransitionModel::fuelSharesRebalance_data()
{
    QTest::addColumn<double>("nonFossil");
    QTest::addColumn<double>("coal");
    QTest::addColumn<double>("oil");
    QTest::addColumn<double>("expectedCoal");
    QTest::addColumn<double>("expectedOil");
    QTest::addColumn<double>("expectedGas");
    QTest::addColumn<double>("expectedNonFossil");
    // 100 − 16 − 62 − 17 = 5 % gas: the 2023 defaults.
    QTest::newRow("gas takes the remainder") << 16.0 << 62.0 << 17.0 << 62.0 << 17.0 << 5.0 << 16.0;
    // 100 − 30 − 60 − 15 = −5: gas absorbs first (0), oil gives 5 → 10.
    QTest::newRow("gas then oil") << 30.0 << 60.0 << 15.0 << 60.0 << 10.0 << 0.0 << 30.0;
    // 100 − 80 − 60 − 15 = −55: gas 0, oil gives its 15, coal the other 40 → 20.
    QTest::newRow("gas, oil, then coal") << 80.0 << 60.0 << 15.0 << 20.0 << 0.0 << 0.0 << 80.0;
    // Supply above use counts as 100 %; nothing left for fossil fuels.
    QTest::newRow("non-fossil above 100") << 120.0 << 50.0 << 10.0 << 0.0 << 0.0 << 0.0 << 100.0;
    // Levers that drove coal and oil below 0 stop at 0: gas 100 − 10 = 90.
    QTest::newRow("no share below 0") << 10.0 << -5.0 << -3.0 << 0.0 << 0.0 << 90.0 << 10.0;
}

void TestGreenTransitionModel::fuelSharesRebalance()
{
    QFETCH(double, nonFossil);
    QFETCH(double, coal);
    QFETCH(double, oil);
    QFETCH(double, expectedCoal);
    QFETCH(double, expectedOil);
    QFETCH(double, expectedGas);
    QFETCH(double, expectedNonFossil);
    const FuelShares shares = rebalanceFuelShares(nonFossil, coal, oil);
    QCOMPARE(shares.coal, expectedCoal);
    QCOMPARE(shares.oil, expectedOil);
    QCOMPARE(shares.gas, expectedGas);
    QCOMPARE(shares.nonFossil, expectedNonFossil);
    QCOMPARE(shares.sum(), 100.0);
}

namespace {

// Hand-chosen coefficients for the energy tests: wind 2,000 h, solar 1,000 h,
// hydro 3,000 h, other 5,000 h, 0.3 kgce/kWh, all used locally.
EnergyMixCoefficients handCoefficients()
{
    EnergyMixCoefficients c;
    c.fullLoadHoursWind = 2000;
    c.fullLoadHoursSolar = 1000;
    c.fullLoadHoursHydro = 3000;
    c.fullLoadHoursOther = 5000;
    c.coalEquivalentPerKwh = 0.3;
    c.localUseFraction = 1.0;
    return c;
}

void startEnergyMix(ModelHarness &h)
{
    h.setStart(QStringLiteral("energy_use_total"), 2023, 1000);
    h.setStart(QStringLiteral("energy_intensity"), 2023, 0.5);
    h.setStart(QStringLiteral("non_fossil_share"), 2023, 10);
    h.setStart(QStringLiteral("coal_share_energy"), 2023, 60);
    h.setStart(QStringLiteral("oil_share_energy"), 2023, 20);
    h.setStart(QStringLiteral("gas_share_energy"), 2023, 10);
    h.setStart(QStringLiteral("wind_solar_capacity"), 2023, 1000);
    h.setStart(QStringLiteral("oil_consumption_index"), 2023, 100);
}

} // namespace

void TestGreenTransitionModel::energyMixByHand()
{
    const EnergyMixModel model(handCoefficients());
    ModelHarness h(model, 2023, 2025);
    startEnergyMix(h);
    h.setLever(QStringLiteral("gdp_growth"), 5);
    h.setLever(QStringLiteral("energy_intensity_decline"), 5);
    h.setLever(QStringLiteral("wind_capacity_added"), 100);
    h.setLever(QStringLiteral("solar_capacity_added"), 100);
    h.setLever(QStringLiteral("coal_share_decline"), 2);
    h.setLever(QStringLiteral("oil_share_decline"), 1);
    h.run();

    // Added supply: (100 × 2,000 + 100 × 1,000) 万kWh × 0.3 kgce/kWh ÷ 1,000 = 90 万tce a year.
    QVERIFY(near(model.addedNonFossilSupply(100, 100, 0, 0), 90.0));
    // 2024: energy 1,000 × 1.05 × 0.95 = 997.5; intensity 0.5 × 0.95 = 0.475.
    QVERIFY(near(h.at(QStringLiteral("energy_use_total"), 2024), 997.5));
    QVERIFY(near(h.at(QStringLiteral("energy_intensity"), 2024), 0.475));
    // Non-fossil supply 10 % × 1,000 + 90 = 190 → 190 ÷ 997.5 = 19.0476 %;
    // coal 60 − 2 = 58; oil 20 − 1 = 19; gas 100 − 19.0476 − 58 − 19 = 3.9524.
    QVERIFY(near(h.at(QStringLiteral("non_fossil_share"), 2024), 100.0 * 190.0 / 997.5));
    QVERIFY(near(h.at(QStringLiteral("coal_share_energy"), 2024), 58.0));
    QVERIFY(near(h.at(QStringLiteral("oil_share_energy"), 2024), 19.0));
    QVERIFY(near(h.at(QStringLiteral("gas_share_energy"), 2024), 100.0 - 100.0 * 190.0 / 997.5 - 58.0 - 19.0));
    QVERIFY(near(h.at(QStringLiteral("wind_solar_capacity"), 2024), 1200.0));
    // Oil use 19 % × 997.5 = 189.525 against 20 % × 1,000 = 200: index 94.7625.
    QVERIFY(near(h.at(QStringLiteral("oil_consumption_index"), 2024), 94.7625));

    // 2025: energy 997.5 × 0.9975 = 995.00625; supply 190 + 90 = 280 →
    // 28.1405 %; coal 56 and oil 18 leave 100 − 28.1405 − 74 = −2.1405 for
    // gas: gas 0, oil gives up 2.1405 → 15.8595, coal stays 56.
    const double nonFossil2025 = 100.0 * 280.0 / 995.00625;
    QVERIFY(near(h.at(QStringLiteral("energy_use_total"), 2025), 995.00625));
    QVERIFY(near(h.at(QStringLiteral("non_fossil_share"), 2025), nonFossil2025));
    QCOMPARE(h.at(QStringLiteral("gas_share_energy"), 2025), 0.0);
    QVERIFY(near(h.at(QStringLiteral("oil_share_energy"), 2025), 18.0 - (nonFossil2025 + 74.0 - 100.0)));
    QVERIFY(near(h.at(QStringLiteral("coal_share_energy"), 2025), 56.0));
    const double oil2025 = 18.0 - (nonFossil2025 + 74.0 - 100.0);
    QVERIFY(near(h.at(QStringLiteral("oil_consumption_index"), 2025), 100.0 * oil2025 * 995.00625 / (20.0 * 1000.0)));
    QVERIFY(near(h.at(QStringLiteral("wind_solar_capacity"), 2025), 1400.0));
}

void TestGreenTransitionModel::sharesStayWithinBoundsAtExtremeLevers_data()
{
    QTest::addColumn<double>("wind");
    QTest::addColumn<double>("coalDecline");
    QTest::addColumn<double>("oilDecline");
    QTest::addColumn<double>("growth");
    // Lever bounds of green_transition.json.
    QTest::newRow("all renewables at max, coal and oil rising") << 1500.0 << -2.0 << -2.0 << 0.0;
    QTest::newRow("all renewables at max, coal and oil falling fast") << 1500.0 << 6.0 << 3.0 << 10.0;
    QTest::newRow("no renewables, coal rising") << 0.0 << -2.0 << -2.0 << 10.0;
    QTest::newRow("no renewables, coal falling fast") << 0.0 << 6.0 << 3.0 << 0.0;
}

void TestGreenTransitionModel::sharesStayWithinBoundsAtExtremeLevers()
{
    QFETCH(double, wind);
    QFETCH(double, coalDecline);
    QFETCH(double, oilDecline);
    QFETCH(double, growth);
    const EnergyMixModel model(m_energy);
    ModelHarness h(model, 2023, 2040);
    startEnergyMix(h);
    h.setLever(QStringLiteral("gdp_growth"), growth);
    h.setLever(QStringLiteral("energy_intensity_decline"), 8);
    h.setLever(QStringLiteral("wind_capacity_added"), wind);
    h.setLever(QStringLiteral("solar_capacity_added"), wind > 0 ? 1000.0 : 0.0);
    h.setLever(QStringLiteral("hydro_capacity_added"), wind > 0 ? 100.0 : 0.0);
    h.setLever(QStringLiteral("other_non_fossil_capacity_added"), wind > 0 ? 100.0 : 0.0);
    h.setLever(QStringLiteral("coal_share_decline"), coalDecline);
    h.setLever(QStringLiteral("oil_share_decline"), oilDecline);
    h.run();
    for (int year = 2024; year <= 2040; ++year) {
        double sum = 0.0;
        for (const char *id : {"coal_share_energy", "oil_share_energy", "gas_share_energy", "non_fossil_share"}) {
            const double v = h.at(QLatin1StringView(id), year);
            QVERIFY2(v >= 0.0 && v <= 100.0, qPrintable(QStringLiteral("%1 %2: %3").arg(QLatin1StringView(id)).arg(year).arg(v)));
            sum += v;
        }
        QVERIFY2(near(sum, 100.0, 1e-12), qPrintable(QString::number(year)));
    }
}

void TestGreenTransitionModel::carbonOfAFuelMix()
{
    const CarbonEmissionsModel model(m_factors);
    // The 2023 defaults: 6,765.6 万tce, coal 62 %, oil 17 %, gas 5 %:
    // 62 × 2.7725 + 17 × 2.1482 + 5 × 1.6442 = 171.895 + 36.5194 + 8.221
    // = 216.6354; × 6,765.6 ÷ 100 = 14,656.68 万吨 CO₂.
    QVERIFY(near(model.fuelEmissions(6765.6, 62, 17, 5), 6765.6 * 216.6354 / 100.0, 1e-4));

    ModelHarness h(model, 2023, 2024);
    h.setStart(QStringLiteral("co2_emissions_index"), 2023, 100);
    h.setInput(QStringLiteral("energy_use_total"), 1000);
    h.trajectory(QStringLiteral("energy_use_total")).values[1] = 1100;
    h.setInput(QStringLiteral("coal_share_energy"), 60);
    h.setInput(QStringLiteral("oil_share_energy"), 20);
    h.setInput(QStringLiteral("gas_share_energy"), 10);
    h.setInput(QStringLiteral("forest_carbon_uptake"), 100);
    h.setLever(QStringLiteral("other_carbon_sinks"), 50);
    h.run();
    // 60 × 2.7725 + 20 × 2.1482 + 10 × 1.6442 = 166.35 + 42.964 + 16.442 = 225.756;
    // 2023: 1,000 × 2.25756 − 100 − 50 = 2,107.56; 2024: 1,100 × 2.25756 − 150 = 2,333.316.
    QVERIFY(near(h.at(QStringLiteral("co2_emissions"), 2023), 2107.56, 1e-6));
    QVERIFY(near(h.at(QStringLiteral("co2_emissions"), 2024), 2333.316, 1e-6));
    // Index: 100 × 2,333.316 ÷ 2,107.56 = 110.7117.
    QVERIFY(near(h.at(QStringLiteral("co2_emissions_index"), 2024), 100.0 * 2333.316 / 2107.56, 1e-6));
}

void TestGreenTransitionModel::carbonUsesNearestForestUptake()
{
    // The ecological chapter's uptake may start a year later than ours: 2023
    // takes 2024's 200. Fuel CO₂ 1,000 × 100 % coal × 2.7725 = 2,772.5 in both years.
    const CarbonEmissionsModel model(m_factors);
    ModelHarness h(model, 2023, 2024);
    h.setStart(QStringLiteral("co2_emissions_index"), 2023, 100);
    h.setInput(QStringLiteral("energy_use_total"), 1000);
    h.setInput(QStringLiteral("coal_share_energy"), 100);
    h.setInput(QStringLiteral("oil_share_energy"), 0);
    h.setInput(QStringLiteral("gas_share_energy"), 0);
    h.setInput(QStringLiteral("forest_carbon_uptake"), 200);
    h.trajectory(QStringLiteral("forest_carbon_uptake")).values[0] = std::nan("");
    h.run();
    QVERIFY(near(h.at(QStringLiteral("co2_emissions"), 2023), 2572.5, 1e-6));
    QVERIFY(near(h.at(QStringLiteral("co2_emissions_index"), 2024), 100.0, 1e-9));
}

void TestGreenTransitionModel::nevLogistic_data()
{
    QTest::addColumn<double>("rate");
    QTest::addColumn<double>("expected2027");
    // From 40.9 % in 2024, K = 100: logit 2024 = ln(40.9 / 59.1) = −0.368061.
    // r = 0.35: logit 2027 = −0.368061 + 3 × 0.35 = 0.681939 → 100 ÷ (1 + e^−0.681939) = 66.416 %.
    QTest::newRow("default rate") << 0.35 << 100.0 / (1.0 + std::exp(-(std::log(40.9 / 59.1) + 1.05)));
    // 45 %: logit ln(45 / 55) = −0.200671; r = (−0.200671 + 0.368061) ÷ 3 = 0.0557967.
    QTest::newRow("rate that reaches 45 %") << (std::log(45.0 / 55.0) - std::log(40.9 / 59.1)) / 3.0 << 45.0;
    // r = 0 holds the share.
    QTest::newRow("no growth") << 0.0 << 40.9;
}

void TestGreenTransitionModel::nevLogistic()
{
    QFETCH(double, rate);
    QFETCH(double, expected2027);
    const NevAdoptionModel model(100.0);
    ModelHarness h(model, 2023, 2035);
    h.setStart(QStringLiteral("nev_share_new_vehicles"), 2024, 40.9);
    h.setLever(QStringLiteral("nev_adoption_rate"), rate);
    h.run();
    QVERIFY(std::isnan(h.at(QStringLiteral("nev_share_new_vehicles"), 2023)));
    QVERIFY(near(h.at(QStringLiteral("nev_share_new_vehicles"), 2027), expected2027, 1e-9));
    QVERIFY(h.at(QStringLiteral("nev_share_new_vehicles"), 2035) < 100.0);
}

void TestGreenTransitionModel::railFreightShift()
{
    const RailFreightModel model(3.0);
    ModelHarness h(model, 2023, 2035);
    h.setStart(QStringLiteral("rail_freight_share"), 2023, 20);
    h.setStart(QStringLiteral("freight_turnover_total"), 2023, 1900);
    h.setLever(QStringLiteral("rail_freight_shift"), 10);
    h.run();
    // 2024: total 1,900 × 1.03 = 1,957; share 20 + 100 × 10 ÷ 1,957 = 20.5110 %.
    QVERIFY(near(h.at(QStringLiteral("freight_turnover_total"), 2024), 1957.0));
    QVERIFY(near(h.at(QStringLiteral("rail_freight_share"), 2024), 20.0 + 1000.0 / 1957.0));
    // 2035: 20 + (1,000 ÷ 1,900) × Σ_{k=1..12} 1.03^−k = 20 + 0.526316 × 9.954004 = 25.2390 %.
    const double annuity = (1.0 - std::pow(1.03, -12)) / 0.03;
    QVERIFY(near(h.at(QStringLiteral("rail_freight_share"), 2035), 20.0 + 1000.0 / 1900.0 * annuity));
    QVERIFY(near(h.at(QStringLiteral("freight_turnover_total"), 2035), 1900.0 * std::pow(1.03, 12)));
}

void TestGreenTransitionModel::dieselLocomotives_data()
{
    QTest::addColumn<double>("retired");
    QTest::addColumn<double>("expected2027");
    QTest::addColumn<double>("expected2030");
    // 100 − 4 × 20 = 20 left in 2027; 0 from 2028 (never negative).
    QTest::newRow("default 20 a year") << 20.0 << 20.0 << 0.0;
    // 100 ÷ 4 years (2024–2027) = 25 a year reaches 0 in 2027.
    QTest::newRow("25 a year") << 25.0 << 0.0 << 0.0;
    QTest::newRow("lever at max") << 100.0 << 0.0 << 0.0;
    QTest::newRow("lever at min") << 0.0 << 100.0 << 100.0;
}

void TestGreenTransitionModel::dieselLocomotives()
{
    QFETCH(double, retired);
    QFETCH(double, expected2027);
    QFETCH(double, expected2030);
    const DieselLocomotiveModel model;
    ModelHarness h(model, 2023, 2035);
    h.setStart(QStringLiteral("old_diesel_locomotives"), 2023, 100);
    h.setLever(QStringLiteral("diesel_locomotive_retirements"), retired);
    h.run();
    QCOMPARE(h.at(QStringLiteral("old_diesel_locomotives"), 2027), expected2027);
    QCOMPARE(h.at(QStringLiteral("old_diesel_locomotives"), 2030), expected2030);
}

void TestGreenTransitionModel::cultivatedLand_data()
{
    QTest::addColumn<double>("occupied");
    QTest::addColumn<double>("supplemented");
    QTest::addColumn<double>("expected2035");
    // From 11,179 万亩 in 2025, ten years of flows (2026–2035).
    // Defaults 15 − 15: held at 11,179 ≥ 10,944 (G-01 met, 235 万亩 to spare).
    QTest::newRow("balanced") << 15.0 << 15.0 << 11179.0;
    // Net loss 30 a year: 11,179 − 300 = 10,879 < 10,944 (missed by 65).
    QTest::newRow("net loss 30") << 40.0 << 10.0 << 10879.0;
    // The largest net loss that still meets G-01: (11,179 − 10,944) ÷ 10 = 23.5.
    QTest::newRow("net loss 23.5") << 23.5 << 0.0 << 10944.0;
    // Supplementation at its max, no occupation: 11,179 + 10 × 200 = 13,179.
    QTest::newRow("levers at bounds") << 0.0 << 200.0 << 13179.0;
}

void TestGreenTransitionModel::cultivatedLand()
{
    QFETCH(double, occupied);
    QFETCH(double, supplemented);
    QFETCH(double, expected2035);
    const CultivatedLandModel model;
    ModelHarness h(model, 2023, 2035);
    h.setStart(QStringLiteral("cultivated_land"), 2025, 11179);
    h.setLever(QStringLiteral("cultivated_land_occupation"), occupied);
    h.setLever(QStringLiteral("cultivated_land_supplementation"), supplemented);
    h.run();
    QVERIFY(near(h.at(QStringLiteral("cultivated_land"), 2035), expected2035));
    QCOMPARE(h.at(QStringLiteral("cultivated_land"), 2025), 11179.0);
}

void TestGreenTransitionModel::redLineHeld()
{
    const RedLineModel model;
    ModelHarness h(model, 2023, 2035);
    h.setStart(QStringLiteral("ecological_red_line_area"), 2023, 53636);
    h.run();  // adjustment 0
    for (int year = 2024; year <= 2035; ++year)
        QCOMPARE(h.at(QStringLiteral("ecological_red_line_area"), year), 53636.0);
    // −10 km² in 2024 only: 53,626 from 2024 on, below the floor.
    h.setLever(QStringLiteral("red_line_adjustment"), 2024, -10);
    for (int year = 2024; year <= 2035; ++year)
        h.trajectory(QStringLiteral("ecological_red_line_area")).values[year - 2023] = std::nan("");
    h.run();
    QCOMPARE(h.at(QStringLiteral("ecological_red_line_area"), 2024), 53626.0);
    QCOMPARE(h.at(QStringLiteral("ecological_red_line_area"), 2035), 53626.0);
}

void TestGreenTransitionModel::efficiencyAgainstBenchmarks()
{
    const EfficiencyModel model;
    ModelHarness h(model, 2023, 2025);
    h.setStart(QStringLiteral("water_intensity"), 2023, 85);
    h.setInput(QStringLiteral("energy_intensity"), 0.45);
    h.setLever(QStringLiteral("water_intensity_decline"), 3.4);
    h.setLever(QStringLiteral("energy_intensity_benchmark"), 0.30);
    h.setLever(QStringLiteral("water_intensity_benchmark"), 40);
    h.run();
    // Water: 85 × 0.966 = 82.11 (2024), × 0.966 = 79.31826 (2025).
    QVERIFY(near(h.at(QStringLiteral("water_intensity"), 2024), 82.11));
    QVERIFY(near(h.at(QStringLiteral("water_intensity"), 2025), 79.31826));
    // Ratios: 85 ÷ 40 = 212.5 % (2023), 82.11 ÷ 40 = 205.275 %; energy 0.45 ÷ 0.30 = 150 %.
    QVERIFY(near(h.at(QStringLiteral("water_intensity_vs_benchmark"), 2023), 212.5));
    QVERIFY(near(h.at(QStringLiteral("water_intensity_vs_benchmark"), 2024), 205.275));
    QVERIFY(near(h.at(QStringLiteral("energy_intensity_vs_benchmark"), 2025), 150.0));
}

QTEST_GUILESS_MAIN(TestGreenTransitionModel)
#include "tst_green_transition_model.moc"
