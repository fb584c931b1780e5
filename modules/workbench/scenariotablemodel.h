// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/scenario.h"
#include "storage/storeerror.h"

#include <QAbstractTableModel>

namespace Planner::Storage { class Store; }

namespace Planner::Workbench {

// The scenarios of a database as a table: name, the scenario it was forked
// from, author, revision, last change and notes. Every change goes through
// Storage::ScenarioRepository and is written at once; edits of an existing
// scenario name the revision this model read, so a change saved elsewhere in
// between is refused (StoreError::Code::RevisionConflict) instead of being
// overwritten. The rows are read again after every change.
class ScenarioTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, ParentColumn, AuthorColumn, RevisionColumn, ModifiedColumn, NotesColumn, ColumnCount };
    enum Role { NameRole = Qt::UserRole + 1 };

    explicit ScenarioTableModel(Storage::Store &store, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Reads the list again; the error, if the store could not be read.
    Storage::StoreError reload();
    const Storage::Scenario &scenario(int row) const { return m_scenarios.at(row); }
    // The row of a scenario, or -1.
    int rowOf(const QString &name) const;
    bool isReadOnly() const;

    // A scenario at the defaults (no lever set, no override).
    Storage::StoreError create(const QString &name, const QString &author, const QString &notes);
    // A copy of the scenario in `row` with all its settings.
    Storage::StoreError fork(int row, const QString &newName, const QString &author);
    Storage::StoreError rename(int row, const QString &newName);
    Storage::StoreError setNotes(int row, const QString &notes);
    Storage::StoreError setAuthor(int row, const QString &author);
    Storage::StoreError remove(int row);

private:
    Storage::StoreError finish(const Storage::StoreError &error);

    Storage::Store &m_store;
    QList<Storage::Scenario> m_scenarios;
};

} // namespace Planner::Workbench
