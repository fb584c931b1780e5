// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "black_soil/core/blacksoilmodule.h"

#include "engine/registry.h"

namespace Planner::BlackSoil {

QString BlackSoilModule::id() const
{
    return QStringLiteral("black_soil");
}

QByteArray BlackSoilModule::catalogJson() const
{
    return Engine::embeddedCatalogJson(id());
}

void setup(Engine::ModuleRegistry &registry)
{
    registry.add(std::make_unique<BlackSoilModule>());
}

} // namespace Planner::BlackSoil
