// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>

namespace Planner::Engine { class Catalog; }

namespace Planner::Workbench {

// Edits a lever's stage setting with a spin box bounded by the lever's
// range and showing its unit, so a value outside the range cannot be typed.
class LeverDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    LeverDelegate(const Engine::Catalog *catalog, QObject *parent = nullptr);

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;

private:
    const Engine::Catalog *m_catalog;
};

} // namespace Planner::Workbench
