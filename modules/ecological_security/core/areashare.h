// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/model.h"
#include "engine/trajectory.h"

#include <algorithm>

namespace Planner::EcologicalSecurity {

// Which area a model publishes beside a share: the area the share counts
// (forest, protected land) or the rest of the whole (eroded land is the land
// that is not conserved).
enum class AreaSide { Counted, Rest };

inline void setYear(Engine::Trajectory &trajectory, int year, double value)
{
    if (trajectory.contains(year))
        trajectory.values[year - trajectory.firstYear] = value;
}

// Stock-and-flow accounting of an area counted against a fixed whole
// (km², in the plan's units), carried forward from the year its share was
// last observed, year by year:
//   counted(t) = clamp(counted(t - 1) + netAddedKm2(t), 0, whole)
//   share(t)   = counted(t) / whole × 100
// so the share always stays within 0–100 %. `area`, when given, receives the
// counted area (or the rest of the whole) in every year that is not its own
// data, the data years of the share included. Nothing is filled when the
// share has no start value.
template<typename NetAddedKm2>
void carryAreaShare(const Engine::ModelContext &context, Engine::Trajectory &share, Engine::Trajectory *area,
                    AreaSide side, double whole, NetAddedKm2 netAddedKm2)
{
    const auto published = [&](double counted) { return side == AreaSide::Counted ? counted : whole - counted; };
    const int start = share.lastObservedYear;
    if (area) {
        for (int year = area->lastObservedYear + 1; year <= std::min(start, context.lastYear()); ++year) {
            if (share.hasValue(year))
                setYear(*area, year, published(share.at(year) / 100.0 * whole));
        }
    }
    if (!share.hasValue(start))
        return;
    double counted = std::clamp(share.at(start) / 100.0 * whole, 0.0, whole);
    for (int year = start + 1; year <= context.lastYear(); ++year) {
        counted = std::clamp(counted + netAddedKm2(year), 0.0, whole);
        setYear(share, year, counted / whole * 100.0);
        if (area && year > area->lastObservedYear)
            setYear(*area, year, published(counted));
    }
}

} // namespace Planner::EcologicalSecurity
