// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/catalog.h"

#include <QJsonArray>

namespace Planner::Cli {

// The catalog as the command line prints it: an array of indicators, each
// {"id", "chapter", "name_zh", "name_en", "unit", "baseline": {"year",
// "value", "source", "assumption"}, "targets": [{"id", "year", "value",
// "kind", "tolerance", "text_zh"}]} plus descriptive extras (unit_en,
// direction, observed, notes, window_start, every_year, text_en, source).
QJsonArray catalogToJson(const Engine::Catalog &catalog);

} // namespace Planner::Cli
