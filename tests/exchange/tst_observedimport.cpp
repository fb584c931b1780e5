// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

// Observed values from a table: the preview sorts every row into new,
// changed, unchanged or rejected (with its reason) before anything is
// written; the write is one transaction refused when the scenario changed
// meanwhile; a damaged file changes nothing.

#include "exchangefixture.h"

#include "exchange/csvtable.h"
#include "exchange/observedimport.h"
#include "exchange/xlsxreader.h"
#include "storage/scenarioinputsrepository.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <xlsxwriter.h>

using namespace Planner;
using Kind = Exchange::ObservedChange::Kind;

class TestObservedImport final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        auto opened = Storage::Store::open(m_dir.filePath(QStringLiteral("observed.sqlite")), planCatalog());
        QVERIFY2(opened.ok(), qPrintable(opened.error().message));
        m_store = std::move(opened.value());
        QVERIFY(Storage::ScenarioRepository(*m_store).create(m_name, {}).ok());
        QVERIFY(Storage::ScenarioInputsRepository(*m_store)
                    .setObserved(m_name, QStringLiteral("forest_coverage"),
                                 {{2021, 45.0, QStringLiteral("公报")}, {2022, 45.1, QStringLiteral("公报")}})
                    .ok());
    }

    void previewAndWrite()
    {
        // Header in Chinese; one row of each kind.
        const QString csv = QStringLiteral(
            "指标,年份,数值,来源,单位\n"
            "森林覆盖率,2023,45.2,林草局,%\n"          // 2: new (by Chinese name)
            "forest_coverage,2022,45.3,,\n"            // 3: changed 45.1 -> 45.3 (by id)
            "forest_coverage,2021,45,公报,%\n"         // 4: unchanged
            "unicorn_density,2021,1,,\n"               // 5: unknown indicator
            "forest_coverage,1800,44,,\n"              // 6: year out of range
            "forest_coverage,2020,abc,,\n"             // 7: not a number
            "forest_coverage,2019,44.5,,公顷\n"        // 8: unit mismatch
            "森林覆盖率,2023,45.9,,\n"                 // 9: duplicate of row 2
            "\n");
        QString error;
        const auto rows = Exchange::parseCsv(csv, &error);
        QVERIFY2(rows, qPrintable(error));
        const QByteArray before = databaseState(*m_store);
        const auto preview = Exchange::previewObservedImport(*m_store, m_store->applicationCatalog(), m_name, *rows, &error);
        QVERIFY2(preview, qPrintable(error));
        QCOMPARE(databaseState(*m_store), before);  // a preview writes nothing
        QCOMPARE(preview->count(Kind::New), 1);
        QCOMPARE(preview->count(Kind::Changed), 1);
        QCOMPARE(preview->count(Kind::Unchanged), 1);
        QCOMPARE(preview->rejected.size(), 5);
        const QStringList reasons{QStringLiteral("unknown indicator"), QStringLiteral("not a year"),
                                  QStringLiteral("not a number"), QStringLiteral("does not match the indicator's unit"),
                                  QStringLiteral("duplicate of row 2")};
        for (qsizetype i = 0; i < reasons.size(); ++i) {
            QCOMPARE(preview->rejected.at(i).row, int(i) + 5);
            QVERIFY2(preview->rejected.at(i).reason.contains(reasons.at(i)), qPrintable(preview->rejected.at(i).reason));
        }
        const Exchange::ObservedChange &changed = preview->changes.at(1);
        QCOMPARE(changed.kind, Kind::Changed);
        QCOMPARE(changed.oldValue.value_or(0), 45.1);
        QCOMPARE(changed.value, 45.3);

        const qint64 revision = Storage::ScenarioRepository(*m_store).find(m_name).value().revision;
        const auto written = Exchange::applyObservedImport(*m_store, *preview, &error);
        QVERIFY2(written, qPrintable(error));
        QCOMPARE(*written, revision + 1);  // one transaction
        const auto stored = Storage::ScenarioInputsRepository(*m_store)
                                .load(Storage::ScenarioRepository(*m_store).find(m_name).value().id).value()
                                .observed.value(QStringLiteral("forest_coverage"));
        QCOMPARE(stored.size(), 3);
        QCOMPARE(stored.at(1).value, 45.3);
        QCOMPARE(stored.at(1).source, QStringLiteral("公报"));  // no source given: the stored one stays
        QCOMPARE(stored.at(2).value, 45.2);
        QCOMPARE(stored.at(2).source, QStringLiteral("林草局"));
    }

    void staleRevisionRefused()
    {
        QString error;
        const auto rows = Exchange::parseCsv(QStringLiteral("indicator,year,value\nforest_coverage,2018,44\n"), &error);
        const auto preview = Exchange::previewObservedImport(*m_store, m_store->applicationCatalog(), m_name, *rows, &error);
        QVERIFY(preview);
        // Somebody saves in between.
        QVERIFY(Storage::ScenarioRepository(*m_store).setNotes(m_name, QStringLiteral("meanwhile")).ok());
        const QByteArray before = databaseState(*m_store);
        QVERIFY(!Exchange::applyObservedImport(*m_store, *preview, &error));
        QVERIFY2(error.contains(QStringLiteral("changed elsewhere")), qPrintable(error));
        QCOMPARE(databaseState(*m_store), before);
    }

    void xlsxTable()
    {
        // A workbook as Excel writes one: shared strings, numbers as numbers.
        const QString path = m_dir.filePath(QStringLiteral("observed.xlsx"));
        lxw_workbook *workbook = workbook_new(QFile::encodeName(path).constData());
        lxw_worksheet *sheet = workbook_add_worksheet(workbook, "观测");
        worksheet_write_string(sheet, 0, 0, "Indicator", nullptr);
        worksheet_write_string(sheet, 0, 1, "Year", nullptr);
        worksheet_write_string(sheet, 0, 2, "Value", nullptr);
        worksheet_write_string(sheet, 2, 0, "森林覆盖率", nullptr);  // row 2 left empty
        worksheet_write_number(sheet, 2, 1, 2017, nullptr);
        worksheet_write_number(sheet, 2, 2, 44.25, nullptr);
        QCOMPARE(workbook_close(workbook), LXW_NO_ERROR);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QString error;
        const auto rows = Exchange::readTable(file.readAll(), &error);
        QVERIFY2(rows, qPrintable(error));
        QCOMPARE(rows->size(), 2);
        QCOMPARE(rows->at(1).number, 3);
        QCOMPARE(rows->at(1).cells, (QStringList{QStringLiteral("森林覆盖率"), QStringLiteral("2017"), QStringLiteral("44.25")}));
        const auto preview = Exchange::previewObservedImport(*m_store, m_store->applicationCatalog(), m_name, *rows, &error);
        QVERIFY2(preview, qPrintable(error));
        QCOMPARE(preview->count(Kind::New), 1);
        QCOMPARE(preview->changes.first().value, 44.25);
    }

    void longSharedStringQuotedShort()
    {
        // One shared string of 32,767 characters (Excel's longest cell) as
        // the value of 100 rows: every row is rejected, and each reason
        // quotes the first 80 characters and "…", not the cell (before: 100
        // reasons of 32,767 characters each; a 30-million-character string
        // made 3 GB of messages).
        const QString path = m_dir.filePath(QStringLiteral("long.xlsx"));
        lxw_workbook *workbook = workbook_new(QFile::encodeName(path).constData());
        lxw_worksheet *sheet = workbook_add_worksheet(workbook, "long");
        worksheet_write_string(sheet, 0, 0, "indicator", nullptr);
        worksheet_write_string(sheet, 0, 1, "year", nullptr);
        worksheet_write_string(sheet, 0, 2, "value", nullptr);
        const QByteArray cell(32767, 'x');
        for (int r = 1; r <= 100; ++r) {
            worksheet_write_string(sheet, lxw_row_t(r), 0, "forest_coverage", nullptr);
            worksheet_write_number(sheet, lxw_row_t(r), 1, 2020, nullptr);
            QCOMPARE(worksheet_write_string(sheet, lxw_row_t(r), 2, cell.constData(), nullptr), LXW_NO_ERROR);
        }
        QCOMPARE(workbook_close(workbook), LXW_NO_ERROR);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QString error;
        const auto rows = Exchange::readTable(file.readAll(), &error);
        QVERIFY2(rows, qPrintable(error));
        const auto preview = Exchange::previewObservedImport(*m_store, m_store->applicationCatalog(), m_name, *rows, &error);
        QVERIFY2(preview, qPrintable(error));
        QCOMPARE(preview->rejected.size(), 100);
        for (const Exchange::RejectedRow &r : preview->rejected) {
            QVERIFY(r.reason.contains(QString(80, u'x') + QChar(0x2026)));
            QVERIFY(!r.reason.contains(QString(81, u'x')));
            QVERIFY(r.reason.size() < 250);
        }
    }

    void unusableTables_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("message");
        QTest::newRow("GBK") << QByteArray("\xD6\xB8\xB1\xEA,\xC4\xEA\xB7\xDD,\xCA\xFD\xD6\xB5\n") << QStringLiteral("not UTF-8");
        QTest::newRow("no header") << QByteArray("forest_coverage,2020,44\n") << QStringLiteral("not a header");
        QTest::newRow("open quote") << QByteArray("indicator,year,value\n\"forest_coverage,2020,44\n") << QStringLiteral("not closed");
        QTest::newRow("empty") << QByteArray("\xEF\xBB\xBF") << QStringLiteral("empty");
        QTest::newRow("zip, not a workbook") << QByteArray("PK\x03\x04garbage", 11) << QStringLiteral("XLSX");
        QTest::newRow("hostile") << QByteArray("indicator,year,value\n\"'); DROP TABLE observed_values; --\",2020,1\n=cmd|' /C calc'!A0,2020,1\n")
                                 << QString();
    }

    void unusableTables()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, message);
        const QByteArray before = databaseState(*m_store);
        QString error;
        const auto rows = Exchange::readTable(bytes, &error);
        std::optional<Exchange::ObservedPreview> preview;
        if (rows)
            preview = Exchange::previewObservedImport(*m_store, m_store->applicationCatalog(), m_name, *rows, &error);
        if (message.isEmpty()) {  // hostile rows are rejected one by one, as unknown indicators
            QVERIFY(preview);
            QCOMPARE(preview->changes.size(), 0);
            QCOMPARE(preview->rejected.size(), 2);
            QVERIFY(preview->rejected.first().reason.contains(QStringLiteral("DROP TABLE")));
        } else {
            QVERIFY(!preview);
            QVERIFY2(error.contains(message), qPrintable(error));
        }
        QCOMPARE(databaseState(*m_store), before);
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Storage::Store> m_store;
    const QString m_name = QStringLiteral("观测导入");
};

QTEST_GUILESS_MAIN(TestObservedImport)
#include "tst_observedimport.moc"
