// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

// Bad databases get a clear message, the file is left untouched, and nothing
// crashes. A read-only database opens for viewing.

#include "plancatalog.h"

#include "storage/migrations.h"
#include "storage/scenariorepository.h"
#include "storage/store.h"

#include <QDir>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Planner;
using Storage::StoreError;

class TestBadDatabase final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_catalog = planCatalog();
    }

    void missingFolder()
    {
        const QString path = m_dir.filePath(QStringLiteral("no/such/folder/db.sqlite"));
        const auto opened = Storage::Store::open(path, m_catalog);
        QVERIFY(!opened.ok());
        QCOMPARE(opened.error().code, StoreError::Code::CannotCreate);
        QVERIFY2(opened.error().message.contains(QStringLiteral("does not exist")), qPrintable(opened.error().message));
        QVERIFY(!QFile::exists(path));
    }

    void unwritableFolder()
    {
        const QString folder = m_dir.filePath(QStringLiteral("locked"));
        QVERIFY(QDir().mkpath(folder));
        QVERIFY(QFile::setPermissions(folder, QFile::ReadOwner | QFile::ExeOwner));
        const QString path = folder + QStringLiteral("/db.sqlite");
        const auto opened = Storage::Store::open(path, m_catalog);
        QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        QVERIFY(!opened.ok());
        QCOMPARE(opened.error().code, StoreError::Code::CannotCreate);
        QVERIFY2(opened.error().message.contains(QStringLiteral("not writable")), qPrintable(opened.error().message));
        QVERIFY(!QFile::exists(path));
    }

    void notSqlite_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::newRow("text") << QByteArray("name,value\n森林覆盖率,45.42\n");
        QTest::newRow("short") << QByteArray("SQLite format 3");
        QTest::newRow("binary") << QByteArray(4096, '\xA5');
        QTest::newRow("json") << QByteArray("{\"scenario\": \"基准情景\"}");
    }

    void notSqlite()
    {
        QFETCH(QByteArray, content);
        const QString path = writeFile(QStringLiteral("foreign.db"), content);
        const QByteArray before = fileHash(path);
        const auto opened = Storage::Store::open(path, m_catalog);
        QVERIFY(!opened.ok());
        QCOMPARE(opened.error().code, StoreError::Code::NotADatabase);
        QVERIFY(opened.error().message.contains(QStringLiteral("not an SQLite file")));
        QCOMPARE(fileHash(path), before);
        QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
    }

    void foreignSqliteDatabase()
    {
        const QString path = m_dir.filePath(QStringLiteral("other-program.sqlite"));
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("CREATE TABLE contacts (name TEXT)")));
            QVERIFY(q.exec(QStringLiteral("INSERT INTO contacts VALUES ('张三')")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("other"));
        const QByteArray before = fileHash(path);
        const auto opened = Storage::Store::open(path, m_catalog);
        QVERIFY(!opened.ok());
        QCOMPARE(opened.error().code, StoreError::Code::NotADatabase);
        QCOMPARE(fileHash(path), before);
    }

    void truncated()
    {
        const QString path = goodDatabase(QStringLiteral("truncated.sqlite"));
        QFile file(path);
        const qint64 size = file.size();
        QVERIFY(size > 8192);
        QVERIFY(file.resize(size / 2));
        const QByteArray before = fileHash(path);
        const auto opened = Storage::Store::open(path, m_catalog);
        QVERIFY(!opened.ok());
        QCOMPARE(opened.error().code, StoreError::Code::Damaged);
        QVERIFY2(opened.error().message.contains(QStringLiteral("damaged")), qPrintable(opened.error().message));
        QCOMPARE(fileHash(path), before);
    }

    void damagedPages()
    {
        const QString path = goodDatabase(QStringLiteral("damaged.sqlite"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        // Overwrite everything after the 100-byte header of page 1 with noise:
        // the schema and the tables' b-trees are gone, the header still says SQLite.
        const qint64 size = file.size();
        QVERIFY(file.seek(100));
        QByteArray noise(size - 100, '\0');
        for (qsizetype i = 0; i < noise.size(); ++i)
            noise[i] = char((i * 131 + 7) & 0xFF);
        file.write(noise);
        file.close();
        const QByteArray before = fileHash(path);
        const auto opened = Storage::Store::open(path, m_catalog);
        QVERIFY(!opened.ok());
        QCOMPARE(opened.error().code, StoreError::Code::Damaged);
        QCOMPARE(fileHash(path), before);
    }

    void newerSchema()
    {
        const QString path = goodDatabase(QStringLiteral("newer.sqlite"));
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("newer"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = %1").arg(Storage::currentSchemaVersion() + 7)));
            QVERIFY(q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("newer"));
        const QByteArray before = fileHash(path);
        const auto opened = Storage::Store::open(path, m_catalog);
        QVERIFY(!opened.ok());
        QCOMPARE(opened.error().code, StoreError::Code::NewerSchema);
        QVERIFY2(opened.error().message.contains(QStringLiteral("newer version")), qPrintable(opened.error().message));
        QCOMPARE(fileHash(path), before);
    }

    void readOnlyOpensForViewing()
    {
        const QString path = goodDatabase(QStringLiteral("readonly.sqlite"));
        QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
        const QByteArray before = fileHash(path);
        {
            auto opened = Storage::Store::open(path, m_catalog);
            QVERIFY2(opened.ok(), qPrintable(opened.error().message));
            QVERIFY(opened.value()->isReadOnly());
            Storage::ScenarioRepository repo(*opened.value());
            const auto list = repo.list();
            QVERIFY(list.ok());
            QCOMPARE(list.value().first().name, Storage::baselineScenarioName());
            const auto forked = repo.fork(Storage::baselineScenarioName(), QStringLiteral("x"), {});
            QVERIFY(!forked.ok());
            QCOMPARE(forked.error().code, StoreError::Code::ReadOnly);
        }
        QCOMPARE(fileHash(path), before);
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    }

    void folderIsNotADatabase()
    {
        const auto opened = Storage::Store::open(m_dir.path(), m_catalog);
        QVERIFY(!opened.ok());
        QCOMPARE(opened.error().code, StoreError::Code::NotADatabase);
    }

    // The store waits for a lock (busy timeout) instead of failing at once.
    void busyTimeoutIsSet()
    {
        const QString path = goodDatabase(QStringLiteral("timeout.sqlite"));
        auto opened = Storage::Store::open(path, m_catalog);
        QVERIFY(opened.ok());
        QSqlQuery q(opened.value()->database());
        QVERIFY(q.exec(QStringLiteral("PRAGMA busy_timeout")) && q.next());
        QCOMPARE(q.value(0).toInt(), 5000);  // 5 s, as README.md says
    }

    // Another program holds the write lock (BEGIN EXCLUSIVE) past the busy
    // timeout: the change is refused as Locked, naming the other program,
    // and nothing of it is saved. Once released, the same change goes through.
    void writeLockHeldByAnotherProgram()
    {
        const QString path = goodDatabase(QStringLiteral("write-locked.sqlite"));
        auto opened = Storage::Store::open(path, m_catalog);
        QVERIFY(opened.ok());
        Storage::ScenarioRepository repo(*opened.value());
        // A planner's fork: the shipped scenarios are read-only.
        const QString base = QStringLiteral("工作情景");
        QVERIFY(repo.fork(Storage::baselineScenarioName(), base, {}).ok());
        const Storage::Scenario before = repo.find(base).value();
        {
            QSqlDatabase holder = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("holder"));
            holder.setDatabaseName(path);
            QVERIFY(holder.open());
            QSqlQuery q(holder);
            QVERIFY(q.exec(QStringLiteral("BEGIN EXCLUSIVE")));
            const auto saved = repo.setNotes(base, QStringLiteral("while locked"));
            QVERIFY(!saved.ok());
            QCOMPARE(saved.error().code, StoreError::Code::Locked);
            QVERIFY2(saved.error().message.contains(QStringLiteral("another program")), qPrintable(saved.error().message));
            QVERIFY(saved.error().message.contains(QStringLiteral("Nothing was changed")));
            // Reading still works in WAL mode while another program writes.
            QCOMPARE(repo.find(base).value().revision, before.revision);
            QVERIFY(q.exec(QStringLiteral("ROLLBACK")));
            holder.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("holder"));
        const Storage::Scenario unchanged = repo.find(base).value();
        QCOMPARE(unchanged.revision, before.revision);
        QCOMPARE(unchanged.notes, before.notes);
        const auto retried = repo.setNotes(base, QStringLiteral("after"));
        QVERIFY2(retried.ok(), qPrintable(retried.error().message));
        QCOMPARE(retried.value().revision, before.revision + 1);
    }

    // A program holding the file in exclusive locking mode keeps even readers
    // out: opening is refused as Locked, not mistaken for a damaged file, and
    // the file is left unchanged.
    void readLockHeldByAnotherProgramIsNotDamage()
    {
        const QString path = goodDatabase(QStringLiteral("read-locked.sqlite"));
        const QByteArray before = fileHash(path);
        {
            QSqlDatabase holder = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("exclusive"));
            holder.setDatabaseName(path);
            QVERIFY(holder.open());
            QSqlQuery q(holder);
            QVERIFY(q.exec(QStringLiteral("PRAGMA locking_mode = EXCLUSIVE")));
            QVERIFY(q.exec(QStringLiteral("BEGIN EXCLUSIVE")));
            QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM scenarios")) && q.next());
            const auto opened = Storage::Store::open(path, m_catalog);
            QVERIFY(!opened.ok());
            QCOMPARE(opened.error().code, StoreError::Code::Locked);
            QVERIFY2(opened.error().message.contains(QStringLiteral("another program")),
                     qPrintable(opened.error().message));
            q.finish();
            QVERIFY(q.exec(QStringLiteral("ROLLBACK")));
            holder.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("exclusive"));
        QCOMPARE(fileHash(path), before);
        QVERIFY(Storage::Store::open(path, m_catalog).ok());
    }

private:
    QString writeFile(const QString &name, const QByteArray &content)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            file.write(content);
        return path;
    }

    // A valid database with a few scenarios, closed (WAL checkpointed).
    QString goodDatabase(const QString &name)
    {
        const QString path = m_dir.filePath(name);
        auto opened = Storage::Store::open(path, m_catalog);
        if (!opened.ok())
            qFatal("%s", qPrintable(opened.error().message));
        Storage::ScenarioRepository repo(*opened.value());
        for (int i = 0; i < 5; ++i)
            repo.fork(Storage::baselineScenarioName(), QStringLiteral("fork %1").arg(i), {});
        return path;
    }

    QTemporaryDir m_dir;
    Engine::Catalog m_catalog;
};

QTEST_GUILESS_MAIN(TestBadDatabase)
#include "tst_baddatabase.moc"
