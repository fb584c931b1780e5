// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "black_soil/core/groundwatermodel.h"

#include <algorithm>

namespace Planner::BlackSoil {

namespace {
enum Output { ClassIToIvShare };
enum LeverIndex { ImprovedPerYear, AtRiskPerYear };
} // namespace

GroundwaterModel::GroundwaterModel(double totalPoints)
    : m_totalPoints(totalPoints)
{
}

QString GroundwaterModel::id() const
{
    return QStringLiteral("black_soil.groundwater");
}

QStringList GroundwaterModel::publishes() const
{
    return {QStringLiteral("groundwater_class_i_iv_share")};
}

QStringList GroundwaterModel::consumes() const
{
    return {};
}

QStringList GroundwaterModel::levers() const
{
    return {QStringLiteral("groundwater_points_improved_per_year"),
            QStringLiteral("groundwater_points_at_risk_per_year")};
}

void GroundwaterModel::run(Engine::ModelContext &context) const
{
    Engine::Trajectory &share = context.output(ClassIToIvShare);
    double good = m_totalPoints * std::clamp(share.at(share.lastObservedYear), 0.0, 100.0) / 100.0;
    for (int year = share.lastObservedYear + 1; year <= context.lastYear(); ++year) {
        good += context.lever(ImprovedPerYear, year) - context.lever(AtRiskPerYear, year);
        good = std::clamp(good, 0.0, m_totalPoints);
        if (share.contains(year))
            share.values[year - share.firstYear] = good / m_totalPoints * 100.0;
    }
}

} // namespace Planner::BlackSoil
