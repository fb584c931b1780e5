// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/assessmentsettings.h"
#include "engine/catalog.h"
#include "engine/error.h"
#include "engine/runresult.h"
#include "engine/targetcriteria.h"
#include "engine/trendtest.h"

#include <QList>
#include <QString>

#include <optional>

namespace Planner::Engine {

// achieved: observed data already meet the target (overrides the rest);
// on_track p >= 0.9; at_risk 0.5 <= p < 0.9; off_track p < 0.5;
// not_assessable: no data, or a milestone without a proxy indicator.
enum class TargetStatus { Achieved, OnTrack, AtRisk, OffTrack, NotAssessable };

// achieved, on_track, at_risk, off_track, not_assessable.
QString targetStatusToString(TargetStatus status);
std::optional<TargetStatus> targetStatusFromString(const QString &text);

// The status for a probability of meeting a target (AssessmentSettings'
// thresholds; NaN gives NotAssessable). Achieved is decided before this.
TargetStatus classifyProbability(double probability, const AssessmentSettings &settings);

// Where a target lands in a run.
struct TargetAssessment
{
    QString targetId;
    QString indicatorId;
    TargetKind kind = TargetKind::AtLeast;
    int year = 0;
    std::optional<double> targetValue;

    // P50 in the target's year (NaN when there is none). In a deterministic
    // run the central value.
    double projected = 0.0;
    // target - projected, in the indicator's unit (for at_least a positive
    // gap is a shortfall, for at_most a negative one is an excess), and as %
    // of |target| (NaN for a target of 0). NaN for kinds without a value.
    double gap = 0.0;
    double gapPercent = 0.0;
    // Share of draws that meet the target. A draw meets an every_year target
    // only if every year from the start to the target's year does. When the
    // target's year is not after the latest data, the data decide: 1 or 0.
    double probability = 0.0;
    TargetStatus status = TargetStatus::NotAssessable;
    bool observedMeets = false;  // the data already meet it (achieved)

    RateTest rate;               // Eurostat's trend test (level kinds with a value)
    double anticipatedGap = 0.0; // ESCAP (level kinds with a value)

    std::optional<PeakInfo> peak;      // peak_before: of the P50 series
    std::optional<int> plateauYear;    // plateau_within: of the P50 series

    QString note;                // why it is not assessable, in one line
};

// Assesses one target on its indicator's result. `indicator` gives the unit
// and direction; `proxies` are the results of the indicators that track a
// milestone (Indicator::proxyFor), ignored for other kinds. A milestone with
// proxies is judged by whether every proxy with a direction keeps moving its
// better way from its start to the milestone's year; it is never
// "achieved" by proxies alone, and has no rate test.
// Error: the target's year before the indicator's base year.
Expected<TargetAssessment> assessTarget(const Target &target, const Indicator &indicator,
                                        const IndicatorResult &result,
                                        const QList<const IndicatorResult *> &proxies = {},
                                        const AssessmentSettings &settings = {});

// Every target of every indicator the run holds, in catalog order, with
// milestone proxies found through Indicator::proxyFor.
Expected<QList<TargetAssessment>> assessAll(const QList<Indicator> &indicators, const RunResult &run,
                                            const AssessmentSettings &settings = {});

} // namespace Planner::Engine
