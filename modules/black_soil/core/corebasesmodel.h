// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/model.h"

namespace Planner::BlackSoil {

// B-02, 发挥3个万亩级核心基地试验示范作用: count(y) = count(y-1) + established(y).
class CoreBasesModel final : public Engine::Model
{
public:
    QString id() const override;
    QStringList publishes() const override;   // core bases
    QStringList consumes() const override;
    QStringList levers() const override;      // bases established per year
    void run(Engine::ModelContext &context) const override;
};

} // namespace Planner::BlackSoil
