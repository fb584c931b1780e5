// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "governance/ui/governanceui.h"

#include "implementation/ui/indextablemodel.h"
#include "implementation/ui/taskstatusdelegate.h"
#include "implementation/ui/tasktablemodel.h"

#include "analysis/projection.h"
#include "analysis/scenariosession.h"
#include "analysis/wording.h"
#include "storage/implementationrepository.h"
#include "storage/scenariorepository.h"
#include "workbench/chapterpage.h"
#include "workbench/conflict.h"
#include "workbench/language.h"
#include "workbench/scenariodocument.h"
#include "workbench/refusal.h"
#include "workbench/pageregistry.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QLocale>
#include <QSignalBlocker>
#include <QtConcurrent/QtConcurrentRun>
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
#include <memory>
#include <optional>

namespace Planner::Governance {

// The plan's tasks and the composite index are the implementation module's;
// this chapter's page shows them beside its own targets.
using Implementation::ChapterIndex;
using Implementation::CompositeIndex;
using Implementation::IndexTableModel;
using Implementation::TaskStatusDelegate;
using Implementation::TaskTableModel;

namespace {

// The scenarios the application ships: the read-only templates.
bool isShipped(const Storage::Scenario &scenario)
{
    return scenario.isTemplate();
}

// What the index page compares the open scenario with by default: the
// other shipped scenario when the open one is shipped and another exists,
// else none.
QString defaultComparison(const Storage::Scenario &open, const QList<Storage::Scenario> &scenarios)
{
    if (!isShipped(open))
        return {};
    for (const Storage::Scenario &s : scenarios) {
        if (s.id != open.id && isShipped(s))
            return s.name;
    }
    return {};
}

// "+1.2" / "−0.4" / "±0.0": a change of the index, signed.
QString signedChange(double value)
{
    const QString magnitude = QLocale().toString(std::abs(value), 'f', 1);
    if (magnitude == QLocale().toString(0.0, 'f', 1))
        return QStringLiteral("±") + magnitude;
    return (value > 0 ? QStringLiteral("+") : QStringLiteral("−")) + magnitude;
}

// The composite index as a page worth showing: a bar per chapter and one for
// the whole plan (0-100), the method in one paragraph, the numbers below; and
// beside each bar the same index of another scenario chosen in a picker, the
// difference written after each chapter's name.
class IndexPage final : public QWidget
{
public:
    IndexPage(Workbench::ScenarioDocument *document, QWidget *parent)
        : QWidget(parent), m_document(document), m_model(new IndexTableModel(document, this)),
          m_chart(new QChart), m_view(new QChartView(m_chart, this)), m_method(new QLabel(this)),
          m_table(new QTableView(this)), m_pickerLabel(new QLabel(this)), m_picker(new QComboBox(this)),
          m_compareState(new QLabel(this))
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
        m_picker->setObjectName(QStringLiteral("indexComparePicker"));
        m_picker->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        m_pickerLabel->setBuddy(m_picker);
        m_compareState->setObjectName(QStringLiteral("indexCompareState"));
        m_compareState->setWordWrap(true);
        auto *pickerRow = new QHBoxLayout;
        pickerRow->addWidget(m_pickerLabel);
        pickerRow->addWidget(m_picker);
        pickerRow->addWidget(m_compareState, 1);
        auto *layout = new QVBoxLayout(this);
        layout->addLayout(pickerRow);
        layout->addWidget(m_view, 3);
        layout->addWidget(m_method);
        layout->addWidget(m_table, 2);
        connect(m_model, &QAbstractItemModel::modelReset, this, &IndexPage::updateChart);
        connect(m_model, &QAbstractItemModel::dataChanged, this, &IndexPage::updateChart);
        connect(m_picker, &QComboBox::currentIndexChanged, this, &IndexPage::compare);
        connect(m_document, &Workbench::ScenarioDocument::scenarioChanged, this, &IndexPage::fillPicker);
        retranslate();
        fillPicker();
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
        m_pickerLabel->setText(TaskTableModel::tr("Compare with:"));
        if (m_picker->count() > 0)
            m_picker->setItemText(0, TaskTableModel::tr("no other scenario"));
        updateChart();
    }

private:
    // The other scenarios in the picker, the default chosen.
    void fillPicker()
    {
        const QSignalBlocker blocker(m_picker);
        m_picker->clear();
        m_picker->addItem(TaskTableModel::tr("no other scenario"), QString());
        const auto scenarios = Storage::ScenarioRepository(m_document->store()).list();
        QString chosen;
        if (scenarios.ok()) {
            for (const Storage::Scenario &s : scenarios.value()) {
                if (s.id != m_document->scenario().id)
                    m_picker->addItem(s.name, s.name);
            }
            chosen = defaultComparison(m_document->scenario(), scenarios.value());
        }
        m_picker->setCurrentIndex(std::max(0, m_picker->findData(chosen)));
        compare();
    }

    // The chosen scenario's index, computed on the document's worker (its
    // projection with the document's draws and seed), then drawn beside
    // the open scenario's.
    void compare()
    {
        ++m_generation;
        m_other.reset();
        m_otherName = m_picker->currentData().toString();
        m_compareState->clear();
        if (m_otherName.isEmpty()) {
            updateChart();
            return;
        }
        Engine::Expected<Analysis::ScenarioSession> loaded =
            Analysis::ScenarioSession::load(m_document->store(), m_document->modules(), m_otherName);
        if (!loaded.ok()) {
            m_compareState->setText(Analysis::Wording::errorText(loaded.error(), &m_document->catalog()));
            updateChart();
            return;
        }
        const auto stored = Storage::ImplementationRepository(m_document->store()).taskProgress(loaded.value().scenario().id);
        if (!stored.ok()) {
            m_compareState->setText(stored.error().message);
            updateChart();
            return;
        }
        const auto session = std::make_shared<const Analysis::ScenarioSession>(loaded.takeValue());
        const QMap<QString, double> progress = IndexTableModel::progressOf(stored.value());
        Analysis::ProjectionRequest request;
        request.draws = m_document->draws();
        m_compareState->setText(TaskTableModel::tr("Computing the index of %1…").arg(m_otherName));
        const quint64 generation = m_generation;
        auto *watcher = new QFutureWatcher<Engine::Expected<CompositeIndex>>(this);
        connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation] {
            watcher->deleteLater();
            if (generation != m_generation)
                return;  // another choice since
            const Engine::Expected<CompositeIndex> index = watcher->result();
            if (index.ok()) {
                m_other = index.value();
                m_compareState->clear();
            } else {
                m_compareState->setText(Analysis::Wording::errorText(index.error(), &m_document->catalog()));
            }
            updateChart();
        });
        watcher->setFuture(QtConcurrent::run(m_document->worker(), [session, request, progress]()
                                                                         -> Engine::Expected<CompositeIndex> {
            Engine::Expected<Analysis::Projection> projection = Analysis::project(*session, request);
            if (!projection.ok())
                return projection.error();
            return IndexTableModel::compute(session->catalog(), projection.value().result, progress);
        }));
    }

    void updateChart()
    {
        // Rebuilt whole: seven bars (fourteen when compared), drawn once per change.
        m_chart->removeAllSeries();
        // removeAllSeries deletes the series; removeAxis only hands the axis
        // back, so it is deleted here (LeakSanitizer found every rebuild's two).
        for (QAbstractAxis *axis : m_chart->axes()) {
            m_chart->removeAxis(axis);
            delete axis;
        }
        const QString open = m_document->scenario().name;
        const bool compared = m_other.has_value();
        m_chart->setTitle(compared ? TaskTableModel::tr("Assessment index by chapter (0–100): %1 compared with %2 "
                                                        "(the difference after each name)").arg(open, m_otherName)
                                   : TaskTableModel::tr("Assessment index by chapter (0–100), scenario %1").arg(open));
        m_chart->legend()->setVisible(compared);
        const CompositeIndex &index = m_model->index();
        if (!m_model->problem().isEmpty() || index.chapters.isEmpty())
            return;
        const auto value = [](double v) { return std::isfinite(v) ? v : 0.0; };
        const auto otherChapter = [this](const QString &id) -> const ChapterIndex * {
            for (const ChapterIndex &c : m_other->chapters) {
                if (c.chapterId == id)
                    return &c;
            }
            return nullptr;
        };
        auto *set = new QBarSet(compared ? open : TaskTableModel::tr("Index"));
        QBarSet *other = compared ? new QBarSet(m_otherName) : nullptr;
        QStringList categories;
        const auto category = [&](const QString &name, double mine, std::optional<double> theirs) {
            if (!theirs)
                return name;
            return TaskTableModel::tr("%1 (%2)").arg(name, signedChange(value(mine) - value(*theirs)));
        };
        // Bottom to top: the overall index last in the list, so it is drawn first (at the bottom).
        categories.append(category(TaskTableModel::tr("Overall"), index.overall,
                                   compared ? std::optional<double>(m_other->overall) : std::nullopt));
        set->append(value(index.overall));
        if (other)
            other->append(value(m_other->overall));
        for (qsizetype i = index.chapters.size() - 1; i >= 0; --i) {
            const ChapterIndex &c = index.chapters.at(i);
            const Engine::Chapter *chapter = m_document->catalog().chapter(c.chapterId);
            const QString name = chapter ? Analysis::Wording::chapterTitle(*chapter) : c.chapterId;
            const ChapterIndex *theirs = compared ? otherChapter(c.chapterId) : nullptr;
            categories.append(category(name, c.index, theirs ? std::optional<double>(theirs->index) : std::nullopt));
            set->append(value(c.index));
            if (other)
                other->append(theirs ? value(theirs->index) : 0.0);
        }
        set->setColor(QColor(0x1f, 0x4e, 0x79));
        set->setLabelColor(palette().color(QPalette::WindowText));
        auto *series = new QHorizontalBarSeries;
        series->append(set);
        if (other) {
            other->setColor(QColor(0xc5, 0x7b, 0x2c));
            other->setLabelColor(palette().color(QPalette::WindowText));
            series->append(other);
        }
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
    QLabel *m_pickerLabel;
    QComboBox *m_picker;
    QLabel *m_compareState;
    std::optional<CompositeIndex> m_other;
    QString m_otherName;
    quint64 m_generation = 0;
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
        Workbench::ScenarioDocument *document = context.document;
        connect(model, &TaskTableModel::forkNeeded, this, [this, document](const std::function<Engine::Error()> &apply) {
            // After the dialog: the model's cell is not being edited any more.
            QMetaObject::invokeMethod(this, [this, document, apply] {
                Workbench::EditConflict::offerFork(this, document, apply);
            }, Qt::QueuedConnection);
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
