// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "implementation/core/compositeindex.h"
#include "engine/catalog.h"
#include "engine/runresult.h"
#include "storage/implementationrepository.h"

#include <QAbstractTableModel>

namespace Planner::Workbench { class ScenarioDocument; }

namespace Planner::Implementation {

// The composite assessment index (综合指数) of the document's scenario: one
// row per chapter, then the overall index. Recomputed whenever the scenario
// or its projection changes.
class IndexTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { ChapterColumn, TargetsColumn, TasksColumn, IndexColumn, ColumnCount };

    explicit IndexTableModel(Workbench::ScenarioDocument *document, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void refresh();
    // The index of a scenario from its run and its tasks' stored progress
    // (task id -> 0-100; tasks absent keep the plan's default): the one
    // computation behind the table, the page's chart and its comparison.
    static Engine::Expected<CompositeIndex> compute(const Engine::Catalog &catalog, const Engine::RunResult &run,
                                                    const QMap<QString, double> &progress);
    // Task id -> stored progress, as compute() takes it.
    static QMap<QString, double> progressOf(const QMap<QString, Storage::StoredTaskProgress> &stored);
    // Why there is no index, or empty.
    QString problem() const { return m_problem; }
    const CompositeIndex &index() const { return m_index; }

private:
    QMap<QString, double> progressOfTasks() const;

    Workbench::ScenarioDocument *m_document;
    QMap<QString, double> m_usedProgress;  // the task progress the index was computed with
    CompositeIndex m_index;
    QString m_problem;
};

} // namespace Planner::Implementation
