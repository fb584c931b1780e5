// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "workbench/undokeys.h"

#include <QAbstractItemDelegate>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QKeyEvent>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTextEdit>
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

// A plain text field (a line edit not part of a spin box, a text edit)
// that keeps the undo keys for its own text.
QWidget *textFieldOf(QObject *object)
{
    if (qobject_cast<QLineEdit *>(object) || qobject_cast<QPlainTextEdit *>(object) || qobject_cast<QTextEdit *>(object))
        return static_cast<QWidget *>(object);
    // The text edits take their keys in their viewport.
    if (object && object->isWidgetType() && object->parent()
        && (qobject_cast<QPlainTextEdit *>(object->parent()) || qobject_cast<QTextEdit *>(object->parent())))
        return static_cast<QWidget *>(object->parent());
    return nullptr;
}

// The item view a field edits a cell of (a delegate's editor), or null.
QAbstractItemView *viewEditedBy(QWidget *field)
{
    for (QObject *o = field->parent(); o; o = o->parent()) {
        if (auto *view = qobject_cast<QAbstractItemView *>(o))
            return view;
        if (o->isWidgetType() && static_cast<QWidget *>(o)->isWindow())
            break;
    }
    return nullptr;
}

// What a field holds becomes an edit of the document: a cell's editor
// hands its text to the model (one undoable edit when it differs) and
// closes, as when it loses the focus.
void commit(QWidget *field)
{
    QAbstractItemView *view = viewEditedBy(field);
    if (!view)
        return;  // a field outside a table commits on its own signals (or holds no document data)
    QWidget *editor = field;
    while (editor->parentWidget() && editor->parentWidget() != view->viewport())
        editor = editor->parentWidget();
    const QModelIndex index = view->indexAt(editor->geometry().center());
    QAbstractItemDelegate *delegate = index.isValid() ? view->itemDelegateForIndex(index) : view->itemDelegate();
    if (!delegate)
        return;
    Q_EMIT delegate->commitData(editor);
    Q_EMIT delegate->closeEditor(editor, QAbstractItemDelegate::NoHint);
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
    QWidget *field = spin ? nullptr : textFieldOf(watched);
    QWidget *target = spin ? static_cast<QWidget *>(spin) : field;
    if (!target || target->window() != m_window)
        return false;
    if (event->type() == QEvent::ShortcutOverride) {
        // Claim the key from the window's shortcuts and from the field's own
        // undo: it comes back as a key press, handled below, once.
        event->accept();
        return true;
    }
    if (spin)
        spin->interpretText();  // commits a typed value: an edit of its own
    else
        commit(field);  // a cell's text: an edit of its own
    if (step == Step::Undo)
        m_stack->undo();
    else
        m_stack->redo();
    return true;
}

} // namespace Planner::Workbench
