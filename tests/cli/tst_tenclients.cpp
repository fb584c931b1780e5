// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

// Ten clients on one team server scenario for a fixed time (60 s; the
// environment variable PLANNER_TEST_CLIENT_SECONDS shortens it for a local
// run, CI leaves it unset). Each client is a loop of the built jilin-planner,
// one `lever set` process per edit, each client on a lever of its own, the
// years in turn, a value no earlier edit of that lever used. Run on the test
// PostgreSQL server only (tst_tenclients_pg); the two-writer tests of
// tst_resilience cover both engines.
//
// The revision rule (ScenarioRepository::modify and touch): every saved edit
// raises the scenario's revision by exactly one, inside the transaction that
// writes the row, and `lever set` prints the revision its edit made. So with
// S edits reported saved, starting from revision R:
//   - the final revision is R + S;
//   - the revisions reported are exactly R+1 … R+S, each once;
//   - each (lever, year) holds the last value its client reported saved,
//     and every cell no client touched holds what it held before.
// A refusal may only be the store's clear "write lock … Nothing was changed
// … try again" message (lock timeout, serialization failure or deadlock on
// the server); the client then retries the same edit. Any other failure, a
// crash, or an edit reported saved twice fails the test. A plain SQL session
// holds the write lock for 6.5 s during the run, so refusals do happen.

#include "clirunner.h"
#include "common/testdatabase.h"

#include <QDeadlineTimer>
#include <QMap>
#include <QMutex>
#include <QRegularExpression>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <memory>

namespace {

const QString kScenario = QStringLiteral("协同编辑情景");
constexpr int kClients = 10;
constexpr int kFirstYear = 2024;
constexpr int kYears = 12;  // 2024-2035

// What one client saw.
struct ClientLog
{
    QMap<Cell, double> lastSaved;  // the last value reported saved, per cell
    QList<qint64> revisions;       // the revision each saved edit reported
    int refusals = 0;              // clear busy refusals, each retried
    QStringList failures;          // anything else
};

} // namespace

class TestTenClients final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // This suite is registered as tst_tenclients_pg only (POSTGRES_ONLY).
        QVERIFY2(TestDatabase::onServer(), "PLANNER_TEST_PG_URL is not set: run tst_tenclients_pg through ctest");
        m_env = isolatedEnvironment(m_dir.path());
        m_levers = rangedLevers(m_env);
        QVERIFY(m_levers.size() >= kClients);
    }

    void tenClientsOnDifferentLeversLoseNoUpdate()
    {
        const QString db = TestDatabase::fresh(m_dir.path(), QStringLiteral("ten-clients"));
        const CliResult forked = runCli({QStringLiteral("--db"), db, QStringLiteral("scenario"), QStringLiteral("fork"),
                                         QStringLiteral("现状趋势情景"), kScenario},
                                        m_env);
        QVERIFY2(forked.exitCode == 0, qPrintable(forked.err));
        const StoredLevers before = readStoredLevers(db, kScenario);
        QVERIFY2(before.error.isEmpty(), qPrintable(before.error));
        QCOMPARE(before.revision, 1);  // a fork starts at revision 1

        bool ok = false;
        int seconds = qEnvironmentVariableIntValue("PLANNER_TEST_CLIENT_SECONDS", &ok);
        if (!ok || seconds <= 0)
            seconds = 60;
        static const QRegularExpression saved(
            QStringLiteral("^Set \\S+ to \\S+ for \\d+-\\d+ in \".*\" \\(revision (\\d+)\\)\\.$"),
            QRegularExpression::MultilineOption);

        QList<ClientLog> logs(kClients);
        QList<QThread *> threads;
        const QDeadlineTimer deadline{std::chrono::seconds(seconds)};
        // A refused edit is retried; past the deadline for at most 60 s more.
        const QDeadlineTimer retryDeadline{std::chrono::seconds(seconds + 60)};
        for (int c = 0; c < kClients; ++c) {
            const CliLever lever = m_levers.at(c);
            ClientLog *log = &logs[c];
            const QProcessEnvironment env = m_env;
            threads.append(QThread::create([lever, log, env, db, &deadline, &retryDeadline] {
                for (int i = 0; !deadline.hasExpired(); ++i) {
                    const Cell cell{lever.id, kFirstYear + i % kYears};
                    // (i + 1) ten-thousandths of the range: no earlier edit of
                    // this lever used the value.
                    const double value = lever.min + (lever.max - lever.min) * (i + 1) / 10000.0;
                    const QStringList arguments{QStringLiteral("--db"), db, QStringLiteral("--lang"), QStringLiteral("en"),
                                                QStringLiteral("lever"), QStringLiteral("set"), QStringLiteral("--scenario"),
                                                kScenario, QStringLiteral("--lever"), cell.lever, QStringLiteral("--year"),
                                                QString::number(cell.year), QStringLiteral("--"), exactNumber(value)};
                    for (;;) {
                        const CliResult r = runCli(arguments, env);
                        if (r.exitStatus == QProcess::NormalExit && r.exitCode == 0) {
                            const QRegularExpressionMatch m = saved.match(r.out);
                            if (!m.hasMatch() || !r.err.isEmpty()) {
                                log->failures.append(QStringLiteral("saved without its line: %1 %2").arg(r.out, r.err));
                            } else {
                                log->revisions.append(m.captured(1).toLongLong());
                                log->lastSaved.insert(cell, value);
                            }
                            break;
                        }
                        const bool busy = r.exitStatus == QProcess::NormalExit && r.exitCode == 1 && r.out.isEmpty()
                                          && r.err.contains(QStringLiteral("write lock"))
                                          && r.err.contains(QStringLiteral("Nothing was changed"))
                                          && r.err.contains(QStringLiteral("try again"));
                        if (!busy) {
                            log->failures.append(QStringLiteral("exit %1 (%2): %3")
                                                     .arg(r.exitCode)
                                                     .arg(r.exitStatus == QProcess::NormalExit ? QStringLiteral("normal") : QStringLiteral("crash"))
                                                     .arg(r.err));
                            return;
                        }
                        ++log->refusals;
                        if (retryDeadline.hasExpired()) {
                            log->failures.append(QStringLiteral("still refused after the retry time: %1").arg(r.err));
                            return;
                        }
                    }
                }
            }));
        }
        for (QThread *t : std::as_const(threads))
            t->start();
        // A third of the way in, another session holds the store's write
        // lock (the advisory lock 0x4A4C5057, see tst_resilience) for 6.5 s,
        // longer than a writer's lock_timeout of 5 s: the clients waiting
        // then are refused with the clear message and retry, so the refusal
        // path is taken in every run, not only when the machine is slow.
        QThread::sleep(static_cast<unsigned long>(seconds / 3));
        {
            QSqlDatabase holder = TestDatabase::connection(QStringLiteral("holder"), db);
            QVERIFY2(holder.open(), qPrintable(holder.lastError().text()));
            QSqlQuery q(holder);
            QVERIFY(q.exec(QStringLiteral("BEGIN")) && q.exec(QStringLiteral("SELECT pg_advisory_xact_lock(1246515287)")));
            QThread::msleep(6500);
            QVERIFY(q.exec(QStringLiteral("ROLLBACK")));
            holder.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("holder"));
        for (QThread *t : std::as_const(threads)) {
            QVERIFY(t->wait(QDeadlineTimer(std::chrono::seconds(seconds + 180))));
            delete t;
        }

        qint64 savedEdits = 0;
        int refusals = 0;
        QSet<qint64> revisions;
        QMap<Cell, double> expected = before.values;
        for (int c = 0; c < kClients; ++c) {
            const ClientLog &log = logs.at(c);
            QVERIFY2(log.failures.isEmpty(), qPrintable(QStringLiteral("client %1: %2").arg(c).arg(log.failures.join(u'\n'))));
            // Every client got edits through: nobody was starved for the whole time.
            QVERIFY2(!log.revisions.isEmpty(), qPrintable(QStringLiteral("client %1 saved nothing").arg(c)));
            savedEdits += log.revisions.size();
            refusals += log.refusals;
            for (qint64 r : log.revisions) {
                QVERIFY2(!revisions.contains(r), qPrintable(QStringLiteral("revision %1 reported twice").arg(r)));
                revisions.insert(r);
            }
            for (auto it = log.lastSaved.cbegin(); it != log.lastSaved.cend(); ++it)
                expected.insert(it.key(), it.value());
        }

        // The held lock refused at least one waiting client (each of the ten
        // was inside a `lever set` or about to start one).
        QVERIFY(refusals >= 1);
        const StoredLevers after = readStoredLevers(db, kScenario);
        QVERIFY2(after.error.isEmpty(), qPrintable(after.error));
        QCOMPARE(after.revision, before.revision + savedEdits);
        for (qint64 r = before.revision + 1; r <= before.revision + savedEdits; ++r)
            QVERIFY2(revisions.contains(r), qPrintable(QStringLiteral("revision %1 reported by nobody").arg(r)));
        // Every cell: the last value its client saved, or untouched.
        QCOMPARE(after.values.size(), expected.size());
        for (auto it = expected.cbegin(); it != expected.cend(); ++it)
            QVERIFY2(after.values.value(it.key(), qQNaN()) == it.value(),
                     qPrintable(QStringLiteral("%1 %2: %3 in the store, %4 expected")
                                    .arg(it.key().lever)
                                    .arg(it.key().year)
                                    .arg(exactNumber(after.values.value(it.key(), qQNaN())), exactNumber(it.value()))));
        qInfo("ten clients for %d s: %lld edits saved (%.1f a second), %d refusals retried, revision %lld -> %lld",
              seconds, savedEdits, double(savedEdits) / seconds, refusals, before.revision, after.revision);
    }

private:
    QTemporaryDir m_dir;
    QProcessEnvironment m_env;
    QList<CliLever> m_levers;
};

QTEST_GUILESS_MAIN(TestTenClients)
#include "tst_tenclients.moc"
