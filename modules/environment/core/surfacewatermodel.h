// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/model.h"

namespace Planner::Environment {

// 地表水国考断面优良水体比例 (E-01): the national assessment sections counted
// one by one (catalog coefficient national_sections_total, 109 in 2024):
//   good(start) = share(start) / 100 × sections, to whole sections
//                 (89.0 % of 109 = 97.01 → 97)
//   good(t)     = clamp(good(t − 1) + improved(t) − newly at risk(t), 0, sections)
//   share(t)    = good(t) / sections × 100
class SurfaceWaterModel final : public Engine::Model
{
public:
    explicit SurfaceWaterModel(double sections);

    QString id() const override;
    QStringList publishes() const override;
    QStringList consumes() const override;
    QStringList levers() const override;
    void run(Engine::ModelContext &context) const override;

    // good / sections × 100, within 0–100 (94 of 111 = 84.68 %).
    static double goodShare(double goodSections, double sections);

private:
    double m_sections;
};

} // namespace Planner::Environment
