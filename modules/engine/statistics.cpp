// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/statistics.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace Planner::Engine {

namespace {

// Position h = (n - 1) p of type 7.
double position(std::size_t n, double p)
{
    return double(n - 1) * std::clamp(p, 0.0, 1.0);
}

// Q(p) of `values` by selection: puts the order statistics floor(h) and
// floor(h) + 1 in place within [begin, end) and interpolates. Everything
// before floor(h) is left below it, so later calls with smaller p may work
// on [begin, begin + floor(h)).
double selectPercentile(double *begin, double *end, std::size_t n, double p)
{
    const double h = position(n, p);
    const auto lo = std::size_t(std::floor(h));
    const double fraction = h - double(lo);
    std::nth_element(begin, begin + lo, end);
    const double a = begin[lo];
    if (fraction == 0.0 || lo + 1 >= n)
        return a;
    const double b = *std::min_element(begin + lo + 1, begin + n);
    return a + fraction * (b - a);
}

} // namespace

double percentileOfSorted(std::span<const double> sorted, double p)
{
    const std::size_t n = sorted.size();
    if (n == 0)
        return std::numeric_limits<double>::quiet_NaN();
    const double h = position(n, p);
    const auto lo = std::size_t(std::floor(h));
    const double fraction = h - double(lo);
    if (fraction == 0.0 || lo + 1 >= n)
        return sorted[lo];
    return sorted[lo] + fraction * (sorted[lo + 1] - sorted[lo]);
}

double percentile(QList<double> values, double p)
{
    std::sort(values.begin(), values.end());
    return percentileOfSorted(std::span<const double>(values.constData(), std::size_t(values.size())), p);
}

Percentiles bandPercentiles(std::span<double> values)
{
    const std::size_t n = values.size();
    if (n == 0) {
        const double nan = std::numeric_limits<double>::quiet_NaN();
        return {nan, nan, nan};
    }
    const auto [lowest, highest] = std::minmax_element(values.begin(), values.end());
    if (*lowest == *highest)  // no spread (an input without uncertainty): nothing to sort
        return {*lowest, *lowest, *lowest};
    double *begin = values.data();
    double *end = begin + n;
    Percentiles result;
    // From the top down: after selecting floor(h90), everything below it is
    // in front, so P50 and P10 select within a shrinking prefix.
    result.p90 = selectPercentile(begin, end, n, 0.9);
    const auto k90 = std::size_t(std::floor(position(n, 0.9)));
    result.p50 = selectPercentile(begin, begin + k90 + 1, n, 0.5);
    const auto k50 = std::size_t(std::floor(position(n, 0.5)));
    result.p10 = selectPercentile(begin, begin + k50 + 1, n, 0.1);
    return result;
}

} // namespace Planner::Engine
