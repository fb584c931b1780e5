// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "implementation/core/compositeindex.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <limits>

namespace Planner::Implementation {

namespace {

constexpr double kWeightTolerance = 1e-6;
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

Engine::Error weightError(const QString &id, const QString &what, double sum)
{
    return Engine::makeError(QStringLiteral("weight"), id, 0,
                             QStringLiteral("The %1 weights add up to %2, not 1.").arg(what).arg(sum, 0, 'f', 6));
}

Engine::Error checkWeight(const QString &id, double weight)
{
    if (!std::isfinite(weight) || weight < 0.0)
        return Engine::makeError(QStringLiteral("weight"), id, 0,
                                 QStringLiteral("The weight of %1 is %2; it must be a number of 0 or more.")
                                     .arg(id)
                                     .arg(weight));
    return {};
}

} // namespace

double targetScore(const TargetProgressInput &input)
{
    const double gap = input.target - input.base;
    if (gap == 0.0) {
        const bool met = input.direction == TargetDirection::Increase ? input.projected >= input.target
                                                                       : input.projected <= input.target;
        return met ? 100.0 : 0.0;
    }
    const double progress = 100.0 * (input.projected - input.base) / gap;
    return std::clamp(progress, 0.0, 100.0);
}

Engine::Expected<IndexWeights> indexWeightsFromJson(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return Engine::makeError(QStringLiteral("assessment_weights"), QString(), 0,
                                 QStringLiteral("The weights are not valid JSON: %1.").arg(parseError.errorString()));
    const QJsonObject object = document.object().value(QLatin1StringView("assessment_weights")).toObject();
    IndexWeights weights;
    weights.targets = object.value(QLatin1StringView("targets")).toDouble(weights.targets);
    weights.tasks = object.value(QLatin1StringView("tasks")).toDouble(weights.tasks);
    const QJsonObject chapters = object.value(QLatin1StringView("chapters")).toObject();
    for (auto it = chapters.begin(); it != chapters.end(); ++it)
        weights.chapters.insert(it.key(), it.value().toDouble(kNaN));
    const QJsonObject inChapter = object.value(QLatin1StringView("targets_in_chapter")).toObject();
    for (auto it = inChapter.begin(); it != inChapter.end(); ++it) {
        QHash<QString, double> map;
        const QJsonObject targets = it.value().toObject();
        for (auto t = targets.begin(); t != targets.end(); ++t)
            map.insert(t.key(), t.value().toDouble(kNaN));
        weights.targetsInChapter.insert(it.key(), map);
    }
    return weights;
}

Engine::Expected<CompositeIndex> compositeIndex(const QList<TargetProgressInput> &targets,
                                                const QList<TaskProgressInput> &tasks, const IndexWeights &weights)
{
    // Component weights a + b = 1.
    if (Engine::Error error = checkWeight(QStringLiteral("targets"), weights.targets))
        return error;
    if (Engine::Error error = checkWeight(QStringLiteral("tasks"), weights.tasks))
        return error;
    if (std::abs(weights.targets + weights.tasks - 1.0) > kWeightTolerance)
        return weightError(QString(), QStringLiteral("target and task"), weights.targets + weights.tasks);

    CompositeIndex result;
    QList<QString> chapterOrder;
    QHash<QString, int> chapterRow;
    auto rowOf = [&](const QString &chapterId) {
        if (!chapterRow.contains(chapterId)) {
            chapterRow.insert(chapterId, int(chapterOrder.size()));
            chapterOrder.append(chapterId);
            ChapterIndex row;
            row.chapterId = chapterId;
            row.targetComponent = kNaN;
            row.taskComponent = kNaN;
            result.chapters.append(row);
        }
        return chapterRow.value(chapterId);
    };

    // Step 1: target scores, and their weighted sums per chapter.
    QSet<QString> targetIds;
    QHash<QString, double> weightedSum;
    QHash<QString, double> weightSum;
    for (const TargetProgressInput &t : targets) {
        if (t.targetId.isEmpty() || t.chapterId.isEmpty())
            return Engine::makeError(QStringLiteral("targetId"), t.targetId, 0,
                                     QStringLiteral("A target needs an id and a chapter."));
        if (targetIds.contains(t.targetId))
            return Engine::makeError(QStringLiteral("targetId"), t.targetId, 0,
                                     QStringLiteral("The target %1 is given twice.").arg(t.targetId));
        targetIds.insert(t.targetId);
        if (!std::isfinite(t.base) || !std::isfinite(t.target) || !std::isfinite(t.projected))
            return Engine::makeError(QStringLiteral("value"), t.targetId, 0,
                                     QStringLiteral("The target %1 needs a finite base, target and projected value.")
                                         .arg(t.targetId));
        double w = 1.0;
        const auto chapterWeights = weights.targetsInChapter.constFind(t.chapterId);
        if (chapterWeights != weights.targetsInChapter.constEnd()) {
            if (!chapterWeights->contains(t.targetId))
                return Engine::makeError(QStringLiteral("weight"), t.targetId, 0,
                                         QStringLiteral("The chapter %1 has target weights but none for %2.")
                                             .arg(t.chapterId, t.targetId));
            w = chapterWeights->value(t.targetId);
            if (Engine::Error error = checkWeight(t.targetId, w))
                return error;
        }
        const int row = rowOf(t.chapterId);
        const double score = targetScore(t);
        result.targets.append(TargetScore{t.targetId, t.chapterId, score});
        weightedSum[t.chapterId] += w * score;
        weightSum[t.chapterId] += w;
        ++result.chapters[row].targetCount;
    }
    for (auto it = weights.targetsInChapter.constBegin(); it != weights.targetsInChapter.constEnd(); ++it) {
        if (!weightSum.contains(it.key()))
            continue;  // weights for a chapter without targets here: unused
        for (const QString &id : it->keys()) {
            if (!targetIds.contains(id))
                return Engine::makeError(QStringLiteral("weight"), id, 0,
                                         QStringLiteral("The weight of target %1 names no target of the input.").arg(id));
        }
        const double sum = weightSum.value(it.key());
        if (std::abs(sum - 1.0) > kWeightTolerance)
            return weightError(it.key(), QStringLiteral("target weights of chapter %1").arg(it.key()), sum);
    }
    for (ChapterIndex &chapter : result.chapters) {
        const double sum = weightSum.value(chapter.chapterId);
        if (chapter.targetCount > 0)
            chapter.targetComponent = sum > 0.0 ? weightedSum.value(chapter.chapterId) / sum : 0.0;
    }

    // Step 2: task progress, a plain mean per chapter.
    QSet<QString> taskIds;
    QHash<QString, double> progressSum;
    for (const TaskProgressInput &k : tasks) {
        if (k.taskId.isEmpty() || k.chapterId.isEmpty())
            return Engine::makeError(QStringLiteral("taskId"), k.taskId, 0,
                                     QStringLiteral("A task needs an id and a chapter."));
        if (taskIds.contains(k.taskId))
            return Engine::makeError(QStringLiteral("taskId"), k.taskId, 0,
                                     QStringLiteral("The task %1 is given twice.").arg(k.taskId));
        taskIds.insert(k.taskId);
        if (!std::isfinite(k.progress) || k.progress < 0.0 || k.progress > 100.0)
            return Engine::makeError(QStringLiteral("progress"), k.taskId, 0,
                                     QStringLiteral("The progress of task %1 is %2 %; it must be from 0 to 100.")
                                         .arg(k.taskId)
                                         .arg(k.progress));
        const int row = rowOf(k.chapterId);
        progressSum[k.chapterId] += k.progress;
        ++result.chapters[row].taskCount;
    }

    // Step 3: chapter index I = a·T + b·K (one component alone when the other is missing).
    for (ChapterIndex &chapter : result.chapters) {
        if (chapter.taskCount > 0)
            chapter.taskComponent = progressSum.value(chapter.chapterId) / chapter.taskCount;
        if (chapter.targetCount > 0 && chapter.taskCount > 0)
            chapter.index = weights.targets * chapter.targetComponent + weights.tasks * chapter.taskComponent;
        else
            chapter.index = chapter.targetCount > 0 ? chapter.targetComponent : chapter.taskComponent;
    }

    // Step 4: overall index Σ W_c·I_c.
    if (result.chapters.isEmpty())
        return Engine::makeError(QStringLiteral("targets"), QString(), 0,
                                 QStringLiteral("The index needs at least one target or task."));
    if (weights.chapters.isEmpty()) {
        const double w = 1.0 / double(result.chapters.size());
        for (ChapterIndex &chapter : result.chapters)
            chapter.weight = w;
    } else {
        double sum = 0.0;
        for (auto it = weights.chapters.constBegin(); it != weights.chapters.constEnd(); ++it) {
            if (Engine::Error error = checkWeight(it.key(), it.value()))
                return error;
            if (!chapterRow.contains(it.key()))
                return Engine::makeError(QStringLiteral("weight"), it.key(), 0,
                                         QStringLiteral("The chapter %1 has a weight but no target or task in the input.")
                                             .arg(it.key()));
            sum += it.value();
        }
        for (ChapterIndex &chapter : result.chapters) {
            if (!weights.chapters.contains(chapter.chapterId))
                return Engine::makeError(QStringLiteral("weight"), chapter.chapterId, 0,
                                         QStringLiteral("The chapter %1 has no weight.").arg(chapter.chapterId));
            chapter.weight = weights.chapters.value(chapter.chapterId);
        }
        if (std::abs(sum - 1.0) > kWeightTolerance)
            return weightError(QString(), QStringLiteral("chapter"), sum);
    }
    for (const ChapterIndex &chapter : result.chapters)
        result.overall += chapter.weight * chapter.index;
    return result;
}

} // namespace Planner::Implementation
