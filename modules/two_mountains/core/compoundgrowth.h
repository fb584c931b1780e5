// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/model.h"
#include "engine/trajectory.h"

namespace Planner::TwoMountains {

inline void setYear(Engine::Trajectory &trajectory, int year, double value)
{
    if (trajectory.contains(year))
        trajectory.values[year - trajectory.firstYear] = value;
}

// Compound growth carried forward from the indicator's latest data year,
// year by year, at a rate given in % a year:
//   value(t) = value(t - 1) × (1 + rate(t) / 100)
// Nothing is filled when the indicator has no start value.
template<typename RatePercent>
void carryCompoundGrowth(const Engine::ModelContext &context, Engine::Trajectory &trajectory, RatePercent rate)
{
    const int start = trajectory.lastObservedYear;
    if (!trajectory.hasValue(start))
        return;
    double value = trajectory.at(start);
    for (int year = start + 1; year <= context.lastYear(); ++year) {
        value *= 1.0 + rate(year) / 100.0;
        setYear(trajectory, year, value);
    }
}

} // namespace Planner::TwoMountains
