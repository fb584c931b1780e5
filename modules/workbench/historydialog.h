// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/wording.h"
#include "engine/catalog.h"
#include "storage/teamserver.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QTableWidget;

namespace Planner::Storage { class Store; }

namespace Planner::Workbench {

// The chapter an audited row belongs to: its lever's (the first indicator
// it moves), indicator's, target's or task's chapter; empty when none.
QString auditChapter(const Engine::Catalog &catalog, const Storage::TeamServer::AuditEntry &entry);

// A scenario's history on a team server (Scenario → History…): every
// audited change, newest first, filtered by person, chapter and date; the
// selected change's revision can be restored as a new scenario.
class HistoryDialog final : public QDialog
{
    Q_OBJECT

public:
    // names: the cities' and tasks' names for the changes' words.
    HistoryDialog(Storage::Store &store, const Engine::Catalog &catalog, const QString &scenario,
                  Analysis::Wording::AuditNames names, QWidget *parent = nullptr);

    // The rows shown after the filters (tests).
    int shownRows() const;
    QComboBox *personFilter() const { return m_person; }
    QComboBox *chapterFilter() const { return m_chapter; }
    QDateEdit *fromFilter() const { return m_from; }
    QDateEdit *toFilter() const { return m_to; }

Q_SIGNALS:
    // A revision was restored as the new scenario `name`.
    void restored(const QString &name);

private:
    void load();
    void refill();
    void restoreSelected();

    Storage::Store &m_store;
    const Engine::Catalog &m_catalog;
    Analysis::Wording::AuditNames m_names;
    QString m_scenario;
    QList<Storage::TeamServer::AuditEntry> m_entries;
    QComboBox *m_person;
    QComboBox *m_chapter;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QTableWidget *m_table;
    QLabel *m_summary;
    QPushButton *m_restore;
};

} // namespace Planner::Workbench
