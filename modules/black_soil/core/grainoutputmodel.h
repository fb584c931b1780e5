// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/model.h"

namespace Planner::BlackSoil {

// Grain output, the chapter's bottom line (以确保国家粮食安全为底线), shown for
// context: sown area × yield.
//   yield(y0) = output(y0) / sown area               t/亩, from the latest data
//   yield(y)  = yield(y-1) × (1 + growth(y) / 100)
//   output(y) = sown area × yield(y)                 万吨
// The sown area is a coefficient (NBS, 2023); the yield growth a lever.
class GrainOutputModel final : public Engine::Model
{
public:
    explicit GrainOutputModel(double sownArea);

    QString id() const override;
    QStringList publishes() const override;   // grain output
    QStringList consumes() const override;
    QStringList levers() const override;      // yield growth
    void run(Engine::ModelContext &context) const override;

private:
    double m_sownArea;
};

} // namespace Planner::BlackSoil
