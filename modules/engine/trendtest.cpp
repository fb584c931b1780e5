// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/trendtest.h"

#include <array>
#include <cmath>
#include <limits>
#include <utility>

namespace Planner::Engine {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

constexpr std::array<std::pair<RateClass, const char *>, 7> kNames{{
    {RateClass::Achieved, "achieved"},
    {RateClass::OnTrack, "on_track"},
    {RateClass::AccelerationNeeded, "acceleration_needed"},
    {RateClass::LimitedProgress, "limited_progress"},
    {RateClass::MovingAway, "moving_away"},
    {RateClass::InsufficientData, "insufficient_data"},
    {RateClass::NotAssessable, "not_assessable"},
}};

// sdg-build's growth_calculation: (v1 / v2)^(1 / (t1 - t2)) - 1, for two
// values of the same sign.
double growth(double v1, double v2, int t1, int t2)
{
    if (t1 <= t2 || !std::isfinite(v1) || !std::isfinite(v2) || v2 == 0.0 || (v1 / v2) < 0.0)
        return kNaN;
    return std::pow(v1 / v2, 1.0 / double(t1 - t2)) - 1.0;
}

} // namespace

QString rateClassToString(RateClass rateClass)
{
    for (const auto &[candidate, name] : kNames) {
        if (candidate == rateClass)
            return QString::fromLatin1(name);
    }
    return {};
}

std::optional<RateClass> rateClassFromString(const QString &text)
{
    for (const auto &[rateClass, name] : kNames) {
        if (text == QLatin1StringView(name))
            return rateClass;
    }
    return std::nullopt;
}

double compoundAnnualRate(YearPoint from, YearPoint to)
{
    if (to.year <= from.year || !(from.value > 0.0) || !(to.value >= 0.0) || !std::isfinite(to.value)
        || !std::isfinite(from.value))
        return kNaN;
    return std::pow(to.value / from.value, 1.0 / double(to.year - from.year)) - 1.0;
}

RateClass classifyRateRatio(double ratio, const AssessmentSettings &settings)
{
    if (std::isnan(ratio))
        return RateClass::NotAssessable;
    if (ratio >= settings.rateOnTrack)
        return RateClass::OnTrack;
    if (ratio >= settings.rateAccelerationNeeded)
        return RateClass::AccelerationNeeded;
    if (ratio >= settings.rateLimitedProgress)
        return RateClass::LimitedProgress;
    return RateClass::MovingAway;
}

RateTest rateTest(const QList<YearPoint> &observed, Direction direction, double targetValue, int targetYear,
                  bool alreadyMet, const AssessmentSettings &settings)
{
    RateTest test;
    test.observedRate = kNaN;
    test.requiredRate = kNaN;
    test.ratio = kNaN;
    // The base: the first observation in or after the base year.
    qsizetype baseIndex = -1;
    for (qsizetype i = 0; i < observed.size(); ++i) {
        if (observed.at(i).year >= settings.rateBaseYear && std::isfinite(observed.at(i).value)) {
            baseIndex = i;
            break;
        }
    }
    if (baseIndex >= 0) {
        test.base = observed.at(baseIndex);
        test.current = observed.constLast();
    }
    const auto finish = [&](RateClass rateClass) {
        test.rateClass = alreadyMet ? RateClass::Achieved : rateClass;
        return test;
    };
    if (baseIndex < 0 || test.current.year - test.base.year < 1)
        return finish(RateClass::InsufficientData);
    if (test.base.value == 0.0)
        test.base.value = settings.rateZeroSubstitute;
    double target = targetValue;
    if (target == 0.0) {
        target = settings.rateZeroSubstitute;
        test.targetSubstituted = true;
    }
    if ((test.base.value > 0.0 && test.current.value < 0.0) || (test.base.value < 0.0 && test.current.value > 0.0))
        return finish(RateClass::NotAssessable);
    switch (direction) {
    case Direction::Increase:
        test.direction = 1;
        break;
    case Direction::Decrease:
        test.direction = -1;
        break;
    case Direction::None:
        test.direction = target > test.base.value ? 1 : target < test.base.value ? -1 : 0;
        break;
    }
    const double sign = test.base.value < 0.0 ? -1.0 : 1.0;
    test.observedRate = growth(test.current.value, test.base.value, test.current.year, test.base.year);
    test.requiredRate = growth(target, test.base.value, targetYear, test.base.year);
    if (test.direction != 0 && std::isfinite(test.observedRate) && std::isfinite(test.requiredRate)
        && test.requiredRate != 0.0)
        test.ratio = sign * double(test.direction) * test.observedRate / std::abs(test.requiredRate);
    return finish(classifyRateRatio(test.ratio, settings));
}

double anticipatedGap(double targetValue, double projected, double baseValue)
{
    const double denominator = targetValue - baseValue;
    if (denominator == 0.0 || !std::isfinite(denominator))
        return kNaN;
    return (targetValue - projected) / denominator;
}

} // namespace Planner::Engine
