// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "green_transition/core/transportmodels.h"

#include "green_transition/core/yearseries.h"

#include <algorithm>
#include <cmath>

namespace Planner::GreenTransition {

QString NevAdoptionModel::id() const
{
    return QStringLiteral("green_transition.nev_adoption");
}

QStringList NevAdoptionModel::publishes() const
{
    return {QStringLiteral("nev_share_new_vehicles")};
}

QStringList NevAdoptionModel::consumes() const
{
    return {};
}

QStringList NevAdoptionModel::levers() const
{
    return {QStringLiteral("nev_adoption_rate")};
}

void NevAdoptionModel::run(Engine::ModelContext &context) const
{
    Engine::Trajectory &share = context.output(0);
    for (int year = context.firstYear() + 1; year <= context.lastYear(); ++year) {
        if (!isModelledYear(share, year))
            continue;
        const double before = share.at(year - 1);
        double now = before;
        if (before >= m_ceiling)
            now = m_ceiling;  // at the ceiling, or above it in the data: held
        else if (before > 0.0)  // a curve through 0 never leaves it
            now = m_ceiling / (1.0 + (m_ceiling - before) / before * std::exp(-context.lever(AdoptionRate, year)));
        setYear(share, year, now);
    }
}

QString RailFreightModel::id() const
{
    return QStringLiteral("green_transition.rail_freight");
}

QStringList RailFreightModel::publishes() const
{
    return {QStringLiteral("rail_freight_share"), QStringLiteral("freight_turnover_total")};
}

QStringList RailFreightModel::consumes() const
{
    return {};
}

QStringList RailFreightModel::levers() const
{
    return {QStringLiteral("rail_freight_shift")};
}

void RailFreightModel::run(Engine::ModelContext &context) const
{
    Engine::Trajectory &share = context.output(RailShare);
    Engine::Trajectory &total = context.output(TotalTurnover);
    for (int year = context.firstYear() + 1; year <= context.lastYear(); ++year) {
        if (isModelledYear(total, year))
            setYear(total, year, total.at(year - 1) * (1.0 + m_growth / 100.0));
        if (isModelledYear(share, year)) {
            const double moved = context.lever(FreightShift, year);
            setYear(share, year, std::min(share.at(year - 1) + 100.0 * moved / total.at(year), 100.0));
        }
    }
}

QString DieselLocomotiveModel::id() const
{
    return QStringLiteral("green_transition.diesel_locomotives");
}

QStringList DieselLocomotiveModel::publishes() const
{
    return {QStringLiteral("old_diesel_locomotives")};
}

QStringList DieselLocomotiveModel::consumes() const
{
    return {};
}

QStringList DieselLocomotiveModel::levers() const
{
    return {QStringLiteral("diesel_locomotive_retirements")};
}

void DieselLocomotiveModel::run(Engine::ModelContext &context) const
{
    Engine::Trajectory &stock = context.output(0);
    for (int year = context.firstYear() + 1; year <= context.lastYear(); ++year) {
        if (isModelledYear(stock, year))
            setYear(stock, year, std::max(stock.at(year - 1) - context.lever(Retirements, year), 0.0));
    }
}

} // namespace Planner::GreenTransition
