// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "workbench/comparisonview.h"
#include "workbench/scenariodocument.h"

#include "analysis/wording.h"

#include "analysis/scenariosession.h"
#include "charts/chartdata.h"
#include "charts/chartview.h"
#include "storage/scenariorepository.h"
#include "storage/store.h"
#include "workbench/language.h"

#include <QAction>
#include <QCheckBox>
#include <QCloseEvent>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace Planner::Workbench {

namespace {

const QString kGeometryKey = QStringLiteral("comparison/geometry");
const QString kSplitKey = QStringLiteral("comparison/split");
const QString kRightSplitKey = QStringLiteral("comparison/rightSplit");
const QString kIndicatorKey = QStringLiteral("comparison/indicator");

QTableView *differenceTable(QAbstractItemModel *model, const QString &objectName, QWidget *parent)
{
    auto *table = new QTableView(parent);
    table->setObjectName(objectName);
    table->setModel(model);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setWordWrap(false);
    table->verticalHeader()->setVisible(false);
    table->horizontalHeader()->setStretchLastSection(false);
    table->setTabKeyNavigation(false);
    return table;
}

QSortFilterProxyModel *differFilter(QAbstractItemModel *source, QObject *parent)
{
    auto *filter = new QSortFilterProxyModel(parent);
    filter->setSourceModel(source);
    filter->setFilterRole(ComparisonModel::DiffersRole);
    filter->setFilterKeyColumn(0);
    return filter;
}

} // namespace

ComparisonView::ComparisonView(ScenarioDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_store(document->store())
    , m_modules(document->modules())
    , m_worker(document->worker())
    , m_split(new QSplitter(Qt::Horizontal, this))
    , m_rightSplit(new QSplitter(Qt::Vertical, this))
    , m_scenariosLabel(new QLabel(this))
    , m_scenarios(new QListWidget(this))
    , m_refreshButton(new QPushButton(this))
    , m_indicatorLabel(new QLabel(this))
    , m_indicatorBox(new QComboBox(this))
    , m_state(new QLabel(this))
    , m_busy(new QProgressBar(this))
    , m_cancelButton(new QPushButton(this))
    , m_chart(new Charts::ChartView(Charts::ChartStyle::screen(), this))
    , m_tabs(new QTabWidget(this))
    , m_targetModel(new ComparisonModel(ComparisonModel::Kind::Targets, this))
    , m_leverModel(new ComparisonModel(ComparisonModel::Kind::Levers, this))
    , m_targetFilter(differFilter(m_targetModel, this))
    , m_leverFilter(differFilter(m_leverModel, this))
    , m_targetTable(differenceTable(m_targetFilter, QStringLiteral("targetDifferences"), this))
    , m_leverTable(differenceTable(m_leverFilter, QStringLiteral("leverDifferences"), this))
    , m_targetsDifferOnly(new QCheckBox(this))
    , m_leversDifferOnly(new QCheckBox(this))
{
    setObjectName(QStringLiteral("comparisonView"));
    setWindowFlag(Qt::Window);
    m_scenarios->setObjectName(QStringLiteral("comparedScenarios"));
    m_scenariosLabel->setBuddy(m_scenarios);
    m_indicatorBox->setObjectName(QStringLiteral("comparedIndicator"));
    m_indicatorLabel->setBuddy(m_indicatorBox);
    m_indicatorBox->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_indicatorBox->setMinimumContentsLength(16);
    m_state->setWordWrap(true);
    m_state->setObjectName(QStringLiteral("comparisonState"));
    m_busy->setObjectName(QStringLiteral("comparisonProgress"));
    m_busy->setRange(0, 0);
    m_busy->setVisible(false);
    m_cancelButton->setObjectName(QStringLiteral("comparisonCancel"));
    m_cancelButton->setVisible(false);
    m_refreshButton->setShortcut(QKeySequence::Refresh);
    m_chart->setMinimumHeight(m_chart->fontMetrics().height() * 18);
    m_targetsDifferOnly->setObjectName(QStringLiteral("targetsDifferOnly"));
    m_leversDifferOnly->setObjectName(QStringLiteral("leversDifferOnly"));
    m_targetsDifferOnly->setChecked(true);
    m_leversDifferOnly->setChecked(true);
    m_targetFilter->setFilterFixedString(QStringLiteral("true"));
    m_leverFilter->setFilterFixedString(QStringLiteral("true"));

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_scenariosLabel);
    leftLayout->addWidget(m_scenarios, 1);
    leftLayout->addWidget(m_refreshButton);
    leftLayout->addSpacing(6);
    leftLayout->addWidget(m_indicatorLabel);
    leftLayout->addWidget(m_indicatorBox);
    leftLayout->addSpacing(6);
    leftLayout->addWidget(m_state);
    leftLayout->addWidget(m_busy);
    leftLayout->addWidget(m_cancelButton);

    const auto tab = [this](QCheckBox *only, QTableView *table) {
        auto *page = new QWidget(m_tabs);
        auto *layout = new QVBoxLayout(page);
        layout->addWidget(only);
        layout->addWidget(table, 1);
        return page;
    };
    m_tabs->addTab(tab(m_targetsDifferOnly, m_targetTable), QString());
    m_tabs->addTab(tab(m_leversDifferOnly, m_leverTable), QString());

    m_rightSplit->addWidget(m_chart);
    m_rightSplit->addWidget(m_tabs);
    m_rightSplit->setStretchFactor(0, 3);
    m_rightSplit->setStretchFactor(1, 2);
    m_rightSplit->setChildrenCollapsible(false);
    m_split->addWidget(left);
    m_split->addWidget(m_rightSplit);
    m_split->setStretchFactor(1, 1);
    m_split->setChildrenCollapsible(false);
    auto *layout = new QHBoxLayout(this);
    layout->addWidget(m_split);

    connect(m_refreshButton, &QPushButton::clicked, this, &ComparisonView::refresh);
    connect(m_cancelButton, &QPushButton::clicked, this, &ComparisonView::cancel);
    connect(m_scenarios, &QListWidget::itemChanged, this, &ComparisonView::compare);
    connect(m_indicatorBox, &QComboBox::currentIndexChanged, this, [this] {
        QSettings().setValue(kIndicatorKey, indicator());
        updateChart();
    });
    connect(m_targetsDifferOnly, &QCheckBox::toggled, this, [this](bool on) {
        m_targetFilter->setFilterFixedString(on ? QStringLiteral("true") : QString());
    });
    connect(m_leversDifferOnly, &QCheckBox::toggled, this, [this](bool on) {
        m_leverFilter->setFilterFixedString(on ? QStringLiteral("true") : QString());
    });

    fillIndicators();
    QSettings settings;
    setIndicator(settings.value(kIndicatorKey).toString());
    if (!restoreGeometry(settings.value(kGeometryKey).toByteArray()))
        resize(QSize(m_chart->fontMetrics().horizontalAdvance(QLatin1Char('M')) * 110,
                     m_chart->fontMetrics().height() * 52));
    if (!m_split->restoreState(settings.value(kSplitKey).toByteArray()))
        m_split->setSizes({m_scenarios->fontMetrics().horizontalAdvance(QLatin1Char('M')) * 18, 1000});
    if (!m_rightSplit->restoreState(settings.value(kRightSplitKey).toByteArray()))
        m_rightSplit->setSizes({600, 400});  // the chart first: legible axes
    retranslate();
    refresh();
    // Nothing chosen yet: the first two scenarios, so the view shows something.
    if (checkedScenarios().isEmpty()) {
        QStringList first;
        for (int row = 0; row < std::min(2, m_scenarios->count()); ++row)
            first.append(m_scenarios->item(row)->text());
        setCheckedScenarios(first);
    }
}

ComparisonView::~ComparisonView()
{
    cancel();
}

void ComparisonView::cancel()
{
    // Queued projections never start; a running one finishes on the
    // worker and its result is dropped.
    for (Watcher *watcher : std::as_const(m_pending)) {
        watcher->disconnect(this);
        watcher->cancel();
        watcher->deleteLater();
    }
    const bool wasComputing = !m_pending.isEmpty();
    m_pending.clear();
    m_batchTotal = m_batchDone = 0;
    m_busy->setVisible(false);
    m_cancelButton->setVisible(false);
    if (wasComputing)
        m_state->setText(tr("Cancelled. Refresh (F5) or check a scenario to compute again."));
}

void ComparisonView::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(kGeometryKey, saveGeometry());
    settings.setValue(kSplitKey, m_split->saveState());
    settings.setValue(kRightSplitKey, m_rightSplit->saveState());
    QWidget::closeEvent(event);
}

QString ComparisonView::keyOf(const Storage::Scenario &scenario)
{
    return QStringLiteral("%1:%2").arg(scenario.id).arg(scenario.revision);
}

void ComparisonView::fillIndicators()
{
    const QString current = indicator();
    const QSignalBlocker block(m_indicatorBox);
    m_indicatorBox->clear();
    const Engine::Catalog &catalog = m_store.applicationCatalog();
    for (const Engine::Indicator &ind : catalog.indicators()) {
        if (!ind.baseline.value)
            continue;  // qualitative: nothing to draw
        const Engine::Chapter *chapter = catalog.chapter(ind.chapterId);
        m_indicatorBox->addItem(chapter ? QStringLiteral("%1 · %2").arg(Analysis::Wording::chapterTitle(*chapter),
                                                                         pick(ind.nameZh, ind.nameEn))
                                        : pick(ind.nameZh, ind.nameEn),
                                ind.id);
    }
    m_indicatorBox->setCurrentIndex(std::max(0, m_indicatorBox->findData(current)));
}

void ComparisonView::setIndicator(const QString &indicatorId)
{
    const int index = m_indicatorBox->findData(indicatorId);
    if (index >= 0)
        m_indicatorBox->setCurrentIndex(index);
}

QString ComparisonView::indicator() const
{
    return m_indicatorBox->currentData().toString();
}

QStringList ComparisonView::checkedScenarios() const
{
    QStringList names;
    for (int row = 0; row < m_scenarios->count(); ++row) {
        if (m_scenarios->item(row)->checkState() == Qt::Checked)
            names.append(m_scenarios->item(row)->text());
    }
    return names;
}

void ComparisonView::setCheckedScenarios(const QStringList &names)
{
    {
        const QSignalBlocker block(m_scenarios);
        for (int row = 0; row < m_scenarios->count(); ++row) {
            QListWidgetItem *item = m_scenarios->item(row);
            item->setCheckState(names.contains(item->text()) ? Qt::Checked : Qt::Unchecked);
        }
    }
    compare();
}

void ComparisonView::refresh()
{
    const QStringList checked = checkedScenarios();
    const Storage::Result<QList<Storage::Scenario>> list = Storage::ScenarioRepository(m_store).list();
    {
        const QSignalBlocker block(m_scenarios);
        m_scenarios->clear();
        if (list.ok()) {
            for (const Storage::Scenario &s : list.value()) {
                auto *item = new QListWidgetItem(s.name, m_scenarios);
                item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
                item->setCheckState(checked.contains(s.name) ? Qt::Checked : Qt::Unchecked);
                item->setToolTip(s.notes);
            }
        }
    }
    if (!list.ok()) {
        m_state->setText(list.error().message);
        return;
    }
    m_errors.clear();
    compare();
}

void ComparisonView::compare()
{
    const QStringList names = checkedScenarios();
    const Storage::ScenarioRepository repo(m_store);
    QList<std::shared_ptr<const ScenarioRun>> runs;
    QStringList problems;
    for (const QString &name : names) {
        const Storage::Result<Storage::Scenario> stored = repo.find(name);
        if (!stored.ok()) {
            problems.append(stored.error().message);
            continue;
        }
        const QString key = keyOf(stored.value());
        if (const auto run = m_runs.value(key)) {
            runs.append(run);
            continue;
        }
        if (m_errors.contains(name)) {
            problems.append(tr("%1 cannot be projected: %2").arg(name, m_errors.value(name)));
            continue;
        }
        if (!m_pending.contains(key))
            start(stored.value());
    }
    if (!m_pending.isEmpty()) {
        m_busy->setRange(0, m_batchTotal);
        m_busy->setValue(m_batchDone);
        m_busy->setFormat(tr("%v of %m scenarios"));
        m_busy->setVisible(true);
        m_cancelButton->setVisible(true);
        m_state->setText(tr("Computing the projections (%1 draws per scenario)…").arg(QLocale().toString(m_draws)));
        return;
    }
    m_batchTotal = m_batchDone = 0;
    m_busy->setVisible(false);
    m_cancelButton->setVisible(false);
    showRuns(runs);
    QString text;
    if (runs.size() < 2)
        text = tr("Check two or more scenarios to compare them.");
    else
        text = tr("%1 scenarios: %2 of %3 targets and %4 of %5 lever settings differ.")
                   .arg(runs.size())
                   .arg(m_targetModel->differingRowCount())
                   .arg(m_targetModel->rowCount())
                   .arg(m_leverModel->differingRowCount())
                   .arg(m_leverModel->rowCount());
    if (!problems.isEmpty())
        text += u'\n' + problems.join(u'\n');
    m_state->setText(text);
    Q_EMIT comparisonReady();
}

void ComparisonView::start(const Storage::Scenario &scenario)
{
    // The store is read here, on the thread that owns its connection; the
    // task gets a session of its own and only runs the engine (const).
    Engine::Expected<Analysis::ScenarioSession> loaded =
        Analysis::ScenarioSession::load(m_store, m_modules, scenario.name);
    if (!loaded.ok()) {
        m_errors.insert(scenario.name, Analysis::Wording::errorText(loaded.error()));
        return;
    }
    const auto session = std::make_shared<const Analysis::ScenarioSession>(loaded.takeValue());
    Analysis::ProjectionRequest request;
    request.draws = m_draws;
    const QString key = keyOf(session->scenario());
    auto *watcher = new Watcher(this);
    m_pending.insert(key, watcher);
    ++m_batchTotal;
    const QString name = scenario.name;
    connect(watcher, &Watcher::finished, this, [this, key, name, watcher] { finished(key, name, watcher); });
    watcher->setFuture(QtConcurrent::run(m_worker, [session, request]() -> RunOutcome {
        Engine::Expected<Analysis::Projection> projection = Analysis::project(*session, request);
        if (!projection.ok())
            return {nullptr, Analysis::Wording::errorText(projection.error(), &session->catalog())};
        auto run = std::make_shared<ScenarioRun>();
        run->scenario = session->scenario();
        run->catalog = session->catalog();
        run->inputs = session->inputs();
        run->projection = projection.takeValue();
        for (const Analysis::TargetOutcome &o : Analysis::assessTargets(run->projection, run->catalog))
            run->outcomes.insert(o.targetId, o);
        return {std::move(run), QString()};
    }));
}

void ComparisonView::finished(const QString &key, const QString &name, Watcher *watcher)
{
    m_pending.remove(key);
    ++m_batchDone;
    watcher->deleteLater();
    const RunOutcome outcome = watcher->result();
    if (outcome.run)
        m_runs.insert(key, outcome.run);
    else
        m_errors.insert(name, outcome.error);
    compare();
}

void ComparisonView::showRuns(const QList<std::shared_ptr<const ScenarioRun>> &runs)
{
    m_shown = runs;
    m_targetModel->setRuns(runs);
    m_leverModel->setRuns(runs);
    for (QTableView *table : {m_targetTable, m_leverTable}) {
        table->resizeColumnsToContents();
        const int cap = table->fontMetrics().horizontalAdvance(QLatin1Char('M')) * 22;
        for (int c = 0; c < table->model()->columnCount(); ++c)
            table->setColumnWidth(c, std::min(table->columnWidth(c) + 8, cap));
    }
    updateChart();
}

void ComparisonView::updateChart()
{
    if (m_shown.isEmpty()) {
        m_chart->setData(Charts::ChartData{});
        return;
    }
    const ScenarioRun &first = *m_shown.first();
    Charts::ChartData chart = Charts::ChartDataBuilder::indicatorChart(first.catalog, first.projection, indicator());
    for (qsizetype i = 1; i < m_shown.size(); ++i)
        Charts::ChartDataBuilder::addScenario(chart, m_shown.at(i)->projection);
    m_chart->setData(chart);
    m_chart->setAccessibleName(tr("Chart of %1 in the compared scenarios").arg(chart.name));
}

void ComparisonView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        fillIndicators();
        m_targetModel->refresh();
        m_leverModel->refresh();
        updateChart();
        retranslate();
    }
    QWidget::changeEvent(event);
}

void ComparisonView::retranslate()
{
    setWindowTitle(tr("Compare scenarios"));
    m_scenariosLabel->setText(tr("&Scenarios to compare:"));
    m_scenarios->setAccessibleName(tr("Scenarios to compare"));
    m_scenarios->setToolTip(tr("Check two or more; the first checked one is drawn with its P10–P90 band"));
    m_refreshButton->setText(tr("&Refresh"));
    m_refreshButton->setToolTip(tr("Read the scenarios again and re-run those changed since (F5)"));
    m_indicatorLabel->setText(tr("&Indicator on the chart:"));
    m_indicatorBox->setAccessibleName(tr("Indicator on the chart"));
    m_indicatorBox->setToolTip(tr("The indicator whose projections are overlaid"));
    m_busy->setAccessibleName(tr("Computing"));
    m_cancelButton->setText(tr("&Cancel"));
    m_cancelButton->setToolTip(tr("Stop computing; the scenarios already in stay"));
    m_tabs->setTabText(0, tr("&Targets"));
    m_tabs->setTabText(1, tr("&Levers"));
    m_targetsDifferOnly->setText(tr("Only targets whose status or P50 &differ"));
    m_leversDifferOnly->setText(tr("Only levers whose settings di&ffer"));
    m_targetTable->setAccessibleName(tr("Targets by scenario"));
    m_leverTable->setAccessibleName(tr("Lever settings by scenario and stage"));
}

} // namespace Planner::Workbench
