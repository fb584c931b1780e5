// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "workbench/chapterpage.h"

#include "workbench/indicatortablemodel.h"
#include "workbench/leverdelegate.h"
#include "workbench/levertablemodel.h"
#include "workbench/refusal.h"
#include "workbench/language.h"
#include "workbench/scenariodocument.h"

#include <QEvent>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMessageBox>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace Planner::Workbench {

ChapterPage::ChapterPage(const PageContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_title(new QLabel(this))
    , m_subtitle(new QLabel(this))
    , m_table(new QTableView(this))
    , m_provenance(new QLabel(this))
    , m_model(new IndicatorTableModel(context.document, context.chapterId, this))
{
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setWordWrap(true);
    m_subtitle->setWordWrap(true);
    m_provenance->setWordWrap(true);
    m_provenance->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_provenance->setMinimumHeight(m_provenance->fontMetrics().height() * 3);
    m_provenance->setAlignment(Qt::AlignTop | Qt::AlignLeft);

    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->setColumnHidden(IndicatorTableModel::ChapterColumn, !context.chapterId.isEmpty());
    m_table->setObjectName(QStringLiteral("indicatorTable"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_subtitle);
    bool hasLevers = false;
    for (const Engine::Lever &lever : context.document->catalog().levers())
        hasLevers |= !context.chapterId.isEmpty() && lever.moduleId == context.chapterId;
    if (hasLevers) {
        // Levers by stage above, the chapter's targets below, both full width.
        m_leverModel = new LeverTableModel(context.document, context.chapterId, this);
        m_leverTable = new QTableView(this);
        m_leverTable->setObjectName(QStringLiteral("leverTable"));
        m_leverTable->setModel(m_leverModel);
        m_leverTable->setItemDelegate(new LeverDelegate(&context.document->catalog(), m_leverTable));
        m_leverTable->verticalHeader()->setVisible(false);
        m_leverTable->setEditTriggers(QAbstractItemView::AllEditTriggers);
        m_leverTable->setSelectionBehavior(QAbstractItemView::SelectItems);
        m_leverTable->horizontalHeader()->setDefaultAlignment(Qt::AlignCenter);
        m_leverTitle = new QLabel(this);
        QFont bold = m_leverTitle->font();
        bold.setBold(true);
        m_leverTitle->setFont(bold);
        auto *leverPane = new QWidget(this);
        auto *leverLayout = new QVBoxLayout(leverPane);
        leverLayout->setContentsMargins(0, 0, 0, 0);
        leverLayout->addWidget(m_leverTitle);
        leverLayout->addWidget(m_leverTable);
        auto *split = new QSplitter(Qt::Vertical, this);
        split->addWidget(leverPane);
        split->addWidget(m_table);
        split->setStretchFactor(0, 2);
        split->setStretchFactor(1, 3);
        split->setChildrenCollapsible(false);
        layout->addWidget(split, 1);
        connect(m_leverModel, &LeverTableModel::editRefused, this, [this](const QString &message) {
            showRefusal(this, tr("Setting not saved"), message);
        });
        connect(m_leverModel, &QAbstractItemModel::modelReset, m_leverTable, &QTableView::resizeColumnsToContents);
        m_leverTable->resizeColumnsToContents();
    } else {
        layout->addWidget(m_table, 1);
    }
    layout->addWidget(m_provenance);

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &ChapterPage::showProvenance);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        fitColumns();
        retranslate();
    });
    fitColumns();
    retranslate();
}

void ChapterPage::fitColumns()
{
    // Columns as wide as their contents, but none so wide that the target
    // columns leave the screen; long texts are in tool tips and below the table.
    m_table->resizeColumnsToContents();
    const int maxWidth = m_table->fontMetrics().horizontalAdvance(QLatin1Char('M')) * 16;
    for (int c = 0; c < IndicatorTableModel::TargetTextColumn; ++c) {
        const int cap = c == IndicatorTableModel::IndicatorColumn ? maxWidth * 3 / 2 : maxWidth;
        m_table->setColumnWidth(c, std::min(m_table->columnWidth(c), cap));
    }
}

void ChapterPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_model->refresh();  // re-reads names, units and headers in the new language
        if (m_leverModel)
            m_leverModel->refresh();
    }
    QWidget::changeEvent(event);
}

void ChapterPage::retranslate()
{
    const Engine::Chapter *chapter = m_context.document->catalog().chapter(m_context.chapterId);
    if (chapter) {
        m_title->setText(chapter->numeral + u'、' + pick(chapter->nameZh, chapter->nameEn));
        m_subtitle->setText(pick(chapter->titleZh, chapter->titleEn));
    } else {
        m_title->setText(tr("Overview: every target of the plan"));
        m_subtitle->setText(tr("Scenario: %1").arg(m_context.document->scenario().name));
    }
    m_table->setAccessibleName(m_title->text());
    if (m_leverTitle)
        m_leverTitle->setText(tr("Levers by stage (double-click a value to change it; saved at once)"));
    if (m_context.document->projectionError().size())
        m_subtitle->setText(m_subtitle->text() + u'\n' + tr("The projection could not run: %1").arg(m_context.document->projectionError()));
    showProvenance();
}

void ChapterPage::showProvenance()
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid()) {
        m_provenance->setText(tr("Select a row to see where its baseline comes from. Values in italics are "
                                 "assumptions: no published figure was found."));
        return;
    }
    const QString indicatorId = current.data(IndicatorTableModel::IndicatorIdRole).toString();
    const Engine::Indicator *ind = m_context.document->catalog().indicator(indicatorId);
    if (!ind)
        return;
    QString text = ind->baseline.assumption
                       ? tr("%1 — baseline %2 is an assumption: %3").arg(pick(ind->nameZh, ind->nameEn))
                             .arg(ind->baseline.year).arg(ind->baseline.note)
                       : tr("%1 — baseline %2 from %3").arg(pick(ind->nameZh, ind->nameEn))
                             .arg(ind->baseline.year).arg(ind->baseline.source);
    if (!ind->baseline.assumption && !ind->baseline.note.isEmpty())
        text += QStringLiteral(" (%1)").arg(ind->baseline.note);
    const QString targetId = current.data(IndicatorTableModel::TargetIdRole).toString();
    if (const Engine::Target *target = m_context.document->catalog().target(targetId)) {
        text += u'\n' + target->id + QStringLiteral(": ") + target->textZh;
        if (!target->note.isEmpty())
            text += QStringLiteral(" — ") + target->note;
    }
    m_provenance->setText(text);
}

} // namespace Planner::Workbench
