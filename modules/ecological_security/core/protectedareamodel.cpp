// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ecological_security/core/protectedareamodel.h"

#include "ecological_security/core/areashare.h"

namespace Planner::EcologicalSecurity {

namespace {
enum LeverIndex { Added };
enum OutputIndex { Share };
} // namespace

ProtectedAreaModel::ProtectedAreaModel(double landAreaKm2)
    : m_landAreaKm2(landAreaKm2)
{
}

QString ProtectedAreaModel::id() const
{
    return QStringLiteral("ecological_security.protected_areas");
}

QStringList ProtectedAreaModel::publishes() const
{
    return {QStringLiteral("protected_area_share")};
}

QStringList ProtectedAreaModel::consumes() const
{
    return {};
}

QStringList ProtectedAreaModel::levers() const
{
    return {QStringLiteral("protected_area_added_per_year")};
}

void ProtectedAreaModel::run(Engine::ModelContext &context) const
{
    carryAreaShare(context, context.output(Share), nullptr, AreaSide::Counted, m_landAreaKm2,
                   [&](int year) { return context.lever(Added, year); });
}

} // namespace Planner::EcologicalSecurity
