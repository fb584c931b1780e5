// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "workbench/chapterpage.h"

#include "analysis/wording.h"

#include "charts/chartview.h"
#include "workbench/chartdialog.h"
#include "workbench/indicatortablemodel.h"
#include "workbench/language.h"
#include "workbench/leverpanel.h"
#include "workbench/scenariodocument.h"

#include <QEvent>
#include <QResizeEvent>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMenu>
#include <QGridLayout>
#include <QScrollArea>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace Planner::Workbench {

namespace {

// The chapter's charts in as many columns as fit at a readable width
// (ChapterPage::minimumChartWidth), at most two: one column below twice
// that width, where two would each be too narrow to read. Laid out again
// whenever its width changes.
class ChartGrid final : public QWidget
{
public:
    explicit ChartGrid(QWidget *parent) : QWidget(parent), m_layout(new QGridLayout(this))
    {
        setObjectName(QStringLiteral("chartGrid"));
        m_layout->setContentsMargins(0, 0, 0, 0);
        m_layout->setSpacing(kSpacing);
    }

    void addCell(QWidget *cell)
    {
        m_cells.append(cell);
        place(columnsFor(width()));
    }

protected:
    void resizeEvent(QResizeEvent *event) override
    {
        QWidget::resizeEvent(event);
        const int columns = columnsFor(width());
        if (columns != m_columns)
            place(columns);
    }

private:
    static constexpr int kSpacing = 4;

    static int columnsFor(int width)
    {
        const int fit = (width + kSpacing) / (ChapterPage::minimumChartWidth() + kSpacing);
        return std::clamp(fit, 1, 2);
    }

    void place(int columns)
    {
        m_columns = columns;
        for (QWidget *cell : std::as_const(m_cells))
            m_layout->removeWidget(cell);
        for (int c = 0; c < 2; ++c)
            m_layout->setColumnStretch(c, c < columns ? 1 : 0);
        for (qsizetype n = 0; n < m_cells.size(); ++n)
            m_layout->addWidget(m_cells.at(n), int(n) / columns, int(n) % columns);
    }

    QGridLayout *m_layout;
    QList<QWidget *> m_cells;
    int m_columns = 0;
};

} // namespace

int ChapterPage::minimumChartWidth()
{
    // A small chart's year labels (2015 … 2035), value labels and unit stay
    // whole from about 320 pixels (the title wraps): below that Qt Charts
    // cuts them short.
    return 320;
}

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
    if (context.chapterId.isEmpty()) {
        layout->addWidget(m_table, 1);
    } else {
        // Levers left, charts above the table in the centre.
        m_split = new QSplitter(Qt::Horizontal, this);
        m_split->setObjectName(QStringLiteral("chapterSplitter"));
        m_split->setChildrenCollapsible(false);
        bool hasLevers = false;
        for (const Engine::Lever &lever : context.document->catalog().levers())
            hasLevers |= lever.moduleId == context.chapterId;
        if (hasLevers) {
            m_leverPanel = new LeverPanel(context.document, context.chapterId, m_split);
            m_split->addWidget(m_leverPanel);
        }
        auto *centre = new QSplitter(Qt::Vertical, m_split);
        centre->setChildrenCollapsible(false);
        auto *chartArea = new QScrollArea(centre);
        chartArea->setObjectName(QStringLiteral("chartArea"));
        chartArea->setWidgetResizable(true);
        chartArea->setFrameShape(QFrame::NoFrame);
        // Room for one chart at its readable width beside the levers.
        chartArea->setMinimumWidth(minimumChartWidth() + chartArea->style()->pixelMetric(QStyle::PM_ScrollBarExtent));
        auto *grid = new ChartGrid(chartArea);
        for (const Engine::Indicator *indicator : context.document->catalog().indicatorsOf(context.chapterId)) {
            auto *cell = new QStackedWidget(grid);
            auto *view = new Charts::ChartView(Charts::ChartStyle::thumbnail(), cell);
            view->setObjectName(QStringLiteral("chart-%1").arg(indicator->id));
            view->setMinimumHeight(230);
            cell->setMinimumWidth(minimumChartWidth());
            view->setProperty("indicatorId", indicator->id);
            connect(view, &Charts::ChartView::activated, this, &ChapterPage::showChart);
            // The chart's context menu: enlarge it, or see what each lever can move.
            view->setContextMenuPolicy(Qt::CustomContextMenu);
            connect(view, &QWidget::customContextMenuRequested, this, [this, view](const QPoint &at) {
                const QString id = view->property("indicatorId").toString();
                QMenu menu(view);
                menu.addAction(tr("&Enlarge"), this, [this, id] { showChart(id); });
                menu.addAction(tr("&Sensitivity (tornado)…"), this, [this, id] { showSensitivity(id); });
                menu.exec(view->mapToGlobal(at));
            });
            auto *card = new QLabel(cell);
            card->setObjectName(QStringLiteral("status-%1").arg(indicator->id));
            card->setWordWrap(true);
            card->setTextFormat(Qt::RichText);
            card->setAlignment(Qt::AlignTop | Qt::AlignLeft);
            card->setMargin(12);
            card->setFrameShape(QFrame::StyledPanel);
            cell->addWidget(view);
            cell->addWidget(card);
            m_statusCards.insert(view, card);
            grid->addCell(cell);
            m_charts.append(view);
        }
        chartArea->setWidget(grid);
        centre->addWidget(chartArea);
        centre->addWidget(m_table);
        centre->setStretchFactor(0, 3);
        centre->setStretchFactor(1, 2);
        m_split->addWidget(centre);
        // The levers as wide as they need (their panel's size hint), the
        // charts the rest; a width the planner drags is kept per chapter.
        m_split->setStretchFactor(0, hasLevers ? 0 : 5);
        m_split->setStretchFactor(1, 5);
        layout->addWidget(m_split, 1);
        const QString splitKey = QStringLiteral("chapterPage/%1/split").arg(context.chapterId);
        if (!m_split->restoreState(QSettings().value(splitKey).toByteArray()) && m_leverPanel)
            m_split->setSizes({m_leverPanel->sizeHint().width(), 100000});
        connect(m_split, &QSplitter::splitterMoved, this,
                [this, splitKey] { QSettings().setValue(splitKey, m_split->saveState()); });
        connect(context.document, &ScenarioDocument::projectionChanged, this, &ChapterPage::refreshCharts);
        connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) {
            showChart(index.data(IndicatorTableModel::IndicatorIdRole).toString());
        });
        refreshCharts();
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

Charts::ChartView *ChapterPage::chart(const QString &indicatorId) const
{
    for (Charts::ChartView *view : m_charts) {
        if (view->property("indicatorId").toString() == indicatorId)
            return view;
    }
    return nullptr;
}

void ChapterPage::refreshCharts()
{
    const Analysis::Projection *projection = m_context.document->projection();
    if (!projection)
        return;
    const Engine::Catalog &catalog = m_context.document->catalog();
    for (Charts::ChartView *view : std::as_const(m_charts)) {
        const QString id = view->property("indicatorId").toString();
        Charts::ChartData chartData = Charts::ChartDataBuilder::indicatorChart(catalog, *projection, id);
        auto *cell = qobject_cast<QStackedWidget *>(view->parentWidget());
        QLabel *card = m_statusCards.value(view);
        const Engine::Indicator *indicator = catalog.indicator(id);
        if (!chartData.isEmpty() || !cell || !card || !indicator) {
            view->setData(chartData);
            if (cell)
                cell->setCurrentWidget(view);
            continue;
        }
        // Nothing to draw (a qualitative indicator): its milestones' status.
        QString html = QStringLiteral("<p><b>%1</b></p>").arg(chartData.name.toHtmlEscaped());
        for (const Engine::Target &target : indicator->targets) {
            const Analysis::TargetOutcome *o = m_context.document->outcome(target.id);
            const QString status = o ? o->status : QStringLiteral("not_assessable");
            html += QStringLiteral("<p><span style=\"color:%1\">●</span> <b>%2</b> %3 · %4<br/>%5</p>")
                        .arg(IndicatorTableModel::statusColor(status).name(), target.id,
                             Analysis::Wording::statusLabel(status).toHtmlEscaped())
                        .arg(target.year)
                        .arg(pick(target.textZh, target.textEn.isEmpty() ? target.textZh : target.textEn).toHtmlEscaped());
        }
        html += QStringLiteral("<p><i>%1</i></p>").arg(tr("A qualitative target: there is no series to draw; its "
                                                          "status is recorded with evidence.").toHtmlEscaped());
        card->setText(html);
        cell->setCurrentWidget(card);
    }
}

QLabel *ChapterPage::statusCard(const QString &indicatorId) const
{
    Charts::ChartView *view = chart(indicatorId);
    QLabel *card = view ? m_statusCards.value(view) : nullptr;
    auto *cell = view ? qobject_cast<QStackedWidget *>(view->parentWidget()) : nullptr;
    return card && cell && cell->currentWidget() == card ? card : nullptr;
}

void ChapterPage::showChart(const QString &indicatorId)
{
    if (indicatorId.isEmpty() || !m_context.document->catalog().indicator(indicatorId))
        return;
    if (!m_chartDialog)
        m_chartDialog = new ChartDialog(m_context.document, this);
    m_chartDialog->showIndicator(indicatorId);
}

void ChapterPage::showSensitivity(const QString &indicatorId)
{
    showChart(indicatorId);
    if (m_chartDialog && m_chartDialog->indicatorId() == indicatorId)
        m_chartDialog->showSensitivity();
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
        refreshCharts();
    }
    QWidget::changeEvent(event);
}

void ChapterPage::retranslate()
{
    const Engine::Chapter *chapter = m_context.document->catalog().chapter(m_context.chapterId);
    if (chapter) {
        m_title->setText(Analysis::Wording::chapterTitle(*chapter));
        m_subtitle->setText(pick(chapter->titleZh, chapter->titleEn));
    } else {
        m_title->setText(tr("Overview: every target of the plan"));
        m_subtitle->setText(tr("Scenario: %1").arg(Analysis::Wording::scenarioName(m_context.document->scenario())));
    }
    m_table->setAccessibleName(m_title->text());
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
    using Analysis::Wording;
    QString text = ind->baseline.assumption
                       ? tr("%1 — baseline %2 is an assumption: %3").arg(pick(ind->nameZh, ind->nameEn))
                             .arg(ind->baseline.year).arg(Wording::baselineNote(*ind))
                       : tr("%1 — baseline %2 from %3").arg(pick(ind->nameZh, ind->nameEn))
                             .arg(ind->baseline.year).arg(Wording::baselineSource(*ind));
    if (!ind->baseline.assumption && !ind->baseline.note.isEmpty())
        text += tr(" (%1)").arg(Wording::baselineNote(*ind));
    const QString targetId = current.data(IndicatorTableModel::TargetIdRole).toString();
    if (const Engine::Target *target = m_context.document->catalog().target(targetId)) {
        text += u'\n' + target->id + QStringLiteral(": ") + Wording::planWords(*target);
        if (!target->note.isEmpty())
            text += QStringLiteral(" — ") + Wording::targetNote(*target);
    }
    m_provenance->setText(text);
}

} // namespace Planner::Workbench
