// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "workbench/scenariodocument.h"

#include <QCoreApplication>
#include <QUndoCommand>

namespace Planner::Workbench {

// The edits a window makes to a scenario, one QUndoCommand per kind. Each
// is already written when pushed (the document writes first and pushes
// only what the store accepted); undo and redo write again, through the
// same revision check. A write the store refuses on undo or redo (somebody
// else saved in between) leaves the store alone, tells the document
// (editRefused) and drops the command from the history.

// A lever's value in one or more plan stages. Before and after are every
// stored year of the lever (unset years included, as absent), so undo and
// redo restore the store exactly, whatever the years of a stage held.
// Consecutive edits of the same lever and stages merge, so typing 4, 45,
// 450 in a spin box is one step.
class LeverEditCommand final : public QUndoCommand
{
public:
    LeverEditCommand(ScenarioDocument *document, LeverYears before, LeverYears after, QList<int> stages,
                     const QString &text);

    void undo() override;
    void redo() override;
    int id() const override { return 1; }
    bool mergeWith(const QUndoCommand *other) override;

    const LeverYears &before() const { return m_before; }
    const LeverYears &after() const { return m_after; }

private:
    void apply(const LeverYears &values);

    ScenarioDocument *m_document;
    LeverYears m_before;
    LeverYears m_after;
    QList<int> m_stages;
    bool m_written = true;  // pushed after the document wrote it
};

// A task's status, progress and evidence (before: none when the task had
// never been edited in this scenario).
class TaskEditCommand final : public QUndoCommand
{
public:
    TaskEditCommand(ScenarioDocument *document, TaskState before, TaskState after, const QString &text);

    void undo() override;
    void redo() override;

private:
    void apply(const TaskState &state);

    ScenarioDocument *m_document;
    TaskState m_before;
    TaskState m_after;
    bool m_written = true;
};

// A target's decomposition to the cities (before: empty when it had none).
class CityShareEditCommand final : public QUndoCommand
{
public:
    CityShareEditCommand(ScenarioDocument *document, QString targetId, QList<Storage::StoredCityShare> before,
                         QList<Storage::StoredCityShare> after, const QString &text);

    void undo() override;
    void redo() override;

private:
    void apply(const QList<Storage::StoredCityShare> &shares);

    ScenarioDocument *m_document;
    QString m_targetId;
    QList<Storage::StoredCityShare> m_before;
    QList<Storage::StoredCityShare> m_after;
    bool m_written = true;
};

// Cities' observed values imported from a table: redo writes `after`; undo
// writes back the rows the import changed (`replaced`, as they were) and
// removes those it added (`added`).
class CityObservationEditCommand final : public QUndoCommand
{
public:
    CityObservationEditCommand(ScenarioDocument *document, QList<Storage::StoredCityObservation> after,
                               QList<Storage::StoredCityObservation> replaced,
                               QList<Storage::StoredCityObservation> added, const QString &text);

    void undo() override;
    void redo() override;

private:
    void apply(const QList<Storage::StoredCityObservation> &set, const QList<Storage::StoredCityObservation> &remove);

    ScenarioDocument *m_document;
    QList<Storage::StoredCityObservation> m_after;
    QList<Storage::StoredCityObservation> m_replaced;
    QList<Storage::StoredCityObservation> m_added;
    bool m_written = true;
};

// The scenario's notes.
class NotesEditCommand final : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(Planner::Workbench::NotesEditCommand)

public:
    NotesEditCommand(ScenarioDocument *document, QString before, QString after);

    void undo() override;
    void redo() override;

private:
    void apply(const QString &notes);

    ScenarioDocument *m_document;
    QString m_before;
    QString m_after;
    bool m_written = true;
};

} // namespace Planner::Workbench
