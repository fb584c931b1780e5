// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/projection.h"

#include <QJsonObject>

namespace Planner::Engine { class Catalog; }

namespace Planner::Analysis {

// The command line's `project --json`:
// {"scenario", "seed", "draws", "years": [...], "indicators": [{"id", "unit",
//  "observed": {year: value}, "p10": [...], "p50": [...], "p90": [...],
//  "targets": [...]}]}; arrays follow "years", null where there is no value.
QJsonObject projectionToJson(const Projection &projection, const Engine::Catalog &catalog);

// A plain-text table of every target's outcome, for a terminal.
QString projectionSummary(const Projection &projection, const Engine::Catalog &catalog, bool chinese);

} // namespace Planner::Analysis
