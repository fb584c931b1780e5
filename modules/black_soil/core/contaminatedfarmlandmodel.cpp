// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "black_soil/core/contaminatedfarmlandmodel.h"

#include <algorithm>

namespace Planner::BlackSoil {

namespace {
enum Output { SafeUseRate };
enum LeverIndex { IdentifiedPerYear, TreatedPerYear };
} // namespace

ContaminatedFarmlandModel::ContaminatedFarmlandModel(double contaminatedArea)
    : m_contaminatedArea(contaminatedArea)
{
}

QString ContaminatedFarmlandModel::id() const
{
    return QStringLiteral("black_soil.contaminated_farmland");
}

QStringList ContaminatedFarmlandModel::publishes() const
{
    return {QStringLiteral("contaminated_farmland_safe_use_rate")};
}

QStringList ContaminatedFarmlandModel::consumes() const
{
    return {};
}

QStringList ContaminatedFarmlandModel::levers() const
{
    return {QStringLiteral("contaminated_farmland_identified_per_year"),
            QStringLiteral("contaminated_farmland_treated_per_year")};
}

void ContaminatedFarmlandModel::run(Engine::ModelContext &context) const
{
    Engine::Trajectory &rate = context.output(SafeUseRate);
    const double startRate = std::clamp(rate.at(rate.lastObservedYear), 0.0, 100.0);
    double contaminated = m_contaminatedArea;
    double untreated = contaminated * (1.0 - startRate / 100.0);
    for (int year = rate.lastObservedYear + 1; year <= context.lastYear(); ++year) {
        const double identified = context.lever(IdentifiedPerYear, year);
        contaminated += identified;
        untreated = std::max(0.0, untreated + identified - context.lever(TreatedPerYear, year));
        if (rate.contains(year))
            rate.values[year - rate.firstYear] = (contaminated - untreated) / contaminated * 100.0;
    }
}

} // namespace Planner::BlackSoil
