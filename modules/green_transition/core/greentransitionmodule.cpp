// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "green_transition/core/greentransitionmodule.h"

#include "engine/registry.h"

namespace Planner::GreenTransition {

QString GreenTransitionModule::id() const
{
    return QStringLiteral("green_transition");
}

QByteArray GreenTransitionModule::catalogJson() const
{
    return Engine::embeddedCatalogJson(id());
}

void setup(Engine::ModuleRegistry &registry)
{
    registry.add(std::make_unique<GreenTransitionModule>());
}

} // namespace Planner::GreenTransition
