// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ecological_security/core/soilwaterconservationmodel.h"

#include "ecological_security/core/areashare.h"

namespace Planner::EcologicalSecurity {

namespace {
enum LeverIndex { Treated, NewErosion };
enum OutputIndex { Rate, ErodedArea };
} // namespace

SoilWaterConservationModel::SoilWaterConservationModel(double landAreaKm2)
    : m_landAreaKm2(landAreaKm2)
{
}

QString SoilWaterConservationModel::id() const
{
    return QStringLiteral("ecological_security.soil_water_conservation");
}

QStringList SoilWaterConservationModel::publishes() const
{
    return {QStringLiteral("soil_water_conservation_rate"), QStringLiteral("soil_erosion_area")};
}

QStringList SoilWaterConservationModel::consumes() const
{
    return {};
}

QStringList SoilWaterConservationModel::levers() const
{
    return {QStringLiteral("soil_erosion_treated_per_year"), QStringLiteral("new_soil_erosion_per_year")};
}

void SoilWaterConservationModel::run(Engine::ModelContext &context) const
{
    // The rate counts the conserved land; the eroded area is the rest.
    carryAreaShare(context, context.output(Rate), &context.output(ErodedArea), AreaSide::Rest, m_landAreaKm2,
                   [&](int year) { return context.lever(Treated, year) - context.lever(NewErosion, year); });
}

} // namespace Planner::EcologicalSecurity
