// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

// Comparing scenarios: two scenarios that differ in one lever in one stage
// show exactly that row as differing; the chart overlays one P50 line per
// scenario, each equal to that scenario's own projection; the projections
// run off the GUI thread, on the document's one worker, and can be cancelled.

#include "modules.h"

#include "analysis/projection.h"
#include "analysis/scenariosession.h"
#include "charts/chartview.h"
#include "charts/indicatorchart.h"
#include "engine/registry.h"
#include "engine/stages.h"
#include "storage/scenarioinputsrepository.h"
#include "storage/scenariorepository.h"
#include "storage/store.h"
#include "workbench/comparisonmodel.h"
#include "workbench/comparisonview.h"
#include "workbench/scenariodocument.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineSeries>
#include <QSettings>
#include <QPushButton>
#include <QProgressBar>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>

#include <cmath>

using namespace Planner;
using Workbench::ComparisonModel;

namespace {

const QString kLever = QStringLiteral("afforestation_per_year");
const QString kOther = QStringLiteral("快速造林");
constexpr double kStage2Value = 180.0;

// The lever's default as the catalog file gives it.
double leverDefaultFromJson()
{
    QFile file(QStringLiteral(PLANNER_SOURCE_DIR "/resources/catalog/ecological_security.json"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read the catalog");
    for (const QJsonValue &lever : QJsonDocument::fromJson(file.readAll()).object().value(QLatin1StringView("levers")).toArray()) {
        if (lever.toObject().value(QLatin1StringView("id")).toString() == kLever)
            return lever.toObject().value(QLatin1StringView("default")).toDouble();
    }
    qFatal("no lever %s", qPrintable(kLever));
}

} // namespace

class TestComparison final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.filePath(QStringLiteral("config")));
        App::registerModules(m_modules);
        QString error;
        QVERIFY2(m_modules.buildCatalog(&m_catalog, &error), qPrintable(error));
        auto opened = Storage::Store::open(m_dir.filePath(QStringLiteral("c.sqlite")), m_catalog);
        QVERIFY2(opened.ok(), qPrintable(opened.error().message));
        m_store = std::move(opened.value());
        // The second scenario: the baseline with afforestation raised in
        // stage 2 (2028-2030) only.
        QVERIFY(Storage::ScenarioRepository(*m_store).fork(Storage::baselineScenarioName(), kOther, {}).ok());
        QMap<int, double> years;
        for (int y = 2028; y <= 2030; ++y)
            years.insert(y, kStage2Value);
        QVERIFY(Storage::ScenarioInputsRepository(*m_store).setLeverValues(kOther, kLever, years).ok());
    }

    void oneLeverOneStageDiffers()
    {
        Workbench::ScenarioDocument document(*m_store, m_modules);
        QVERIFY(!document.open(Storage::baselineScenarioName()));
        document.waitForDraws();
        Workbench::ComparisonView view(&document);
        // The first two scenarios are checked at once, the two shipped ones
        // (current trends beside the plan pathway); their projections are
        // still running when the constructor returns.
        QCOMPARE(view.checkedScenarios(),
                 (QStringList{Storage::baselineScenarioName(), Storage::planPathwayScenarioName()}));
        QVERIFY(view.isComputing());
        QTRY_VERIFY_WITH_TIMEOUT(!view.isComputing(), 120000);
        // The planner compares current trends with their own fork.
        view.setCheckedScenarios({Storage::baselineScenarioName(), kOther});
        QCOMPARE(view.checkedScenarios(), (QStringList{Storage::baselineScenarioName(), kOther}));
        QTRY_VERIFY_WITH_TIMEOUT(!view.isComputing(), 120000);

        const ComparisonModel *levers = view.leverModel();
        QCOMPARE(levers->scenarioCount(), 2);
        // Every lever of the plan, three stages each.
        QCOMPARE(levers->rowCount(), int(m_catalog.levers().size()) * 3);
        QList<int> differing;
        for (int row = 0; row < levers->rowCount(); ++row) {
            if (levers->index(row, 0).data(ComparisonModel::DiffersRole).toBool())
                differing.append(row);
        }
        QCOMPARE(differing.size(), 1);
        const int row = differing.first();
        QCOMPARE(levers->index(row, 0).data(ComparisonModel::IdRole).toString(), kLever);
        QCOMPARE(levers->index(row, 0).data(ComparisonModel::StageRole).toInt(), 2);
        const int base = ComparisonModel::kFixedColumns;
        QCOMPARE(levers->index(row, base).data(ComparisonModel::ValueRole).toDouble(), leverDefaultFromJson());
        QCOMPARE(levers->index(row, base + 1).data(ComparisonModel::ValueRole).toDouble(), kStage2Value);
        QCOMPARE(levers->differingRowCount(), 1);

        // The targets: forest coverage moves, PM2.5 does not.
        const ComparisonModel *targets = view.targetModel();
        QCOMPARE(targets->rowCount(), m_catalog.targetCount());
        QVERIFY(targetDiffers(*targets, QStringLiteral("S-02")));
        QVERIFY(!targetDiffers(*targets, QStringLiteral("X-01")));
    }

    void chartHasEachScenariosOwnP50()
    {
        Workbench::ScenarioDocument document(*m_store, m_modules);
        QVERIFY(!document.open(Storage::baselineScenarioName()));
        document.waitForDraws();
        Workbench::ComparisonView view(&document);
        view.setCheckedScenarios({Storage::baselineScenarioName(), kOther});
        view.setIndicator(QStringLiteral("forest_coverage"));
        QTRY_VERIFY_WITH_TIMEOUT(!view.isComputing(), 120000);
        const Charts::ChartData data = view.chartView()->data();  // a copy: showing the view applies it
        QCOMPARE(data.indicatorId, QStringLiteral("forest_coverage"));
        QCOMPARE(data.scenarios.size(), 2);

        const QStringList names{Storage::baselineScenarioName(), kOther};
        QList<Engine::IndicatorResult> own;
        for (int i = 0; i < names.size(); ++i) {
            // The scenario run on its own, as the command line runs it.
            auto session = Analysis::ScenarioSession::load(*m_store, m_modules, names.at(i));
            QVERIFY(session.ok());
            Analysis::ProjectionRequest request;
            request.draws = 1000;
            auto projection = Analysis::project(session.value(), request);
            QVERIFY(projection.ok());
            own.append(*projection.value().result.find(QStringLiteral("forest_coverage")));
            const Charts::ScenarioTrace &trace = data.scenarios.at(i);
            QCOMPARE(trace.scenario, names.at(i));
            QVERIFY(trace.median.size() >= 10);
            for (const QPointF &p : trace.median)
                QCOMPARE(p.y(), own.last().p50At(int(p.x())));
        }
        // The two lines are not the same line.
        QVERIFY(std::abs(own.at(1).p50At(2035) - own.at(0).p50At(2035)) > 0.01);

        // On screen: the first scenario's P50 series and one more for the second.
        view.resize(1400, 900);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QTRY_VERIFY(!view.chartView()->hasPendingData());
        const auto series = [&](const QString &name) {
            return view.chartView()->indicatorChart()->findChild<QLineSeries *>(name);
        };
        QVERIFY(series(QStringLiteral("p50")));
        QVERIFY(series(QStringLiteral("p50-2")));
        QVERIFY(!series(QStringLiteral("p50-3")) || series(QStringLiteral("p50-3"))->points().isEmpty());
        QCOMPARE(series(QStringLiteral("p50"))->points(), data.scenarios.at(0).median);
        QCOMPARE(series(QStringLiteral("p50-2"))->points(), data.scenarios.at(1).median);
    }

    void uncheckingLeavesOne()
    {
        Workbench::ScenarioDocument document(*m_store, m_modules);
        QVERIFY(!document.open(Storage::baselineScenarioName()));
        document.waitForDraws();
        Workbench::ComparisonView view(&document);
        view.setCheckedScenarios({Storage::baselineScenarioName(), kOther});
        QTRY_VERIFY_WITH_TIMEOUT(!view.isComputing(), 120000);
        view.setCheckedScenarios({kOther});
        // Runs are kept: nothing to compute again.
        QVERIFY(!view.isComputing());
        QCOMPARE(view.leverModel()->scenarioCount(), 1);
        QCOMPARE(view.leverModel()->differingRowCount(), 0);
        QCOMPARE(view.chartView()->data().scenarios.size(), 1);
    }

    void runsOnTheDocumentsWorkerAndCancels()
    {
        Workbench::ScenarioDocument document(*m_store, m_modules);
        QVERIFY(!document.open(Storage::baselineScenarioName()));
        document.waitForDraws();
        QCOMPARE(document.worker()->maxThreadCount(), 1);  // one worker, shared
        // Two scenarios queue on the one worker: the first runs, the second waits.
        Workbench::ComparisonView view(&document);
        QVERIFY(view.isComputing());
        QCOMPARE(document.worker()->activeThreadCount(), 1);
        QVERIFY(view.cancelButton()->isVisibleTo(&view));
        QVERIFY(view.progressBar()->isVisibleTo(&view));
        QCOMPARE(view.progressBar()->maximum(), 2);  // two scenarios to run
        QCOMPARE(view.progressBar()->value(), 0);
        QTest::mouseClick(view.cancelButton(), Qt::LeftButton);
        QVERIFY(!view.isComputing());
        QVERIFY(!view.cancelButton()->isVisibleTo(&view));
        // The queued run never starts; the running one ends on its own.
        QVERIFY(document.worker()->waitForDone(120000));
        QCoreApplication::processEvents();
        QCOMPARE(view.leverModel()->scenarioCount(), 0);  // nothing shown from cancelled runs
    }

private:
    static bool targetDiffers(const ComparisonModel &model, const QString &targetId)
    {
        for (int row = 0; row < model.rowCount(); ++row) {
            if (model.index(row, 0).data(ComparisonModel::IdRole).toString() == targetId)
                return model.index(row, 0).data(ComparisonModel::DiffersRole).toBool();
        }
        qFatal("no target %s", qPrintable(targetId));
    }

    QTemporaryDir m_dir;
    Engine::ModuleRegistry m_modules;
    Engine::Catalog m_catalog;
    std::unique_ptr<Storage::Store> m_store;
};

QTEST_MAIN(TestComparison)
#include "tst_comparison.moc"
