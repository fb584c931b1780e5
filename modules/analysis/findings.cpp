// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/findings.h"

#include "analysis/language.h"
#include "engine/catalog.h"

#include <cmath>

namespace Planner::Analysis {

namespace {

bool isPercent(const Engine::Indicator &indicator)
{
    return indicator.unitZh == QLatin1String("%") || indicator.unitEn == QLatin1String("%");
}

QString number(double value, int decimals)
{
    return QString::number(value, 'f', std::max(0, decimals));
}

} // namespace

QString Findings::targetWithUnit(double value, const Engine::Indicator &indicator)
{
    QString text = number(value, indicator.decimals);
    if (text.contains(QLatin1Char('.'))) {
        while (text.endsWith(QLatin1Char('0')))
            text.chop(1);
        if (text.endsWith(QLatin1Char('.')))
            text.chop(1);
    }
    return withUnit(text, indicator);
}

QString Findings::valueWithUnit(double value, const Engine::Indicator &indicator)
{
    return withUnit(number(value, indicator.decimals), indicator);
}

QString Findings::withUnit(const QString &text, const Engine::Indicator &indicator)
{
    const QString unit = pick(indicator.unitZh, indicator.unitEn);
    if (unit.isEmpty())
        return text;
    if (isPercent(indicator))
        return text + QLatin1Char('%');
    return currentLanguage() == Language::Chinese ? QString(text + unit) : QString(text + QLatin1Char(' ') + unit);
}

QString Findings::statusLabel(const QString &status)
{
    if (status == QLatin1String("achieved"))
        return tr("achieved");
    if (status == QLatin1String("on_track"))
        return tr("on track");
    if (status == QLatin1String("at_risk"))
        return tr("at risk");
    if (status == QLatin1String("off_track"))
        return tr("off track");
    return tr("not assessable");
}

QString Findings::originLabel(const QString &origin)
{
    if (origin == QLatin1String("planner"))
        return tr("working target (set by the planner)");
    return tr("plan target");
}

QString Findings::lensSentence(const TargetOutcome &outcome)
{
    const QString since = outcome.rateBaseYear ? QString::number(*outcome.rateBaseYear) : QString();
    if (outcome.lenses == QLatin1String("trend_ahead_of_scenario"))
        return tr(" The trend observed since %1 is fast enough, but the scenario's settings slow it before %2.")
            .arg(since).arg(outcome.year);
    if (outcome.lenses == QLatin1String("scenario_ahead_of_trend"))
        return tr(" The trend observed since %1 is too slow, but the scenario's settings speed it up before %2.")
            .arg(since).arg(outcome.year);
    return {};
}

QString Findings::finding(const TargetOutcome &outcome, const Engine::Indicator &indicator,
                          const Engine::Target &target)
{
    const QString name = pick(indicator.nameZh, indicator.nameEn);
    if (!outcome.projected)
        return tr("%1 (%2): the projection cannot judge this target; status: %3.")
            .arg(name, target.id, statusLabel(outcome.status));

    const QString projected = tr("Under this scenario, %1 is projected at %2 in %3")
                                  .arg(name, valueWithUnit(*outcome.projected, indicator))
                                  .arg(outcome.year);
    QString probability;
    if (outcome.probability)
        probability = tr(", probability of meeting it %1%").arg(std::lround(*outcome.probability * 100.0));

    const std::optional<double> &value = target.value;
    if (!value || !outcome.gap) {
        // Peak, plateau, direction and milestone targets: the status and
        // what the assessment says in words.
        QString text = projected + tr("; %1 target %2: %3").arg(target.id, statusLabel(outcome.status), outcome.detail);
        return text + probability + tr(".") + lensSentence(outcome);
    }

    const QString targetText = targetWithUnit(*value, indicator);
    const double gap = std::abs(*outcome.gap);
    const QString gapText = isPercent(indicator) ? tr("%1 percentage points").arg(number(gap, indicator.decimals))
                                                 : valueWithUnit(gap, indicator);
    QString relation;
    switch (target.kind) {
    case Engine::TargetKind::AtMost:
    case Engine::TargetKind::PhaseOut:
        relation = *outcome.gap < 0 ? tr(", above the %1 ceiling by %2").arg(targetText, gapText)
                                    : tr(", within the %1 ceiling").arg(targetText);
        break;
    case Engine::TargetKind::About:
        relation = outcome.status == QLatin1String("achieved") || gap <= target.tolerance.value_or(0.0)
                       ? tr(", within the tolerance of the %1 target").arg(targetText)
                       : (*outcome.gap > 0 ? tr(", below the %1 target by %2").arg(targetText, gapText)
                                           : tr(", above the %1 target by %2").arg(targetText, gapText));
        break;
    default:
        relation = *outcome.gap > 0 ? tr(", below the %1 target by %2").arg(targetText, gapText)
                                    : tr(", meeting the %1 target").arg(targetText);
        break;
    }
    return projected + relation + probability + tr(".") + lensSentence(outcome);
}

} // namespace Planner::Analysis
