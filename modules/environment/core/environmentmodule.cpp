// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "environment/core/environmentmodule.h"

#include "engine/registry.h"

namespace Planner::Environment {

QString EnvironmentModule::id() const
{
    return QStringLiteral("environment");
}

QByteArray EnvironmentModule::catalogJson() const
{
    return Engine::embeddedCatalogJson(id());
}

void setup(Engine::ModuleRegistry &registry)
{
    registry.add(std::make_unique<EnvironmentModule>());
}

} // namespace Planner::Environment
