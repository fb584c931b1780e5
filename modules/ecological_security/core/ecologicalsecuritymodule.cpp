// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ecological_security/core/ecologicalsecuritymodule.h"

#include "engine/registry.h"

namespace Planner::EcologicalSecurity {

QString EcologicalSecurityModule::id() const
{
    return QStringLiteral("ecological_security");
}

QByteArray EcologicalSecurityModule::catalogJson() const
{
    return Engine::embeddedCatalogJson(id());
}

void setup(Engine::ModuleRegistry &registry)
{
    registry.add(std::make_unique<EcologicalSecurityModule>());
}

} // namespace Planner::EcologicalSecurity
