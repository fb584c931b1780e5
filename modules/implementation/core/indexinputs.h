// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "implementation/core/compositeindex.h"
#include "implementation/core/plantask.h"

#include "engine/catalog.h"
#include "engine/runresult.h"

#include <QMap>

namespace Planner::Implementation {

// The index's target inputs from a run: every target judged at a level
// (at_least, at_most, about, full_coverage, phase_out) whose indicator has a
// start value and a P50 in the target's year: base = the value the run
// starts from, projected = P50 in the target's year. Direction: at_most and
// phase_out lower, at_least and full_coverage raise, about follows the
// indicator's direction.
QList<TargetProgressInput> targetProgressInputs(const Engine::Catalog &catalog, const Engine::RunResult &run);

// The index's task inputs: each task's progress in the scenario, or its
// seeded progress where the scenario has none.
QList<TaskProgressInput> taskProgressInputs(const QList<PlanTask> &tasks, const QMap<QString, double> &progress);

} // namespace Planner::Implementation
