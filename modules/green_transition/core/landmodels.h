// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/model.h"

namespace Planner::GreenTransition {

// Cultivated land retained (G-01), in 万亩:
//   land(y) = land(y−1) − occupied(y) + supplemented(y)   (never below 0)
class CultivatedLandModel final : public Engine::Model
{
public:
    enum LeverPosition { Occupation, Supplementation, LeverCount };

    QString id() const override;
    QStringList publishes() const override;
    QStringList consumes() const override;
    QStringList levers() const override;
    void run(Engine::ModelContext &context) const override;
};

// Ecological red-line area (G-02), in km²:
//   area(y) = area(y−1) + adjustment(y)   (never below 0)
class RedLineModel final : public Engine::Model
{
public:
    enum LeverPosition { Adjustment, LeverCount };

    QString id() const override;
    QStringList publishes() const override;
    QStringList consumes() const override;
    QStringList levers() const override;
    void run(Engine::ModelContext &context) const override;
};

} // namespace Planner::GreenTransition
