// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/model.h"

namespace Planner::Engine { class Catalog; }

namespace Planner::GreenTransition {

// The chapter's coefficients the energy model uses (green_transition.json,
// "coefficients", with their sources there).
struct EnergyMixCoefficients
{
    double fullLoadHoursWind = 0.0;    // h per year
    double fullLoadHoursSolar = 0.0;
    double fullLoadHoursHydro = 0.0;
    double fullLoadHoursOther = 0.0;
    double coalEquivalentPerKwh = 0.0; // kgce per kWh (coal-equivalent method)
    double localUseFraction = 0.0;     // share of new non-fossil output used in Jilin, 0–1

    static EnergyMixCoefficients fromCatalog(const Engine::Catalog &catalog);
};

// Energy use and its fuel mix, year by year (二、绿色引领: 能源消费, 煤炭比重,
// 非化石能源, 石油峰值平台期):
//   energy_intensity(y) = energy_intensity(y−1) × (1 − decline)
//   energy_use_total(y) = energy_use_total(y−1) × (1 + GDP growth) × (1 − decline)
//   non-fossil supply(y) = non-fossil supply(y−1)
//       + Σ capacity added(y) [万千瓦] × full-load hours [h] × coal equivalent
//         [kgce/kWh] ÷ 1,000 × local-use fraction           [万吨标准煤]
//     (capacity added in a year counts for the whole year; supply of the
//     year before = its share × its energy use)
//   non_fossil_share = supply ÷ energy use × 100 (at most 100)
//   coal share(y) = coal share(y−1) − coal lever; oil likewise
//   gas = the remainder, rebalanced by rebalanceFuelShares (fuelshares.h)
//   wind_solar_capacity(y) = previous + wind added + solar added
//   oil_consumption_index(y) = index(y−1) × oil use(y) ÷ oil use(y−1),
//     oil use = oil share × energy use (chain-linked: 2023 = 100)
// Each output keeps its data years and is filled after them.
class EnergyMixModel final : public Engine::Model
{
public:
    enum Output { EnergyUse, EnergyIntensity, NonFossilShare, CoalShare, OilShare, GasShare,
                  WindSolarCapacity, OilConsumptionIndex, OutputCount };
    enum LeverPosition { GdpGrowth, IntensityDecline, WindAdded, SolarAdded, HydroAdded, OtherAdded,
                         CoalShareDecline, OilShareDecline, LeverCount };

    explicit EnergyMixModel(const EnergyMixCoefficients &coefficients) : m_coefficients(coefficients) {}

    QString id() const override;
    QStringList publishes() const override;
    QStringList consumes() const override;
    QStringList levers() const override;
    void run(Engine::ModelContext &context) const override;

    // The non-fossil supply one year's capacity additions bring, in 万吨标准煤.
    double addedNonFossilSupply(double wind, double solar, double hydro, double other) const;

private:
    EnergyMixCoefficients m_coefficients;
};

} // namespace Planner::GreenTransition
