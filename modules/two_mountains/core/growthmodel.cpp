// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "two_mountains/core/growthmodel.h"

#include "two_mountains/core/compoundgrowth.h"

namespace Planner::TwoMountains {

GrowthModel::GrowthModel(const QString &name, const QString &indicatorId, const QString &growthLeverId)
    : m_name(name), m_indicatorId(indicatorId), m_growthLeverId(growthLeverId)
{
}

QString GrowthModel::id() const
{
    return QStringLiteral("two_mountains.") + m_name;
}

QStringList GrowthModel::publishes() const
{
    return {m_indicatorId};
}

QStringList GrowthModel::consumes() const
{
    return {};
}

QStringList GrowthModel::levers() const
{
    return {m_growthLeverId};
}

void GrowthModel::run(Engine::ModelContext &context) const
{
    carryCompoundGrowth(context, context.output(0), [&](int year) { return context.lever(0, year); });
}

} // namespace Planner::TwoMountains
