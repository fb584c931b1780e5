// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/targetoutcomes.h"

#include "engine/assessment.h"
#include "engine/catalog.h"

#include <cmath>

namespace Planner::Analysis {

namespace {

std::optional<double> finite(double v)
{
    return std::isfinite(v) ? std::optional<double>(v) : std::nullopt;
}

// The reason as a code with parameters: the words are Wording's, in the
// reader's language. The engine's own one-line note is in English for the
// log; the code is worked out here from the assessment's facts.
void setReason(TargetOutcome &o, const Engine::TargetAssessment &a, const Engine::Target &target,
               const Engine::IndicatorResult &result, bool hasProxies)
{
    if (a.peak) {
        o.reason = a.peak->declinesAfter ? QStringLiteral("peak_declines") : QStringLiteral("peak_no_decline");
        o.reasonArgs = {QString::number(a.peak->value, 'g', 17), QString::number(a.peak->year)};
        return;
    }
    if (a.kind == Engine::TargetKind::PlateauWithin && !std::isnan(a.projected)) {
        if (a.plateauYear) {
            o.reason = QStringLiteral("plateau_from");
            o.reasonArgs = {QString::number(*a.plateauYear)};
        } else {
            o.reason = QStringLiteral("still_growing");
        }
        return;
    }
    switch (a.reason) {
    case Engine::AssessmentReason::BaselineDerivedFromTarget:
        o.reason = QStringLiteral("baseline_derived_from_target");
        return;
    case Engine::AssessmentReason::NoThresholdedProxy:
        o.reason = QStringLiteral("no_thresholded_proxy");
        return;
    case Engine::AssessmentReason::None:
        break;
    }
    if (!a.proxies.isEmpty()) {
        int met = 0;
        for (const Engine::ProxyOutcome &p : a.proxies)
            met += p.p50Meets ? 1 : 0;
        o.reason = QStringLiteral("proxies_meeting");
        o.reasonArgs = {QString::number(met), QString::number(a.proxies.size())};
        return;
    }
    if (a.note.isEmpty())
        return;
    if (target.kind == Engine::TargetKind::Milestone) {
        o.reason = hasProxies ? QStringLiteral("proxies_without_data") : QStringLiteral("milestone_no_proxy");
    } else if (!result.start) {
        o.reason = QStringLiteral("no_data");
    } else if (target.year > result.central.lastYear()) {
        o.reason = QStringLiteral("run_too_short");
        o.reasonArgs = {QString::number(result.central.lastYear())};
    } else {
        o.reason = QStringLiteral("no_value");
    }
}

} // namespace

QString lensRelation(const QString &status, const QString &rateClass)
{
    const bool trendGood = rateClass == QLatin1StringView("on_track") || rateClass == QLatin1StringView("achieved");
    const bool trendSlow = rateClass == QLatin1StringView("acceleration_needed")
                           || rateClass == QLatin1StringView("limited_progress")
                           || rateClass == QLatin1StringView("moving_away");
    const bool statusGood = status == QLatin1StringView("on_track") || status == QLatin1StringView("achieved");
    const bool statusBad = status == QLatin1StringView("at_risk") || status == QLatin1StringView("off_track");
    if (trendGood && statusBad)
        return QStringLiteral("trend_ahead_of_scenario");
    if (trendSlow && statusGood)
        return QStringLiteral("scenario_ahead_of_trend");
    return QStringLiteral("agree");
}

QList<TargetOutcome> assessTargets(const Projection &projection, const Engine::Catalog &catalog)
{
    // Target by target, so one target the engine cannot judge (say, a year
    // before its data) is reported as not assessable without hiding the rest.
    QList<TargetOutcome> outcomes;
    const Engine::RunResult &run = projection.result;
    for (const Engine::Indicator &indicator : catalog.indicators()) {
        const Engine::IndicatorResult *result = run.find(indicator.id);
        for (const Engine::Target &target : indicator.targets) {
            TargetOutcome o;
            o.targetId = target.id;
            o.indicatorId = indicator.id;
            o.year = target.year;
            o.kind = Engine::targetKindToString(target.kind);
            o.value = target.value;
            o.status = QStringLiteral("not_assessable");
            o.rateClass = QStringLiteral("not_assessable");
            o.origin = Engine::targetOriginToString(Engine::targetOrigin(target));
            o.undated = target.undated;
            o.lenses = QStringLiteral("agree");
            if (!result) {
                o.reason = QStringLiteral("no_result");
                outcomes.append(o);
                continue;
            }
            QList<Engine::ProxyInput> proxies;
            for (const Engine::Indicator &other : catalog.indicators()) {
                if (other.proxyFor.contains(target.id)) {
                    if (const Engine::IndicatorResult *proxy = run.find(other.id))
                        proxies.append({&other, proxy});
                }
            }
            const Engine::Expected<Engine::TargetAssessment> assessed =
                Engine::assessTarget(target, indicator, *result, proxies);
            if (!assessed.ok()) {
                // The engine refuses a target whose year is before the base year.
                const int baseYear = result->baseline ? result->baseline->year : indicator.baseline.year;
                if (target.year < baseYear) {
                    o.reason = QStringLiteral("before_base_year");
                    o.reasonArgs = {QString::number(target.year), QString::number(baseYear)};
                }
                outcomes.append(o);
                continue;
            }
            const Engine::TargetAssessment &a = assessed.value();
            o.projected = finite(a.projected);
            o.gap = finite(a.gap);
            o.gapPercent = finite(a.gapPercent);
            o.probability = finite(a.probability);
            o.status = Engine::targetStatusToString(a.status);
            o.rateRatio = finite(a.rate.ratio);
            o.rateClass = Engine::rateClassToString(a.rate.rateClass);
            o.anticipatedGap = finite(a.anticipatedGap);
            setReason(o, a, target, *result, !proxies.isEmpty());
            o.lenses = lensRelation(o.status, o.rateClass);
            if (a.rate.base.year > 0)
                o.rateBaseYear = a.rate.base.year;
            outcomes.append(o);
        }
    }
    return outcomes;
}

} // namespace Planner::Analysis
