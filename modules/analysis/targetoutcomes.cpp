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

QString detailOf(const Engine::TargetAssessment &a)
{
    if (a.peak)
        return QStringLiteral("peak %1 in %2; %3").arg(a.peak->value).arg(a.peak->year)
            .arg(a.peak->declinesAfter ? QStringLiteral("declines after") : QStringLiteral("does not decline after"));
    if (a.kind == Engine::TargetKind::PlateauWithin)
        return a.plateauYear ? QStringLiteral("growth below the threshold from %1").arg(*a.plateauYear)
                             : QStringLiteral("still growing in the window");
    // The one place a reason code becomes words (English, like the
    // engine's notes; the finished-text formatter takes it from here).
    switch (a.reason) {
    case Engine::AssessmentReason::BaselineDerivedFromTarget:
        return QStringLiteral("not assessable: the baseline was derived from this target; import a published figure");
    case Engine::AssessmentReason::NoThresholdedProxy:
        return QStringLiteral("not assessable: no proxy indicator with a threshold");
    case Engine::AssessmentReason::None:
        break;
    }
    if (!a.proxies.isEmpty()) {
        int met = 0;
        for (const Engine::ProxyOutcome &p : a.proxies)
            met += p.p50Meets ? 1 : 0;
        return QStringLiteral("%1 of %2 proxies meet their thresholds at P50").arg(met).arg(a.proxies.size());
    }
    return a.note;
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
            o.reason = Engine::assessmentReasonToString(Engine::AssessmentReason::None);
            o.lenses = QStringLiteral("agree");
            if (!result) {
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
                o.detail = assessed.error().message;
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
            o.detail = detailOf(a);
            o.reason = Engine::assessmentReasonToString(a.reason);
            o.lenses = lensRelation(o.status, o.rateClass);
            if (a.rate.base.year > 0)
                o.rateBaseYear = a.rate.base.year;
            outcomes.append(o);
        }
    }
    return outcomes;
}

} // namespace Planner::Analysis
