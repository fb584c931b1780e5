// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

// Schema migrations: a database at version 0 is upgraded to the current
// version by running every migration in order.

#include "plancatalog.h"

#include "storage/implementationrepository.h"
#include "storage/migrations.h"
#include "storage/scenariorepository.h"
#include "storage/store.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Planner;

namespace {

// Makes an SQLite file at schema version 0 with Qt SQL directly, as an empty
// database written by an older tool would be.
bool makeVersionZeroDatabase(const QString &path)
{
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v0"));
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery q(db);
            // A table made and dropped forces SQLite to write the header page;
            // what is left is an empty database at user_version 0.
            ok = q.exec(QStringLiteral("CREATE TABLE t (x)")) && q.exec(QStringLiteral("DROP TABLE t"))
                 && q.exec(QStringLiteral("PRAGMA user_version = 0"));
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("v0"));
    return ok && QFileInfo(path).size() >= 100;
}

QStringList tables(const Storage::Store &store)
{
    QStringList names;
    QSqlQuery q(store.database());
    q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"));
    while (q.next())
        names.append(q.value(0).toString());
    return names;
}

} // namespace

class TestMigrations final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_catalog = planCatalog();
    }

    void upgradesFromVersionZero()
    {
        const QString path = m_dir.filePath(QStringLiteral("v0.sqlite"));
        QVERIFY(makeVersionZeroDatabase(path));
        auto opened = Storage::Store::open(path, m_catalog);
        QVERIFY2(opened.ok(), qPrintable(opened.error().message));
        QCOMPARE(opened.value()->schemaVersion(), Storage::currentSchemaVersion());
        QVERIFY(Storage::currentSchemaVersion() >= 1);
        const QStringList expected{QStringLiteral("baseline_overrides"), QStringLiteral("chapters"),
                                   QStringLiteral("indicators"), QStringLiteral("meta"),
                                   QStringLiteral("observations"), QStringLiteral("scenarios"),
                                   QStringLiteral("target_overrides"), QStringLiteral("targets")};
        const QStringList actual = tables(*opened.value());
        for (const QString &table : expected)
            QVERIFY2(actual.contains(table), qPrintable(table));
        // The two shipped scenarios.
        QCOMPARE(Storage::ScenarioRepository(*opened.value()).list().value().size(), 2);
    }

    void emptyFileIsANewDatabase()
    {
        const QString path = m_dir.filePath(QStringLiteral("empty.sqlite"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        auto opened = Storage::Store::open(path, m_catalog);
        QVERIFY2(opened.ok(), qPrintable(opened.error().message));
        QCOMPARE(opened.value()->schemaVersion(), Storage::currentSchemaVersion());
    }

    void reopeningRunsNoMigrationTwice()
    {
        const QString path = m_dir.filePath(QStringLiteral("twice.sqlite"));
        {
            auto first = Storage::Store::open(path, m_catalog);
            QVERIFY(first.ok());
        }
        auto second = Storage::Store::open(path, m_catalog);
        QVERIFY2(second.ok(), qPrintable(second.error().message));
        QCOMPARE(second.value()->schemaVersion(), Storage::currentSchemaVersion());
    }

    void upgradesVersionOneKeepingData()
    {
        // A database as version 1 left it: catalog, a scenario with a
        // baseline override. Version 2 adds the engine's per-scenario tables
        // and must keep what was there.
        const QString path = m_dir.filePath(QStringLiteral("v1.sqlite"));
        QVERIFY(makeVersionZeroDatabase(path));
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v1"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QVERIFY(!Storage::migrate(db, 1).isError());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version")) && q.next());
            QCOMPARE(q.value(0).toInt(), 1);
            QVERIFY(q.exec(QStringLiteral("INSERT INTO chapters VALUES ('ecological_security', 4, '五', '安全筑底', "
                                          "'Ecological security', 't', 't')")));
            QVERIFY(q.exec(QStringLiteral(
                "INSERT INTO indicators VALUES ('forest_coverage', 'ecological_security', 0, '森林覆盖率', "
                "'Forest coverage', '%', '%', 'increase', 2, 2023, 45.42, 'bulletin', 0, '', '')")));
            QVERIFY(q.exec(QStringLiteral("INSERT INTO scenarios (name, notes, author, created, modified, revision) "
                                          "VALUES ('旧情景', 'old notes', '张工', '2025-01-01T00:00:00.000Z', "
                                          "'2025-01-02T00:00:00.000Z', 7)")));
            QVERIFY(q.exec(QStringLiteral("INSERT INTO baseline_overrides VALUES (1, 'forest_coverage', 2024, 45.7, "
                                          "'survey')")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("v1"));

        auto opened = Storage::Store::open(path, m_catalog);
        QVERIFY2(opened.ok(), qPrintable(opened.error().message));
        QCOMPARE(opened.value()->schemaVersion(), Storage::currentSchemaVersion());
        const auto old = Storage::ScenarioRepository(*opened.value()).find(QStringLiteral("旧情景"));
        QVERIFY(old.ok());
        QCOMPARE(old.value().revision, 7);
        QCOMPARE(old.value().author, QStringLiteral("张工"));
        QSqlQuery q(opened.value()->database());
        QVERIFY(q.exec(QStringLiteral("SELECT value FROM baseline_overrides WHERE indicator_id = 'forest_coverage'")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toDouble(), 45.7);
        for (const char *table : {"lever_settings", "lever_uncertainty", "baseline_uncertainty", "observed_values",
                                  "task_progress", "city_shares",
                                  "projection_choices"})
            QVERIFY2(tables(*opened.value()).contains(QLatin1StringView(table)), table);
        // The old scenario is kept; the two shipped ones are added beside it.
        QCOMPARE(Storage::ScenarioRepository(*opened.value()).list().value().size(), 3);
        QVERIFY(tables(*opened.value()).contains(QStringLiteral("lever_bases")));
        // Version 5: the cities' observed values.
        QVERIFY(tables(*opened.value()).contains(QStringLiteral("city_observations")));
    }

    void stepEightKeepsTaskProgressAsTheProvinces()
    {
        // A file at step 7: task_progress keyed by (scenario_id, task_id),
        // with two records of one scenario. Step 8 adds the city to the key;
        // both records stay, as the province's (city ''), and a city's record
        // of the same task can then stand beside the province's.
        const QString path = m_dir.filePath(QStringLiteral("v7.sqlite"));
        QVERIFY(makeVersionZeroDatabase(path));
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v7"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QVERIFY(!Storage::migrate(db, 7).isError());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("INSERT INTO scenarios (name, created, modified, revision) "
                                          "VALUES ('旧情景', '2025-01-01T00:00:00.000Z', '2025-01-01T00:00:00.000Z', 3)")));
            QVERIFY(q.exec(QStringLiteral("INSERT INTO task_progress VALUES (1, 'T-02-01-1', 'done', 100, '验收报告')")));
            QVERIFY(q.exec(QStringLiteral("INSERT INTO task_progress VALUES (1, 'T-02-01-2', 'in_progress', 12.5, '')")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("v7"));

        auto opened = Storage::Store::open(path, m_catalog);
        QVERIFY2(opened.ok(), qPrintable(opened.error().message));
        QCOMPARE(opened.value()->schemaVersion(), 8);
        Storage::ImplementationRepository repo(*opened.value());
        const auto province = repo.taskProgress(1);
        QVERIFY(province.ok());
        QCOMPARE(province.value().size(), 2);
        QCOMPARE(province.value().value(QStringLiteral("T-02-01-1")).status, QStringLiteral("done"));
        QCOMPARE(province.value().value(QStringLiteral("T-02-01-1")).evidence, QStringLiteral("验收报告"));
        QCOMPARE(province.value().value(QStringLiteral("T-02-01-2")).progress, 12.5);
        QVERIFY(repo.cityTaskProgress(1).value().isEmpty());
        // The key: scenario_id, task_id, city (PRAGMA table_info's pk order).
        QSqlQuery q(opened.value()->database());
        QVERIFY(q.exec(QStringLiteral("SELECT name FROM pragma_table_info('task_progress') WHERE pk > 0 ORDER BY pk")));
        QStringList key;
        while (q.next())
            key.append(q.value(0).toString());
        QCOMPARE(key, (QStringList{QStringLiteral("scenario_id"), QStringLiteral("task_id"), QStringLiteral("city")}));
        // 吉林市's record of T-02-01-1 beside the province's; revision 3 -> 4.
        const auto saved = repo.setTaskProgress(QStringLiteral("旧情景"), {QStringLiteral("T-02-01-1"), QStringLiteral("in_progress"),
                                                                       40.0, QString(), QStringLiteral("吉林市")});
        QVERIFY2(saved.ok(), qPrintable(saved.error().message));
        QCOMPARE(saved.value().revision, 4);
        QCOMPARE(repo.taskProgress(1).value().value(QStringLiteral("T-02-01-1")).progress, 100.0);
        QCOMPARE(repo.taskProgress(1, QStringLiteral("吉林市")).value().value(QStringLiteral("T-02-01-1")).progress, 40.0);
        // No table of the rebuild is left behind.
        QVERIFY(!tables(*opened.value()).contains(QStringLiteral("task_progress_7")));
    }

    void scenarioTablesCascade()
    {
        // Every per-scenario table names scenario_id with ON DELETE CASCADE,
        // so deleting a scenario leaves nothing of it behind.
        const QString path = m_dir.filePath(QStringLiteral("cascade.sqlite"));
        auto opened = Storage::Store::open(path, m_catalog);
        QVERIFY(opened.ok());
        for (const QString &table : Storage::scenarioTables()) {
            QSqlQuery q(opened.value()->database());
            QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_key_list(%1)").arg(table)));
            bool cascades = false;
            while (q.next()) {
                if (q.value(QStringLiteral("from")).toString() == QLatin1StringView("scenario_id"))
                    cascades = q.value(QStringLiteral("on_delete")).toString() == QLatin1StringView("CASCADE");
            }
            QVERIFY2(cascades, qPrintable(table));
        }
    }

private:
    QTemporaryDir m_dir;
    Engine::Catalog m_catalog;
};

QTEST_GUILESS_MAIN(TestMigrations)
#include "tst_migrations.moc"
