// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "green_transition/core/landmodels.h"

#include "green_transition/core/yearseries.h"

#include <algorithm>

namespace Planner::GreenTransition {

QString CultivatedLandModel::id() const
{
    return QStringLiteral("green_transition.cultivated_land");
}

QStringList CultivatedLandModel::publishes() const
{
    return {QStringLiteral("cultivated_land")};
}

QStringList CultivatedLandModel::consumes() const
{
    return {};
}

QStringList CultivatedLandModel::levers() const
{
    return {QStringLiteral("cultivated_land_occupation"), QStringLiteral("cultivated_land_supplementation")};
}

void CultivatedLandModel::run(Engine::ModelContext &context) const
{
    Engine::Trajectory &land = context.output(0);
    for (int year = context.firstYear() + 1; year <= context.lastYear(); ++year) {
        if (isModelledYear(land, year)) {
            const double change = context.lever(Supplementation, year) - context.lever(Occupation, year);
            setYear(land, year, std::max(land.at(year - 1) + change, 0.0));
        }
    }
}

QString RedLineModel::id() const
{
    return QStringLiteral("green_transition.red_line");
}

QStringList RedLineModel::publishes() const
{
    return {QStringLiteral("ecological_red_line_area")};
}

QStringList RedLineModel::consumes() const
{
    return {};
}

QStringList RedLineModel::levers() const
{
    return {QStringLiteral("red_line_adjustment")};
}

void RedLineModel::run(Engine::ModelContext &context) const
{
    Engine::Trajectory &area = context.output(0);
    for (int year = context.firstYear() + 1; year <= context.lastYear(); ++year) {
        if (isModelledYear(area, year))
            setYear(area, year, std::max(area.at(year - 1) + context.lever(Adjustment, year), 0.0));
    }
}

} // namespace Planner::GreenTransition
