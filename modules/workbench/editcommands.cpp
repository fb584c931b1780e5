// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "workbench/editcommands.h"

namespace Planner::Workbench {

LeverEditCommand::LeverEditCommand(ScenarioDocument *document, LeverYears before, LeverYears after,
                                   QList<int> stages, const QString &text)
    : QUndoCommand(text), m_document(document), m_before(std::move(before)), m_after(std::move(after)),
      m_stages(std::move(stages))
{
}

void LeverEditCommand::undo()
{
    apply(m_before);
}

void LeverEditCommand::redo()
{
    if (m_written) {
        m_written = false;  // the first redo is the push: already in the store
        return;
    }
    apply(m_after);
}

bool LeverEditCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const LeverEditCommand *>(other);
    if (next->m_after.leverId != m_after.leverId || next->m_stages != m_stages || next->m_before != m_after)
        return false;
    m_after = next->m_after;
    setText(next->text());
    return true;
}

void LeverEditCommand::apply(const LeverYears &values)
{
    const ScenarioDocument::HistoryStep step(m_document);
    if (const Engine::Error error = m_document->writeLeverYears(values)) {
        setObsolete(true);
        Q_EMIT m_document->editRefused(error.message, error.field == QLatin1String("revision_conflict"));
    }
}

TaskEditCommand::TaskEditCommand(ScenarioDocument *document, TaskState before, TaskState after,
                                 const QString &text)
    : QUndoCommand(text), m_document(document), m_before(std::move(before)), m_after(std::move(after))
{
}

void TaskEditCommand::undo()
{
    apply(m_before);
}

void TaskEditCommand::redo()
{
    if (m_written) {
        m_written = false;
        return;
    }
    apply(m_after);
}

void TaskEditCommand::apply(const TaskState &state)
{
    const ScenarioDocument::HistoryStep step(m_document);
    if (const Engine::Error error = m_document->writeTaskState(state)) {
        setObsolete(true);
        Q_EMIT m_document->editRefused(error.message, error.field == QLatin1String("revision_conflict"));
    }
}

CityShareEditCommand::CityShareEditCommand(ScenarioDocument *document, QString targetId,
                                           QList<Storage::StoredCityShare> before,
                                           QList<Storage::StoredCityShare> after, const QString &text)
    : QUndoCommand(text), m_document(document), m_targetId(std::move(targetId)), m_before(std::move(before)),
      m_after(std::move(after))
{
}

void CityShareEditCommand::undo()
{
    apply(m_before);
}

void CityShareEditCommand::redo()
{
    if (m_written) {
        m_written = false;
        return;
    }
    apply(m_after);
}

void CityShareEditCommand::apply(const QList<Storage::StoredCityShare> &shares)
{
    const ScenarioDocument::HistoryStep step(m_document);
    if (const Engine::Error error = m_document->writeCityShares(m_targetId, shares)) {
        setObsolete(true);
        Q_EMIT m_document->editRefused(error.message, error.field == QLatin1String("revision_conflict"));
    }
}

CityObservationEditCommand::CityObservationEditCommand(ScenarioDocument *document,
                                                       QList<Storage::StoredCityObservation> after,
                                                       QList<Storage::StoredCityObservation> replaced,
                                                       QList<Storage::StoredCityObservation> added, const QString &text)
    : QUndoCommand(text), m_document(document), m_after(std::move(after)), m_replaced(std::move(replaced)),
      m_added(std::move(added))
{
}

void CityObservationEditCommand::undo()
{
    apply(m_replaced, m_added);
}

void CityObservationEditCommand::redo()
{
    if (m_written) {
        m_written = false;
        return;
    }
    apply(m_after, {});
}

void CityObservationEditCommand::apply(const QList<Storage::StoredCityObservation> &set,
                                       const QList<Storage::StoredCityObservation> &remove)
{
    if (const Engine::Error error = m_document->writeCityObservations(set, remove)) {
        setObsolete(true);
        Q_EMIT m_document->editRefused(error.message, error.field == QLatin1String("revision_conflict"));
    }
}

NotesEditCommand::NotesEditCommand(ScenarioDocument *document, QString before, QString after)
    : QUndoCommand(tr("Edit the scenario notes")), m_document(document), m_before(std::move(before)),
      m_after(std::move(after))
{
}

void NotesEditCommand::undo()
{
    apply(m_before);
}

void NotesEditCommand::redo()
{
    if (m_written) {
        m_written = false;
        return;
    }
    apply(m_after);
}

void NotesEditCommand::apply(const QString &notes)
{
    const ScenarioDocument::HistoryStep step(m_document);
    if (const Engine::Error error = m_document->writeNotes(notes)) {
        setObsolete(true);
        Q_EMIT m_document->editRefused(error.message, error.field == QLatin1String("revision_conflict"));
    }
}

} // namespace Planner::Workbench
