// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "black_soil/core/corebasesmodel.h"

namespace Planner::BlackSoil {

namespace {
enum Output { CoreBases };
enum LeverIndex { EstablishedPerYear };
} // namespace

QString CoreBasesModel::id() const
{
    return QStringLiteral("black_soil.core_bases");
}

QStringList CoreBasesModel::publishes() const
{
    return {QStringLiteral("black_soil_core_bases")};
}

QStringList CoreBasesModel::consumes() const
{
    return {};
}

QStringList CoreBasesModel::levers() const
{
    return {QStringLiteral("core_bases_established_per_year")};
}

void CoreBasesModel::run(Engine::ModelContext &context) const
{
    Engine::Trajectory &bases = context.output(CoreBases);
    for (int year = bases.lastObservedYear + 1; year <= context.lastYear(); ++year) {
        if (bases.contains(year))
            bases.values[year - bases.firstYear] = bases.at(year - 1) + context.lever(EstablishedPerYear, year);
    }
}

} // namespace Planner::BlackSoil
