// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "workbench/levertablemodel.h"

#include "workbench/language.h"
#include "workbench/scenariodocument.h"

#include "engine/stages.h"

#include <QLocale>

#include <cmath>

namespace Planner::Workbench {

namespace {

int stageOfColumn(int column)
{
    return column - LeverTableModel::Stage1Column + 1;
}

bool isStageColumn(int column)
{
    return column >= LeverTableModel::Stage1Column && column <= LeverTableModel::Stage3Column;
}

} // namespace

LeverTableModel::LeverTableModel(ScenarioDocument *document, QString chapterId, QObject *parent)
    : QAbstractTableModel(parent), m_document(document), m_chapterId(std::move(chapterId))
{
    connect(m_document, &ScenarioDocument::scenarioChanged, this, &LeverTableModel::refresh);
    refresh();
}

void LeverTableModel::refresh()
{
    beginResetModel();
    m_leverIds.clear();
    for (const Engine::Lever &lever : m_document->catalog().levers()) {
        if (lever.moduleId == m_chapterId)
            m_leverIds.append(lever.id);
    }
    endResetModel();
}

int LeverTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_leverIds.size());
}

int LeverTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LeverTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_leverIds.size())
        return {};
    const Engine::Lever *lever = m_document->catalog().lever(m_leverIds.at(index.row()));
    if (!lever)
        return {};
    const int column = index.column();
    switch (role) {
    case LeverIdRole:
        return lever->id;
    case Qt::EditRole:
        return isStageColumn(column) ? QVariant(m_document->leverValue(lever->id, stageOfColumn(column))) : QVariant();
    case Qt::TextAlignmentRole:
        return isStageColumn(column) ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case Qt::ToolTipRole: {
        QString tip = tr("%1\nUnit: %2; range %3 to %4; default %5")
                          .arg(pick(lever->nameZh, lever->nameEn), pick(lever->unitZh, lever->unitEn))
                          .arg(lever->min).arg(lever->max).arg(lever->defaultValue);
        tip += u'\n' + (lever->assumption ? tr("Default is an assumption: %1").arg(lever->note)
                                          : tr("Source: %1").arg(lever->source));
        return tip;
    }
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (column) {
    case NameColumn:
        return pick(lever->nameZh, lever->nameEn);
    case UnitColumn:
        return pick(lever->unitZh, lever->unitEn);
    case RangeColumn:
        return QStringLiteral("%1 – %2").arg(QLocale().toString(lever->min), QLocale().toString(lever->max));
    default:
        return QLocale().toString(m_document->leverValue(lever->id, stageOfColumn(column)));
    }
}

QVariant LeverTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return QAbstractTableModel::headerData(section, orientation, role);
    if (isStageColumn(section)) {
        const std::optional<Engine::Stage> stage = Engine::planStage(stageOfColumn(section));
        if (!stage)
            return {};
        if (role == Qt::ToolTipRole)
            return pick(stage->ordinalZh + QStringLiteral("：") + stage->nameZh, stage->ordinalEn + QStringLiteral(": ") + stage->nameEn);
        return QStringLiteral("%1\n%2–%3").arg(pick(stage->ordinalZh, stage->ordinalEn)).arg(stage->first).arg(stage->last);
    }
    if (role == Qt::ToolTipRole)
        return {};
    switch (section) {
    case NameColumn: return tr("Lever");
    case UnitColumn: return tr("Unit");
    case RangeColumn: return tr("Range");
    default: return {};
    }
}

Qt::ItemFlags LeverTableModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (isStageColumn(index.column()))
        f |= Qt::ItemIsEditable;
    return f;
}

bool LeverTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !isStageColumn(index.column()) || index.row() >= m_leverIds.size())
        return false;
    bool ok = false;
    const double number = value.toDouble(&ok);
    if (!ok || !std::isfinite(number)) {
        Q_EMIT editRefused(tr("\"%1\" is not a number.").arg(value.toString()));
        return false;
    }
    // The document saves, runs the projection again and resets this model.
    if (const Engine::Error e = m_document->setLeverStage(m_leverIds.at(index.row()), stageOfColumn(index.column()), number)) {
        Q_EMIT editRefused(e.message);
        return false;
    }
    return true;
}

} // namespace Planner::Workbench
