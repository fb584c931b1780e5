// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/catalog.h"
#include "engine/error.h"
#include "engine/projectionchoice.h"
#include "engine/scenarioinputs.h"

#include <QList>
#include <QString>

#include <optional>
#include <span>

namespace Planner::Engine {

// Generic projections for indicators without a model. Each starts from the
// latest observed (year, value) and gives the values of the years after it:
// out[k] is the value of year start.year + 1 + k.
//
//   Hold                  v(t) = v0
//   Linear                v(t) = v0 + slope (t - t_s)
//   Growth                v(t) = v0 (1 + g)^(t - t_s)
//   Logistic              v(t) = K / (1 + exp(-r (t - t0)))   (ignores v0)
//   LogisticThroughLatest the same, t0 = t_s + ln(K / v0 - 1) / r, so v(t_s) = v0
//   Milestones, linear    straight lines from (t_s, v0) through each point; after the last, its value
//   Milestones, step      the value of the latest point (start included) in or before the year
//   Fitted                v(t) = v0 + b (t - t_s), b the least-squares slope of the last N
//                         observed points (so the projection continues from the latest value)

// The largest yearly growth rate a Growth projection accepts, either way:
// 1.0 = 100 % a year (doubling every year). Beyond it a projection to 2035
// is no longer a figure a planner could defend (1e9 a year gave 5e82).
inline constexpr double kMaxGrowthRate = 1.0;

struct LinearFit
{
    double slope = 0.0;      // per year
    double intercept = 0.0;  // value at year 0
    int points = 0;

    double at(double year) const { return intercept + slope * year; }
};

// Ordinary least squares of value on year. Nothing when fewer than two
// distinct years.
std::optional<LinearFit> fitLine(std::span<const YearPoint> points);

// v(t) of the logistic curve.
double logisticValue(double ceiling, double rate, double midpointYear, double year);

// The midpoint year t0 that puts the curve through (year, value). Nothing
// unless 0 < value < ceiling and rate != 0.
std::optional<double> logisticMidpointThrough(double year, double value, double ceiling, double rate);

// Checks the parameters and prepares them for projectInto: a fitted trend
// becomes a linear one with the fitted slope; a logistic curve through the
// latest value keeps its method (t0 follows the start value, which Monte
// Carlo draws move). `observed` are the indicator's data points, oldest
// first (only those up to start.year count). The error names the indicator
// and the parameter.
Expected<ProjectionChoice> resolveProjection(const ProjectionChoice &choice, const QString &indicatorId,
                                             YearPoint start, const QList<YearPoint> &observed);

// An indicator's data points as a run sees them, oldest first: the catalog's
// observed values with the scenario's over them, and the baseline (the
// scenario's override, else the catalog's) unless a value for its year
// exists. The last point is where a projection starts. Errors: a value that
// is not a finite number.
Expected<QList<YearPoint>> indicatorDataPoints(const Indicator &indicator, const ScenarioInputs &inputs);

// The one check of a planner's projection choice, made where it is stored
// (projection set, scenario import) with the same rules the run applies
// (resolveProjection, against the indicator's latest value in `inputs`).
// `modelled`: a chapter model computes the indicator, so a projection would
// be ignored; that is refused, naming the indicator by its name. An
// indicator without any data point has nothing to project from and only the
// checks that need no start value are made.
Error checkProjectionChoice(const ProjectionChoice &choice, const Indicator &indicator, const ScenarioInputs &inputs,
                            bool modelled);

// Fills out with the years after start, from a resolved choice. Allocates
// nothing: the simulation calls it once per indicator and draw.
void projectInto(const ProjectionChoice &resolved, YearPoint start, std::span<double> out);

// resolveProjection + projectInto: the values of years start.year + 1 .. endYear.
Expected<QList<double>> project(const ProjectionChoice &choice, const QString &indicatorId, YearPoint start,
                                int endYear, const QList<YearPoint> &observed = {});

} // namespace Planner::Engine
