// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "black_soil/core/soilorganicmattermodel.h"

#include <algorithm>

namespace Planner::BlackSoil {

namespace {
enum Output { TillageArea, OrganicMatter };
enum LeverIndex { TillageExpansion, StrawReturnShare };
} // namespace

SoilOrganicMatterModel::SoilOrganicMatterModel(const SoilOrganicMatterResponse &response)
    : m_response(response)
{
}

QString SoilOrganicMatterModel::id() const
{
    return QStringLiteral("black_soil.soil_organic_matter");
}

QStringList SoilOrganicMatterModel::publishes() const
{
    return {QStringLiteral("conservation_tillage_area"), QStringLiteral("soil_organic_matter")};
}

QStringList SoilOrganicMatterModel::consumes() const
{
    return {};
}

QStringList SoilOrganicMatterModel::levers() const
{
    return {QStringLiteral("conservation_tillage_expansion_per_year"), QStringLiteral("straw_return_share")};
}

double SoilOrganicMatterModel::yearlyChange(double tillageArea, double strawReturnShare) const
{
    const double tilled = std::clamp(tillageArea / m_response.cultivatedLand, 0.0, 1.0);
    const double straw = (1.0 - tilled) * std::clamp(strawReturnShare, 0.0, 100.0) / 100.0;
    const double ploughed = (1.0 - tilled) - straw;
    return tilled * m_response.gainTillage + straw * m_response.gainStraw - ploughed * m_response.lossPlough;
}

void SoilOrganicMatterModel::run(Engine::ModelContext &context) const
{
    Engine::Trajectory &tillage = context.output(TillageArea);
    Engine::Trajectory &organicMatter = context.output(OrganicMatter);

    for (int year = tillage.lastObservedYear + 1; year <= context.lastYear(); ++year) {
        if (!tillage.contains(year))
            continue;
        const double grown = tillage.at(year - 1) + context.lever(TillageExpansion, year);
        tillage.values[year - tillage.firstYear] = std::clamp(grown, 0.0, m_response.cultivatedLand);
    }
    for (int year = organicMatter.lastObservedYear + 1; year <= context.lastYear(); ++year) {
        if (!organicMatter.contains(year))
            continue;
        organicMatter.values[year - organicMatter.firstYear] =
            organicMatter.at(year - 1) + yearlyChange(tillage.at(year), context.lever(StrawReturnShare, year));
    }
}

} // namespace Planner::BlackSoil
