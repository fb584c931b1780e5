// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace Planner::Cli {

class CommandContext;

// jilin-planner levers [--json]
int runLevers(CommandContext &context);
// jilin-planner lever set --scenario NAME --lever ID (--stage N | --year Y | --all-years) VALUE
int runLever(CommandContext &context);
// jilin-planner target set --scenario NAME --target ID --value V [--year Y]
int runTargetSet(CommandContext &context);
// jilin-planner projection set --scenario NAME --indicator ID --method M [--parameters JSON]
int runProjectionChoice(CommandContext &context);
// jilin-planner project --scenario NAME [--draws N] [--seed S] [--until YEAR] [--json]
int runProject(CommandContext &context);
// jilin-planner goalseek --scenario NAME --target ID --lever ID [--json]
int runGoalSeek(CommandContext &context);
// jilin-planner sensitivity --scenario NAME --indicator ID --year Y [--json]
int runSensitivity(CommandContext &context);

} // namespace Planner::Cli
