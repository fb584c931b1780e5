// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace Planner::Cli {

class CommandContext;

// jilin-planner scenarios [--json]
int runScenarios(CommandContext &context);
// jilin-planner scenario create|fork|rename|delete ...
int runScenario(CommandContext &context);

} // namespace Planner::Cli
