// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "environment/core/villageprogrammemodel.h"

#include "environment/core/countshare.h"

#include <algorithm>

namespace Planner::Environment {

QString VillageProgrammeModel::id() const
{
    return QStringLiteral("environment.village_programme");
}

QStringList VillageProgrammeModel::publishes() const
{
    return {QStringLiteral("beautiful_village_lead_counties"), QStringLiteral("model_villages"),
            QStringLiteral("beautiful_villages"), QStringLiteral("villages_improved")};
}

QStringList VillageProgrammeModel::consumes() const
{
    return {};
}

QStringList VillageProgrammeModel::levers() const
{
    // Same order as publishes(): lever i builds output i.
    return {QStringLiteral("lead_counties_added_per_year"), QStringLiteral("model_villages_added_per_year"),
            QStringLiteral("beautiful_villages_added_per_year"), QStringLiteral("villages_improved_per_year")};
}

void VillageProgrammeModel::run(Engine::ModelContext &context) const
{
    for (int i = 0; i < 4; ++i) {
        Engine::Trajectory &count = context.output(i);
        const int start = count.lastObservedYear;
        if (!count.hasValue(start))
            continue;
        double value = std::max(0.0, count.at(start));
        for (int year = start + 1; year <= context.lastYear(); ++year) {
            value = std::max(0.0, value + context.lever(i, year));
            setYear(count, year, value);
        }
    }
}

} // namespace Planner::Environment
