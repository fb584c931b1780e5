// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/assessment.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>
#include <utility>
#include <vector>

namespace Planner::Engine {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

constexpr std::array<std::pair<AssessmentReason, const char *>, 3> kReasonNames{{
    {AssessmentReason::None, "none"},
    {AssessmentReason::BaselineDerivedFromTarget, "baseline_derived_from_target"},
    {AssessmentReason::NoThresholdedProxy, "no_thresholded_proxy"},
}};

constexpr std::array<std::pair<TargetStatus, const char *>, 5> kNames{{
    {TargetStatus::Achieved, "achieved"},
    {TargetStatus::OnTrack, "on_track"},
    {TargetStatus::AtRisk, "at_risk"},
    {TargetStatus::OffTrack, "off_track"},
    {TargetStatus::NotAssessable, "not_assessable"},
}};

// The data points that count as observed: an assumed baseline does not.
QList<YearPoint> evidence(const IndicatorResult &result)
{
    QList<YearPoint> points = result.observed;
    if (result.baselineIsAssumption && result.baseline) {
        const YearPoint baseline = *result.baseline;
        points.removeIf([baseline](const YearPoint &p) { return p == baseline; });
    }
    return points;
}

// Data points as a dense yearly series (NaN between them).
struct DenseSeries
{
    std::vector<double> values;
    SeriesView view;
};

DenseSeries dense(const QList<YearPoint> &points)
{
    DenseSeries s;
    if (points.isEmpty())
        return s;
    const int first = points.constFirst().year;
    s.values.assign(std::size_t(points.constLast().year - first + 1), kNaN);
    for (const YearPoint &p : points)
        s.values[std::size_t(p.year - first)] = p.value;
    s.view = SeriesView{first, int(s.values.size()), s.values.data(), 1};
    return s;
}

// Do the observed data alone meet the target?
bool observedMeets(const Target &target, const Indicator &indicator, const QList<YearPoint> &points,
                   const AssessmentSettings &settings)
{
    if (points.isEmpty())
        return false;
    const int latestYear = points.constLast().year;
    if (const std::optional<LevelBand> band = levelBand(target, indicator, settings)) {
        if (!target.everyYear) {
            // The latest data point at or before the target's year.
            for (qsizetype i = points.size() - 1; i >= 0; --i) {
                if (points.at(i).year <= target.year)
                    return band->contains(points.at(i).value, settings.comparisonSlack);
            }
            return false;
        }
        if (latestYear < target.year)
            return false;  // later years are still to come
        for (const YearPoint &p : points) {
            if (p.year <= target.year && !band->contains(p.value, settings.comparisonSlack))
                return false;
        }
        return true;
    }
    if (latestYear < target.year)
        return false;
    const DenseSeries s = dense(points);
    return seriesMeetsTarget(s.view, target, indicator, points.constFirst().year, settings);
}

// How many draws meet a level target: seriesMeetsTarget's test for each
// draw, read year by year across the draws (a year's draws lie side by side
// in RunResult::draws), with the band's bounds worked out once. Reading
// each draw's series on its own, one value a call, went to memory once per
// value: the time per target grew with the size of the run.
int drawsInBand(const IndicatorResult &result, const LevelBand &band, double slack, int from, const Target &target)
{
    const int n = result.drawCount;
    const qsizetype years = result.central.values.size();
    const int first = result.central.firstYear;
    // LevelBand::contains, its bounds computed once (the same expressions).
    const double below = slack * std::max(1.0, std::isfinite(band.lower) ? std::abs(band.lower) : 1.0);
    const double above = slack * std::max(1.0, std::isfinite(band.upper) ? std::abs(band.upper) : 1.0);
    const double lower = band.lower - below;
    const double upper = band.upper + above;
    const auto meets = [lower, upper](double v) { return std::isfinite(v) && v >= lower && v <= upper; };
    const auto row = [&](int year) -> const double * {
        const qsizetype i = year - first;
        return i >= 0 && i < years && (i + 1) * n <= result.draws.size() ? result.draws.constData() + i * n : nullptr;
    };
    if (!target.everyYear) {
        const double *values = row(target.year);
        if (!values)
            return 0;  // no value that year (NaN): no draw meets it
        int meeting = 0;
        for (int d = 0; d < n; ++d)
            meeting += meets(values[d]) ? 1 : 0;
        return meeting;
    }
    std::vector<unsigned char> ok(std::size_t(n), 1);
    for (int year = std::min(from, target.year); year <= target.year; ++year) {
        const double *values = row(year);
        if (!values)
            return 0;
        for (int d = 0; d < n; ++d)
            ok[std::size_t(d)] &= meets(values[d]) ? 1 : 0;
    }
    return int(std::count(ok.cbegin(), ok.cend(), 1));
}

TargetAssessment frame(const Target &target, const Indicator &indicator)
{
    TargetAssessment a;
    a.targetId = target.id;
    a.indicatorId = indicator.id;
    a.kind = target.kind;
    a.year = target.year;
    a.targetValue = target.value;
    a.projected = kNaN;
    a.gap = kNaN;
    a.gapPercent = kNaN;
    a.probability = kNaN;
    a.rate.observedRate = a.rate.requiredRate = a.rate.ratio = kNaN;
    a.anticipatedGap = kNaN;
    a.origin = targetOrigin(target);
    return a;
}

TargetAssessment assessMilestone(const Target &target, const Indicator &indicator, const QList<ProxyInput> &proxies,
                                 const AssessmentSettings &settings)
{
    TargetAssessment a = frame(target, indicator);
    double sum = 0.0;
    int judged = 0;
    for (const ProxyInput &p : proxies) {
        if (!p.indicator || !p.result || p.result->drawCount <= 0)
            continue;
        const IndicatorResult &r = *p.result;
        // A modelled proxy may have no data of its own: its run starts it.
        const int startYear = r.start ? r.start->year : r.central.firstYear;
        for (const ProxyThreshold &threshold : p.indicator->proxyThresholds) {
            if (threshold.targetId != target.id)
                continue;
            ProxyOutcome o;
            o.indicatorId = p.indicator->id;
            o.threshold = threshold;
            int meeting = 0;
            for (int d = 0; d < r.drawCount; ++d) {
                const SeriesView view{r.central.firstYear, int(r.central.values.size()), r.draws.constData() + d,
                                      r.drawCount};
                meeting += meetsProxyThreshold(view, threshold, startYear, target.year, settings.comparisonSlack) ? 1 : 0;
            }
            o.probability = double(meeting) / double(r.drawCount);
            const QList<double> &p50 = r.p50.isEmpty() ? r.central.values : r.p50;
            const SeriesView p50View{r.central.firstYear, int(p50.size()), p50.constData(), 1};
            o.p50Value = proxyThresholdReading(p50View, threshold, startYear, target.year);
            o.p50Meets = meetsProxyThreshold(p50View, threshold, startYear, target.year, settings.comparisonSlack);
            sum += o.probability;
            ++judged;
            a.proxies.append(o);
        }
    }
    if (judged == 0) {
        a.reason = AssessmentReason::NoThresholdedProxy;
        return a;
    }
    a.probability = sum / double(judged);
    return a;
}

} // namespace

QString assessmentReasonToString(AssessmentReason reason)
{
    for (const auto &[candidate, name] : kReasonNames) {
        if (candidate == reason)
            return QString::fromLatin1(name);
    }
    return {};
}

double proxyThresholdReading(const SeriesView &series, const ProxyThreshold &threshold, int startYear, int year)
{
    switch (threshold.kind) {
    case ProxyThreshold::Kind::AtLeast:
    case ProxyThreshold::Kind::AtMost:
        return series.at(year);
    case ProxyThreshold::Kind::RateAtLeast:
    case ProxyThreshold::Kind::RateAtMost:
        return compoundAnnualRate({startYear, series.at(startYear)}, {year, series.at(year)});
    }
    return kNaN;
}

bool meetsProxyThreshold(const SeriesView &series, const ProxyThreshold &threshold, int startYear, int year,
                         double slack)
{
    const double v = proxyThresholdReading(series, threshold, startYear, year);
    if (!std::isfinite(v))
        return false;
    const double s = slack * std::max(1.0, std::abs(threshold.value));
    switch (threshold.kind) {
    case ProxyThreshold::Kind::AtLeast:
    case ProxyThreshold::Kind::RateAtLeast:
        return v >= threshold.value - s;
    case ProxyThreshold::Kind::AtMost:
    case ProxyThreshold::Kind::RateAtMost:
        return v <= threshold.value + s;
    }
    return false;
}

QString targetStatusToString(TargetStatus status)
{
    for (const auto &[candidate, name] : kNames) {
        if (candidate == status)
            return QString::fromLatin1(name);
    }
    return {};
}

std::optional<TargetStatus> targetStatusFromString(const QString &text)
{
    for (const auto &[status, name] : kNames) {
        if (text == QLatin1StringView(name))
            return status;
    }
    return std::nullopt;
}

TargetStatus classifyProbability(double probability, const AssessmentSettings &settings)
{
    if (std::isnan(probability))
        return TargetStatus::NotAssessable;
    if (probability >= settings.onTrackProbability)
        return TargetStatus::OnTrack;
    if (probability >= settings.atRiskProbability)
        return TargetStatus::AtRisk;
    return TargetStatus::OffTrack;
}

Expected<TargetAssessment> assessTarget(const Target &target, const Indicator &indicator,
                                        const IndicatorResult &result, const QList<ProxyInput> &proxies,
                                        const AssessmentSettings &settings)
{
    const int baseYear = result.baseline ? result.baseline->year : indicator.baseline.year;
    if (baseYear > 0 && target.year < baseYear)
        return makeError(QStringLiteral("year"), target.id, target.year,
                         QStringLiteral("target %1: its year %2 is before the base year %3 of indicator %4")
                             .arg(target.id).arg(target.year).arg(baseYear).arg(indicator.id));
    if (target.kind == TargetKind::Milestone) {
        TargetAssessment a = assessMilestone(target, indicator, proxies, settings);
        if (!std::isnan(a.probability))
            a.status = classifyProbability(a.probability, settings);
        return a;
    }

    TargetAssessment a = frame(target, indicator);
    if (!result.start) {
        a.note = QStringLiteral("no data: the indicator has neither a baseline value nor observed values");
        return a;
    }
    if (isLevelKind(target.kind) && !levelBand(target, indicator, settings)) {
        a.note = QStringLiteral("the target has no value to judge against");
        return a;
    }
    const int lastYear = result.central.lastYear();
    if (target.year > lastYear) {
        a.note = QStringLiteral("the run ends in %1, before the target's year").arg(lastYear);
        return a;
    }

    const QList<YearPoint> points = evidence(result);
    if (indicator.baseline.derivedFromTarget && indicator.baseline.value) {
        // A baseline computed from the target cannot judge it: only other
        // observations can.
        const YearPoint derived{indicator.baseline.year, *indicator.baseline.value};
        const bool other = std::any_of(points.cbegin(), points.cend(), [&](const YearPoint &p) { return !(p == derived); });
        if (!other) {
            a.reason = AssessmentReason::BaselineDerivedFromTarget;
            return a;
        }
    }
    const YearPoint start = *result.start;
    a.observedMeets = observedMeets(target, indicator, points, settings);

    // Probability: the data decide for a year already observed.
    if (target.year <= start.year) {
        a.probability = a.observedMeets ? 1.0 : 0.0;
    } else if (result.drawCount > 0) {
        const std::optional<LevelBand> band = levelBand(target, indicator, settings);
        int meeting = 0;
        if (band) {
            meeting = drawsInBand(result, *band, settings.comparisonSlack, start.year, target);
        } else {
            for (int d = 0; d < result.drawCount; ++d) {
                const SeriesView view{result.central.firstYear, int(result.central.values.size()),
                                      result.draws.constData() + d, result.drawCount};
                meeting += seriesMeetsTarget(view, target, indicator, start.year, settings) ? 1 : 0;
            }
        }
        a.probability = double(meeting) / double(result.drawCount);
    }
    a.status = a.observedMeets ? TargetStatus::Achieved : classifyProbability(a.probability, settings);

    // The P50 series (the central one when there are no bands).
    const QList<double> &p50 = result.p50.isEmpty() ? result.central.values : result.p50;
    const SeriesView p50View{result.central.firstYear, int(p50.size()), p50.constData(), 1};
    a.projected = p50View.at(target.year);

    if (target.kind == TargetKind::PeakBefore)
        a.peak = findPeak(p50View);
    if (target.kind == TargetKind::PlateauWithin)
        a.plateauYear = plateauYear(p50View, settings.plateauGrowth, target.year);

    const std::optional<LevelBand> band = levelBand(target, indicator, settings);
    const std::optional<double> value =
        band ? std::optional<double>(target.value.value_or(target.kind == TargetKind::FullCoverage ? 100.0 : 0.0))
             : std::nullopt;
    if (value) {
        a.targetValue = value;
        a.gap = *value - a.projected;
        a.gapPercent = *value != 0.0 ? 100.0 * a.gap / std::abs(*value) : kNaN;
        const bool latestMeets = !points.isEmpty() && points.constLast() == start
                                 && band->contains(start.value, settings.comparisonSlack);
        a.rate = rateTest(points, indicator.direction, *value, target.year, latestMeets, settings);
        if (result.baseline)
            a.anticipatedGap = anticipatedGap(*value, a.projected, result.baseline->value);
    }
    return a;
}

Expected<QList<TargetAssessment>> assessAll(const QList<Indicator> &indicators, const RunResult &run,
                                            const AssessmentSettings &settings)
{
    QList<TargetAssessment> all;
    for (const Indicator &indicator : indicators) {
        const IndicatorResult *result = run.find(indicator.id);
        if (!result)
            continue;
        for (const Target &target : indicator.targets) {
            QList<ProxyInput> proxies;
            if (target.kind == TargetKind::Milestone) {
                for (const Indicator &other : indicators) {
                    if (other.proxyFor.contains(target.id)) {
                        if (const IndicatorResult *p = run.find(other.id))
                            proxies.append({&other, p});
                    }
                }
            }
            Expected<TargetAssessment> a = assessTarget(target, indicator, *result, proxies, settings);
            if (!a.ok())
                return a.error();
            all.append(a.takeValue());
        }
    }
    return all;
}

} // namespace Planner::Engine
