// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/wording.h"

#include "analysis/language.h"
#include "engine/catalog.h"
#include "engine/error.h"
#include "engine/lever.h"
#include "engine/stages.h"
#include "storage/scenario.h"
#include "storage/scenarioinputs.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

#include <cmath>

namespace Planner::Analysis {

namespace {

bool isPercent(const Engine::Indicator &indicator)
{
    return indicator.unitZh == QLatin1String("%") || indicator.unitEn == QLatin1String("%");
}

QString trimmed(QString text)
{
    const QChar point = QLocale().decimalPoint().at(0);
    if (text.contains(point)) {
        while (text.endsWith(QLatin1Char('0')))
            text.chop(1);
        if (text.endsWith(point))
            text.chop(1);
    }
    return text;
}

} // namespace

QString Wording::number(double value, int decimals)
{
    if (!std::isfinite(value))
        return QStringLiteral("—");
    // -0.0 prints as "-0": a value that rounds to zero is zero.
    const double rounded = std::abs(value) < 0.5 * std::pow(10.0, -std::max(0, decimals)) ? 0.0 : value;
    return QLocale().toString(rounded, 'f', std::max(0, decimals));
}

QString Wording::quantity(const QString &number, const QString &unit)
{
    if (unit.isEmpty())
        return number;
    if (unit == QLatin1String("%"))
        return number + unit;
    if (currentLanguage() == Language::English && unit.front().isDigit())
        return number + QStringLiteral(" × ") + unit;
    return number + QLatin1Char(' ') + unit;
}

QString Wording::unit(const Engine::Indicator &indicator)
{
    return pick(indicator.unitZh, indicator.unitEn);
}

QString Wording::targetWithUnit(double value, const Engine::Indicator &indicator)
{
    return withUnit(trimmed(number(value, indicator.decimals)), indicator);
}

QString Wording::valueWithUnit(double value, const Engine::Indicator &indicator)
{
    return withUnit(number(value, indicator.decimals), indicator);
}

QString Wording::withUnit(const QString &text, const Engine::Indicator &indicator)
{
    const QString u = unit(indicator);
    if (u.isEmpty())
        return text;
    if (isPercent(indicator))
        return text + QLatin1Char('%');
    if (currentLanguage() == Language::Chinese)
        return text + u;
    // "11,180 × 10,000 mu", not "11,180 10,000 mu", which reads as two numbers.
    if (u.front().isDigit())
        return text + QStringLiteral(" × ") + u;
    return text + QLatin1Char(' ') + u;
}

QString Wording::probability(std::optional<double> probability)
{
    if (!probability || !std::isfinite(*probability))
        return QStringLiteral("—");
    return QLocale().toString(std::lround(*probability * 100.0)) + QLatin1Char('%');
}

QString Wording::catalogText(const QString &zh, const QString &en)
{
    return currentLanguage() == Language::Chinese && !zh.isEmpty() ? zh : en;
}

QString Wording::baselineSource(const Engine::Indicator &indicator)
{
    return catalogText(indicator.baseline.sourceZh, indicator.baseline.source);
}

QString Wording::baselineNote(const Engine::Indicator &indicator)
{
    return catalogText(indicator.baseline.noteZh, indicator.baseline.note);
}

QString Wording::targetNote(const Engine::Target &target)
{
    return catalogText(target.noteZh, target.note);
}

QString Wording::leverSource(const Engine::Lever &lever)
{
    return catalogText(lever.sourceZh, lever.source);
}

QString Wording::leverNote(const Engine::Lever &lever)
{
    return catalogText(lever.noteZh, lever.note);
}

QString Wording::inputName(const ProvenanceInput &input, const Engine::Catalog &catalog)
{
    switch (input.kind) {
    case ProvenanceInput::Kind::Baseline:
    case ProvenanceInput::Kind::Observation: {
        const Engine::Indicator *ind = catalog.indicator(input.id);
        if (!ind)
            return {};
        const QString name = catalogText(ind->nameZh, ind->nameEn);
        std::optional<double> value;
        if (input.kind == ProvenanceInput::Kind::Baseline) {
            value = ind->baseline.value;
        } else {
            for (const Engine::YearValue &o : ind->observed) {
                if (o.year == input.year)
                    value = o.value;
            }
        }
        if (input.kind == ProvenanceInput::Kind::Baseline)
            return value ? tr("the baseline of %1 (%2: %3)").arg(name).arg(input.year).arg(valueWithUnit(*value, *ind))
                         : tr("the baseline of %1 (%2)").arg(name).arg(input.year);
        return value ? tr("the observed value of %1 (%2: %3)").arg(name).arg(input.year).arg(valueWithUnit(*value, *ind))
                     : tr("the observed value of %1 (%2)").arg(name).arg(input.year);
    }
    case ProvenanceInput::Kind::Lever:
        if (const Engine::Lever *lever = catalog.lever(input.id))
            return tr("the policy setting “%1”").arg(catalogText(lever->nameZh, lever->nameEn));
        return {};
    case ProvenanceInput::Kind::Coefficient:
        if (const Engine::Coefficient *c = catalog.coefficient(input.chapterId, input.id))
            return tr("the fixed number “%1”").arg(catalogText(c->nameZh, c->nameEn));
        return {};
    }
    return {};
}

QString Wording::inputBasis(const ProvenanceInput &input, const Engine::Catalog &catalog)
{
    const auto either = [](const QString &first, const QString &second) { return first.isEmpty() ? second : first; };
    switch (input.basis) {
    case ProvenanceInput::Basis::PlannerSetting:
        return tr("set by the planner in this scenario");
    case ProvenanceInput::Basis::Imported:
        return tr("imported by the planner into this scenario");
    default:
        break;
    }
    const bool assumed = input.assumed();
    switch (input.kind) {
    case ProvenanceInput::Kind::Baseline:
        if (const Engine::Indicator *ind = catalog.indicator(input.id))
            return assumed ? either(baselineNote(*ind), baselineSource(*ind)) : either(baselineSource(*ind), baselineNote(*ind));
        return {};
    case ProvenanceInput::Kind::Observation:
        return tr("a published figure");
    case ProvenanceInput::Kind::Lever:
        if (const Engine::Lever *lever = catalog.lever(input.id))
            return assumed ? either(leverNote(*lever), leverSource(*lever)) : either(leverSource(*lever), leverNote(*lever));
        return {};
    case ProvenanceInput::Kind::Coefficient:
        if (const Engine::Coefficient *c = catalog.coefficient(input.chapterId, input.id)) {
            const QString note = catalogText(c->noteZh, c->note);
            const QString source = catalogText(c->sourceZh, c->source);
            return assumed ? either(note, source) : either(source, note);
        }
        return {};
    }
    return {};
}

QString Wording::inputStanding(const ProvenanceInput &input)
{
    return input.assumed() ? tr("assumption") : tr("sourced");
}

QString Wording::restsOnAssumptions()
{
    return tr("rests on assumptions");
}

QString Wording::statusWithAssumptionMark(const QString &status)
{
    return tr("%1 *", "a status resting on assumptions").arg(statusLabel(status));
}

QString Wording::assumptionsTip(const TargetProvenance &provenance, const Engine::Catalog &catalog)
{
    if (!provenance.restsOnAssumptions())
        return {};
    QStringList lines{tr("This status rests on assumptions:")};
    for (const ProvenanceInput &in : provenance.assumedInputs())
        lines.append(tr("• %1 — %2").arg(inputName(in, catalog), inputBasis(in, catalog)));
    return lines.join(u'\n');
}

QString Wording::planWords(const Engine::Target &target)
{
    if (currentLanguage() == Language::Chinese || target.textEn.isEmpty())
        return target.textZh;
    return tr("“%1” (%2)").arg(target.textZh, target.textEn);
}

QString Wording::targetWords(const Engine::Target &target)
{
    const QString words = pick(target.textZh, target.textEn);
    if (target.source == Engine::TargetSource::Planner)
        return tr("[set by the planner] %1").arg(words);
    if (target.source == Engine::TargetSource::Announcement)
        return tr("[announced with the plan, 2024-05-28] %1").arg(words);
    return words;
}

QString Wording::kindLabel(Engine::TargetKind kind)
{
    switch (kind) {
    case Engine::TargetKind::AtLeast: return tr("at least");
    case Engine::TargetKind::About: return tr("about");
    case Engine::TargetKind::AtMost: return tr("at most");
    case Engine::TargetKind::PeakBefore: return tr("peak before");
    case Engine::TargetKind::PlateauWithin: return tr("plateau within");
    case Engine::TargetKind::PhaseOut: return tr("phase out");
    case Engine::TargetKind::FullCoverage: return tr("full coverage");
    case Engine::TargetKind::Milestone: return tr("milestone");
    case Engine::TargetKind::Direction: return tr("direction");
    }
    return {};
}

QString Wording::targetText(const Engine::Target &target, const Engine::Indicator &indicator)
{
    using K = Engine::TargetKind;
    const QString v = target.value ? targetWithUnit(*target.value, indicator) : QString();
    // A planner's working target shipped without a value (see the catalog).
    if (!target.value && target.source == Engine::TargetSource::Planner && target.kind != K::Milestone)
        return tr("no value yet: the planner sets it");
    switch (target.kind) {
    case K::AtLeast:
        return target.value ? QStringLiteral("≥ ") + v : QString();
    case K::AtMost:
        return target.value ? QStringLiteral("≤ ") + v : QString();
    case K::About:
        if (!target.value)
            return {};
        return target.tolerance ? tr("%1 ± %2").arg(v, trimmed(number(*target.tolerance, indicator.decimals))) : v;
    case K::FullCoverage:
        return target.value ? tr("%1 (full coverage)").arg(v) : tr("full coverage");
    case K::PhaseOut:
        return target.value ? tr("phased out (%1)").arg(v) : tr("phased out");
    case K::PeakBefore:
        return tr("peak by %1").arg(target.year);
    case K::PlateauWithin:
        return tr("plateau %1–%2").arg(target.windowStart.value_or(target.year)).arg(target.year);
    case K::Direction:
        if (indicator.direction == Engine::Direction::Decrease)
            return tr("keeps falling");
        if (indicator.direction == Engine::Direction::Increase)
            return tr("keeps rising");
        return tr("keeps improving");
    case K::Milestone:
        return tr("milestone");
    }
    return v;
}

QString Wording::statusLabel(const QString &status)
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

QString Wording::rateClassLabel(const QString &rateClass)
{
    if (rateClass == QLatin1String("achieved"))
        return tr("achieved");
    if (rateClass == QLatin1String("on_track"))
        return tr("on track");
    if (rateClass == QLatin1String("acceleration_needed"))
        return tr("acceleration needed");
    if (rateClass == QLatin1String("limited_progress"))
        return tr("limited progress");
    if (rateClass == QLatin1String("moving_away"))
        return tr("moving away");
    // Fewer than two observations: the method forms no trend (not the
    // projection standing in for data).
    if (rateClass == QLatin1String("insufficient_data"))
        return tr("too few observations");
    return tr("not assessable");
}

QString Wording::gapText(const TargetOutcome &outcome, const Engine::Target &target,
                         const Engine::Indicator &indicator)
{
    if (!outcome.gap || !target.value)
        return QStringLiteral("—");
    const double gap = *outcome.gap;  // target - P50
    const double size = std::abs(gap);
    const QString amount = isPercent(indicator) ? tr("%1 percentage points").arg(number(size, indicator.decimals))
                                                : valueWithUnit(size, indicator);
    const bool zero = number(size, indicator.decimals) == number(0.0, indicator.decimals);
    switch (target.kind) {
    case Engine::TargetKind::AtMost:
    case Engine::TargetKind::PhaseOut:
        if (zero)
            return tr("at the ceiling");
        return gap < 0 ? tr("%1 over the ceiling").arg(amount) : tr("%1 below the ceiling").arg(amount);
    case Engine::TargetKind::About:
        if (size <= target.tolerance.value_or(0.0))
            return tr("within the tolerance");
        return gap > 0 ? tr("%1 short of the target").arg(amount) : tr("%1 above the target").arg(amount);
    default:
        if (zero)
            return tr("at the floor");
        return gap > 0 ? tr("%1 short").arg(amount) : tr("%1 above the floor").arg(amount);
    }
}

QString Wording::reasonText(const TargetOutcome &outcome, const Engine::Indicator &indicator)
{
    const QString &code = outcome.reason;
    const QStringList &args = outcome.reasonArgs;
    const auto arg = [&](int i) { return i < args.size() ? args.at(i) : QString(); };
    if (code == QLatin1String("peak_declines") || code == QLatin1String("peak_no_decline")) {
        const QString value = valueWithUnit(arg(0).toDouble(), indicator);
        return code == QLatin1String("peak_declines")
                   ? tr("peaks at %1 in %2 and declines after").arg(value, arg(1))
                   : tr("peaks at %1 in %2 but does not decline after").arg(value, arg(1));
    }
    if (code == QLatin1String("plateau_from"))
        return tr("growth slows below the threshold from %1").arg(arg(0));
    if (code == QLatin1String("still_growing"))
        return tr("still growing within the window");
    if (code == QLatin1String("baseline_derived_from_target"))
        return tr("not assessable: its baseline was worked back from this target, so it cannot judge it; "
                  "import a published figure");
    if (code == QLatin1String("no_thresholded_proxy"))
        return tr("not assessable: no indicator that tracks this milestone has a published threshold");
    if (code == QLatin1String("proxies_meeting"))
        return tr("%1 of %2 tracking indicators meet their thresholds at P50").arg(arg(0), arg(1));
    if (code == QLatin1String("milestone_no_proxy"))
        return tr("a qualitative milestone: judged by its tasks and evidence, not by a number");
    if (code == QLatin1String("proxies_without_data"))
        return tr("the indicators that track this milestone have no data");
    if (code == QLatin1String("no_data"))
        return tr("no data: the indicator has neither a baseline nor observed values");
    if (code == QLatin1String("no_value"))
        return tr("the target has no value to judge against: the plan gives none, and the planner has not set "
                  "one in this scenario");
    if (code == QLatin1String("run_too_short"))
        return tr("the projection ends in %1, before the target's year").arg(arg(0));
    if (code == QLatin1String("before_base_year"))
        return tr("the target's year %1 is before the indicator's base year %2").arg(arg(0), arg(1));
    if (code == QLatin1String("no_result"))
        return tr("no projection for this indicator");
    return {};
}

QString Wording::finding(const TargetOutcome &outcome, const Engine::Indicator &indicator, const Engine::Target &target)
{
    const QString name = pick(indicator.nameZh, indicator.nameEn);
    if (!outcome.projected) {
        const QString why = reasonText(outcome, indicator);
        return why.isEmpty() ? tr("%1 (%2): the projection cannot judge this target; status: %3.")
                                   .arg(name, target.id, statusLabel(outcome.status))
                             : tr("%1 (%2): the projection cannot judge this target (%3); status: %4.")
                                   .arg(name, target.id, why, statusLabel(outcome.status));
    }

    const QString projected = tr("Under this scenario, %1 is projected at %2 in %3")
                                  .arg(name, valueWithUnit(*outcome.projected, indicator))
                                  .arg(outcome.year);
    QString probabilityText;
    if (outcome.probability)
        probabilityText = tr(", probability of meeting it %1").arg(probability(outcome.probability));

    const std::optional<double> &value = target.value;
    if (!value || !outcome.gap) {
        // Peak, plateau, direction and milestone targets: the status and
        // what the assessment says in words.
        const QString why = reasonText(outcome, indicator);
        const QString text = why.isEmpty() ? projected + tr("; %1 target %2").arg(target.id, statusLabel(outcome.status))
                                            : projected + tr("; %1 target %2: %3")
                                                              .arg(target.id, statusLabel(outcome.status), why);
        return text + probabilityText + tr(".") + lensSentence(outcome);
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
    return projected + relation + probabilityText + tr(".") + lensSentence(outcome);
}

QString Wording::targetLabel(const Engine::Target &target)
{
    if (Engine::targetOrigin(target) == Engine::TargetOrigin::Planner)
        return tr("%1 (working target)").arg(target.id);
    return target.id;
}

QString Wording::originLabel(const QString &origin)
{
    if (origin == QLatin1String("planner"))
        return tr("working target (set by the planner)");
    return tr("plan target");
}

QString Wording::lensSentence(const TargetOutcome &outcome)
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

QString Wording::goalSeekReason(const QString &code, double min, double max, const QString &unit)
{
    const QString range = QStringLiteral("%1–%2").arg(QLocale().toString(min), QLocale().toString(max));
    if (code == QLatin1String("out_of_range"))
        return unit.isEmpty() ? tr("not reachable within the lever's range %1").arg(range)
                              : tr("not reachable within the lever's range %1 %2").arg(range, unit);
    return tr("not reachable");
}

QString Wording::errorText(const Engine::Error &error, const Engine::Catalog *catalog)
{
    const QStringList &a = error.args;
    const auto arg = [&a](int i) { return a.value(i); };
    const auto indicatorName = [&](int i) {
        const Engine::Indicator *indicator = catalog ? catalog->indicator(arg(i)) : nullptr;
        return indicator ? pick(indicator->nameZh, indicator->nameEn) : arg(i);
    };
    const auto leverName = [&](int i) {
        const Engine::Lever *lever = catalog ? catalog->lever(arg(i)) : nullptr;
        return lever ? pick(lever->nameZh, lever->nameEn) : arg(i);
    };
    // A number the engine wrote ('g', C locale) in the reader's digits.
    const auto num = [&](int i) {
        bool ok = false;
        const double v = arg(i).toDouble(&ok);
        return ok ? QLocale().toString(v, 'g', 8) : arg(i);
    };
    // A projection's parameter as the reader calls it.
    const auto parameterName = [](const QString &key) -> QString {
        if (key == QLatin1String("slope"))
            return tr("slope");
        if (key == QLatin1String("rate"))
            return tr("rate");
        if (key == QLatin1String("ceiling"))
            return tr("ceiling");
        if (key == QLatin1String("midpoint"))
            return tr("midpoint year");
        if (key == QLatin1String("points"))
            return tr("set values");
        if (key == QLatin1String("interpolation"))
            return tr("joining of the set values");
        if (key == QLatin1String("years"))
            return tr("years fitted");
        return key;
    };
    const QString &code = error.code;
    if (code == QLatin1String("unknown_target"))
        return tr("There is no target %1.").arg(arg(0));
    if (code == QLatin1String("unknown_lever"))
        return tr("There is no lever \"%1\".").arg(arg(0));
    if (code == QLatin1String("unknown_indicator"))
        return tr("There is no indicator \"%1\".").arg(arg(0));
    if (code == QLatin1String("uncertainty.not_finite") || code == QLatin1String("uncertainty.negative")) {
        // A lever's spread or an indicator's baseline spread.
        const Engine::Lever *lever = catalog ? catalog->lever(arg(0)) : nullptr;
        const QString who = lever ? pick(lever->nameZh, lever->nameEn) : indicatorName(0);
        return code == QLatin1String("uncertainty.not_finite")
                   ? tr("%1: the uncertainty's spread is not a finite number.").arg(who)
                   : tr("%1: the uncertainty's spread %2 is negative.").arg(who, num(1));
    }
    if (code == QLatin1String("lever.no_value"))
        return tr("%1 has no value for %2.").arg(leverName(0), arg(1));
    if (code == QLatin1String("lever.not_finite"))
        return tr("%1: the value for %2 is not a finite number.").arg(leverName(0), arg(1));
    if (code == QLatin1String("lever.out_of_range"))
        return tr("%1: the value %2 for %3 is outside its range, %4 to %5.")
            .arg(leverName(0), num(1), arg(2), num(3), num(4));
    if (code == QLatin1String("year_outside_run"))
        return tr("The year %1 is outside the years of the run, %2 to %3.").arg(arg(0), arg(1), arg(2));
    if (code == QLatin1String("draws_not_positive"))
        return tr("The number of draws must be positive, not %1.").arg(arg(0));
    if (code == QLatin1String("goalseek.grid_points"))
        return tr("Goal-seek needs at least 3 trial settings, not %1.").arg(arg(0));
    if (code == QLatin1String("goalseek.milestone"))
        return tr("%1 is a milestone without a value: goal-seek needs a target with a value.").arg(arg(0));
    if (code == QLatin1String("goalseek.not_upstream"))
        return tr("%1 does not act on %2: no model that computes it reads this lever.")
            .arg(leverName(0), indicatorName(1));
    if (code == QLatin1String("goalseek.missing"))
        return tr("%1 is missing from the run.").arg(indicatorName(0));
    if (code == QLatin1String("goalseek.no_value"))
        return tr("%1 has no value in %2 with %3 at %4.").arg(indicatorName(0), arg(1), leverName(2), num(3));
    if (code == QLatin1String("goalseek.not_monotonic"))
        return tr("%1 in %2 does not move one way as %3 changes (%4 at %5, %6 at %7, %8 at %9), so no single "
                  "setting can be sought.")
            .arg(indicatorName(0), arg(1), leverName(2), num(3), num(4), num(5), num(6), num(7), num(8));
    if (code == QLatin1String("goalseek.stopped"))
        return tr("Goal-seek was stopped after %1 runs of the model; nothing was changed.").arg(arg(0));
    if (code == QLatin1String("projection.unknown_method"))
        return tr("%1: there is no projection method \"%2\".").arg(indicatorName(0), arg(1));
    if (code == QLatin1String("projection.parameter")) {
        const QString expected = arg(3);
        QString what;
        if (expected == QLatin1String("number"))
            what = tr("a number");
        else if (expected == QLatin1String("points"))
            what = tr("a list of year and value pairs");
        else if (expected == QLatin1String("points_whole_years"))
            what = tr("a list of year and value pairs with whole years");
        else if (expected == QLatin1String("interpolation"))
            what = tr("\"linear\" or \"step\"");
        else if (expected == QLatin1String("whole_number"))
            what = tr("a whole number");
        else
            what = expected;
        return tr("%1: the projection needs its parameter \"%2\" as %3.")
            .arg(indicatorName(0), parameterName(arg(2)), what);
    }
    if (code.startsWith(QLatin1String("projection."))) {
        // Parameter checks: indicator, field, then the check's own values.
        const QString who = indicatorName(0);
        const QString field = parameterName(arg(1));
        if (code == QLatin1String("projection.not_finite"))
            return tr("%1: the projection parameter \"%2\" is not a finite number.").arg(who, field);
        if (code == QLatin1String("projection.growth_range"))
            return tr("%1: the growth rate must be above -1 (-100 % a year) and at most 1 (+100 % a year), not %2.")
                .arg(who, num(2));
        if (code == QLatin1String("projection.not_positive"))
            return tr("%1: the projection parameter \"%2\" must be positive, not %3.").arg(who, field, num(2));
        if (code == QLatin1String("projection.ceiling_below_latest"))
            return tr("%1: the ceiling must be above the latest value %2 (%3), not %4: the curve never reaches its "
                      "ceiling, so it would fall at once.").arg(who, num(2), arg(3), num(4));
        if (code == QLatin1String("projection.zero"))
            return tr("%1: the projection parameter \"%2\" must not be zero.").arg(who, field);
        if (code == QLatin1String("projection.no_curve_through"))
            return tr("%1: the ceiling must be above the latest value %2 (and that value above 0) for a curve "
                      "through it.").arg(who, num(2));
        if (code == QLatin1String("projection.fit_years"))
            return tr("%1: a fitted trend needs at least 2 years, not %2.").arg(who, arg(2));
        if (code == QLatin1String("projection.fit_data"))
            return tr("%1: a fitted trend needs at least two observed years, found %2.").arg(who, arg(2));
        // Milestones: indicator, year, ...
        if (code == QLatin1String("projection.milestone_year"))
            return tr("%1: the milestone year %2 is outside the years of the run, %3 to %4.")
                .arg(who, arg(1), arg(2), arg(3));
        if (code == QLatin1String("projection.milestone_value"))
            return tr("%1: the milestone value for %2 is not a finite number.").arg(who, arg(1));
        if (code == QLatin1String("projection.milestone_twice"))
            return tr("%1: two milestones for the year %2.").arg(who, arg(1));
        if (code == QLatin1String("projection.modelled"))
            return tr("%1 is computed by its chapter's model from the levers, so a projection of its own would never "
                      "be used; change the levers that drive it instead.").arg(who);
    }
    return error.message;
}

QString Wording::projectionMethod(const QString &method, const QJsonObject &parameters)
{
    const auto value = [&](const char *key) {
        const QJsonValue v = parameters.value(QLatin1String(key));
        return v.isDouble() ? QLocale().toString(v.toDouble(), 'g', 6) : QStringLiteral("—");
    };
    if (method == QLatin1String("hold"))
        return tr("held at the latest value");
    if (method == QLatin1String("linear"))
        return tr("a straight line, %1 a year").arg(value("slope"));
    if (method == QLatin1String("growth"))
        return tr("steady growth at a rate of %1 a year").arg(value("rate"));
    if (method == QLatin1String("logistic"))
        return tr("an S-curve towards %1 (rate %2, midpoint %3)").arg(value("ceiling"), value("rate"), value("midpoint"));
    if (method == QLatin1String("logistic_through_latest"))
        return tr("an S-curve through the latest value towards %1 (rate %2)").arg(value("ceiling"), value("rate"));
    if (method == QLatin1String("fitted"))
        return tr("a straight line fitted to the last %1 observed years").arg(value("years"));
    if (method == QLatin1String("milestones")) {
        QStringList points;
        for (const QJsonValue &p : parameters.value(QLatin1String("points")).toArray()) {
            const QJsonObject o = p.toObject();
            points.append(tr("%1: %2").arg(o.value(QLatin1String("year")).toInt())
                              .arg(QLocale().toString(o.value(QLatin1String("value")).toDouble(), 'g', 6)));
        }
        const bool step = parameters.value(QLatin1String("interpolation")).toString() == QLatin1String("step");
        return (step ? tr("set values, held between them: %1") : tr("set values, joined by straight lines: %1"))
            .arg(points.join(tr("; ")));
    }
    return tr("a projection the planner chose");
}

QString Wording::uncertaintyKind(const QString &kind)
{
    if (kind == QLatin1String("uniform"))
        return tr("uniform");
    if (kind == QLatin1String("triangular"))
        return tr("triangular");
    if (kind == QLatin1String("normal"))
        return tr("normal");
    return tr("none");
}

QString Wording::author(const QString &author)
{
    if (author == QLatin1String("jilin-planner"))
        return tr("shipped with the application");
    return author;
}

QString Wording::date(const QDate &date)
{
    if (currentLanguage() == Language::Chinese)
        return QStringLiteral("%1年%2月%3日").arg(date.year()).arg(date.month()).arg(date.day());
    return QLocale(QLocale::English, QLocale::UnitedKingdom).toString(date, QStringLiteral("d MMMM yyyy"));
}

QString Wording::scenarioName(const Storage::Scenario &scenario)
{
    if (scenario.templateKey == Storage::kCurrentTrendsTemplate)
        return tr("Current trends");
    if (scenario.templateKey == Storage::kPlanPathwayTemplate)
        return tr("Plan pathway");
    return scenario.name;
}

QString Wording::scenarioDescription(const Storage::Scenario &scenario)
{
    if (scenario.templateKey == Storage::kCurrentTrendsTemplate)
        return tr("What happens if recent trends go on: every lever at its default, the pace observed in published "
                  "data (with its years), or a stated assumption where nothing is published. Shipped, read-only; "
                  "fork it to change it.");
    if (scenario.templateKey == Storage::kPlanPathwayTemplate)
        return tr("What happens if the plan is carried out as written: every lever set to what the plan and "
                  "Jilin's published special plans commit to, each setting with its document; where no document "
                  "gives a pace the lever keeps the current-trends value and says so. Shipped, read-only; fork it "
                  "to change it.");
    return scenario.notes;
}

QString Wording::leverBasis(const Engine::Lever &lever, const Storage::StoredLeverBasis *basis, bool stored)
{
    if (basis)
        return catalogText(basis->zh, basis->en);
    if (stored)
        return tr("set by the planner");
    const QString source = leverSource(lever);
    const QString note = leverNote(lever);
    return note.isEmpty() ? source : tr("%1; %2").arg(source, note);
}

QString Wording::chapterTitle(const Engine::Chapter &chapter)
{
    if (currentLanguage() == Language::Chinese)
        return chapter.numeral + u'、' + chapter.nameZh;
    // The plan's chapters 二 … 七 are its 2nd … 7th; chapter 一 is the general part.
    return tr("Chapter %1 · %2").arg(chapter.order + 1).arg(chapter.nameEn);
}

QString Wording::stageLabel(int stage)
{
    const std::optional<Engine::Stage> s = Engine::planStage(stage);
    if (!s)
        return tr("outside the plan period");
    return tr("Stage %1 (%2–%3)").arg(stage).arg(s->first).arg(s->last);
}

QString Wording::stageOfYear(int year)
{
    return stageLabel(Engine::stageOfYear(year));
}

QString Wording::taskStatusLabel(const QString &status)
{
    if (status == QLatin1String("done"))
        return tr("done");
    if (status == QLatin1String("in_progress"))
        return tr("in progress");
    return tr("not started");
}

QStringList Wording::taskStatusCodes()
{
    return {QStringLiteral("not_started"), QStringLiteral("in_progress"), QStringLiteral("done")};
}

QString Wording::auditTableLabel(const QString &table)
{
    if (table == QLatin1String("scenarios"))
        return tr("scenario details");
    if (table == QLatin1String("lever_settings"))
        return tr("lever settings");
    if (table == QLatin1String("lever_bases"))
        return tr("bases of lever settings");
    if (table == QLatin1String("lever_uncertainty"))
        return tr("lever uncertainty");
    if (table == QLatin1String("baseline_overrides"))
        return tr("baselines");
    if (table == QLatin1String("baseline_uncertainty"))
        return tr("baseline uncertainty");
    if (table == QLatin1String("target_overrides"))
        return tr("targets");
    if (table == QLatin1String("observed_values"))
        return tr("observed values");
    if (table == QLatin1String("city_observations"))
        return tr("cities' observed values");
    if (table == QLatin1String("projection_choices"))
        return tr("projection methods");
    if (table == QLatin1String("task_progress"))
        return tr("task progress");
    if (table == QLatin1String("city_shares"))
        return tr("city decomposition");
    if (table == QLatin1String("comments"))
        return tr("comments");
    return tr("other scenario data");
}

Wording::AuditChange Wording::auditChange(const Engine::Catalog &catalog, const QString &table, const QJsonObject &key,
                                          const QJsonObject &oldValue, const QJsonObject &newValue,
                                          const AuditNames &names)
{
    const QString separator = tr(", ");
    const auto text = [](const QJsonValue &v) { return v.isString() ? v.toString() : QString(); };
    const auto cityName = [&](const QString &city) { return names.city ? names.city(city) : city; };

    // What the row is about: a lever, an indicator, a target (its indicator
    // gives the unit), a task, a city, a year.
    const Engine::Lever *lever = catalog.lever(text(key.value(QLatin1String("lever_id"))));
    const Engine::Target *target = catalog.target(text(key.value(QLatin1String("target_id"))));
    const Engine::Indicator *indicator = catalog.indicator(text(key.value(QLatin1String("indicator_id"))));
    if (!indicator && target)
        indicator = catalog.indicator(target->indicatorId);

    QStringList which;
    if (lever)
        which.append(QStringLiteral("“%1”").arg(pick(lever->nameZh, lever->nameEn)));
    if (target)
        which.append(tr("target %1").arg(targetLabel(*target)));
    else if (indicator)
        which.append(QStringLiteral("“%1”").arg(pick(indicator->nameZh, indicator->nameEn)));
    const QString task = text(key.value(QLatin1String("task_id")));
    if (!task.isEmpty())
        which.append(names.task ? names.task(task) : task);
    if (key.contains(QLatin1String("city"))) {
        const QString city = text(key.value(QLatin1String("city")));
        which.append(city.isEmpty() ? tr("the province's own record") : cityName(city));
    }
    if (key.contains(QLatin1String("year")))
        which.append(QString::number(key.value(QLatin1String("year")).toInt()));
    if (table == QLatin1String("scenarios"))
        which.append(tr("this scenario"));
    else if (table == QLatin1String("comments"))
        which.append(tr("comment %1").arg(key.value(QLatin1String("id")).toInteger()));

    // A value in the unit of what it is about.
    const auto amount = [&](const QJsonValue &v, bool asTarget) -> QString {
        if (!v.isDouble())
            return QStringLiteral("—");
        const double x = v.toDouble();
        if (lever)
            return quantity(trimmed(number(x, 4)), pick(lever->unitZh, lever->unitEn));
        if (indicator)
            return asTarget ? targetWithUnit(x, *indicator) : valueWithUnit(x, *indicator);
        return trimmed(number(x, 4));
    };
    const bool targetTable = table == QLatin1String("target_overrides");
    // The columns a person reads, in this order; the rest (order, dates,
    // revision, author) the history's other columns already say or nobody
    // needs.
    const auto words = [&](const QJsonObject &row, const QJsonObject &other, bool onlyChanged) -> QString {
        const auto shown = [&](const char *column) {
            const QLatin1String name(column);
            return row.contains(name) && (!onlyChanged || row.value(name) != other.value(name));
        };
        QStringList parts;
        if (shown("value"))
            parts.append(amount(row.value(QLatin1String("value")), targetTable));
        if (shown("year") && !key.contains(QLatin1String("year")))
            parts.append(tr("as of %1").arg(row.value(QLatin1String("year")).toInt()));
        if (shown("tolerance") && row.value(QLatin1String("tolerance")).isDouble())
            parts.append(QStringLiteral("± %1").arg(amount(row.value(QLatin1String("tolerance")), true)));
        if (shown("share"))
            parts.append(tr("%1% of the province's target")
                             .arg(trimmed(number(row.value(QLatin1String("share")).toDouble(), 2))));
        if (shown("status"))
            parts.append(taskStatusLabel(text(row.value(QLatin1String("status")))));
        if (shown("progress"))
            parts.append(tr("%1% done").arg(trimmed(number(row.value(QLatin1String("progress")).toDouble(), 1))));
        if (shown("evidence") && !text(row.value(QLatin1String("evidence"))).isEmpty())
            parts.append(tr("evidence: %1").arg(text(row.value(QLatin1String("evidence")))));
        if (shown("kind") || shown("spread"))
            parts.append(tr("%1, spread %2")
                             .arg(uncertaintyKind(text(row.value(QLatin1String("kind")))),
                                  trimmed(number(row.value(QLatin1String("spread")).toDouble(), 4))));
        if (shown("method") || shown("parameters"))
            parts.append(projectionMethod(
                text(row.value(QLatin1String("method"))),
                QJsonDocument::fromJson(text(row.value(QLatin1String("parameters"))).toUtf8()).object()));
        if (shown("basis_zh") || shown("basis_en"))
            parts.append(pick(text(row.value(QLatin1String("basis_zh"))), text(row.value(QLatin1String("basis_en")))));
        if (shown("source") && !text(row.value(QLatin1String("source"))).isEmpty())
            parts.append(tr("source: %1").arg(text(row.value(QLatin1String("source")))));
        if (shown("name"))
            parts.append(tr("name “%1”").arg(text(row.value(QLatin1String("name")))));
        if (shown("notes") && !text(row.value(QLatin1String("notes"))).isEmpty())
            parts.append(tr("notes: %1").arg(text(row.value(QLatin1String("notes")))));
        if (shown("open_to_cities"))
            parts.append(row.value(QLatin1String("open_to_cities")).toInt() ? tr("open to the cities")
                                                                            : tr("closed to the cities"));
        if (shown("body"))
            parts.append(QStringLiteral("“%1”").arg(text(row.value(QLatin1String("body")))));
        return parts.isEmpty() ? QStringLiteral("—") : parts.join(separator);
    };
    // An update shows what it changed; an insert what it wrote; a delete
    // what it removed.
    const bool update = !oldValue.isEmpty() && !newValue.isEmpty();
    return AuditChange{which.join(separator), oldValue.isEmpty() ? QStringLiteral("—") : words(oldValue, newValue, update),
                       newValue.isEmpty() ? QStringLiteral("—") : words(newValue, oldValue, update)};
}

} // namespace Planner::Analysis
