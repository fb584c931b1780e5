// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

// Projections and assessments as tables: CSV (UTF-8 with a byte order mark)
// and XLSX read back with our own readers and checked against values worked
// out by hand; text that a spreadsheet would run as a formula is escaped; an
// existing file is not replaced without being asked to.

#include "exchangefixture.h"

#include "exchange/csvtable.h"
#include "exchange/tableexport.h"
#include "exchange/xlsxreader.h"
#include "modules.h"
#include "storage/scenarioinputsrepository.h"

#include "engine/registry.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace Planner;

namespace {

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// The row whose first cells are `key`, or empty.
QStringList rowStarting(const Exchange::TableRows &rows, const QStringList &key, qsizetype from = 0)
{
    for (const Exchange::TableRow &row : rows) {
        if (row.cells.mid(from, key.size()) == key)
            return row.cells;
    }
    return {};
}

} // namespace

class TestTableExport final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        App::registerModules(m_registry);
        auto opened = Storage::Store::open(m_dir.filePath(QStringLiteral("tables.sqlite")), planCatalog());
        QVERIFY2(opened.ok(), qPrintable(opened.error().message));
        m_store = std::move(opened.value());

        // Green loans (governance, no model): observed 3,500 亿元 in 2024,
        // carried forward at 10 % a year with no uncertainty. By hand:
        // P50 in 2030 = 3,500 x 1.1^6 = 6,200.4635; A-03 asks 6,000 by 2030,
        // so the gap is 6,000 - 6,200.4635 = -200.4635 (met).
        Storage::ScenarioInputsRepository inputs(*m_store);
        QVERIFY(Storage::ScenarioRepository(*m_store).create(m_name, QStringLiteral("t")).ok());
        QVERIFY(inputs.setObserved(m_name, QStringLiteral("green_loan_balance"), {{2024, 3500.0, QStringLiteral("人行")}}).ok());
        QVERIFY(inputs.setProjection(m_name, QStringLiteral("green_loan_balance"),
                                     {QStringLiteral("growth"), QJsonObject{{QStringLiteral("rate"), 0.1}}}).ok());
        QVERIFY(inputs.setBaselineUncertainty(m_name, {QStringLiteral("green_loan_balance"), QStringLiteral("none"), 0.0}).ok());
        QVERIFY(Storage::ScenarioRepository(*m_store).fork(m_name, m_hostile, {}).ok());

        Analysis::ProjectionRequest request;
        request.draws = 50;
        QString error;
        for (const QString &name : {m_name, m_hostile}) {
            auto tables = Exchange::computeTables(*m_store, m_registry, name, request, &error);
            QVERIFY2(tables, qPrintable(error));
            m_tables.append(*tables);
        }
    }

    void csvHasBomAndHandWorkedValues()
    {
        const QString path = m_dir.filePath(QStringLiteral("one.csv"));
        QString error;
        QVERIFY2(Exchange::writeCsvTables({m_tables.first()}, path, false, &error), qPrintable(error));
        const QByteArray bytes = readAll(path);
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        QVERIFY(bytes.contains("\r\n"));
        const auto rows = Exchange::readCsv(bytes, &error);
        QVERIFY2(rows, qPrintable(error));
        QCOMPARE(rows->first().cells, (QStringList{QStringLiteral("scenario"), QStringLiteral("chapter"),
                                                   QStringLiteral("indicator"), QStringLiteral("year"), QStringLiteral("P10"),
                                                   QStringLiteral("P50"), QStringLiteral("P90"), QStringLiteral("observed")}));
        const QStringList y2030 = rowStarting(*rows, {m_name, QStringLiteral("governance"), QStringLiteral("green_loan_balance"),
                                                      QStringLiteral("2030")});
        QCOMPARE(y2030.size(), 8);
        QVERIFY2(std::abs(y2030.at(5).toDouble() - 6200.4635) < 1e-4, qPrintable(y2030.at(5)));
        QCOMPARE(y2030.at(4), y2030.at(5));  // no uncertainty: P10 = P50 = P90
        QCOMPARE(y2030.at(7), QString());    // not observed
        const QStringList y2024 = rowStarting(*rows, {m_name, QStringLiteral("governance"), QStringLiteral("green_loan_balance"),
                                                      QStringLiteral("2024")});
        QCOMPARE(y2024.value(7), QStringLiteral("3500"));

        const auto assessments = Exchange::readCsv(readAll(Exchange::assessmentCsvPath(path)), &error);
        QVERIFY2(assessments, qPrintable(error));
        const QStringList a03 = rowStarting(*assessments, {QStringLiteral("A-03")}, 2);
        QCOMPARE(a03.value(7), QStringLiteral("6000"));
        QVERIFY(std::abs(a03.value(9).toDouble() - (-200.4635)) < 1e-4);
        QCOMPARE(a03.value(10), QStringLiteral("1"));
        QCOMPARE(a03.value(11), QStringLiteral("on_track"));
    }

    void xlsxReadBack()
    {
        const QString path = m_dir.filePath(QStringLiteral("one.xlsx"));
        QString error;
        QVERIFY2(Exchange::writeXlsxTables({m_tables.first()}, path, false, true, &error), qPrintable(error));
        const QByteArray bytes = readAll(path);
        // Sheet 1: every target's assessment; numbers as numbers.
        const auto summary = Exchange::readXlsx(bytes, &error, 0);
        QVERIFY2(summary, qPrintable(error));
        const QStringList a03 = rowStarting(*summary, {QStringLiteral("A-03")}, 2);
        QCOMPARE(a03.value(0), m_name);
        QCOMPARE(a03.value(4), QStringLiteral("亿元"));
        QCOMPARE(a03.value(7).toDouble(), 6000.0);
        QVERIFY(std::abs(a03.value(8).toDouble() - 6200.4635) < 1e-4);
        // Sheets 2-7: the chapters in plan order; governance (七) is the last.
        const auto governance = Exchange::readXlsx(bytes, &error, 6);
        QVERIFY2(governance, qPrintable(error));
        const QStringList header = governance->first().cells;
        const qsizetype column2030 = header.indexOf(QStringLiteral("2030"));
        QVERIFY(column2030 > 2);
        const QStringList p50 = rowStarting(*governance, {QStringLiteral("green_loan_balance")});
        QVERIFY(p50.value(1).contains(QStringLiteral("亿元")));  // the unit in the row's header
        const QStringList p50Row = [&] {
            for (const Exchange::TableRow &row : *governance) {
                if (row.cells.value(0) == QLatin1StringView("green_loan_balance") && row.cells.value(2) == QLatin1StringView("P50"))
                    return row.cells;
            }
            return QStringList();
        }();
        QVERIFY(std::abs(p50Row.value(column2030).toDouble() - 6200.4635) < 1e-4);
        QVERIFY(!Exchange::readXlsx(bytes, &error, 7));  // there are 7 sheets
    }

    void formulaEscaping_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("escaped");
        QTest::newRow("=") << QStringLiteral("=1+1") << QStringLiteral("'=1+1");
        QTest::newRow("+") << QStringLiteral("+1") << QStringLiteral("'+1");
        QTest::newRow("-") << QStringLiteral("-1") << QStringLiteral("'-1");
        QTest::newRow("@") << QStringLiteral("@SUM(A1)") << QStringLiteral("'@SUM(A1)");
        QTest::newRow("tab") << QStringLiteral("\t=1") << QStringLiteral("'\t=1");
        QTest::newRow("CR") << QStringLiteral("\r=1") << QStringLiteral("'\r=1");
        QTest::newRow("plain") << QStringLiteral("基准情景") << QStringLiteral("基准情景");
        QTest::newRow("inner =") << QStringLiteral("a=b") << QStringLiteral("a=b");
        QTest::newRow("empty") << QString() << QString();
    }

    void formulaEscaping()
    {
        QFETCH(QString, text);
        QFETCH(QString, escaped);
        QCOMPARE(Exchange::escapeSpreadsheetText(text), escaped);
    }

    void hostileScenarioNameEscaped()
    {
        QString error;
        const QString csvPath = m_dir.filePath(QStringLiteral("all.csv"));
        QVERIFY2(Exchange::writeCsvTables(m_tables, csvPath, false, &error), qPrintable(error));
        const auto rows = Exchange::readCsv(readAll(csvPath), &error);
        QVERIFY(rows);
        const QString escaped = QString(u'\'' + m_hostile);
        QVERIFY(!rowStarting(*rows, {escaped}).isEmpty());
        QVERIFY(rowStarting(*rows, {m_hostile}).isEmpty());

        const QString xlsxPath = m_dir.filePath(QStringLiteral("all.xlsx"));
        QVERIFY2(Exchange::writeXlsxTables(m_tables, xlsxPath, false, true, &error), qPrintable(error));
        for (int sheet : {0, 1}) {  // summary, and the tidy table of every scenario
            const auto cells = Exchange::readXlsx(readAll(xlsxPath), &error, sheet);
            QVERIFY2(cells, qPrintable(error));
            QVERIFY(!rowStarting(*cells, {escaped}).isEmpty());
            QVERIFY(rowStarting(*cells, {m_hostile}).isEmpty());
        }
        // The tidy sheet has the CSV's columns, numbers as numbers.
        const auto tidy = Exchange::readXlsx(readAll(xlsxPath), &error, 1);
        const QStringList row = rowStarting(*tidy, {m_name, QStringLiteral("governance"), QStringLiteral("green_loan_balance"),
                                                   QStringLiteral("2030")});
        QVERIFY(std::abs(row.value(5).toDouble() - 6200.4635) < 1e-4);
    }

    void existingFileKept()
    {
        const QString path = m_dir.filePath(QStringLiteral("kept.xlsx"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("the user's own file");
        f.close();
        QString error;
        QVERIFY(!Exchange::writeXlsxTables({m_tables.first()}, path, false, true, &error));
        QVERIFY(error.contains(QStringLiteral("--force")));
        QCOMPARE(readAll(path), QByteArray("the user's own file"));
        QVERIFY(!Exchange::writeCsvTables({m_tables.first()}, path, false, &error));
        QCOMPARE(readAll(path), QByteArray("the user's own file"));
        QVERIFY(!QFile::exists(Exchange::assessmentCsvPath(path)));  // neither file written
        QVERIFY2(Exchange::writeXlsxTables({m_tables.first()}, path, true, true, &error), qPrintable(error));
        QVERIFY(readAll(path).startsWith("PK\x03\x04"));
    }

private:
    QTemporaryDir m_dir;
    Engine::ModuleRegistry m_registry;
    std::unique_ptr<Storage::Store> m_store;
    const QString m_name = QStringLiteral("增长");
    const QString m_hostile = QStringLiteral("=HYPERLINK(\"http://example.invalid\",\"x\")");
    QList<Exchange::ScenarioTables> m_tables;
};

QTEST_GUILESS_MAIN(TestTableExport)
#include "tst_tableexport.moc"
