// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "implementation/core/plantask.h"
#include "engine/error.h"
#include "storage/implementationrepository.h"

#include <QAbstractTableModel>

#include <functional>

namespace Planner::Workbench { class ScenarioDocument; }

namespace Planner::Implementation {

// The plan's measures as tasks with the document's scenario's progress.
// Status, progress and evidence are edited in place: each is an undoable
// edit of the document (ScenarioDocument::setTaskProgress), saved at once
// with the revision the document read.
class TaskTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { IdColumn, ChapterColumn, TitleColumn, DueYearColumn, ResponsibleColumn, StatusColumn,
                  ProgressColumn, EvidenceColumn, ColumnCount };

    explicit TaskTableModel(Workbench::ScenarioDocument *document, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    void refresh();
    // Whose record the table shows and edits: the province's (empty) or a
    // city's (its Chinese name). A city's record starts as not started.
    void setCity(const QString &city);
    QString city() const { return m_city; }

Q_SIGNALS:
    void editRefused(const QString &message);
    // An edit of a shipped template: `apply` makes it again in a fork
    // (the page asks for one, workbench/conflict.h).
    void forkNeeded(const std::function<Engine::Error()> &apply);

private:
    Storage::StoredTaskProgress progressOf(const PlanTask &task) const;

    Workbench::ScenarioDocument *m_document;
    QList<PlanTask> m_tasks;
    QString m_city;
};

} // namespace Planner::Implementation
