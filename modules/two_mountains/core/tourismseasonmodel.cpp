// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "two_mountains/core/tourismseasonmodel.h"

#include "two_mountains/core/compoundgrowth.h"

namespace Planner::TwoMountains {

namespace {
enum LeverIndex { VisitorsGrowth, SpendingGrowth };
enum OutputIndex { Visitors, Revenue };
} // namespace

TourismSeasonModel::TourismSeasonModel(const TourismSeason &season)
    : m_season(season)
{
}

QString TourismSeasonModel::id() const
{
    return QStringLiteral("two_mountains.") + m_season.name;
}

QStringList TourismSeasonModel::publishes() const
{
    return {m_season.visitorsId, m_season.revenueId};
}

QStringList TourismSeasonModel::consumes() const
{
    return {};
}

QStringList TourismSeasonModel::levers() const
{
    return {m_season.visitorsGrowthId, m_season.spendingGrowthId};
}

double TourismSeasonModel::revenueOf(double visitors, double spendingPerVisit)
{
    return visitors * spendingPerVisit / 10000.0;
}

double TourismSeasonModel::spendingPerVisit(double revenue, double visitors)
{
    return revenue * 10000.0 / visitors;
}

void TourismSeasonModel::run(Engine::ModelContext &context) const
{
    Engine::Trajectory &visitors = context.output(Visitors);
    carryCompoundGrowth(context, visitors, [&](int year) { return context.lever(VisitorsGrowth, year); });

    Engine::Trajectory &revenue = context.output(Revenue);
    const int start = revenue.lastObservedYear;
    if (!revenue.hasValue(start) || !visitors.hasValue(start) || visitors.at(start) <= 0.0)
        return;
    double spending = spendingPerVisit(revenue.at(start), visitors.at(start));
    for (int year = start + 1; year <= context.lastYear(); ++year) {
        spending *= 1.0 + context.lever(SpendingGrowth, year) / 100.0;
        if (visitors.hasValue(year))
            setYear(revenue, year, revenueOf(visitors.at(year), spending));
    }
}

} // namespace Planner::TwoMountains
