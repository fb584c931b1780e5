// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

// Crash safety and concurrent use, end to end: the built jilin-planner
// writing lever settings through "batch" (one saved edit a line, each
// reported on standard output after its commit), killed at random moments,
// or run twice at once on one database, or kept waiting by a lock that
// another program holds. The database is inspected with plain SQL.

#include "clirunner.h"
#include "common/testdatabase.h"

#include <QFile>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <memory>

namespace {

// The scenario the writers change: a planner's fork of the current-trends
// template (the shipped scenarios are read-only).
const QString kBaseline = QStringLiteral("工作情景");
constexpr int kFirstYear = 2024;
constexpr int kYears = 12;  // 2024-2035

// What the database holds for the baseline scenario, read with plain SQL.
struct DatabaseState
{
    QString integrity;  // PRAGMA integrity_check; on PostgreSQL amcheck's index checks
    qint64 revision = -1;
    QMap<Cell, double> values;
    QString error;
};

// PostgreSQL: every B-tree index of the store's tables checked against its
// table by the server's amcheck (bt_index_parent_check with heapallindexed:
// every row is in its indexes, and the index is ordered); "ok" when all pass.
QString serverIntegrity(QSqlDatabase db)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("CREATE EXTENSION IF NOT EXISTS amcheck")))
        return q.lastError().text();
    if (!q.exec(QStringLiteral("SELECT c.relname, bt_index_parent_check(c.oid, true) FROM pg_index i"
                               " JOIN pg_class c ON c.oid = i.indexrelid JOIN pg_am a ON a.oid = c.relam"
                               " JOIN pg_namespace n ON n.oid = c.relnamespace"
                               " WHERE a.amname = 'btree' AND n.nspname = current_schema()")))
        return q.lastError().text();
    int checked = 0;
    while (q.next())
        ++checked;
    return checked > 0 ? QStringLiteral("ok") : QStringLiteral("no index checked");
}

DatabaseState readState(const QString &path)
{
    DatabaseState state;
    const StoredLevers stored = readStoredLevers(path, kBaseline, [&](QSqlDatabase db) {
        if (TestDatabase::onServer()) {
            state.integrity = serverIntegrity(db);
            return;
        }
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("PRAGMA integrity_check"))) {
            state.error = q.lastError().text();
            return;
        }
        QStringList rows;
        while (q.next())
            rows.append(q.value(0).toString());
        state.integrity = rows.join(u'\n');
    });
    state.revision = stored.revision;
    state.values = stored.values;
    if (state.error.isEmpty())
        state.error = stored.error;
    return state;
}

// The revisions of the complete "Set ... (revision N)." lines of --lang en
// output, in order. A last line cut off by a kill does not count.
QList<qint64> reportedRevisions(const QString &out)
{
    static const QRegularExpression line(QStringLiteral("^Set \\S+ to \\S+ for \\d+-\\d+ in \".*\" \\(revision (\\d+)\\)\\.$"));
    QList<qint64> revisions;
    QStringList lines = out.split(u'\n');
    lines.removeLast();  // after the last newline: empty, or a line cut off
    for (const QString &l : std::as_const(lines)) {
        const QRegularExpressionMatch m = line.match(l);
        if (m.hasMatch())
            revisions.append(m.captured(1).toLongLong());
    }
    return revisions;
}

} // namespace

class TestResilience final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_env = isolatedEnvironment(m_dir.path());
        m_levers = rangedLevers(m_env);
        QVERIFY(m_levers.size() >= 20);
    }

    // SIGKILL (QProcess::kill) at random moments of a run that saves one
    // lever setting a line. Every setting reported saved must be there,
    // and the database must stay whole.
    void killedAtRandomMomentsLosesNothingReported()
    {
        const QString db = newDatabase(QStringLiteral("crash"));
        const QString batchFile = m_dir.filePath(QStringLiteral("crash-batch.txt"));
        const int cells = int(m_levers.size()) * kYears;
        QRandomGenerator random(20240528);  // the kill moments are reproducible

        constexpr int wantedKills = 160;
        constexpr int maxRounds = 400;
        int rounds = 0;
        int kills = 0;
        int killsBeforeFirstEdit = 0;
        qint64 reportedTotal = 0;
        qint64 foundTotal = 0;
        qint64 committedUnreported = 0;
        qint64 losses = 0;

        while (kills < wantedKills && rounds < maxRounds) {
            const int round = rounds++;
            // Round r sets every cell once, in order, to a value no other
            // round uses: (r + 1) thousandths of the way through the range.
            QList<Cell> order;
            QList<double> values;
            {
                QFile file(batchFile);
                QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
                for (int c = 0; c < cells; ++c) {
                    const CliLever &lever = m_levers.at(c % m_levers.size());
                    const Cell cell{lever.id, kFirstYear + c / int(m_levers.size())};
                    const double value = lever.min + (lever.max - lever.min) * (round + 1) / 1000.0;
                    order.append(cell);
                    values.append(value);
                    file.write(QStringLiteral("lever set --scenario %1 --lever %2 --year %3 -- %4\n")
                                   .arg(kBaseline, cell.lever).arg(cell.year).arg(exactNumber(value)).toUtf8());
                }
            }
            const DatabaseState before = readState(db);
            QCOMPARE(before.integrity, QStringLiteral("ok"));

            QProcess process;
            process.setProcessEnvironment(m_env);
            process.start(QStringLiteral(PLANNER_BINARY),
                          {QStringLiteral("--db"), db, QStringLiteral("--lang"), QStringLiteral("en"),
                           QStringLiteral("batch"), batchFile});
            QVERIFY(process.waitForStarted());
            if (round % 2 == 0) {
                // Anywhere in start-up, opening (a write transaction of its
                // own) and the first edits.
                QThread::usleep(random.bounded(100000));
            } else {
                // Among the edits: after the first one was reported.
                process.waitForReadyRead(30000);
                QThread::usleep(random.bounded(50000));
            }
            const bool running = process.state() == QProcess::Running;
            process.kill();  // SIGKILL on Unix, TerminateProcess on Windows: no clean-up runs
            QVERIFY(process.waitForFinished(30000));
            if (running && process.exitStatus() == QProcess::CrashExit)
                ++kills;

            const QList<qint64> reported = reportedRevisions(QString::fromUtf8(process.readAllStandardOutput()));
            const DatabaseState after = readState(db);
            QVERIFY2(after.error.isEmpty(), qPrintable(after.error));
            QCOMPARE(after.integrity, QStringLiteral("ok"));

            // The lines report revisions before+1, before+2, ... in order.
            for (qsizetype i = 0; i < reported.size(); ++i)
                QCOMPARE(reported.at(i), before.revision + i + 1);
            if (reported.isEmpty())
                ++killsBeforeFirstEdit;

            // The cells holding this round's value: a prefix of the order.
            int found = 0;
            while (found < cells && after.values.value(order.at(found), qQNaN()) == values.at(found))
                ++found;
            for (int c = found; c < cells; ++c)
                QVERIFY2(after.values.value(order.at(c), qQNaN()) != values.at(c),
                         qPrintable(QStringLiteral("round %1: cell %2 saved out of order").arg(round).arg(c)));
            for (qsizetype i = found; i < reported.size(); ++i)
                ++losses;  // reported saved, but not in the database
            // At most one more than reported: killed between COMMIT and its line.
            QVERIFY2(found <= reported.size() + 1,
                     qPrintable(QStringLiteral("round %1: %2 found, %3 reported").arg(round).arg(found).arg(reported.size())));
            if (found > reported.size())
                ++committedUnreported;
            // Every saved edit raised the revision exactly once.
            QCOMPARE(after.revision, before.revision + found);

            reportedTotal += reported.size();
            foundTotal += found;
        }

        qInfo("crash safety: %d runs, %d killed with SIGKILL (%d before the first edit was reported); "
              "%lld edits reported committed, %lld found in the database (%lld committed but killed before "
              "the report), %lld reported edits lost",
              rounds, kills, killsBeforeFirstEdit, reportedTotal, foundTotal, committedUnreported, losses);
        QCOMPARE(losses, 0);
        QCOMPARE(kills, wantedKills);
        // The kills must have landed among the edits, not only in start-up.
        QVERIFY(reportedTotal > 0);
        QVERIFY(kills - killsBeforeFirstEdit >= wantedKills / 4);
    }

    // Two batches at once on one database, each saving its own cells: every
    // edit of both is saved, each raised the revision once (no lost update:
    // the revision is read and raised inside one BEGIN IMMEDIATE
    // transaction, on PostgreSQL one holding the store's writer lock), and
    // none failed with "database is locked".
    void twoBatchesAtOnceLoseNoUpdate()
    {
        const QString db = newDatabase(QStringLiteral("two-batches"));
        constexpr int perWriter = 150;
        const DatabaseState before = readState(db);
        QCOMPARE(before.revision, 1);

        QList<QMap<Cell, double>> planned(2);
        std::unique_ptr<QProcess> writers[2];
        for (int w = 0; w < 2; ++w) {
            // Writer 0 takes the years 2024-2029, writer 1 2030-2035.
            const QString file = m_dir.filePath(QStringLiteral("writer-%1.txt").arg(w));
            QFile out(file);
            QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
            for (int i = 0; i < perWriter; ++i) {
                const CliLever &lever = m_levers.at(i % m_levers.size());
                const Cell cell{lever.id, kFirstYear + w * 6 + i / int(m_levers.size())};
                QVERIFY(cell.year < kFirstYear + (w + 1) * 6);
                const double value = lever.min + (lever.max - lever.min) * (w == 0 ? 0.25 : 0.75);
                planned[w].insert(cell, value);
                out.write(QStringLiteral("lever set --scenario %1 --lever %2 --year %3 -- %4\n")
                              .arg(kBaseline, cell.lever).arg(cell.year).arg(exactNumber(value)).toUtf8());
            }
            out.close();
            writers[w] = std::make_unique<QProcess>();
            writers[w]->setProcessEnvironment(m_env);
            writers[w]->start(QStringLiteral(PLANNER_BINARY), {QStringLiteral("--db"), db, QStringLiteral("--lang"),
                                                               QStringLiteral("en"), QStringLiteral("batch"), file});
        }
        QSet<qint64> revisions;
        for (int w = 0; w < 2; ++w) {
            QVERIFY(writers[w]->waitForFinished(120000));
            const QString err = QString::fromUtf8(writers[w]->readAllStandardError());
            QVERIFY2(err.isEmpty(), qPrintable(err));
            QCOMPARE(writers[w]->exitStatus(), QProcess::NormalExit);
            QCOMPARE(writers[w]->exitCode(), 0);
            const QList<qint64> reported = reportedRevisions(QString::fromUtf8(writers[w]->readAllStandardOutput()));
            QCOMPARE(reported.size(), perWriter);
            for (qint64 r : reported)
                revisions.insert(r);
        }
        checkAllSaved(db, before.revision, planned, revisions, 2 * perWriter);
    }

    // The same with one process per edit, so that opening the database (a
    // write transaction that brings the catalog in line) competes as well.
    void twoWritersOfSingleEditsLoseNoUpdate()
    {
        const QString db = newDatabase(QStringLiteral("single-edits"));
        constexpr int perWriter = 20;
        const DatabaseState before = readState(db);

        QList<QMap<Cell, double>> planned(2);
        QList<QList<CliResult>> results(2);
        QList<QThread *> threads;
        for (int w = 0; w < 2; ++w) {
            QList<QStringList> commands;
            for (int i = 0; i < perWriter; ++i) {
                const CliLever &lever = m_levers.at(i);
                const Cell cell{lever.id, kFirstYear + w};
                const double value = lever.min + (lever.max - lever.min) * (w == 0 ? 0.3 : 0.6);
                planned[w].insert(cell, value);
                commands.append({QStringLiteral("--db"), db, QStringLiteral("--lang"), QStringLiteral("en"),
                                 QStringLiteral("lever"), QStringLiteral("set"), QStringLiteral("--scenario"), kBaseline,
                                 QStringLiteral("--lever"), cell.lever, QStringLiteral("--year"),
                                 QString::number(cell.year), QStringLiteral("--"), exactNumber(value)});
            }
            QList<CliResult> *into = &results[w];
            const QProcessEnvironment env = m_env;
            threads.append(QThread::create([commands, into, env] {
                for (const QStringList &arguments : commands)
                    into->append(runCli(arguments, env));
            }));
        }
        for (QThread *t : std::as_const(threads))
            t->start();
        for (QThread *t : std::as_const(threads)) {
            QVERIFY(t->wait(240000));
            delete t;
        }
        QSet<qint64> revisions;
        for (int w = 0; w < 2; ++w) {
            QCOMPARE(results[w].size(), perWriter);
            for (const CliResult &r : std::as_const(results[w])) {
                QVERIFY2(r.exitCode == 0 && r.err.isEmpty(), qPrintable(r.err));
                const QList<qint64> reported = reportedRevisions(r.out);
                QCOMPARE(reported.size(), 1);
                revisions.insert(reported.first());
            }
        }
        checkAllSaved(db, before.revision, planned, revisions, 2 * perWriter);
    }

    // Another program holds the write lock longer than the busy timeout
    // (5 s): the command waits, then says who holds the database and what to
    // do, exits with 1 and changes nothing. Once the lock is released the
    // same command goes through. On PostgreSQL the lock held here by a plain
    // SQL session is the store's transaction-level advisory lock, key
    // 0x4A4C5057 ("JLPW" in ASCII, 1246515287), exclusive, as a store-wide
    // change holds it: an edit of any scenario needs it shared first
    // (modules/storage/transaction.h); the wait is the session's
    // lock_timeout of 5 s.
    void lockHeldByAnotherProgram()
    {
        const QString db = newDatabase(QStringLiteral("held"));
        const DatabaseState before = readState(db);
        const CliLever &lever = m_levers.first();
        const QStringList command{QStringLiteral("--db"), db, QStringLiteral("--lang"), QStringLiteral("en"),
                                  QStringLiteral("lever"), QStringLiteral("set"), QStringLiteral("--scenario"), kBaseline,
                                  QStringLiteral("--lever"), lever.id, QStringLiteral("--year"), QStringLiteral("2030"),
                                  QStringLiteral("--"), exactNumber(lever.max)};
        CliResult refused;
        {
            QSqlDatabase holder = TestDatabase::connection(QStringLiteral("holder"), db);
            QVERIFY(holder.open());
            QSqlQuery q(holder);
            if (TestDatabase::onServer())
                QVERIFY(q.exec(QStringLiteral("BEGIN")) && q.exec(QStringLiteral("SELECT pg_advisory_xact_lock(1246515287)")));
            else
                QVERIFY(q.exec(QStringLiteral("BEGIN EXCLUSIVE")));
            refused = runCli(command, m_env);
            QVERIFY(q.exec(QStringLiteral("ROLLBACK")));
            holder.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("holder"));
        QCOMPARE(refused.exitStatus, QProcess::NormalExit);
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains(QStringLiteral("another program")), qPrintable(refused.err));
        QVERIFY2(refused.err.contains(QStringLiteral("Nothing was changed")), qPrintable(refused.err));
        QVERIFY2(refused.err.contains(QStringLiteral("try again")), qPrintable(refused.err));
        QVERIFY(refused.out.isEmpty());
        const DatabaseState unchanged = readState(db);
        QCOMPARE(unchanged.integrity, QStringLiteral("ok"));
        QCOMPARE(unchanged.revision, before.revision);
        QCOMPARE(unchanged.values, before.values);

        const CliResult retried = runCli(command, m_env);
        QCOMPARE(retried.exitCode, 0);
        const DatabaseState changed = readState(db);
        QCOMPARE(changed.revision, before.revision + 1);
        QCOMPARE(changed.values.value({lever.id, 2030}), lever.max);
    }

private:
    // A new database with the shipped scenarios and a fork of current
    // trends, the scenario the writers change, at revision 1.
    QString newDatabase(const QString &name)
    {
        const QString path = TestDatabase::fresh(m_dir.path(), name);
        const CliResult r = runCli({QStringLiteral("--db"), path, QStringLiteral("scenario"), QStringLiteral("fork"),
                                    QStringLiteral("现状趋势情景"), kBaseline},
                                   m_env);
        if (r.exitCode != 0)
            qFatal("cannot create %s: %s", qPrintable(path), qPrintable(r.err));
        return path;
    }

    // Every planned cell holds its value, and the revisions reported by the
    // writers are exactly before+1 ... before+edits, each once.
    void checkAllSaved(const QString &db, qint64 before, const QList<QMap<Cell, double>> &planned,
                       const QSet<qint64> &revisions, int edits)
    {
        const DatabaseState after = readState(db);
        QCOMPARE(after.integrity, QStringLiteral("ok"));
        QCOMPARE(after.revision, before + edits);
        QCOMPARE(revisions.size(), edits);
        for (qint64 r = before + 1; r <= before + edits; ++r)
            QVERIFY2(revisions.contains(r), qPrintable(QStringLiteral("revision %1 reported by nobody").arg(r)));
        int found = 0;
        for (const QMap<Cell, double> &writer : planned) {
            for (auto it = writer.cbegin(); it != writer.cend(); ++it) {
                QCOMPARE(after.values.value(it.key(), qQNaN()), it.value());
                ++found;
            }
        }
        QCOMPARE(found, edits);
        qInfo("concurrent use: %d edits by two writers reported saved, %d found, final revision %lld (from %lld)",
              edits, found, after.revision, before);
    }

    QTemporaryDir m_dir;
    QProcessEnvironment m_env;
    QList<CliLever> m_levers;
};

QTEST_GUILESS_MAIN(TestResilience)
#include "tst_resilience.moc"
