// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/trajectory.h"

#include <QLatin1StringView>

#include <cmath>
#include <limits>

namespace Planner::Engine { class Catalog; }

namespace Planner::GreenTransition {

inline constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

// True for the years a model fills: after the data, inside the trajectory.
inline bool isModelledYear(const Engine::Trajectory &trajectory, int year)
{
    return year > trajectory.lastObservedYear && trajectory.contains(year);
}

inline void setYear(Engine::Trajectory &trajectory, int year, double value)
{
    if (trajectory.contains(year))
        trajectory.values[year - trajectory.firstYear] = value;
}

// The value in `year`; when that year has none, the nearest later year's,
// else the nearest earlier year's; NaN when the trajectory is empty. Used for
// an input published by another chapter that may start later than ours.
double nearestValue(const Engine::Trajectory &trajectory, int year);

// A coefficient of chapter 绿色引领 (resources/catalog/green_transition.json);
// NaN when the catalog lacks it, so the indicators it feeds show "no value"
// instead of a number made up here.
double chapterCoefficient(const Engine::Catalog &catalog, QLatin1StringView id);

} // namespace Planner::GreenTransition
