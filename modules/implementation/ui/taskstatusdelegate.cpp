// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "implementation/ui/taskstatusdelegate.h"

#include "analysis/wording.h"

#include <QComboBox>

namespace Planner::Implementation {

QWidget *TaskStatusDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &) const
{
    auto *box = new QComboBox(parent);
    box->setObjectName(QStringLiteral("taskStatusBox"));
    for (const QString &code : Analysis::Wording::taskStatusCodes())
        box->addItem(Analysis::Wording::taskStatusLabel(code), code);
    // One choice commits: the edit is saved as soon as a status is picked.
    connect(box, &QComboBox::activated, this, [this, box] {
        Q_EMIT const_cast<TaskStatusDelegate *>(this)->commitData(box);
        Q_EMIT const_cast<TaskStatusDelegate *>(this)->closeEditor(box);
    });
    return box;
}

void TaskStatusDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    auto *box = qobject_cast<QComboBox *>(editor);
    if (!box)
        return;
    const int at = box->findData(index.data(Qt::EditRole).toString());
    box->setCurrentIndex(at >= 0 ? at : 0);
}

void TaskStatusDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    auto *box = qobject_cast<QComboBox *>(editor);
    if (!box)
        return;
    const QString code = box->currentData().toString();
    if (code != index.data(Qt::EditRole).toString())
        model->setData(index, code, Qt::EditRole);
}

} // namespace Planner::Implementation
