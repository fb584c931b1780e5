// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/model.h"

namespace Planner::Environment {

// Waste (E-04, E-05, E-06), year by year from each indicator's latest data:
//   sorting coverage(t) = clamp(coverage(t − 1) + points added(t), 0, 100)
//   intensity(t)        = intensity(t − 1) × (1 − decline(t) / 100)
//   zero-waste cities(t) = clamp(cities(t − 1) + completed(t), 0, cities in all)
//   zero-waste share(t)  = cities(t) / cities in all × 100
// (cities in all: catalog coefficient prefecture_level_cities, 9).
class WasteModel final : public Engine::Model
{
public:
    explicit WasteModel(double prefectureCities);

    QString id() const override;
    QStringList publishes() const override;
    QStringList consumes() const override;
    QStringList levers() const override;
    void run(Engine::ModelContext &context) const override;

private:
    double m_prefectureCities;
};

} // namespace Planner::Environment
