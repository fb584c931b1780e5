// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "governance/core/governancemodule.h"

#include "engine/registry.h"

namespace Planner::Governance {

QString GovernanceModule::id() const
{
    return QStringLiteral("governance");
}

QByteArray GovernanceModule::catalogJson() const
{
    return Engine::embeddedCatalogJson(id());
}

void setup(Engine::ModuleRegistry &registry)
{
    registry.add(std::make_unique<GovernanceModule>());
}

} // namespace Planner::Governance
