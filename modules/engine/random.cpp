// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/random.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numbers>

namespace Planner::Engine {

namespace {

quint64 splitMix64(quint64 x)
{
    quint64 z = x + 0x9e3779b97f4a7c15ULL;
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

// Acklam's coefficients.
constexpr double kA[] = {-3.969683028665376e+01, 2.209460984245205e+02, -2.759285104469687e+02,
                         1.383577518672690e+02,  -3.066479806614716e+01, 2.506628277459239e+00};
constexpr double kB[] = {-5.447609879822406e+01, 1.615858368580409e+02, -1.556989798598866e+02,
                         6.680131188771972e+01,  -1.328068155288572e+01};
constexpr double kC[] = {-7.784894002430293e-03, -3.223964580411365e-01, -2.400758277161838e+00,
                         -2.549732539343734e+00, 4.374664141464968e+00,  2.938163982698783e+00};
constexpr double kD[] = {7.784695709041462e-03, 3.224671290700398e-01, 2.445134137142996e+00,
                         3.754408661907416e+00};
constexpr double kLowTail = 0.02425;

double tailQuantile(double p)  // p <= kLowTail: the lower tail
{
    const double q = std::sqrt(-2.0 * std::log(p));
    return (((((kC[0] * q + kC[1]) * q + kC[2]) * q + kC[3]) * q + kC[4]) * q + kC[5])
           / ((((kD[0] * q + kD[1]) * q + kD[2]) * q + kD[3]) * q + 1.0);
}

} // namespace

quint64 streamSeed(quint64 seed, QStringView name)
{
    quint64 hash = 0xcbf29ce484222325ULL;  // FNV-1a offset basis
    for (const QChar c : name) {
        const char16_t unit = c.unicode();
        for (const quint64 byte : {quint64(unit & 0xff), quint64(unit >> 8)}) {
            hash ^= byte;
            hash *= 0x100000001b3ULL;  // FNV prime
        }
    }
    return splitMix64(seed ^ hash);
}

double normalCdf(double x)
{
    return 0.5 * std::erfc(-x / std::numbers::sqrt2);
}

double normalQuantile(double p)
{
    if (std::isnan(p) || p < 0.0 || p > 1.0)
        return std::numeric_limits<double>::quiet_NaN();
    if (p == 0.0)
        return -std::numeric_limits<double>::infinity();
    if (p == 1.0)
        return std::numeric_limits<double>::infinity();

    double x;
    if (p < kLowTail) {
        x = tailQuantile(p);
    } else if (p > 1.0 - kLowTail) {
        x = -tailQuantile(1.0 - p);
    } else {
        const double q = p - 0.5;
        const double r = q * q;
        x = (((((kA[0] * r + kA[1]) * r + kA[2]) * r + kA[3]) * r + kA[4]) * r + kA[5]) * q
            / (((((kB[0] * r + kB[1]) * r + kB[2]) * r + kB[3]) * r + kB[4]) * r + 1.0);
    }
    // One Halley step on f(x) = Φ(x) - p, f' = φ(x), f'' = -x φ(x). Above
    // the median f is formed from the upper tail, q - (1 - Φ(x)) with
    // q = 1 - p (exact there), which keeps its precision far out.
    const double e = p <= 0.5 ? normalCdf(x) - p : (1.0 - p) - 0.5 * std::erfc(x / std::numbers::sqrt2);
    const double u = e * std::sqrt(2.0 * std::numbers::pi) * std::exp(0.5 * x * x);
    return x - u / (1.0 + 0.5 * x * u);
}

double triangularCdf(double low, double mode, double high, double x)
{
    if (x <= low)
        return 0.0;
    if (x >= high)
        return 1.0;
    if (x <= mode)
        return (x - low) * (x - low) / ((high - low) * (mode - low));
    return 1.0 - (high - x) * (high - x) / ((high - low) * (high - mode));
}

double triangularQuantile(double low, double mode, double high, double u)
{
    const double split = (mode - low) / (high - low);  // F(mode)
    if (u <= split)
        return low + std::sqrt(u * (high - low) * (mode - low));
    return high - std::sqrt((1.0 - u) * (high - low) * (high - mode));
}

TruncatedDistribution::TruncatedDistribution(const Uncertainty &uncertainty, double centre, double lower,
                                             double upper)
    : m_kind(uncertainty.kind), m_centre(centre), m_spread(uncertainty.spread), m_lower(lower), m_upper(upper)
{
    m_degenerate = !uncertainty.isUncertain() || !(lower < upper);
    if (m_degenerate)
        return;
    switch (m_kind) {
    case Uncertainty::Kind::None:
        break;
    case Uncertainty::Kind::Uniform:
        // A uniform truncated to a range is uniform on the overlap.
        m_lower = std::max(lower, centre - m_spread);
        m_upper = std::min(upper, centre + m_spread);
        m_degenerate = !(m_lower < m_upper);
        break;
    case Uncertainty::Kind::Triangular:
        m_cdfLower = triangularCdf(centre - m_spread, centre, centre + m_spread, lower);
        m_cdfUpper = triangularCdf(centre - m_spread, centre, centre + m_spread, upper);
        m_degenerate = !(m_cdfLower < m_cdfUpper);
        break;
    case Uncertainty::Kind::Normal: {
        const double alpha = (lower - centre) / m_spread;
        const double beta = (upper - centre) / m_spread;
        // Far in the upper tail Φ rounds to 1: work with 1 - Φ(z) = Φ(-z).
        m_upperTail = alpha > 0.0;
        m_cdfLower = m_upperTail ? normalCdf(-alpha) : normalCdf(alpha);
        m_cdfUpper = m_upperTail ? normalCdf(-beta) : normalCdf(beta);
        m_degenerate = m_cdfLower == m_cdfUpper;
        break;
    }
    }
}

double TruncatedDistribution::quantile(double u) const
{
    if (m_degenerate)
        return std::clamp(m_centre, std::min(m_lower, m_upper), std::max(m_lower, m_upper));
    double x = m_centre;
    switch (m_kind) {
    case Uncertainty::Kind::None:
        break;
    case Uncertainty::Kind::Uniform:
        x = m_lower + u * (m_upper - m_lower);
        break;
    case Uncertainty::Kind::Triangular:
        x = triangularQuantile(m_centre - m_spread, m_centre, m_centre + m_spread,
                               m_cdfLower + u * (m_cdfUpper - m_cdfLower));
        break;
    case Uncertainty::Kind::Normal:
        if (m_upperTail)
            x = m_centre - m_spread * normalQuantile(m_cdfLower - u * (m_cdfLower - m_cdfUpper));
        else
            x = m_centre + m_spread * normalQuantile(m_cdfLower + u * (m_cdfUpper - m_cdfLower));
        break;
    }
    return std::clamp(x, m_lower, m_upper);
}

} // namespace Planner::Engine
