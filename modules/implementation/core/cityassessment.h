// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/assessmentsettings.h"
#include "engine/catalog.h"
#include "engine/projectionchoice.h"
#include "engine/trendtest.h"

#include <QList>
#include <QString>

#include <optional>

namespace Planner::Implementation {

// A city's part of a decomposed target judged on the city's own observed
// values. There is no projection of a city (the models are the province's),
// so a city is judged the way the province's targets are judged on their
// observations alone (engine/trendtest.h, Eurostat's trend test, the
// "observed trend so far" of every province target): the target's kind and
// year with the city's implied value (share / 100 × the target's value; an
// explicit tolerance of an "about" target scaled by the same share), achieved
// when the latest observation already lies in the target's band
// (engine/targetcriteria.h levelBand), else the class of R from the city's
// base-year and latest observations; too few observations when the city has
// fewer than two from the base year on.
struct CityJudgement
{
    QString city;
    double share = 0.0;                  // % of the province's target
    std::optional<double> implied;       // the city's part, in the target's unit
    std::optional<Engine::YearPoint> latest;  // the city's latest observation
    Engine::RateTest rate;               // rate.rateClass is the status
    // Whether the city has observations of the target's indicator at all
    // (without them there is no status).
    bool observed() const { return latest.has_value(); }
    // achieved, on_track, acceleration_needed, limited_progress, moving_away,
    // insufficient_data, not_assessable; empty without observations.
    QString status() const;
};

// observed: the city's values of the target's indicator, any order.
CityJudgement judgeCity(const Engine::Target &target, const Engine::Indicator &indicator, const QString &city,
                        double share, QList<Engine::YearPoint> observed, const Engine::AssessmentSettings &settings = {});

} // namespace Planner::Implementation
