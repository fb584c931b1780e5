// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "workbench/scenariomanager.h"

#include "analysis/wording.h"
#include "storage/scenario.h"
#include "storage/store.h"
#include "workbench/scenariotablemodel.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QTableView>
#include <QVBoxLayout>

namespace Planner::Workbench {

namespace {

const QString kGeometryKey = QStringLiteral("scenarioManager/geometry");
const QString kHeaderKey = QStringLiteral("scenarioManager/header");
const QString kAuthorKey = QStringLiteral("scenarioManager/author");

QString rememberedAuthor(const Storage::Store &store)
{
    // What the user typed last time, else who the store says is writing (the
    // login on a team server, the operating system's user on a file); never
    // the program's own name (the shipped templates' author).
    const QString author = QSettings().value(kAuthorKey).toString();
    return author.isEmpty() || author == QLatin1StringView("jilin-planner") ? store.author() : author;
}

} // namespace

ScenarioManagerDialog::ScenarioManagerDialog(Storage::Store &store, const QString &currentName, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_current(currentName)
    , m_model(new ScenarioTableModel(store, this))
    , m_table(new QTableView(this))
    , m_newButton(new QPushButton(this))
    , m_forkButton(new QPushButton(this))
    , m_renameButton(new QPushButton(this))
    , m_deleteButton(new QPushButton(this))
    , m_openButton(new QPushButton(this))
    , m_closeButton(new QPushButton(this))
    , m_detailsTitle(new QLabel(this))
    , m_authorLabel(new QLabel(this))
    , m_author(new QLineEdit(this))
    , m_notesLabel(new QLabel(this))
    , m_notes(new QPlainTextEdit(this))
    , m_saveButton(new QPushButton(this))
    , m_readOnly(new QLabel(this))
{
    setObjectName(QStringLiteral("scenarioManager"));
    m_table->setObjectName(QStringLiteral("scenarioTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setTabKeyNavigation(false);

    m_newButton->setObjectName(QStringLiteral("newScenario"));
    m_forkButton->setObjectName(QStringLiteral("forkScenario"));
    m_renameButton->setObjectName(QStringLiteral("renameScenario"));
    m_deleteButton->setObjectName(QStringLiteral("deleteScenario"));
    m_openButton->setObjectName(QStringLiteral("openScenario"));
    m_saveButton->setObjectName(QStringLiteral("saveScenarioDetails"));
    m_author->setObjectName(QStringLiteral("scenarioAuthor"));
    m_notes->setObjectName(QStringLiteral("scenarioNotes"));
    m_notes->setTabChangesFocus(true);
    m_notes->setMinimumHeight(m_notes->fontMetrics().height() * 4);
    m_notes->setMaximumHeight(m_notes->fontMetrics().height() * 8);
    m_authorLabel->setBuddy(m_author);
    m_notesLabel->setBuddy(m_notes);
    m_readOnly->setWordWrap(true);
    m_newButton->setShortcut(QKeySequence::New);
    m_deleteButton->setShortcut(QKeySequence::Delete);
    m_renameButton->setShortcut(QKeySequence(Qt::Key_F2));
    m_saveButton->setShortcut(QKeySequence::Save);
    for (QPushButton *b : {m_newButton, m_forkButton, m_renameButton, m_deleteButton, m_saveButton, m_closeButton})
        b->setAutoDefault(false);
    m_openButton->setDefault(true);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_newButton);
    buttons->addWidget(m_forkButton);
    buttons->addWidget(m_renameButton);
    buttons->addWidget(m_deleteButton);
    buttons->addStretch(1);
    buttons->addWidget(m_openButton);

    QFont bold = m_detailsTitle->font();
    bold.setBold(true);
    m_detailsTitle->setFont(bold);
    auto *form = new QFormLayout;
    form->addRow(m_authorLabel, m_author);
    form->addRow(m_notesLabel, m_notes);
    auto *saveRow = new QHBoxLayout;
    saveRow->addWidget(m_readOnly, 1);
    saveRow->addWidget(m_saveButton);

    auto *bottom = new QDialogButtonBox(this);
    bottom->addButton(m_closeButton, QDialogButtonBox::RejectRole);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    layout->addSpacing(6);
    layout->addWidget(m_detailsTitle);
    layout->addLayout(form);
    layout->addLayout(saveRow);
    layout->addWidget(bottom);

    connect(m_newButton, &QPushButton::clicked, this, [this] { newScenario(false); });
    connect(m_forkButton, &QPushButton::clicked, this, [this] { newScenario(true); });
    connect(m_renameButton, &QPushButton::clicked, this, &ScenarioManagerDialog::renameScenario);
    connect(m_deleteButton, &QPushButton::clicked, this, &ScenarioManagerDialog::deleteScenario);
    connect(m_openButton, &QPushButton::clicked, this, &ScenarioManagerDialog::openSelected);
    connect(m_saveButton, &QPushButton::clicked, this, &ScenarioManagerDialog::saveDetails);
    connect(m_closeButton, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_table, &QTableView::activated, this, &ScenarioManagerDialog::openSelected);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        showDetails();
        updateButtons();
    });
    connect(m_author, &QLineEdit::textEdited, this, &ScenarioManagerDialog::updateButtons);
    connect(m_notes, &QPlainTextEdit::textChanged, this, &ScenarioManagerDialog::updateButtons);

    QSettings settings;
    if (!restoreGeometry(settings.value(kGeometryKey).toByteArray()))
        resize(QSize(m_table->fontMetrics().horizontalAdvance(QLatin1Char('M')) * 70,
                     m_table->fontMetrics().height() * 40));
    if (!m_table->horizontalHeader()->restoreState(settings.value(kHeaderKey).toByteArray())) {
        m_table->resizeColumnsToContents();
        const int cap = m_table->fontMetrics().horizontalAdvance(QLatin1Char('M')) * 18;
        for (int c = 0; c < ScenarioTableModel::NotesColumn; ++c)
            m_table->setColumnWidth(c, std::min(m_table->columnWidth(c) + 12, cap));
    }
    retranslate();
    selectScenario(m_current);
    m_table->setFocus();
}

QString ScenarioManagerDialog::selectedName() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? current.data(ScenarioTableModel::NameRole).toString() : QString();
}

void ScenarioManagerDialog::selectScenario(const QString &name)
{
    const int row = m_model->rowOf(name);
    if (row >= 0)
        m_table->setCurrentIndex(m_model->index(row, 0));
    else if (m_model->rowCount() > 0)
        m_table->setCurrentIndex(m_model->index(0, 0));
    showDetails();
    updateButtons();
}

void ScenarioManagerDialog::updateButtons()
{
    const int row = m_table->currentIndex().row();
    const bool selected = row >= 0;
    const bool writable = !m_model->isReadOnly();
    m_newButton->setEnabled(writable);
    m_forkButton->setEnabled(writable && selected);
    // A shipped template can be forked and opened, nothing else.
    const bool editable = writable && selected && !m_model->scenario(row).isTemplate();
    m_renameButton->setEnabled(editable);
    m_deleteButton->setEnabled(editable);
    m_openButton->setEnabled(selected && selectedName() != m_current);
    m_author->setReadOnly(!editable);
    m_notes->setReadOnly(!editable);
    const bool edited = selected
                        && (m_author->text() != m_model->scenario(row).author
                            || m_notes->toPlainText() != m_model->scenario(row).notes);
    m_saveButton->setEnabled(editable && edited);
}

void ScenarioManagerDialog::showDetails()
{
    const int row = m_table->currentIndex().row();
    const QSignalBlocker block(m_notes);
    if (row < 0) {
        m_detailsTitle->setText(tr("No scenario selected"));
        m_author->clear();
        m_notes->clear();
        return;
    }
    const Storage::Scenario &s = m_model->scenario(row);
    const QString shown = Analysis::Wording::scenarioName(s);
    m_detailsTitle->setText(s.name == m_current ? tr("Scenario \"%1\" (open in the window)").arg(shown)
                                                : tr("Scenario \"%1\"").arg(shown));
    // A template shows what it is (its description), read-only.
    m_author->setText(s.isTemplate() ? Analysis::Wording::author(s.author) : s.author);
    m_notes->setPlainText(s.isTemplate() ? Analysis::Wording::scenarioDescription(s) : s.notes);
}

bool ScenarioManagerDialog::refused(const QString &title, const Storage::StoreError &error)
{
    if (!error.isError())
        return false;
    QMessageBox::warning(this, title, error.message);
    return true;
}

void ScenarioManagerDialog::afterChange(const QString &selectName, bool listChanged, bool touchedCurrent)
{
    selectScenario(selectName);
    if (listChanged)
        Q_EMIT scenariosChanged();
    if (touchedCurrent)
        Q_EMIT currentScenarioEdited(m_current);
}

void ScenarioManagerDialog::newScenario(bool fork)
{
    const int sourceRow = m_table->currentIndex().row();
    const QString source = sourceRow >= 0 ? m_model->scenario(sourceRow).name : QString();
    if (fork && source.isEmpty())
        return;

    QDialog dialog(this);
    dialog.setWindowTitle(tr("New scenario"));
    auto *name = new QLineEdit(&dialog);
    name->setAccessibleName(tr("Name of the new scenario"));
    name->setMaxLength(100);
    auto *author = new QLineEdit(rememberedAuthor(m_store), &dialog);
    author->setAccessibleName(tr("Author"));
    auto *notes = new QPlainTextEdit(&dialog);
    notes->setAccessibleName(tr("Notes"));
    notes->setTabChangesFocus(true);
    notes->setMinimumHeight(notes->fontMetrics().height() * 4);
    auto *fromDefaults = new QRadioButton(tr("Start from the &defaults (every lever at its default, no overrides)"),
                                          &dialog);
    auto *fromSource = new QRadioButton(&dialog);
    fromSource->setText(tr("&Copy \"%1\" with all its settings").arg(source));
    fromSource->setEnabled(!source.isEmpty());
    (fork ? fromSource : fromDefaults)->setChecked(true);
    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), name);
    form->addRow(tr("&Author:"), author);
    form->addRow(tr("N&otes:"), notes);
    auto *box = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    box->button(QDialogButtonBox::Ok)->setText(tr("C&reate"));
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(fromDefaults);
    layout->addWidget(fromSource);
    layout->addLayout(form);
    layout->addWidget(box);
    notes->setToolTip(tr("A copy starts without notes: write what this scenario is for"));
    name->setText(fork ? tr("%1 (copy)").arg(source) : QString());
    name->selectAll();
    dialog.resize(dialog.sizeHint().expandedTo(QSize(name->fontMetrics().horizontalAdvance(QLatin1Char('M')) * 40, 0)));

    // The store decides; a refusal keeps the dialog open with what was typed.
    connect(box, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    connect(box, &QDialogButtonBox::accepted, &dialog, [&] {
        const QString newName = name->text();
        Storage::StoreError error;
        if (fromSource->isChecked()) {
            error = m_model->fork(m_model->rowOf(source), newName, author->text());
            if (!error && !notes->toPlainText().isEmpty())
                error = m_model->setNotes(m_model->rowOf(newName), notes->toPlainText());
        } else {
            error = m_model->create(newName, author->text(), notes->toPlainText());
        }
        if (refused(tr("Scenario not created"), error)) {
            selectScenario(source);
            if (m_model->rowOf(newName) < 0)
                return;
        }
        QSettings().setValue(kAuthorKey, author->text());
        dialog.accept();
    });
    if (dialog.exec() == QDialog::Accepted)
        afterChange(name->text(), true, false);
}

void ScenarioManagerDialog::renameScenario()
{
    const int row = m_table->currentIndex().row();
    if (row < 0)
        return;
    const QString old = m_model->scenario(row).name;
    bool ok = false;
    const QString newName = QInputDialog::getText(this, tr("Rename scenario"), tr("New name of \"%1\":").arg(old),
                                                  QLineEdit::Normal, old, &ok);
    if (!ok || newName == old)
        return;
    if (refused(tr("Scenario not renamed"), m_model->rename(row, newName))) {
        selectScenario(old);
        return;
    }
    const bool current = old == m_current;
    if (current)
        m_current = newName;
    afterChange(newName, true, current);
}

void ScenarioManagerDialog::deleteScenario()
{
    const int row = m_table->currentIndex().row();
    if (row < 0)
        return;
    const QString name = m_model->scenario(row).name;
    if (name == m_current) {
        QMessageBox::information(this, tr("Scenario not deleted"),
                                 tr("\"%1\" is open in the window. Open another scenario first, then delete this "
                                    "one.").arg(name));
        return;
    }
    const auto answer = QMessageBox::question(
        this, tr("Delete scenario"),
        tr("Delete scenario \"%1\" with all its lever settings, overrides, data and notes? This cannot be undone.")
            .arg(name),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    if (answer != QMessageBox::Yes)
        return;
    if (refused(tr("Scenario not deleted"), m_model->remove(row))) {
        selectScenario(name);
        return;
    }
    afterChange(m_current, true, false);
}

void ScenarioManagerDialog::saveDetails()
{
    const int row = m_table->currentIndex().row();
    if (row < 0)
        return;
    const QString name = m_model->scenario(row).name;
    const QString author = m_author->text();
    const QString notes = m_notes->toPlainText();
    // Two writes, each checked against the revision just read: the second
    // sees the first's revision because the model reads the rows again.
    Storage::StoreError error = m_model->setAuthor(row, author);
    if (!error)
        error = m_model->setNotes(m_model->rowOf(name), notes);
    if (refused(tr("Details not saved"), error)) {
        selectScenario(name);
        return;
    }
    afterChange(name, true, name == m_current);
}

void ScenarioManagerDialog::openSelected()
{
    const QString name = selectedName();
    if (!name.isEmpty() && name != m_current)
        Q_EMIT openRequested(name);
}

void ScenarioManagerDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void ScenarioManagerDialog::retranslate()
{
    setWindowTitle(tr("Scenarios"));
    m_table->setAccessibleName(tr("Scenarios in this database"));
    m_newButton->setText(tr("&New…"));
    m_newButton->setToolTip(tr("A new scenario at the defaults or as a copy (Ctrl+N)"));
    m_forkButton->setText(tr("&Fork…"));
    m_forkButton->setToolTip(tr("A copy of the selected scenario with all its settings, remembering where it came from"));
    m_renameButton->setText(tr("&Rename…"));
    m_renameButton->setToolTip(tr("Rename the selected scenario (F2)"));
    m_deleteButton->setText(tr("&Delete…"));
    m_deleteButton->setToolTip(tr("Delete the selected scenario after asking (Del)"));
    m_openButton->setText(tr("&Open"));
    m_openButton->setToolTip(tr("Show the selected scenario in the window (Enter)"));
    m_closeButton->setText(tr("Close"));
    m_authorLabel->setText(tr("&Author:"));
    m_author->setAccessibleName(tr("Author"));
    m_author->setToolTip(tr("Who is responsible for this scenario"));
    m_notesLabel->setText(tr("N&otes:"));
    m_notes->setAccessibleName(tr("Notes"));
    m_notes->setToolTip(tr("What the scenario assumes and why"));
    m_saveButton->setText(tr("&Save details"));
    m_saveButton->setToolTip(tr("Write author and notes to the database now (Ctrl+S)"));
    m_readOnly->setText(m_model->isReadOnly() ? tr("The database is open read-only: scenarios can be viewed and "
                                                   "opened, not changed.")
                                              : QString());
    showDetails();
}

void ScenarioManagerDialog::done(int result)
{
    QSettings settings;
    settings.setValue(kGeometryKey, saveGeometry());
    settings.setValue(kHeaderKey, m_table->horizontalHeader()->saveState());
    QDialog::done(result);
}

ScenarioMenu::ScenarioMenu(QWidget *parent)
    : QMenu(parent), m_manage(addAction(QString())), m_compare(addAction(QString())), m_history(addAction(QString()))
{
    m_history->setObjectName(QStringLiteral("scenarioHistoryAction"));
    connect(m_history, &QAction::triggered, this, &ScenarioMenu::historyRequested);
    setObjectName(QStringLiteral("scenarioMenu"));
    m_manage->setObjectName(QStringLiteral("manageScenariosAction"));
    m_compare->setObjectName(QStringLiteral("compareScenariosAction"));
    m_manage->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M));
    m_compare->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    connect(m_manage, &QAction::triggered, this, &ScenarioMenu::manageRequested);
    connect(m_compare, &QAction::triggered, this, &ScenarioMenu::compareRequested);
    retranslate();
}

void ScenarioMenu::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMenu::changeEvent(event);
}

void ScenarioMenu::retranslate()
{
    setTitle(tr("S&cenario"));
    m_manage->setText(tr("&Manage scenarios…"));
    m_manage->setToolTip(tr("Create, copy, rename and delete scenarios; edit their author and notes"));
    m_compare->setText(tr("&Compare scenarios…"));
    m_compare->setToolTip(tr("Two or more scenarios side by side: charts and differences"));
    m_history->setText(tr("&History…"));
    m_history->setToolTip(tr("Who changed what in this scenario, and when; restore an earlier revision as a new "
                             "scenario (kept by a team server only)"));
}

} // namespace Planner::Workbench
