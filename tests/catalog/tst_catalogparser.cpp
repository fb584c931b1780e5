// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

// Catalog data that is broken is refused with a message naming the field,
// and the catalog is left as it was.

#include "engine/catalog.h"

#include <QTest>

using namespace Planner;

namespace {

QByteArray chapterJson(const QByteArray &indicators, const QByteArray &chapterId = "black_soil")
{
    return "{\"format\": 1, \"chapter\": {\"id\": \"" + chapterId
           + "\", \"order\": 3, \"numeral\": \"四\", \"name_zh\": \"黑土强基\", \"name_en\": \"Black soil\","
             " \"title_zh\": \"t\", \"title_en\": \"t\"}, \"indicators\": ["
           + indicators + "]}";
}

QByteArray indicatorJson(const QByteArray &id, const QByteArray &targets, const QByteArray &baseline =
                             "{\"year\": 2024, \"value\": 62.2, \"source\": \"press\", \"assumption\": false}")
{
    return "{\"id\": \"" + id + "\", \"name_zh\": \"高标准农田占比\", \"name_en\": \"share\", \"unit\": \"%\","
           " \"unit_en\": \"%\", \"direction\": \"increase\", \"decimals\": 1, \"baseline\": " + baseline
           + ", \"observed\": [], \"proxy_for\": [], \"targets\": [" + targets + "]}";
}

QByteArray targetJson(const QByteArray &id, const QByteArray &kind, const QByteArray &value,
                      const QByteArray &tolerance = "null")
{
    return "{\"id\": \"" + id + "\", \"year\": 2035, \"window_start\": null, \"value\": " + value
           + ", \"kind\": \"" + kind + "\", \"tolerance\": " + tolerance
           + ", \"every_year\": false, \"text_zh\": \"文\", \"text_en\": \"text\", \"source\": \"plan\"}";
}

} // namespace

class TestCatalogParser final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void acceptsWellFormedChapter()
    {
        Engine::Catalog catalog;
        QString error;
        QVERIFY2(catalog.addChapterJson(chapterJson(indicatorJson("hsf", targetJson("B-01", "full_coverage", "100"))),
                                        &error),
                 qPrintable(error));
        QCOMPARE(catalog.targetCount(), 1);
        QCOMPARE(*catalog.target(QStringLiteral("B-01"))->value, 100.0);
        QCOMPARE(catalog.indicator(QStringLiteral("hsf"))->chapterId, QStringLiteral("black_soil"));
    }

    void refusesBrokenData_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("mentions");

        QTest::newRow("not JSON") << QByteArray("{\"format\": 1,") << QStringLiteral("not valid JSON");
        QTest::newRow("array") << QByteArray("[]") << QStringLiteral("JSON object");
        QTest::newRow("unknown kind")
            << chapterJson(indicatorJson("hsf", targetJson("B-01", "roughly", "100"))) << QStringLiteral("roughly");
        QTest::newRow("about without tolerance")
            << chapterJson(indicatorJson("hsf", targetJson("E-01", "about", "85"))) << QStringLiteral("tolerance");
        QTest::newRow("at_least without value")
            << chapterJson(indicatorJson("hsf", targetJson("S-02", "at_least", "null"))) << QStringLiteral("value");
        QTest::newRow("value is text")
            << chapterJson(indicatorJson("hsf", targetJson("S-02", "at_least", "\"46\""))) << QStringLiteral("value");
        QTest::newRow("duplicate target")
            << chapterJson(indicatorJson("hsf", targetJson("B-01", "full_coverage", "100") + ","
                                                    + targetJson("B-01", "full_coverage", "100")))
            << QStringLiteral("B-01");
        QTest::newRow("duplicate indicator")
            << chapterJson(indicatorJson("hsf", {}) + "," + indicatorJson("hsf", {})) << QStringLiteral("hsf");
        QTest::newRow("fact without source")
            << chapterJson(indicatorJson("hsf", {}, "{\"year\": 2024, \"value\": 1, \"assumption\": false}"))
            << QStringLiteral("source");
        QTest::newRow("year out of range")
            << chapterJson(indicatorJson("hsf", {}, "{\"year\": 24, \"value\": 1, \"source\": \"x\"}"))
            << QStringLiteral("year");
    }

    void refusesBrokenData()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, mentions);
        Engine::Catalog catalog;
        QString error;
        QVERIFY(catalog.addChapterJson(chapterJson({}, "environment"), &error));
        QVERIFY(!catalog.addChapterJson(json, &error));
        QVERIFY2(error.contains(mentions), qPrintable(error));
        QCOMPARE(catalog.chapters().size(), 1);  // unchanged
        QCOMPARE(catalog.indicators().size(), 0);
    }

    void readsLeversCoefficientsAndProjection()
    {
        const QByteArray json = "{\"format\": 1, \"chapter\": {\"id\": \"ecological_security\", \"order\": 4,"
            " \"numeral\": \"五\", \"name_zh\": \"安全筑底\", \"name_en\": \"e\", \"title_zh\": \"t\", \"title_en\": \"t\"},"
            " \"indicators\": [" + indicatorJson("forest_coverage", {}).chopped(1)
            + ", \"projection\": {\"method\": \"growth\", \"rate\": 0.01}}],"
            " \"levers\": [{\"id\": \"afforestation\", \"name_zh\": \"造林\", \"name_en\": \"Afforestation\","
            " \"unit\": \"万亩/年\", \"unit_en\": \"10,000 mu/yr\", \"min\": 0, \"max\": 500, \"default\": 120,"
            " \"uncertainty\": {\"kind\": \"triangular\", \"spread\": 20}, \"moves\": [\"forest_coverage\"],"
            " \"source\": \"plan\", \"assumption\": false}],"
            " \"coefficients\": [{\"id\": \"land_area\", \"name_zh\": \"土地面积\", \"name_en\": \"Land area\","
            " \"value\": 187400, \"unit\": \"km²\", \"source\": \"吉林省人民政府网 省情概况\", \"assumption\": false}]}";
        Engine::Catalog catalog;
        QString error;
        QVERIFY2(catalog.addChapterJson(json, &error), qPrintable(error));
        const Engine::Lever *lever = catalog.lever(QStringLiteral("afforestation"));
        QVERIFY(lever);
        QCOMPARE(lever->moduleId, QStringLiteral("ecological_security"));
        QCOMPARE(lever->max, 500.0);
        QCOMPARE(lever->defaultValue, 120.0);
        QCOMPARE(lever->uncertainty.kind, Engine::Uncertainty::Kind::Triangular);
        QCOMPARE(lever->uncertainty.spread, 20.0);
        QCOMPARE(lever->moves, QStringList{QStringLiteral("forest_coverage")});
        const Engine::Coefficient *area = catalog.coefficient(QStringLiteral("ecological_security"), QStringLiteral("land_area"));
        QVERIFY(area);
        QCOMPARE(area->value, 187400.0);
        const Engine::Indicator *forest = catalog.indicator(QStringLiteral("forest_coverage"));
        QCOMPARE(forest->projectionMethod, QStringLiteral("growth"));
        QCOMPARE(forest->projectionParameters.value(QStringLiteral("rate")).toDouble(), 0.01);
    }

    void refusesBadLever_data()
    {
        QTest::addColumn<QByteArray>("lever");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("default above max") << QByteArray("\"min\": 0, \"max\": 10, \"default\": 11") << QStringLiteral("x");
        QTest::newRow("min above max") << QByteArray("\"min\": 5, \"max\": 1, \"default\": 3") << QStringLiteral("x");
        QTest::newRow("max missing") << QByteArray("\"min\": 0, \"default\": 3") << QStringLiteral("max");
    }

    void refusesBadLever()
    {
        QFETCH(QByteArray, lever);
        QFETCH(QString, mentions);
        const QByteArray json = chapterJson({}).chopped(1) + ", \"levers\": [{\"id\": \"x\", \"name_zh\": \"x\","
            " \"name_en\": \"x\", \"unit\": \"u\", \"unit_en\": \"u\", " + lever + ", \"source\": \"s\"}]}";
        Engine::Catalog catalog;
        QString error;
        QVERIFY(!catalog.addChapterJson(json, &error));
        QVERIFY2(error.contains(mentions), qPrintable(error));
        QVERIFY(catalog.levers().isEmpty());
        QVERIFY(catalog.chapters().isEmpty());
    }

    void refusesSecondCopyOfChapter()
    {
        Engine::Catalog catalog;
        QString error;
        QVERIFY(catalog.addChapterJson(chapterJson({}), &error));
        QVERIFY(!catalog.addChapterJson(chapterJson({}), &error));
        QVERIFY(error.contains(QStringLiteral("black_soil")));
    }
};

QTEST_GUILESS_MAIN(TestCatalogParser)
#include "tst_catalogparser.moc"
