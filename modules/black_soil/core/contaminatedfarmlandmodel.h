// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/model.h"

namespace Planner::BlackSoil {

// B-03, 受污染耕地安全利用率 ≥ 95 % by 2027. Contaminated farmland C (万亩) and
// the part of it not yet under safe-use measures U:
//   C(y0) = the coefficient;  U(y0) = C(y0) × (1 - rate(y0) / 100)
//   C(y)  = C(y-1) + identified(y)
//   U(y)  = max(0, U(y-1) + identified(y) - treated(y))
//   rate(y) = (C(y) - U(y)) / C(y) × 100
// Newly identified land arrives untreated; treatment cannot pass what is
// untreated, so the rate stays within 0–100 %.
class ContaminatedFarmlandModel final : public Engine::Model
{
public:
    explicit ContaminatedFarmlandModel(double contaminatedArea);

    QString id() const override;
    QStringList publishes() const override;   // safe-use rate
    QStringList consumes() const override;
    QStringList levers() const override;      // identified, treated per year
    void run(Engine::ModelContext &context) const override;

private:
    double m_contaminatedArea;
};

} // namespace Planner::BlackSoil
