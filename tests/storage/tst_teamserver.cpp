// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Team mode on a real PostgreSQL server (the throwaway cluster of the test
// fixture): the roles are enforced by the server itself, shown with raw SQL
// sent as each role's own login (what a modified client could send); the
// audit trail written by the triggers; restoring a revision as a fork; the
// change notification reaching a second connection. On SQLite the same
// calls are refused with a message naming the team server.

#include "plancatalog.h"

#include "common/testdatabase.h"

#include "storage/commentrepository.h"
#include "storage/implementationrepository.h"
#include "storage/migrations.h"
#include "storage/scenarioinputsrepository.h"
#include "storage/scenariorepository.h"
#include "storage/store.h"
#include "storage/teamserver.h"

#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Planner;
using Storage::TeamServer::Role;

namespace {

// The fixture's server; empty when the tests run without one.
QString serverUrl()
{
    return TestDatabase::serverUrl();
}

} // namespace

#define REQUIRE_SERVER()                                                                                   \
    do {                                                                                                   \
        if (!m_admin)                                                                                      \
            QSKIP("No PostgreSQL test server (the CTest fixture sets PLANNER_TEST_PG_URL).");        \
    } while (false)

class TeamServerTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void initIsIdempotent();
    void reviewerWritesOnlyComments();
    void cityPlannerWritesOnlyItsCityInOpenScenarios();
    void provincialPlannerEditsAnything();
    void auditRecordsWhoWhatAndRevision();
    void restoreGivesTheValuesOfThatRevision();
    void otherSessionsAreNotified();
    void upgradeFromStep7KeepsTaskProgress();
    void cityPlannerSavesASplitWhereOnlyItsShareChanged();
    void sqliteRefusesServerCommands();

private:
    // A connection as `user` to the fixture's database (same host, port,
    // socket and database as the administrator's store).
    QSqlDatabase loginAs(const QString &user);
    // Runs `sql` on `db`; returns the SQLSTATE ("" when it succeeded) and
    // the rows affected.
    static QPair<QString, int> run(QSqlDatabase db, const QString &sql);
    std::unique_ptr<Storage::Store> openAs(const QString &user);
    double share(const QString &city);

    Engine::Catalog m_catalog;
    QTemporaryDir m_folder;
    QString m_url;
    std::unique_ptr<Storage::Store> m_admin;
    qint64 m_scenarioId = 0;
    QString m_scenario;
    QString m_target;
};

void TeamServerTest::initTestCase()
{
    m_catalog = planCatalog();
    if (serverUrl().isEmpty())
        return;  // the server's tests skip; the SQLite one runs
    m_url = TestDatabase::fresh(m_folder.path(), QStringLiteral("teamserver"));
    auto opened = Storage::Store::open(m_url, m_catalog);
    QVERIFY2(opened.ok(), qPrintable(opened.error().message));
    m_admin = std::move(opened.value());
    QVERIFY(Storage::TeamServer::isServer(*m_admin));
    const Storage::StoreError init = Storage::TeamServer::initialise(*m_admin);
    QVERIFY2(!init, qPrintable(init.message));

    using Storage::TeamServer::addUser;
    QVERIFY(!addUser(*m_admin, QStringLiteral("ts_province"), Role::ProvincialPlanner, {}));
    QVERIFY(!addUser(*m_admin, QStringLiteral("ts_changchun"), Role::CityPlanner, QStringLiteral("长春市")));
    QVERIFY(!addUser(*m_admin, QStringLiteral("ts_jilin"), Role::CityPlanner, QStringLiteral("吉林市")));
    QVERIFY(!addUser(*m_admin, QStringLiteral("ts_reviewer"), Role::Reviewer, {}));

    // A scenario of the province with a decomposition 长春市 40 / 吉林市 60
    // of the first target of the catalog.
    m_scenario = QStringLiteral("team %1").arg(QDateTime::currentMSecsSinceEpoch());
    const auto created = Storage::ScenarioRepository(*m_admin).create(m_scenario, QStringLiteral("ts_province"));
    QVERIFY2(created.ok(), qPrintable(created.error().message));
    m_scenarioId = created.value().id;
    m_target = m_catalog.indicators().first().targets.first().id;
    const auto shares = Storage::ImplementationRepository(*m_admin).setCityShares(
        m_scenario, m_target, {{QStringLiteral("长春市"), 40.0}, {QStringLiteral("吉林市"), 60.0}});
    QVERIFY2(shares.ok(), qPrintable(shares.error().message));
}

QSqlDatabase TeamServerTest::loginAs(const QString &user)
{
    const QString name = QStringLiteral("tst-teamserver-%1").arg(user);
    if (QSqlDatabase::contains(name))
        return QSqlDatabase::database(name);
    QSqlDatabase db = QSqlDatabase::cloneDatabase(m_admin->database(), name);
    db.setUserName(user);
    db.setPassword({});
    if (!db.open())
        qWarning("cannot log in as %s: %s", qPrintable(user), qPrintable(db.lastError().text()));
    return db;
}

QPair<QString, int> TeamServerTest::run(QSqlDatabase db, const QString &sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql))
        return {q.lastError().nativeErrorCode(), -1};
    return {QString(), q.numRowsAffected()};
}

std::unique_ptr<Storage::Store> TeamServerTest::openAs(const QString &user)
{
    QUrl url(m_url);
    url.setUserName(user);
    auto opened = Storage::Store::open(url.toString(), m_catalog);
    if (!opened.ok()) {
        qWarning("%s", qPrintable(opened.error().message));
        return nullptr;
    }
    return std::move(opened.value());
}

double TeamServerTest::share(const QString &city)
{
    QSqlQuery q(m_admin->database());
    q.prepare(QStringLiteral("SELECT share FROM city_shares WHERE scenario_id = :s AND target_id = :t AND city = :c"));
    q.bindValue(QStringLiteral(":s"), m_scenarioId);
    q.bindValue(QStringLiteral(":t"), m_target);
    q.bindValue(QStringLiteral(":c"), city);
    return q.exec() && q.next() ? q.value(0).toDouble() : -1.0;
}

void TeamServerTest::initIsIdempotent()
{
    REQUIRE_SERVER();
    // Twice more: no error, and the same policies as the first time. Worked
    // out from the rules: lever_settings is read by all and written by the
    // province (2 policies); city_shares adds the city planners' insert,
    // update and delete (5).
    QVERIFY(!Storage::TeamServer::initialise(*m_admin));
    QVERIFY(!Storage::TeamServer::initialise(*m_admin));
    const auto policies = [this](const QString &table) {
        QSqlQuery q(m_admin->database());
        q.prepare(QStringLiteral("SELECT policyname FROM pg_policies WHERE tablename = :t ORDER BY policyname"));
        q.bindValue(QStringLiteral(":t"), table);
        q.exec();
        QStringList names;
        while (q.next())
            names.append(q.value(0).toString());
        return names;
    };
    QCOMPARE(policies(QStringLiteral("lever_settings")),
             (QStringList{QStringLiteral("planner_province"), QStringLiteral("planner_read")}));
    for (const char *table : {"city_shares", "task_progress"})
        QCOMPARE(policies(QLatin1StringView(table)),
                 (QStringList{QStringLiteral("planner_city_delete"), QStringLiteral("planner_city_insert"),
                              QStringLiteral("planner_city_update"), QStringLiteral("planner_province"),
                              QStringLiteral("planner_read")}));
    // add-user again changes the role, never adds a second one.
    QVERIFY(!Storage::TeamServer::addUser(*m_admin, QStringLiteral("ts_reviewer"), Role::Reviewer, {}));
    QSqlQuery groups(m_admin->database());
    QVERIFY(groups.exec(QStringLiteral("SELECT COUNT(*) FROM pg_auth_members m JOIN pg_roles u ON u.oid = m.member"
                                       " WHERE u.rolname = 'ts_reviewer'")));
    QVERIFY(groups.next());
    QCOMPARE(groups.value(0).toInt(), 1);
}

void TeamServerTest::reviewerWritesOnlyComments()
{
    REQUIRE_SERVER();
    QSqlDatabase db = loginAs(QStringLiteral("ts_reviewer"));
    QVERIFY(db.isOpen());
    const QString s = QString::number(m_scenarioId);
    // Reads everything.
    QCOMPARE(run(db, QStringLiteral("SELECT * FROM city_shares WHERE scenario_id = %1").arg(s)).first, QString());
    // Every write to the scenario is refused by the server: 42501
    // (insufficient_privilege), whatever the client.
    QCOMPARE(run(db, QStringLiteral("UPDATE city_shares SET share = 50 WHERE scenario_id = %1").arg(s)).first,
             QStringLiteral("42501"));
    QCOMPARE(run(db, QStringLiteral("INSERT INTO lever_settings VALUES (%1, 'x', 2030, 1)").arg(s)).first,
             QStringLiteral("42501"));
    QCOMPARE(run(db, QStringLiteral("UPDATE scenarios SET notes = 'mine' WHERE id = %1").arg(s)).first,
             QStringLiteral("42501"));
    QCOMPARE(run(db, QStringLiteral("DELETE FROM scenarios WHERE id = %1").arg(s)).first, QStringLiteral("42501"));
    QCOMPARE(run(db, QStringLiteral("UPDATE targets SET value = 0")).first, QStringLiteral("42501"));
    QCOMPARE(run(db, QStringLiteral("DELETE FROM audit_log")).first, QStringLiteral("42501"));
    // A comment under somebody else's name: refused by the row-level policy.
    QCOMPARE(run(db, QStringLiteral("INSERT INTO comments VALUES (%1, 900, '', 'ts_province', 'now', 'forged')").arg(s))
                 .first,
             QStringLiteral("42501"));
    // Its own comment is accepted (one row).
    QCOMPARE(run(db, QStringLiteral("INSERT INTO comments VALUES (%1, 901, '%2', 'ts_reviewer', '2026-01-01', 'ok')")
                         .arg(s, m_target)),
             (QPair<QString, int>{QString(), 1}));
    // Nothing changed: the shares are still 40 / 60.
    QCOMPARE(share(QStringLiteral("长春市")), 40.0);
    QCOMPARE(share(QStringLiteral("吉林市")), 60.0);
}

void TeamServerTest::cityPlannerWritesOnlyItsCityInOpenScenarios()
{
    REQUIRE_SERVER();
    QSqlDatabase db = loginAs(QStringLiteral("ts_changchun"));
    QVERIFY(db.isOpen());
    const QString s = QString::number(m_scenarioId);
    // Closed to the cities (the default): even the revision guard of an
    // edit is refused, with an error rather than a silent nothing.
    QCOMPARE(run(db, QStringLiteral("UPDATE scenarios SET revision = revision + 1 WHERE id = %1").arg(s)).first,
             QStringLiteral("42501"));
    QCOMPARE(run(db, QStringLiteral("UPDATE city_shares SET share = 45 WHERE scenario_id = %1 AND city = '长春市'")
                         .arg(s)).first,
             QStringLiteral("42501"));
    QCOMPARE(share(QStringLiteral("长春市")), 40.0);
    const QString observation = QStringLiteral("INSERT INTO city_observations VALUES (%1, 'forest_coverage', '%2', 2024, %3, '')");
    QCOMPARE(run(db, observation.arg(s, QStringLiteral("长春市"), QStringLiteral("18.6"))).first, QStringLiteral("42501"));

    // The province opens it.
    const auto opened = Storage::TeamServer::setOpenToCities(*m_admin, m_scenario, true);
    QVERIFY2(opened.ok(), qPrintable(opened.error().message));

    // Its own city's share: accepted, one row each.
    QCOMPARE(run(db, QStringLiteral("BEGIN")).first, QString());
    QCOMPARE(run(db, QStringLiteral("UPDATE scenarios SET revision = revision + 1 WHERE id = %1").arg(s)),
             (QPair<QString, int>{QString(), 1}));
    QCOMPARE(run(db, QStringLiteral("UPDATE city_shares SET share = 45 WHERE scenario_id = %1 AND city = '长春市'")
                         .arg(s)),
             (QPair<QString, int>{QString(), 1}));
    QCOMPARE(run(db, QStringLiteral("COMMIT")).first, QString());
    QCOMPARE(share(QStringLiteral("长春市")), 45.0);
    // Task progress and evidence: its own city's record, inserted and
    // updated (one row each); the province's record (city '') and another
    // city's are refused, and another city's row is not there to change.
    const QString task = QStringLiteral("INSERT INTO task_progress (scenario_id, task_id, status, progress, evidence, city)"
                                        " VALUES (%1, 'T-02-01-1', 'in_progress', 30, 'ok', '%2')");
    QCOMPARE(run(db, task.arg(s, QStringLiteral("长春市"))), (QPair<QString, int>{QString(), 1}));
    QCOMPARE(run(db, QStringLiteral("UPDATE task_progress SET progress = 35 WHERE scenario_id = %1 AND city = '长春市'")
                         .arg(s)),
             (QPair<QString, int>{QString(), 1}));
    QCOMPARE(run(db, task.arg(s, QString())).first, QStringLiteral("42501"));
    QCOMPARE(run(db, task.arg(s, QStringLiteral("吉林市"))).first, QStringLiteral("42501"));
    QCOMPARE(run(m_admin->database(), task.arg(s, QStringLiteral("吉林市"))), (QPair<QString, int>{QString(), 1}));
    QCOMPARE(run(db, QStringLiteral("UPDATE task_progress SET progress = 99 WHERE scenario_id = %1 AND city = '吉林市'")
                         .arg(s)),
             (QPair<QString, int>{QString(), 0}));
    QCOMPARE(run(db, QStringLiteral("DELETE FROM task_progress WHERE scenario_id = %1 AND city = '吉林市'").arg(s)),
             (QPair<QString, int>{QString(), 0}));
    // Moving its own record to the province: refused.
    QCOMPARE(run(db, QStringLiteral("UPDATE task_progress SET city = '' WHERE scenario_id = %1 AND city = '长春市'")
                         .arg(s)).first,
             QStringLiteral("42501"));
    {
        QSqlQuery q(m_admin->database());
        QVERIFY(q.exec(QStringLiteral("SELECT city, progress FROM task_progress WHERE scenario_id = %1 ORDER BY city").arg(s)));
        QStringList rows;
        while (q.next())
            rows.append(q.value(0).toString() + u'=' + QString::number(q.value(1).toDouble()));
        // 吉林市 30 (the administrator's row, untouched), 长春市 35 (its own
        // update); no province row. Sorted by the server's collation, so
        // compared as a set.
        QCOMPARE(QSet<QString>(rows.cbegin(), rows.cend()),
                 (QSet<QString>{QStringLiteral("吉林市=30"), QStringLiteral("长春市=35")}));
    }

    // Its own city's monitoring values: accepted; another city's: refused.
    QCOMPARE(run(db, observation.arg(s, QStringLiteral("长春市"), QStringLiteral("18.6"))),
             (QPair<QString, int>{QString(), 1}));
    QCOMPARE(run(db, observation.arg(s, QStringLiteral("吉林市"), QStringLiteral("16.9"))).first, QStringLiteral("42501"));

    // Another city's share: the server does not let it see the row to
    // change or delete (0 rows), and refuses to write a row for it.
    QCOMPARE(run(db, QStringLiteral("UPDATE city_shares SET share = 55 WHERE scenario_id = %1 AND city = '吉林市'")
                         .arg(s)),
             (QPair<QString, int>{QString(), 0}));
    QCOMPARE(run(db, QStringLiteral("DELETE FROM city_shares WHERE scenario_id = %1 AND city = '吉林市'").arg(s)),
             (QPair<QString, int>{QString(), 0}));
    QCOMPARE(run(db, QStringLiteral("INSERT INTO city_shares VALUES (%1, '%2', '四平市', 1)").arg(s, m_target)).first,
             QStringLiteral("42501"));
    // Moving its own row to another city: refused (the new row is not its city's).
    QCOMPARE(run(db, QStringLiteral("UPDATE city_shares SET city = '四平市' WHERE scenario_id = %1 AND city = '长春市'")
                         .arg(s)).first,
             QStringLiteral("42501"));
    QCOMPARE(share(QStringLiteral("吉林市")), 60.0);
    QCOMPARE(share(QStringLiteral("长春市")), 45.0);

    // Levers, the scenario itself, its own city and the audit: refused.
    QCOMPARE(run(db, QStringLiteral("INSERT INTO lever_settings VALUES (%1, 'x', 2030, 1)").arg(s)).first,
             QStringLiteral("42501"));
    QCOMPARE(run(db, QStringLiteral("UPDATE scenarios SET open_to_cities = 0 WHERE id = %1").arg(s)).first,
             QStringLiteral("42501"));
    QCOMPARE(run(db, QStringLiteral("UPDATE user_city SET city = '吉林市'")).first, QStringLiteral("42501"));
    QCOMPARE(run(db, QStringLiteral("INSERT INTO audit_log (scenario_id, table_name, operation, row_key)"
                                    " VALUES (%1, 'x', 'x', '{}')").arg(s)).first,
             QStringLiteral("42501"));
    QCOMPARE(run(db, QStringLiteral("DELETE FROM scenarios WHERE id = %1").arg(s)).first, QStringLiteral("42501"));

    // Closed again: the city's own share and task record are refused once more.
    QVERIFY(Storage::TeamServer::setOpenToCities(*m_admin, m_scenario, false).ok());
    QCOMPARE(run(db, QStringLiteral("UPDATE city_shares SET share = 40 WHERE scenario_id = %1 AND city = '长春市'")
                         .arg(s)).first,
             QStringLiteral("42501"));
    QCOMPARE(run(db, QStringLiteral("UPDATE task_progress SET progress = 50 WHERE scenario_id = %1 AND city = '长春市'")
                         .arg(s)).first,
             QStringLiteral("42501"));
    QCOMPARE(share(QStringLiteral("长春市")), 45.0);
}

void TeamServerTest::provincialPlannerEditsAnything()
{
    REQUIRE_SERVER();
    // Through the application's own repositories, logged in as the province.
    std::unique_ptr<Storage::Store> province = openAs(QStringLiteral("ts_province"));
    QVERIFY(province);
    const auto fork = Storage::ScenarioRepository(*province).fork(m_scenario, m_scenario + QStringLiteral(" fork"),
                                                                  QStringLiteral("ts_province"));
    QVERIFY2(fork.ok(), qPrintable(fork.error().message));
    const auto set = Storage::ScenarioInputsRepository(*province).setLeverValues(
        fork.value().name, QStringLiteral("test_lever"), {{2030, 2.5}});
    QVERIFY2(set.ok(), qPrintable(set.error().message));
    QCOMPARE(set.value().revision, 2);
    const auto shares = Storage::ImplementationRepository(*province).setCityShares(
        m_scenario, m_target, {{QStringLiteral("长春市"), 50.0}, {QStringLiteral("吉林市"), 50.0}});
    QVERIFY2(shares.ok(), qPrintable(shares.error().message));
    QCOMPARE(share(QStringLiteral("吉林市")), 50.0);
    // A comment is written under the login's name.
    const auto comment = Storage::CommentRepository(*province).add(m_scenario, m_target, QStringLiteral("see 吉林市"));
    QVERIFY2(comment.ok(), qPrintable(comment.error().message));
    QCOMPARE(comment.value().author, QStringLiteral("ts_province"));
}

void TeamServerTest::auditRecordsWhoWhatAndRevision()
{
    REQUIRE_SERVER();
    const auto entries = Storage::TeamServer::audit(*m_admin, m_scenario);
    QVERIFY2(entries.ok(), qPrintable(entries.error().message));
    // The city planner's edit of its share: 40 -> 45 by ts_changchun. The
    // scenario was created (revision 1), decomposed (2), opened (3), then
    // the city's edit raised it to 4.
    const Storage::TeamServer::AuditEntry *cityEdit = nullptr;
    for (const auto &e : entries.value()) {
        if (e.who == QLatin1StringView("ts_changchun") && e.table == QLatin1StringView("city_shares"))
            cityEdit = &e;
    }
    QVERIFY(cityEdit);
    // Its task record: keyed by task and city (schema step 8).
    bool taskSeen = false;
    for (const auto &e : entries.value()) {
        if (e.who == QLatin1StringView("ts_changchun") && e.table == QLatin1StringView("task_progress")
            && e.operation == QLatin1StringView("INSERT")) {
            taskSeen = true;
            QCOMPARE(e.key.value(QStringLiteral("task_id")).toString(), QStringLiteral("T-02-01-1"));
            QCOMPARE(e.key.value(QStringLiteral("city")).toString(), QStringLiteral("长春市"));
            QCOMPARE(e.newValue.value(QStringLiteral("progress")).toDouble(), 30.0);
        }
    }
    QVERIFY(taskSeen);
    QCOMPARE(cityEdit->operation, QStringLiteral("UPDATE"));
    QCOMPARE(cityEdit->key.value(QStringLiteral("city")).toString(), QStringLiteral("长春市"));
    QCOMPARE(cityEdit->key.value(QStringLiteral("target_id")).toString(), m_target);
    QCOMPARE(cityEdit->oldValue.value(QStringLiteral("share")).toDouble(), 40.0);
    QCOMPARE(cityEdit->newValue.value(QStringLiteral("share")).toDouble(), 45.0);
    QCOMPARE(cityEdit->revision, 4);
    QVERIFY(qAbs(cityEdit->at.secsTo(QDateTime::currentDateTimeUtc())) < 600);
    // Opening to the cities is itself audited: open_to_cities 0 -> 1 at revision 3.
    bool openedSeen = false;
    for (const auto &e : entries.value()) {
        if (e.table == QLatin1StringView("scenarios") && e.operation == QLatin1StringView("UPDATE")
            && e.oldValue.value(QStringLiteral("open_to_cities")).toInt() == 0
            && e.newValue.value(QStringLiteral("open_to_cities")).toInt() == 1) {
            openedSeen = true;
            QCOMPARE(e.revision, 3);
        }
    }
    QVERIFY(openedSeen);
    // The reviewer's refused writes left no trace; its comment did.
    int reviewerRows = 0;
    for (const auto &e : entries.value())
        reviewerRows += e.who == QLatin1StringView("ts_reviewer");
    QCOMPARE(reviewerRows, 1);
    // Since a moment in the future: nothing.
    const auto none = Storage::TeamServer::audit(*m_admin, m_scenario, QDateTime::currentDateTimeUtc().addDays(1));
    QVERIFY(none.ok());
    QVERIFY(none.value().isEmpty());
}

void TeamServerTest::restoreGivesTheValuesOfThatRevision()
{
    REQUIRE_SERVER();
    const QString name = m_scenario + QStringLiteral(" history");
    const auto created = Storage::ScenarioRepository(*m_admin).create(name, QStringLiteral("ts_province"));
    QVERIFY(created.ok());
    Storage::ScenarioInputsRepository inputs(*m_admin);
    Storage::ImplementationRepository implementation(*m_admin);
    // Created: revision 1. Revision 2: lever a = 1.0 in 2030 and 2031.
    // Revision 3: a 2030 = 2.0 (2031 kept). Revision 4: lever b = 7.0 in
    // 2035. Revision 5: a task done. Revision 6: lever a cleared. The values
    // at revision 4, worked out by hand: a = {2030: 2.0, 2031: 1.0},
    // b = {2035: 7.0}, no task.
    QVERIFY(inputs.setLeverValues(name, QStringLiteral("lever_a"), {{2030, 1.0}, {2031, 1.0}}).ok());
    QVERIFY(inputs.setLeverValues(name, QStringLiteral("lever_a"), {{2030, 2.0}}).ok());
    QCOMPARE(inputs.setLeverValues(name, QStringLiteral("lever_b"), {{2035, 7.0}}).value().revision, 4);
    QVERIFY(implementation.setTaskProgress(name, {QStringLiteral("T2-01"), QStringLiteral("done"), 100, QStringLiteral("x")}).ok());
    const auto cleared = inputs.clearLever(name, QStringLiteral("lever_a"));
    QVERIFY(cleared.ok());
    QCOMPARE(cleared.value().revision, 6);

    const auto restored = Storage::TeamServer::restoreAsFork(*m_admin, name, 4, name + QStringLiteral(" r4"),
                                                             QStringLiteral("ts_province"));
    QVERIFY2(restored.ok(), qPrintable(restored.error().message));
    const auto loaded = inputs.load(restored.value().id);
    QVERIFY(loaded.ok());
    QCOMPARE(loaded.value().levers.value(QStringLiteral("lever_a")), (QMap<int, double>{{2030, 2.0}, {2031, 1.0}}));
    QCOMPARE(loaded.value().levers.value(QStringLiteral("lever_b")), (QMap<int, double>{{2035, 7.0}}));
    const auto tasks = implementation.taskProgress(restored.value().id);
    QVERIFY(tasks.ok());
    QVERIFY(tasks.value().isEmpty());
    // Revision 2: a = {2030: 1.0, 2031: 1.0}, no b.
    const auto r2 = Storage::TeamServer::restoreAsFork(*m_admin, name, 2, name + QStringLiteral(" r2"), {});
    QVERIFY2(r2.ok(), qPrintable(r2.error().message));
    const auto loaded2 = inputs.load(r2.value().id);
    QCOMPARE(loaded2.value().levers.value(QStringLiteral("lever_a")), (QMap<int, double>{{2030, 1.0}, {2031, 1.0}}));
    QVERIFY(!loaded2.value().levers.contains(QStringLiteral("lever_b")));
    // The source is as it was; a revision beyond the last is refused.
    QVERIFY(!inputs.load(created.value().id).value().levers.contains(QStringLiteral("lever_a")));
    QVERIFY(!Storage::TeamServer::restoreAsFork(*m_admin, name, 7, name + QStringLiteral(" r7"), {}).ok());
}

void TeamServerTest::otherSessionsAreNotified()
{
    REQUIRE_SERVER();
    Storage::ChangeListener listener(*m_admin);
    QVERIFY(listener.isListening());
    QSignalSpy spy(&listener, &Storage::ChangeListener::scenarioChanged);
    // Another session (the province's own login) commits a change.
    std::unique_ptr<Storage::Store> province = openAs(QStringLiteral("ts_province"));
    QVERIFY(province);
    const auto set = Storage::ScenarioInputsRepository(*province).setLeverValues(m_scenario, QStringLiteral("lever_n"),
                                                                                 {{2030, 3.0}});
    QVERIFY2(set.ok(), qPrintable(set.error().message));
    QVERIFY(spy.wait(2000));
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(0).toLongLong(), m_scenarioId);
    QCOMPARE(spy.at(0).at(1).toLongLong(), set.value().revision);
    QCOMPARE(spy.at(0).at(2).toString(), QStringLiteral("ts_province"));
    const auto summary = Storage::TeamServer::revisionSummary(*m_admin, m_scenarioId, set.value().revision);
    QVERIFY(summary.ok());
    QCOMPARE(summary.value().who, QStringLiteral("ts_province"));
    QCOMPARE(summary.value().tables, QStringList{QStringLiteral("lever_settings")});
    // After the store's connection is made again (a lost connection), the
    // listener still hears: the new session listens to the same channel.
    QVERIFY(!m_admin->reconnect());
    spy.clear();
    const auto again = Storage::ScenarioInputsRepository(*province).setLeverValues(m_scenario, QStringLiteral("lever_n"),
                                                                                   {{2031, 3.0}});
    QVERIFY(again.ok());
    QVERIFY(spy.wait(2000));
    QCOMPARE(spy.at(0).at(1).toLongLong(), again.value().revision);
    // A change of its own session is not announced to itself.
    spy.clear();
    QVERIFY(Storage::ScenarioInputsRepository(*m_admin).setLeverValues(m_scenario, QStringLiteral("lever_n"), {{2030, 4.0}}).ok());
    QVERIFY(!spy.wait(500));
}

void TeamServerTest::upgradeFromStep7KeepsTaskProgress()
{
    REQUIRE_SERVER();
    // A server database at schema step 7 that server init had set up: a
    // task record of the province, the city planners' policy on the table
    // and the audit trigger keyed by the task alone (stand-ins of the same
    // names; server init replaces them).
    const QString url = TestDatabase::fresh(m_folder.path(), QStringLiteral("step7"));
    qint64 scenarioId = 0;
    {
        QSqlDatabase raw = TestDatabase::connection(QStringLiteral("step7"), url);
        QVERIFY2(raw.open(), qPrintable(raw.lastError().text()));
        QVERIFY(!Storage::migrate(raw, 7));
        QSqlQuery q(raw);
        QVERIFY(q.exec(QStringLiteral("INSERT INTO scenarios (name, created, modified) VALUES ('old', 'x', 'x') RETURNING id")));
        QVERIFY(q.next());
        scenarioId = q.value(0).toLongLong();
        for (const QString &sql :
             {QStringLiteral("INSERT INTO task_progress VALUES (%1, 'T-02-01-1', 'done', 100, 'report')").arg(scenarioId),
              QStringLiteral("CREATE POLICY planner_city_insert ON task_progress FOR INSERT WITH CHECK (true)"),
              QStringLiteral("CREATE FUNCTION planner_audit_row() RETURNS trigger LANGUAGE plpgsql"
                             " AS $$ BEGIN RETURN NULL; END $$"),
              QStringLiteral("CREATE TRIGGER planner_audit AFTER INSERT OR UPDATE OR DELETE ON task_progress"
                             " FOR EACH ROW EXECUTE FUNCTION planner_audit_row('task_id')")})
            QVERIFY2(q.exec(sql), qPrintable(q.lastError().text()));
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("step7"));

    auto opened = Storage::Store::open(url, m_catalog);
    QVERIFY2(opened.ok(), qPrintable(opened.error().message));
    Storage::Store &store = *opened.value();
    QCOMPARE(store.schemaVersion(), 8);
    // The record is kept, as the province's (city '').
    const auto kept = Storage::ImplementationRepository(store).taskProgress(scenarioId);
    QVERIFY(kept.ok());
    QCOMPARE(kept.value().size(), 1);
    QCOMPARE(kept.value().first().status, QStringLiteral("done"));
    QCOMPARE(kept.value().first().evidence, QStringLiteral("report"));
    QSqlQuery q(store.database());
    const auto single = [&](const QString &sql) {
        QVERIFY2(q.exec(sql) && q.next(), qPrintable(q.lastError().text()));
    };
    single(QStringLiteral("SELECT city FROM task_progress"));
    QCOMPARE(q.value(0).toString(), QString());
    // The key is scenario, task and city; the old open policy is gone until
    // server init gives the own-city ones; the audit trigger keys on the city.
    single(QStringLiteral("SELECT string_agg(a.attname, ',' ORDER BY array_position(i.indkey::int2[], a.attnum))"
                          " FROM pg_index i JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = ANY(i.indkey)"
                          " WHERE i.indrelid = 'task_progress'::regclass AND i.indisprimary"));
    QCOMPARE(q.value(0).toString(), QStringLiteral("scenario_id,task_id,city"));
    single(QStringLiteral("SELECT COUNT(*) FROM pg_policies WHERE tablename = 'task_progress'"));
    QCOMPARE(q.value(0).toInt(), 0);
    single(QStringLiteral("SELECT encode(tgargs, 'escape') FROM pg_trigger"
                          " WHERE tgrelid = 'task_progress'::regclass AND tgname = 'planner_audit'"));
    QCOMPARE(q.value(0).toString(), QStringLiteral("task_id\\000city\\000"));

    // server init again: the city planners' own-city policies.
    QVERIFY(!Storage::TeamServer::initialise(store));
    single(QStringLiteral("SELECT string_agg(policyname, ',' ORDER BY policyname) FROM pg_policies"
                          " WHERE tablename = 'task_progress'"));
    QCOMPARE(q.value(0).toString(), QStringLiteral("planner_city_delete,planner_city_insert,planner_city_update,"
                                                   "planner_province,planner_read"));
}

void TeamServerTest::cityPlannerSavesASplitWhereOnlyItsShareChanged()
{
    REQUIRE_SERVER();
    // The window saves a whole split; the store writes only the rows that
    // change, so 长春市's planner may save the split in which only its own
    // share moved (+2 points: the sum is then 2 points over what it was),
    // and not one in which 吉林市's moved too (refused, nothing written).
    QVERIFY(Storage::TeamServer::setOpenToCities(*m_admin, m_scenario, true).ok());
    const double changchun = share(QStringLiteral("长春市"));
    const double jilin = share(QStringLiteral("吉林市"));
    QVERIFY(changchun >= 0 && jilin >= 0);
    std::unique_ptr<Storage::Store> city = openAs(QStringLiteral("ts_changchun"));
    QVERIFY(city);
    QCOMPARE(Storage::TeamServer::ownCity(*city), QStringLiteral("长春市"));
    QCOMPARE(Storage::TeamServer::ownCity(*m_admin), QString());
    const Storage::ImplementationRepository repo(*city);
    const auto mine = repo.setCityShares(m_scenario, m_target,
                                         {{QStringLiteral("长春市"), changchun + 2}, {QStringLiteral("吉林市"), jilin}});
    QVERIFY2(mine.ok(), qPrintable(mine.error().message));
    QCOMPARE(share(QStringLiteral("长春市")), changchun + 2);
    const auto both = repo.setCityShares(m_scenario, m_target,
                                         {{QStringLiteral("长春市"), changchun + 3}, {QStringLiteral("吉林市"), jilin - 3}});
    QVERIFY(!both.ok());
    QVERIFY2(both.error().message.contains(QLatin1StringView("does not let your role make this change")), qPrintable(both.error().message));
    QCOMPARE(share(QStringLiteral("长春市")), changchun + 2);
    QCOMPARE(share(QStringLiteral("吉林市")), jilin);
    QVERIFY(Storage::TeamServer::setOpenToCities(*m_admin, m_scenario, false).ok());
}

void TeamServerTest::sqliteRefusesServerCommands()
{
    QTemporaryDir dir;
    auto opened = Storage::Store::open(dir.filePath(QStringLiteral("s.sqlite")), m_catalog);
    QVERIFY(opened.ok());
    const Storage::Store &store = *opened.value();
    QVERIFY(!Storage::TeamServer::isServer(store));
    const Storage::StoreError init = Storage::TeamServer::initialise(store);
    QVERIFY(init);
    QVERIFY(init.message.contains(QLatin1StringView("postgresql://")));
    QVERIFY(Storage::TeamServer::addUser(store, QStringLiteral("x"), Role::Reviewer, {}));
    QVERIFY(!Storage::TeamServer::audit(store, Storage::baselineScenarioName()).ok());
    QVERIFY(!Storage::TeamServer::restoreAsFork(store, Storage::baselineScenarioName(), 1, QStringLiteral("x"), {}).ok());
    QVERIFY(!Storage::ChangeListener(store).isListening());
    // Comments work on a file too.
    const auto comment = Storage::CommentRepository(store).add(Storage::baselineScenarioName(), {}, QStringLiteral("note"));
    QVERIFY2(comment.ok(), qPrintable(comment.error().message));
    QCOMPARE(comment.value().id, 1);
    QCOMPARE(Storage::CommentRepository(store).list(Storage::baselineScenarioName()).value().size(), 1);
}

// Without a server (the suite's SQLite run) only the SQLite case runs, so
// nothing is reported as skipped; with one (the _pg run), all of them.
int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    TeamServerTest test;
    QStringList arguments = app.arguments();
    if (serverUrl().isEmpty() && arguments.size() == 1)
        arguments.append(QStringLiteral("sqliteRefusesServerCommands"));
    return QTest::qExec(&test, arguments);
}
#include "tst_teamserver.moc"
