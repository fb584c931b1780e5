// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "environment/core/surfacewatermodel.h"

#include "environment/core/countshare.h"

namespace Planner::Environment {

namespace {
enum LeverIndex { Improved, AtRisk };
enum OutputIndex { GoodShare };
} // namespace

SurfaceWaterModel::SurfaceWaterModel(double sections)
    : m_sections(sections)
{
}

QString SurfaceWaterModel::id() const
{
    return QStringLiteral("environment.surface_water");
}

QStringList SurfaceWaterModel::publishes() const
{
    return {QStringLiteral("surface_water_good_share")};
}

QStringList SurfaceWaterModel::consumes() const
{
    return {};
}

QStringList SurfaceWaterModel::levers() const
{
    return {QStringLiteral("surface_water_sections_improved_per_year"),
            QStringLiteral("surface_water_sections_at_risk_per_year")};
}

double SurfaceWaterModel::goodShare(double goodSections, double sections)
{
    return shareOf(goodSections, sections);
}

void SurfaceWaterModel::run(Engine::ModelContext &context) const
{
    carryCountShare(context, context.output(GoodShare), m_sections, true, [&](int year) {
        return context.lever(Improved, year) - context.lever(AtRisk, year);
    });
}

} // namespace Planner::Environment
