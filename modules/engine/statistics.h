// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>

#include <span>

namespace Planner::Engine {

// Percentiles by linear interpolation between order statistics, the
// definition R and NumPy use by default (Hyndman and Fan 1996, type 7):
// with the n values sorted x[0] <= ... <= x[n-1] and h = (n - 1) p,
//   Q(p) = x[floor h] + (h - floor h) (x[floor h + 1] - x[floor h]).
// So Q(0) is the minimum, Q(1) the maximum and Q(0.5) the usual median.
// p is clamped to [0, 1]; no values give NaN. NaN values are not allowed.

// From values already sorted ascending.
double percentileOfSorted(std::span<const double> sorted, double p);

// From values in any order (copied and sorted).
double percentile(QList<double> values, double p);

// P10, P50 and P90 at once, reordering `values` in place (partial
// selection, faster than a full sort: the simulation calls it for every
// indicator and year).
struct Percentiles
{
    double p10 = 0.0;
    double p50 = 0.0;
    double p90 = 0.0;
};
Percentiles bandPercentiles(std::span<double> values);

} // namespace Planner::Engine
