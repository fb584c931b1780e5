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
};

// A scenario's run: trajectories with P10/P50/P90 for every indicator.
struct Projection
{
    QString scenario;
    ProjectionRequest request;
    Engine::RunResult result;
};

// Runs the scenario's Monte Carlo (the deterministic central run is inside
// every result as `central`).
Engine::Expected<Projection> project(const ScenarioSession &session, const ProjectionRequest &request);

} // namespace Planner::Analysis
