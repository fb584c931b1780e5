// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/error.h"
#include "engine/runresult.h"
#include "engine/simulation.h"

#include <QString>

namespace Planner::Analysis {

class ScenarioSession;

struct ProjectionRequest
{
    int draws = 1000;
    quint64 seed = Engine::kDefaultSeed;
    int endYear = Engine::kPlanLastYear;
    // The central path only: no draw (every lever at its schedule, every
    // baseline at its value); probabilities are then 1 or 0.
    bool deterministic = false;
};

// A scenario's run: trajectories with P10/P50/P90 for every indicator.
struct Projection
{
    QString scenario;
    ProjectionRequest request;
    Engine::RunResult result;
};

// Runs the scenario's Monte Carlo (the deterministic central run is inside
// every result as `central`), or the central run alone when asked.
Engine::Expected<Projection> project(const ScenarioSession &session, const ProjectionRequest &request);

} // namespace Planner::Analysis
