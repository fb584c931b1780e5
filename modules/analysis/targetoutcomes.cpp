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
    return a.note;
}

} // namespace

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
            if (!result) {
                outcomes.append(o);
                continue;
            }
            QList<const Engine::IndicatorResult *> proxies;
            for (const Engine::Indicator &other : catalog.indicators()) {
                if (other.proxyFor.contains(target.id)) {
                    if (const Engine::IndicatorResult *proxy = run.find(other.id))
                        proxies.append(proxy);
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
            outcomes.append(o);
        }
    }
    return outcomes;
}

} // namespace Planner::Analysis
