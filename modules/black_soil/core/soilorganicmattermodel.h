// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/model.h"

namespace Planner::BlackSoil {

// B-07, 增加土壤有机质 (变薄、变瘦、变硬). Conservation tillage is a stock:
//   tillage(y) = min(tillage(y-1) + expansion(y), cultivated land)       万亩
// and the cropland splits three ways each year:
//   t = tillage(y) / cultivated land                   under conservation tillage
//   s = (1 - t) × straw(y) / 100                       ploughed, straw returned
//   p = (1 - t) - s                                    ploughed, straw removed
// Organic matter (the area-weighted mean of the topsoil, g/kg) moves by
//   om(y) = om(y-1) + t × gainTillage + s × gainStraw - p × lossPlough.
struct SoilOrganicMatterResponse
{
    double cultivatedLand = 0.0;   // 万亩
    double gainTillage = 0.0;      // g/kg per year
    double gainStraw = 0.0;        // g/kg per year
    double lossPlough = 0.0;       // g/kg per year
};

class SoilOrganicMatterModel final : public Engine::Model
{
public:
    explicit SoilOrganicMatterModel(const SoilOrganicMatterResponse &response);

    QString id() const override;
    QStringList publishes() const override;   // conservation tillage area, organic matter
    QStringList consumes() const override;
    QStringList levers() const override;      // tillage expansion, straw return share
    void run(Engine::ModelContext &context) const override;

    // The change of organic matter in a year with `tillageArea` 万亩 under
    // conservation tillage and straw returned on `strawReturnShare` % of the
    // ploughed land (g/kg).
    double yearlyChange(double tillageArea, double strawReturnShare) const;

private:
    SoilOrganicMatterResponse m_response;
};

} // namespace Planner::BlackSoil
