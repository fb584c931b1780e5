// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/projection.h"
#include "analysis/scenariosession.h"

#include <QString>

#include <optional>

namespace Planner::Cli {

class CommandContext;

// Reads --draws (1 to 100,000) into the request when it is given. Prints the
// problem and returns false for anything else.
bool readDraws(CommandContext &context, Analysis::ProjectionRequest &request);

// Requires --scenario, opens the database and loads the scenario for the
// engine. Prints the problem, sets *exitCode and returns nullopt when it cannot.
std::optional<Analysis::ScenarioSession> openSession(CommandContext &context, const QString &usage, int *exitCode);

} // namespace Planner::Cli
