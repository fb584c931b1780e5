// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/wording.h"

namespace Planner::Cli {

class CommandContext;

// The cities' names in the current language and the plan tasks' titles, for
// the audit's words (Analysis::Wording::auditChange): the command line's
// audit and the window's History dialog.
Analysis::Wording::AuditNames auditNames();

// jilin-planner server init | server add-user NAME --role ROLE [--city CITY]
int runServer(CommandContext &context);
// jilin-planner audit --scenario NAME [--since DATE] [--json]
int runAudit(CommandContext &context);
// jilin-planner comment add --scenario NAME [--target ID] TEXT
int runComment(CommandContext &context);
// jilin-planner comments --scenario NAME [--json]
int runComments(CommandContext &context);
// jilin-planner scenario open-to-cities NAME [--close]
int runScenarioOpenToCities(CommandContext &context);
// jilin-planner scenario restore NAME NEW --revision R
int runScenarioRestore(CommandContext &context);

} // namespace Planner::Cli
