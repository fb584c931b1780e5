// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/targetcriteria.h"

#include <algorithm>

namespace Planner::Engine {

namespace {

bool isPercent(const Indicator &indicator)
{
    return indicator.unitEn == QLatin1StringView("%") || indicator.unitZh == QLatin1StringView("%");
}

} // namespace

bool LevelBand::contains(double v, double slack) const
{
    if (!std::isfinite(v))
        return false;
    const double below = slack * std::max(1.0, std::isfinite(lower) ? std::abs(lower) : 1.0);
    const double above = slack * std::max(1.0, std::isfinite(upper) ? std::abs(upper) : 1.0);
    return v >= lower - below && v <= upper + above;
}

bool isLevelKind(TargetKind kind)
{
    switch (kind) {
    case TargetKind::AtLeast:
    case TargetKind::AtMost:
    case TargetKind::About:
    case TargetKind::PhaseOut:
    case TargetKind::FullCoverage:
        return true;
    case TargetKind::PeakBefore:
    case TargetKind::PlateauWithin:
    case TargetKind::Milestone:
    case TargetKind::Direction:
        return false;
    }
    return false;
}

std::optional<LevelBand> levelBand(const Target &target, const Indicator &indicator,
                                   const AssessmentSettings &settings)
{
    LevelBand band;
    const double tolerance = target.tolerance.value_or(0.0);
    switch (target.kind) {
    case TargetKind::AtLeast:
        if (!target.value)
            return std::nullopt;
        band.lower = *target.value;
        return band;
    case TargetKind::AtMost:
        if (!target.value)
            return std::nullopt;
        band.upper = *target.value;
        return band;
    case TargetKind::FullCoverage:
        // A planner's working target without a value is not set yet.
        if (!target.value && target.source == TargetSource::Planner)
            return std::nullopt;
        band.lower = target.value.value_or(100.0) - tolerance;
        return band;
    case TargetKind::PhaseOut:
        band.upper = target.value.value_or(0.0) + tolerance;
        return band;
    case TargetKind::About: {
        if (!target.value)
            return std::nullopt;
        const double t = target.tolerance ? *target.tolerance
                         : isPercent(indicator) ? settings.aboutPercentagePoints
                                                : settings.aboutRelative * std::abs(*target.value);
        // Two-sided unless the target says why one side is enough.
        if (!target.oneSided || indicator.direction != Direction::Decrease)
            band.lower = *target.value - t;
        if (!target.oneSided || indicator.direction != Direction::Increase)
            band.upper = *target.value + t;
        return band;
    }
    case TargetKind::PeakBefore:
    case TargetKind::PlateauWithin:
    case TargetKind::Milestone:
    case TargetKind::Direction:
        return std::nullopt;
    }
    return std::nullopt;
}

std::optional<PeakInfo> findPeak(const SeriesView &series)
{
    std::optional<PeakInfo> peak;
    for (int year = series.firstYear; year <= series.lastYear(); ++year) {
        const double v = series.at(year);
        if (std::isfinite(v) && (!peak || v > peak->value))
            peak = PeakInfo{year, v, false};
    }
    if (!peak)
        return std::nullopt;
    // A real decline: every later year below the peak and no year above the
    // one before it (a dip followed by renewed growth is not a decline).
    bool later = false;
    bool declining = true;
    double previous = peak->value;
    for (int year = peak->year + 1; year <= series.lastYear(); ++year) {
        const double v = series.at(year);
        if (!std::isfinite(v))
            continue;
        later = true;
        const double slack = 1e-9 * std::max(1.0, std::abs(previous));
        declining = declining && v < peak->value && v <= previous + slack;
        previous = v;
    }
    peak->declinesAfter = later && declining;
    return peak;
}

std::optional<int> plateauYear(const SeriesView &series, double threshold, int windowEnd)
{
    const int end = std::min(windowEnd, series.lastYear());
    if (end < windowEnd)
        return std::nullopt;  // the series stops before the window does
    std::optional<int> from;  // the first year of the current run below the threshold
    for (int year = series.firstYear + 1; year <= end; ++year) {
        const double previous = series.at(year - 1);
        const double v = series.at(year);
        if (!std::isfinite(previous) || !std::isfinite(v)) {
            from.reset();
            continue;
        }
        // From 0: no growth when it stays at 0, unbounded growth otherwise.
        const double growth = previous != 0.0 ? (v - previous) / std::abs(previous)
                              : v == 0.0      ? 0.0
                                              : std::numeric_limits<double>::infinity();
        if (growth < threshold) {
            if (!from)
                from = year;
        } else {
            from.reset();
        }
    }
    return from;
}

bool movesBetterWay(const SeriesView &series, Direction direction, int from, int to, bool everyYear)
{
    if (direction == Direction::None || to <= from)
        return false;
    const double d = direction == Direction::Increase ? 1.0 : -1.0;
    if (everyYear) {
        for (int year = from + 1; year <= to; ++year) {
            const double change = series.at(year) - series.at(year - 1);
            if (!(d * change > 0.0))
                return false;
        }
        return true;
    }
    return d * (series.at(to) - series.at(from)) > 0.0;
}

bool seriesMeetsTarget(const SeriesView &series, const Target &target, const Indicator &indicator, int from,
                       const AssessmentSettings &settings)
{
    if (const std::optional<LevelBand> band = levelBand(target, indicator, settings)) {
        if (!target.everyYear)
            return band->contains(series.at(target.year), settings.comparisonSlack);
        for (int year = std::min(from, target.year); year <= target.year; ++year) {
            if (!band->contains(series.at(year), settings.comparisonSlack))
                return false;
        }
        return true;
    }
    switch (target.kind) {
    case TargetKind::PeakBefore: {
        const std::optional<PeakInfo> peak = findPeak(series);
        return peak && peak->year <= target.year && peak->declinesAfter;
    }
    case TargetKind::PlateauWithin:
        // No longer growing by the window's end, whenever that began: a rule
        // that asked the plateau to begin inside the window would turn the
        // target red for cutting oil sooner (see targetcriteria.h).
        return plateauYear(series, settings.plateauGrowth, target.year).has_value();
    case TargetKind::Direction:
        return movesBetterWay(series, indicator.direction, from, target.year, target.everyYear);
    default:
        return false;
    }
}

} // namespace Planner::Engine
