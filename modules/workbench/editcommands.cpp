// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "workbench/editcommands.h"

namespace Planner::Workbench {

LeverEditCommand::LeverEditCommand(ScenarioDocument *document, LeverStages before, LeverStages after,
                                   const QString &text)
    : QUndoCommand(text), m_document(document), m_before(std::move(before)), m_after(std::move(after))
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
    if (next->m_after.leverId != m_after.leverId || next->m_after.stages.keys() != m_after.stages.keys())
        return false;
    m_after = next->m_after;
    setText(next->text());
    return true;
}

void LeverEditCommand::apply(const LeverStages &values)
{
    if (const Engine::Error error = m_document->writeLeverStages(values)) {
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
    if (const Engine::Error error = m_document->writeNotes(notes)) {
        setObsolete(true);
        Q_EMIT m_document->editRefused(error.message, error.field == QLatin1String("revision_conflict"));
    }
}

} // namespace Planner::Workbench
