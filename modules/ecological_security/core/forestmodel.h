// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/model.h"

namespace Planner::EcologicalSecurity {

// The chapter's fixed numbers the forest accounting uses (catalog
// coefficients land_area, mu_per_km2, forest_carbon_uptake_per_hectare).
struct ForestCoefficients
{
    double landAreaKm2 = 0.0;        // 187,400 km²
    double muPerKm2 = 0.0;           // 1,500 亩 per km²
    double uptakePerHectare = 0.0;   // t CO₂ per hectare of forest per year
};

// 森林覆盖率 (S-02, X-02): forest area in km², year by year,
//   area(t) = area(t - 1) + afforestation(t) − loss(t)   (levers in 万亩/年)
//   coverage(t) = area(t) / land area × 100
// starting from the area behind the latest observed coverage (45.42 % of
// 187,400 km² = 85,117.08 km² in 2023). Also publishes the forest area and
// its CO₂ uptake, area × uptake per hectare, in 万吨 a year, which the green
// transition module reads as a carbon sink.
class ForestModel final : public Engine::Model
{
public:
    explicit ForestModel(const ForestCoefficients &coefficients);

    QString id() const override;
    QStringList publishes() const override;
    QStringList consumes() const override;
    QStringList levers() const override;
    void run(Engine::ModelContext &context) const override;

    // 万亩 → km²: 1 万亩 = 10,000 / 1,500 km² ≈ 6.667 km².
    double km2FromWanMu(double wanMu) const;
    // km² of forest → 万吨 CO₂ a year: km² × 100 ha × t/ha ÷ 10,000.
    double uptakeOf(double forestKm2) const;

private:
    ForestCoefficients m_coefficients;
};

} // namespace Planner::EcologicalSecurity
