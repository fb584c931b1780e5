// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/chaptermodule.h"

namespace Planner::Engine { class ModuleRegistry; }

namespace Planner::TwoMountains {

// Chapter “两山”驱动: its indicators, targets and baselines
// (resources/catalog/two_mountains.json).
class TwoMountainsModule final : public Engine::ChapterModule
{
public:
    QString id() const override;
    QByteArray catalogJson() const override;
    // The agriculture cluster and under-forest growth models, the ice-snow
    // and summer tourism season models, and the GEP accounting (left out
    // when one of its coefficients is missing or not positive: GEP is then
    // projected generically).
    std::vector<std::unique_ptr<Engine::Model>> createModels(const Engine::Catalog &catalog) const override;
};

// Registers the chapter with the engine.
void setup(Engine::ModuleRegistry &registry);

} // namespace Planner::TwoMountains
