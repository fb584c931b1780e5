// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/projection.h"

#include "analysis/scenariosession.h"

namespace Planner::Analysis {

Engine::Expected<Projection> project(const ScenarioSession &session, const ProjectionRequest &request)
{
    Engine::Expected<Engine::PreparedScenario> prepared = session.prepare(request.endYear);
    if (!prepared.ok())
        return prepared.error();
    if (request.deterministic)
        return Projection{session.scenario().name, request, prepared.value().runDeterministic()};
    Engine::MonteCarloOptions options;
    options.draws = request.draws;
    options.seed = request.seed;
    Engine::Expected<Engine::RunResult> result = prepared.value().runMonteCarlo(options);
    if (!result.ok())
        return result.error();
    return Projection{session.scenario().name, request, result.takeValue()};
}

} // namespace Planner::Analysis
