// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "workbench/leverdelegate.h"

#include "workbench/language.h"
#include "workbench/levertablemodel.h"

#include "engine/catalog.h"

#include <QDoubleSpinBox>

#include <cmath>

namespace Planner::Workbench {

LeverDelegate::LeverDelegate(const Engine::Catalog *catalog, QObject *parent)
    : QStyledItemDelegate(parent), m_catalog(catalog)
{
}

QWidget *LeverDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                     const QModelIndex &index) const
{
    const Engine::Lever *lever = m_catalog->lever(index.data(LeverTableModel::LeverIdRole).toString());
    if (!lever)
        return QStyledItemDelegate::createEditor(parent, option, index);
    auto *spin = new QDoubleSpinBox(parent);
    spin->setRange(lever->min, lever->max);
    // Enough decimals for the finest step a planner needs across the range.
    const double span = lever->max - lever->min;
    spin->setDecimals(span >= 100 ? 1 : span >= 1 ? 2 : 4);
    spin->setSingleStep(span > 0 ? std::pow(10.0, std::floor(std::log10(span)) - 1) : 1.0);
    spin->setSuffix(u' ' + pick(lever->unitZh, lever->unitEn));
    spin->setAccessibleName(pick(lever->nameZh, lever->nameEn));
    spin->setKeyboardTracking(false);
    return spin;
}

void LeverDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    if (auto *spin = qobject_cast<QDoubleSpinBox *>(editor))
        spin->setValue(index.data(Qt::EditRole).toDouble());
    else
        QStyledItemDelegate::setEditorData(editor, index);
}

void LeverDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    if (auto *spin = qobject_cast<QDoubleSpinBox *>(editor)) {
        spin->interpretText();
        model->setData(index, spin->value(), Qt::EditRole);
    } else {
        QStyledItemDelegate::setModelData(editor, model, index);
    }
}

} // namespace Planner::Workbench
