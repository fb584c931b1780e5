// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/projectionchoice.h"

#include <QJsonArray>

#include <array>
#include <cmath>
#include <utility>

namespace Planner::Engine {

namespace {

// A JSON number that is a whole number an int holds (2030, not 2030.5).
bool isWholeNumber(const QJsonValue &v)
{
    if (!v.isDouble())
        return false;
    const double d = v.toDouble();
    return std::isfinite(d) && d == std::floor(d) && std::abs(d) <= 1e9;
}

constexpr std::array<std::pair<ProjectionMethod, const char *>, 7> kMethodNames{{
    {ProjectionMethod::Hold, "hold"},
    {ProjectionMethod::Linear, "linear"},
    {ProjectionMethod::Growth, "growth"},
    {ProjectionMethod::Logistic, "logistic"},
    {ProjectionMethod::LogisticThroughLatest, "logistic_through_latest"},
    {ProjectionMethod::Milestones, "milestones"},
    {ProjectionMethod::Fitted, "fitted"},
}};

// Reads numbers from the parameters object, remembering the first problem.
class ParameterReader
{
public:
    ParameterReader(const QJsonObject &object, const QString &indicatorId, const QString &method)
        : m_object(object), m_indicatorId(indicatorId), m_method(method) {}

    double number(const char *key)
    {
        const QJsonValue v = m_object.value(QLatin1StringView(key));
        if (!v.isDouble()) {
            fail(QString::fromLatin1(key), QStringLiteral("number"), QStringLiteral("a number"));
            return 0.0;
        }
        return v.toDouble();
    }

    // `expected` is a code for the words at the edge (number, points,
    // points_whole_years, interpolation, whole_number); `english` says it
    // for logs and JSON.
    void fail(const QString &field, const QString &expected, const QString &english)
    {
        if (m_error)
            return;
        m_error = makeCodedError(field, m_indicatorId, 0, QStringLiteral("projection.parameter"),
                                 {m_indicatorId, m_method, field, expected},
                                 QStringLiteral("indicator %1: projection %2 needs parameter \"%3\" as %4")
                                     .arg(m_indicatorId, m_method, field, english));
    }

    const Error &error() const { return m_error; }

private:
    const QJsonObject &m_object;
    QString m_indicatorId;
    QString m_method;
    Error m_error;
};

} // namespace

std::optional<ProjectionMethod> projectionMethodFromString(const QString &text)
{
    for (const auto &[method, name] : kMethodNames) {
        if (text == QLatin1StringView(name))
            return method;
    }
    return std::nullopt;
}

QString projectionMethodToString(ProjectionMethod method)
{
    for (const auto &[candidate, name] : kMethodNames) {
        if (candidate == method)
            return QString::fromLatin1(name);
    }
    return {};
}

Expected<ProjectionChoice> projectionChoiceFromJson(const QString &method, const QJsonObject &parameters,
                                                    const QString &indicatorId)
{
    const std::optional<ProjectionMethod> m = projectionMethodFromString(method);
    if (!m)
        return makeCodedError(QStringLiteral("method"), indicatorId, 0, QStringLiteral("projection.unknown_method"),
                              {indicatorId, method},
                              QStringLiteral("indicator %1: unknown projection method \"%2\"").arg(indicatorId, method));
    ProjectionChoice choice;
    choice.method = *m;
    ParameterReader r(parameters, indicatorId, method);
    switch (*m) {
    case ProjectionMethod::Hold:
        break;
    case ProjectionMethod::Linear:
        choice.slope = r.number("slope");
        break;
    case ProjectionMethod::Growth:
        choice.growthRate = r.number("rate");
        break;
    case ProjectionMethod::Logistic:
        choice.ceiling = r.number("ceiling");
        choice.logisticRate = r.number("rate");
        choice.midpointYear = r.number("midpoint");
        break;
    case ProjectionMethod::LogisticThroughLatest:
        choice.ceiling = r.number("ceiling");
        choice.logisticRate = r.number("rate");
        break;
    case ProjectionMethod::Milestones: {
        const QJsonValue points = parameters.value(QLatin1StringView("points"));
        if (!points.isArray()) {
            r.fail(QStringLiteral("points"), QStringLiteral("points"), QStringLiteral("a list of {\"year\", \"value\"}"));
            break;
        }
        for (const QJsonValue &p : points.toArray()) {
            const QJsonObject o = p.toObject();
            if (!isWholeNumber(o.value(QLatin1StringView("year"))) || !o.value(QLatin1StringView("value")).isDouble()) {
                r.fail(QStringLiteral("points"), QStringLiteral("points_whole_years"),
                       QStringLiteral("a list of {\"year\", \"value\"} with whole years"));
                break;
            }
            choice.milestones.append({o.value(QLatin1StringView("year")).toInt(),
                                      o.value(QLatin1StringView("value")).toDouble()});
        }
        const QString interpolation = parameters.value(QLatin1StringView("interpolation")).toString();
        if (interpolation == QLatin1StringView("step"))
            choice.interpolation = Interpolation::Step;
        else if (interpolation.isEmpty() || interpolation == QLatin1StringView("linear"))
            choice.interpolation = Interpolation::Linear;
        else
            r.fail(QStringLiteral("interpolation"), QStringLiteral("interpolation"), QStringLiteral("\"linear\" or \"step\""));
        break;
    }
    case ProjectionMethod::Fitted: {
        const QJsonValue years = parameters.value(QLatin1StringView("years"));
        if (years.isUndefined())
            break;  // the default N
        if (!isWholeNumber(years))
            r.fail(QStringLiteral("years"), QStringLiteral("whole_number"), QStringLiteral("a whole number"));
        else
            choice.fitYears = years.toInt();
        break;
    }
    }
    if (r.error())
        return r.error();
    return choice;
}

QJsonObject projectionParametersToJson(const ProjectionChoice &choice)
{
    QJsonObject o;
    switch (choice.method) {
    case ProjectionMethod::Hold:
        break;
    case ProjectionMethod::Linear:
        o.insert(QStringLiteral("slope"), choice.slope);
        break;
    case ProjectionMethod::Growth:
        o.insert(QStringLiteral("rate"), choice.growthRate);
        break;
    case ProjectionMethod::Logistic:
        o.insert(QStringLiteral("midpoint"), choice.midpointYear);
        Q_FALLTHROUGH();
    case ProjectionMethod::LogisticThroughLatest:
        o.insert(QStringLiteral("ceiling"), choice.ceiling);
        o.insert(QStringLiteral("rate"), choice.logisticRate);
        break;
    case ProjectionMethod::Milestones: {
        QJsonArray points;
        for (const YearPoint &p : choice.milestones)
            points.append(QJsonObject{{QStringLiteral("year"), p.year}, {QStringLiteral("value"), p.value}});
        o.insert(QStringLiteral("points"), points);
        o.insert(QStringLiteral("interpolation"),
                 choice.interpolation == Interpolation::Step ? QStringLiteral("step") : QStringLiteral("linear"));
        break;
    }
    case ProjectionMethod::Fitted:
        o.insert(QStringLiteral("years"), choice.fitYears);
        break;
    }
    return o;
}

} // namespace Planner::Engine
