// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "green_transition/core/carbonmodel.h"

#include "green_transition/core/yearseries.h"

#include <algorithm>
#include <cmath>

namespace Planner::GreenTransition {

EmissionFactors EmissionFactors::fromCatalog(const Engine::Catalog &catalog)
{
    EmissionFactors f;
    f.coal = chapterCoefficient(catalog, QLatin1StringView("emission_factor_coal"));
    f.oil = chapterCoefficient(catalog, QLatin1StringView("emission_factor_oil"));
    f.gas = chapterCoefficient(catalog, QLatin1StringView("emission_factor_gas"));
    return f;
}

QString CarbonEmissionsModel::id() const
{
    return QStringLiteral("green_transition.carbon");
}

QStringList CarbonEmissionsModel::publishes() const
{
    return {QStringLiteral("co2_emissions"), QStringLiteral("co2_emissions_index"),
            QStringLiteral("energy_co2_emissions"), QStringLiteral("energy_co2_emissions_index")};
}

QStringList CarbonEmissionsModel::consumes() const
{
    return {QStringLiteral("energy_use_total"), QStringLiteral("coal_share_energy"),
            QStringLiteral("oil_share_energy"), QStringLiteral("gas_share_energy"),
            QStringLiteral("forest_carbon_uptake")};
}

QStringList CarbonEmissionsModel::levers() const
{
    return {QStringLiteral("other_carbon_sinks")};
}

double CarbonEmissionsModel::fuelEmissions(double energyUse, double coalShare, double oilShare,
                                           double gasShare) const
{
    return energyUse * (coalShare * m_factors.coal + oilShare * m_factors.oil + gasShare * m_factors.gas) / 100.0;
}

void CarbonEmissionsModel::run(Engine::ModelContext &context) const
{
    const Engine::Trajectory &energy = context.input(EnergyUse);
    const Engine::Trajectory &coal = context.input(CoalShare);
    const Engine::Trajectory &oil = context.input(OilShare);
    const Engine::Trajectory &gas = context.input(GasShare);
    const Engine::Trajectory &forest = context.input(ForestCarbonUptake);
    Engine::Trajectory &emissions = context.output(Emissions);
    Engine::Trajectory &index = context.output(EmissionsIndex);

    const auto netEmissions = [&](int year) {
        return fuelEmissions(energy.at(year), coal.at(year), oil.at(year), gas.at(year))
               - nearestValue(forest, year) - context.lever(OtherSinks, year);
    };

    for (int year = context.firstYear(); year <= context.lastYear(); ++year) {
        if (isModelledYear(emissions, year))
            setYear(emissions, year, netEmissions(year));
    }

    Engine::Trajectory &energyEmissions = context.output(EnergyEmissions);
    Engine::Trajectory &energyIndex = context.output(EnergyEmissionsIndex);
    const auto fuel = [&](int year) {
        return fuelEmissions(energy.at(year), coal.at(year), oil.at(year), gas.at(year));
    };
    for (int year = context.firstYear(); year <= context.lastYear(); ++year) {
        if (isModelledYear(energyEmissions, year))
            setYear(energyEmissions, year, fuel(year));
    }
    {
        const int base = energyIndex.lastObservedYear;
        const double baseFuel = energyIndex.contains(base) ? fuel(base) : kNaN;
        const bool usable = std::isfinite(baseFuel) && baseFuel > 0.0;
        for (int year = std::max(base + 1, context.firstYear()); year <= context.lastYear(); ++year)
            setYear(energyIndex, year, usable ? energyIndex.at(base) * fuel(year) / baseFuel : kNaN);
    }

    const int base = index.lastObservedYear;
    const double baseEmissions = index.contains(base) ? netEmissions(base) : kNaN;
    const bool usableBase = std::isfinite(baseEmissions) && baseEmissions > 0.0;
    for (int year = std::max(base + 1, context.firstYear()); year <= context.lastYear(); ++year)
        setYear(index, year, usableBase ? index.at(base) * netEmissions(year) / baseEmissions : kNaN);
}

} // namespace Planner::GreenTransition
