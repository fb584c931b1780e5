// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/error.h"
#include "engine/simulation.h"

#include <QList>
#include <QString>

#include <functional>

namespace Planner::Engine {

// One bar of a tornado: the indicator's value with one lever at its minimum
// and at its maximum in every year, every other lever at the scenario's
// settings (deterministic central runs).
struct TornadoBar
{
    QString leverId;
    double leverMin = 0.0;
    double leverMax = 0.0;
    double valueAtMin = 0.0;
    double valueAtMax = 0.0;
    double swing = 0.0;   // |valueAtMax - valueAtMin|
};

struct Tornado
{
    QString indicatorId;
    int year = 0;
    double scenarioValue = 0.0;  // with every lever at the scenario's settings
    QList<TornadoBar> bars;      // by swing, largest first; equal swings in lever order
};

// Bars for the levers that can move the indicator (read by a model upstream
// of it); other levers would all show a swing of 0 and are left out.
// Errors: unknown indicator; a year outside the run; anything prepare()
// reports.
Expected<Tornado> tornado(const Simulator &simulator, const ScenarioInputs &inputs, const QString &indicatorId,
                          int year, const SimulationOptions &options = {});
// `progress`, when given, is called after each lever's two runs with the
// levers done and their number; when it returns false the work stops and
// the result is an error with field "cancelled".
using TornadoProgress = std::function<bool(int done, int total)>;
Expected<Tornado> tornado(PreparedScenario prepared, const QString &indicatorId, int year,
                          const TornadoProgress &progress = {});

} // namespace Planner::Engine
