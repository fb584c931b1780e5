// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "implementation/ui/indexpage.h"

#include "implementation/ui/indextablemodel.h"
#include "implementation/ui/tasktablemodel.h"

#include "analysis/projection.h"
#include "analysis/scenariosession.h"
#include "analysis/wording.h"
#include "charts/barchart.h"
#include "storage/implementationrepository.h"
#include "storage/scenariorepository.h"
#include "workbench/scenariodocument.h"

#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLegend>
#include <QLocale>
#include <QSignalBlocker>
#include <QTableView>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <cmath>
#include <memory>

namespace Planner::Implementation {

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

} // namespace

IndexPage::IndexPage(Workbench::ScenarioDocument *document, QWidget *parent)
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


void IndexPage::retranslate()
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

// The other scenarios in the picker, the default chosen.
void IndexPage::fillPicker()
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
void IndexPage::compare()
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

void IndexPage::updateChart()
{
    // Rebuilt whole: seven bars (fourteen when compared), drawn once per change.
    const QString open = m_document->scenario().name;
    const bool compared = m_other.has_value();
    Charts::BarChartData bars;
    bars.title = compared ? TaskTableModel::tr("Assessment index by chapter (0–100): %1 compared with %2 "
                                               "(the difference after each name)").arg(open, m_otherName)
                          : TaskTableModel::tr("Assessment index by chapter (0–100), scenario %1").arg(open);
    bars.maximum = 100.0;
    bars.tickCount = 6;
    bars.labelPrecision = 3;
    const CompositeIndex &index = m_model->index();
    if (m_model->problem().isEmpty() && !index.chapters.isEmpty()) {
        const auto value = [](double v) { return std::isfinite(v) ? v : 0.0; };
        const auto otherChapter = [this](const QString &id) -> const ChapterIndex * {
            for (const ChapterIndex &c : m_other->chapters) {
                if (c.chapterId == id)
                    return &c;
            }
            return nullptr;
        };
        Charts::BarSet mine{compared ? open : TaskTableModel::tr("Index"), QColor(0x1f, 0x4e, 0x79), {}};
        Charts::BarSet theirs{m_otherName, QColor(0xc5, 0x7b, 0x2c), {}};
        const auto category = [&](const QString &name, double own, std::optional<double> other) {
            if (!other)
                return name;
            return TaskTableModel::tr("%1 (%2)").arg(name, signedChange(value(own) - value(*other)));
        };
        // Bottom to top: the overall index first in the list, so it is drawn at the bottom.
        bars.categories.append(category(TaskTableModel::tr("Overall"), index.overall,
                                        compared ? std::optional<double>(m_other->overall) : std::nullopt));
        mine.values.append(value(index.overall));
        if (compared)
            theirs.values.append(value(m_other->overall));
        for (qsizetype i = index.chapters.size() - 1; i >= 0; --i) {
            const ChapterIndex &c = index.chapters.at(i);
            const Engine::Chapter *chapter = m_document->catalog().chapter(c.chapterId);
            const QString name = chapter ? Analysis::Wording::chapterTitle(*chapter) : c.chapterId;
            const ChapterIndex *other = compared ? otherChapter(c.chapterId) : nullptr;
            bars.categories.append(category(name, c.index, other ? std::optional<double>(other->index) : std::nullopt));
            mine.values.append(value(c.index));
            if (compared)
                theirs.values.append(other ? value(other->index) : 0.0);
        }
        bars.sets.append(mine);
        if (compared)
            bars.sets.append(theirs);
    }
    Charts::showHorizontalBars(m_chart, bars, palette().color(QPalette::WindowText));
    // The legend names the two scenarios when compared.
    m_chart->legend()->setVisible(compared);
}

} // namespace Planner::Implementation
