// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/storeerror.h"

#include <QDialog>
#include <QMenu>

class QAction;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableView;

namespace Planner::Storage { class Store; }

namespace Planner::Workbench {

class ScenarioTableModel;

// The scenarios of the database: create one (at the defaults or as a copy
// of the selected one), rename, delete (asking first), edit author and
// notes, open. Every change is written at once; a refusal of the store (a
// name taken, a change saved elsewhere in between, the last scenario) is
// shown in words and nothing else changes. The scenario open in the window
// (`currentName`) cannot be deleted from here.
class ScenarioManagerDialog final : public QDialog
{
    Q_OBJECT

public:
    ScenarioManagerDialog(Storage::Store &store, const QString &currentName, QWidget *parent = nullptr);

    ScenarioTableModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QString selectedName() const;
    void selectScenario(const QString &name);

Q_SIGNALS:
    // Open this scenario in the window.
    void openRequested(const QString &name);
    // Scenarios were added, renamed or deleted: lists of them are stale.
    void scenariosChanged();
    // The scenario open in the window was renamed or its author or notes
    // changed (its revision rose): the window should read it again.
    void currentScenarioEdited(const QString &name);

public Q_SLOTS:
    void done(int result) override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateButtons();
    void showDetails();
    void newScenario(bool fork);
    void renameScenario();
    void deleteScenario();
    void saveDetails();
    void openSelected();
    // Shows the store's refusal; true when there was one.
    bool refused(const QString &title, const Storage::StoreError &error);
    void afterChange(const QString &selectName, bool listChanged, bool touchedCurrent);

    Storage::Store &m_store;
    QString m_current;
    ScenarioTableModel *m_model;
    QTableView *m_table;
    QPushButton *m_newButton;
    QPushButton *m_forkButton;
    QPushButton *m_renameButton;
    QPushButton *m_deleteButton;
    QPushButton *m_openButton;
    QPushButton *m_closeButton;
    QLabel *m_detailsTitle;
    QLabel *m_authorLabel;
    QLineEdit *m_author;
    QLabel *m_notesLabel;
    QPlainTextEdit *m_notes;
    QPushButton *m_saveButton;
    QLabel *m_readOnly;
};

// The window's "Scenario" menu: manage and compare scenarios. Retranslates
// itself, so the window only connects its two requests.
class ScenarioMenu final : public QMenu
{
    Q_OBJECT

public:
    explicit ScenarioMenu(QWidget *parent = nullptr);

    QAction *manageAction() const { return m_manage; }
    QAction *compareAction() const { return m_compare; }
    // The open scenario's history on a team server (disabled on a file).
    QAction *historyAction() const { return m_history; }

Q_SIGNALS:
    void manageRequested();
    void compareRequested();
    void historyRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QAction *m_manage;
    QAction *m_compare;
    QAction *m_history;
};

} // namespace Planner::Workbench
