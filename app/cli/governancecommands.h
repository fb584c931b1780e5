// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace Planner::Cli {

class CommandContext;

// jilin-planner tasks [--scenario NAME] [--chapter ID] [--json]
int runTasks(CommandContext &context);
// jilin-planner task set --scenario NAME --task ID [--status S] [--progress P] [--evidence TEXT]
int runTask(CommandContext &context);
// jilin-planner decompose --scenario NAME --target ID [--share CITY=PERCENT ...] [--json]
int runDecompose(CommandContext &context);
// jilin-planner index --scenario NAME [--draws N] [--json]
int runIndex(CommandContext &context);

} // namespace Planner::Cli
