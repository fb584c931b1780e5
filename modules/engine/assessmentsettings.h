// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace Planner::Engine {

// Every threshold the assessment uses, as data: a planner (or a test) can
// change any of them; nothing below is buried in code.
struct AssessmentSettings
{
    // Status by the probability p of meeting the target:
    // on_track p >= onTrack; at_risk atRisk <= p < onTrack; off_track below.
    double onTrackProbability = 0.9;
    double atRiskProbability = 0.5;

    // Eurostat's trend test, by R = d CAGR_observed / |CAGR_required|:
    // on_track R >= rateOnTrack; acceleration_needed rateAccelerationNeeded
    // <= R < rateOnTrack; limited_progress rateLimitedProgress <= R <
    // rateAccelerationNeeded; moving_away below.
    double rateOnTrack = 0.95;
    double rateAccelerationNeeded = 0.60;
    double rateLimitedProgress = 0.0;
    // The method's base year (sdg-build's default 2015): the first observed
    // year from it on is the base of both rates.
    int rateBaseYear = 2015;
    // The method's stand-in for a target or base value of 0.
    double rateZeroSubstitute = 0.001;

    // plateau_within: growth (v_t - v_{t-1}) / |v_{t-1}| below this counts as
    // no longer growing. 0.01 = 1 % a year.
    double plateauGrowth = 0.01;

    // about without its own tolerance: +/- this many percentage points for
    // an indicator in %, else +/- this share of the target
    // (the catalog's rule for 左右: "default ±1 percentage point, or ±2 % of the target").
    double aboutPercentagePoints = 1.0;
    double aboutRelative = 0.02;

    // Level comparisons allow this relative slack (times max(1, |bound|)),
    // so 45.99999999999 from floating-point sums meets ">= 46".
    double comparisonSlack = 1e-9;
};

} // namespace Planner::Engine
