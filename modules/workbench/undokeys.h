// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>

class QUndoStack;
class QWidget;

namespace Planner::Workbench {

// Ctrl+Z / Ctrl+Shift+Z (and Ctrl+Y) reach the document's undo stack
// wherever the focus is in a window. A spin box keeps those keys for the
// text of its own line edit, so an edit typed into it could not be undone
// with the keys the page promises: here the spin box first commits what it
// holds (one more edit, when it differs), then the stack undoes or redoes.
// Plain text fields do the same: a table cell's editor (a task's evidence)
// hands its text to the model and closes, then the stack gets the key; a
// field outside a table (a search) leaves its text as it is.
// Installed on the application; acts on key events of the given window.
class UndoKeys final : public QObject
{
    Q_OBJECT

public:
    UndoKeys(QUndoStack *stack, QWidget *window);

    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QPointer<QUndoStack> m_stack;
    QWidget *m_window;
};

} // namespace Planner::Workbench
