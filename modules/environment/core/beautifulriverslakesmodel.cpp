// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "environment/core/beautifulriverslakesmodel.h"

#include "environment/core/countshare.h"

namespace Planner::Environment {

namespace {
enum LeverIndex { Completed };
enum OutputIndex { Rate };
} // namespace

BeautifulRiversLakesModel::BeautifulRiversLakesModel(double listed)
    : m_listed(listed)
{
}

QString BeautifulRiversLakesModel::id() const
{
    return QStringLiteral("environment.beautiful_rivers_lakes");
}

QStringList BeautifulRiversLakesModel::publishes() const
{
    return {QStringLiteral("beautiful_rivers_lakes_rate")};
}

QStringList BeautifulRiversLakesModel::consumes() const
{
    return {};
}

QStringList BeautifulRiversLakesModel::levers() const
{
    return {QStringLiteral("beautiful_rivers_lakes_completed_per_year")};
}

void BeautifulRiversLakesModel::run(Engine::ModelContext &context) const
{
    carryCountShare(context, context.output(Rate), m_listed, false,
                    [&](int year) { return context.lever(Completed, year); });
}

} // namespace Planner::Environment
