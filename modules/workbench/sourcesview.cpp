// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "workbench/sourcesview.h"

#include "analysis/provenance.h"
#include "analysis/wording.h"
#include "workbench/scenariodocument.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Planner::Workbench {

using Analysis::Wording;

SourcesView::SourcesView(ScenarioDocument *document, QWidget *parent)
    : QDialog(parent)
    , m_document(document)
    , m_chapter(new QComboBox(this))
    , m_assumptionsOnly(new QCheckBox(this))
    , m_summary(new QLabel(this))
    , m_table(new QTableWidget(this))
{
    setObjectName(QStringLiteral("sourcesView"));
    m_chapter->setObjectName(QStringLiteral("sourcesChapter"));
    m_table->setObjectName(QStringLiteral("sourcesTable"));
    m_table->setColumnCount(ColumnCount);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setWordWrap(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_summary->setWordWrap(true);

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_chapter, 1);
    filters->addWidget(m_assumptionsOnly);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    resize(1100, 700);

    connect(m_chapter, &QComboBox::currentIndexChanged, this, &SourcesView::refresh);
    connect(m_assumptionsOnly, &QCheckBox::toggled, this, &SourcesView::refresh);
    connect(m_document, &ScenarioDocument::projectionChanged, this, &SourcesView::refresh);
    connect(m_document, &ScenarioDocument::scenarioChanged, this, &SourcesView::retranslate);
    retranslate();
}

void SourcesView::setChapter(const QString &chapterId)
{
    const int i = m_chapter->findData(chapterId);
    m_chapter->setCurrentIndex(i < 0 ? 0 : i);
}

void SourcesView::setAssumptionsOnly(bool only)
{
    m_assumptionsOnly->setChecked(only);
}

void SourcesView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void SourcesView::retranslate()
{
    setWindowTitle(tr("Sources and assumptions — %1").arg(m_document->scenario().name));
    const QString chosen = m_chapter->currentData().toString();
    {
        const QSignalBlocker block(m_chapter);
        m_chapter->clear();
        m_chapter->addItem(tr("Every chapter"), QString());
        for (const Engine::Chapter &c : m_document->catalog().chapters())
            m_chapter->addItem(Wording::chapterTitle(c), c.id);
        const int i = m_chapter->findData(chosen);
        m_chapter->setCurrentIndex(i < 0 ? 0 : i);
    }
    m_chapter->setAccessibleName(tr("Chapter"));
    m_assumptionsOnly->setText(tr("Assumptions only"));
    m_table->setHorizontalHeaderLabels({tr("Chapter"), tr("Number"), tr("Standing"),
                                        tr("Reason or publication"), tr("Targets it affects")});
    refresh();
}

void SourcesView::refresh()
{
    const Engine::Catalog &catalog = m_document->catalog();
    const QString chapterId = m_chapter->currentData().toString();
    const bool assumptionsOnly = m_assumptionsOnly->isChecked();
    const QList<Analysis::SourcedNumber> numbers = Analysis::sourcedNumbers(m_document->provenance(), catalog);
    m_table->setRowCount(0);
    int assumed = 0;
    int shown = 0;
    for (const Analysis::SourcedNumber &n : numbers) {
        // A chapter's numbers are its own and those that feed its targets.
        bool inChapter = chapterId.isEmpty() || n.input.chapterId == chapterId;
        for (const QString &t : n.targets) {
            const Engine::Target *target = catalog.target(t);
            const Engine::Indicator *ind = target ? catalog.indicator(target->indicatorId) : nullptr;
            if (ind && ind->chapterId == chapterId)
                inChapter = true;
        }
        if (!inChapter || (assumptionsOnly && !n.input.assumed()))
            continue;
        ++shown;
        if (n.input.assumed())
            ++assumed;
        QStringList targets;
        for (const QString &t : n.targets) {
            const Engine::Target *target = catalog.target(t);
            if (!target)
                continue;
            const QString label = Wording::targetLabel(*target);
            targets.append(n.restingOn.contains(t) ? tr("%1 *", "a target whose status rests on this assumption").arg(label)
                                                   : label);
        }
        const Engine::Chapter *chapter = catalog.chapter(n.input.chapterId);
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        const auto cell = [&](int column, const QString &text) {
            auto *item = new QTableWidgetItem(text);
            item->setToolTip(text);
            item->setData(Qt::UserRole, n.input.key());
            m_table->setItem(row, column, item);
        };
        cell(ChapterColumn, chapter ? Wording::chapterTitle(*chapter) : QString());
        cell(NumberColumn, Wording::inputName(n.input, catalog));
        cell(StandingColumn, Wording::inputStanding(n.input));
        cell(BasisColumn, Wording::inputBasis(n.input, catalog));
        cell(TargetsColumn, targets.isEmpty() ? tr("none at present") : targets.join(QStringLiteral(", ")));
        if (n.input.assumed()) {
            QFont font = m_table->item(row, StandingColumn)->font();
            font.setBold(true);
            m_table->item(row, StandingColumn)->setFont(font);
        }
    }
    m_table->resizeColumnsToContents();
    for (int c = 0; c < ColumnCount - 1; ++c)
        m_table->setColumnWidth(c, std::min(m_table->columnWidth(c), 360));
    m_table->resizeRowsToContents();
    m_summary->setText(tr("%1 numbers, %2 of them assumptions. A target marked * has a status that rests on that "
                          "assumption; %3 of the scenario's statuses rest on one or more.")
                           .arg(shown).arg(assumed).arg(Analysis::countRestingOnAssumptions(m_document->provenance())));
}

} // namespace Planner::Workbench
