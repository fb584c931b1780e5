// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "workbench/scenariotablemodel.h"

#include "analysis/wording.h"

#include "storage/scenariorepository.h"
#include "storage/store.h"

#include <QLocale>

namespace Planner::Workbench {

namespace {

Storage::StoreError noRow()
{
    return {Storage::StoreError::Code::NotFound, ScenarioTableModel::tr("Select a scenario first.")};
}

template<typename T>
Storage::StoreError errorOf(const Storage::Result<T> &result)
{
    return result.ok() ? Storage::StoreError{} : result.error();
}

} // namespace

ScenarioTableModel::ScenarioTableModel(Storage::Store &store, QObject *parent)
    : QAbstractTableModel(parent), m_store(store)
{
    reload();
}

Storage::StoreError ScenarioTableModel::reload()
{
    const Storage::Result<QList<Storage::Scenario>> list = Storage::ScenarioRepository(m_store).list();
    beginResetModel();
    if (list.ok())
        m_scenarios = list.value();
    endResetModel();
    return errorOf(list);
}

bool ScenarioTableModel::isReadOnly() const
{
    return m_store.isReadOnly();
}

int ScenarioTableModel::rowOf(const QString &name) const
{
    for (int row = 0; row < m_scenarios.size(); ++row) {
        if (m_scenarios.at(row).name == name)
            return row;
    }
    return -1;
}

Storage::StoreError ScenarioTableModel::finish(const Storage::StoreError &error)
{
    // Read again either way: after a refusal the rows show what is stored now.
    reload();
    return error;
}

Storage::StoreError ScenarioTableModel::create(const QString &name, const QString &author, const QString &notes)
{
    return finish(errorOf(Storage::ScenarioRepository(m_store).create(name, author, notes)));
}

Storage::StoreError ScenarioTableModel::fork(int row, const QString &newName, const QString &author)
{
    if (row < 0 || row >= m_scenarios.size())
        return noRow();
    return finish(errorOf(Storage::ScenarioRepository(m_store).fork(m_scenarios.at(row).name, newName, author)));
}

Storage::StoreError ScenarioTableModel::rename(int row, const QString &newName)
{
    if (row < 0 || row >= m_scenarios.size())
        return noRow();
    const Storage::Scenario &s = m_scenarios.at(row);
    if (s.name == newName)
        return {};
    return finish(errorOf(Storage::ScenarioRepository(m_store).rename(s.name, newName, s.revision)));
}

Storage::StoreError ScenarioTableModel::setNotes(int row, const QString &notes)
{
    if (row < 0 || row >= m_scenarios.size())
        return noRow();
    const Storage::Scenario &s = m_scenarios.at(row);
    if (s.notes == notes)
        return {};
    return finish(errorOf(Storage::ScenarioRepository(m_store).setNotes(s.name, notes, s.revision)));
}

Storage::StoreError ScenarioTableModel::setAuthor(int row, const QString &author)
{
    if (row < 0 || row >= m_scenarios.size())
        return noRow();
    const Storage::Scenario &s = m_scenarios.at(row);
    if (s.author == author)
        return {};
    return finish(errorOf(Storage::ScenarioRepository(m_store).setAuthor(s.name, author, s.revision)));
}

Storage::StoreError ScenarioTableModel::remove(int row)
{
    if (row < 0 || row >= m_scenarios.size())
        return noRow();
    return finish(Storage::ScenarioRepository(m_store).remove(m_scenarios.at(row).name));
}

int ScenarioTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_scenarios.size());
}

int ScenarioTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ScenarioTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_scenarios.size())
        return {};
    const Storage::Scenario &s = m_scenarios.at(index.row());
    if (role == NameRole)
        return s.name;
    if (role == Qt::TextAlignmentRole && index.column() == RevisionColumn)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole) {
        switch (index.column()) {
        case NameColumn: return Analysis::Wording::scenarioDescription(s);
        case NotesColumn: return Analysis::Wording::scenarioDescription(s);
        case ModifiedColumn:
            return tr("Created %1").arg(QLocale().toString(s.created.toLocalTime(), QLocale::LongFormat));
        case RevisionColumn: return tr("Rises with every saved change");
        default: return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case NameColumn: return Analysis::Wording::scenarioName(s);
    case ParentColumn: return s.parentName.isEmpty() ? QStringLiteral("—") : s.parentName;
    case AuthorColumn: return Analysis::Wording::author(s.author);
    case RevisionColumn: return QString::number(s.revision);
    case ModifiedColumn: return QLocale().toString(s.modified.toLocalTime(), QLocale::ShortFormat);
    case NotesColumn: return Analysis::Wording::scenarioDescription(s).section(u'\n', 0, 0);
    default: return {};
    }
}

QVariant ScenarioTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn: return tr("Scenario");
    case ParentColumn: return tr("Forked from");
    case AuthorColumn: return tr("Author");
    case RevisionColumn: return tr("Revision");
    case ModifiedColumn: return tr("Last changed");
    case NotesColumn: return tr("Notes");
    default: return {};
    }
}

} // namespace Planner::Workbench
