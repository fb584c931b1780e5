// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

// The two shipped, read-only scenarios (issue 15, point 1): both exist in a
// new database and are added to an old one that keeps its own scenarios;
// every plan-pathway lever carries the document it follows; templates refuse
// every change; a fork copies the bases, starts with empty notes, and loses a
// lever's basis when the planner edits that lever.

#include "plancatalog.h"
#include "common/testdatabase.h"

#include "storage/migrations.h"
#include "storage/scenarioinputsrepository.h"
#include "storage/scenariorepository.h"
#include "storage/store.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Planner;
using Storage::StoreError;

namespace {

// An SQLite file at schema version 3 (before templates), written with Qt SQL
// the way version 3 of the program left it: the old shipped scenario
// 基准情景 with one lever set, a planner's own scenario, and a planner's
// scenario that happens to carry the new template's name.
bool makeVersionThreeDatabase(const QString &path, const QString &clashingName)
{
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v3"));
        db.setDatabaseName(path);
        if (db.open()) {
            ok = !Storage::migrate(db, 3).isError();
            QSqlQuery q(db);
            const QString insert = QStringLiteral(
                "INSERT INTO scenarios (id, name, notes, author, created, modified, revision) VALUES "
                "(%1, '%2', '%3', '%4', '2025-01-01T00:00:00.000Z', '2025-01-01T00:00:00.000Z', %5)");
            ok = ok && q.exec(insert.arg(1).arg(QStringLiteral("基准情景"), QStringLiteral("old notes"),
                                                 QStringLiteral("jilin-planner")).arg(1));
            ok = ok && q.exec(insert.arg(2).arg(QStringLiteral("我的情景"), QStringLiteral("mine"),
                                                 QStringLiteral("wang")).arg(7));
            ok = ok && q.exec(insert.arg(3).arg(clashingName, QString(), QStringLiteral("li")).arg(2));
            ok = ok && q.exec(QStringLiteral("INSERT INTO lever_settings (scenario_id, lever_id, year, value)"
                                             " VALUES (2, 'afforestation_per_year', 2030, 80)"));
            ok = ok && q.exec(QStringLiteral("PRAGMA user_version")) && q.next() && q.value(0).toInt() == 3;
            q.finish();
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("v3"));
    return ok;
}

// A basis names a document in words, never a file of ours.
bool namesAFile(const QString &text)
{
    static const QRegularExpression file(QStringLiteral(R"((\.(json|txt|md|cpp|h|sqlite)\b)|resources/|\.\./|shared/)"));
    return file.match(text).hasMatch();
}

} // namespace

class TestTemplates final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_catalog = planCatalog();
    }

    void newDatabaseHasBothTemplates()
    {
        const QString location = TestDatabase::fresh(m_dir.path(), QStringLiteral("new"));
        auto opened = Storage::Store::open(location, m_catalog);
        QVERIFY2(opened.ok(), qPrintable(opened.error().message));
        const Storage::ScenarioRepository scenarios(*opened.value());
        const auto list = scenarios.list();
        QVERIFY(list.ok());
        // Exactly the two shipped scenarios, current trends first (the one
        // the window opens on a first start).
        QCOMPARE(list.value().size(), 2);
        QCOMPARE(list.value().at(0).name, QStringLiteral("现状趋势情景"));
        QCOMPARE(list.value().at(0).name, Storage::baselineScenarioName());
        QCOMPARE(list.value().at(0).templateKey, QStringLiteral("current_trends"));
        QCOMPARE(list.value().at(1).name, QStringLiteral("规划路径情景"));
        QCOMPARE(list.value().at(1).templateKey, QStringLiteral("plan_pathway"));
        for (const Storage::Scenario &s : list.value()) {
            QVERIFY(s.isTemplate());
            QCOMPARE(s.revision, 1);
            QVERIFY(s.notes.isEmpty());
        }

        // Current trends stores nothing: every lever at its catalog default.
        const Storage::ScenarioInputsRepository inputs(*opened.value());
        const auto trends = inputs.load(list.value().at(0).id);
        QVERIFY(trends.ok());
        QVERIFY(trends.value().levers.isEmpty());
        QVERIFY(trends.value().leverBases.isEmpty());

        // Opening again changes nothing (the templates are in line already).
        const qint64 revision = list.value().at(1).revision;
        opened.value().reset();
        auto again = Storage::Store::open(location, m_catalog);
        QVERIFY(again.ok());
        const auto second = Storage::ScenarioRepository(*again.value()).list();
        QCOMPARE(second.value().size(), 2);
        QCOMPARE(second.value().at(1).revision, revision);
    }

    void everyPlanPathwaySettingCarriesADocument()
    {
        auto opened = Storage::Store::open(TestDatabase::fresh(m_dir.path(), QStringLiteral("plan")), m_catalog);
        QVERIFY(opened.ok());
        const auto plan = Storage::ScenarioRepository(*opened.value()).find(Storage::planPathwayScenarioName());
        QVERIFY(plan.ok());
        const auto stored = Storage::ScenarioInputsRepository(*opened.value()).load(plan.value().id);
        QVERIFY(stored.ok());
        const Storage::StoredInputs &in = stored.value();

        // Every lever of the catalog has a basis, in both languages, naming
        // no file; every lever the template sets has one too.
        QCOMPARE(in.leverBases.size(), m_catalog.levers().size());
        for (const Engine::Lever &lever : m_catalog.levers()) {
            QVERIFY2(in.leverBases.contains(lever.id), qPrintable(lever.id));
            const Storage::StoredLeverBasis basis = in.leverBases.value(lever.id);
            QVERIFY2(basis.zh.trimmed().size() > 10 && basis.en.trimmed().size() > 10, qPrintable(lever.id));
            QVERIFY2(!namesAFile(basis.zh) && !namesAFile(basis.en), qPrintable(lever.id));
            // A lever the template leaves at the current-trends value says so
            // (coal: the document that gives the non-fossil share is named).
            if (!in.levers.contains(lever.id) && lever.id != QLatin1StringView("coal_share_decline")) {
                QVERIFY2(basis.en.contains(QStringLiteral("current-trends value is kept")), qPrintable(lever.id));
                QVERIFY2(basis.zh.contains(QStringLiteral("沿用现状趋势值")), qPrintable(lever.id));
            }
        }
        // A setting that follows a document names its issuer and year.
        for (auto it = in.levers.cbegin(); it != in.levers.cend(); ++it) {
            const Storage::StoredLeverBasis basis = in.leverBases.value(it.key());
            QVERIFY2(basis.zh.contains(QRegularExpression(QStringLiteral("(吉林省|中共吉林省委).*20[12][0-9]年"))),
                     qPrintable(it.key()));
            QVERIFY2(basis.en.contains(QRegularExpression(QStringLiteral("Jilin.*\\b20[12][0-9]\\b"))),
                     qPrintable(it.key()));
        }

        // The settings themselves, worked by hand:
        // energy intensity −14.5 % over 2021–2025 (the province's 14th
        // Five-Year energy-saving plan): 1 − 0.855^(1/5) = 1 − 0.96915 =
        // 3.085 % a year, entered as 3.08 for 2024 and 2025 only.
        const QMap<int, double> energy = in.levers.value(QStringLiteral("energy_intensity_decline"));
        QCOMPARE(energy.keys(), (QList<int>{2024, 2025}));
        QCOMPARE(energy.value(2024), 3.08);
        // Wind and solar: 60 GW by 2030 from 1,721.8 × 10 MW at the end of
        // 2023: 4,278.2 / 7 = 611.17 a year, split by the 2023 mix
        // 1,267.9 : 453.9: wind 611.17 × 0.7364 = 450.1 → 450, solar 161.1 → 161;
        // 2024–2030, nothing stored after 2030.
        const QMap<int, double> wind = in.levers.value(QStringLiteral("wind_capacity_added"));
        const QMap<int, double> solar = in.levers.value(QStringLiteral("solar_capacity_added"));
        QCOMPARE(wind.size(), 7);
        QCOMPARE(wind.firstKey(), 2024);
        QCOMPARE(wind.lastKey(), 2030);
        QCOMPARE(wind.value(2027), 450.0);
        QCOMPARE(solar.value(2030), 161.0);
        QVERIFY(!solar.contains(2031));
        // Old diesel locomotives basically retired by 2027 (the plan, II (5)):
        // the assumed 100 of 2023 over the four years 2024–2027 = 25 a year.
        QCOMPARE(in.levers.value(QStringLiteral("diesel_locomotive_retirements")).value(2027), 25.0);
        QVERIFY(!in.levers.value(QStringLiteral("diesel_locomotive_retirements")).contains(2028));
        // The straw-burning ban across the province: compliance 100 % every year.
        QCOMPARE(in.levers.value(QStringLiteral("straw_burning_ban_compliance")).size(), 12);
        QCOMPARE(in.levers.value(QStringLiteral("straw_burning_ban_compliance")).value(2035), 100.0);
        // Coal: the carbon-peak plan gives no coal-share pace, so nothing is stored.
        QVERIFY(!in.levers.contains(QStringLiteral("coal_share_decline")));
        QVERIFY(in.leverBases.value(QStringLiteral("coal_share_decline")).en.contains(QStringLiteral("keeps the current-trends value")));
        QVERIFY(in.leverBases.value(QStringLiteral("coal_share_decline")).zh.contains(QStringLiteral("17.7%")));
    }

    void templatesRefuseEveryChange()
    {
        auto opened = Storage::Store::open(TestDatabase::fresh(m_dir.path(), QStringLiteral("refuse")), m_catalog);
        QVERIFY(opened.ok());
        const Storage::ScenarioRepository scenarios(*opened.value());
        const Storage::ScenarioInputsRepository inputs(*opened.value());
        for (const QString &name : {Storage::baselineScenarioName(), Storage::planPathwayScenarioName()}) {
            const auto before = scenarios.find(name);
            QVERIFY(before.ok());
            const auto lever = inputs.setLeverValues(name, QStringLiteral("afforestation_per_year"), {{2030, 80.0}});
            QVERIFY(!lever.ok());
            QCOMPARE(lever.error().code, StoreError::Code::Template);
            QVERIFY(lever.error().message.contains(name));
            QCOMPARE(inputs.clearLever(name, QStringLiteral("wind_capacity_added")).error().code, StoreError::Code::Template);
            QCOMPARE(scenarios.setNotes(name, QStringLiteral("x")).error().code, StoreError::Code::Template);
            QCOMPARE(scenarios.setAuthor(name, QStringLiteral("x")).error().code, StoreError::Code::Template);
            QCOMPARE(scenarios.rename(name, QStringLiteral("x")).error().code, StoreError::Code::Template);
            QCOMPARE(scenarios.remove(name).code, StoreError::Code::Template);
            QCOMPARE(inputs.setObserved(name, QStringLiteral("forest_coverage"), {{2024, 45.3, QString()}}).error().code,
                     StoreError::Code::Template);
            // Nothing written: same revision, same settings.
            const auto after = scenarios.find(name);
            QCOMPARE(after.value().revision, before.value().revision);
            QVERIFY(!inputs.load(after.value().id).value().levers.contains(QStringLiteral("afforestation_per_year")));
        }
    }

    void forkCopiesBasesStartsWithoutNotesAndAnEditDropsTheBasis()
    {
        auto opened = Storage::Store::open(TestDatabase::fresh(m_dir.path(), QStringLiteral("fork")), m_catalog);
        QVERIFY(opened.ok());
        const Storage::ScenarioRepository scenarios(*opened.value());
        const Storage::ScenarioInputsRepository inputs(*opened.value());
        const auto plan = scenarios.find(Storage::planPathwayScenarioName());
        const auto fork = scenarios.fork(Storage::planPathwayScenarioName(), QStringLiteral("规划路径（王）"),
                                         QStringLiteral("wang"));
        QVERIFY2(fork.ok(), qPrintable(fork.error().message));
        QVERIFY(!fork.value().isTemplate());
        QCOMPARE(fork.value().author, QStringLiteral("wang"));
        QVERIFY(fork.value().notes.isEmpty());
        QCOMPARE(fork.value().parentName, Storage::planPathwayScenarioName());

        const Storage::StoredInputs parent = inputs.load(plan.value().id).value();
        Storage::StoredInputs mine = inputs.load(fork.value().id).value();
        QCOMPARE(mine.levers, parent.levers);
        QCOMPARE(mine.leverBases.keys(), parent.leverBases.keys());
        QCOMPARE(mine.leverBases.value(QStringLiteral("wind_capacity_added")).en,
                 parent.leverBases.value(QStringLiteral("wind_capacity_added")).en);

        // The fork is the planner's: an edit goes through and that lever's
        // basis goes (the document no longer says why it has its value).
        QVERIFY(inputs.setLeverValues(QStringLiteral("规划路径（王）"), QStringLiteral("wind_capacity_added"),
                                      {{2031, 500.0}}).ok());
        QVERIFY(inputs.clearLever(QStringLiteral("规划路径（王）"), QStringLiteral("straw_burning_ban_compliance")).ok());
        mine = inputs.load(fork.value().id).value();
        QVERIFY(!mine.leverBases.contains(QStringLiteral("wind_capacity_added")));
        QVERIFY(!mine.leverBases.contains(QStringLiteral("straw_burning_ban_compliance")));
        QCOMPARE(mine.leverBases.size(), parent.leverBases.size() - 2);
        QCOMPARE(mine.levers.value(QStringLiteral("wind_capacity_added")).value(2031), 500.0);
        QCOMPARE(mine.levers.value(QStringLiteral("wind_capacity_added")).value(2024), 450.0);
        // The template itself is untouched.
        QCOMPARE(inputs.load(plan.value().id).value().leverBases.size(), m_catalog.levers().size());
    }

    void oldDatabaseKeepsItsScenariosAndGetsBothTemplates()
    {
        const QString path = m_dir.filePath(QStringLiteral("v3.sqlite"));
        QVERIFY(makeVersionThreeDatabase(path, QStringLiteral("现状趋势情景")));
        auto opened = Storage::Store::open(path, m_catalog);
        QVERIFY2(opened.ok(), qPrintable(opened.error().message));
        QCOMPARE(opened.value()->schemaVersion(), Storage::currentSchemaVersion());
        const Storage::ScenarioRepository scenarios(*opened.value());
        const auto list = scenarios.list();
        QVERIFY(list.ok());
        // Three old scenarios, two templates added.
        QCOMPARE(list.value().size(), 5);
        // The old shipped scenario stays, as an ordinary (editable) scenario.
        const auto old = scenarios.find(QStringLiteral("基准情景"));
        QVERIFY(old.ok());
        QVERIFY(!old.value().isTemplate());
        QCOMPARE(old.value().notes, QStringLiteral("old notes"));
        QVERIFY(scenarios.setNotes(QStringLiteral("基准情景"), QStringLiteral("edited")).ok());
        // The planner's scenario keeps its revision and its setting.
        const auto mine = scenarios.find(QStringLiteral("我的情景"));
        QCOMPARE(mine.value().revision, 7);
        QCOMPARE(mine.value().author, QStringLiteral("wang"));
        const auto stored = Storage::ScenarioInputsRepository(*opened.value()).load(mine.value().id);
        QCOMPARE(stored.value().levers.value(QStringLiteral("afforestation_per_year")).value(2030), 80.0);
        // The scenario that had the template's name is kept under "name (2)"
        // (id 3, its author), and the name now belongs to the template.
        const auto renamed = scenarios.find(QStringLiteral("现状趋势情景 (2)"));
        QVERIFY(renamed.ok());
        QCOMPARE(renamed.value().id, 3);
        QCOMPARE(renamed.value().author, QStringLiteral("li"));
        const auto trends = scenarios.find(Storage::baselineScenarioName());
        QCOMPARE(trends.value().templateKey, QStringLiteral("current_trends"));
        QCOMPARE(scenarios.find(Storage::planPathwayScenarioName()).value().templateKey, QStringLiteral("plan_pathway"));
    }

private:
    QTemporaryDir m_dir;
    Engine::Catalog m_catalog;
};

QTEST_GUILESS_MAIN(TestTemplates)
#include "tst_templates.moc"
