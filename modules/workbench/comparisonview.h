// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "workbench/comparisonmodel.h"

#include <QFutureWatcher>
#include <QHash>
#include <QWidget>

#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QListWidget;
class QProgressBar;
class QPushButton;
class QSortFilterProxyModel;
class QSplitter;
class QTabWidget;
class QTableView;

namespace Planner::Workbench { class ScenarioDocument; }

namespace Planner::Charts { class ChartView; }
namespace Planner::Engine { class ModuleRegistry; }
namespace Planner::Storage { class Store; }
class QThreadPool;

namespace Planner::Workbench {

// Two or more scenarios side by side: their P50 lines for one indicator on
// one chart (the first scenario with its band), the targets whose status or
// P50 differ, and the levers whose settings differ by stage.
//
// Each scenario is read from the store on the calling thread, then its
// projection (1,000 draws by default) runs on the document's worker
// (ScenarioDocument::worker()) on a session the task owns, so the window
// never blocks; until every chosen scenario is in, the view shows how many
// are done, with Cancel. Runs are kept per scenario and revision: a
// scenario changed elsewhere is run again on Refresh (F5).
class ComparisonView final : public QWidget
{
    Q_OBJECT

public:
    explicit ComparisonView(ScenarioDocument *document, QWidget *parent = nullptr);
    ~ComparisonView() override;

    // Monte Carlo draws per scenario (default 1,000).
    void setDraws(int draws) { m_draws = draws; }
    // Checks exactly these scenarios (in the list's order) and compares them.
    void setCheckedScenarios(const QStringList &names);
    QStringList checkedScenarios() const;
    void setIndicator(const QString &indicatorId);
    QString indicator() const;
    // True while a projection of a checked scenario is running.
    bool isComputing() const { return !m_pending.isEmpty(); }
    // Drops the projections still running or queued (Cancel).
    void cancel();
    QPushButton *cancelButton() const { return m_cancelButton; }
    QProgressBar *progressBar() const { return m_busy; }

    Charts::ChartView *chartView() const { return m_chart; }
    ComparisonModel *targetModel() const { return m_targetModel; }
    ComparisonModel *leverModel() const { return m_leverModel; }
    QListWidget *scenarioList() const { return m_scenarios; }

public Q_SLOTS:
    // Reads the scenario list again and re-runs what changed.
    void refresh();

Q_SIGNALS:
    // Every checked scenario's projection is in and shown.
    void comparisonReady();

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    struct RunOutcome
    {
        std::shared_ptr<const ScenarioRun> run;
        QString error;
    };
    using Watcher = QFutureWatcher<RunOutcome>;

    void retranslate();
    void fillIndicators();
    void compare();
    void start(const Storage::Scenario &scenario);
    void finished(const QString &key, const QString &name, Watcher *watcher);
    void showRuns(const QList<std::shared_ptr<const ScenarioRun>> &runs);
    void updateChart();
    static QString keyOf(const Storage::Scenario &scenario);

    Storage::Store &m_store;
    const Engine::ModuleRegistry &m_modules;
    QThreadPool *m_worker;
    int m_draws = 1000;
    int m_batchTotal = 0;  // runs started since the view was last idle
    int m_batchDone = 0;
    QHash<QString, std::shared_ptr<const ScenarioRun>> m_runs;  // by id:revision
    QHash<QString, Watcher *> m_pending;                        // by id:revision
    QHash<QString, QString> m_errors;                           // scenario name -> why it cannot run
    QList<std::shared_ptr<const ScenarioRun>> m_shown;

    QSplitter *m_split;
    QSplitter *m_rightSplit;
    QLabel *m_scenariosLabel;
    QListWidget *m_scenarios;
    QPushButton *m_refreshButton;
    QLabel *m_indicatorLabel;
    QComboBox *m_indicatorBox;
    QLabel *m_state;
    QProgressBar *m_busy;
    QPushButton *m_cancelButton;
    Charts::ChartView *m_chart;
    QTabWidget *m_tabs;
    ComparisonModel *m_targetModel;
    ComparisonModel *m_leverModel;
    QSortFilterProxyModel *m_targetFilter;
    QSortFilterProxyModel *m_leverFilter;
    QTableView *m_targetTable;
    QTableView *m_leverTable;
    QCheckBox *m_targetsDifferOnly;
    QCheckBox *m_leversDifferOnly;
};

} // namespace Planner::Workbench
