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

constexpr std::array<std::pair<RateClass, const char *>, 6> kNames{{
    {RateClass::Achieved, "achieved"},
    {RateClass::OnTrack, "on_track"},
    {RateClass::AccelerationNeeded, "acceleration_needed"},
    {RateClass::LimitedProgress, "limited_progress"},
    {RateClass::MovingAway, "moving_away"},
    {RateClass::NotAssessable, "not_assessable"},
}};

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

RateTest rateTest(const QList<YearPoint> &observed, double targetValue, int targetYear, double projected,
                  bool alreadyMet, const AssessmentSettings &settings)
{
    RateTest test;
    test.observedRate = kNaN;
    test.requiredRate = kNaN;
    test.ratio = kNaN;
    if (observed.isEmpty()) {
        test.rateClass = RateClass::NotAssessable;
        return test;
    }
    const YearPoint latest = observed.constLast();
    test.requiredRate = compoundAnnualRate(latest, {targetYear, targetValue});
    if (observed.size() >= 2) {
        test.observedRate = compoundAnnualRate(observed.constFirst(), latest);
    } else {
        test.observedFromScenario = true;
        test.observedRate = compoundAnnualRate(latest, {targetYear, projected});
    }
    if (targetValue != latest.value && std::isfinite(test.requiredRate) && test.requiredRate != 0.0) {
        const double d = targetValue > latest.value ? 1.0 : -1.0;
        test.ratio = d * test.observedRate / std::abs(test.requiredRate);
    }
    test.rateClass = alreadyMet ? RateClass::Achieved : classifyRateRatio(test.ratio, settings);
    return test;
}

double anticipatedGap(double targetValue, double projected, double baseValue)
{
    const double denominator = targetValue - baseValue;
    if (denominator == 0.0 || !std::isfinite(denominator))
        return kNaN;
    return (targetValue - projected) / denominator;
}

} // namespace Planner::Engine
