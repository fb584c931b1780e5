// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/model.h"

namespace Planner::BlackSoil {

// B-06, 地下水国控点位I-IV类水比例 ≥ 80 % by 2035, counted in points:
//   good(y0) = total × share(y0) / 100
//   good(y)  = clamp(good(y-1) + improved(y) - atRisk(y), 0, total)
//   share(y) = good(y) / total × 100
// A fractional count is an expected number of points: 0.5 a year is one
// point every two years.
class GroundwaterModel final : public Engine::Model
{
public:
    explicit GroundwaterModel(double totalPoints);

    QString id() const override;
    QStringList publishes() const override;   // share of points at class I–IV
    QStringList consumes() const override;
    QStringList levers() const override;      // points improved, points newly at risk
    void run(Engine::ModelContext &context) const override;

private:
    double m_totalPoints;
};

} // namespace Planner::BlackSoil
