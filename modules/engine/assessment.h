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

// Why a target is judged the way it is, as a code with its numbers (the
// words are the caller's: analysis/targetoutcomes.cpp turns them into text).
enum class AssessmentReason {
    None,
    BaselineDerivedFromTarget,  // not assessable: the baseline was computed from this target
    NoThresholdedProxy,         // milestone: no proxy with a threshold (or none with data)
};
// none, baseline_derived_from_target, no_thresholded_proxy.
QString assessmentReasonToString(AssessmentReason reason);

// One proxy of a milestone against its threshold.
struct ProxyOutcome
{
    QString indicatorId;
    ProxyThreshold threshold;
    double probability = 0.0;   // share of draws that meet the threshold
    double p50Value = 0.0;      // the level (or the rate) at P50, NaN without one
    bool p50Meets = false;
};

// A proxy as assessTarget reads it: its definition (with its thresholds)
// and its result.
struct ProxyInput
{
    const Indicator *indicator = nullptr;
    const IndicatorResult *result = nullptr;
};

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
    AssessmentReason reason = AssessmentReason::None;
    TargetOrigin origin = TargetOrigin::Plan;
    QList<ProxyOutcome> proxies;     // milestone: each thresholded proxy
};

// Assesses one target on its indicator's result. `indicator` gives the unit
// and direction; `proxies` are the indicators that track a milestone
// (Indicator::proxyFor) with their results, ignored for other kinds. A
// milestone is judged by the share of its proxies that meet their own
// thresholds (Indicator::proxyThresholds, a level or a rate in the
// milestone's year): its probability is the mean, over the thresholded
// proxies with data, of the share of draws meeting the threshold. With no
// thresholded proxy it is not assessable (never 0 %). It is never
// "achieved" by proxies alone, and has no rate test.
// A target whose indicator's baseline is derived from it
// (Baseline::derivedFromTarget) is not assessable while no observation
// other than that baseline exists.
// Error: the target's year before the indicator's base year.
Expected<TargetAssessment> assessTarget(const Target &target, const Indicator &indicator,
                                        const IndicatorResult &result, const QList<ProxyInput> &proxies = {},
                                        const AssessmentSettings &settings = {});

// Whether a proxy's series meets its threshold in `year` from `startYear`.
bool meetsProxyThreshold(const SeriesView &series, const ProxyThreshold &threshold, int startYear, int year,
                         double slack);
// The value a threshold reads: the level in `year`, or the compound annual
// rate from startYear to year.
double proxyThresholdReading(const SeriesView &series, const ProxyThreshold &threshold, int startYear, int year);

// Every target of every indicator the run holds, in catalog order, with
// milestone proxies found through Indicator::proxyFor.
Expected<QList<TargetAssessment>> assessAll(const QList<Indicator> &indicators, const RunResult &run,
                                            const AssessmentSettings &settings = {});

} // namespace Planner::Engine
