// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/assessment.h"

#include "enginefixtures.h"

#include <QTest>

#include <cmath>
#include <limits>

using namespace Planner::Engine;
using namespace Planner::Engine::Testing;

namespace {

constexpr int kFirst = 2024;  // every series below runs 2024-2035 (12 years)
const double kNaN = std::numeric_limits<double>::quiet_NaN();

// v(2024), v(2024) + step, ... for 12 years.
QList<double> line(double start, double step)
{
    QList<double> v;
    for (int k = 0; k < 12; ++k)
        v.append(start + step * k);
    return v;
}

// An indicator's result built by hand: data points `observed` (the last is
// the start), the central series, and draws (each a series over 2024-2035).
IndicatorResult result(const Indicator &ind, const QList<YearPoint> &observed, const QList<double> &central,
                       const QList<QList<double>> &draws, bool assumption = false)
{
    IndicatorResult r;
    r.id = ind.id;
    r.direction = ind.direction;
    r.observed = observed;
    if (!observed.isEmpty()) {
        r.baseline = observed.constFirst();
        r.start = observed.constLast();
    }
    r.baselineIsAssumption = assumption;
    r.central = Trajectory{kFirst, central, r.start ? r.start->year : kFirst - 1};
    r.p10 = r.p50 = r.p90 = central;
    r.drawCount = int(draws.size());
    for (int y = 0; y < int(central.size()); ++y) {
        for (const QList<double> &d : draws)
            r.draws.append(d.at(y));
    }
    return r;
}

IndicatorResult deterministic(const Indicator &ind, const QList<YearPoint> &observed, const QList<double> &central,
                              bool assumption = false)
{
    return result(ind, observed, central, {central}, assumption);
}

} // namespace

class TestAssessment final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void probabilityBoundaries_data()
    {
        QTest::addColumn<double>("p");
        QTest::addColumn<QString>("status");
        QTest::newRow("certain") << 1.0 << QStringLiteral("on_track");
        QTest::newRow("p = 0.9 exactly") << 0.9 << QStringLiteral("on_track");
        QTest::newRow("just below 0.9") << 0.8999999 << QStringLiteral("at_risk");
        QTest::newRow("p = 0.5 exactly") << 0.5 << QStringLiteral("at_risk");
        QTest::newRow("just below 0.5") << 0.4999999 << QStringLiteral("off_track");
        QTest::newRow("never") << 0.0 << QStringLiteral("off_track");
        QTest::newRow("no probability") << kNaN << QStringLiteral("not_assessable");
    }
    void probabilityBoundaries()
    {
        QFETCH(double, p);
        QFETCH(QString, status);
        QCOMPARE(targetStatusToString(classifyProbability(p, AssessmentSettings{})), status);
    }

    void statusNames()
    {
        QCOMPARE(targetStatusToString(TargetStatus::Achieved), QStringLiteral("achieved"));
        QCOMPARE(targetStatusToString(TargetStatus::OnTrack), QStringLiteral("on_track"));
        QCOMPARE(targetStatusToString(TargetStatus::AtRisk), QStringLiteral("at_risk"));
        QCOMPARE(targetStatusToString(TargetStatus::OffTrack), QStringLiteral("off_track"));
        QCOMPARE(targetStatusToString(TargetStatus::NotAssessable), QStringLiteral("not_assessable"));
        QCOMPARE(targetStatusFromString(QStringLiteral("at_risk")), std::optional<TargetStatus>(TargetStatus::AtRisk));
    }

    void probabilityFromDraws_data()
    {
        QTest::addColumn<int>("meeting");   // of 10 draws
        QTest::addColumn<double>("probability");
        QTest::addColumn<QString>("status");
        // 9 of 10 draws end at 46 (the target, exactly), the rest at 45.9.
        QTest::newRow("9 of 10") << 9 << 0.9 << QStringLiteral("on_track");
        QTest::newRow("8 of 10") << 8 << 0.8 << QStringLiteral("at_risk");
        QTest::newRow("5 of 10") << 5 << 0.5 << QStringLiteral("at_risk");
        QTest::newRow("4 of 10") << 4 << 0.4 << QStringLiteral("off_track");
        QTest::newRow("10 of 10") << 10 << 1.0 << QStringLiteral("on_track");
    }
    void probabilityFromDraws()
    {
        QFETCH(int, meeting);
        QFETCH(double, probability);
        QFETCH(QString, status);
        const Indicator ind = indicator(QStringLiteral("forest_coverage"), 2024, 45.0);
        const Target t = target(QStringLiteral("S-02"), ind.id, TargetKind::AtLeast, 2035, 46.0);
        QList<QList<double>> draws;
        for (int d = 0; d < 10; ++d) {
            QList<double> s = line(45.0, 0.0);
            s.last() = d < meeting ? 46.0 : 45.9;
            draws.append(s);
        }
        const IndicatorResult r = result(ind, {{2024, 45.0}}, draws.first(), draws);
        const Expected<TargetAssessment> a = assessTarget(t, ind, r);
        QVERIFY2(a.ok(), qPrintable(a.error().message));
        QCOMPARE(a.value().probability, probability);
        QCOMPARE(targetStatusToString(a.value().status), status);
    }

    void kinds_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<double>("value");       // NaN: none
        QTest::addColumn<double>("tolerance");   // NaN: none
        QTest::addColumn<int>("direction");
        QTest::addColumn<QString>("unit");
        QTest::addColumn<int>("year");
        QTest::addColumn<bool>("everyYear");
        QTest::addColumn<QList<double>>("series");  // 2024-2035
        QTest::addColumn<bool>("meets");
        const int up = int(Direction::Increase);
        const int down = int(Direction::Decrease);
        const int none = int(Direction::None);
        const QString pct = QStringLiteral("%");

        // at_least 46 in 2035: 45 + 1/11 a year reaches 46 (within the
        // comparison slack); 45.9 does not.
        QTest::newRow("at_least, exactly") << int(TargetKind::AtLeast) << 46.0 << kNaN << up << pct << 2035 << false
                                           << line(45.0, 1.0 / 11.0) << true;
        QTest::newRow("at_least, short") << int(TargetKind::AtLeast) << 46.0 << kNaN << up << pct << 2035 << false
                                         << line(45.0, 0.9 / 11.0) << false;
        // at_most 27 in 2027 (2027 is the 4th year): 30 - 1/a year gives 27.
        QTest::newRow("at_most, exactly") << int(TargetKind::AtMost) << 27.0 << kNaN << down << QStringLiteral("µg/m³")
                                          << 2027 << false << line(30.0, -1.0) << true;
        QTest::newRow("at_most, above") << int(TargetKind::AtMost) << 27.0 << kNaN << down << QStringLiteral("µg/m³")
                                        << 2027 << false << line(30.0, -0.9) << false;
        // about 25 +/- 1 in 2035, indicator should increase: 24 (edge)
        // meets, 23.9 not; 30 is beyond the band: only a one-sided target
        // (Target::oneSided, the reason in its note) takes it as met.
        QTest::newRow("about, lower edge") << int(TargetKind::About) << 25.0 << 1.0 << up << pct << 2035 << false
                                           << line(24.0, 0.0) << true;
        QTest::newRow("about, below the band") << int(TargetKind::About) << 25.0 << 1.0 << up << pct << 2035 << false
                                               << line(23.9, 0.0) << false;
        QTest::newRow("about one-sided, beyond on the good side") << int(TargetKind::About) << 25.0 << 1.0 << up
                                                                  << pct << 2035 << false << line(30.0, 0.0) << true;
        QTest::newRow("about one-sided, below the band") << int(TargetKind::About) << 25.0 << 1.0 << up << pct << 2035
                                                         << false << line(23.9, 0.0) << false;
        QTest::newRow("about, beyond the band above") << int(TargetKind::About) << 25.0 << 1.0 << up << pct << 2035
                                                      << false << line(26.1, 0.0) << false;
        // Without a direction "about" is two-sided: 26 meets, 26.1 not.
        QTest::newRow("about, two-sided upper edge") << int(TargetKind::About) << 25.0 << 1.0 << none << pct << 2035
                                                     << false << line(26.0, 0.0) << true;
        QTest::newRow("about, two-sided above") << int(TargetKind::About) << 25.0 << 1.0 << none << pct << 2035
                                                << false << line(26.1, 0.0) << false;
        // Default tolerances: +/- 1 point in %, else +/- 2 % of the target
        // (1,000 x 2 % = 20: 980 meets, 979 not).
        QTest::newRow("about, default in %") << int(TargetKind::About) << 85.0 << kNaN << up << pct << 2027 << false
                                             << line(84.0, 0.0) << true;
        QTest::newRow("about, default 2 %") << int(TargetKind::About) << 1000.0 << kNaN << up
                                            << QStringLiteral("count") << 2035 << false << line(980.0, 0.0) << true;
        QTest::newRow("about, outside 2 %") << int(TargetKind::About) << 1000.0 << kNaN << up
                                            << QStringLiteral("count") << 2035 << false << line(979.0, 0.0) << false;
        // phase_out 0 by 2027: 100 - 25 a year is 25 in 2027; 100 - 100/3
        // reaches 0 in 2027.
        QTest::newRow("phase_out, not yet") << int(TargetKind::PhaseOut) << 0.0 << kNaN << down
                                            << QStringLiteral("units") << 2027 << false << line(100.0, -25.0) << false;
        QTest::newRow("phase_out, gone") << int(TargetKind::PhaseOut) << 0.0 << kNaN << down << QStringLiteral("units")
                                         << 2027 << false << line(99.0, -33.0) << true;
        QTest::newRow("phase_out within tolerance 2") << int(TargetKind::PhaseOut) << 0.0 << 2.0 << down
                                                      << QStringLiteral("units") << 2027 << false
                                                      << line(101.0, -33.0) << true;
        // full_coverage 100 by 2027: 82.5 + 17.5/3 a year gives 100; 99.5
        // is not full.
        QTest::newRow("full_coverage, full") << int(TargetKind::FullCoverage) << 100.0 << kNaN << up << pct << 2027
                                             << false << line(82.5, 17.5 / 3.0) << true;
        QTest::newRow("full_coverage, 99.5") << int(TargetKind::FullCoverage) << 100.0 << kNaN << up << pct << 2027
                                             << false << line(93.5, 2.0) << false;
        // 全覆盖 with a stated tolerance of 0.5 point: 93.5 + 3 x 2 = 99.5 in 2027 meets it, 99.4 not.
        QTest::newRow("full_coverage, tolerance 0.5") << int(TargetKind::FullCoverage) << 100.0 << 0.5 << up << pct
                                                      << 2027 << false << line(93.5, 2.0) << true;
        QTest::newRow("full_coverage, tolerance 0.5, 99.4") << int(TargetKind::FullCoverage) << 100.0 << 0.5 << up
                                                            << pct << 2027 << false << line(93.4, 2.0) << false;
        // peak_before 2030.
        QTest::newRow("peak 2028, then down") << int(TargetKind::PeakBefore) << kNaN << kNaN << down
                                              << QStringLiteral("index") << 2030 << false
                                              << QList<double>{100, 102, 104, 105, 104, 103, 101, 99, 97, 95, 93, 91}
                                              << true;
        QTest::newRow("peak exactly 2030") << int(TargetKind::PeakBefore) << kNaN << kNaN << down
                                           << QStringLiteral("index") << 2030 << false
                                           << QList<double>{100, 101, 102, 103, 104, 105, 106, 105, 104, 103, 102, 101}
                                           << true;
        QTest::newRow("peak 2031") << int(TargetKind::PeakBefore) << kNaN << kNaN << down << QStringLiteral("index")
                                   << 2030 << false
                                   << QList<double>{100, 101, 102, 103, 104, 105, 106, 107, 106, 105, 104, 103} << false;
        QTest::newRow("peak 2028, back up to it in 2033")
            << int(TargetKind::PeakBefore) << kNaN << kNaN << down << QStringLiteral("index") << 2030 << false
            << QList<double>{100, 102, 104, 105, 104, 103, 102, 103, 104, 105, 104, 103} << false;
        // Peak 105 in 2027, a dip to 101 and renewed growth to 104.5 (still
        // below the peak): not a real decline.
        QTest::newRow("dip, then renewed growth") << int(TargetKind::PeakBefore) << kNaN << kNaN << down
                                                  << QStringLiteral("index") << 2030 << false
                                                  << QList<double>{100, 102, 104, 105, 103, 101, 102, 103, 104, 104.5,
                                                                   104, 103}
                                                  << false;
        QTest::newRow("still rising") << int(TargetKind::PeakBefore) << kNaN << kNaN << down << QStringLiteral("index")
                                      << 2030 << false << line(100.0, 1.0) << false;
        // plateau_within 2026-2030, growth under 1 % a year.
        // 100, 103 (3 %), 105 (1.9 %), 106 (0.95 %: 2027), 106.5, 106.8, 107 ...
        QTest::newRow("plateau from 2027") << int(TargetKind::PlateauWithin) << kNaN << kNaN << down
                                           << QStringLiteral("index") << 2030 << false
                                           << QList<double>{100, 103, 105, 106, 106.5, 106.8, 107, 107, 107, 107, 107, 107}
                                           << true;
        // Already flat (growth under 1 %) from 2025 and falling later: no
        // longer growing by 2030, which is what the target asks; stopping
        // sooner is not a miss.
        QTest::newRow("flat before the window") << int(TargetKind::PlateauWithin) << kNaN << kNaN << down
                                                << QStringLiteral("index") << 2030 << false
                                                << QList<double>{100, 100.5, 100.8, 101, 101, 100, 99, 98, 97, 96,
                                                                 95, 94}
                                                << true;
        // Oil replaced entirely by 2026 and 0 after: staying at 0 is no
        // growth, so the plateau holds (0 -> 0 is not a division by zero).
        QTest::newRow("down to zero and flat") << int(TargetKind::PlateauWithin) << kNaN << kNaN << down
                                               << QStringLiteral("index") << 2030 << false
                                               << QList<double>{100, 30, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0} << true;
        // Growth of exactly 1 % in 2030 (100 -> 101) is not "under 1 %",
        // though 2028 and 2029 grew 0.5 %.
        QTest::newRow("1 % in 2030") << int(TargetKind::PlateauWithin) << kNaN << kNaN << down
                                     << QStringLiteral("index") << 2030 << false
                                     << QList<double>{95, 97, 98, 99, 99.5, 100, 101, 101, 101, 101, 101, 101} << false;
        QTest::newRow("2 % a year") << int(TargetKind::PlateauWithin) << kNaN << kNaN << down
                                    << QStringLiteral("index") << 2030 << false << line(100.0, 2.5) << false;
        // direction: coal share keeps falling.
        QTest::newRow("falling as wanted") << int(TargetKind::Direction) << kNaN << kNaN << down << pct << 2035 << false
                                           << line(62.0, -0.5) << true;
        QTest::newRow("rising against it") << int(TargetKind::Direction) << kNaN << kNaN << down << pct << 2035 << false
                                           << line(62.0, 0.1) << false;
        QTest::newRow("every year falling, one flat year")
            << int(TargetKind::Direction) << kNaN << kNaN << down << pct << 2035 << true
            << QList<double>{62, 61, 60, 60, 59, 58, 57, 56, 55, 54, 53, 52} << false;
        // every_year at_least: the red line held 2024-2035; one year below
        // fails it.
        QTest::newRow("held every year") << int(TargetKind::AtLeast) << 53636.0 << kNaN << up << QStringLiteral("km²")
                                         << 2035 << true << line(53636.0, 0.0) << true;
        QTest::newRow("one year below") << int(TargetKind::AtLeast) << 53636.0 << kNaN << up << QStringLiteral("km²")
                                        << 2035 << true
                                        << QList<double>{53636, 53636, 53636, 53636, 53636, 53636, 53636, 53600, 53636,
                                                         53636, 53636, 53700}
                                        << false;
    }
    void kinds()
    {
        QFETCH(int, kind);
        QFETCH(double, value);
        QFETCH(double, tolerance);
        QFETCH(int, direction);
        QFETCH(QString, unit);
        QFETCH(int, year);
        QFETCH(bool, everyYear);
        QFETCH(QList<double>, series);
        QFETCH(bool, meets);
        Indicator ind = indicator(QStringLiteral("x"), 2024, series.first(), Direction(direction), unit);
        Target t = target(QStringLiteral("T-1"), ind.id, TargetKind(kind), year);
        if (!std::isnan(value))
            t.value = value;
        if (!std::isnan(tolerance))
            t.tolerance = tolerance;
        t.everyYear = everyYear;
        t.windowStart = 2026;
        t.oneSided = QByteArray(QTest::currentDataTag()).contains("one-sided");
        const SeriesView view{kFirst, int(series.size()), series.constData(), 1};
        QCOMPARE(seriesMeetsTarget(view, t, ind, 2024, AssessmentSettings{}), meets);
    }

    void peakAndPlateauAreReported()
    {
        Indicator co2 = indicator(QStringLiteral("co2"), 2024, 100.0, Direction::Decrease, QStringLiteral("index"));
        const QList<double> s{100, 102, 104, 105, 104, 103, 101, 99, 97, 95, 93, 91};
        const Expected<TargetAssessment> peak = assessTarget(
            target(QStringLiteral("G-03"), co2.id, TargetKind::PeakBefore, 2030), co2, deterministic(co2, {{2024, 100}}, s));
        QVERIFY(peak.ok());
        QVERIFY(peak.value().peak);
        QCOMPARE(peak.value().peak->year, 2027);
        QCOMPARE(peak.value().peak->value, 105.0);
        QVERIFY(peak.value().peak->declinesAfter);
        QCOMPARE(peak.value().status, TargetStatus::OnTrack);
        QVERIFY(std::isnan(peak.value().gap));
        QCOMPARE(peak.value().rate.rateClass, RateClass::NotAssessable);

        // Growth: 2025 3 %, 2026 1.94 %, 2027 0.95 %, then below: 2027.
        Indicator oil = indicator(QStringLiteral("oil"), 2024, 100.0, Direction::Decrease, QStringLiteral("index"));
        Target plateau = target(QStringLiteral("G-04"), oil.id, TargetKind::PlateauWithin, 2030);
        plateau.windowStart = 2026;
        const QList<double> o{100, 103, 105, 106, 106.5, 106.8, 107, 107, 107, 107, 107, 107};
        const Expected<TargetAssessment> p = assessTarget(plateau, oil, deterministic(oil, {{2024, 100}}, o));
        QVERIFY(p.ok());
        QCOMPARE(p.value().plateauYear, std::optional<int>(2027));
        QCOMPARE(p.value().status, TargetStatus::OnTrack);
        // A planner's threshold of 0.5 %: 2028 grows 0.47 %, 2029 0.28 %:
        // 2028.
        AssessmentSettings strict;
        strict.plateauGrowth = 0.005;
        const Expected<TargetAssessment> q = assessTarget(plateau, oil, deterministic(oil, {{2024, 100}}, o), {}, strict);
        QCOMPARE(q.value().plateauYear, std::optional<int>(2028));
    }

    void gapInUnitsAndPercent()
    {
        // Target 46, P50 45: gap 1 point, 1 / 46 = 2.1739 % of the target.
        const Indicator ind = indicator(QStringLiteral("forest_coverage"), 2024, 45.0);
        const Expected<TargetAssessment> a =
            assessTarget(target(QStringLiteral("S-02"), ind.id, TargetKind::AtLeast, 2035, 46.0), ind,
                         deterministic(ind, {{2024, 45.0}}, line(45.0, 0.0)));
        QVERIFY(a.ok());
        QCOMPARE(a.value().projected, 45.0);
        QCOMPARE(a.value().gap, 1.0);
        QVERIFY(std::abs(a.value().gapPercent - 100.0 / 46.0) < 1e-12);
        QCOMPARE(a.value().probability, 0.0);
        QCOMPARE(a.value().status, TargetStatus::OffTrack);
        // ESCAP: (46 - 45) / (46 - 45) = 1: no progress from the base year.
        QCOMPARE(a.value().anticipatedGap, 1.0);
    }

    void achievedOverridesTheRest()
    {
        // Surface water: "85 % 左右" by 2027, 89 % observed in 2024, the
        // projection falls to 80 %: the data already meet it.
        const Indicator ind = indicator(QStringLiteral("surface_water"), 2020, 73.8);
        Target t = target(QStringLiteral("E-01"), ind.id, TargetKind::About, 2027, 85.0);
        t.tolerance = 1.0;
        t.oneSided = true;  // 保持在85%左右: above the band counts (the catalog's note)
        QList<double> falling = line(89.0, -3.0);
        const Expected<TargetAssessment> a =
            assessTarget(t, ind, deterministic(ind, {{2020, 73.8}, {2024, 89.0}}, falling));
        QVERIFY(a.ok());
        QCOMPARE(a.value().probability, 0.0);
        QCOMPARE(a.value().status, TargetStatus::Achieved);
        QCOMPARE(a.value().rate.rateClass, RateClass::Achieved);
        QVERIFY(a.value().observedMeets);
    }

    void assumedBaselineIsNotEvidence()
    {
        // A baseline that is an assumption meets the target, but is not
        // observed data: judged on the projection instead.
        const Indicator ind = indicator(QStringLiteral("x"), 2024, 50.0);
        const Expected<TargetAssessment> a =
            assessTarget(target(QStringLiteral("T"), ind.id, TargetKind::AtLeast, 2030, 45.0), ind,
                         deterministic(ind, {{2024, 50.0}}, line(50.0, -2.0), true));
        QVERIFY(a.ok());
        QCOMPARE(a.value().status, TargetStatus::OffTrack);  // 2030: 50 - 12 = 38
        QVERIFY(a.value().rate.rateClass != RateClass::Achieved);
    }

    void everyYearIsNotAchievedEarly()
    {
        // The red line is met today, but must hold to 2035: the status comes
        // from the draws (half of them dip below in 2030).
        const Indicator ind = indicator(QStringLiteral("red_line"), 2024, 53636.0, Direction::Increase, QStringLiteral("km²"));
        Target t = target(QStringLiteral("G-02"), ind.id, TargetKind::AtLeast, 2035, 53636.0);
        t.everyYear = true;
        QList<double> dip = line(53636.0, 0.0);
        dip[6] = 53000.0;
        const QList<QList<double>> draws{line(53636.0, 0.0), dip, line(53636.0, 0.0), dip};
        const Expected<TargetAssessment> a = assessTarget(t, ind, result(ind, {{2024, 53636.0}}, line(53636.0, 0.0), draws));
        QVERIFY(a.ok());
        QCOMPARE(a.value().probability, 0.5);
        QCOMPARE(a.value().status, TargetStatus::AtRisk);
        QCOMPARE(a.value().rate.rateClass, RateClass::Achieved);  // the latest value meets it
    }

    void pastTargetYearJudgedOnData()
    {
        // Target 2024, data to 2025 show 40 in 2024: below 45, off track
        // with certainty.
        const Indicator ind = indicator(QStringLiteral("x"), 2023, 38.0);
        const Expected<TargetAssessment> a =
            assessTarget(target(QStringLiteral("T"), ind.id, TargetKind::AtLeast, 2024, 45.0), ind,
                         deterministic(ind, {{2023, 38.0}, {2024, 40.0}, {2025, 50.0}}, line(40.0, 10.0)));
        QVERIFY(a.ok());
        QCOMPARE(a.value().probability, 0.0);
        QCOMPARE(a.value().status, TargetStatus::OffTrack);
    }

    void notAssessable()
    {
        // No data at all.
        const Indicator empty = indicator(QStringLiteral("x"), 2024, std::nullopt);
        IndicatorResult none;
        none.id = empty.id;
        none.central = Trajectory{kFirst, QList<double>(12, kNaN), kFirst - 1};
        none.drawCount = 1;
        none.draws = none.central.values;
        const Expected<TargetAssessment> a =
            assessTarget(target(QStringLiteral("T"), empty.id, TargetKind::AtLeast, 2030, 1.0), empty, none);
        QVERIFY(a.ok());
        QCOMPARE(a.value().status, TargetStatus::NotAssessable);
        QVERIFY(!a.value().note.isEmpty());
        // A level target without a value.
        const Indicator ind = indicator(QStringLiteral("y"), 2024, 45.0);
        const Expected<TargetAssessment> noValue =
            assessTarget(target(QStringLiteral("T"), ind.id, TargetKind::AtLeast, 2030), ind,
                         deterministic(ind, {{2024, 45.0}}, line(45.0, 1.0)));
        QVERIFY(noValue.ok());
        QCOMPARE(noValue.value().status, TargetStatus::NotAssessable);
        // A milestone without a proxy.
        const Indicator status = indicator(QStringLiteral("system_status"), 2024, std::nullopt, Direction::None,
                                           QStringLiteral("status"));
        const Expected<TargetAssessment> m =
            assessTarget(target(QStringLiteral("G-10"), status.id, TargetKind::Milestone, 2035), status, none);
        QCOMPARE(m.value().status, TargetStatus::NotAssessable);
        QCOMPARE(m.value().rate.rateClass, RateClass::NotAssessable);
    }

    void milestoneThroughProxies()
    {
        // G-09 tracked by energy and water intensity, each with its own
        // threshold for 2035: energy at most 0.40, water at most 80.
        // Energy: 0.5 - 0.01 a year = 0.39 in 2035 in all 4 draws: 4/4 = 1.
        // Water: 85 - 1 a year = 74 in 2035 in 3 draws; one rises to 96:
        // 3/4 = 0.75. The milestone: the mean share (1 + 0.75) / 2 = 0.875,
        // at risk (0.5 <= p < 0.9).
        const Indicator status = indicator(QStringLiteral("efficiency_status"), 2024, std::nullopt, Direction::None,
                                           QStringLiteral("status"));
        Indicator energy = indicator(QStringLiteral("energy_intensity"), 2024, 0.5, Direction::Decrease,
                                     QStringLiteral("t/10k yuan"));
        energy.proxyFor = {QStringLiteral("G-09")};
        energy.proxyThresholds = {{QStringLiteral("G-09"), ProxyThreshold::Kind::AtMost, 0.40, QStringLiteral("s"), {}}};
        Indicator water = indicator(QStringLiteral("water_intensity"), 2024, 85.0, Direction::Decrease,
                                    QStringLiteral("m³/10k yuan"));
        water.proxyFor = {QStringLiteral("G-09")};
        water.proxyThresholds = {{QStringLiteral("G-09"), ProxyThreshold::Kind::AtMost, 80.0, QStringLiteral("s"), {}}};
        // A proxy without a threshold does not count.
        Indicator other = indicator(QStringLiteral("other"), 2024, 1.0, Direction::Decrease, QStringLiteral("x"));
        other.proxyFor = {QStringLiteral("G-09")};
        const IndicatorResult e = result(energy, {{2024, 0.5}}, line(0.5, -0.01),
                                         {line(0.5, -0.01), line(0.5, -0.01), line(0.5, -0.01), line(0.5, -0.01)});
        const IndicatorResult w = result(water, {{2024, 85.0}}, line(85.0, -1.0),
                                         {line(85.0, -1.0), line(85.0, -1.0), line(85.0, 1.0), line(85.0, -1.0)});
        const IndicatorResult o = result(other, {{2024, 1.0}}, line(1.0, 1.0), {line(1.0, 1.0)});
        IndicatorResult none;
        none.id = status.id;
        const Target g09 = target(QStringLiteral("G-09"), status.id, TargetKind::Milestone, 2035);
        const Expected<TargetAssessment> a = assessTarget(g09, status, none, {{&energy, &e}, {&water, &w}, {&other, &o}});
        QVERIFY(a.ok());
        QCOMPARE(a.value().probability, 0.875);
        QCOMPARE(a.value().status, TargetStatus::AtRisk);
        QCOMPARE(a.value().proxies.size(), 2);
        QVERIFY(a.value().proxies.at(0).p50Meets);
        QVERIFY(std::abs(a.value().proxies.at(0).p50Value - 0.39) < 1e-12);

        // Only unthresholded proxies: not assessable, never 0 %.
        const Expected<TargetAssessment> b = assessTarget(g09, status, none, {{&other, &o}});
        QVERIFY(b.ok());
        QCOMPARE(b.value().status, TargetStatus::NotAssessable);
        QVERIFY(std::isnan(b.value().probability));
        QCOMPARE(b.value().reason, AssessmentReason::NoThresholdedProxy);
    }

    void flatProxyMeetsARateThreshold()
    {
        // S-06: a population held flat at 626 has a rate of exactly 0 % a
        // year, which meets "not declining" (rate at least 0); one falling
        // 626 -> 616 over 2024-2035 has (616/626)^(1/11) - 1 = -0.146 %/yr: not met.
        const Indicator status = indicator(QStringLiteral("rewilding_status"), 2024, std::nullopt, Direction::None,
                                           QStringLiteral("status"));
        Indicator birds = indicator(QStringLiteral("merganser"), 2024, 626.0, Direction::Increase, QStringLiteral("n"));
        birds.proxyFor = {QStringLiteral("S-06")};
        birds.proxyThresholds = {{QStringLiteral("S-06"), ProxyThreshold::Kind::RateAtLeast, 0.0, QStringLiteral("s"), {}}};
        QList<double> falling = line(626.0, 0.0);
        falling.last() = 616.0;
        const IndicatorResult r = result(birds, {{2024, 626.0}}, line(626.0, 0.0), {line(626.0, 0.0), falling});
        IndicatorResult none;
        none.id = status.id;
        const Expected<TargetAssessment> a = assessTarget(
            target(QStringLiteral("S-06"), status.id, TargetKind::Milestone, 2035), status, none, {{&birds, &r}});
        QVERIFY(a.ok());
        QCOMPARE(a.value().probability, 0.5);
        QCOMPARE(a.value().proxies.at(0).p50Value, 0.0);
        QVERIFY(a.value().proxies.at(0).p50Meets);
    }

    void derivedBaselineCannotJudgeItsTarget()
    {
        // S-03: 80.5 in 2024 was computed as 83.66 less 11 years at a
        // national pace: not assessable until another figure exists.
        Indicator ind = indicator(QStringLiteral("soil_water"), 2024, 80.5);
        ind.baseline.assumption = true;
        ind.baseline.derivedFromTarget = true;
        const Target s03 = target(QStringLiteral("S-03"), ind.id, TargetKind::AtLeast, 2035, 83.66);
        const Expected<TargetAssessment> a =
            assessTarget(s03, ind, deterministic(ind, {{2024, 80.5}}, line(80.5, 0.3), true));
        QVERIFY(a.ok());
        QCOMPARE(a.value().status, TargetStatus::NotAssessable);
        QCOMPARE(a.value().reason, AssessmentReason::BaselineDerivedFromTarget);
        // An imported 2025 figure of 81.0 makes it assessable: 81 + 0.3 x 10 = 84 >= 83.66.
        const Expected<TargetAssessment> b =
            assessTarget(s03, ind, deterministic(ind, {{2024, 80.5}, {2025, 81.0}}, line(80.7, 0.3), true));
        QVERIFY(b.ok());
        QCOMPARE(b.value().reason, AssessmentReason::None);
        QCOMPARE(b.value().status, TargetStatus::OnTrack);
    }

    void rateTestReadsObservationsOnly()
    {
        // Observed 35 (2018) and 40 (2023), an assumed baseline must not
        // count: R as in tst_trendtest's first row, 0.8971476 (acceleration
        // needed). With the assumed point only: insufficient data.
        const Indicator ind = indicator(QStringLiteral("x"), 2018, 35.0);
        const Target t = target(QStringLiteral("T"), ind.id, TargetKind::AtLeast, 2030, 50.0);
        QList<double> central = line(40.0, 1.0);
        IndicatorResult r = deterministic(ind, {{2018, 35.0}, {2023, 40.0}}, central);
        r.central = Trajectory{kFirst, central, 2023};
        const Expected<TargetAssessment> a = assessTarget(t, ind, r);
        QVERIFY(a.ok());
        QVERIFY(std::abs(a.value().rate.ratio - 0.8971475686) < 1e-9);
        QCOMPARE(a.value().rate.rateClass, RateClass::AccelerationNeeded);
        const Expected<TargetAssessment> b =
            assessTarget(t, ind, deterministic(ind, {{2024, 40.0}}, line(40.0, 1.0), true));
        QCOMPARE(b.value().rate.rateClass, RateClass::InsufficientData);
    }

    void targetYearBeforeBaseYear()
    {
        const Indicator ind = indicator(QStringLiteral("forest_coverage"), 2024, 45.0);
        const Expected<TargetAssessment> a =
            assessTarget(target(QStringLiteral("S-02"), ind.id, TargetKind::AtLeast, 2020, 46.0), ind,
                         deterministic(ind, {{2024, 45.0}}, line(45.0, 0.1)));
        QVERIFY(!a.ok());
        QCOMPARE(a.error().field, QStringLiteral("year"));
        QCOMPARE(a.error().id, QStringLiteral("S-02"));
        QCOMPARE(a.error().year, 2020);
        QVERIFY(a.error().message.contains(QStringLiteral("2024")));
    }

    void assessAllFindsProxies()
    {
        Indicator status = indicator(QStringLiteral("efficiency_status"), 2024, std::nullopt, Direction::None,
                                     QStringLiteral("status"));
        status.targets = {target(QStringLiteral("G-09"), status.id, TargetKind::Milestone, 2035)};
        Indicator energy = indicator(QStringLiteral("energy_intensity"), 2024, 0.5, Direction::Decrease,
                                     QStringLiteral("t/10k yuan"));
        energy.proxyFor = {QStringLiteral("G-09")};
        // At most 0.45 in 2035: 0.5 - 0.11 = 0.39 meets it.
        energy.proxyThresholds = {{QStringLiteral("G-09"), ProxyThreshold::Kind::AtMost, 0.45, QStringLiteral("s"), {}}};
        Indicator forest = indicator(QStringLiteral("forest_coverage"), 2024, 45.0);
        forest.targets = {target(QStringLiteral("X-02"), forest.id, TargetKind::AtLeast, 2027, 45.8),
                          target(QStringLiteral("S-02"), forest.id, TargetKind::AtLeast, 2035, 46.0)};
        RunResult run;
        run.firstYear = 2024;
        run.lastYear = 2035;
        IndicatorResult none;
        none.id = status.id;
        none.central = Trajectory{kFirst, QList<double>(12, kNaN), kFirst - 1};
        run.indicators = {none, deterministic(energy, {{2024, 0.5}}, line(0.5, -0.01)),
                          deterministic(forest, {{2024, 45.0}}, line(45.0, 0.1))};
        for (qsizetype i = 0; i < run.indicators.size(); ++i)
            run.index.insert(run.indicators.at(i).id, int(i));
        const Expected<QList<TargetAssessment>> all = assessAll({status, energy, forest}, run);
        QVERIFY(all.ok());
        QCOMPARE(all.value().size(), 3);
        QCOMPARE(all.value().at(0).targetId, QStringLiteral("G-09"));
        QCOMPARE(all.value().at(0).status, TargetStatus::OnTrack);
        // Forest 45 + 0.1 a year: 45.3 in 2027 (< 45.8), 46.1 in 2035 (>= 46).
        QCOMPARE(all.value().at(1).status, TargetStatus::OffTrack);
        QCOMPARE(all.value().at(2).status, TargetStatus::OnTrack);
    }
};

QTEST_GUILESS_MAIN(TestAssessment)
#include "tst_assessment.moc"
