// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/stages.h"

namespace Planner::Engine {

const QList<Stage> &planStages()
{
    static const QList<Stage> stages{
        {1, kPlanFirstYear, 2027, QStringLiteral("第一阶段"), QStringLiteral("Stage 1"),
         QStringLiteral("深入攻坚、持续改善"), QStringLiteral("Push hard and keep improving")},
        {2, 2028, 2030, QStringLiteral("第二阶段"), QStringLiteral("Stage 2"),
         QStringLiteral("提质加速、跨越发展"), QStringLiteral("Raise quality, accelerate and leap ahead")},
        {3, 2031, kPlanLastYear, QStringLiteral("第三阶段"), QStringLiteral("Stage 3"),
         QStringLiteral("全面提升、示范引领"), QStringLiteral("Raise all round and lead by example")},
    };
    return stages;
}

std::optional<Stage> planStage(int number)
{
    for (const Stage &stage : planStages()) {
        if (stage.number == number)
            return stage;
    }
    return std::nullopt;
}

int stageOfYear(int year)
{
    if (year < kPlanFirstYear)
        return 0;
    for (const Stage &stage : planStages()) {
        if (year >= stage.first && year <= stage.last)
            return stage.number;
    }
    return planStages().constLast().number;
}

} // namespace Planner::Engine
