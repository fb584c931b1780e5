// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

// A city's monitoring table (a CSV with a city column, written here) is
// previewed and imported into a scenario, read back from the store, shown on
// the cities' page beside each city's part of a decomposed target with a
// status worked out by hand, shades the map by that status, and an undo takes
// the import back.

#include "common/windowfixture.h"
#include "exchange/observedimport.h"
#include "implementation/core/cityassessment.h"
#include "implementation/ui/citymap.h"
#include "implementation/ui/citypage.h"

#include "engine/registry.h"
#include "i18n/i18n.h"
#include "storage/implementationrepository.h"
#include "storage/scenarioinputsrepository.h"
#include "storage/scenariorepository.h"
#include "storage/store.h"
#include "workbench/scenariodocument.h"

#include <QCoreApplication>
#include <QSettings>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <cmath>
#include <memory>

using namespace Planner;

namespace {

// S-02: forest coverage (forest_coverage, %, should increase) at least 46 %
// in 2035. Decomposed 40 / 40 / 20 % to 长春市, 吉林市, 四平市, the cities'
// parts are 18.4, 18.4 and 9.2 (share / 100 × 46).
const QString kTarget = QStringLiteral("S-02");

// The monitoring table: a Chinese header with the city column, one city by
// its English name, one row of a city that carries no part, one unknown city.
const QByteArray kTable = QByteArrayLiteral(
    "指标,城市,年份,数值,来源\n"
    "forest_coverage,长春市,2015,16,长春市林业局\n"
    "forest_coverage,Changchun,2023,18.5,长春市林业局\n"
    "forest_coverage,吉林市,2015,16,\n"
    "forest_coverage,吉林市,2023,16.8,\n"
    "forest_coverage,四平市,2015,9.0,\n"
    "forest_coverage,四平市,2023,8.8,\n"
    "forest_coverage,辽源市,2023,30,\n"
    "forest_coverage,Atlantis,2023,30,\n");

// The statuses, by hand (Eurostat's trend test from the base year 2015,
// thresholds 0.95 / 0.60 / 0):
//   长春市: latest 18.5 (2023) >= its part 18.4: achieved.
//   吉林市: CAGR_o = (16.8 / 16)^(1/8) - 1 = 1.05^0.125 - 1 = 0.0061174;
//           CAGR_r = (18.4 / 16)^(1/20) - 1 = 1.15^0.05 - 1 = 0.0070126;
//           R = 0.0061174 / 0.0070126 = 0.872: 0.60 <= R < 0.95,
//           acceleration_needed.
//   四平市: 9.0 -> 8.8 falls while the indicator should rise: R < 0,
//           moving_away.
//   辽源市: observed (30 in 2023) but no part of the target: no status.

int rowOfCity(QTableWidget *table, const QString &city)
{
    for (int row = 0; row < table->rowCount(); ++row) {
        if (table->item(row, Implementation::CityPage::CityColumn)->data(Qt::UserRole).toString() == city)
            return row;
    }
    return -1;
}

QString statusOf(QTableWidget *table, const QString &city)
{
    const int row = rowOfCity(table, city);
    return row < 0 ? QStringLiteral("(no row)")
                   : table->item(row, Implementation::CityPage::StatusColumn)->data(Qt::UserRole).toString();
}

} // namespace

class TestCityObservations final : public QObject, private Testing::WindowFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        I18n::setLanguage(I18n::Language::English);
        QString error = setUpWindowTest(QStringLiteral("tst_city_observations"));
        QVERIFY2(error.isEmpty(), qPrintable(error));
        error = openStore(QStringLiteral("c.sqlite"));
        QVERIFY2(error.isEmpty(), qPrintable(error));
        error = forkWorkScenario(QStringLiteral("cities"), QStringLiteral("tester"), false);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(Storage::ImplementationRepository(*m_store)
                    .setCityShares(QStringLiteral("cities"), kTarget,
                                   {{QStringLiteral("长春市"), 40.0}, {QStringLiteral("吉林市"), 40.0},
                                    {QStringLiteral("四平市"), 20.0}})
                    .ok());
    }

    void previewKeepsCitiesApartFromTheProvince()
    {
        QString error;
        const auto rows = Exchange::readTable(kTable, &error);
        QVERIFY2(rows, qPrintable(error));
        const auto preview = Exchange::previewObservedImport(*m_store, m_store->applicationCatalog(),
                                                             QStringLiteral("cities"), *rows, &error);
        QVERIFY2(preview, qPrintable(error));
        // Seven city rows are new; Atlantis is refused; nothing is the province's.
        QCOMPARE(preview->count(Exchange::ObservedChange::Kind::New), 7);
        QCOMPARE(preview->rejected.size(), 1);
        QCOMPARE(preview->rejected.first().row, 9);
        QVERIFY(preview->rejected.first().reason.contains(QStringLiteral("Atlantis")));
        QVERIFY(!preview->writesProvince());
        QCOMPARE(preview->changes.at(1).city, QStringLiteral("长春市"));  // "Changchun"
        QCOMPARE(Exchange::cityObservationsToWrite(*preview).size(), 7);
    }

    void importedValuesAreJudgedOnThePage()
    {
        Workbench::ScenarioDocument document(*m_store, m_modules);
        document.setDraws(20);
        document.setSynchronousDraws(true);
        QVERIFY(!document.open(QStringLiteral("cities")));
        Implementation::CityPage page(&document);
        QVERIFY(page.selectTarget(kTarget));
        QTableWidget *table = page.table();
        // Nothing observed yet: no status anywhere.
        QCOMPARE(statusOf(table, QStringLiteral("长春市")), QString());

        QString error;
        const auto preview = Exchange::previewObservedImport(*m_store, m_store->applicationCatalog(),
                                                             QStringLiteral("cities"), *Exchange::readTable(kTable, &error),
                                                             &error);
        QVERIFY2(preview, qPrintable(error));
        const qint64 before = document.scenario().revision;
        // What the window does with a table of cities only: one undoable edit.
        QVERIFY(!document.importCityObservations(Exchange::cityObservationsToWrite(*preview), QStringLiteral("import")));
        QCOMPARE(document.scenario().revision, before + 1);
        QCOMPARE(document.undoStack()->count(), 1);

        // In the store, with the file's source where it gave one.
        const auto stored = Storage::ScenarioInputsRepository(*m_store).cityObservations(document.scenario().id);
        QVERIFY(stored.ok());
        QCOMPARE(stored.value().size(), 7);
        QCOMPARE(stored.value().first().city, QStringLiteral("吉林市"));  // ordered by city, then year
        bool changchunSourced = false;
        for (const Storage::StoredCityObservation &o : stored.value())
            changchunSourced |= o.city == QStringLiteral("长春市") && o.year == 2023 && o.value == 18.5
                                && o.source == QStringLiteral("长春市林业局");
        QVERIFY(changchunSourced);

        // On the page: the latest observed value and the status by hand.
        QCOMPARE(statusOf(table, QStringLiteral("长春市")), QStringLiteral("achieved"));
        QCOMPARE(statusOf(table, QStringLiteral("吉林市")), QStringLiteral("acceleration_needed"));
        QCOMPARE(statusOf(table, QStringLiteral("四平市")), QStringLiteral("moving_away"));
        QCOMPARE(statusOf(table, QStringLiteral("辽源市")), QString());
        const int liaoyuan = rowOfCity(table, QStringLiteral("辽源市"));
        QVERIFY2(table->item(liaoyuan, Implementation::CityPage::ObservedColumn)->text().contains(QStringLiteral("2023")),
                 qPrintable(table->item(liaoyuan, Implementation::CityPage::ObservedColumn)->text()));
        const int jilin = rowOfCity(table, QStringLiteral("吉林市"));
        QCOMPARE(table->item(jilin, Implementation::CityPage::StatusColumn)->text(), QStringLiteral("acceleration needed"));

        // The ratio itself: 0.872 (worked out above).
        const Engine::Indicator *forest = document.catalog().indicator(QStringLiteral("forest_coverage"));
        QVERIFY(forest);
        const Implementation::CityJudgement judged = Implementation::judgeCity(
            *document.catalog().target(kTarget), *forest, QStringLiteral("吉林市"), 40.0,
            document.cityObserved(QStringLiteral("吉林市"), QStringLiteral("forest_coverage")));
        QVERIFY(judged.implied);
        QCOMPARE(*judged.implied, 18.4);
        QVERIFY2(std::abs(judged.rate.ratio - 0.872) < 0.001, qPrintable(QString::number(judged.rate.ratio)));

        // The map shades by status when asked.
        page.setMapShading(Implementation::CityPage::MapShading::Status);
        QVERIFY(page.map()->showsStatuses());
        QCOMPARE(page.map()->statusOf(QStringLiteral("四平市")), QStringLiteral("moving_away"));
        QCOMPARE(page.map()->statusOf(QStringLiteral("辽源市")), QString());
        QVERIFY(page.map()->fillOf(QStringLiteral("长春市")) != page.map()->fillOf(QStringLiteral("四平市")));
        page.setMapShading(Implementation::CityPage::MapShading::Part);
        QVERIFY(!page.map()->showsStatuses());

        // Undo takes the import back, in the store too; redo writes it again.
        document.undoStack()->undo();
        QCOMPARE(statusOf(table, QStringLiteral("长春市")), QString());
        QVERIFY(Storage::ScenarioInputsRepository(*m_store).cityObservations(document.scenario().id).value().isEmpty());
        document.undoStack()->redo();
        QCOMPARE(statusOf(table, QStringLiteral("四平市")), QStringLiteral("moving_away"));

        // A changed value replaces the stored one, and its undo restores it.
        Storage::StoredCityObservation changed{QStringLiteral("四平市"), QStringLiteral("forest_coverage"), 2023, 9.5,
                                               QString()};
        QVERIFY(!document.importCityObservations({changed}, QStringLiteral("change")));
        // 四平市 now reports 9.5 for 2023, at or above its part 9.2: achieved.
        QCOMPARE(statusOf(table, QStringLiteral("四平市")), QStringLiteral("achieved"));
        document.undoStack()->undo();
        QCOMPARE(statusOf(table, QStringLiteral("四平市")), QStringLiteral("moving_away"));
    }

    void forkCarriesTheCitiesValues()
    {
        const auto fork = Storage::ScenarioRepository(*m_store).fork(QStringLiteral("cities"), QStringLiteral("copy"),
                                                                     QStringLiteral("tester"));
        QVERIFY(fork.ok());
        const auto copied = Storage::ScenarioInputsRepository(*m_store).cityObservations(fork.value().id);
        QVERIFY(copied.ok());
        QCOMPARE(copied.value().size(), 7);
    }

};

QTEST_MAIN(TestCityObservations)
#include "tst_city_observations.moc"
