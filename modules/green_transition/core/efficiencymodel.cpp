// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "green_transition/core/efficiencymodel.h"

#include "green_transition/core/yearseries.h"

namespace Planner::GreenTransition {

QString EfficiencyModel::id() const
{
    return QStringLiteral("green_transition.efficiency");
}

QStringList EfficiencyModel::publishes() const
{
    return {QStringLiteral("water_intensity"), QStringLiteral("energy_intensity_vs_benchmark"),
            QStringLiteral("water_intensity_vs_benchmark")};
}

QStringList EfficiencyModel::consumes() const
{
    return {QStringLiteral("energy_intensity")};
}

QStringList EfficiencyModel::levers() const
{
    return {QStringLiteral("water_intensity_decline"), QStringLiteral("energy_intensity_benchmark"),
            QStringLiteral("water_intensity_benchmark")};
}

void EfficiencyModel::run(Engine::ModelContext &context) const
{
    const Engine::Trajectory &energyIntensity = context.input(EnergyIntensity);
    Engine::Trajectory &water = context.output(WaterIntensity);
    Engine::Trajectory &energyRatio = context.output(EnergyVersusBenchmark);
    Engine::Trajectory &waterRatio = context.output(WaterVersusBenchmark);
    for (int year = context.firstYear(); year <= context.lastYear(); ++year) {
        if (year > context.firstYear() && isModelledYear(water, year))
            setYear(water, year, water.at(year - 1) * (1.0 - context.lever(WaterIntensityDecline, year) / 100.0));
        if (isModelledYear(energyRatio, year))
            setYear(energyRatio, year, 100.0 * energyIntensity.at(year) / context.lever(EnergyBenchmark, year));
        if (isModelledYear(waterRatio, year))
            setYear(waterRatio, year, 100.0 * water.at(year) / context.lever(WaterBenchmark, year));
    }
}

} // namespace Planner::GreenTransition
