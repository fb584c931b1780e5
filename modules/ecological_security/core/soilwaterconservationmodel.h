// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/model.h"

namespace Planner::EcologicalSecurity {

// 水土保持率 (S-03): the area with soil erosion in km², year by year,
//   eroded(t) = eroded(t - 1) − treated(t) + new erosion(t)   (levers in km²/年)
//   rate(t) = (1 − eroded(t) / land area) × 100
// starting from the area behind the latest rate (80.5 % assumed for 2024:
// 19.5 % of 187,400 km² = 36,543 km² eroded). Publishes the eroded area too.
class SoilWaterConservationModel final : public Engine::Model
{
public:
    explicit SoilWaterConservationModel(double landAreaKm2);

    QString id() const override;
    QStringList publishes() const override;
    QStringList consumes() const override;
    QStringList levers() const override;
    void run(Engine::ModelContext &context) const override;

private:
    double m_landAreaKm2;
};

} // namespace Planner::EcologicalSecurity
