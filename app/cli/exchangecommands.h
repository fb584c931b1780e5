// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace Planner::Cli {

class CommandContext;

// jilin-planner export (--scenario NAME | --all-scenarios) [--format json|csv|xlsx] -o FILE [--force]
//                      [--draws N] [--seed S]
int runExport(CommandContext &context);
// jilin-planner import FILE [--scenario NAME] [--dry-run]
int runImport(CommandContext &context);

} // namespace Planner::Cli
