// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/model.h"

namespace Planner::Engine { class Catalog; }

namespace Planner::GreenTransition {

// NEV share of new vehicles on a logistic adoption curve through the latest
// value (G-08): each year the logit of the share rises by the adoption rate,
//   s(y) = K ÷ (1 + (K − s(y−1)) ÷ s(y−1) × e^(−r)),
// which is K ÷ (1 + e^(−r (y − t0))) with t0 set by the latest value.
class NevAdoptionModel final : public Engine::Model
{
public:
    enum LeverPosition { AdoptionRate, LeverCount };

    explicit NevAdoptionModel(double ceiling) : m_ceiling(ceiling) {}

    QString id() const override;
    QStringList publishes() const override;
    QStringList consumes() const override;
    QStringList levers() const override;
    void run(Engine::ModelContext &context) const override;

private:
    double m_ceiling;  // K, % (coefficient nev_share_ceiling)
};

// Rail's share of freight turnover shifted by "公转铁" (G-07):
//   total(y) = total(y−1) × (1 + growth)                      [亿吨公里]
//   rail share(y) = rail share(y−1) + 100 × moved(y) ÷ total(y)   (at most 100)
// Rail keeps its share of a growing market, and the tonne-km moved in a year
// stay on rail afterwards.
class RailFreightModel final : public Engine::Model
{
public:
    enum Output { RailShare, TotalTurnover, OutputCount };
    enum LeverPosition { FreightShift, LeverCount };

    explicit RailFreightModel(double turnoverGrowthPercent) : m_growth(turnoverGrowthPercent) {}

    QString id() const override;
    QStringList publishes() const override;
    QStringList consumes() const override;
    QStringList levers() const override;
    void run(Engine::ModelContext &context) const override;

private:
    double m_growth;  // %/yr (coefficient freight_turnover_growth)
};

// Old diesel locomotives in service (G-06): stock(y) = max(0, stock(y−1) − retired(y)).
class DieselLocomotiveModel final : public Engine::Model
{
public:
    enum LeverPosition { Retirements, LeverCount };

    QString id() const override;
    QStringList publishes() const override;
    QStringList consumes() const override;
    QStringList levers() const override;
    void run(Engine::ModelContext &context) const override;
};

} // namespace Planner::GreenTransition
