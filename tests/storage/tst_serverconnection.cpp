// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

// What only a team server has: its connection can be lost between two
// edits (the server restarted, an administrator ended the session). The
// server rolls back what was not committed; the store connects again and
// makes the edit once more, so nothing is lost and nothing is made twice.
// A location with a password in it is refused before anything connects.
// Writers of different scenarios do not wait for each other; writers of one
// scenario, and a writer of the store as a whole, do.
// Run against the test cluster only (tst_serverconnection_pg).

#include "plancatalog.h"

#include "common/testdatabase.h"

#include "storage/scenarioinputsrepository.h"
#include "storage/scenariorepository.h"
#include "storage/store.h"
#include "storage/transaction.h"

#include <QElapsedTimer>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Planner;

class TestServerConnection final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(TestDatabase::onServer());
        QVERIFY(m_dir.isValid());
        m_catalog = planCatalog();
    }

    // An administrator ends the store's session (pg_terminate_backend)
    // between two edits: the next edit still lands, once. Revision 1 (the
    // fork) + 1 (the notes) + 1 (the lever) = 3.
    void editAfterLostConnectionIsMadeOnce()
    {
        const QString location = TestDatabase::fresh(m_dir.path(), QStringLiteral("lost"));
        auto opened = Storage::Store::open(location, m_catalog);
        QVERIFY2(opened.ok(), qPrintable(opened.error().message));
        Storage::Store &store = *opened.value();
        const Storage::ScenarioRepository scenarios(store);
        QVERIFY(scenarios.fork(Storage::baselineScenarioName(), QStringLiteral("断线"), {}).ok());
        QVERIFY(scenarios.setNotes(QStringLiteral("断线"), QStringLiteral("before")).ok());

        QVERIFY(terminateSessionOf(store));
        QVERIFY(!store.isConnected());

        const auto saved = Storage::ScenarioInputsRepository(store).setLeverValues(
            QStringLiteral("断线"), QStringLiteral("afforestation_per_year"), {{2030, 90.0}}, 2);
        QVERIFY2(saved.ok(), qPrintable(saved.error().message));
        QCOMPARE(saved.value().revision, 3);
        QVERIFY(store.isConnected());
        const auto inputs = Storage::ScenarioInputsRepository(store).load(saved.value().id);
        QCOMPARE(inputs.value().levers.value(QStringLiteral("afforestation_per_year")).value(2030), 90.0);
    }

    // Ended inside a transaction the store's code had begun: the error is
    // the one for a lost connection, and nothing of the transaction stays.
    void lostConnectionIsNamed()
    {
        const QString location = TestDatabase::fresh(m_dir.path(), QStringLiteral("named"));
        auto opened = Storage::Store::open(location, m_catalog);
        QVERIFY(opened.ok());
        Storage::Store &store = *opened.value();
        QSqlQuery q(store.database());
        QVERIFY(q.exec(QStringLiteral("BEGIN")));
        QVERIFY(q.exec(QStringLiteral("UPDATE scenarios SET notes = 'half' WHERE template = 'current_trends'")));
        QVERIFY(terminateSessionOf(store));
        QVERIFY(!q.exec(QStringLiteral("COMMIT")));
        const Storage::StoreError error = Storage::Store::sqlError(QStringLiteral("Saving"), q.lastError());
        q = QSqlQuery();
        QVERIFY2(error.code == Storage::StoreError::Code::Unreachable, qPrintable(error.message));
        QVERIFY2(error.message.contains(QStringLiteral("connection to the team server was lost")), qPrintable(error.message));
        QVERIFY(!store.reconnect().isError());
        const auto trends = Storage::ScenarioRepository(store).find(Storage::baselineScenarioName());
        QVERIFY(trends.value().notes.isEmpty());
    }

    void passwordInTheLocationIsRefused()
    {
        const QString location = TestDatabase::fresh(m_dir.path(), QStringLiteral("password"));
        QString withPassword = location;
        withPassword.replace(QStringLiteral("postgres@"), QStringLiteral("postgres:secret@"));
        QVERIFY(withPassword != location);
        const auto opened = Storage::Store::open(withPassword, m_catalog);
        QVERIFY(!opened.ok());
        QVERIFY2(opened.error().message.contains(QStringLiteral("PGPASSWORD")), qPrintable(opened.error().message));
        QVERIFY(!opened.error().message.contains(QStringLiteral("secret")));
    }

    // Session A is in the middle of a change of scenario X (its write
    // transaction open, X's lock taken, as ScenarioRepository::modify holds
    // it). Session B's edit of scenario Y goes through at once; session C's
    // edit of X, and C's creating a scenario (a write of the store as a
    // whole), wait the whole lock_timeout (5 s, the store's busy timeout)
    // and are refused with "try again", changing nothing. Once A has
    // ended, C's edit goes through. Then the other way round: while a
    // store-wide write is open, B's edit of Y waits and is refused too.
    void writersOfDifferentScenariosDoNotWait()
    {
        const QString location = TestDatabase::fresh(m_dir.path(), QStringLiteral("locks"));
        std::unique_ptr<Storage::Store> a, b, c;
        for (std::unique_ptr<Storage::Store> *session : {&a, &b, &c}) {
            auto opened = Storage::Store::open(location, m_catalog);
            QVERIFY2(opened.ok(), qPrintable(opened.error().message));
            *session = std::move(opened.value());
        }
        const QString x = QStringLiteral("甲"), y = QStringLiteral("乙");
        const QString lever = QStringLiteral("afforestation_per_year");
        const auto forkX = Storage::ScenarioRepository(*a).fork(Storage::baselineScenarioName(), x, {});
        QVERIFY(forkX.ok());
        QVERIFY(Storage::ScenarioRepository(*a).fork(Storage::baselineScenarioName(), y, {}).ok());
        // A fork is at revision 1.
        QCOMPARE(forkX.value().revision, 1);
        const int timeoutMs = 5000;  // the store's lock_timeout

        QElapsedTimer clock;
        {
            Storage::Transaction holdX(a->database(), Storage::Transaction::Kind::ScenarioWrite);
            QVERIFY(holdX.isActive());
            QVERIFY(holdX.lockScenario(forkX.value().id));

            clock.start();
            const auto editY = Storage::ScenarioInputsRepository(*b).setLeverValues(y, lever, {{2030, 80.0}});
            const qint64 yMs = clock.elapsed();
            QVERIFY2(editY.ok(), qPrintable(editY.error().message));
            QCOMPARE(editY.value().revision, 2);  // the fork's 1, this edit's 1
            QVERIFY2(yMs < timeoutMs / 2, qPrintable(QString::number(yMs)));

            clock.restart();
            const auto editX = Storage::ScenarioInputsRepository(*c).setLeverValues(x, lever, {{2030, 81.0}});
            const qint64 xMs = clock.elapsed();
            QVERIFY(!editX.ok());
            QCOMPARE(editX.error().code, Storage::StoreError::Code::Locked);
            QVERIFY2(editX.error().message.contains(QStringLiteral("try again")), qPrintable(editX.error().message));
            QVERIFY2(xMs >= timeoutMs - 100, qPrintable(QString::number(xMs)));

            clock.restart();
            const auto created = Storage::ScenarioRepository(*c).create(QStringLiteral("丙"), {});
            const qint64 createMs = clock.elapsed();
            QVERIFY(!created.ok());
            QCOMPARE(created.error().code, Storage::StoreError::Code::Locked);
            QVERIFY2(createMs >= timeoutMs - 100, qPrintable(QString::number(createMs)));
        }  // A rolls back
        QCOMPARE(Storage::ScenarioRepository(*c).find(x).value().revision, 1);  // nothing of C's was written
        QVERIFY(!Storage::ScenarioRepository(*c).find(QStringLiteral("丙")).ok());
        const auto editX = Storage::ScenarioInputsRepository(*c).setLeverValues(x, lever, {{2030, 81.0}});
        QVERIFY2(editX.ok(), qPrintable(editX.error().message));
        QCOMPARE(editX.value().revision, 2);

        {
            Storage::Transaction storeWide(a->database(), Storage::Transaction::Kind::Write);
            QVERIFY(storeWide.isActive());
            clock.restart();
            const auto editY = Storage::ScenarioInputsRepository(*b).setLeverValues(y, lever, {{2031, 82.0}});
            const qint64 yMs = clock.elapsed();
            QVERIFY(!editY.ok());
            QCOMPARE(editY.error().code, Storage::StoreError::Code::Locked);
            QVERIFY2(yMs >= timeoutMs - 100, qPrintable(QString::number(yMs)));
        }
        QCOMPARE(Storage::ScenarioRepository(*b).find(y).value().revision, 2);
    }

private:
    // Ends the store's server session from a second connection, as an
    // administrator would.
    static bool terminateSessionOf(const Storage::Store &store)
    {
        QSqlQuery pid(store.database());
        if (!pid.exec(QStringLiteral("SELECT pg_backend_pid()")) || !pid.next())
            return false;
        const qint64 backend = pid.value(0).toLongLong();
        bool ended = false;
        {
            QSqlDatabase admin = TestDatabase::connection(QStringLiteral("terminator"), TestDatabase::serverUrl());
            if (admin.open()) {
                QSqlQuery q(admin);
                q.prepare(QStringLiteral("SELECT pg_terminate_backend(:p, 5000)"));
                q.bindValue(QStringLiteral(":p"), backend);
                ended = q.exec() && q.next() && q.value(0).toBool();
                admin.close();
            }
        }
        QSqlDatabase::removeDatabase(QStringLiteral("terminator"));
        return ended;
    }

    QTemporaryDir m_dir;
    Engine::Catalog m_catalog;
};

QTEST_GUILESS_MAIN(TestServerConnection)
#include "tst_serverconnection.moc"
