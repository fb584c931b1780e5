// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

// Reading needs no write (Store::Access::Reading): no side files, no catalog
// refresh, a database at rest needs no -wal/-shm, devices are no database,
// and "damaged" only after quick_check.

#include "plancatalog.h"

#include "storage/scenariorepository.h"
#include "storage/store.h"

#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using Planner::Storage::Store;
using Planner::Storage::StoreError;

namespace {

QByteArray header(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.read(20) : QByteArray();
}

bool sideFiles(const QString &db)
{
    return QFileInfo::exists(db + QStringLiteral("-wal")) || QFileInfo::exists(db + QStringLiteral("-shm"))
           || QFileInfo::exists(db + QStringLiteral("-journal"));
}

void setJournal(const QString &db, const QString &mode)
{
    {
        QSqlDatabase sql = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("journal"));
        sql.setDatabaseName(db);
        QVERIFY(sql.open());
        QSqlQuery q(sql);
        QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode = ") + mode));
        q.finish();
        sql.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("journal"));
}

} // namespace

class TestReadOnlyOpen final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_catalog = planCatalog();
        m_db = m_dir.filePath(QStringLiteral("r.sqlite"));
        auto store = Store::open(m_db, m_catalog);
        QVERIFY2(store.ok(), qPrintable(store.error().message));
        QVERIFY(Planner::Storage::ScenarioRepository(*store.value()).create(QStringLiteral("r"), {}, {}).ok());
    }

    void atRestWithoutSideFiles()
    {
        // The last writer closed: the file stays in WAL mode (bytes 18 and
        // 19 of the header are 2; 1 would be the rollback journal), and
        // SQLite removed -wal and -shm at the clean close: one file at rest.
        const QByteArray h = header(m_db);
        QCOMPARE(int(h.at(18)), 2);
        QCOMPARE(int(h.at(19)), 2);
        QVERIFY(!sideFiles(m_db));
    }

    void readingCreatesNothing_data()
    {
        QTest::addColumn<QString>("journal");
        QTest::newRow("rollback") << QStringLiteral("DELETE");
        QTest::newRow("WAL at rest") << QStringLiteral("WAL");
    }

    void readingCreatesNothing()
    {
        QFETCH(QString, journal);
        setJournal(m_db, journal);
        QVERIFY(!sideFiles(m_db));
        const QByteArray before = fileHash(m_db);
        {
            auto store = Store::open(m_db, m_catalog, Store::Access::Reading);
            QVERIFY2(store.ok(), qPrintable(store.error().message));
            QVERIFY(store.value()->isReadOnly());
            QVERIFY(!sideFiles(m_db));
            const auto list = Planner::Storage::ScenarioRepository(*store.value()).list();
            QVERIFY(list.ok());
            QCOMPARE(list.value().size(), 3);  // the two shipped scenarios and "r"
            QVERIFY(!sideFiles(m_db));
            // Nothing can be changed through it.
            QCOMPARE(Planner::Storage::ScenarioRepository(*store.value()).create(QStringLiteral("x"), {}, {}).error().code,
                     StoreError::Code::ReadOnly);
        }
        QVERIFY(!sideFiles(m_db));
        QCOMPARE(fileHash(m_db), before);  // not a byte written
        setJournal(m_db, QStringLiteral("DELETE"));
    }

    void newDatabaseIsCreatedForReading()
    {
        // A first "scenarios" on a machine creates the database as before.
        const QString fresh = m_dir.filePath(QStringLiteral("fresh.sqlite"));
        auto store = Store::open(fresh, m_catalog, Store::Access::Reading);
        QVERIFY2(store.ok(), qPrintable(store.error().message));
        QVERIFY(!store.value()->isReadOnly());
    }

    void deviceRefused()
    {
        const bool journalBefore = QFileInfo::exists(QStringLiteral("/dev/null-journal"));
        auto store = Store::open(QStringLiteral("/dev/null"), m_catalog);
        QVERIFY(!store.ok());
        QCOMPARE(store.error().code, StoreError::Code::NotADatabase);
        if (!journalBefore)
            QVERIFY(!QFileInfo::exists(QStringLiteral("/dev/null-journal")));
    }

    void damagedOnlyAfterQuickCheck()
    {
        // A page of the scenarios table overwritten: quick_check fails, and
        // that alone is "damaged".
        const QString broken = m_dir.filePath(QStringLiteral("broken.sqlite"));
        QVERIFY(QFile::copy(m_db, broken));
        QFile::setPermissions(broken, QFile::ReadOwner | QFile::WriteOwner);
        {
            QFile f(broken);
            QVERIFY(f.open(QIODevice::ReadWrite));
            QVERIFY(f.size() > 8 * 4096);
            QVERIFY(f.seek(4096));  // page 2 (4 KB pages): the root of the first table
            f.write(QByteArray(4096, '\xA5'));
        }
        auto store = Store::open(broken, m_catalog, Store::Access::Reading);
        QVERIFY(!store.ok());
        QCOMPARE(store.error().code, StoreError::Code::Damaged);

        // A database this user may not read is not "damaged": the reason is named.
        if (::geteuid() != 0) {
            const QString hidden = m_dir.filePath(QStringLiteral("hidden.sqlite"));
            QVERIFY(QFile::copy(m_db, hidden));
            QFile::setPermissions(hidden, QFile::Permissions());
            auto refused = Store::open(hidden, m_catalog, Store::Access::Reading);
            QVERIFY(!refused.ok());
            QVERIFY(refused.error().code != StoreError::Code::Damaged);
        }
    }

private:
    QTemporaryDir m_dir;
    Planner::Engine::Catalog m_catalog;
    QString m_db;
};

QTEST_GUILESS_MAIN(TestReadOnlyOpen)
#include "tst_readonlyopen.moc"
