// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/chaptermodule.h"

namespace Planner::Engine { class ModuleRegistry; }

namespace Planner::GreenTransition {

// Chapter 绿色引领: its indicators, targets, baselines, levers and
// coefficients (resources/catalog/green_transition.json) and its models.
class GreenTransitionModule final : public Engine::ChapterModule
{
public:
    QString id() const override;
    QByteArray catalogJson() const override;
    // Energy mix, carbon, NEV adoption, rail freight, diesel locomotives,
    // cultivated land, red line and efficiency, with the chapter's
    // coefficients read once from the catalog.
    std::vector<std::unique_ptr<Engine::Model>> createModels(const Engine::Catalog &catalog) const override;
};

// Registers the chapter with the engine.
void setup(Engine::ModuleRegistry &registry);

} // namespace Planner::GreenTransition
