// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

// The observed-import dialog shows every row of the preview (accepted and
// rejected) before anything is written; Import writes them.

#include "exchangefixture.h"

#include "exchange/csvtable.h"
#include "shell/observedimportdialog.h"
#include "storage/scenarioinputsrepository.h"

#include <QApplication>
#include <QLocale>
#include <QPushButton>
#include <QTimer>
#include <QTemporaryDir>
#include <QTest>

using namespace Planner;

class TestObservedImportDialog final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void previewThenImport()
    {
        QTemporaryDir dir;
        auto opened = Storage::Store::open(dir.filePath(QStringLiteral("dialog.sqlite")), planCatalog());
        QVERIFY(opened.ok());
        const Storage::Store &store = *opened.value();
        // Observations go into a planner's fork: the shipped scenarios are read-only.
        const QString scenario = QStringLiteral("监测");
        QVERIFY(Storage::ScenarioRepository(store).fork(Storage::baselineScenarioName(), scenario, {}).ok());
        QString error;
        const auto rows = Exchange::parseCsv(QStringLiteral("indicator,year,value\nforest_coverage,2016,44.1\nnope,2016,1\n"), &error);
        const auto preview = Exchange::previewObservedImport(store, store.applicationCatalog(), scenario, *rows, &error);
        QVERIFY2(preview, qPrintable(error));
        const QByteArray before = databaseState(store);

        Shell::ObservedImportDialog dialog(store, *preview, QStringLiteral("observed.csv"));
        Shell::ObservedPreviewModel *model = dialog.model();
        QCOMPARE(model->rowCount(), 2);  // one new, one rejected
        QCOMPARE(model->index(0, Shell::ObservedPreviewModel::ChangeColumn).data().toString(), QStringLiteral("new"));
        QCOMPARE(model->index(0, Shell::ObservedPreviewModel::YearColumn).data().toInt(), 2016);
        QCOMPARE(model->index(1, Shell::ObservedPreviewModel::ChangeColumn).data().toString(), QStringLiteral("rejected"));
        QVERIFY(model->index(1, Shell::ObservedPreviewModel::ReasonColumn).data().toString().contains(QStringLiteral("nope")));
        QCOMPARE(databaseState(store), before);  // showing writes nothing

        QVERIFY(dialog.importButton()->isEnabled());
        dialog.importButton()->click();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        const auto id = Storage::ScenarioRepository(store).find(scenario).value().id;
        const auto observed = Storage::ScenarioInputsRepository(store).load(id).value().observed.value(QStringLiteral("forest_coverage"));
        QCOMPARE(observed.size(), 1);
        QCOMPARE(observed.first().value, 44.1);
    }

    // A table of cities' values: the rows say where they belong, and Import
    // hands the preview to the window's edit instead of writing it; a
    // refusal keeps the dialog open and writes nothing.
    void citiesGoThroughTheGivenEdit()
    {
        QTemporaryDir dir;
        auto opened = Storage::Store::open(dir.filePath(QStringLiteral("cities.sqlite")), planCatalog());
        QVERIFY(opened.ok());
        const Storage::Store &store = *opened.value();
        const QString scenario = QStringLiteral("各市监测");
        QVERIFY(Storage::ScenarioRepository(store).fork(Storage::baselineScenarioName(), scenario, {}).ok());
        QString error;
        const auto rows = Exchange::parseCsv(QStringLiteral("indicator,city,year,value\nforest_coverage,Siping,2023,8.8\n"),
                                             &error);
        const auto preview = Exchange::previewObservedImport(store, store.applicationCatalog(), scenario, *rows, &error);
        QVERIFY2(preview, qPrintable(error));
        QVERIFY(!preview->writesProvince());
        const QByteArray before = databaseState(store);
        QList<Storage::StoredCityObservation> handed;
        QString refusal = QStringLiteral("refused for the test");
        Shell::ObservedImportDialog dialog(store, *preview, QStringLiteral("cities.csv"), nullptr,
                                           [&](const Exchange::ObservedPreview &p) {
                                               handed = Exchange::cityObservationsToWrite(p);
                                               return refusal;
                                           });
        // The city by its name in the language shown (English here).
        const QLocale shown;
        QLocale::setDefault(QLocale(QLocale::English));
        QCOMPARE(dialog.model()->index(0, Shell::ObservedPreviewModel::CityColumn).data().toString(),
                 QStringLiteral("Siping"));
        QLocale::setDefault(shown);
        QTimer::singleShot(0, [] {
            if (QWidget *box = QApplication::activeModalWidget())
                box->close();
        });
        dialog.importButton()->click();
        QCOMPARE(handed.size(), 1);
        QCOMPARE(handed.first().city, QStringLiteral("四平市"));
        QCOMPARE(handed.first().value, 8.8);
        QVERIFY(dialog.result() != int(QDialog::Accepted));
        refusal.clear();
        dialog.importButton()->click();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(databaseState(store), before);  // the edit given did the writing, not the dialog
    }
};

QTEST_MAIN(TestObservedImportDialog)
#include "tst_observedimportdialog.moc"
