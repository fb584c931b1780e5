// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/model.h"

namespace Planner::EcologicalSecurity {

// 自然保护地面积占国土面积比例 (S-01): protected area in km², year by year,
//   area(t) = area(t - 1) + added(t)   (lever in km²/年; negative where
//   integration and optimisation, 整合优化, removes land)
//   share(t) = area(t) / land area × 100
// starting from the area behind the latest share (16.69 % of 187,400 km² =
// 31,277.06 km² at the end of 2020).
class ProtectedAreaModel final : public Engine::Model
{
public:
    explicit ProtectedAreaModel(double landAreaKm2);

    QString id() const override;
    QStringList publishes() const override;
    QStringList consumes() const override;
    QStringList levers() const override;
    void run(Engine::ModelContext &context) const override;

private:
    double m_landAreaKm2;
};

} // namespace Planner::EcologicalSecurity
