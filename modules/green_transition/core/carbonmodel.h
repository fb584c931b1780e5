// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/model.h"

namespace Planner::Engine { class Catalog; }

namespace Planner::GreenTransition {

// CO₂ per tonne of standard coal burnt, by fuel (green_transition.json:
// IPCC 2006 defaults × 29.3076 GJ/tce).
struct EmissionFactors
{
    double coal = 0.0;  // t CO₂ per tce
    double oil = 0.0;
    double gas = 0.0;

    static EmissionFactors fromCatalog(const Engine::Catalog &catalog);
};

// CO₂ from fuel use less carbon sinks (二、绿色引领: 碳达峰; 森林、草原、湿地、
// 农田碳汇), in every year where its inputs have values:
//   fuel CO₂ = energy use × (coal % × EF_coal + oil % × EF_oil + gas % × EF_gas) ÷ 100
//   co2_emissions = fuel CO₂ − forest_carbon_uptake − other sinks   [万吨]
//   co2_emissions_index(y) = index(L) × co2(y) ÷ co2(L), L its last data
//     year (2023 = 100)
//   energy_co2_emissions = fuel CO₂ (energy-related CO₂, the scope of the
//     national and provincial carbon-peak action plans: G-03 is judged on
//     its index, so no assumed sink moves the peak)
//   energy_co2_emissions_index(y) = index(L) × fuel CO₂(y) ÷ fuel CO₂(L)
// forest_carbon_uptake comes from the ecological security chapter; in a
// year where it has no value the nearest year's value stands in.
class CarbonEmissionsModel final : public Engine::Model
{
public:
    enum Output { Emissions, EmissionsIndex, EnergyEmissions, EnergyEmissionsIndex, OutputCount };
    enum Input { EnergyUse, CoalShare, OilShare, GasShare, ForestCarbonUptake, InputCount };
    enum LeverPosition { OtherSinks, LeverCount };

    explicit CarbonEmissionsModel(const EmissionFactors &factors) : m_factors(factors) {}

    QString id() const override;
    QStringList publishes() const override;
    QStringList consumes() const override;
    QStringList levers() const override;
    void run(Engine::ModelContext &context) const override;

    // 万吨 CO₂ from `energyUse` 万吨标准煤 burnt in the given shares (%).
    double fuelEmissions(double energyUse, double coalShare, double oilShare, double gasShare) const;

private:
    EmissionFactors m_factors;
};

} // namespace Planner::GreenTransition
