// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/model.h"

namespace Planner::BlackSoil {

// B-01, 永久基本农田全部建成高标准农田. A stock and a flow:
//   area(y)  = area(y-1) + built(y)                     万亩
//   share(y) = min(area(y), PBF) / PBF × 100            %
// with PBF the permanent basic farmland (8,201 万亩). Farmland built beyond
// PBF (on other cultivated land) counts in the area but not in the share,
// which never passes 100 %: the share assumes high-standard farmland is
// built on permanent basic farmland first.
class HighStandardFarmlandModel final : public Engine::Model
{
public:
    explicit HighStandardFarmlandModel(double permanentBasicFarmland);

    QString id() const override;
    QStringList publishes() const override;   // area, share
    QStringList consumes() const override;
    QStringList levers() const override;      // built per year
    void run(Engine::ModelContext &context) const override;

private:
    double m_permanentBasicFarmland;
};

} // namespace Planner::BlackSoil
