// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/error.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace Planner::Engine {

// One (year, value) point.
struct YearPoint
{
    int year = 0;
    double value = 0.0;

    bool operator==(const YearPoint &other) const = default;
};

// How an indicator without a model is carried forward (projection.h).
enum class ProjectionMethod {
    Hold,                   // the latest value, unchanged
    Linear,                 // + slope per year
    Growth,                 // x (1 + rate) per year
    Logistic,               // K / (1 + exp(-r (t - t0)))
    LogisticThroughLatest,  // the same, t0 chosen so the curve passes through the latest value
    Milestones,             // the planner's (year, value) points, linear or step
    Fitted,                 // least-squares slope of the last N observed years
};

enum class Interpolation { Linear, Step };

// The scenario's choice for one indicator, with the parameters its method
// uses (the others are ignored).
struct ProjectionChoice
{
    ProjectionMethod method = ProjectionMethod::Hold;
    double slope = 0.0;          // Linear: change per year, in the indicator's unit
    double growthRate = 0.0;     // Growth: per year, 0.05 = 5 %
    double ceiling = 0.0;        // Logistic*: K, in the indicator's unit
    double logisticRate = 0.0;   // Logistic*: r, per year
    double midpointYear = 0.0;   // Logistic: t0, the year the curve is at K / 2
    QList<YearPoint> milestones; // Milestones: the planner's points
    Interpolation interpolation = Interpolation::Linear;
    int fitYears = 5;            // Fitted: N, how many of the latest observed years
};

// The store's spelling: hold, linear, growth, logistic,
// logistic_through_latest, milestones, fitted.
std::optional<ProjectionMethod> projectionMethodFromString(const QString &text);
QString projectionMethodToString(ProjectionMethod method);

// Reads the parameters the store keeps as JSON beside the method:
//   linear {"slope"}; growth {"rate"}; logistic {"ceiling", "rate", "midpoint"};
//   logistic_through_latest {"ceiling", "rate"};
//   milestones {"points": [{"year", "value"}], "interpolation": "linear" | "step"};
//   fitted {"years"}; hold {}.
// An error names the indicator and the parameter.
Expected<ProjectionChoice> projectionChoiceFromJson(const QString &method, const QJsonObject &parameters,
                                                    const QString &indicatorId);
QJsonObject projectionParametersToJson(const ProjectionChoice &choice);

} // namespace Planner::Engine
