// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/error.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

namespace Planner::Implementation {

// Composite assessment index (成效考核综合指数)
// ==========================================
// In the manner of the national Beautiful China assessment (美丽中国建设成效
// 考核, NDRC 发改环资〔2020〕296号): each indicator is normalised against its
// stage target, weighted, and aggregated to a composite index (综合指数) per
// chapter and for the whole plan. The method, in words a report can quote:
//
// 1. Target score. For each target with a value, the score measures the
//    progress made from the base value toward the stage target:
//        s = 100 × (projected − base) / (target − base), clipped to 0–100.
//    A target reached or passed scores 100; a value that has moved away from
//    the target (or not moved) scores 0; in between the score is linear. The
//    formula holds for targets to raise and to lower alike (numerator and
//    denominator change sign together). When the target equals the base, the
//    score is 100 if the projected value is on the right side of the target
//    (≥ for a target to raise, ≤ for one to lower) and 0 otherwise.
// 2. Task score. Each task's progress is 0–100 % and counts as it is.
// 3. Chapter index. The chapter's target component T is the weighted mean of
//    its target scores (planner-set weights adding to 1 within the chapter;
//    by default equal weights); its task component K is the plain mean of
//    its tasks' progress. The chapter index is I = a·T + b·K, with the
//    planner-set component weights a (targets) and b (tasks), a + b = 1, by
//    default 0.7 and 0.3. A chapter with no target (or no task) takes its
//    index from the other component alone.
// 4. Overall index. The weighted sum of the chapter indices, Σ W_c·I_c, with
//    planner-set chapter weights adding to 1 (by default equal).
// All indices run from 0 (no progress) to 100 (every target met, every task
// done). Weights that do not add to 1 (within 1e-6) are refused.

enum class TargetDirection { Increase, Decrease };

// One target with a value, for example a projection's value at the target year.
struct TargetProgressInput
{
    QString targetId;
    QString chapterId;
    double base = 0.0;
    double target = 0.0;
    double projected = 0.0;
    TargetDirection direction = TargetDirection::Increase;
};

// One task's progress, 0–100 %.
struct TaskProgressInput
{
    QString taskId;
    QString chapterId;
    double progress = 0.0;
};

// The planner's weights. Empty maps mean equal weights.
struct IndexWeights
{
    double targets = 0.7;  // a: the target component's weight in a chapter index
    double tasks = 0.3;    // b: the task component's weight; a + b = 1
    QHash<QString, double> chapters;  // W_c by chapter id; when set, for every chapter in the input, adding to 1
    QHash<QString, QHash<QString, double>> targetsInChapter;  // by chapter id, then target id; adding to 1 per chapter
};

// Reads {"assessment_weights": {"targets", "tasks", "chapters": {id: w},
// "targets_in_chapter": {chapter: {target: w}}}} (plan_tasks.json holds
// the defaults). Missing keys keep IndexWeights' defaults.
Engine::Expected<IndexWeights> indexWeightsFromJson(const QByteArray &json);

struct TargetScore
{
    QString targetId;
    QString chapterId;
    double score = 0.0;  // 0–100
};

struct ChapterIndex
{
    QString chapterId;
    double targetComponent = 0.0;  // T, 0–100 (NaN with no target)
    double taskComponent = 0.0;    // K, 0–100 (NaN with no task)
    double index = 0.0;            // I
    double weight = 0.0;           // W_c used
    int targetCount = 0;
    int taskCount = 0;
};

struct CompositeIndex
{
    QList<TargetScore> targets;    // in input order
    QList<ChapterIndex> chapters;  // in order of first appearance in the input (targets, then tasks)
    double overall = 0.0;
};

// Step 1 alone: the score of one target, 0–100.
double targetScore(const TargetProgressInput &input);

// The whole index. Refuses non-finite values, progress outside 0–100, ids
// given twice, negative weights, weights that do not add to 1, and weights
// missing for a target or chapter the input holds.
Engine::Expected<CompositeIndex> compositeIndex(const QList<TargetProgressInput> &targets,
                                                const QList<TaskProgressInput> &tasks,
                                                const IndexWeights &weights = {});

} // namespace Planner::Implementation
