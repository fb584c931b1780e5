// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ecological_security/core/wetlandprotectionmodel.h"

#include "ecological_security/core/areashare.h"

namespace Planner::EcologicalSecurity {

namespace {
enum LeverIndex { Added };
enum OutputIndex { Rate };
} // namespace

WetlandProtectionModel::WetlandProtectionModel(double wetlandAreaKm2)
    : m_wetlandAreaKm2(wetlandAreaKm2)
{
}

QString WetlandProtectionModel::id() const
{
    return QStringLiteral("ecological_security.wetland_protection");
}

QStringList WetlandProtectionModel::publishes() const
{
    return {QStringLiteral("wetland_protection_rate")};
}

QStringList WetlandProtectionModel::consumes() const
{
    return {};
}

QStringList WetlandProtectionModel::levers() const
{
    return {QStringLiteral("wetland_protected_added_per_year")};
}

void WetlandProtectionModel::run(Engine::ModelContext &context) const
{
    carryAreaShare(context, context.output(Rate), nullptr, AreaSide::Counted, m_wetlandAreaKm2,
                   [&](int year) { return context.lever(Added, year); });
}

} // namespace Planner::EcologicalSecurity
