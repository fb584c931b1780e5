// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/lever.h"
#include "engine/projectionchoice.h"

#include <QList>
#include <QMap>
#include <QString>

#include <optional>

namespace Planner::Engine {

// A scenario's change to an indicator's baseline, and how uncertain it is.
struct BaselineOverride
{
    std::optional<double> value;  // empty: the catalog's
    std::optional<int> year;      // empty: the catalog's
    // Around the value the simulation starts from (the latest observed
    // value, or the baseline when nothing later is observed). Not truncated:
    // an indicator has no range.
    Uncertainty uncertainty;
};

// Everything a scenario gives the engine besides the catalog and the
// levers' own data. Every map is keyed by id; an id the engine does not know
// is an error.
struct ScenarioInputs
{
    // Lever settings. A lever without an entry is at its default every year.
    QMap<QString, LeverSchedule> levers;
    // Replaces a lever's own uncertainty (Lever::uncertainty).
    QMap<QString, Uncertainty> leverUncertainty;
    // How each indicator without a model is projected; none given: the
    // catalog's default (Indicator::projectionMethod), else hold. Ignored
    // for indicators a model publishes.
    QMap<QString, ProjectionChoice> projections;
    QMap<QString, BaselineOverride> baselines;
    // Monitoring data entered or imported for the scenario, added to the
    // catalog's observed values (the scenario's value wins for a year both
    // have).
    QMap<QString, QList<YearPoint>> observed;
};

} // namespace Planner::Engine
