// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/model.h"

namespace Planner::TwoMountains {

// An output (亿元) that grows at a planner-set rate, year by year from its
// latest data year:  output(t) = output(t - 1) × (1 + growth(t) / 100).
// Used for the agriculture cluster (大农业集群, M-01) and the under-forest
// economy (林下经济, M-06). 5,000 亿元 at 5 % a year for 12 years is
// 5,000 × 1.05^12 = 8,979.3 亿元.
class GrowthModel final : public Engine::Model
{
public:
    // `name` is the model id's tail: "two_mountains.<name>".
    GrowthModel(const QString &name, const QString &indicatorId, const QString &growthLeverId);

    QString id() const override;
    QStringList publishes() const override;
    QStringList consumes() const override;
    QStringList levers() const override;
    void run(Engine::ModelContext &context) const override;

private:
    QString m_name;
    QString m_indicatorId;
    QString m_growthLeverId;
};

} // namespace Planner::TwoMountains
