// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

// The chapter table: one row per target of the chapter (and one per
// indicator without a target), baselines with their provenance, and the
// scenario's overrides once it is switched to.

#include "modules.h"

#include "engine/registry.h"
#include "storage/scenariorepository.h"
#include "storage/store.h"
#include "workbench/indicatortablemodel.h"
#include "workbench/scenariodocument.h"

#include <QFont>
#include <QLocale>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace Planner;
using Workbench::IndicatorTableModel;

class TestIndicatorTableModel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
        QVERIFY(m_dir.isValid());
        App::registerModules(m_modules);
        QString error;
        QVERIFY2(m_modules.buildCatalog(&m_catalog, &error), qPrintable(error));
        auto opened = Storage::Store::open(m_dir.filePath(QStringLiteral("t.sqlite")), m_catalog);
        QVERIFY2(opened.ok(), qPrintable(opened.error().message));
        m_store = std::move(opened.value());
        m_document = std::make_unique<Workbench::ScenarioDocument>(*m_store, m_modules);
        QVERIFY(!m_document->open(Storage::baselineScenarioName()).isError());
    }

    void chapterRowsAreItsTargets()
    {
        // 五、安全筑底: S-01 ... S-06 and the announced stage targets.
        IndicatorTableModel model(m_document.get(), QStringLiteral("ecological_security"));
        QSet<QString> ids;
        for (int row = 0; row < model.rowCount(); ++row) {
            const QString id = model.index(row, 0).data(IndicatorTableModel::TargetIdRole).toString();
            if (!id.isEmpty())
                ids.insert(id);
        }
        const QSet<QString> expected{QStringLiteral("S-01"), QStringLiteral("S-02"), QStringLiteral("S-03"),
                                     QStringLiteral("S-04"), QStringLiteral("S-05"), QStringLiteral("S-06"),
                                     QStringLiteral("X-02"), QStringLiteral("X-03")};
        QCOMPARE(ids, expected);
    }

    void forestRowShowsBaselineAndTarget()
    {
        IndicatorTableModel model(m_document.get(), QStringLiteral("ecological_security"));
        const int row = rowOf(model, QStringLiteral("S-02"));
        QVERIFY(row >= 0);
        QCOMPARE(model.index(row, IndicatorTableModel::IndicatorColumn).data().toString(), QStringLiteral("森林覆盖率"));
        QCOMPARE(model.index(row, IndicatorTableModel::BaselineYearColumn).data().toString(), QStringLiteral("2023"));
        QCOMPARE(model.index(row, IndicatorTableModel::BaselineValueColumn).data().toString(), QStringLiteral("45.42"));
        QVERIFY(model.index(row, IndicatorTableModel::SourceColumn).data().toString().contains(QStringLiteral("公报")));
        QCOMPARE(model.index(row, IndicatorTableModel::TargetYearColumn).data().toString(), QStringLiteral("2035"));
        QCOMPARE(model.index(row, IndicatorTableModel::TargetValueColumn).data().toString(), QStringLiteral("≥ 46%"));  // the plan's 46 %, written as the report writes it
        QVERIFY(!model.index(row, IndicatorTableModel::BaselineValueColumn).data(Qt::FontRole).value<QFont>().italic());
    }

    // E-02: the share of beautiful rivers and lakes has no published figure
    // (an assumed 2023 baseline and no observations in the catalog), so the
    // rate test forms no trend (methodology_2 needs two observations): the
    // column says so in words, not "not assessable".
    void tooFewObservationsSaidAsSuch()
    {
        IndicatorTableModel model(m_document.get(), QStringLiteral("environment"));
        const int row = rowOf(model, QStringLiteral("E-02"));
        QVERIFY(row >= 0);
        const Analysis::TargetOutcome *o = m_document->outcome(QStringLiteral("E-02"));
        QVERIFY(o);
        QCOMPARE(o->rateClass, QStringLiteral("insufficient_data"));
        QCOMPARE(model.index(row, IndicatorTableModel::RateClassColumn).data().toString(),
                 QStringLiteral("too few observations"));
        QCOMPARE(model.headerData(IndicatorTableModel::RateClassColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Observed trend so far"));
    }

    void assumptionsAreMarked()
    {
        // No published Jilin figure for the soil and water conservation rate
        // (no published figure): its baseline is an assumption, shown in italics.
        IndicatorTableModel model(m_document.get(), QStringLiteral("ecological_security"));
        const int row = rowOf(model, QStringLiteral("S-03"));
        QVERIFY(row >= 0);
        QVERIFY(model.index(row, 0).data(IndicatorTableModel::AssumptionRole).toBool());
        const QModelIndex value = model.index(row, IndicatorTableModel::BaselineValueColumn);
        QVERIFY(value.data(Qt::FontRole).value<QFont>().italic());
        QVERIFY(!value.data(Qt::ToolTipRole).toString().isEmpty());
    }

    void aboutTargetShowsTolerance()
    {
        IndicatorTableModel model(m_document.get(), QStringLiteral("environment"));
        const int row = rowOf(model, QStringLiteral("E-01"));
        QVERIFY(row >= 0);
        QCOMPARE(model.index(row, IndicatorTableModel::TargetValueColumn).data().toString(),
                 QStringLiteral("85% ± 1"));  // 保持在85%左右, judged within ±1 point
    }

    void overviewHoldsEveryTarget()
    {
        IndicatorTableModel model(m_document.get(), QString());
        int targets = 0;
        for (int row = 0; row < model.rowCount(); ++row)
            targets += model.index(row, 0).data(IndicatorTableModel::TargetIdRole).toString().isEmpty() ? 0 : 1;
        QCOMPARE(targets, m_catalog.targetCount());
    }

    void followsScenarioSwitch()
    {
        Storage::ScenarioRepository repo(*m_store);
        QVERIFY(repo.fork(Storage::baselineScenarioName(), QStringLiteral("高目标"), {}).ok());
        QVERIFY(repo.setTargetOverride(QStringLiteral("高目标"), QStringLiteral("S-02"), 2035, 47.5, std::nullopt).ok());
        IndicatorTableModel model(m_document.get(), QStringLiteral("ecological_security"));
        QVERIFY(!m_document->open(QStringLiteral("高目标")).isError());
        const int row = rowOf(model, QStringLiteral("S-02"));
        QCOMPARE(model.index(row, IndicatorTableModel::TargetValueColumn).data().toString(), QStringLiteral("≥ 47.5%"));
        QVERIFY(!m_document->open(Storage::baselineScenarioName()).isError());
        QCOMPARE(model.index(rowOf(model, QStringLiteral("S-02")), IndicatorTableModel::TargetValueColumn).data().toString(),
                 QStringLiteral("≥ 46%"));  // the plan's 46 %, written as the report writes it
    }

private:
    static int rowOf(const IndicatorTableModel &model, const QString &targetId)
    {
        for (int row = 0; row < model.rowCount(); ++row) {
            if (model.index(row, 0).data(IndicatorTableModel::TargetIdRole).toString() == targetId)
                return row;
        }
        return -1;
    }

    QTemporaryDir m_dir;
    Engine::ModuleRegistry m_modules;
    Engine::Catalog m_catalog;
    std::unique_ptr<Storage::Store> m_store;
    std::unique_ptr<Workbench::ScenarioDocument> m_document;
};

QTEST_GUILESS_MAIN(TestIndicatorTableModel)
#include "tst_indicatortablemodel.moc"
