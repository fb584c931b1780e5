// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/chaptermodule.h"

namespace Planner::Engine { class ModuleRegistry; }

namespace Planner::Governance {

// Chapter 多元共治: its indicators, targets and baselines
// (resources/catalog/governance.json).
class GovernanceModule final : public Engine::ChapterModule
{
public:
    QString id() const override;
    QByteArray catalogJson() const override;
};

// Registers the chapter with the engine.
void setup(Engine::ModuleRegistry &registry);

} // namespace Planner::Governance
