// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>

#include <cmath>
#include <limits>

namespace Planner::Engine {

// An indicator's values over consecutive years. Years up to and including
// lastObservedYear are data (observed, or the baseline); the later ones are
// projected. A year without a value holds NaN.
struct Trajectory
{
    int firstYear = 0;
    QList<double> values;
    int lastObservedYear = 0;

    int lastYear() const { return firstYear + int(values.size()) - 1; }
    bool contains(int year) const { return year >= firstYear && year <= lastYear(); }
    bool isObserved(int year) const { return year <= lastObservedYear; }
    // NaN outside the years or where there is no value.
    double at(int year) const
    {
        return contains(year) ? values.at(year - firstYear) : std::numeric_limits<double>::quiet_NaN();
    }
    bool hasValue(int year) const { return std::isfinite(at(year)); }
};

} // namespace Planner::Engine
