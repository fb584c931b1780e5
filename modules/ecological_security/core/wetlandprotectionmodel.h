// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/model.h"

namespace Planner::EcologicalSecurity {

// 湿地保护率: protected wetland in km², year by year,
//   protected(t) = protected(t - 1) + added(t)   (lever in km²/年)
//   rate(t) = protected(t) / wetland area × 100
// starting from the area behind the latest rate (44.5 % assumed for 2023,
// of 17,280 km² of wetland = 7,689.6 km²).
class WetlandProtectionModel final : public Engine::Model
{
public:
    explicit WetlandProtectionModel(double wetlandAreaKm2);

    QString id() const override;
    QStringList publishes() const override;
    QStringList consumes() const override;
    QStringList levers() const override;
    void run(Engine::ModelContext &context) const override;

private:
    double m_wetlandAreaKm2;
};

} // namespace Planner::EcologicalSecurity
