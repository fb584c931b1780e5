// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/lever.h"

#include <QStringView>
#include <QtGlobal>

#include <random>

namespace Planner::Engine {

// Random numbers that are the same on every platform for the same seed.
// std::mt19937_64 is fully specified by the C++ standard; the
// distributions of the standard library are not (libstdc++, libc++ and MSVC
// give different numbers), so every transformation here is written out:
// uniforms from the generator's top 53 bits, everything else by inverse CDF.
// (std::erfc, std::exp and std::log may differ in the last bit between C
// libraries; on one platform the output is bit-identical for one seed.)
class RandomStream
{
public:
    explicit RandomStream(quint64 seed) : m_engine(seed) {}

    quint64 next() { return m_engine(); }
    // [0, 1): the top 53 bits times 2^-53.
    double uniform() { return double(m_engine() >> 11) * 0x1.0p-53; }
    // (0, 1): the same grid shifted by half a step, for inverse CDFs.
    double uniformOpen() { return (double(m_engine() >> 11) + 0.5) * 0x1.0p-53; }

private:
    std::mt19937_64 m_engine;
};

// The seed of a named stream under a run's seed: splitmix64 of the run's
// seed XOR the 64-bit FNV-1a hash of the name's UTF-16 code units. Each
// uncertain input has its own stream, so adding uncertainty to one lever
// leaves the draws of every other input unchanged.
quint64 streamSeed(quint64 seed, QStringView name);

// Standard normal CDF, Φ(x) = erfc(-x / √2) / 2.
double normalCdf(double x);

// Standard normal quantile Φ⁻¹(p) for p in (0, 1); -inf at 0, +inf at 1,
// NaN outside. Peter J. Acklam's rational approximation (2003; relative
// error below 1.15e-9 over (0, 1): a central rational function for
// 0.02425 <= p <= 0.97575, tail functions in sqrt(-2 ln p) outside) refined
// by one step of Halley's method on Φ(x) - p, which brings it to about
// machine precision.
double normalQuantile(double p);

// Triangular distribution on [low, high] with mode `mode`.
double triangularCdf(double low, double mode, double high, double x);
double triangularQuantile(double low, double mode, double high, double u);

// An Uncertainty around a centre, truncated to [lower, upper] (infinite
// bounds for none), ready to turn uniforms into values by inverse CDF:
//   quantile(u) = F⁻¹(F(lower) + u (F(upper) - F(lower)))
// where F is the untruncated CDF. Kind None, a zero spread or an empty
// range give the centre (clamped into the range).
class TruncatedDistribution
{
public:
    TruncatedDistribution() = default;
    TruncatedDistribution(const Uncertainty &uncertainty, double centre, double lower, double upper);

    double quantile(double u) const;
    bool isDegenerate() const { return m_degenerate; }

private:
    Uncertainty::Kind m_kind = Uncertainty::Kind::None;
    double m_centre = 0.0;
    double m_spread = 0.0;
    double m_lower = 0.0;
    double m_upper = 0.0;
    double m_cdfLower = 0.0;  // F(lower); for a normal in the upper tail, 1 - F (see .cpp)
    double m_cdfUpper = 1.0;
    bool m_upperTail = false;
    bool m_degenerate = true;
};

} // namespace Planner::Engine
