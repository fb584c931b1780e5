// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

// Opening a database whose catalog rows are the application's writes
// nothing (issue 19: the catalog refresh without a write when nothing
// changed), and a catalog that did change is written all the same.

#include "plancatalog.h"

#include "storage/catalogrepository.h"
#include "storage/store.h"

#include <QTemporaryDir>
#include <QTest>

using Planner::Storage::Store;

class TestCatalogRefresh final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void unchangedCatalogWritesNothing()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("c.sqlite"));
        Planner::Engine::Catalog catalog = planCatalog();
        {
            auto first = Store::open(path, catalog);
            QVERIFY2(first.ok(), qPrintable(first.error().message));
        }
        // Closed: the write-ahead log is folded into the file, which is
        // the whole database at rest.
        const QByteArray atRest = fileHash(path);
        QVERIFY(!atRest.isEmpty());
        {
            auto again = Store::open(path, catalog);
            QVERIFY2(again.ok(), qPrintable(again.error().message));
        }
        // SQLite bumps the header's change counter on every committed
        // write: the same bytes mean nothing was written.
        QCOMPARE(fileHash(path), atRest);

        // A changed catalog (one indicator's name) is written, and read back.
        QVERIFY(!catalog.indicators().isEmpty());
        const QString id = catalog.indicators().first().id;
        Planner::Engine::Catalog changed;
        for (const Planner::Engine::Chapter &chapter : catalog.chapters()) {
            QList<Planner::Engine::Indicator> indicators;
            for (const Planner::Engine::Indicator *ind : catalog.indicatorsOf(chapter.id)) {
                indicators.append(*ind);
                if (ind->id == id)
                    indicators.last().nameEn = QStringLiteral("Renamed indicator");
            }
            QString error;
            QVERIFY2(changed.addChapter(chapter, indicators, &error), qPrintable(error));
        }
        changed.setLeversAndCoefficients(catalog.levers(), catalog.coefficients());
        {
            auto reopened = Store::open(path, changed);
            QVERIFY2(reopened.ok(), qPrintable(reopened.error().message));
            auto loaded = Planner::Storage::CatalogRepository(*reopened.value()).load(0);
            QVERIFY2(loaded.ok(), qPrintable(loaded.error().message));
            QVERIFY(loaded.value().indicator(id));
            QCOMPARE(loaded.value().indicator(id)->nameEn, QStringLiteral("Renamed indicator"));
        }
        QVERIFY(fileHash(path) != atRest);
    }
};

QTEST_GUILESS_MAIN(TestCatalogRefresh)
#include "tst_catalogrefresh.moc"
