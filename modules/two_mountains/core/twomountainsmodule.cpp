// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "two_mountains/core/twomountainsmodule.h"

#include "engine/registry.h"

namespace Planner::TwoMountains {

QString TwoMountainsModule::id() const
{
    return QStringLiteral("two_mountains");
}

QByteArray TwoMountainsModule::catalogJson() const
{
    return Engine::embeddedCatalogJson(id());
}

void setup(Engine::ModuleRegistry &registry)
{
    registry.add(std::make_unique<TwoMountainsModule>());
}

} // namespace Planner::TwoMountains
