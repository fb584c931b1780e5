// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/assessmentsettings.h"
#include "engine/catalog.h"

#include <cmath>
#include <cstddef>
#include <limits>
#include <optional>

namespace Planner::Engine {

// One series of yearly values, read in place: the central trajectory
// (stride 1) or one draw out of a year-major draws matrix (stride = draws).
struct SeriesView
{
    int firstYear = 0;
    int count = 0;
    const double *data = nullptr;
    std::ptrdiff_t stride = 1;

    int lastYear() const { return firstYear + count - 1; }
    double at(int year) const
    {
        if (year < firstYear || year > lastYear())
            return std::numeric_limits<double>::quiet_NaN();
        return data[std::ptrdiff_t(year - firstYear) * stride];
    }
};

// What a level target asks of a value: lower <= v <= upper.
//   at_least       [value, +inf)
//   at_most        (-inf, value]
//   full_coverage  [value (100 when empty) - tolerance, +inf)
//   phase_out      (-inf, value (0 when empty) + tolerance]
//   about          with tolerance t (the target's, else the settings'
//                  default): [value - t, +inf) when the indicator should
//                  increase, (-inf, value + t] when it should decrease,
//                  [value - t, value + t] when it has no direction. A value
//                  beyond the target on the good side meets "about" (the
//                  plan's 左右 is "reach about"; the plan's target list counts Jilin's
//                  89 % surface-water share as meeting "85 % 左右").
// Nothing for the other kinds, or for a level kind without a value.
struct LevelBand
{
    double lower = -std::numeric_limits<double>::infinity();
    double upper = std::numeric_limits<double>::infinity();

    bool contains(double v, double slack) const;
};
std::optional<LevelBand> levelBand(const Target &target, const Indicator &indicator,
                                   const AssessmentSettings &settings);
bool isLevelKind(TargetKind kind);

// peak_before: the first year of the series' maximum, and whether every
// later year is below it (and there is at least one later year).
struct PeakInfo
{
    int year = 0;
    double value = 0.0;
    bool declinesAfter = false;
};
std::optional<PeakInfo> findPeak(const SeriesView &series);

// plateau_within: the first year t from which growth (v_t - v_{t-1}) /
// |v_{t-1}| stays below the threshold in every year up to `windowEnd`.
// Nothing when growth is at or above it in windowEnd itself (or data are
// missing). A series already flat before the window meets it too.
std::optional<int> plateauYear(const SeriesView &series, double threshold, int windowEnd);

// direction: d (v_to - v_from) > 0, d = +1 for increase, -1 for decrease;
// with everyYear, every year-on-year change from `from` to `to` must be so.
bool movesBetterWay(const SeriesView &series, Direction direction, int from, int to, bool everyYear);

// Whether one series meets a target (milestones excepted: see
// assessment.h). `from` is where the run starts (the start year): every_year
// targets must hold in every year from there to the target's year.
bool seriesMeetsTarget(const SeriesView &series, const Target &target, const Indicator &indicator, int from,
                       const AssessmentSettings &settings);

} // namespace Planner::Engine
