// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/model.h"

namespace Planner::GreenTransition {

// Proxies of G-09 (能源和水资源利用效率达到国际先进水平):
//   water_intensity(y) = water_intensity(y−1) × (1 − decline)   [m³ per 10,000 yuan]
//   energy_intensity_vs_benchmark = energy_intensity ÷ benchmark × 100   [%]
//   water_intensity_vs_benchmark  = water_intensity ÷ benchmark × 100
// 100 % or less: at the planner's "international advanced" benchmark.
// energy_intensity itself comes from EnergyMixModel.
class EfficiencyModel final : public Engine::Model
{
public:
    enum Output { WaterIntensity, EnergyVersusBenchmark, WaterVersusBenchmark, OutputCount };
    enum Input { EnergyIntensity, InputCount };
    enum LeverPosition { WaterIntensityDecline, EnergyBenchmark, WaterBenchmark, LeverCount };

    QString id() const override;
    QStringList publishes() const override;
    QStringList consumes() const override;
    QStringList levers() const override;
    void run(Engine::ModelContext &context) const override;
};

} // namespace Planner::GreenTransition
