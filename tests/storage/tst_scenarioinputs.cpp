// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

// A scenario's inputs to the engine round-trip through SQLite, are copied by
// a fork, and refuse values that are not finite numbers.

#include "plancatalog.h"
#include "common/testdatabase.h"

#include "storage/scenarioinputsrepository.h"
#include "storage/scenariorepository.h"
#include "storage/store.h"

#include <QTemporaryDir>
#include <QTest>

#include <limits>

using namespace Planner;

class TestScenarioInputs final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        auto opened = Storage::Store::open(TestDatabase::fresh(m_dir.path(), QStringLiteral("inputs")), planCatalog());
        QVERIFY2(opened.ok(), qPrintable(opened.error().message));
        m_store = std::move(opened.value());
    }

    void roundTripAndFork()
    {
        Storage::ScenarioInputsRepository inputs(*m_store);
        // A planner's fork: the shipped scenarios are read-only.
        const QString base = QStringLiteral("往返");
        QVERIFY(Storage::ScenarioRepository(*m_store).fork(Storage::baselineScenarioName(), base, {}).ok());
        QVERIFY(inputs.setLeverValues(base, QStringLiteral("afforestation"), {{2025, 120.0}, {2026, 130.0}}).ok());
        QVERIFY(inputs.setLeverValues(base, QStringLiteral("afforestation"), {{2026, 135.0}}).ok());  // replaces 2026 only
        QVERIFY(inputs.setLeverUncertainty(base, {QStringLiteral("afforestation"), QStringLiteral("triangular"), 20.0}).ok());
        QVERIFY(inputs.setBaselineUncertainty(base, {QStringLiteral("forest_coverage"), QStringLiteral("normal"), 0.3}).ok());
        QVERIFY(inputs.setObserved(base, QStringLiteral("forest_coverage"),
                                   {{2024, 45.6, QStringLiteral("monitoring")}, {2025, 45.7, QString()}}).ok());
        QVERIFY(inputs.setProjection(base, QStringLiteral("forest_coverage"),
                                     {QStringLiteral("fitted"), QJsonObject{{QStringLiteral("years"), 5}}}).ok());

        const auto forked = Storage::ScenarioRepository(*m_store).fork(base, QStringLiteral("副本"), {});
        QVERIFY(forked.ok());
        const auto loaded = inputs.load(forked.value().id);
        QVERIFY2(loaded.ok(), qPrintable(loaded.error().message));
        const Storage::StoredInputs &in = loaded.value();
        const QMap<int, double> expected{{2025, 120.0}, {2026, 135.0}};
        QCOMPARE(in.levers.value(QStringLiteral("afforestation")), expected);
        QCOMPARE(in.leverUncertainty.value(QStringLiteral("afforestation")).kind, QStringLiteral("triangular"));
        QCOMPARE(in.leverUncertainty.value(QStringLiteral("afforestation")).spread, 20.0);
        QCOMPARE(in.baselineUncertainty.value(QStringLiteral("forest_coverage")).spread, 0.3);
        QCOMPARE(in.observed.value(QStringLiteral("forest_coverage")).size(), 2);
        QCOMPARE(in.observed.value(QStringLiteral("forest_coverage")).at(1).value, 45.7);
        QCOMPARE(in.projections.value(QStringLiteral("forest_coverage")).method, QStringLiteral("fitted"));
        QCOMPARE(in.projections.value(QStringLiteral("forest_coverage")).parameters.value(QStringLiteral("years")).toInt(), 5);

        QVERIFY(inputs.clearLever(base, QStringLiteral("afforestation")).ok());
        const auto base2 = inputs.load(Storage::ScenarioRepository(*m_store).find(base).value().id);
        QVERIFY(!base2.value().levers.contains(QStringLiteral("afforestation")));
        // The fork keeps its own copy.
        QVERIFY(inputs.load(forked.value().id).value().levers.contains(QStringLiteral("afforestation")));
    }

    void refusesBadValues()
    {
        Storage::ScenarioInputsRepository inputs(*m_store);
        const QString base = QStringLiteral("拒绝");
        QVERIFY(Storage::ScenarioRepository(*m_store).fork(Storage::baselineScenarioName(), base, {}).ok());
        const qint64 revision = Storage::ScenarioRepository(*m_store).find(base).value().revision;
        const double nan = std::numeric_limits<double>::quiet_NaN();
        const double inf = std::numeric_limits<double>::infinity();
        QCOMPARE(inputs.setLeverValues(base, QStringLiteral("x"), {{2025, nan}}).error().code,
                 Storage::StoreError::Code::InvalidValue);
        QCOMPARE(inputs.setObserved(base, QStringLiteral("forest_coverage"), {{2025, inf, {}}}).error().code,
                 Storage::StoreError::Code::InvalidValue);
        QCOMPARE(inputs.setLeverUncertainty(base, {QStringLiteral("x"), QStringLiteral("cauchy"), 1.0}).error().code,
                 Storage::StoreError::Code::InvalidValue);
        QCOMPARE(inputs.setLeverUncertainty(base, {QStringLiteral("x"), QStringLiteral("normal"), -1.0}).error().code,
                 Storage::StoreError::Code::InvalidValue);
        // An unknown indicator breaks the foreign key: rolled back with the revision.
        QVERIFY(!inputs.setObserved(base, QStringLiteral("no_such_indicator"), {{2025, 1.0, {}}}).ok());
        QCOMPARE(Storage::ScenarioRepository(*m_store).find(base).value().revision, revision);
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Storage::Store> m_store;
};

QTEST_GUILESS_MAIN(TestScenarioInputs)
#include "tst_scenarioinputs.moc"
