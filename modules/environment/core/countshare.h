// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/model.h"
#include "engine/trajectory.h"

#include <algorithm>
#include <cmath>

namespace Planner::Environment {

inline void setYear(Engine::Trajectory &trajectory, int year, double value)
{
    if (trajectory.contains(year))
        trajectory.values[year - trajectory.firstYear] = value;
}

// A share of a whole counted item by item (sections, rivers, cities):
//   share = counted / whole × 100, never below 0 or above 100.
inline double shareOf(double counted, double whole)
{
    return whole > 0.0 ? std::clamp(counted / whole * 100.0, 0.0, 100.0) : 0.0;
}

// Carries a count against a fixed whole forward from the year its share was
// last observed, year by year:
//   counted(start) = share(start) / 100 × whole, rounded to whole items
//                    when `wholeItems` (89.0 % of 109 sections = 97.01 → 97)
//   counted(t)     = clamp(counted(t − 1) + netAdded(t), 0, whole)
//   share(t)       = counted(t) / whole × 100
// Nothing is filled when the share has no start value.
template<typename NetAdded>
void carryCountShare(const Engine::ModelContext &context, Engine::Trajectory &share, double whole, bool wholeItems,
                     NetAdded netAdded)
{
    const int start = share.lastObservedYear;
    if (!share.hasValue(start) || whole <= 0.0)
        return;
    double counted = std::clamp(share.at(start) / 100.0 * whole, 0.0, whole);
    if (wholeItems)
        counted = std::round(counted);
    for (int year = start + 1; year <= context.lastYear(); ++year) {
        counted = std::clamp(counted + netAdded(year), 0.0, whole);
        setYear(share, year, shareOf(counted, whole));
    }
}

} // namespace Planner::Environment
