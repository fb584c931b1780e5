// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "green_transition/core/yearseries.h"

#include "engine/catalog.h"

namespace Planner::GreenTransition {

double nearestValue(const Engine::Trajectory &trajectory, int year)
{
    if (trajectory.hasValue(year))
        return trajectory.at(year);
    for (int y = year + 1; y <= trajectory.lastYear(); ++y) {
        if (trajectory.hasValue(y))
            return trajectory.at(y);
    }
    for (int y = year - 1; y >= trajectory.firstYear; --y) {
        if (trajectory.hasValue(y))
            return trajectory.at(y);
    }
    return kNaN;
}

double chapterCoefficient(const Engine::Catalog &catalog, QLatin1StringView id)
{
    const Engine::Coefficient *coefficient = catalog.coefficient(QStringLiteral("green_transition"), QString(id));
    return coefficient ? coefficient->value : kNaN;
}

} // namespace Planner::GreenTransition
