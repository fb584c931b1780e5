// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "workbench/undokeys.h"

#include <QAbstractSpinBox>
#include <QKeyEvent>
#include <QUndoStack>
#include <QWidget>

namespace Planner::Workbench {

namespace {

enum class Step { None, Undo, Redo };

Step stepOf(const QKeyEvent *key)
{
    const Qt::KeyboardModifiers modifiers =
        key->modifiers() & (Qt::ControlModifier | Qt::ShiftModifier | Qt::AltModifier | Qt::MetaModifier);
    if (key->key() == Qt::Key_Z && modifiers == Qt::ControlModifier)
        return Step::Undo;
    if ((key->key() == Qt::Key_Z && modifiers == (Qt::ControlModifier | Qt::ShiftModifier))
        || (key->key() == Qt::Key_Y && modifiers == Qt::ControlModifier))
        return Step::Redo;
    return Step::None;
}

// The spin box a widget is, or is the line edit of.
QAbstractSpinBox *spinBoxOf(QObject *object)
{
    for (QObject *o = object; o; o = o->parent()) {
        if (auto *spin = qobject_cast<QAbstractSpinBox *>(o))
            return spin;
        if (o->isWidgetType() && static_cast<QWidget *>(o)->isWindow())
            break;
    }
    return nullptr;
}

} // namespace

UndoKeys::UndoKeys(QUndoStack *stack, QWidget *window) : QObject(window), m_stack(stack), m_window(window)
{
}

bool UndoKeys::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::ShortcutOverride && event->type() != QEvent::KeyPress)
        return false;
    auto *key = static_cast<QKeyEvent *>(event);
    const Step step = stepOf(key);
    if (step == Step::None || !m_stack)
        return false;
    QAbstractSpinBox *spin = spinBoxOf(watched);
    if (!spin || spin->window() != m_window)
        return false;
    if (event->type() == QEvent::ShortcutOverride) {
        // Claim the key from the window's shortcuts: it comes back as a key
        // press to the spin box, where it is handled below, once.
        event->accept();
        return true;
    }
    spin->interpretText();  // commits a typed value: an edit of its own
    if (step == Step::Undo)
        m_stack->undo();
    else
        m_stack->redo();
    return true;
}

} // namespace Planner::Workbench
