// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/chaptermodule.h"

namespace Planner::Engine { class ModuleRegistry; }

namespace Planner::Environment {

// Chapter 环境增彩: its indicators, targets and baselines
// (resources/catalog/environment.json).
class EnvironmentModule final : public Engine::ChapterModule
{
public:
    QString id() const override;
    QByteArray catalogJson() const override;
    // The surface-water, rivers-and-lakes, waste, air and village-programme
    // models, with the chapter's coefficients read from the catalog. A model
    // whose coefficient is missing or not positive is left out (its
    // indicators are then projected generically).
    std::vector<std::unique_ptr<Engine::Model>> createModels(const Engine::Catalog &catalog) const override;
};

// Registers the chapter with the engine.
void setup(Engine::ModuleRegistry &registry);

} // namespace Planner::Environment
