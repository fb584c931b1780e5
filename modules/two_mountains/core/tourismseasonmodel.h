// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/model.h"

namespace Planner::TwoMountains {

// The ids of one tourism season's indicators and levers.
struct TourismSeason
{
    QString name;               // "ice_snow_tourism": the model id's tail
    QString visitorsId;         // 万人次
    QString revenueId;          // 亿元
    QString visitorsGrowthId;   // %/年
    QString spendingGrowthId;   // %/年
};

// One season of tourism (冰雪 or 避暑, M-02 … M-05), year by year:
//   visitors(t) = visitors(t - 1) × (1 + visitor growth(t) / 100)      万人次
//   spending(t) = spending(t - 1) × (1 + spending growth(t) / 100)     元 per visit
//   revenue(t)  = visitors(t) × spending(t) / 10,000                   亿元
// (万人次 × 元 = 万元; ÷ 10,000 = 亿元). Spending per visit starts at the
// ratio of the data in revenue's latest data year: 2,950 亿元 / 17,000 万人次
// = 1,735.29 元 for the 2024–25 ice-snow season.
class TourismSeasonModel final : public Engine::Model
{
public:
    explicit TourismSeasonModel(const TourismSeason &season);

    QString id() const override;
    QStringList publishes() const override;
    QStringList consumes() const override;
    QStringList levers() const override;
    void run(Engine::ModelContext &context) const override;

    // 亿元 from 万人次 and 元 per visit.
    static double revenueOf(double visitors, double spendingPerVisit);
    // 元 per visit from 亿元 and 万人次.
    static double spendingPerVisit(double revenue, double visitors);

private:
    TourismSeason m_season;
};

} // namespace Planner::TwoMountains
