// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "workbench/historydialog.h"

#include "storage/scenario.h"
#include "storage/store.h"
#include "workbench/language.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace Planner::Workbench {

namespace {

// Task ids name their chapter by its number: T-02-… is chapter 二, the
// catalog's first (order 1).
QString taskChapter(const Engine::Catalog &catalog, const QString &taskId)
{
    bool ok = false;
    const int number = taskId.section(u'-', 1, 1).toInt(&ok);
    if (!ok)
        return {};
    for (const Engine::Chapter &c : catalog.chapters()) {
        if (c.order == number - 1)
            return c.id;
    }
    return {};
}

} // namespace

QString auditChapter(const Engine::Catalog &catalog, const Storage::TeamServer::AuditEntry &entry)
{
    const auto key = [&](const char *name) { return entry.key.value(QLatin1StringView(name)).toString(); };
    if (const Engine::Indicator *ind = catalog.indicator(key("indicator_id")))
        return ind->chapterId;
    if (const Engine::Target *target = catalog.target(key("target_id"))) {
        if (const Engine::Indicator *ind = catalog.indicator(target->indicatorId))
            return ind->chapterId;
    }
    if (const Engine::Lever *lever = catalog.lever(key("lever_id"))) {
        for (const QString &moved : lever->moves) {
            if (const Engine::Indicator *ind = catalog.indicator(moved))
                return ind->chapterId;
        }
    }
    if (!key("task_id").isEmpty())
        return taskChapter(catalog, key("task_id"));
    return {};
}

HistoryDialog::HistoryDialog(Storage::Store &store, const Engine::Catalog &catalog, const QString &scenario,
                             Analysis::Wording::AuditNames names, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_catalog(catalog)
    , m_names(std::move(names))
    , m_scenario(scenario)
    , m_person(new QComboBox(this))
    , m_chapter(new QComboBox(this))
    , m_from(new QDateEdit(this))
    , m_to(new QDateEdit(this))
    , m_table(new QTableWidget(this))
    , m_summary(new QLabel(this))
    , m_restore(new QPushButton(tr("&Restore this revision as a new scenario…"), this))
{
    setObjectName(QStringLiteral("historyDialog"));
    setWindowTitle(tr("History of %1").arg(scenario));
    m_person->setObjectName(QStringLiteral("historyPerson"));
    m_chapter->setObjectName(QStringLiteral("historyChapter"));
    m_from->setObjectName(QStringLiteral("historyFrom"));
    m_to->setObjectName(QStringLiteral("historyTo"));
    m_table->setObjectName(QStringLiteral("historyTable"));
    m_restore->setObjectName(QStringLiteral("historyRestore"));
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    }

    auto *filters = new QHBoxLayout;
    const auto addFilter = [&](const QString &label, QWidget *widget) {
        auto *l = new QLabel(label, this);
        l->setBuddy(widget);
        filters->addWidget(l);
        filters->addWidget(widget);
    };
    addFilter(tr("&Person:"), m_person);
    addFilter(tr("&Chapter:"), m_chapter);
    addFilter(tr("&From:"), m_from);
    addFilter(tr("&To:"), m_to);
    filters->addStretch();

    m_table->setColumnCount(7);
    m_table->setHorizontalHeaderLabels({tr("When"), tr("Revision"), tr("Who"), tr("What"), tr("Which"),
                                        tr("Before"), tr("After")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_restore, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_restore, &QPushButton::clicked, this, &HistoryDialog::restoreSelected);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_summary);
    layout->addWidget(buttons);
    resize(900, 500);

    load();
    connect(m_person, &QComboBox::currentIndexChanged, this, &HistoryDialog::refill);
    connect(m_chapter, &QComboBox::currentIndexChanged, this, &HistoryDialog::refill);
    connect(m_from, &QDateEdit::dateChanged, this, &HistoryDialog::refill);
    connect(m_to, &QDateEdit::dateChanged, this, &HistoryDialog::refill);
    connect(m_table, &QTableWidget::itemSelectionChanged, this,
            [this] { m_restore->setEnabled(!m_table->selectedItems().isEmpty()); });
    refill();
}

void HistoryDialog::load()
{
    const auto entries = Storage::TeamServer::audit(m_store, m_scenario);
    if (!entries.ok()) {
        m_summary->setText(entries.error().message);
        return;
    }
    m_entries = entries.value();
    std::reverse(m_entries.begin(), m_entries.end());  // newest first
    QStringList people;
    QDate first = QDate::currentDate();
    QDate last = first;
    for (const auto &e : m_entries) {
        if (!people.contains(e.who))
            people.append(e.who);
        first = std::min(first, e.at.toLocalTime().date());
        last = std::max(last, e.at.toLocalTime().date());
    }
    people.sort();
    m_person->addItem(tr("Everybody"), QString());
    for (const QString &p : people)
        m_person->addItem(p, p);
    m_chapter->addItem(tr("All chapters"), QString());
    for (const Engine::Chapter &c : m_catalog.chapters())
        m_chapter->addItem(pick(c.numeral + QStringLiteral("、") + c.nameZh, c.nameEn), c.id);
    m_from->setDate(first);
    m_to->setDate(last);
}

int HistoryDialog::shownRows() const
{
    return m_table->rowCount();
}

void HistoryDialog::refill()
{
    const QString person = m_person->currentData().toString();
    const QString chapter = m_chapter->currentData().toString();
    m_table->setRowCount(0);
    for (const auto &e : m_entries) {
        const QDate day = e.at.toLocalTime().date();
        if ((!person.isEmpty() && e.who != person) || day < m_from->date() || day > m_to->date())
            continue;
        if (!chapter.isEmpty() && auditChapter(m_catalog, e) != chapter)
            continue;
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        const auto change = Analysis::Wording::auditChange(m_catalog, e.table, e.key, e.oldValue, e.newValue, m_names);
        const QStringList cells{e.at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")),
                                QString::number(e.revision), e.who, Analysis::Wording::auditTableLabel(e.table),
                                change.which, change.before, change.after};
        for (int column = 0; column < cells.size(); ++column) {
            auto *item = new QTableWidgetItem(cells.at(column));
            item->setData(Qt::UserRole, e.revision);
            m_table->setItem(row, column, item);
        }
    }
    m_table->resizeColumnsToContents();
    m_summary->setText(tr("%1 of %2 changes shown.").arg(m_table->rowCount()).arg(m_entries.size()));
    m_restore->setEnabled(!m_table->selectedItems().isEmpty());
}

void HistoryDialog::restoreSelected()
{
    const QList<QTableWidgetItem *> selected = m_table->selectedItems();
    if (selected.isEmpty())
        return;
    const qint64 revision = selected.first()->data(Qt::UserRole).toLongLong();
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Restore revision %1").arg(revision),
                                               tr("Name of the new scenario with the values of revision %1:").arg(revision),
                                               QLineEdit::Normal,
                                               tr("%1 (revision %2)").arg(m_scenario).arg(revision), &ok);
    if (!ok || name.trimmed().isEmpty())
        return;
    const auto fork = Storage::TeamServer::restoreAsFork(m_store, m_scenario, revision, name,
                                                         m_store.author());
    if (!fork.ok()) {
        QMessageBox::warning(this, tr("Not restored"), fork.error().message);
        return;
    }
    Q_EMIT restored(fork.value().name);
    accept();
}

} // namespace Planner::Workbench
