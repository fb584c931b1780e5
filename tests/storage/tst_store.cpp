// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

// The scenario store: a new database is created and seeded; scenarios and
// overrides round-trip; forks copy; every change raises the revision, and a
// stale revision is refused.

#include "plancatalog.h"

#include "common/testdatabase.h"

#include "storage/catalogrepository.h"
#include "storage/migrations.h"
#include "storage/scenariorepository.h"
#include "storage/store.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Planner;
using Storage::StoreError;

class TestStore final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_catalog = planCatalog();
    }

    void init()
    {
        m_path = TestDatabase::fresh(m_dir.path(), QString::fromLatin1(QTest::currentTestFunction()));
        auto opened = Storage::Store::open(m_path, m_catalog);
        QVERIFY2(opened.ok(), qPrintable(opened.error().message));
        m_store = std::move(opened.value());
    }

    void cleanup() { m_store.reset(); }


    void newDatabaseIsSeeded()
    {
        QCOMPARE(m_store->isServer(), TestDatabase::onServer());
        if (!TestDatabase::onServer())
            QVERIFY(QFile::exists(m_path));
        QCOMPARE(m_store->schemaVersion(), Storage::currentSchemaVersion());
        QVERIFY(!m_store->isReadOnly());
        const auto list = Storage::ScenarioRepository(*m_store).list();
        QVERIFY(list.ok());
        // The two shipped scenarios, current trends first.
        QCOMPARE(list.value().size(), 2);
        QCOMPARE(list.value().first().name, QStringLiteral("现状趋势情景"));
        QCOMPARE(list.value().first().revision, 1);
        QCOMPARE(list.value().at(1).name, QStringLiteral("规划路径情景"));

        QSqlQuery q(m_store->database());
        if (TestDatabase::onServer()) {
            // One version record; numbers are 8-byte floats (PostgreSQL's
            // REAL would be a 4-byte one and lose digits); ids are made by
            // the server.
            QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*), MAX(version) FROM schema_version")) && q.next());
            QCOMPARE(q.value(0).toInt(), 1);
            QCOMPARE(q.value(1).toInt(), Storage::currentSchemaVersion());
            QVERIFY(q.exec(QStringLiteral("SELECT data_type FROM information_schema.columns"
                                          " WHERE table_name = 'lever_settings' AND column_name = 'value'")) && q.next());
            QCOMPARE(q.value(0).toString(), QStringLiteral("double precision"));
            QVERIFY(q.exec(QStringLiteral("SELECT is_identity FROM information_schema.columns"
                                          " WHERE table_name = 'scenarios' AND column_name = 'id'")) && q.next());
            QCOMPARE(q.value(0).toString(), QStringLiteral("YES"));
            return;
        }
        QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
        QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_keys")) && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
    }

    void catalogRoundTrips()
    {
        const auto loaded = Storage::CatalogRepository(*m_store).load();
        QVERIFY2(loaded.ok(), qPrintable(loaded.error().message));
        const Engine::Catalog &stored = loaded.value();
        QCOMPARE(stored.chapters().size(), m_catalog.chapters().size());
        QCOMPARE(stored.indicators().size(), m_catalog.indicators().size());
        QCOMPARE(stored.targetCount(), m_catalog.targetCount());
        for (const Engine::Indicator &ind : m_catalog.indicators()) {
            const Engine::Indicator *back = stored.indicator(ind.id);
            QVERIFY2(back, qPrintable(ind.id));
            QCOMPARE(back->chapterId, ind.chapterId);
            QCOMPARE(back->nameZh, ind.nameZh);
            QCOMPARE(back->baseline.value, ind.baseline.value);
            QCOMPARE(back->baseline.year, ind.baseline.year);
            QCOMPARE(back->baseline.assumption, ind.baseline.assumption);
            QCOMPARE(back->baseline.source, ind.baseline.source);
            QCOMPARE(back->observed.size(), ind.observed.size());
            QCOMPARE(back->targets.size(), ind.targets.size());
            for (qsizetype i = 0; i < ind.targets.size(); ++i) {
                QCOMPARE(back->targets.at(i).id, ind.targets.at(i).id);
                QCOMPARE(back->targets.at(i).value, ind.targets.at(i).value);
                QCOMPARE(back->targets.at(i).kind, ind.targets.at(i).kind);
                QCOMPARE(back->targets.at(i).tolerance, ind.targets.at(i).tolerance);
                QCOMPARE(back->targets.at(i).windowStart, ind.targets.at(i).windowStart);
            }
        }
        // The plan's forest target read back from SQLite: 46 % by 2035.
        QCOMPARE(*stored.target(QStringLiteral("S-02"))->value, 46.0);
        QCOMPARE(stored.target(QStringLiteral("S-02"))->year, 2035);
    }

    void reopeningKeepsData()
    {
        Storage::ScenarioRepository repo(*m_store);
        QVERIFY(repo.create(QStringLiteral("加速造林"), QStringLiteral("王工"), QStringLiteral("notes")).ok());
        m_store.reset();
        auto reopened = Storage::Store::open(m_path, m_catalog);
        QVERIFY(reopened.ok());
        const auto found = Storage::ScenarioRepository(*reopened.value()).find(QStringLiteral("加速造林"));
        QVERIFY(found.ok());
        QCOMPARE(found.value().author, QStringLiteral("王工"));
        QCOMPARE(found.value().notes, QStringLiteral("notes"));
        const auto list = Storage::ScenarioRepository(*reopened.value()).list();
        QCOMPARE(list.value().size(), 3);  // the shipped scenarios are not added twice
    }

    void forkCopiesOverridesAndRemembersParent()
    {
        Storage::ScenarioRepository repo(*m_store);
        const QString base = workingScenario();
        QVERIFY(repo.setBaselineOverride(base, QStringLiteral("forest_coverage"), 2024, 45.6, QStringLiteral("survey")).ok());
        QVERIFY(repo.setTargetOverride(base, QStringLiteral("S-02"), 2035, 47.0, std::nullopt).ok());
        const auto forked = repo.fork(base, QStringLiteral("高目标"), QStringLiteral("李工"));
        QVERIFY2(forked.ok(), qPrintable(forked.error().message));
        QCOMPARE(forked.value().parentName, base);
        QCOMPARE(forked.value().revision, 1);

        const auto catalog = Storage::CatalogRepository(*m_store).load(forked.value().id);
        QVERIFY(catalog.ok());
        const Engine::Indicator *forest = catalog.value().indicator(QStringLiteral("forest_coverage"));
        QVERIFY(forest);
        QCOMPARE(*forest->baseline.value, 45.6);
        QCOMPARE(forest->baseline.year, 2024);
        QVERIFY(forest->baseline.assumption);  // a planner's value, not the published one
        QCOMPARE(*catalog.value().target(QStringLiteral("S-02"))->value, 47.0);

        // The catalog without a scenario still holds the plan's values.
        const auto plain = Storage::CatalogRepository(*m_store).load();
        QCOMPARE(*plain.value().indicator(QStringLiteral("forest_coverage"))->baseline.value, 45.42);
        QCOMPARE(*plain.value().target(QStringLiteral("S-02"))->value, 46.0);
    }

    void everyChangeRaisesRevision()
    {
        Storage::ScenarioRepository repo(*m_store);
        const QString base = workingScenario();
        QCOMPARE(repo.find(base).value().revision, 1);
        QVERIFY(repo.setNotes(base, QStringLiteral("a"), 1).ok());
        QCOMPARE(repo.find(base).value().revision, 2);
        QVERIFY(repo.setBaselineOverride(base, QStringLiteral("forest_coverage"), 2024, 45.5, {}).ok());
        QCOMPARE(repo.find(base).value().revision, 3);
        const auto renamed = repo.rename(base, QStringLiteral("Baseline"), 3);
        QVERIFY(renamed.ok());
        QCOMPARE(renamed.value().revision, 4);
    }

    void authorIsSavedWithRevisionCheck()
    {
        // The author is read back through a second connection; a writer that
        // read an older revision is refused and the saved author stays.
        Storage::ScenarioRepository repo(*m_store);
        const QString base = workingScenario();
        const auto saved = repo.setAuthor(base, QStringLiteral("王规划"), 1);
        QVERIFY2(saved.ok(), qPrintable(saved.error().message));
        QCOMPARE(saved.value().revision, 2);
        auto other = Storage::Store::open(m_path, m_catalog);
        QVERIFY(other.ok());
        QCOMPARE(Storage::ScenarioRepository(*other.value()).find(base).value().author, QStringLiteral("王规划"));
        const auto stale = Storage::ScenarioRepository(*other.value()).setAuthor(base, QStringLiteral("Li"), 1);
        QVERIFY(!stale.ok());
        QCOMPARE(stale.error().code, StoreError::Code::RevisionConflict);
        QCOMPARE(repo.find(base).value().author, QStringLiteral("王规划"));
        QCOMPARE(repo.setAuthor(QStringLiteral("nope"), QStringLiteral("x")).error().code, StoreError::Code::NotFound);
    }

    void staleRevisionIsRefused()
    {
        // Two connections on one file: the second writer read revision 1,
        // the first saved revision 2 in between.
        const QString base = workingScenario();
        auto other = Storage::Store::open(m_path, m_catalog);
        QVERIFY(other.ok());
        QVERIFY(Storage::ScenarioRepository(*m_store).setNotes(base, QStringLiteral("first"), 1).ok());
        const auto second = Storage::ScenarioRepository(*other.value()).setNotes(base, QStringLiteral("second"), 1);
        QVERIFY(!second.ok());
        QCOMPARE(second.error().code, StoreError::Code::RevisionConflict);
        QCOMPARE(Storage::ScenarioRepository(*m_store).find(base).value().notes, QStringLiteral("first"));
    }

    void badNamesAreRefused_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("code");
        QTest::newRow("empty") << QString() << int(StoreError::Code::InvalidName);
        QTest::newRow("spaces") << QStringLiteral("   ") << int(StoreError::Code::InvalidName);
        QTest::newRow("padded") << QStringLiteral(" a ") << int(StoreError::Code::InvalidName);
        QTest::newRow("control") << QStringLiteral("a\nb") << int(StoreError::Code::InvalidName);
        QTest::newRow("too long") << QString(101, u'x') << int(StoreError::Code::InvalidName);
        QTest::newRow("duplicate") << QStringLiteral("现状趋势情景") << int(StoreError::Code::Duplicate);
    }

    void badNamesAreRefused()
    {
        QFETCH(QString, name);
        QFETCH(int, code);
        Storage::ScenarioRepository repo(*m_store);
        const auto forked = repo.fork(Storage::baselineScenarioName(), name, {});
        QVERIFY(!forked.ok());
        QCOMPARE(int(forked.error().code), code);
        QVERIFY(!forked.error().message.isEmpty());
        QCOMPARE(repo.list().value().size(), 2);  // nothing written: the two shipped scenarios
    }

    void sqlInNamesIsJustText()
    {
        Storage::ScenarioRepository repo(*m_store);
        const QString hostile = QStringLiteral("x'); DROP TABLE scenarios; --");
        QVERIFY(repo.fork(Storage::baselineScenarioName(), hostile, {}).ok());
        QCOMPARE(repo.find(hostile).value().name, hostile);
        QCOMPARE(repo.list().value().size(), 3);  // the two shipped scenarios and the fork
    }

    void unknownScenario()
    {
        Storage::ScenarioRepository repo(*m_store);
        QCOMPARE(repo.fork(QStringLiteral("nope"), QStringLiteral("x"), {}).error().code, StoreError::Code::NotFound);
        QCOMPARE(repo.rename(QStringLiteral("nope"), QStringLiteral("x")).error().code, StoreError::Code::NotFound);
        QCOMPARE(repo.remove(QStringLiteral("nope")).code, StoreError::Code::NotFound);
    }

    void deleteRefusesLastAndCascades()
    {
        Storage::ScenarioRepository repo(*m_store);
        // The shipped scenarios are never deleted, so a database is never
        // left without a scenario.
        QCOMPARE(repo.remove(Storage::baselineScenarioName()).code, StoreError::Code::Template);
        QCOMPARE(repo.remove(Storage::planPathwayScenarioName()).code, StoreError::Code::Template);
        const QString base = workingScenario();
        QVERIFY(repo.setBaselineOverride(base, QStringLiteral("forest_coverage"), 2024, 45.5, {}).ok());
        QVERIFY(repo.fork(base, QStringLiteral("B"), {}).ok());
        QVERIFY(!repo.remove(base).isError());
        QCOMPARE(repo.list().value().size(), 3);  // the two shipped scenarios and B
        // The fork keeps its own copy of the override; the parent link is cleared.
        QCOMPARE(repo.find(QStringLiteral("B")).value().parentId, 0);
        QSqlQuery q(m_store->database());
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM baseline_overrides")) && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
    }

    void failedWriteRollsBack()
    {
        // An override of an indicator that does not exist breaks the foreign
        // key: the revision raised in the same transaction is rolled back too.
        Storage::ScenarioRepository repo(*m_store);
        const QString base = workingScenario();
        const auto result = repo.setBaselineOverride(base, QStringLiteral("no_such_indicator"), 2024, 1.0, {});
        QVERIFY(!result.ok());
        QCOMPARE(repo.find(base).value().revision, 1);
    }

    void nonFiniteValueRefused()
    {
        Storage::ScenarioRepository repo(*m_store);
        const auto result = repo.setBaselineOverride(Storage::baselineScenarioName(), QStringLiteral("forest_coverage"),
                                                     2024, std::numeric_limits<double>::quiet_NaN(), {});
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, StoreError::Code::InvalidValue);
    }

private:
    // The shipped scenarios are read-only: a test that edits works on a
    // planner's fork of the current-trends template (revision 1).
    QString workingScenario()
    {
        const QString name = QStringLiteral("工作情景");
        const auto forked = Storage::ScenarioRepository(*m_store).fork(Storage::baselineScenarioName(), name,
                                                                       QStringLiteral("测试"));
        if (!forked.ok())
            qFatal("fork: %s", qPrintable(forked.error().message));
        return name;
    }

    QTemporaryDir m_dir;
    Engine::Catalog m_catalog;
    QString m_path;
    std::unique_ptr<Storage::Store> m_store;
};

QTEST_GUILESS_MAIN(TestStore)
#include "tst_store.moc"
