// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

// The models of chapter 三 环境增彩 against figures worked out by hand.
// Constants used below (resources/catalog/environment.json):
//   109 national surface-water sections (2024); 100 listed rivers and lakes
//   (assumption); 9 cities and prefectures; PM2.5 −0.02 µg/m³ per 万户 of
//   clean heating, −0.01 per ultra-low-emission boiler, −0.1 per point of
//   straw-ban compliance gained over the reference 95 %; +0.75 point of
//   good-air days per µg/m³ less PM2.5.
// Defaults: sections improved 1 and newly at risk 1 a year (net 0); 10
// rivers and lakes a year; sorting coverage +3 points a year; solid-waste
// intensity −3 % a year; 1 zero-waste city a year; 10 万户 clean heating
// (−0.2 µg/m³) and 20 boilers (−0.2 µg/m³) a year, compliance held at 95 %,
// other change 0: PM2.5 −0.4 µg/m³ a year; villages 1 / 10 / 100 / 1,000 a
// year.
// Start years: surface water, PM2.5 and good-air days 2024; sorting coverage
// and solid-waste intensity 2022; rivers and lakes, zero-waste cities and
// the village counts 2023 (at 0).

#include "environment/core/environmentmodule.h"
#include "environment/core/surfacewatermodel.h"

#include "engine/assessment.h"
#include "engine/catalog.h"
#include "engine/goalseek.h"
#include "engine/lever.h"
#include "engine/model.h"
#include "engine/runresult.h"
#include "engine/scenarioinputs.h"
#include "engine/simulation.h"
#include "engine/targetcriteria.h"

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
const std::array<const char *, 5> kShares{"surface_water_good_share", "beautiful_rivers_lakes_rate",
                                          "waste_sorting_coverage", "zero_waste_city_share", "good_air_days_share"};

} // namespace

class TestEnvironmentModel final : public QObject, private Testing::ChapterModelFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void coefficients_data();
    void coefficients();
    void leversHaveProvenance();
    void modelsPublishTheChapterIndicators();
    void sectionShareByHand_data();
    void sectionShareByHand();
    void aboutToleranceBoundaries_data();
    void aboutToleranceBoundaries();
    void surfaceWaterThroughHandBuiltContext();
    void defaultScenario_data();
    void defaultScenario();
    void defaultTargetStatuses_data();
    void defaultTargetStatuses();
    void leverBounds_data();
    void leverBounds();
    void strawBanByStage();
    void goalSeekSortingPaceForFullCoverage();
    void sharesStayWithinBoundsUnderUncertainty();

};

void TestEnvironmentModel::initTestCase()
{
    add(Environment::EnvironmentModule(), 5);
    if (QTest::currentTestFailed())
        return;
    build();
}

void TestEnvironmentModel::coefficients_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<double>("value");
    QTest::addColumn<bool>("assumption");

    // 2024 bulletin: 97 of 109 sections good in 2024.
    QTest::newRow("sections") << QStringLiteral("national_sections_total") << 109.0 << false;
    // 8 prefecture-level cities + 延边 prefecture.
    QTest::newRow("cities") << QStringLiteral("prefecture_level_cities") << 9.0 << false;
    // No published figure: assumptions, and they must say so.
    QTest::newRow("rivers and lakes") << QStringLiteral("rivers_lakes_listed") << 100.0 << true;
    QTest::newRow("clean heating") << QStringLiteral("pm25_per_wan_households_clean_heating") << 0.02 << true;
    QTest::newRow("boilers") << QStringLiteral("pm25_per_boiler_retrofit") << 0.01 << true;
    QTest::newRow("straw") << QStringLiteral("pm25_per_straw_compliance_point") << 0.1 << true;
    QTest::newRow("compliance") << QStringLiteral("straw_ban_compliance_reference") << 95.0 << true;
    QTest::newRow("good days") << QStringLiteral("good_air_days_per_pm25") << 0.75 << true;
}

void TestEnvironmentModel::coefficients()
{
    QFETCH(QString, id);
    QFETCH(double, value);
    QFETCH(bool, assumption);
    verifyCoefficient(QStringLiteral("environment"), id, value, assumption);
    // The good-days relation is the bulletins' two points:
    // (92.9 − 89.8) ÷ (31 − 26.9) = 3.1 ÷ 4.1 = 0.756, rounded to 0.75.
    if (id == QLatin1StringView("good_air_days_per_pm25"))
        QCOMPARE(qRound((92.9 - 89.8) / (31.0 - 26.9) * 100.0), 76);
}

void TestEnvironmentModel::leversHaveProvenance()
{
    verifyLeversHaveProvenance(QStringLiteral("environment"), 14);
}

void TestEnvironmentModel::modelsPublishTheChapterIndicators()
{
    const Engine::RunResult result = run({});
    for (const char *id : {"surface_water_good_share", "beautiful_rivers_lakes_rate", "waste_sorting_coverage",
                           "solid_waste_intensity", "zero_waste_city_share", "pm25_annual_mean",
                           "good_air_days_share", "beautiful_village_lead_counties", "model_villages",
                           "beautiful_villages", "villages_improved"}) {
        const Engine::IndicatorResult *r = result.find(QLatin1StringView(id));
        QVERIFY2(r, id);
        QVERIFY2(r->modelled, id);
        QVERIFY2(r->central.hasValue(2035), id);
    }
    // E-03, E-07 and E-09 stay milestones: no model.
    for (const char *id : {"beautiful_rivers_lakes_status", "new_pollutant_risk_status", "noise_zoning_status"}) {
        const Engine::IndicatorResult *r = result.find(QLatin1StringView(id));
        QVERIFY2(r, id);
        QVERIFY2(!r->modelled, id);
    }
}

void TestEnvironmentModel::sectionShareByHand_data()
{
    QTest::addColumn<double>("good");
    QTest::addColumn<double>("sections");
    QTest::addColumn<double>("share");

    // The example: 94 ÷ 111 = 0.846847 → 84.68 %.
    QTest::newRow("94 of 111") << 94.0 << 111.0 << 84.684685;
    // 2024: 97 ÷ 109 = 0.889908 → 88.99 % (the bulletin's 89.0 %).
    QTest::newRow("97 of 109") << 97.0 << 109.0 << 88.990826;
    QTest::newRow("all") << 109.0 << 109.0 << 100.0;
    // More good than sections cannot show above 100 %, nor fewer than none below 0.
    QTest::newRow("above all") << 120.0 << 109.0 << 100.0;
    QTest::newRow("below none") << -3.0 << 109.0 << 0.0;
}

void TestEnvironmentModel::sectionShareByHand()
{
    QFETCH(double, good);
    QFETCH(double, sections);
    QFETCH(double, share);
    QVERIFY(qAbs(Environment::SurfaceWaterModel::goodShare(good, sections) - share) < 1e-6);
}

void TestEnvironmentModel::aboutToleranceBoundaries_data()
{
    QTest::addColumn<double>("share");
    QTest::addColumn<bool>("accepted");

    // E-01 "about 85 %" with ±1 point, on an indicator that should increase:
    // accepted from 85 − 1 = 84.0 up (a value above the band keeps 85 %).
    QTest::newRow("84.7 (94 of 111)") << 94.0 / 111.0 * 100.0 << true;
    QTest::newRow("84.0 lower edge") << 84.0 << true;
    QTest::newRow("86.0 upper edge") << 86.0 << true;
    QTest::newRow("83.9 below") << 83.9 << false;
    QTest::newRow("89.0 (2024)") << 89.0 << true;
}

void TestEnvironmentModel::aboutToleranceBoundaries()
{
    QFETCH(double, share);
    QFETCH(bool, accepted);
    const Engine::Target *target = m_catalog.target(QStringLiteral("E-01"));
    QVERIFY(target);
    QCOMPARE(target->kind, Engine::TargetKind::About);
    QCOMPARE(target->tolerance.value_or(kNaN), 1.0);
    const Engine::Indicator *indicator = m_catalog.indicator(target->indicatorId);
    QVERIFY(indicator);
    const std::optional<Engine::LevelBand> band = Engine::levelBand(*target, *indicator, {});
    QVERIFY(band);
    QCOMPARE(band->contains(share, 0.0), accepted);
}

void TestEnvironmentModel::surfaceWaterThroughHandBuiltContext()
{
    // The model alone on 111 sections, 2023–2026, the share observed in 2023
    // as 94 of 111; 2 sections improved and 1 newly at risk each year.
    const Environment::SurfaceWaterModel model(111.0);
    const int first = 2023;
    const int last = 2026;
    Engine::Trajectory share{first, {94.0 / 111.0 * 100.0, kNaN, kNaN, kNaN}, 2023};
    const std::array<double, 4> improved{2, 2, 2, 2};
    const std::array<double, 4> atRisk{1, 1, 1, 1};
    const std::array<const double *, 2> leverRows{improved.data(), atRisk.data()};
    std::array<Engine::Trajectory *, 1> trajectories{&share};
    const std::array<int, 2> leverIndex{0, 1};
    const std::array<int, 1> outputIndex{0};
    Engine::ModelContext context(first, last, leverRows.data(), trajectories.data(), leverIndex, {}, outputIndex);
    model.run(context);
    // 2024: 95 ÷ 111 = 85.5856 %; 2025: 96 ÷ 111 = 86.4865 %; 2026: 97 ÷ 111 = 87.3874 %.
    QVERIFY(qAbs(share.at(2023) - 84.684685) < 1e-6);
    QVERIFY(qAbs(share.at(2024) - 85.585586) < 1e-6);
    QVERIFY(qAbs(share.at(2025) - 86.486486) < 1e-6);
    QVERIFY(qAbs(share.at(2026) - 87.387387) < 1e-6);
}

void TestEnvironmentModel::defaultScenario_data()
{
    QTest::addColumn<QString>("indicator");
    QTest::addColumn<int>("year");
    QTest::addColumn<double>("expected");

    // Surface water: 89.0 % of 109 = 97.01 → 97 sections (2024), +1 −1 a year:
    // 97 ÷ 109 = 88.990826 % every year.
    QTest::newRow("surface water 2025") << QStringLiteral("surface_water_good_share") << 2025 << 88.990826;
    QTest::newRow("surface water 2027") << QStringLiteral("surface_water_good_share") << 2027 << 88.990826;
    QTest::newRow("surface water 2035") << QStringLiteral("surface_water_good_share") << 2035 << 88.990826;
    // Rivers and lakes: 10 a year from 0 (2023) of 100.
    // 2027: 4 × 10 = 40 → 40 %; 2030: 70 %; 2035: 12 × 10 = 120, capped at 100 → 100 %.
    QTest::newRow("rivers lakes 2027") << QStringLiteral("beautiful_rivers_lakes_rate") << 2027 << 40.0;
    QTest::newRow("rivers lakes 2030") << QStringLiteral("beautiful_rivers_lakes_rate") << 2030 << 70.0;
    QTest::newRow("rivers lakes 2035") << QStringLiteral("beautiful_rivers_lakes_rate") << 2035 << 100.0;
    // Sorting: 82.5 % (2022) + 3 points a year: 2027: 82.5 + 5 × 3 = 97.5 %;
    // 2028: 82.5 + 18 = 100.5, capped at 100 %.
    QTest::newRow("sorting 2027") << QStringLiteral("waste_sorting_coverage") << 2027 << 97.5;
    QTest::newRow("sorting 2028") << QStringLiteral("waste_sorting_coverage") << 2028 << 100.0;
    // Intensity: 0.34 t per 10,000 yuan (2022) × 0.97 a year.
    // 2027: 0.34 × 0.97⁵ = 0.34 × 0.858734 = 0.291970.
    QTest::newRow("intensity 2027") << QStringLiteral("solid_waste_intensity") << 2027 << 0.291970;
    // 2035: 0.34 × 0.97¹³ = 0.34 × 0.673027 = 0.228829.
    QTest::newRow("intensity 2035") << QStringLiteral("solid_waste_intensity") << 2035 << 0.228829;
    // Zero-waste cities: 1 a year from 0 (2023) of 9.
    // 2027: 4 ÷ 9 = 44.4444 %; 2032: 9 ÷ 9 = 100 %; 2035: still 100 %.
    QTest::newRow("zero waste 2027") << QStringLiteral("zero_waste_city_share") << 2027 << 44.444444;
    QTest::newRow("zero waste 2032") << QStringLiteral("zero_waste_city_share") << 2032 << 100.0;
    QTest::newRow("zero waste 2035") << QStringLiteral("zero_waste_city_share") << 2035 << 100.0;
    // PM2.5: 26.9 (2024) − (10 × 0.02 + 20 × 0.01) = −0.4 a year.
    // 2027: 26.9 − 1.2 = 25.7; 2030: 26.9 − 2.4 = 24.5; 2035: 26.9 − 4.4 = 22.5.
    QTest::newRow("pm25 2027") << QStringLiteral("pm25_annual_mean") << 2027 << 25.7;
    QTest::newRow("pm25 2030") << QStringLiteral("pm25_annual_mean") << 2030 << 24.5;
    QTest::newRow("pm25 2035") << QStringLiteral("pm25_annual_mean") << 2035 << 22.5;
    // Good-air days: 92.9 % + 0.75 × µg/m³ less.
    // 2027: 92.9 + 0.75 × 1.2 = 93.8 %; 2035: 92.9 + 0.75 × 4.4 = 96.2 %.
    QTest::newRow("good days 2027") << QStringLiteral("good_air_days_share") << 2027 << 93.8;
    QTest::newRow("good days 2035") << QStringLiteral("good_air_days_share") << 2035 << 96.2;
    // Villages from 0 (2023): 2027 is 4 years, 2035 is 12.
    QTest::newRow("lead counties 2027") << QStringLiteral("beautiful_village_lead_counties") << 2027 << 4.0;
    QTest::newRow("lead counties 2035") << QStringLiteral("beautiful_village_lead_counties") << 2035 << 12.0;
    QTest::newRow("model villages 2035") << QStringLiteral("model_villages") << 2035 << 120.0;
    QTest::newRow("beautiful villages 2035") << QStringLiteral("beautiful_villages") << 2035 << 1200.0;
    QTest::newRow("villages improved 2027") << QStringLiteral("villages_improved") << 2027 << 4000.0;
    QTest::newRow("villages improved 2035") << QStringLiteral("villages_improved") << 2035 << 12000.0;
}

void TestEnvironmentModel::defaultScenario()
{
    QFETCH(QString, indicator);
    QFETCH(int, year);
    QFETCH(double, expected);
    const double value = valueAt(run({}), indicator, year);
    QVERIFY2(qAbs(value - expected) < 1e-5 * qMax(1.0, qAbs(expected) / 100.0),
             qPrintable(QStringLiteral("%1 %2: %3, expected %4").arg(indicator).arg(year).arg(value).arg(expected)));
}

void TestEnvironmentModel::defaultTargetStatuses_data()
{
    QTest::addColumn<QString>("target");
    QTest::addColumn<double>("projected");  // worked by hand (defaultScenario_data); NaN: no value
    QTest::addColumn<QString>("status");

    // E-01 about 85 % (±1) in 2027: 89.0 % in 2024 already meets it: achieved
    // (the projection, 88.99 %, stays above 84).
    QTest::newRow("E-01") << QStringLiteral("E-01") << 88.990826 << QStringLiteral("achieved");
    // E-02 about 40 % (±1) in 2027: 40 %, within 39–41: on track.
    QTest::newRow("E-02") << QStringLiteral("E-02") << 40.0 << QStringLiteral("on_track");
    // E-03 milestone 2035: its proxy (the completion rate) has no threshold
    // the plan or a source gives for 基本建成: not assessable, never 0 %.
    QTest::newRow("E-03") << QStringLiteral("E-03") << kNaN << QStringLiteral("not_assessable");
    // E-04: the plan gives no year, judged at 2035: 82.5 + 3 a year reaches
    // 100 % (capped) in 2028, so 100 in 2035 ≥ 99.5: on track.
    QTest::newRow("E-04") << QStringLiteral("E-04") << 100.0 << QStringLiteral("on_track");
    // E-05 clearly lower by 2027: 0.34 → 0.29197, falling: on track.
    QTest::newRow("E-05") << QStringLiteral("E-05") << 0.291970 << QStringLiteral("on_track");
    // E-06 all 9 by 2035: 9 ÷ 9 = 100 % from 2032: on track.
    QTest::newRow("E-06") << QStringLiteral("E-06") << 100.0 << QStringLiteral("on_track");
    // E-07, E-09 milestones without a proxy: not assessable.
    QTest::newRow("E-07") << QStringLiteral("E-07") << kNaN << QStringLiteral("not_assessable");
    // E-08 PM2.5 keeps falling, 26.9 → 22.5 in 2035: on track.
    QTest::newRow("E-08") << QStringLiteral("E-08") << 22.5 << QStringLiteral("on_track");
    QTest::newRow("E-09") << QStringLiteral("E-09") << kNaN << QStringLiteral("not_assessable");
    // E-10a…d at least 10 / 100 / 1,000 / 10,000 by 2035: 12 / 120 / 1,200 / 12,000: on track.
    QTest::newRow("E-10a") << QStringLiteral("E-10a") << 12.0 << QStringLiteral("on_track");
    QTest::newRow("E-10b") << QStringLiteral("E-10b") << 120.0 << QStringLiteral("on_track");
    QTest::newRow("E-10c") << QStringLiteral("E-10c") << 1200.0 << QStringLiteral("on_track");
    QTest::newRow("E-10d") << QStringLiteral("E-10d") << 12000.0 << QStringLiteral("on_track");
    // X-01 at most 27 in 2027: 26.9 in 2024 already meets it: achieved (25.7 projected).
    QTest::newRow("X-01") << QStringLiteral("X-01") << 25.7 << QStringLiteral("achieved");
}

void TestEnvironmentModel::defaultTargetStatuses()
{
    QFETCH(QString, target);
    QFETCH(double, projected);
    QFETCH(QString, status);
    const Engine::RunResult result = run({});
    const Engine::Expected<QList<Engine::TargetAssessment>> assessments =
        Engine::assessAll(m_catalog.indicators(), result);
    QVERIFY2(assessments.ok(), qPrintable(assessments.error().message));
    const Engine::TargetAssessment *found = nullptr;
    for (const Engine::TargetAssessment &a : assessments.value()) {
        if (a.targetId == target)
            found = &a;
    }
    QVERIFY2(found, qPrintable(target));
    QCOMPARE(Engine::targetStatusToString(found->status), status);
    if (std::isfinite(projected))
        QVERIFY2(qAbs(found->projected - projected) < 1e-5 * qMax(1.0, qAbs(projected) / 100.0),
                 qPrintable(QString::number(found->projected, 'f', 6)));
}

void TestEnvironmentModel::leverBounds_data()
{
    QTest::addColumn<QString>("lever");
    QTest::addColumn<double>("setting");
    QTest::addColumn<QString>("indicator");
    QTest::addColumn<int>("year");
    QTest::addColumn<double>("expected");

    // 10 sections newly at risk a year, 1 improved: net −9 from 97 (2024).
    // 2027: 97 − 27 = 70 ÷ 109 = 64.220183 % (E-01 missed); 2035: below none → 0 %.
    QTest::newRow("at risk max 2027") << QStringLiteral("surface_water_sections_at_risk_per_year") << 10.0
                                      << QStringLiteral("surface_water_good_share") << 2027 << 64.220183;
    QTest::newRow("at risk max 2035") << QStringLiteral("surface_water_sections_at_risk_per_year") << 10.0
                                      << QStringLiteral("surface_water_good_share") << 2035 << 0.0;
    // 10 improved, 1 at risk: 97 + 9 = 106 (2025), 115 → all 109 (2026): 100 %.
    QTest::newRow("improved max") << QStringLiteral("surface_water_sections_improved_per_year") << 10.0
                                  << QStringLiteral("surface_water_good_share") << 2027 << 100.0;
    // No river or lake completed: 0 % (E-02 missed); 50 a year: 100 by 2025.
    QTest::newRow("rivers min") << QStringLiteral("beautiful_rivers_lakes_completed_per_year") << 0.0
                                << QStringLiteral("beautiful_rivers_lakes_rate") << 2027 << 0.0;
    QTest::newRow("rivers max") << QStringLiteral("beautiful_rivers_lakes_completed_per_year") << 50.0
                                << QStringLiteral("beautiful_rivers_lakes_rate") << 2027 << 100.0;
    // Sorting +0: 82.5 % held; +10: 92.5 (2023), 100 (2024 on).
    QTest::newRow("sorting min") << QStringLiteral("waste_sorting_coverage_added_per_year") << 0.0
                                 << QStringLiteral("waste_sorting_coverage") << 2027 << 82.5;
    QTest::newRow("sorting max") << QStringLiteral("waste_sorting_coverage_added_per_year") << 10.0
                                 << QStringLiteral("waste_sorting_coverage") << 2027 << 100.0;
    // Intensity −5 % (rising): 0.34 × 1.05⁵ = 0.34 × 1.276282 = 0.433936;
    // 15 %: 0.34 × 0.85⁵ = 0.34 × 0.443705 = 0.150860.
    QTest::newRow("intensity min") << QStringLiteral("solid_waste_intensity_decline_per_year") << -5.0
                                   << QStringLiteral("solid_waste_intensity") << 2027 << 0.433936;
    QTest::newRow("intensity max") << QStringLiteral("solid_waste_intensity_decline_per_year") << 15.0
                                   << QStringLiteral("solid_waste_intensity") << 2027 << 0.150860;
    // Zero-waste: none completed: 0 % in 2035 (E-06 missed); 3 a year: 9 by 2026.
    QTest::newRow("zero waste min") << QStringLiteral("zero_waste_cities_completed_per_year") << 0.0
                                    << QStringLiteral("zero_waste_city_share") << 2035 << 0.0;
    QTest::newRow("zero waste max") << QStringLiteral("zero_waste_cities_completed_per_year") << 3.0
                                    << QStringLiteral("zero_waste_city_share") << 2026 << 100.0;
    // Clean heating 50 万户: 50 × 0.02 + 0.2 = 1.2 a year; 2027: 26.9 − 3.6 = 23.3;
    // good days 92.9 + 0.75 × 3.6 = 95.6 %.
    QTest::newRow("heating max pm") << QStringLiteral("clean_heating_households_per_year") << 50.0
                                    << QStringLiteral("pm25_annual_mean") << 2027 << 23.3;
    QTest::newRow("heating max days") << QStringLiteral("clean_heating_households_per_year") << 50.0
                                      << QStringLiteral("good_air_days_share") << 2027 << 95.6;
    // Boilers 200: 200 × 0.01 + 0.2 = 2.2 a year; 2027: 26.9 − 6.6 = 20.3.
    QTest::newRow("boilers max") << QStringLiteral("ultra_low_boiler_retrofits_per_year") << 200.0
                                 << QStringLiteral("pm25_annual_mean") << 2027 << 20.3;
    // Straw ban at 100 % from 2025: 5 points over 95 → −0.5 once; 2027: 26.9 − 1.2 − 0.5 = 25.2.
    QTest::newRow("straw max") << QStringLiteral("straw_burning_ban_compliance") << 100.0
                               << QStringLiteral("pm25_annual_mean") << 2027 << 25.2;
    // At 50 %: 45 points less → +4.5 once; 2027: 26.9 − 1.2 + 4.5 = 30.2 (X-01 missed).
    QTest::newRow("straw min") << QStringLiteral("straw_burning_ban_compliance") << 50.0
                               << QStringLiteral("pm25_annual_mean") << 2027 << 30.2;
    // Other +3 a year: +2.6 net; 2027: 26.9 + 7.8 = 34.7; good days 92.9 − 0.75 × 7.8 = 87.05 %.
    QTest::newRow("other max pm") << QStringLiteral("pm25_other_change_per_year") << 3.0
                                  << QStringLiteral("pm25_annual_mean") << 2027 << 34.7;
    QTest::newRow("other max days") << QStringLiteral("pm25_other_change_per_year") << 3.0
                                    << QStringLiteral("good_air_days_share") << 2027 << 87.05;
    // Other −3 a year: −3.4 net; 26.9 ÷ 3.4 ≈ 7.9 years, so 0 by 2032, never below;
    // good days 92.9 + 0.75 × 26.9 = 113.075, capped at 100 %.
    QTest::newRow("other min pm") << QStringLiteral("pm25_other_change_per_year") << -3.0
                                  << QStringLiteral("pm25_annual_mean") << 2035 << 0.0;
    QTest::newRow("other min days") << QStringLiteral("pm25_other_change_per_year") << -3.0
                                    << QStringLiteral("good_air_days_share") << 2035 << 100.0;
    // No village work: the counts stay at 0 (E-10 missed).
    QTest::newRow("lead counties min") << QStringLiteral("lead_counties_added_per_year") << 0.0
                                       << QStringLiteral("beautiful_village_lead_counties") << 2035 << 0.0;
    // 5,000 villages a year: 12 × 5,000 = 60,000 in 2035.
    QTest::newRow("villages improved max") << QStringLiteral("villages_improved_per_year") << 5000.0
                                           << QStringLiteral("villages_improved") << 2035 << 60000.0;
}

void TestEnvironmentModel::leverBounds()
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
    QVERIFY2(qAbs(value - expected) < 1e-5 * qMax(1.0, qAbs(expected) / 100.0),
             qPrintable(QString::number(value, 'f', 6)));
    for (const char *share : kShares) {
        for (int y = 2024; y <= 2035; ++y) {
            const double v = valueAt(result, QLatin1StringView(share), y);
            QVERIFY2(v >= 0.0 && v <= 100.0, share);
        }
    }
}

void TestEnvironmentModel::strawBanByStage()
{
    // Compliance held at 95 % in stage 1 (2024–2027), 100 % from stage 2 (2028).
    Engine::LeverSchedule schedule = Engine::LeverSchedule::filled(2020, 2035, 95.0);
    QVERIFY(schedule.setStage(2, 100.0));
    QVERIFY(schedule.setStage(3, 100.0));
    Engine::ScenarioInputs inputs;
    inputs.levers.insert(QStringLiteral("straw_burning_ban_compliance"), schedule);
    const Engine::RunResult result = run(inputs);
    // 2027: 25.7 as by default; 2028: 25.7 − 0.4 − 5 × 0.1 = 24.8; 2029: 24.4 (no further gain).
    QVERIFY(qAbs(valueAt(result, QStringLiteral("pm25_annual_mean"), 2027) - 25.7) < 1e-9);
    QVERIFY(qAbs(valueAt(result, QStringLiteral("pm25_annual_mean"), 2028) - 24.8) < 1e-9);
    QVERIFY(qAbs(valueAt(result, QStringLiteral("pm25_annual_mean"), 2029) - 24.4) < 1e-9);
}

void TestEnvironmentModel::goalSeekSortingPaceForFullCoverage()
{
    // E-04 (judged at 2035, 全覆盖 = at least 99.5 %), from a scenario that
    // adds nothing: 99.5 − 82.5 = 17 points over the 13 years 2023–2035,
    // 1.3077 a year; the lever spans 0–10, 2 decimals: 1.31.
    Engine::ScenarioInputs inputs;
    inputs.levers.insert(QStringLiteral("waste_sorting_coverage_added_per_year"),
                         Engine::LeverSchedule::filled(2020, Engine::kPlanLastYear, 0.0));
    Engine::GoalSeekOptions options;
    options.draws = 50;
    const Engine::Expected<Engine::GoalSeekResult> result =
        Engine::goalSeek(*m_simulator, inputs, QStringLiteral("E-04"),
                         QStringLiteral("waste_sorting_coverage_added_per_year"), options);
    QVERIFY2(result.ok(), qPrintable(result.error().message));
    QVERIFY(result.value().p50.reachable);
    QVERIFY2(qAbs(result.value().p50.value - 1.31) < 1e-12, qPrintable(QString::number(result.value().p50.value)));
    QCOMPARE(result.value().unitZh, QStringLiteral("百分点/年"));
}

void TestEnvironmentModel::sharesStayWithinBoundsUnderUncertainty()
{
    // Every lever at its maximum with wide uncertainty on every lever and on
    // the starting shares: no draw leaves 0–100 %.
    Engine::ScenarioInputs inputs;
    for (const Engine::Lever &lever : m_catalog.levers()) {
        inputs.levers.insert(lever.id, Engine::LeverSchedule::filled(2020, 2035, lever.max));
        inputs.leverUncertainty.insert(lever.id, {Engine::Uncertainty::Kind::Uniform, lever.max - lever.min});
    }
    inputs.baselines.insert(QStringLiteral("surface_water_good_share"),
                            {std::nullopt, std::nullopt, {Engine::Uncertainty::Kind::Normal, 5.0}});
    inputs.baselines.insert(QStringLiteral("good_air_days_share"),
                            {std::nullopt, std::nullopt, {Engine::Uncertainty::Kind::Normal, 5.0}});
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
    // PM2.5 never below 0 either.
    const Engine::IndicatorResult *pm = result.value().find(QStringLiteral("pm25_annual_mean"));
    QVERIFY(pm);
    for (double v : pm->drawsAt(2035))
        QVERIFY(v >= 0.0);
}

QTEST_GUILESS_MAIN(TestEnvironmentModel)
#include "tst_environment_model.moc"
