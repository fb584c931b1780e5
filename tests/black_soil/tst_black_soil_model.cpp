// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

// The models of chapter 四、黑土强基, run through the Simulator, against
// values worked out by hand. Every expected value is typed from the
// arithmetic in its comment (published figures and the catalog's
// coefficients, typed again here), never from the code's output. One file
// for the chapter's six small models, which share one Simulator; most of its
// length is data tables.
//
// Start values (the latest data point of each indicator):
//   high-standard farmland 5,098 万亩 (2024), share 62.2 % (2024)
//   conservation tillage 4,100 万亩 (2024), organic matter 26.86 g/kg (2023)
//   grain output 4,266.0 万吨 (2024), safe use of contaminated farmland
//   99.9 % (2023), groundwater class I–IV 77.8 % (2023, assumed),
//   core bases 3 (2023, assumed).

#include "black_soil/core/blacksoilmodule.h"
#include "black_soil/core/soilorganicmattermodel.h"

#include "engine/assessment.h"
#include "engine/catalog.h"
#include "engine/goalseek.h"
#include "engine/model.h"
#include "engine/simulation.h"

#include "common/chaptermodelfixture.h"

#include <QTest>

#include <algorithm>
#include <cmath>
#include <optional>

using namespace Planner;

namespace {

// Lever ids of the chapter (resources/catalog/black_soil.json).
const QString kBuilt = QStringLiteral("high_standard_farmland_built_per_year");
const QString kTillage = QStringLiteral("conservation_tillage_expansion_per_year");
const QString kStraw = QStringLiteral("straw_return_share");
const QString kYield = QStringLiteral("grain_yield_growth");
const QString kIdentified = QStringLiteral("contaminated_farmland_identified_per_year");
const QString kTreated = QStringLiteral("contaminated_farmland_treated_per_year");
const QString kImproved = QStringLiteral("groundwater_points_improved_per_year");
const QString kAtRisk = QStringLiteral("groundwater_points_at_risk_per_year");
const QString kBases = QStringLiteral("core_bases_established_per_year");

using LeverValues = QList<QPair<QString, double>>;

bool near(double actual, double expected, double tolerance)
{
    return std::abs(actual - expected) <= tolerance;
}

QByteArray describe(double actual, double expected)
{
    return QByteArray("actual ") + QByteArray::number(actual, 'f', 6) + " expected "
           + QByteArray::number(expected, 'f', 6);
}

} // namespace

class TestBlackSoilModel final : public QObject, private Testing::ChapterModelFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void coefficients_data();
    void coefficients();
    void leversHaveProvenance();
    void highStandardFarmland_data();
    void highStandardFarmland();
    void yearOfFullCoverage_data();
    void yearOfFullCoverage();
    void organicMatterResponse_data();
    void organicMatterResponse();
    void soilOrganicMatter_data();
    void soilOrganicMatter();
    void grainOutput_data();
    void grainOutput();
    void contaminatedFarmland_data();
    void contaminatedFarmland();
    void groundwater_data();
    void groundwater();
    void coreBases_data();
    void coreBases();
    void defaultScenarioTargets_data();
    void defaultScenarioTargets();
    void defaultScenarioStatuses_data();
    void defaultScenarioStatuses();
    void milestonesStayMilestones();
    void goalSeek_data();
    void goalSeek();
    void sharesStayWithinBoundsInEveryDraw_data();
    void sharesStayWithinBoundsInEveryDraw();

private:
    void run(const LeverValues &levers, Engine::RunResult *result, int endYear = Engine::kPlanLastYear);
};

void TestBlackSoilModel::initTestCase()
{
    add(BlackSoil::BlackSoilModule(), 6);
    if (QTest::currentTestFailed())
        return;
    build();
}

void TestBlackSoilModel::run(const LeverValues &levers, Engine::RunResult *result, int endYear)
{
    Engine::SimulationOptions options;
    options.endYear = endYear;
    Engine::Expected<Engine::RunResult> run = m_simulator->runDeterministic(constantLevers(levers), options);
    QVERIFY2(run.ok(), qPrintable(run.error().message));
    *result = run.takeValue();
}

void TestBlackSoilModel::coefficients_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<double>("value");
    QTest::addColumn<bool>("assumption");

    // 国函〔2023〕147号: permanent basic farmland ≥ 8,201 万亩.
    QTest::newRow("permanent basic farmland") << QStringLiteral("permanent_basic_farmland_area") << 8201.0 << false;
    // Published: 11,179 万亩 of actual cultivated land (2025 press report).
    QTest::newRow("cultivated land") << QStringLiteral("cultivated_land_area") << 11179.0 << false;
    QTest::newRow("gain under tillage") << QStringLiteral("organic_matter_gain_conservation_tillage") << 0.30 << true;
    QTest::newRow("gain with straw") << QStringLiteral("organic_matter_gain_straw_return") << 0.15 << true;
    QTest::newRow("loss ploughing") << QStringLiteral("organic_matter_loss_ploughing") << 0.20 << true;
    // NBS 2023: 5,825.6 千公顷 × 1.5 万亩 per 千公顷 = 8,738.4 万亩.
    QTest::newRow("grain sown area") << QStringLiteral("grain_sown_area") << 8738.4 << false;
    QTest::newRow("contaminated farmland") << QStringLiteral("contaminated_farmland_area") << 100.0 << true;
    QTest::newRow("groundwater points") << QStringLiteral("groundwater_national_points") << 36.0 << true;
}

void TestBlackSoilModel::coefficients()
{
    QFETCH(QString, id);
    QFETCH(double, value);
    QFETCH(bool, assumption);
    verifyCoefficient(QStringLiteral("black_soil"), id, value, assumption);
}

void TestBlackSoilModel::leversHaveProvenance()
{
    verifyLeversHaveProvenance(QStringLiteral("black_soil"), 9);
    if (QTest::currentTestFailed())
        return;
    // The default of high-standard farmland built per year is the published
    // expectation: 5,362 万亩 (2025) − 5,098 万亩 (2024) = 264 万亩.
    QCOMPARE(m_catalog.lever(kBuilt)->defaultValue, 264.0);
    // Conservation tillage: 4,100 − 3,700 = 400 万亩 a year (2023 → 2024).
    QCOMPARE(m_catalog.lever(kTillage)->defaultValue, 400.0);
}

void TestBlackSoilModel::highStandardFarmland_data()
{
    QTest::addColumn<double>("built");
    QTest::addColumn<int>("year");
    QTest::addColumn<double>("area");   // 万亩
    QTest::addColumn<double>("share");  // % of 8,201 万亩

    // 5,098 + 264 = 5,362 万亩, the department's expected 2025 figure;
    // 5,362 / 8,201 = 65.382 %.
    QTest::newRow("default, 2025") << 264.0 << 2025 << 5362.0 << 65.3823;
    // 5,098 + 11 × 264 = 5,098 + 2,904 = 8,002; 8,002 / 8,201 = 97.573 %.
    QTest::newRow("default, 2035") << 264.0 << 2035 << 8002.0 << 97.5735;
    // 5,098 + 7 × 400 = 7,898; 7,898 / 8,201 = 96.305 %.
    QTest::newRow("400 a year, 2031") << 400.0 << 2031 << 7898.0 << 96.3053;
    // 5,098 + 8 × 400 = 8,298 > 8,201: all of it, 100 %.
    QTest::newRow("400 a year, 2032") << 400.0 << 2032 << 8298.0 << 100.0;
    // Nothing built: 5,098 / 8,201 = 62.163 % (the published 62.2 %).
    QTest::newRow("minimum 0, 2035") << 0.0 << 2035 << 5098.0 << 62.1632;
    // 5,098 + 3 × 1,000 = 8,098; 8,098 / 8,201 = 98.744 %.
    QTest::newRow("maximum 1,000, 2027") << 1000.0 << 2027 << 8098.0 << 98.7441;
    // 5,098 + 11 × 1,000 = 16,098 万亩, twice the basic farmland: the
    // share stays at 100 %, never above.
    QTest::newRow("maximum 1,000, 2035") << 1000.0 << 2035 << 16098.0 << 100.0;
}

void TestBlackSoilModel::highStandardFarmland()
{
    QFETCH(double, built);
    QFETCH(int, year);
    QFETCH(double, area);
    QFETCH(double, share);
    Engine::RunResult result;
    run({{kBuilt, built}}, &result);
    if (QTest::currentTestFailed())
        return;
    const double projectedArea = valueAt(result, QStringLiteral("high_standard_farmland_area"), year);
    const double projectedShare = valueAt(result, QStringLiteral("high_standard_farmland_share"), year);
    QVERIFY2(near(projectedArea, area, 1e-6), describe(projectedArea, area).constData());
    QVERIFY2(near(projectedShare, share, 1e-4), describe(projectedShare, share).constData());
}

void TestBlackSoilModel::yearOfFullCoverage_data()
{
    QTest::addColumn<double>("built");
    QTest::addColumn<int>("year");  // the first year at 100 % of 8,201 万亩

    // Missing: 8,201 − 5,098 = 3,103 万亩 from 2024.
    // 3,103 / 264 = 11.75: 12 years, 2036, a year after the planner's 2035.
    QTest::newRow("default 264") << 264.0 << 2036;
    // 11 × 282.1 = 3,103.1 ≥ 3,103: 2035, the least that meets B-01.
    QTest::newRow("282.1") << 282.1 << 2035;
    // 11 × 282 = 3,102 < 3,103: one 万亩 short in 2035, done in 2036.
    QTest::newRow("282") << 282.0 << 2036;
    // 3,103 / 400 = 7.76: 8 years, 2032.
    QTest::newRow("400") << 400.0 << 2032;
    // 3,103 / 1,000 = 3.1: 4 years, 2028.
    QTest::newRow("maximum 1,000") << 1000.0 << 2028;
}

void TestBlackSoilModel::yearOfFullCoverage()
{
    QFETCH(double, built);
    QFETCH(int, year);
    Engine::RunResult result;
    run({{kBuilt, built}}, &result, Engine::kLatestProjectionYear);
    if (QTest::currentTestFailed())
        return;
    int first = 0;
    for (int y = 2025; y <= Engine::kLatestProjectionYear && first == 0; ++y) {
        if (valueAt(result, QStringLiteral("high_standard_farmland_share"), y) >= 100.0)
            first = y;
    }
    QCOMPARE(first, year);
}

void TestBlackSoilModel::organicMatterResponse_data()
{
    QTest::addColumn<double>("tillage");  // 万亩 under conservation tillage
    QTest::addColumn<double>("straw");    // % of the ploughed land with straw returned
    QTest::addColumn<double>("change");   // g/kg in the year

    // Cropland 11,179 万亩; +0.30 under tillage, +0.15 ploughed with straw,
    // −0.20 ploughed without straw.
    QTest::newRow("all ploughed, no straw") << 0.0 << 0.0 << -0.20;
    QTest::newRow("all ploughed, all straw") << 0.0 << 100.0 << 0.15;
    QTest::newRow("all under tillage") << 11179.0 << 17.6 << 0.30;
    QTest::newRow("more than the cropland counts as all") << 20000.0 << 0.0 << 0.30;
    // t = 4,100 / 11,179 = 0.366759; s = 0.633241 × 0.176 = 0.111450;
    // p = 0.633241 − 0.111450 = 0.521791;
    // 0.366759 × 0.30 + 0.111450 × 0.15 − 0.521791 × 0.20
    //   = 0.110028 + 0.016718 − 0.104358 = 0.022387.
    QTest::newRow("2024: 4,100 万亩, 17.6 % straw") << 4100.0 << 17.6 << 0.022387;
    // 0.366759 × 0.30 − 0.633241 × 0.20 = 0.110028 − 0.126648 = −0.016620.
    QTest::newRow("4,100 万亩, no straw") << 4100.0 << 0.0 << -0.016620;
    // With 17.6 % straw the change is 0.4384 t − 0.1384 (0.1384 = 0.824 ×
    // 0.20 − 0.176 × 0.15): zero at t = 0.1384 / 0.4384 = 0.315693, i.e.
    // 3,529.1 万亩; 2023's 3,700 万亩 was already past it.
    QTest::newRow("break-even 3,529.1 万亩") << 11179.0 * 0.1384 / 0.4384 << 17.6 << 0.0;
}

void TestBlackSoilModel::organicMatterResponse()
{
    QFETCH(double, tillage);
    QFETCH(double, straw);
    QFETCH(double, change);
    // The catalog's coefficients, typed again.
    const BlackSoil::SoilOrganicMatterModel model(BlackSoil::SoilOrganicMatterResponse{11179.0, 0.30, 0.15, 0.20});
    const double actual = model.yearlyChange(tillage, straw);
    QVERIFY2(near(actual, change, 2e-6), describe(actual, change).constData());
}

void TestBlackSoilModel::soilOrganicMatter_data()
{
    QTest::addColumn<double>("expansion");
    QTest::addColumn<double>("straw");
    QTest::addColumn<int>("year");
    QTest::addColumn<double>("tillage");        // 万亩
    QTest::addColumn<double>("organicMatter");  // g/kg

    // 2024 is data for tillage (4,100) and the first projected year for
    // organic matter: 26.86 + 0.022387 = 26.882387.
    QTest::newRow("default, 2024") << 400.0 << 17.6 << 2024 << 4100.0 << 26.882387;
    // Tillage 4,100 + 11 × 400 = 8,500 万亩 in 2035. Organic matter adds
    // 0.4384 × tillage / 11,179 − 0.1384 a year over 2024–2035 (12 years):
    // tillage summed = 12 × 4,100 + 400 × (0 + 1 + … + 11) = 49,200 +
    // 26,400 = 75,600; 0.4384 × 75,600 / 11,179 = 2.964762; minus 12 ×
    // 0.1384 = 1.6608: +1.303962, so 26.86 + 1.303962 = 28.163962.
    QTest::newRow("default, 2035") << 400.0 << 17.6 << 2035 << 8500.0 << 28.163962;
    // Both levers at their minimum: tillage stays 4,100, organic matter
    // falls 0.016620 a year: 26.86 − 12 × 0.016620 = 26.660555.
    QTest::newRow("minimum, 2035") << 0.0 << 0.0 << 2035 << 4100.0 << 26.660555;
    // 1,500 a year: 5,600, 7,100, 8,600, 10,100, then 11,600 > 11,179,
    // held at the cropland. Changes 2024–2029: 0.022387, 0.081212
    // (0.4384 × 5,600 / 11,179 − 0.1384), 0.140037, 0.198861, 0.257685,
    // 0.30; sum 1.000182: 27.860182.
    QTest::newRow("maximum 1,500, 2029") << 1500.0 << 17.6 << 2029 << 11179.0 << 27.860182;
    // Then 0.30 a year for six years: 27.860182 + 1.8 = 29.660182.
    QTest::newRow("maximum 1,500, 2035") << 1500.0 << 17.6 << 2035 << 11179.0 << 29.660182;
}

void TestBlackSoilModel::soilOrganicMatter()
{
    QFETCH(double, expansion);
    QFETCH(double, straw);
    QFETCH(int, year);
    QFETCH(double, tillage);
    QFETCH(double, organicMatter);
    Engine::RunResult result;
    run({{kTillage, expansion}, {kStraw, straw}}, &result);
    if (QTest::currentTestFailed())
        return;
    const double projectedTillage = valueAt(result, QStringLiteral("conservation_tillage_area"), year);
    const double projectedMatter = valueAt(result, QStringLiteral("soil_organic_matter"), year);
    QVERIFY2(near(projectedTillage, tillage, 1e-6), describe(projectedTillage, tillage).constData());
    QVERIFY2(near(projectedMatter, organicMatter, 1e-5), describe(projectedMatter, organicMatter).constData());
}

void TestBlackSoilModel::grainOutput_data()
{
    QTest::addColumn<double>("growth");  // % a year
    QTest::addColumn<int>("year");
    QTest::addColumn<double>("output");  // 万吨

    // 8,738.4 万亩 × (4,266.0 / 8,738.4) t/亩 × 1.017 = 4,338.522.
    QTest::newRow("default 1.7 %, 2025") << 1.7 << 2025 << 4338.522;
    // 1.017^11 = 1.203734: 4,266.0 × 1.203734 = 5,135.13.
    QTest::newRow("default 1.7 %, 2035") << 1.7 << 2035 << 5135.13;
    QTest::newRow("flat yields, 2035") << 0.0 << 2035 << 4266.0;
    // 0.97^11 = 0.715302: 3,051.48.
    QTest::newRow("minimum −3 %, 2035") << -3.0 << 2035 << 3051.48;
    // 1.05^11 = 1.710339: 7,296.31.
    QTest::newRow("maximum 5 %, 2035") << 5.0 << 2035 << 7296.31;
}

void TestBlackSoilModel::grainOutput()
{
    QFETCH(double, growth);
    QFETCH(int, year);
    QFETCH(double, output);
    Engine::RunResult result;
    run({{kYield, growth}}, &result);
    if (QTest::currentTestFailed())
        return;
    const double projected = valueAt(result, QStringLiteral("grain_output"), year);
    QVERIFY2(near(projected, output, 0.01), describe(projected, output).constData());
}

void TestBlackSoilModel::contaminatedFarmland_data()
{
    QTest::addColumn<double>("identified");
    QTest::addColumn<double>("treated");
    QTest::addColumn<int>("year");
    QTest::addColumn<double>("rate");  // %

    // 100 万亩 at 99.9 % in 2023: 0.1 万亩 untreated.
    // Defaults 1 in, 1 treated: untreated stays 0.1; 2027: 100 + 4 × 1 =
    // 104 万亩; (104 − 0.1) / 104 = 99.904 % ≥ 95: B-03 met.
    QTest::newRow("default, 2027") << 1.0 << 1.0 << 2027 << 99.9038;
    QTest::newRow("nothing moves, 2027") << 0.0 << 0.0 << 2027 << 99.9;
    // 5 in, 4 treated: untreated 0.1 + 4 × 1 = 4.1 of 120: 96.583 %, met.
    QTest::newRow("5 in, 4 treated, 2027") << 5.0 << 4.0 << 2027 << 96.5833;
    // 5 in, 3 treated: untreated 0.1 + 4 × 2 = 8.1 of 120: 93.25 %, missed.
    QTest::newRow("5 in, 3 treated, 2027") << 5.0 << 3.0 << 2027 << 93.25;
    // 5 in, none treated: 20.1 of 120 untreated: 99.9 / 120 = 83.25 %.
    QTest::newRow("5 in, none treated, 2027") << 5.0 << 0.0 << 2027 << 83.25;
    // Treatment at its maximum cannot pass what is untreated: 100 %.
    QTest::newRow("maximum treatment, 2024") << 0.0 << 50.0 << 2024 << 100.0;
    // Identification at its maximum, none treated: 300 万亩, 200.1
    // untreated: 99.9 / 300 = 33.3 %.
    QTest::newRow("maximum identified, 2027") << 50.0 << 0.0 << 2027 << 33.3;
}

void TestBlackSoilModel::contaminatedFarmland()
{
    QFETCH(double, identified);
    QFETCH(double, treated);
    QFETCH(int, year);
    QFETCH(double, rate);
    Engine::RunResult result;
    run({{kIdentified, identified}, {kTreated, treated}}, &result);
    if (QTest::currentTestFailed())
        return;
    const double projected = valueAt(result, QStringLiteral("contaminated_farmland_safe_use_rate"), year);
    QVERIFY2(near(projected, rate, 1e-4), describe(projected, rate).constData());
}

void TestBlackSoilModel::groundwater_data()
{
    QTest::addColumn<double>("improved");
    QTest::addColumn<double>("atRisk");
    QTest::addColumn<int>("year");
    QTest::addColumn<double>("share");  // %

    // 36 points at 77.8 % in 2023: 28.008 good points. 2024–2035 is 12 years.
    // Defaults 0.5 and 0.5: no net change, 77.8 % < 80: B-06 missed.
    QTest::newRow("default, 2035") << 0.5 << 0.5 << 2035 << 77.8;
    // B-06 needs 0.8 × 36 = 28.8 good points: net 0.792 in 12 years, 0.066
    // a year. 0.57 − 0.5 = 0.07: 28.008 + 0.84 = 28.848; 80.133 %, met.
    QTest::newRow("0.57 improved, 2035") << 0.57 << 0.5 << 2035 << 80.1333;
    // 0.55 − 0.5 = 0.05: 28.008 + 0.6 = 28.608; 79.467 %, missed.
    QTest::newRow("0.55 improved, 2035") << 0.55 << 0.5 << 2035 << 79.4667;
    // One a year against 0.5: 28.008 + 6 = 34.008; 94.467 %.
    QTest::newRow("1 improved, 2035") << 1.0 << 0.5 << 2035 << 94.4667;
    // 5 a year: 33.008 (2024), 38.008 held at the 36 points: 100 %.
    QTest::newRow("maximum improved, 2025") << 5.0 << 0.0 << 2025 << 100.0;
    // 5 a year at risk: 28.008 − 6 × 5 < 0 in 2029: held at 0 %.
    QTest::newRow("maximum at risk, 2029") << 0.0 << 5.0 << 2029 << 0.0;
}

void TestBlackSoilModel::groundwater()
{
    QFETCH(double, improved);
    QFETCH(double, atRisk);
    QFETCH(int, year);
    QFETCH(double, share);
    Engine::RunResult result;
    run({{kImproved, improved}, {kAtRisk, atRisk}}, &result);
    if (QTest::currentTestFailed())
        return;
    const double projected = valueAt(result, QStringLiteral("groundwater_class_i_iv_share"), year);
    QVERIFY2(near(projected, share, 1e-4), describe(projected, share).constData());
}

void TestBlackSoilModel::coreBases_data()
{
    QTest::addColumn<double>("established");
    QTest::addColumn<int>("year");
    QTest::addColumn<double>("bases");

    // 3 bases in 2023, none added: 3 in 2035, B-02's 3 met.
    QTest::newRow("default, 2035") << 0.0 << 2035 << 3.0;
    // One a year over 2024–2027: 3 + 4 = 7.
    QTest::newRow("one a year, 2027") << 1.0 << 2027 << 7.0;
    // The maximum, 3 a year over 12 years: 3 + 36 = 39.
    QTest::newRow("maximum, 2035") << 3.0 << 2035 << 39.0;
}

void TestBlackSoilModel::coreBases()
{
    QFETCH(double, established);
    QFETCH(int, year);
    QFETCH(double, bases);
    Engine::RunResult result;
    run({{kBases, established}}, &result);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(valueAt(result, QStringLiteral("black_soil_core_bases"), year), bases);
}

void TestBlackSoilModel::defaultScenarioTargets_data()
{
    QTest::addColumn<QString>("target");
    QTest::addColumn<double>("projected");  // at the target's year, by hand
    QTest::addColumn<bool>("met");

    // B-02 (≥ 3 bases, planner's 2035): 3 + 0 = 3: met.
    QTest::newRow("B-02") << QStringLiteral("B-02") << 3.0 << true;
    // B-03 (≥ 95 % by 2027): (104 − 0.1) / 104 = 99.904 %: met.
    QTest::newRow("B-03") << QStringLiteral("B-03") << 99.9038 << true;
    // B-06 (≥ 80 % by 2035): 28.008 / 36 = 77.8 %: missed by 0.792 points.
    QTest::newRow("B-06") << QStringLiteral("B-06") << 77.8 << false;
    // B-07 (organic matter rising, planner's 2035): 28.164 > 26.86: met.
    QTest::newRow("B-07") << QStringLiteral("B-07") << 28.163962 << true;
}

void TestBlackSoilModel::defaultScenarioTargets()
{
    QFETCH(QString, target);
    QFETCH(double, projected);
    QFETCH(bool, met);
    const Engine::Target *t = m_catalog.target(target);
    QVERIFY2(t, qPrintable(target));
    Engine::RunResult result;
    run({}, &result);
    if (QTest::currentTestFailed())
        return;
    const Engine::IndicatorResult *indicator = result.find(t->indicatorId);
    QVERIFY(indicator);
    QVERIFY2(indicator->modelled, qPrintable(t->indicatorId));
    const double value = indicator->central.at(t->year);
    QVERIFY2(near(value, projected, 1e-4), describe(value, projected).constData());

    bool judged = false;
    switch (t->kind) {
    case Engine::TargetKind::AtLeast:
    case Engine::TargetKind::FullCoverage:
        QVERIFY(t->value);
        judged = value >= *t->value;
        break;
    case Engine::TargetKind::Direction:
        // Higher is better: the target year above the start value.
        QVERIFY(indicator->start);
        judged = value > indicator->start->value;
        break;
    default:
        QFAIL("unexpected kind");
    }
    QCOMPARE(judged, met);
}

void TestBlackSoilModel::defaultScenarioStatuses_data()
{
    QTest::addColumn<QString>("target");
    QTest::addColumn<QString>("status");

    // The engine's assessment of the default scenario (deterministic run,
    // so a projection that meets its target is on track, one that misses it
    // off track; data that already meet it: achieved).
    // B-01: the plan asks for the implementation plan (a milestone); no
    // proxy with a threshold: not assessable. The coverage share (97.573 %
    // in 2035) is tracked without a plan target.
    QTest::newRow("B-01") << QStringLiteral("B-01") << QStringLiteral("not_assessable");
    // B-02: 3 + 0 = 3 bases in 2035 meet 3; on track, not achieved: the 3
    // of 2023 are an assumed baseline, not a published figure.
    QTest::newRow("B-02") << QStringLiteral("B-02") << QStringLiteral("on_track");
    // B-03: 99.9 % in 2023 already meets 95 %.
    QTest::newRow("B-03") << QStringLiteral("B-03") << QStringLiteral("achieved");
    // B-04: a milestone without a proxy: evidence, not arithmetic.
    QTest::newRow("B-04") << QStringLiteral("B-04") << QStringLiteral("not_assessable");
    // B-05: its proxy, the safe-use rate, keeps rising: (112 − 0.1) / 112 =
    // 99.911 % in 2035 > 99.9 % in 2023.
    QTest::newRow("B-05") << QStringLiteral("B-05") << QStringLiteral("on_track");
    // B-06: 77.8 % < 80 % in 2035.
    QTest::newRow("B-06") << QStringLiteral("B-06") << QStringLiteral("off_track");
    // B-07: 28.164 g/kg in 2035 > 26.86 in 2023.
    QTest::newRow("B-07") << QStringLiteral("B-07") << QStringLiteral("on_track");
}

void TestBlackSoilModel::defaultScenarioStatuses()
{
    QFETCH(QString, target);
    QFETCH(QString, status);
    Engine::RunResult result;
    run({}, &result);
    if (QTest::currentTestFailed())
        return;
    const Engine::Expected<QList<Engine::TargetAssessment>> all = Engine::assessAll(m_simulator->indicators(), result);
    QVERIFY2(all.ok(), qPrintable(all.error().message));
    const auto it = std::find_if(all.value().cbegin(), all.value().cend(),
                                 [&](const Engine::TargetAssessment &a) { return a.targetId == target; });
    QVERIFY2(it != all.value().cend(), qPrintable(target));
    QVERIFY2(Engine::targetStatusToString(it->status) == status,
             qPrintable(target + QStringLiteral(": ") + Engine::targetStatusToString(it->status)
                        + QStringLiteral(" ") + it->note));
}

void TestBlackSoilModel::goalSeek_data()
{
    QTest::addColumn<QString>("target");
    QTest::addColumn<QString>("lever");
    QTest::addColumn<double>("identified");  // contaminated farmland newly identified per year
    QTest::addColumn<double>("answer");      // the least setting that meets the target

    // B-06 in 2035, with 0.5 points a year at risk: 28.8 − 28.008 = 0.792
    // points in 12 years; 0.5 + 0.792 / 12 = 0.566 points/yr improved,
    // set with 2 decimals (the lever spans less than 100): 0.57.
    QTest::newRow("B-06 points improved") << QStringLiteral("B-06") << kImproved << 1.0 << 0.57;
    // B-03 in 2027 with 5 万亩 a year newly identified: 120 万亩, at most 5 %
    // = 6 untreated; 0.1 + 4 × (5 − T) ≤ 6 gives T ≥ 3.525 万亩/年, set
    // with 2 decimals and rounded up (3.52 leaves 6.02): 3.53.
    QTest::newRow("B-03 farmland treated") << QStringLiteral("B-03") << kTreated << 5.0 << 3.53;
}

void TestBlackSoilModel::goalSeek()
{
    QFETCH(QString, target);
    QFETCH(QString, lever);
    QFETCH(double, identified);
    QFETCH(double, answer);
    Engine::ScenarioInputs inputs;
    inputs.levers.insert(kIdentified,
                         Engine::LeverSchedule::filled(Engine::kPlanFirstYear, Engine::kPlanLastYear, identified));
    Engine::GoalSeekOptions options;
    options.draws = 50;
    const Engine::Expected<Engine::GoalSeekResult> result
        = Engine::goalSeek(*m_simulator, inputs, target, lever, options);
    QVERIFY2(result.ok(), qPrintable(result.error().message));
    QVERIFY2(result.value().p50.reachable, qPrintable(result.value().p50.reason));
    const double value = result.value().p50.value;
    // Rounded to the lever's decimals, the way that meets the target.
    QVERIFY2(std::abs(value - answer) < 1e-12, describe(value, answer).constData());
}

void TestBlackSoilModel::milestonesStayMilestones()
{
    Engine::RunResult result;
    run({}, &result);
    if (QTest::currentTestFailed())
        return;
    for (const char *id : {"B-04", "B-05"}) {
        const Engine::Target *t = m_catalog.target(QLatin1StringView(id));
        QVERIFY2(t, id);
        QCOMPARE(t->kind, Engine::TargetKind::Milestone);
        const Engine::IndicatorResult *indicator = result.find(t->indicatorId);
        QVERIFY2(indicator, id);
        QVERIFY2(!indicator->modelled, id);
        QVERIFY2(!indicator->central.hasValue(t->year), id);
    }
}

void TestBlackSoilModel::sharesStayWithinBoundsInEveryDraw_data()
{
    QTest::addColumn<double>("built");
    QTest::addColumn<double>("improved");
    QTest::addColumn<double>("atRisk");

    QTest::newRow("defaults") << 264.0 << 0.5 << 0.5;
    // Draws pushed past the top: farmland beyond the basic farmland, every
    // groundwater point improving.
    QTest::newRow("high") << 1000.0 << 5.0 << 0.0;
    // And past the bottom.
    QTest::newRow("low") << 0.0 << 0.0 << 5.0;
}

void TestBlackSoilModel::sharesStayWithinBoundsInEveryDraw()
{
    QFETCH(double, built);
    QFETCH(double, improved);
    QFETCH(double, atRisk);
    Engine::ScenarioInputs inputs;
    const LeverValues levers{{kBuilt, built}, {kImproved, improved}, {kAtRisk, atRisk}};
    for (const auto &[id, value] : levers)
        inputs.levers.insert(id, Engine::LeverSchedule::filled(Engine::kPlanFirstYear, Engine::kPlanLastYear, value));
    Engine::MonteCarloOptions options;
    options.draws = 200;
    const Engine::Expected<Engine::RunResult> run = m_simulator->runMonteCarlo(inputs, options);
    QVERIFY2(run.ok(), qPrintable(run.error().message));
    for (const char *id : {"high_standard_farmland_share", "contaminated_farmland_safe_use_rate",
                           "groundwater_class_i_iv_share"}) {
        const Engine::IndicatorResult *indicator = run.value().find(QLatin1StringView(id));
        QVERIFY2(indicator, id);
        for (int year = 2025; year <= Engine::kPlanLastYear; ++year) {
            for (const double value : indicator->drawsAt(year))
                QVERIFY2(value >= 0.0 && value <= 100.0, qPrintable(QStringLiteral("%1 %2: %3")
                                                                        .arg(QLatin1StringView(id)).arg(year)
                                                                        .arg(value)));
        }
    }
}

QTEST_GUILESS_MAIN(TestBlackSoilModel)
#include "tst_black_soil_model.moc"
