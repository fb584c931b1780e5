// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>
#include <QStringList>

namespace Planner::Workbench {

class ScenarioDocument;

// A chapter's levers with their setting in each stage of the plan (the
// value of the stage's first year), editable: an edit sets every year of
// that stage, is saved at once and the projection runs again.
class LeverTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, UnitColumn, Stage1Column, Stage2Column, Stage3Column, RangeColumn, ColumnCount };
    enum Role { LeverIdRole = Qt::UserRole + 1 };

    LeverTableModel(ScenarioDocument *document, QString chapterId, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    void refresh();

Q_SIGNALS:
    // An edit was refused: out of range, not a number, or saved elsewhere first.
    void editRefused(const QString &message);

private:
    ScenarioDocument *m_document;
    QString m_chapterId;
    QStringList m_leverIds;
};

} // namespace Planner::Workbench
