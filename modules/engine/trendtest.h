// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/assessmentsettings.h"
#include "engine/projectionchoice.h"

#include <QList>
#include <QString>

#include <optional>

namespace Planner::Engine {

// The trend test statistics offices use for quantified targets (Eurostat's
// SDG monitoring report; Statistics Canada and the Open SDG platform publish
// the same rule):
//   R = d · CAGR_observed / |CAGR_required|
// CAGR_observed: the compound annual rate over the observed years (earliest
//   to latest data point); with fewer than two data points, the scenario's
//   rate from the latest value to the projected P50 in the target's year.
// CAGR_required: the rate from the latest observed value to the target by
//   its year.
// d = +1 when reaching the target needs an increase (target above the latest
//   value), -1 when it needs a decrease.
// Classes (thresholds in AssessmentSettings): R >= 0.95 on_track, 0.60 <= R
// < 0.95 acceleration_needed, 0 <= R < 0.60 limited_progress, R < 0
// moving_away; achieved when the latest value already meets the target,
// whatever R says; not_assessable when a rate cannot be formed (a value <= 0,
// the target's year not after the latest data, a target equal to the latest
// value).

enum class RateClass { Achieved, OnTrack, AccelerationNeeded, LimitedProgress, MovingAway, NotAssessable };

// achieved, on_track, acceleration_needed, limited_progress, moving_away,
// not_assessable.
QString rateClassToString(RateClass rateClass);
std::optional<RateClass> rateClassFromString(const QString &text);

// (to / from)^(1 / (to.year - from.year)) - 1. NaN unless to.year >
// from.year, from.value > 0 and to.value >= 0 (a target of 0 gives -1).
double compoundAnnualRate(YearPoint from, YearPoint to);

// The class of a ratio; NaN gives NotAssessable. (Achieved is decided by
// the caller, before the ratio.)
RateClass classifyRateRatio(double ratio, const AssessmentSettings &settings);

struct RateTest
{
    double observedRate = 0.0;        // CAGR_observed (or the scenario's rate)
    bool observedFromScenario = false;
    double requiredRate = 0.0;        // CAGR_required
    double ratio = 0.0;               // R; NaN when not assessable
    RateClass rateClass = RateClass::NotAssessable;
};

// observed: the data points, oldest first (the last is the latest value).
// projected: the P50 in the target's year (used when fewer than two points).
// alreadyMet: the latest value meets the target.
RateTest rateTest(const QList<YearPoint> &observed, double targetValue, int targetYear, double projected,
                  bool alreadyMet, const AssessmentSettings &settings);

// ESCAP's anticipated gap: (target - projected) / (target - base-year
// value). 0 means the target is reached, 1 no progress from the base year,
// above 1 moving away, below 0 overshooting. NaN when the base value equals
// the target.
double anticipatedGap(double targetValue, double projected, double baseValue);

} // namespace Planner::Engine
