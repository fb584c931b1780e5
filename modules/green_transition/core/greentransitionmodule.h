// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/chaptermodule.h"

namespace Planner::Engine { class ModuleRegistry; }

namespace Planner::GreenTransition {

// Chapter 绿色引领: its indicators, targets and baselines
// (resources/catalog/green_transition.json).
class GreenTransitionModule final : public Engine::ChapterModule
{
public:
    QString id() const override;
    QByteArray catalogJson() const override;
};

// Registers the chapter with the engine.
void setup(Engine::ModuleRegistry &registry);

} // namespace Planner::GreenTransition
