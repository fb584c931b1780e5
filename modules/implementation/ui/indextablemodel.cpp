// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "implementation/ui/indextablemodel.h"

#include "analysis/wording.h"

#include "implementation/core/indexinputs.h"
#include "implementation/core/plantask.h"
#include "storage/implementationrepository.h"
#include "workbench/language.h"
#include "workbench/scenariodocument.h"

#include <QFont>
#include <QLocale>

#include <cmath>

namespace Planner::Implementation {

IndexTableModel::IndexTableModel(Workbench::ScenarioDocument *document, QObject *parent)
    : QAbstractTableModel(parent), m_document(document)
{
    connect(m_document, &Workbench::ScenarioDocument::scenarioChanged, this, &IndexTableModel::refresh);
    // After a lever edit: once the draws are in (the index reads probabilities).
    connect(m_document, &Workbench::ScenarioDocument::projectionChanged, this, [this] {
        if (!m_document->drawsPending())
            refresh();
    });
    // After a task edit (no new projection): the tasks' part of the index,
    // at once, with the projection there is.
    connect(m_document, &Workbench::ScenarioDocument::inputsChanged, this, [this] {
        if (!m_document->drawsPending() || progressOfTasks() != m_usedProgress)
            refresh();
    });
    refresh();
}

Engine::Expected<CompositeIndex> IndexTableModel::compute(const Engine::Catalog &catalog, const Engine::RunResult &run,
                                                         const QMap<QString, double> &progress)
{
    QString error;
    const QList<PlanTask> tasks = planTasksFromJson(embeddedPlanTasksJson(), &error);
    if (!error.isEmpty())
        return Engine::makeError(QStringLiteral("tasks"), {}, 0, error);
    const auto weights = indexWeightsFromJson(embeddedPlanTasksJson());
    if (!weights.ok())
        return weights.error();
    return compositeIndex(targetProgressInputs(catalog, run), taskProgressInputs(tasks, progress), weights.value());
}

QMap<QString, double> IndexTableModel::progressOf(const QMap<QString, Storage::StoredTaskProgress> &stored)
{
    QMap<QString, double> progress;
    for (const Storage::StoredTaskProgress &p : stored)
        progress.insert(p.taskId, p.progress);
    return progress;
}

void IndexTableModel::refresh()
{
    CompositeIndex result;
    QString problem;
    const Analysis::Projection *projection = m_document->projection();
    if (!projection) {
        problem = m_document->projectionError();
    } else {
        const QMap<QString, double> progress = progressOfTasks();
        m_usedProgress = progress;
        const auto index = compute(m_document->catalog(), projection->result, progress);
        if (index.ok())
            result = index.value();
        else
            problem = Analysis::Wording::errorText(index.error(), &m_document->catalog());
    }
    // The same rows with new numbers change in place (the view keeps its
    // state and column widths); another shape resets.
    const bool sameShape = problem.isEmpty() && m_problem.isEmpty() && !m_index.chapters.isEmpty()
                           && result.chapters.size() == m_index.chapters.size();
    if (sameShape) {
        m_index = result;
        Q_EMIT dataChanged(createIndex(0, 0), createIndex(rowCount() - 1, ColumnCount - 1));
        return;
    }
    beginResetModel();
    m_index = result;
    m_problem = problem;
    endResetModel();
}

QMap<QString, double> IndexTableModel::progressOfTasks() const
{
    return progressOf(m_document->taskProgress());
}

int IndexTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_problem.isEmpty() ? 0 : int(m_index.chapters.size()) + 1;
}

int IndexTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant IndexTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() > m_index.chapters.size())
        return {};
    const bool overall = index.row() == m_index.chapters.size();
    if (role == Qt::TextAlignmentRole)
        return index.column() == ChapterColumn ? QVariant() : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::FontRole && overall) {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    if (role != Qt::DisplayRole)
        return {};
    const auto number = [](double v) -> QString {
        return std::isfinite(v) ? QLocale().toString(v, 'f', 1) : QStringLiteral("—");
    };
    if (overall) {
        if (index.column() == ChapterColumn)
            return tr("Overall index");
        return index.column() == IndexColumn ? number(m_index.overall) : QString();
    }
    const ChapterIndex &c = m_index.chapters.at(index.row());
    switch (index.column()) {
    case ChapterColumn: {
        const Engine::Chapter *chapter = m_document->catalog().chapter(c.chapterId);
        return chapter ? Analysis::Wording::chapterTitle(*chapter)
                       : c.chapterId;
    }
    case TargetsColumn: return tr("%1 (%2 targets)").arg(number(c.targetComponent)).arg(c.targetCount);
    case TasksColumn: return tr("%1 (%2 tasks)").arg(number(c.taskComponent)).arg(c.taskCount);
    case IndexColumn: return number(c.index);
    default: return {};
    }
}

QVariant IndexTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case ChapterColumn: return tr("Chapter");
    case TargetsColumn: return tr("Targets' progress (0-100)");
    case TasksColumn: return tr("Tasks' progress (0-100)");
    case IndexColumn: return tr("Index (0.7 targets + 0.3 tasks)");
    default: return {};
    }
}

} // namespace Planner::Implementation
