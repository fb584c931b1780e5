// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "implementation/core/indexinputs.h"

#include <cmath>

namespace Planner::Implementation {

QList<TargetProgressInput> targetProgressInputs(const Engine::Catalog &catalog, const Engine::RunResult &run)
{
    QList<TargetProgressInput> inputs;
    for (const Engine::Indicator &indicator : catalog.indicators()) {
        const Engine::IndicatorResult *result = run.find(indicator.id);
        if (!result || !result->start)
            continue;
        for (const Engine::Target &target : indicator.targets) {
            if (!target.value)
                continue;
            bool decrease = false;
            switch (target.kind) {
            case Engine::TargetKind::AtLeast:
            case Engine::TargetKind::FullCoverage:
                decrease = false;
                break;
            case Engine::TargetKind::AtMost:
            case Engine::TargetKind::PhaseOut:
                decrease = true;
                break;
            case Engine::TargetKind::About:
                decrease = indicator.direction == Engine::Direction::Decrease;
                break;
            default:
                continue;
            }
            const double projected = result->p50At(target.year);
            if (!std::isfinite(projected))
                continue;
            inputs.append({target.id, indicator.chapterId, result->start->value, *target.value, projected,
                           decrease ? TargetDirection::Decrease : TargetDirection::Increase});
        }
    }
    return inputs;
}

QList<TaskProgressInput> taskProgressInputs(const QList<PlanTask> &tasks, const QMap<QString, double> &progress)
{
    QList<TaskProgressInput> inputs;
    for (const PlanTask &task : tasks)
        inputs.append({task.id, task.chapter, progress.value(task.id, task.progress)});
    return inputs;
}

} // namespace Planner::Implementation
