// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "implementation/core/cityassessment.h"

#include "engine/targetcriteria.h"

#include <algorithm>
#include <cmath>

namespace Planner::Implementation {

QString CityJudgement::status() const
{
    return observed() ? Engine::rateClassToString(rate.rateClass) : QString();
}

CityJudgement judgeCity(const Engine::Target &target, const Engine::Indicator &indicator, const QString &city,
                        double share, QList<Engine::YearPoint> observed, const Engine::AssessmentSettings &settings)
{
    CityJudgement j;
    j.city = city;
    j.share = share;
    j.rate.observedRate = j.rate.requiredRate = j.rate.ratio = std::nan("");
    j.rate.rateClass = Engine::RateClass::NotAssessable;
    observed.removeIf([](const Engine::YearPoint &p) { return !std::isfinite(p.value); });
    std::sort(observed.begin(), observed.end(),
              [](const Engine::YearPoint &a, const Engine::YearPoint &b) { return a.year < b.year; });
    if (!observed.isEmpty())
        j.latest = observed.constLast();
    if (!target.value || !std::isfinite(share))
        return j;
    Engine::Target part = target;
    part.value = share / 100.0 * *target.value;
    if (part.tolerance)
        part.tolerance = share / 100.0 * *part.tolerance;
    j.implied = part.value;
    if (observed.isEmpty())
        return j;
    const std::optional<Engine::LevelBand> band = Engine::levelBand(part, indicator, settings);
    const bool met = band && band->contains(observed.constLast().value, settings.comparisonSlack);
    j.rate = Engine::rateTest(observed, indicator.direction, *part.value, target.year, met, settings);
    return j;
}

} // namespace Planner::Implementation
