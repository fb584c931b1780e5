// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/chaptermodule.h"

namespace Planner::Engine { class ModuleRegistry; }

namespace Planner::BlackSoil {

// Chapter 黑土强基: its indicators, targets and baselines
// (resources/catalog/black_soil.json).
class BlackSoilModule final : public Engine::ChapterModule
{
public:
    QString id() const override;
    QByteArray catalogJson() const override;
    // High-standard farmland (B-01), organic matter and conservation tillage
    // (B-07), grain output, contaminated farmland (B-03), groundwater (B-06)
    // and core bases (B-02). B-04 and B-05 stay milestones.
    std::vector<std::unique_ptr<Engine::Model>> createModels(const Engine::Catalog &catalog) const override;
};

// Registers the chapter with the engine.
void setup(Engine::ModuleRegistry &registry);

} // namespace Planner::BlackSoil
