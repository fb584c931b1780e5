// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "workbench/scenariodocument.h"

#include <QCoreApplication>

#include <functional>

class QWidget;

namespace Planner::Workbench {

// After the store refused an edit because somebody else saved the scenario
// first (another window or process): says so and offers to reload their
// version (the edit is dropped) or to keep the edit in a new scenario
// forked from the stored one. Returns what was done.
enum class ConflictChoice { Reloaded, Forked, Cancelled };

class EditConflict
{
    Q_DECLARE_TR_FUNCTIONS(Planner::Workbench::EditConflict)

public:
    static ConflictChoice resolve(QWidget *parent, ScenarioDocument *document, const LeverStages &edit,
                                  const QString &message);

    // An edit of a shipped, read-only template: asks to fork it first (a
    // dialog, object name "forkTemplate", with a suggested name for the
    // fork); Fork makes the fork, applies the edit there and opens it.
    static ConflictChoice offerFork(QWidget *parent, ScenarioDocument *document, const LeverStages &edit);
    // The same for any edit (a task's progress, a decomposition): `apply`
    // makes the edit again, in the fork once it is open.
    static ConflictChoice offerFork(QWidget *parent, ScenarioDocument *document,
                                    const std::function<Engine::Error()> &apply);

    // A name for a fork of `source` that no scenario has yet.
    static QString suggestedForkName(const ScenarioDocument &document);

    // Shows an edit's refusal: the conflict dialog for a revision conflict,
    // the fork dialog for a template, otherwise a warning with the message.
    static void report(QWidget *parent, ScenarioDocument *document, const Engine::Error &error,
                       const LeverStages &edit);
};

} // namespace Planner::Workbench
