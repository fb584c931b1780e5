// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/projection.h"

#include "engine/stages.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>
#include <cmath>

namespace Planner::Engine {

namespace {

QString number(double value)
{
    return QString::number(value, 'g', 10);
}

// A parameter the run refuses: a code and its parameters (indicator first,
// then the field), put into words at the edge (Analysis::Wording::errorText);
// the English sentence for logs and JSON.
Error parameterError(const QString &indicatorId, const QString &field, const QString &code, QStringList args,
                     const QString &problem)
{
    args.prepend(field);
    args.prepend(indicatorId);
    return makeCodedError(field, indicatorId, 0, code, args,
                          QStringLiteral("indicator %1: projection parameter \"%2\" %3").arg(indicatorId, field, problem));
}

Error notFinite(const QString &indicatorId, const QString &field)
{
    return parameterError(indicatorId, field, QStringLiteral("projection.not_finite"), {},
                          QStringLiteral("is not a finite number"));
}

} // namespace

std::optional<LinearFit> fitLine(std::span<const YearPoint> points)
{
    const auto n = qsizetype(points.size());
    if (n < 2)
        return std::nullopt;
    // Centre the years for precision: slope = Sxy / Sxx about the means.
    double meanYear = 0.0;
    double meanValue = 0.0;
    for (const YearPoint &p : points) {
        meanYear += p.year;
        meanValue += p.value;
    }
    meanYear /= double(n);
    meanValue /= double(n);
    double sxx = 0.0;
    double sxy = 0.0;
    for (const YearPoint &p : points) {
        const double dx = p.year - meanYear;
        sxx += dx * dx;
        sxy += dx * (p.value - meanValue);
    }
    if (sxx <= 0.0)
        return std::nullopt;
    LinearFit fit;
    fit.slope = sxy / sxx;
    fit.intercept = meanValue - fit.slope * meanYear;
    fit.points = int(n);
    return fit;
}

double logisticValue(double ceiling, double rate, double midpointYear, double year)
{
    return ceiling / (1.0 + std::exp(-rate * (year - midpointYear)));
}

std::optional<double> logisticMidpointThrough(double year, double value, double ceiling, double rate)
{
    if (!(value > 0.0) || !(value < ceiling) || rate == 0.0 || !std::isfinite(rate))
        return std::nullopt;
    // value = K / (1 + exp(-r (t - t0)))  =>  exp(-r (t - t0)) = K / value - 1
    //                                     =>  t0 = t + ln(K / value - 1) / r
    return year + std::log(ceiling / value - 1.0) / rate;
}

Expected<ProjectionChoice> resolveProjection(const ProjectionChoice &choice, const QString &indicatorId,
                                             YearPoint start, const QList<YearPoint> &observed)
{
    ProjectionChoice resolved = choice;
    switch (choice.method) {
    case ProjectionMethod::Hold:
        break;
    case ProjectionMethod::Linear:
        if (!std::isfinite(choice.slope))
            return notFinite(indicatorId, QStringLiteral("slope"));
        break;
    case ProjectionMethod::Growth:
        if (!std::isfinite(choice.growthRate))
            return notFinite(indicatorId, QStringLiteral("rate"));
        // Above -100 % a year (the value would reach 0 or turn negative) and
        // at most +100 % a year (doubling every year): a growth beyond that is
        // not a rate a planner could defend for a provincial indicator.
        if (!(choice.growthRate > -kMaxGrowthRate && choice.growthRate <= kMaxGrowthRate))
            return parameterError(indicatorId, QStringLiteral("rate"), QStringLiteral("projection.growth_range"),
                                  {number(choice.growthRate)},
                                  QStringLiteral("must be above -1 (-100 % a year) and at most 1 (+100 % a year), not %1")
                                      .arg(number(choice.growthRate)));
        break;
    case ProjectionMethod::Logistic:
    case ProjectionMethod::LogisticThroughLatest:
        if (!std::isfinite(choice.ceiling))
            return notFinite(indicatorId, QStringLiteral("ceiling"));
        if (choice.ceiling <= 0.0)
            return parameterError(indicatorId, QStringLiteral("ceiling"), QStringLiteral("projection.not_positive"),
                                  {number(choice.ceiling)},
                                  QStringLiteral("must be positive, not %1").arg(number(choice.ceiling)));
        // Every value of the curve lies below K: a ceiling at or below the
        // latest value would make the projection fall at once.
        if (!(choice.ceiling > start.value))
            return parameterError(indicatorId, QStringLiteral("ceiling"), QStringLiteral("projection.ceiling_below_latest"),
                                  {number(start.value), QString::number(start.year), number(choice.ceiling)},
                                  QStringLiteral("must be above the latest value %1 (%2), not %3: the curve never reaches "
                                                 "its ceiling, so it would fall at once")
                                      .arg(number(start.value)).arg(start.year).arg(number(choice.ceiling)));
        if (!std::isfinite(choice.logisticRate))
            return notFinite(indicatorId, QStringLiteral("rate"));
        if (choice.logisticRate == 0.0)
            return parameterError(indicatorId, QStringLiteral("rate"), QStringLiteral("projection.zero"), {},
                                  QStringLiteral("must not be zero"));
        if (choice.method == ProjectionMethod::Logistic) {
            if (!std::isfinite(choice.midpointYear))
                return notFinite(indicatorId, QStringLiteral("midpoint"));
        } else if (!logisticMidpointThrough(start.year, start.value, choice.ceiling, choice.logisticRate)) {
            return parameterError(indicatorId, QStringLiteral("ceiling"), QStringLiteral("projection.no_curve_through"),
                                  {number(start.value)},
                                  QStringLiteral("must be above the latest value %1 (and that value above 0) for a curve "
                                                 "through it").arg(number(start.value)));
        }
        break;
    case ProjectionMethod::Milestones: {
        std::sort(resolved.milestones.begin(), resolved.milestones.end(),
                  [](const YearPoint &a, const YearPoint &b) { return a.year < b.year; });
        // The run's years: from the indicator's first data year (its base
        // year when it has no earlier data) to the plan's last year.
        const int firstYear = observed.isEmpty() ? start.year : std::min(start.year, observed.constFirst().year);
        for (qsizetype i = 0; i < resolved.milestones.size(); ++i) {
            const YearPoint &p = resolved.milestones.at(i);
            if (p.year < firstYear || p.year > kPlanLastYear)
                return makeCodedError(QStringLiteral("points"), indicatorId, p.year,
                                      QStringLiteral("projection.milestone_year"),
                                      {indicatorId, QString::number(p.year), QString::number(firstYear),
                                       QString::number(kPlanLastYear)},
                                      QStringLiteral("indicator %1: the milestone year %2 is outside the years of the "
                                                     "run, %3 to %4")
                                          .arg(indicatorId).arg(p.year).arg(firstYear).arg(kPlanLastYear));
            if (!std::isfinite(p.value))
                return makeCodedError(QStringLiteral("points"), indicatorId, p.year,
                                      QStringLiteral("projection.milestone_value"), {indicatorId, QString::number(p.year)},
                                      QStringLiteral("indicator %1: the milestone value for %2 is not a finite number")
                                          .arg(indicatorId).arg(p.year));
            if (i > 0 && resolved.milestones.at(i - 1).year == p.year)
                return makeCodedError(QStringLiteral("points"), indicatorId, p.year,
                                      QStringLiteral("projection.milestone_twice"), {indicatorId, QString::number(p.year)},
                                      QStringLiteral("indicator %1: two milestones for year %2").arg(indicatorId).arg(p.year));
        }
        // Points at or before the start are history: the data take precedence.
        resolved.milestones.removeIf([start](const YearPoint &p) { return p.year <= start.year; });
        break;
    }
    case ProjectionMethod::Fitted: {
        if (choice.fitYears < 2)
            return parameterError(indicatorId, QStringLiteral("years"), QStringLiteral("projection.fit_years"),
                                  {QString::number(choice.fitYears)},
                                  QStringLiteral("must be at least 2, not %1").arg(choice.fitYears));
        QList<YearPoint> points;
        for (const YearPoint &p : observed) {
            if (p.year <= start.year && std::isfinite(p.value))
                points.append(p);
        }
        std::stable_sort(points.begin(), points.end(),
                         [](const YearPoint &a, const YearPoint &b) { return a.year < b.year; });
        if (points.size() > choice.fitYears)
            points.remove(0, points.size() - choice.fitYears);
        const std::optional<LinearFit> fit = fitLine(std::span<const YearPoint>(points.constData(), std::size_t(points.size())));
        if (!fit)
            return parameterError(indicatorId, QStringLiteral("years"), QStringLiteral("projection.fit_data"),
                                  {QString::number(points.size())},
                                  QStringLiteral("needs at least two observed years to fit a trend, found %1")
                                      .arg(points.size()));
        resolved.method = ProjectionMethod::Linear;
        resolved.slope = fit->slope;
        break;
    }
    }
    return resolved;
}

Error checkProjectionChoice(const ProjectionChoice &choice, const Indicator &indicator, const ScenarioInputs &inputs,
                            bool modelled)
{
    if (modelled) {
        return makeCodedError(QStringLiteral("method"), indicator.id, 0, QStringLiteral("projection.modelled"),
                              {indicator.id},
                              QStringLiteral("\"%1\" (%2) is computed by its chapter's model from the levers, so a "
                                             "projection of its own would never be used; change the levers that drive it "
                                             "instead").arg(indicator.nameEn, indicator.id));
    }
    const Expected<QList<YearPoint>> points = indicatorDataPoints(indicator, inputs);
    if (!points.ok())
        return points.error();
    if (points.value().isEmpty()) {
        // No start value (the run projects nothing for it): the checks that
        // need none. A fitted trend and a logistic ceiling are judged
        // against data, so they wait for the run.
        if (choice.method == ProjectionMethod::Fitted && choice.fitYears < 2)
            return parameterError(indicator.id, QStringLiteral("years"), QStringLiteral("projection.fit_years"),
                                  {QString::number(choice.fitYears)},
                                  QStringLiteral("must be at least 2, not %1").arg(choice.fitYears));
        if (choice.method == ProjectionMethod::Fitted || choice.method == ProjectionMethod::Logistic
            || choice.method == ProjectionMethod::LogisticThroughLatest)
            return {};
        return resolveProjection(choice, indicator.id, YearPoint{kPlanFirstYear - 1, 0.0}, {}).error();
    }
    const Expected<ProjectionChoice> resolved =
        resolveProjection(choice, indicator.id, points.value().constLast(), points.value());
    return resolved.ok() ? Error{} : resolved.error();
}

void projectInto(const ProjectionChoice &resolved, YearPoint start, std::span<double> out)
{
    const auto n = out.size();
    switch (resolved.method) {
    case ProjectionMethod::Hold:
        std::fill(out.begin(), out.end(), start.value);
        break;
    case ProjectionMethod::Linear:
    case ProjectionMethod::Fitted:  // resolved to Linear; kept for a choice passed unresolved
        for (std::size_t k = 0; k < n; ++k)
            out[k] = start.value + resolved.slope * double(k + 1);
        break;
    case ProjectionMethod::Growth: {
        double v = start.value;
        for (std::size_t k = 0; k < n; ++k) {
            v *= 1.0 + resolved.growthRate;
            out[k] = v;
        }
        break;
    }
    case ProjectionMethod::Logistic:
        for (std::size_t k = 0; k < n; ++k)
            out[k] = logisticValue(resolved.ceiling, resolved.logisticRate, resolved.midpointYear,
                                   start.year + double(k + 1));
        break;
    case ProjectionMethod::LogisticThroughLatest: {
        const std::optional<double> t0 =
            logisticMidpointThrough(start.year, start.value, resolved.ceiling, resolved.logisticRate);
        if (!t0) {
            // A Monte Carlo draw moved the start outside (0, K): stay at it.
            std::fill(out.begin(), out.end(), start.value);
            break;
        }
        for (std::size_t k = 0; k < n; ++k)
            out[k] = logisticValue(resolved.ceiling, resolved.logisticRate, *t0, start.year + double(k + 1));
        break;
    }
    case ProjectionMethod::Milestones: {
        YearPoint previous = start;
        qsizetype next = 0;
        const QList<YearPoint> &points = resolved.milestones;
        for (std::size_t k = 0; k < n; ++k) {
            const int year = start.year + int(k) + 1;
            while (next < points.size() && points.at(next).year <= year) {
                if (points.at(next).year > previous.year)
                    previous = points.at(next);
                ++next;
            }
            if (previous.year == year || next >= points.size() || resolved.interpolation == Interpolation::Step) {
                out[k] = previous.value;
            } else {
                const YearPoint &to = points.at(next);
                const double fraction = double(year - previous.year) / double(to.year - previous.year);
                out[k] = previous.value + (to.value - previous.value) * fraction;
            }
        }
        break;
    }
    }
}

Expected<QList<double>> project(const ProjectionChoice &choice, const QString &indicatorId, YearPoint start,
                                int endYear, const QList<YearPoint> &observed)
{
    if (!std::isfinite(start.value))
        return makeError(QStringLiteral("value"), indicatorId, start.year,
                         QStringLiteral("indicator %1: the start value for %2 is not a finite number")
                             .arg(indicatorId).arg(start.year));
    const Expected<ProjectionChoice> resolved = resolveProjection(choice, indicatorId, start, observed);
    if (!resolved.ok())
        return resolved.error();
    QList<double> values(std::max(0, endYear - start.year));
    projectInto(resolved.value(), start, std::span<double>(values.data(), std::size_t(values.size())));
    return values;
}

} // namespace Planner::Engine
