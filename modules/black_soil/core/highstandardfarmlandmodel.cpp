// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "black_soil/core/highstandardfarmlandmodel.h"

#include <algorithm>

namespace Planner::BlackSoil {

namespace {
enum Output { Area, Share };
enum LeverIndex { BuiltPerYear };
} // namespace

HighStandardFarmlandModel::HighStandardFarmlandModel(double permanentBasicFarmland)
    : m_permanentBasicFarmland(permanentBasicFarmland)
{
}

QString HighStandardFarmlandModel::id() const
{
    return QStringLiteral("black_soil.high_standard_farmland");
}

QStringList HighStandardFarmlandModel::publishes() const
{
    return {QStringLiteral("high_standard_farmland_area"), QStringLiteral("high_standard_farmland_share")};
}

QStringList HighStandardFarmlandModel::consumes() const
{
    return {};
}

QStringList HighStandardFarmlandModel::levers() const
{
    return {QStringLiteral("high_standard_farmland_built_per_year")};
}

void HighStandardFarmlandModel::run(Engine::ModelContext &context) const
{
    Engine::Trajectory &area = context.output(Area);
    Engine::Trajectory &share = context.output(Share);

    for (int year = area.lastObservedYear + 1; year <= context.lastYear(); ++year) {
        if (area.contains(year))
            area.values[year - area.firstYear] = area.at(year - 1) + context.lever(BuiltPerYear, year);
    }
    for (int year = share.lastObservedYear + 1; year <= context.lastYear(); ++year) {
        if (!share.contains(year))
            continue;
        const double onBasicFarmland = std::min(area.at(year), m_permanentBasicFarmland);
        share.values[year - share.firstYear] = onBasicFarmland / m_permanentBasicFarmland * 100.0;
    }
}

} // namespace Planner::BlackSoil
