// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

// Scenario files: a scenario with something in every table goes out to
// JSON and back in as a new scenario with the same rows; the second export
// equals the first apart from the name; damaged or hostile files are refused
// with a message and leave the database as it was.

#include "exchangefixture.h"

#include "exchange/inputfile.h"
#include "exchange/scenarioexchange.h"
#include "exchange/scenariofile.h"
#include "modules.h"
#include "engine/registry.h"
#include "storage/implementationrepository.h"
#include "storage/scenarioinputsrepository.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace Planner;

class TestScenarioFile final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        App::registerModules(m_registry);
        QVERIFY(m_dir.isValid());
        auto opened = Storage::Store::open(m_dir.filePath(QStringLiteral("files.sqlite")), planCatalog());
        QVERIFY2(opened.ok(), qPrintable(opened.error().message));
        m_store = std::move(opened.value());

        // Something in every per-scenario table.
        const QString name = QStringLiteral("全表情景");
        Storage::ScenarioRepository scenarios(*m_store);
        Storage::ScenarioInputsRepository inputs(*m_store);
        Storage::ImplementationRepository implementation(*m_store);
        QVERIFY(scenarios.create(name, QStringLiteral("规划处"), QStringLiteral("含 \"引号\"、逗号, 与换行\n的备注")).ok());
        QVERIFY(inputs.setLeverValues(name, QStringLiteral("afforestation_per_year"), {{2024, 120.5}, {2030, 0.1 + 0.2}}).ok());
        QVERIFY(inputs.setLeverUncertainty(name, {QStringLiteral("afforestation_per_year"), QStringLiteral("triangular"), 20.0}).ok());
        QVERIFY(inputs.setBaselineUncertainty(name, {QStringLiteral("forest_coverage"), QStringLiteral("normal"), 0.3}).ok());
        QVERIFY(inputs.setObserved(name, QStringLiteral("forest_coverage"),
                                   {{2024, 45.6, QStringLiteral("统计公报")}, {2025, 45.7, QString()}}).ok());
        QVERIFY(inputs.setProjection(name, QStringLiteral("green_loan_balance"),
                                     {QStringLiteral("growth"), QJsonObject{{QStringLiteral("rate"), 0.1}}}).ok());
        QVERIFY(scenarios.setBaselineOverride(name, QStringLiteral("forest_coverage"), 2023, 45.04, QStringLiteral("林草局")).ok());
        QVERIFY(scenarios.setTargetOverride(name, QStringLiteral("S-02"), 2035, 46.5, std::nullopt).ok());
        QVERIFY(implementation.setTaskProgress(name, {QStringLiteral("T-02-01-1"), QStringLiteral("in_progress"), 40.0,
                                                      QStringLiteral("吉政发〔2024〕1号")}).ok());
        // A city's records: 吉林市's of the same task, beside the province's,
        // and 长春市's of a task the province has none of; the province's
        // alone of a third task.
        QVERIFY(implementation.setTaskProgress(name, {QStringLiteral("T-02-01-1"), QStringLiteral("done"), 100.0,
                                                      QStringLiteral("吉林市验收"), QStringLiteral("吉林市")}).ok());
        QVERIFY(implementation.setTaskProgress(name, {QStringLiteral("T-02-01-2"), QStringLiteral("in_progress"), 12.5,
                                                      QString(), QStringLiteral("长春市")}).ok());
        QVERIFY(implementation.setTaskProgress(name, {QStringLiteral("T-02-02-1"), QStringLiteral("not_started"), 0.0,
                                                      QString()}).ok());
        QVERIFY(implementation.setCityShares(name, QStringLiteral("S-02"),
                                             {{QStringLiteral("长春市"), 60.0}, {QStringLiteral("吉林市"), 40.0}}).ok());
        QVERIFY(inputs.setCityObservations(name,
                                           {{QStringLiteral("长春市"), QStringLiteral("forest_coverage"), 2023, 18.5,
                                             QStringLiteral("长春市林业局")},
                                            {QStringLiteral("吉林市"), QStringLiteral("forest_coverage"), 2023, 16.8, QString()}},
                                           {}).ok());
        m_source = scenarios.find(name).value();
        // Levers 2, uncertainties 1 + 1, observed 2, projection 1, overrides 1 + 1, tasks 2 of the
        // province and 2 of cities, cities 2, cities' observed values 2.
        QCOMPARE(scenarioRows(*m_store, m_source.id).size(), 17);
    }

    void roundTripIsExact()
    {
        QString error;
        const std::optional<QByteArray> first = Exchange::exportScenario(*m_store, m_source.name, &error);
        QVERIFY2(first, qPrintable(error));
        const QJsonObject json = QJsonDocument::fromJson(*first).object();
        QCOMPARE(json.value(QStringLiteral("format")).toString(), QStringLiteral("jilin-planner-scenario"));
        QCOMPARE(json.value(QStringLiteral("schemaVersion")).toInt(), 1);
        QCOMPARE(json.value(QStringLiteral("catalog")).toObject().value(QStringLiteral("targets")).toArray().size(), 1);  // S-02
        // The province's record alone is the record, as in older files; a
        // task with cities' records is a list, the province's first.
        const QJsonObject tasks = json.value(QStringLiteral("taskProgress")).toObject();
        QCOMPARE(tasks.value(QStringLiteral("T-02-02-1")).toObject(),
                 (QJsonObject{{QStringLiteral("status"), QStringLiteral("not_started")}, {QStringLiteral("progress"), 0},
                              {QStringLiteral("evidence"), QString()}}));
        const QJsonArray both = tasks.value(QStringLiteral("T-02-01-1")).toArray();
        QCOMPARE(both.size(), 2);
        QVERIFY(!both.at(0).toObject().contains(QStringLiteral("city")));
        QCOMPARE(both.at(0)[QStringLiteral("progress")].toDouble(), 40.0);
        QCOMPARE(both.at(1)[QStringLiteral("city")].toString(), QStringLiteral("吉林市"));
        QCOMPARE(both.at(1)[QStringLiteral("progress")].toDouble(), 100.0);
        QCOMPARE(tasks.value(QStringLiteral("T-02-01-2")).toArray().at(0)[QStringLiteral("city")].toString(),
                 QStringLiteral("长春市"));

        const std::optional<Exchange::ScenarioFile> file = Exchange::checkScenarioFile(*first, m_store->applicationCatalog(), &error);
        QVERIFY2(file, qPrintable(error));
        const std::optional<QString> name = Exchange::importScenario(*m_store, *file, &error);
        QVERIFY2(name, qPrintable(error));
        QCOMPARE(*name, QStringLiteral("全表情景 (2)"));  // the name is taken: a suffix
        const Storage::Scenario imported = Storage::ScenarioRepository(*m_store).find(*name).value();
        QCOMPARE(imported.author, QStringLiteral("规划处"));
        QCOMPARE(imported.notes, m_source.notes);
        QCOMPARE(scenarioRows(*m_store, imported.id), scenarioRows(*m_store, m_source.id));

        const std::optional<QByteArray> second = Exchange::exportScenario(*m_store, *name, &error);
        QVERIFY(second);
        QByteArray expected = *first;
        expected.replace("\"name\": \"全表情景\"", "\"name\": \"全表情景 (2)\"");
        QCOMPARE(*second, expected);

        // A third import takes the next free suffix.
        QCOMPARE(Exchange::importScenario(*m_store, *file, &error).value_or(QString()), QStringLiteral("全表情景 (3)"));
    }

    void refused_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("message");  // a word the message must hold (English)
        QString error;
        const QByteArray valid = Exchange::exportScenario(*m_store, m_source.name, &error).value();
        const auto edited = [&](const std::function<void(QJsonObject &)> &edit) {
            QJsonObject o = QJsonDocument::fromJson(valid).object();
            edit(o);
            return QJsonDocument(o).toJson();
        };
        QTest::newRow("unknown lever") << edited([](QJsonObject &o) {
            QJsonObject levers = o.value(QStringLiteral("levers")).toObject();
            levers.insert(QStringLiteral("warp_drive"), QJsonObject{{QStringLiteral("2030"), 1}});
            o.insert(QStringLiteral("levers"), levers);
            QJsonObject catalog = o.value(QStringLiteral("catalog")).toObject();
            catalog.insert(QStringLiteral("levers"), QJsonArray{QStringLiteral("afforestation_per_year"), QStringLiteral("warp_drive")});
            o.insert(QStringLiteral("catalog"), catalog);
        }) << QStringLiteral("lever warp_drive");
        QTest::newRow("unknown indicator") << edited([](QJsonObject &o) {
            o.insert(QStringLiteral("observed"), QJsonObject{{QStringLiteral("unicorns"), QJsonArray{}}});
            QJsonObject catalog = o.value(QStringLiteral("catalog")).toObject();
            QJsonArray indicators = catalog.value(QStringLiteral("indicators")).toArray();
            indicators.append(QStringLiteral("unicorns"));
            catalog.insert(QStringLiteral("indicators"), indicators);
            o.insert(QStringLiteral("catalog"), catalog);
        }) << QStringLiteral("indicator unicorns");
        QTest::newRow("undeclared id") << edited([](QJsonObject &o) { o.remove(QStringLiteral("catalog")); })
                                       << QStringLiteral("catalog");
        QTest::newRow("a city's year twice") << edited([](QJsonObject &o) {
            const QJsonObject row{{QStringLiteral("city"), QStringLiteral("长春市")}, {QStringLiteral("year"), 2023},
                                  {QStringLiteral("value"), 18.5}, {QStringLiteral("source"), QString()}};
            o.insert(QStringLiteral("cityObserved"),
                     QJsonObject{{QStringLiteral("forest_coverage"), QJsonArray{row, row}}});
        }) << QStringLiteral("twice");
        QTest::newRow("a task record of an unknown city") << edited([](QJsonObject &o) {
            QJsonObject tasks = o.value(QStringLiteral("taskProgress")).toObject();
            tasks.insert(QStringLiteral("T-02-02-1"),
                         QJsonArray{QJsonObject{{QStringLiteral("city"), QStringLiteral("哈尔滨市")},
                                                {QStringLiteral("status"), QStringLiteral("done")},
                                                {QStringLiteral("progress"), 100}}});
            o.insert(QStringLiteral("taskProgress"), tasks);
        }) << QStringLiteral("not a city of the province");
        QTest::newRow("a city's task record twice") << edited([](QJsonObject &o) {
            const QJsonObject record{{QStringLiteral("city"), QStringLiteral("吉林市")},
                                     {QStringLiteral("status"), QStringLiteral("done")}, {QStringLiteral("progress"), 100}};
            QJsonObject tasks = o.value(QStringLiteral("taskProgress")).toObject();
            tasks.insert(QStringLiteral("T-02-02-1"), QJsonArray{record, record});
            o.insert(QStringLiteral("taskProgress"), tasks);
        }) << QStringLiteral("twice");
        QTest::newRow("newer schema") << edited([](QJsonObject &o) { o.insert(QStringLiteral("schemaVersion"), 2); })
                                      << QStringLiteral("newer");
        QTest::newRow("foreign JSON") << QByteArray(R"({"type": "FeatureCollection", "features": []})")
                                      << QStringLiteral("not a jilin-planner scenario file");
        QTest::newRow("truncated") << valid.left(valid.size() / 2) << QStringLiteral("truncated");
        QTest::newRow("lever out of range") << edited([](QJsonObject &o) {
            o.insert(QStringLiteral("levers"), QJsonObject{{QStringLiteral("afforestation_per_year"),
                                                           QJsonObject{{QStringLiteral("2030"), 1e9}}}});
        }) << QStringLiteral("outside its range");
        QTest::newRow("year not a year") << edited([](QJsonObject &o) {
            o.insert(QStringLiteral("levers"), QJsonObject{{QStringLiteral("afforestation_per_year"),
                                                           QJsonObject{{QStringLiteral("2030.5"), 1}}}});
        }) << QStringLiteral("levers.afforestation_per_year");
        QTest::newRow("wrong type") << edited([](QJsonObject &o) { o.insert(QStringLiteral("observed"), 5); })
                                    << QStringLiteral("observed");
        QTest::newRow("unknown projection method") << edited([](QJsonObject &o) {
            o.insert(QStringLiteral("projections"), QJsonObject{{QStringLiteral("green_loan_balance"),
                                                                QJsonObject{{QStringLiteral("method"), QStringLiteral("magic")}}}});
        }) << QStringLiteral("magic");
        // Parameters the run would refuse are refused at import, by the same
        // check (green loans: no model, data up to 2023).
        const auto projection = [&](const QString &indicator, const QString &method, const QJsonObject &parameters) {
            return edited([=](QJsonObject &o) {
                o.insert(QStringLiteral("projections"),
                         QJsonObject{{indicator, QJsonObject{{QStringLiteral("method"), method},
                                                             {QStringLiteral("parameters"), parameters}}}});
            });
        };
        QTest::newRow("fitted years -5") << projection(QStringLiteral("green_loan_balance"), QStringLiteral("fitted"),
                                                       QJsonObject{{QStringLiteral("years"), -5}})
                                         << QStringLiteral("a fitted trend needs at least 2 years, not -5");
        QTest::newRow("milestone in 3000") << projection(QStringLiteral("green_loan_balance"), QStringLiteral("milestones"),
                                                         QJsonObject{{QStringLiteral("points"),
                                                                      QJsonArray{QJsonObject{{QStringLiteral("year"), 3000},
                                                                                             {QStringLiteral("value"), 1}}}}})
                                           << QStringLiteral("milestone year 3000 is outside the years of the run");
        QTest::newRow("growth 1e9") << projection(QStringLiteral("green_loan_balance"), QStringLiteral("growth"),
                                                  QJsonObject{{QStringLiteral("rate"), 1e9}})
                                    << QStringLiteral("at most 1 (+100 % a year)");
        QTest::newRow("projection of a modelled indicator")
            << projection(QStringLiteral("forest_coverage"), QStringLiteral("hold"), QJsonObject{})
            << QStringLiteral("is computed by its chapter's model");
        QByteArray nested = "{\"a\": ";
        nested += QByteArray(100000, '[');
        QTest::newRow("deeply nested") << nested << QStringLiteral("deeply");
        QByteArray gbk = valid;
        gbk.replace("全表情景", "\xC8\xAB\xB1\xED\xC7\xE9\xBE\xB0");  // the name in GBK
        QTest::newRow("GBK") << gbk << QStringLiteral("not UTF-8");
        QByteArray random(4096, Qt::Uninitialized);
        QRandomGenerator generator(42);
        for (char &c : random)
            c = char(generator.bounded(32, 127));
        random[0] = '{';
        QTest::newRow("random text") << random << QStringLiteral("not valid JSON");
        QTest::newRow("binary") << QByteArray("{\x00\x01\xff\xfe", 5) << QStringLiteral("not UTF-8");
        QTest::newRow("control characters in the name") << edited([](QJsonObject &o) {
            o.insert(QStringLiteral("name"), QStringLiteral("a\u0007b"));
        }) << QStringLiteral("control");
    }

    void refused()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, message);
        const QByteArray before = databaseState(*m_store);
        QString error;
        const std::optional<Exchange::ScenarioFile> file = Exchange::checkScenarioFile(bytes, m_store->applicationCatalog(), &error, &m_registry);
        QVERIFY(!file);
        QVERIFY2(error.contains(message), qPrintable(error));
        QCOMPARE(databaseState(*m_store), before);
    }

    void hostileNameIsJustAName()
    {
        // SQL in a name is bound, never run: the scenario gets exactly that name.
        QString error;
        QByteArray bytes = Exchange::exportScenario(*m_store, m_source.name, &error).value();
        const QString hostile = QStringLiteral("x'); DROP TABLE scenarios; --");
        QJsonObject o = QJsonDocument::fromJson(bytes).object();
        o.insert(QStringLiteral("name"), hostile);
        const auto file = Exchange::checkScenarioFile(QJsonDocument(o).toJson(), m_store->applicationCatalog(), &error);
        QVERIFY2(file, qPrintable(error));
        QCOMPARE(Exchange::importScenario(*m_store, *file, &error).value_or(QString()), hostile);
        QVERIFY(Storage::ScenarioRepository(*m_store).find(m_source.name).ok());
    }

    void hugeFileRefusedBySize()
    {
        const QString path = m_dir.filePath(QStringLiteral("huge.json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QVERIFY(file.resize(100LL * 1024 * 1024));  // 100 MB, sparse: nothing to read
        file.close();
        QString error;
        QVERIFY(!Exchange::readInputFile(path, &error));
        QVERIFY2(error.contains(QStringLiteral("100.0 MB")), qPrintable(error));
    }

private:
    QTemporaryDir m_dir;
    Engine::ModuleRegistry m_registry;
    std::unique_ptr<Storage::Store> m_store;
    Storage::Scenario m_source;
};

QTEST_GUILESS_MAIN(TestScenarioFile)
#include "tst_scenariofile.moc"
