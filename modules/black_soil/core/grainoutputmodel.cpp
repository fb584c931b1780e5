// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "black_soil/core/grainoutputmodel.h"

namespace Planner::BlackSoil {

namespace {
enum Output { GrainOutput };
enum LeverIndex { YieldGrowth };
} // namespace

GrainOutputModel::GrainOutputModel(double sownArea)
    : m_sownArea(sownArea)
{
}

QString GrainOutputModel::id() const
{
    return QStringLiteral("black_soil.grain_output");
}

QStringList GrainOutputModel::publishes() const
{
    return {QStringLiteral("grain_output")};
}

QStringList GrainOutputModel::consumes() const
{
    return {};
}

QStringList GrainOutputModel::levers() const
{
    return {QStringLiteral("grain_yield_growth")};
}

void GrainOutputModel::run(Engine::ModelContext &context) const
{
    Engine::Trajectory &output = context.output(GrainOutput);
    double yield = output.at(output.lastObservedYear) / m_sownArea;  // t/亩 (万吨 / 万亩)
    for (int year = output.lastObservedYear + 1; year <= context.lastYear(); ++year) {
        yield *= 1.0 + context.lever(YieldGrowth, year) / 100.0;
        if (output.contains(year))
            output.values[year - output.firstYear] = m_sownArea * yield;
    }
}

} // namespace Planner::BlackSoil
