// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/assessmentsettings.h"
#include "engine/catalog.h"
#include "engine/projectionchoice.h"

#include <QList>
#include <QString>

#include <optional>

namespace Planner::Engine {

// The trend test of Eurostat's SDG monitoring report as the Open SDG
// platform implements it (open-sdg/sdg-build, ProgressMeasure.py,
// "methodology_2", for a quantified target):
//   base: the observed value in the base year (AssessmentSettings::
//     rateBaseYear, the method's 2015 by default; when that year has no
//     data, the first observed year after it);
//   current: the latest observed value;
//   CAGR_o = (current / base)^(1 / (current year - base year)) - 1
//   CAGR_r = (target / base)^(1 / (target year - base year)) - 1
//   R = sign x d x CAGR_o / |CAGR_r|
// d = +1 when the indicator should increase, -1 when it should decrease
// (the indicator's desired direction, never target minus latest; for an
// indicator without a direction, the way from the base value to the
// target); sign = -1 when the base value is negative, else +1. A target of
// 0, or a base value of 0, is replaced by 0.001 (the method's small-value
// substitution), so a phase-out is not read as a -100 %/yr requirement.
// Observations only: an assumed baseline or a projection never stands in
// for data. Classes (thresholds in AssessmentSettings, the method's 0.95 /
// 0.6 / 0): R >= 0.95 on_track, 0.60 <= R < 0.95 acceleration_needed,
// 0 <= R < 0.60 limited_progress, R < 0 moving_away; achieved when the
// latest observation already meets the target, whatever R says;
// insufficient_data with fewer than two observed years from the base year
// on; not_assessable when R cannot be formed (base and current of
// opposite signs, the target's year not after the base year, a target
// equal to the base value).

enum class RateClass { Achieved, OnTrack, AccelerationNeeded, LimitedProgress, MovingAway, InsufficientData,
                       NotAssessable };

// achieved, on_track, acceleration_needed, limited_progress, moving_away,
// insufficient_data, not_assessable.
QString rateClassToString(RateClass rateClass);
std::optional<RateClass> rateClassFromString(const QString &text);

// (to / from)^(1 / (to.year - from.year)) - 1. NaN unless to.year >
// from.year, from.value > 0 and to.value >= 0 (a target of 0 gives -1).
double compoundAnnualRate(YearPoint from, YearPoint to);

// The class of a ratio; NaN gives NotAssessable. (Achieved and
// InsufficientData are decided by the caller, before the ratio.)
RateClass classifyRateRatio(double ratio, const AssessmentSettings &settings);

struct RateTest
{
    YearPoint base;                   // the base year's observation (after substitution)
    YearPoint current;                // the latest observation
    int direction = 0;                // d: +1 increase wanted, -1 decrease wanted, 0 unknown
    double observedRate = 0.0;        // CAGR_o
    double requiredRate = 0.0;        // CAGR_r
    double ratio = 0.0;               // R; NaN when not formed
    bool targetSubstituted = false;   // a target of 0 was replaced by the small value
    RateClass rateClass = RateClass::NotAssessable;
};

// observed: observations only (no assumed baseline, no projection), oldest
// first. direction: the indicator's desired direction. alreadyMet: the
// latest observation meets the target (decided by the caller's band).
RateTest rateTest(const QList<YearPoint> &observed, Direction direction, double targetValue, int targetYear,
                  bool alreadyMet, const AssessmentSettings &settings);

// ESCAP's anticipated gap: (target - projected) / (target - base-year
// value). 0 means the target is reached, 1 no progress from the base year,
// above 1 moving away, below 0 overshooting. NaN when the base value equals
// the target.
double anticipatedGap(double targetValue, double projected, double baseValue);

} // namespace Planner::Engine
