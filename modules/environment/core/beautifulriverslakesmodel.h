// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/model.h"

namespace Planner::Environment {

// 美丽河湖建成率 (E-02, proxy for E-03): rivers and lakes completed as
// "beautiful rivers and lakes" counted against all that are listed
// (catalog coefficient rivers_lakes_listed):
//   completed(t) = clamp(completed(t − 1) + completed per year(t), 0, listed)
//   rate(t)      = completed(t) / listed × 100
class BeautifulRiversLakesModel final : public Engine::Model
{
public:
    explicit BeautifulRiversLakesModel(double listed);

    QString id() const override;
    QStringList publishes() const override;
    QStringList consumes() const override;
    QStringList levers() const override;
    void run(Engine::ModelContext &context) const override;

private:
    double m_listed;
};

} // namespace Planner::Environment
