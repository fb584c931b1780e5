// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

// The pure readers on damaged input: every seed of the fuzz corpus, cut short
// at many lengths and with bytes flipped, gives rows or a message and never
// crashes (ctest runs this under the normal build; the fuzzers under
// sanitizers). Inputs the fuzzers found are kept in tests/fuzz/regressions/.

#include "exchange/csvtable.h"
#include "exchange/scenariofile.h"
#include "exchange/xlsxreader.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace Planner;

namespace {

void readAll(const QByteArray &bytes)
{
    QString error;
    const auto scenario = Exchange::readScenarioFile(bytes, &error);
    QVERIFY(scenario || !error.isEmpty());
    error.clear();
    const auto csv = Exchange::readCsv(bytes, &error);
    QVERIFY(csv || !error.isEmpty());
    error.clear();
    const auto xlsx = Exchange::readXlsx(bytes, &error);
    QVERIFY(xlsx || !error.isEmpty());
}

} // namespace

class TestDamagedInput final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void seedsCutAndFlipped_data()
    {
        QTest::addColumn<QString>("path");
        for (const QString &folder : {QStringLiteral("scenario"), QStringLiteral("csv"), QStringLiteral("xlsx"),
                                      QStringLiteral("../regressions")}) {
            const QDir dir(QStringLiteral(PLANNER_FUZZ_CORPUS "/") + folder);
            for (const QFileInfo &info : dir.entryInfoList(QDir::Files))
                QTest::newRow(qPrintable(folder + u'/' + info.fileName())) << info.filePath();
        }
    }

    void seedsCutAndFlipped()
    {
        QFETCH(QString, path);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        readAll(bytes);
        const qsizetype step = std::max<qsizetype>(1, bytes.size() / 97);
        for (qsizetype n = 0; n < bytes.size(); n += step) {
            readAll(bytes.left(n));
            QByteArray flipped = bytes;
            flipped[n] = char(flipped.at(n) ^ 0x5A);
            readAll(flipped);
        }
    }

    // fuzz_scenariofile: a key that starts with a byte order mark. Read, it
    // was written back with the mark and read again without it (a different
    // file), so a mark inside the text is refused with a reason; the
    // minimal case by hand: {"format": ..., "\uFEFFe": 1}, raw and escaped.
    void scenarioRefusesAnInnerByteOrderMark()
    {
        for (const QByteArray &bytes :
             {QByteArray("{\"format\": \"jilin-planner-scenario\", \"\xEF\xBB\xBF" "e\": 1}"),
              QByteArray("{\"format\": \"jilin-planner-scenario\", \"\\uFEFFe\": 1}")}) {
            QString error;
            QVERIFY(!Exchange::readScenarioFile(bytes, &error));
            QVERIFY2(error.contains(QStringLiteral("U+FEFF")), qPrintable(error));
        }
        // A leading mark alone is the file's encoding mark: still read as before.
        QFile seed(QStringLiteral(PLANNER_FUZZ_CORPUS "/scenario/minimal.json"));
        QVERIFY(seed.open(QIODevice::ReadOnly));
        QString error;
        QVERIFY2(Exchange::readScenarioFile("\xEF\xBB\xBF" + seed.readAll(), &error), qPrintable(error));
    }

    // fuzz_csv: "\r" then a byte order mark. The mark inside the text is a
    // cell; written back as CSV (with its own leading mark) it must read the same.
    void csvKeepsAnInnerByteOrderMark()
    {
        QString error;
        const auto rows = Exchange::readCsv(QByteArray("\r\xEF\xBB\xBF"), &error);
        QVERIFY2(rows, qPrintable(error));
        QCOMPARE(rows->size(), 1);
        QCOMPARE(rows->first().cells, QStringList{QString(QChar(0xFEFF))});
        const auto again = Exchange::readCsv(Exchange::writeCsv({rows->first().cells}), &error);
        QVERIFY(again);
        QCOMPARE(again->size(), 1);
        QCOMPARE(again->first().cells, rows->first().cells);
    }

    void validSeedsRead()
    {
        QString error;
        QFile json(QStringLiteral(PLANNER_FUZZ_CORPUS "/scenario/full.json"));
        QVERIFY(json.open(QIODevice::ReadOnly));
        const auto scenario = Exchange::readScenarioFile(json.readAll(), &error);
        QVERIFY2(scenario, qPrintable(error));
        QCOMPARE(scenario->name, QStringLiteral("全表情景"));
        QFile xlsx(QStringLiteral(PLANNER_FUZZ_CORPUS "/xlsx/observed.xlsx"));
        QVERIFY(xlsx.open(QIODevice::ReadOnly));
        const auto rows = Exchange::readXlsx(xlsx.readAll(), &error);
        QVERIFY2(rows, qPrintable(error));
        QCOMPARE(rows->first().cells.value(0), QStringLiteral("Indicator"));
    }
};

QTEST_GUILESS_MAIN(TestDamagedInput)
#include "tst_damagedinput.moc"
