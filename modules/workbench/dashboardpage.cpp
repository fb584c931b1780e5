// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "workbench/dashboardpage.h"

#include "analysis/wording.h"
#include "engine/stages.h"
#include "workbench/dashboardfilter.h"
#include "workbench/dashboardmodel.h"
#include "workbench/language.h"
#include "workbench/scenariodocument.h"
#include "workbench/sparklinedelegate.h"

#include <QAction>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QHideEvent>
#include <QSettings>
#include <QShowEvent>
#include <QTreeView>
#include <QVBoxLayout>

namespace Planner::Workbench {

namespace {
// Column widths depend on the language's words: one saved layout per language.
QString headerKey(Language language)
{
    return language == Language::Chinese ? QStringLiteral("dashboard/header-zh") : QStringLiteral("dashboard/header-en");
}
} // namespace

DashboardPage::DashboardPage(ScenarioDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_model(new DashboardModel(document, this))
    , m_filter(new DashboardFilter(this))
    , m_title(new QLabel(this))
    , m_summary(new QLabel(this))
    , m_searchLabel(new QLabel(this))
    , m_search(new QLineEdit(this))
    , m_chapterLabel(new QLabel(this))
    , m_chapterBox(new QComboBox(this))
    , m_stageLabel(new QLabel(this))
    , m_stageBox(new QComboBox(this))
    , m_statusLabel(new QLabel(this))
    , m_statusBox(new QComboBox(this))
    , m_clearButton(new QPushButton(this))
    , m_shown(new QLabel(this))
    , m_view(new QTreeView(this))
    , m_finding(new QLabel(this))
{
    setObjectName(QStringLiteral("dashboardPage"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setWordWrap(true);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_search->setObjectName(QStringLiteral("dashboardSearch"));
    m_search->setClearButtonEnabled(true);
    m_searchLabel->setBuddy(m_search);
    m_chapterBox->setObjectName(QStringLiteral("dashboardChapterFilter"));
    m_chapterLabel->setBuddy(m_chapterBox);
    m_stageBox->setObjectName(QStringLiteral("dashboardStageFilter"));
    m_stageLabel->setBuddy(m_stageBox);
    m_statusBox->setObjectName(QStringLiteral("dashboardStatusFilter"));
    m_statusLabel->setBuddy(m_statusBox);
    // As wide as their items where there is room, at least 12 characters
    // where there is not (a projector's 1024 pixels in English): the open
    // list always shows every item whole.
    for (QComboBox *box : {m_chapterBox, m_stageBox, m_statusBox}) {
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        box->setMinimumContentsLength(12);
        box->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    }
    m_clearButton->setObjectName(QStringLiteral("dashboardClearFilters"));
    m_search->setMinimumWidth(m_search->fontMetrics().horizontalAdvance(QLatin1Char('M')) * 10);

    auto *findAction = new QAction(this);
    findAction->setShortcut(QKeySequence::Find);
    findAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(findAction, &QAction::triggered, this, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
    addAction(findAction);

    m_filter->setSourceModel(m_model);
    m_view->setObjectName(QStringLiteral("dashboardView"));
    m_view->setModel(m_filter);
    m_view->setItemDelegateForColumn(DashboardModel::TrendColumn,
                                     new SparklineDelegate(DashboardModel::SparklineRole, m_view));
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setAllColumnsShowFocus(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setExpandsOnDoubleClick(true);
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionsMovable(true);
    m_view->header()->setSortIndicator(-1, Qt::AscendingOrder);
    m_view->setSortingEnabled(true);

    m_finding->setWordWrap(true);
    m_finding->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_finding->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_finding->setMinimumHeight(m_finding->fontMetrics().height() * 2 + 4);
    m_finding->setObjectName(QStringLiteral("dashboardFinding"));

    // Search on one line, the three filters on the next: together on one
    // line they would not fit a projector's 1024 pixels beside the
    // navigation in English.
    auto *search = new QHBoxLayout;
    search->addWidget(m_searchLabel);
    search->addWidget(m_search, 2);
    search->addSpacing(8);
    search->addWidget(m_clearButton);
    search->addStretch(1);
    auto *filters = new QHBoxLayout;
    filters->addWidget(m_chapterLabel);
    filters->addWidget(m_chapterBox);
    filters->addSpacing(8);
    filters->addWidget(m_stageLabel);
    filters->addWidget(m_stageBox);
    filters->addSpacing(8);
    filters->addWidget(m_statusLabel);
    filters->addWidget(m_statusBox);
    filters->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    auto *summaryRow = new QHBoxLayout;
    summaryRow->addWidget(m_summary, 1);
    summaryRow->addWidget(m_shown, 0, Qt::AlignRight | Qt::AlignBottom);
    layout->addLayout(summaryRow);
    layout->addLayout(search);
    layout->addLayout(filters);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_finding);

    fillFilterBoxes();
    connect(m_search, &QLineEdit::textChanged, this, &DashboardPage::applyFilters);
    for (QComboBox *box : {m_chapterBox, m_stageBox, m_statusBox})
        connect(box, &QComboBox::currentIndexChanged, this, &DashboardPage::applyFilters);
    connect(m_clearButton, &QPushButton::clicked, this, [this] {
        const QSignalBlocker a(m_search), b(m_chapterBox), c(m_stageBox), d(m_statusBox);
        m_search->clear();
        m_chapterBox->setCurrentIndex(0);
        m_stageBox->setCurrentIndex(0);
        m_statusBox->setCurrentIndex(0);
        applyFilters();
    });

    // New rows (a reset, or targets coming back through a filter) are
    // expanded and their chapter rows spanned; value updates leave both alone.
    connect(m_filter, &QAbstractItemModel::modelReset, this, &DashboardPage::spanChapterRows);
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, &DashboardPage::spanChapterRows);
    connect(m_filter, &QAbstractItemModel::layoutChanged, this, &DashboardPage::spanChapterRows);
    connect(m_model, &QAbstractItemModel::modelReset, this, &DashboardPage::updateSummary);
    connect(m_model, &QAbstractItemModel::dataChanged, this, [this](const QModelIndex &topLeft) {
        if (!topLeft.parent().isValid())
            updateSummary();
        showFinding();
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &DashboardPage::showFinding);
    connect(m_view, &QTreeView::activated, this, &DashboardPage::activate);

    spanChapterRows();
    restoreColumns();
    retranslate();
}

DashboardPage::~DashboardPage()
{
    QSettings().setValue(headerKey(m_columnsLanguage), m_view->header()->saveState());
}

void DashboardPage::restoreColumns()
{
    m_columnsLanguage = currentLanguage();
    if (!m_view->header()->restoreState(QSettings().value(headerKey(m_columnsLanguage)).toByteArray()))
        fitColumns();
    // The names keep their width (a narrow window scrolls sideways rather
    // than cut them to a character); the sparklines take what is left.
    m_view->header()->setSectionResizeMode(QHeaderView::Interactive);
    m_view->header()->setStretchLastSection(true);
    const int em = m_view->fontMetrics().horizontalAdvance(QLatin1Char('M'));
    if (m_view->columnWidth(DashboardModel::NameColumn) < em * 12)
        fitColumns();
}

void DashboardPage::fillFilterBoxes()
{
    const QString chapter = m_chapterBox->currentData().toString();
    const int stage = m_stageBox->currentData().toInt();
    const QString status = m_statusBox->currentData().toString();
    const QSignalBlocker a(m_chapterBox), b(m_stageBox), c(m_statusBox);

    m_chapterBox->clear();
    m_chapterBox->addItem(tr("All chapters"), QString());
    for (const Engine::Chapter &ch : m_document->catalog().chapters())
        m_chapterBox->addItem(Analysis::Wording::chapterTitle(ch), ch.id);
    m_chapterBox->setCurrentIndex(std::max(0, m_chapterBox->findData(chapter)));

    m_stageBox->clear();
    m_stageBox->addItem(tr("All stages"), 0);
    for (const Engine::Stage &s : Engine::planStages())
        m_stageBox->addItem(QStringLiteral("%1 %2–%3").arg(pick(s.ordinalZh, s.ordinalEn)).arg(s.first).arg(s.last),
                            s.number);
    m_stageBox->setCurrentIndex(std::max(0, m_stageBox->findData(stage)));

    m_statusBox->clear();
    m_statusBox->addItem(tr("All statuses"), QString());
    for (const QString &s : DashboardModel::statuses())
        m_statusBox->addItem(DashboardModel::statusIcon(s), Analysis::Wording::statusLabel(s), s);
    m_statusBox->setCurrentIndex(std::max(0, m_statusBox->findData(status)));
}

void DashboardPage::applyFilters()
{
    m_filter->setSearchText(m_search->text());
    m_filter->setChapter(m_chapterBox->currentData().toString());
    m_filter->setStage(m_stageBox->currentData().toInt());
    m_filter->setStatus(m_statusBox->currentData().toString());
    m_clearButton->setEnabled(m_filter->isFiltering());
    spanChapterRows();
    updateSummary();
}

void DashboardPage::spanChapterRows()
{
    for (int row = 0; row < m_filter->rowCount(); ++row)
        m_view->setFirstColumnSpanned(row, QModelIndex(), true);
    m_view->expandAll();
}

void DashboardPage::fitColumns()
{
    // Every column but the names as wide as its contents (capped), the
    // sparkline wide enough to read its course.
    const QFontMetrics fm = m_view->fontMetrics();
    const int em = fm.horizontalAdvance(QLatin1Char('M'));
    int nameWidth = em * 10;
    for (int c = 0; c < m_model->rowCount(); ++c) {
        const QModelIndex chapter = m_model->index(c, 0);
        for (int t = 0; t < m_model->rowCount(chapter); ++t)
            nameWidth = std::max(nameWidth, fm.horizontalAdvance(m_model->index(t, 0, chapter).data().toString()));
    }
    m_view->setColumnWidth(DashboardModel::NameColumn, std::min(nameWidth + m_view->indentation() + em, em * 28));
    m_view->setColumnWidth(DashboardModel::TrendColumn, em * 10);
    for (int column = DashboardModel::TargetIdColumn; column < DashboardModel::TrendColumn; ++column) {
        m_view->resizeColumnToContents(column);
        m_view->setColumnWidth(column, std::min(m_view->columnWidth(column) + em / 2, em * 16));
    }
}

void DashboardPage::activate(const QModelIndex &index)
{
    if (!index.isValid() || index.data(DashboardModel::IsChapterRole).toBool())
        return;
    Q_EMIT indicatorActivated(index.data(DashboardModel::ChapterIdRole).toString(),
                              index.data(DashboardModel::IndicatorIdRole).toString());
}

void DashboardPage::updateSummary()
{
    // The plan's own targets and the planner's working targets counted apart.
    const auto counts = [this](bool planner) {
        QStringList parts;
        for (const QString &status : DashboardModel::statuses()) {
            const int n = m_model->countWithStatus(status, planner);
            if (n > 0)
                parts.append(QStringLiteral("%1 %2").arg(n).arg(Analysis::Wording::statusLabel(status)));
        }
        return parts.join(QStringLiteral(" · "));
    };
    QString text = tr("Scenario %1 · %2 targets").arg(Analysis::Wording::scenarioName(m_document->scenario())).arg(m_model->targetCount());
    text += u'\n' + tr("%1: %2").arg(Analysis::Wording::originLabel(QStringLiteral("plan")), counts(false));
    const QString planner = counts(true);
    if (!planner.isEmpty())
        text += u'\n' + tr("%1: %2").arg(Analysis::Wording::originLabel(QStringLiteral("planner")), planner);
    if (!m_document->projectionError().isEmpty())
        text += u'\n' + tr("The projection could not run: %1").arg(m_document->projectionError());
    m_summary->setText(text);
    m_shown->setText(tr("Showing %1 of %2 targets").arg(m_filter->acceptedTargetCount()).arg(m_model->targetCount()));
}

void DashboardPage::showFinding()
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid()) {
        m_finding->setText(tr("Select a target to read its finding. Double-click it or press Enter to open its "
                              "chapter and chart."));
        return;
    }
    if (current.data(DashboardModel::IsChapterRole).toBool()) {
        m_finding->setText(current.siblingAtColumn(0).data(Qt::ToolTipRole).toString());
        return;
    }
    const QString finding = current.data(DashboardModel::FindingRole).toString();
    m_finding->setText(finding.isEmpty() ? tr("No projection for this target.") : finding);
}

void DashboardPage::showEvent(QShowEvent *event)
{
    m_model->setWatched(true);  // up to date before it is painted
    QWidget::showEvent(event);
}

void DashboardPage::hideEvent(QHideEvent *event)
{
    // Hidden among the window's pages (not merely minimised with the window).
    if (!event->spontaneous())
        m_model->setWatched(false);
    QWidget::hideEvent(event);
}

void DashboardPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_model->refresh();
        if (currentLanguage() != m_columnsLanguage) {
            QSettings().setValue(headerKey(m_columnsLanguage), m_view->header()->saveState());
            restoreColumns();
        }
        fillFilterBoxes();
        retranslate();
    }
    QWidget::changeEvent(event);
}

void DashboardPage::retranslate()
{
    m_title->setText(tr("Overview: every target of the plan"));
    m_searchLabel->setText(tr("S&earch:"));
    m_search->setPlaceholderText(tr("Indicator, target id or the plan's words"));
    m_search->setAccessibleName(tr("Search targets"));
    m_search->setToolTip(tr("Shows the targets whose indicator, id or text contains this (Ctrl+F)"));
    m_chapterLabel->setText(tr("C&hapter:"));
    m_chapterBox->setAccessibleName(tr("Chapter filter"));
    m_chapterBox->setToolTip(tr("Only the targets of one chapter"));
    m_stageLabel->setText(tr("S&tage:"));
    m_stageBox->setAccessibleName(tr("Plan stage filter"));
    m_stageBox->setToolTip(tr("Only the targets whose year falls in this stage of the plan"));
    m_statusLabel->setText(tr("Stat&us:"));
    m_statusBox->setAccessibleName(tr("Status filter"));
    m_statusBox->setToolTip(tr("Only the targets with this status"));
    m_clearButton->setText(tr("Show &all"));
    m_clearButton->setToolTip(tr("Clears the search and every filter"));
    m_clearButton->setEnabled(m_filter->isFiltering());
    m_view->setAccessibleName(tr("Targets by chapter"));
    m_view->setToolTip(QString());
    updateSummary();
    showFinding();
}

} // namespace Planner::Workbench
