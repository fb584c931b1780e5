// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ecological_security/core/forestmodel.h"

#include "ecological_security/core/areashare.h"

namespace Planner::EcologicalSecurity {

namespace {
// Positions in levers() and publishes().
enum LeverIndex { Afforestation, ForestLoss };
enum OutputIndex { Coverage, Area, CarbonUptake };
} // namespace

ForestModel::ForestModel(const ForestCoefficients &coefficients)
    : m_coefficients(coefficients)
{
}

QString ForestModel::id() const
{
    return QStringLiteral("ecological_security.forest");
}

QStringList ForestModel::publishes() const
{
    return {QStringLiteral("forest_coverage"), QStringLiteral("forest_area"), QStringLiteral("forest_carbon_uptake")};
}

QStringList ForestModel::consumes() const
{
    return {};
}

QStringList ForestModel::levers() const
{
    return {QStringLiteral("afforestation_per_year"), QStringLiteral("forest_loss_per_year")};
}

double ForestModel::km2FromWanMu(double wanMu) const
{
    return wanMu * 10000.0 / m_coefficients.muPerKm2;
}

double ForestModel::uptakeOf(double forestKm2) const
{
    return forestKm2 * 100.0 * m_coefficients.uptakePerHectare / 10000.0;
}

void ForestModel::run(Engine::ModelContext &context) const
{
    Engine::Trajectory &area = context.output(Area);
    carryAreaShare(context, context.output(Coverage), &area, AreaSide::Counted, m_coefficients.landAreaKm2,
                   [&](int year) {
                       return km2FromWanMu(context.lever(Afforestation, year) - context.lever(ForestLoss, year));
                   });
    Engine::Trajectory &uptake = context.output(CarbonUptake);
    for (int year = uptake.lastObservedYear + 1; year <= context.lastYear(); ++year) {
        if (area.hasValue(year))
            setYear(uptake, year, uptakeOf(area.at(year)));
    }
}

} // namespace Planner::EcologicalSecurity
