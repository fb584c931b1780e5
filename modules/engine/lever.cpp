// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/lever.h"

#include "engine/stages.h"

#include <array>
#include <cmath>
#include <utility>

namespace Planner::Engine {

namespace {

constexpr std::array<std::pair<Uncertainty::Kind, const char *>, 4> kKindNames{{
    {Uncertainty::Kind::None, "none"},
    {Uncertainty::Kind::Uniform, "uniform"},
    {Uncertainty::Kind::Triangular, "triangular"},
    {Uncertainty::Kind::Normal, "normal"},
}};

QString number(double value)
{
    return QString::number(value, 'g', 10);
}

} // namespace

std::optional<Uncertainty::Kind> uncertaintyKindFromString(const QString &text)
{
    for (const auto &[kind, name] : kKindNames) {
        if (text == QLatin1StringView(name))
            return kind;
    }
    return std::nullopt;
}

QString uncertaintyKindToString(Uncertainty::Kind kind)
{
    for (const auto &[candidate, name] : kKindNames) {
        if (candidate == kind)
            return QString::fromLatin1(name);
    }
    return {};
}

Error validateUncertainty(const Uncertainty &uncertainty, const QString &id, const QString &what)
{
    if (!std::isfinite(uncertainty.spread))
        return makeCodedError(QStringLiteral("spread"), id, 0, QStringLiteral("uncertainty.not_finite"), {id},
                              QStringLiteral("%1: the uncertainty spread is not a finite number").arg(what));
    if (uncertainty.spread < 0.0)
        return makeCodedError(QStringLiteral("spread"), id, 0, QStringLiteral("uncertainty.negative"),
                              {id, number(uncertainty.spread)},
                              QStringLiteral("%1: the uncertainty spread %2 is negative")
                                  .arg(what, number(uncertainty.spread)));
    return {};
}

Error validateLever(const Lever &lever)
{
    const QString what = QStringLiteral("lever %1").arg(lever.id);
    if (lever.id.isEmpty())
        return makeError(QStringLiteral("id"), lever.id, 0, QStringLiteral("a lever has no id"));
    if (!std::isfinite(lever.min))
        return makeError(QStringLiteral("min"), lever.id, 0, QStringLiteral("%1: min is not a finite number").arg(what));
    if (!std::isfinite(lever.max))
        return makeError(QStringLiteral("max"), lever.id, 0, QStringLiteral("%1: max is not a finite number").arg(what));
    if (lever.min > lever.max)
        return makeError(QStringLiteral("max"), lever.id, 0,
                         QStringLiteral("%1: max %2 is below min %3").arg(what, number(lever.max), number(lever.min)));
    if (!std::isfinite(lever.defaultValue))
        return makeError(QStringLiteral("default"), lever.id, 0,
                         QStringLiteral("%1: the default is not a finite number").arg(what));
    if (lever.defaultValue < lever.min || lever.defaultValue > lever.max)
        return makeError(QStringLiteral("default"), lever.id, 0,
                         QStringLiteral("%1: the default %2 is outside [%3, %4]")
                             .arg(what, number(lever.defaultValue), number(lever.min), number(lever.max)));
    return validateUncertainty(lever.uncertainty, lever.id, what);
}

LeverSchedule::LeverSchedule(int firstYear, int lastYear)
    : m_firstYear(firstYear)
{
    if (lastYear >= firstYear)
        m_values.resize(lastYear - firstYear + 1);
}

LeverSchedule LeverSchedule::filled(int firstYear, int lastYear, double value)
{
    LeverSchedule schedule(firstYear, lastYear);
    schedule.setAllYears(value);
    return schedule;
}

bool LeverSchedule::setYear(int year, double value)
{
    if (year < m_firstYear || year > lastYear())
        return false;
    m_values[year - m_firstYear] = value;
    return true;
}

bool LeverSchedule::setStage(int stage, double value)
{
    const std::optional<Stage> s = planStage(stage);
    if (!s)
        return false;
    const int last = s->number == planStages().constLast().number ? lastYear() : s->last;
    for (int year = s->first; year <= last; ++year)
        setYear(year, value);
    return true;
}

void LeverSchedule::setAllYears(double value)
{
    for (std::optional<double> &v : m_values)
        v = value;
}

void LeverSchedule::clearYear(int year)
{
    if (year >= m_firstYear && year <= lastYear())
        m_values[year - m_firstYear].reset();
}

std::optional<double> LeverSchedule::explicitValue(int year) const
{
    if (year < m_firstYear || year > lastYear())
        return std::nullopt;
    return m_values.at(year - m_firstYear);
}

std::optional<double> LeverSchedule::value(int year) const
{
    if (const std::optional<double> own = explicitValue(year))
        return own;
    if (year < kPlanFirstYear)
        return explicitValue(kPlanFirstYear);
    if (year > kPlanLastYear)
        return explicitValue(kPlanLastYear);
    return std::nullopt;
}

Error LeverSchedule::validate(const Lever &lever) const
{
    if (isEmpty())
        return makeError(QStringLiteral("years"), lever.id, 0,
                         QStringLiteral("lever %1: the schedule has no years").arg(lever.id));
    return validateYears(lever, m_firstYear, lastYear());
}

Error LeverSchedule::validateYears(const Lever &lever, int firstYear, int lastYear) const
{
    for (int year = firstYear; year <= lastYear; ++year) {
        const std::optional<double> v = value(year);
        if (!v)
            return makeCodedError(QStringLiteral("year"), lever.id, year, QStringLiteral("lever.no_value"),
                                  {lever.id, QString::number(year)},
                                  QStringLiteral("lever %1: no value for year %2").arg(lever.id).arg(year));
        if (!std::isfinite(*v))
            return makeCodedError(QStringLiteral("value"), lever.id, year, QStringLiteral("lever.not_finite"),
                                  {lever.id, QString::number(year)},
                                  QStringLiteral("lever %1: the value for year %2 is not a finite number")
                                      .arg(lever.id).arg(year));
        if (*v < lever.min || *v > lever.max)
            return makeCodedError(QStringLiteral("value"), lever.id, year, QStringLiteral("lever.out_of_range"),
                                  {lever.id, number(*v), QString::number(year), number(lever.min), number(lever.max)},
                                  QStringLiteral("lever %1: the value %2 for year %3 is outside its range [%4, %5]")
                                      .arg(lever.id, number(*v)).arg(year).arg(number(lever.min), number(lever.max)));
    }
    return {};
}

bool LeverSchedule::operator==(const LeverSchedule &other) const
{
    return m_firstYear == other.m_firstYear && m_values == other.m_values;
}

int leverDecimals(const Lever &lever)
{
    const double span = lever.max - lever.min;
    if (span >= 1000.0)
        return 0;
    if (span >= 100.0)
        return 1;
    if (span >= 1.0)
        return 2;
    return 3;
}

} // namespace Planner::Engine
