// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "governance/ui/governanceui.h"

#include "implementation/ui/indextablemodel.h"
#include "implementation/ui/taskstatusdelegate.h"
#include "implementation/ui/tasktablemodel.h"

#include "workbench/chapterpage.h"
#include "workbench/language.h"
#include "workbench/scenariodocument.h"
#include "workbench/refusal.h"
#include "workbench/pageregistry.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QEvent>
#include <QHeaderView>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QMessageBox>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>
#include <QValueAxis>

#include <cmath>

namespace Planner::Governance {

// The plan's tasks and the composite index are the implementation module's;
// this chapter's page shows them beside its own targets.
using Implementation::ChapterIndex;
using Implementation::CompositeIndex;
using Implementation::IndexTableModel;
using Implementation::TaskStatusDelegate;
using Implementation::TaskTableModel;

namespace {

// The composite index as a page worth showing: a bar per chapter and one for
// the whole plan (0-100), the method in one paragraph, the numbers below.
class IndexPage final : public QWidget
{
public:
    IndexPage(Workbench::ScenarioDocument *document, QWidget *parent)
        : QWidget(parent), m_document(document), m_model(new IndexTableModel(document, this)),
          m_chart(new QChart), m_view(new QChartView(m_chart, this)), m_method(new QLabel(this)),
          m_table(new QTableView(this))
    {
        setObjectName(QStringLiteral("indexPage"));
        m_view->setObjectName(QStringLiteral("indexChart"));
        m_view->setRenderHint(QPainter::Antialiasing);
        m_view->setMinimumHeight(fontMetrics().height() * 16);
        m_chart->setAnimationOptions(QChart::NoAnimation);
        m_chart->legend()->setVisible(false);
        m_method->setObjectName(QStringLiteral("indexMethod"));
        m_method->setWordWrap(true);
        m_method->setTextInteractionFlags(Qt::TextSelectableByMouse);
        m_table->setObjectName(QStringLiteral("indexTable"));
        m_table->setModel(m_model);
        m_table->verticalHeader()->setVisible(false);
        m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
        auto *layout = new QVBoxLayout(this);
        layout->addWidget(m_view, 3);
        layout->addWidget(m_method);
        layout->addWidget(m_table, 2);
        connect(m_model, &QAbstractItemModel::modelReset, this, &IndexPage::updateChart);
        connect(m_model, &QAbstractItemModel::dataChanged, this, &IndexPage::updateChart);
        retranslate();
        updateChart();
    }

    IndexTableModel *model() const { return m_model; }
    QChart *chart() const { return m_chart; }
    QTableView *table() const { return m_table; }

    void retranslate()
    {
        m_method->setText(TaskTableModel::tr(
            "Method: each target with a level scores 0 to 100 by the progress its median (P50) projection makes in "
            "the target's year from the value the run starts from to the target (reached or passed: 100; no "
            "progress or moving away: 0). Each task counts with its progress, 0 to 100 %. A chapter's index is "
            "0.7 × the mean target score + 0.3 × the mean task progress (a chapter without targets or without tasks "
            "takes the other part alone), and the overall index is the mean of the chapters, each weighted "
            "equally. The weights are the planner's, after the equal-weight aggregation of the national Beautiful "
            "China assessment (美丽中国建设成效考核); the plan itself sets none."));
        m_chart->setTitle(TaskTableModel::tr("Assessment index by chapter (0–100), scenario %1")
                              .arg(m_document->scenario().name));
        updateChart();
    }

private:
    void updateChart()
    {
        // Rebuilt whole: seven bars, drawn once per change.
        m_chart->removeAllSeries();
        // removeAllSeries deletes the series; removeAxis only hands the axis
        // back, so it is deleted here (LeakSanitizer found every rebuild's two).
        for (QAbstractAxis *axis : m_chart->axes()) {
            m_chart->removeAxis(axis);
            delete axis;
        }
        const CompositeIndex &index = m_model->index();
        if (!m_model->problem().isEmpty() || index.chapters.isEmpty())
            return;
        auto *set = new QBarSet(TaskTableModel::tr("Index"));
        QStringList categories;
        // Bottom to top: the overall index last in the list, so it is drawn first (at the bottom).
        categories.append(TaskTableModel::tr("Overall"));
        set->append(std::isfinite(index.overall) ? index.overall : 0.0);
        for (qsizetype i = index.chapters.size() - 1; i >= 0; --i) {
            const ChapterIndex &c = index.chapters.at(i);
            const Engine::Chapter *chapter = m_document->catalog().chapter(c.chapterId);
            categories.append(chapter ? chapter->numeral + u'、' + Workbench::pick(chapter->nameZh, chapter->nameEn)
                                      : c.chapterId);
            set->append(std::isfinite(c.index) ? c.index : 0.0);
        }
        set->setColor(QColor(0x1f, 0x4e, 0x79));
        set->setLabelColor(palette().color(QPalette::WindowText));
        auto *series = new QHorizontalBarSeries;
        series->append(set);
        series->setLabelsVisible(true);
        series->setLabelsFormat(QStringLiteral("@value"));
        series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
        series->setLabelsPrecision(3);
        m_chart->addSeries(series);
        auto *names = new QBarCategoryAxis;
        names->append(categories);
        auto *values = new QValueAxis;
        values->setRange(0.0, 100.0);
        values->setTickCount(6);
        values->setLabelFormat(QStringLiteral("%d"));
        m_chart->addAxis(names, Qt::AlignLeft);
        m_chart->addAxis(values, Qt::AlignBottom);
        series->attachAxis(names);
        series->attachAxis(values);
    }

    Workbench::ScenarioDocument *m_document;
    IndexTableModel *m_model;
    QChart *m_chart;
    QChartView *m_view;
    QLabel *m_method;
    QTableView *m_table;
};

// The governance chapter: its indicators and targets, and the plan's
// measures as tasks with their progress in this scenario.
class GovernancePage final : public QTabWidget
{
public:
    GovernancePage(const Workbench::PageContext &context, QWidget *parent)
        : QTabWidget(parent), m_targets(new Workbench::ChapterPage(context, this)), m_tasks(new QTableView(this)),
          m_index(new IndexPage(context.document, this))
    {
        connect(context.document, &Workbench::ScenarioDocument::scenarioChanged, m_index, &IndexPage::retranslate);
        auto *model = new TaskTableModel(context.document, this);
        m_tasks->setObjectName(QStringLiteral("taskTable"));
        m_tasks->setModel(model);
        m_tasks->setItemDelegateForColumn(TaskTableModel::StatusColumn, new TaskStatusDelegate(m_tasks));
        m_tasks->verticalHeader()->setVisible(false);
        m_tasks->horizontalHeader()->setStretchLastSection(true);
        m_tasks->setAlternatingRowColors(true);
        m_tasks->setWordWrap(false);
        m_tasks->resizeColumnsToContents();
        connect(model, &QAbstractItemModel::modelReset, m_tasks, &QTableView::resizeColumnsToContents);
        connect(model, &TaskTableModel::editRefused, this, [this](const QString &message) {
            Workbench::showRefusal(this, TaskTableModel::tr("Task not saved"), message);
        });
        addTab(m_targets, QString());
        addTab(m_tasks, QString());
        addTab(m_index, QString());
        retranslate();
    }

protected:
    void changeEvent(QEvent *event) override
    {
        if (event->type() == QEvent::LanguageChange) {
            retranslate();
            if (auto *model = qobject_cast<TaskTableModel *>(m_tasks->model()))
                model->refresh();
            m_index->model()->refresh();
            m_index->retranslate();
        }
        QTabWidget::changeEvent(event);
    }

private:
    void retranslate()
    {
        setTabText(0, TaskTableModel::tr("Indicators and targets"));
        setTabText(1, TaskTableModel::tr("The plan's measures as tasks (%1)").arg(m_tasks->model()->rowCount()));
        setTabText(2, TaskTableModel::tr("Composite assessment index"));
    }

    Workbench::ChapterPage *m_targets;
    QTableView *m_tasks;
    IndexPage *m_index;
};

} // namespace

void setupUi(Workbench::PageRegistry &registry)
{
    registry.add(QStringLiteral("governance"), [](const Workbench::PageContext &context, QWidget *parent) {
        return new GovernancePage(context, parent);
    });
}

} // namespace Planner::Governance
