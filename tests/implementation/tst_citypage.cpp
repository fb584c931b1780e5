// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

// The cities' page in the window, offscreen, through its widgets: Ctrl+7
// opens it; shares typed into the table are saved only when they make 100 %
// (within 0.01 point), as one undoable edit of the scenario, read back from
// the store; each city's part is share × target; on a shipped template a
// decomposition or a task's progress asks to fork it first; a synthetic boundary file
// (written here: none ships) draws the map, whose classes are worked out by
// hand; a damaged boundary file is refused with a message and changes nothing.

#include "common/windowfixture.h"
#include "modules.h"
#include "shell/mainwindow.h"

#include "implementation/ui/citymap.h"
#include "implementation/ui/citypage.h"
#include "implementation/ui/tasktablemodel.h"

#include "engine/registry.h"
#include "i18n/i18n.h"
#include "storage/implementationrepository.h"
#include "storage/scenariorepository.h"
#include "storage/store.h"
#include "workbench/pageregistry.h"
#include "workbench/scenariodocument.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QInputDialog>
#include <QTableView>
#include <QTimer>
#include <QLabel>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QHeaderView>
#include <QTest>
#include <QUndoStack>

#include <memory>

using namespace Planner;

namespace {

// S-02: forest coverage at least 46 % in 2035 (the plan, 五).
const QString kTarget = QStringLiteral("S-02");

int rowOfCity(QTableWidget *table, const QString &city)
{
    for (int row = 0; row < table->rowCount(); ++row) {
        if (table->item(row, Implementation::CityPage::CityColumn)->data(Qt::UserRole).toString() == city)
            return row;
    }
    return -1;
}

void typeShare(QTableWidget *table, const QString &city, const QString &text)
{
    const int row = rowOfCity(table, city);
    QVERIFY2(row >= 0, qPrintable(city));
    table->item(row, Implementation::CityPage::ShareColumn)->setText(text);
}

// Answers the fork dialog when it appears (it may open after a queued call):
// names the fork and accepts; *asked gets the dialog's object name.
void answerForkDialog(QString *asked, const QString &forkName, int triesLeft = 500)
{
    QTimer::singleShot(20, [asked, forkName, triesLeft] {
        auto *dialog = qobject_cast<QInputDialog *>(QApplication::activeModalWidget());
        if (!dialog) {
            if (triesLeft > 0)
                answerForkDialog(asked, forkName, triesLeft - 1);
            return;
        }
        *asked = dialog->objectName();
        dialog->setTextValue(forkName);
        dialog->accept();
    });
}

} // namespace

class TestCityPage final : public QObject, private Testing::WindowFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        I18n::setLanguage(I18n::Language::English);
        QString error = setUpWindowTest(QStringLiteral("tst_citypage"));
        QVERIFY2(error.isEmpty(), qPrintable(error));
        error = openStore(QStringLiteral("c.sqlite"));
        QVERIFY2(error.isEmpty(), qPrintable(error));
        // The planner's own scenario (the shipped ones are templates).
        error = forkWorkScenario(QStringLiteral("cities"), QStringLiteral("tester"), false);
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    void sharesSavedOnlyWhenTheyMake100()
    {
        Shell::MainWindow window(*m_store, m_modules, m_pages);
        window.resize(1440, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        Workbench::ScenarioDocument *document = window.document();
        QVERIFY(!document->open(QStringLiteral("cities")));

        // Built when first shown, like the chapter pages.
        QVERIFY(!window.findChild<Implementation::CityPage *>());
        // Ctrl+7: overview, six chapters, then the cities.
        QTest::keyClick(&window, Qt::Key_7, Qt::ControlModifier);
        auto *page = qobject_cast<Implementation::CityPage *>(window.pages()->currentWidget());
        QVERIFY(page);
        QVERIFY(page->selectTarget(kTarget));
        QTableWidget *table = page->table();
        // The nine prefecture-level cities and the three others.
        QCOMPARE(table->rowCount(), 12);

        typeShare(table, QStringLiteral("长春市"), QStringLiteral("40"));
        typeShare(table, QStringLiteral("吉林市"), QStringLiteral("30"));
        // 40 + 30 = 70: 30 points short, not saved.
        QVERIFY2(page->sumLabel()->text().contains(QStringLiteral("30.00 points short")),
                 qPrintable(page->sumLabel()->text()));
        QVERIFY(!page->saveButton()->isEnabled());
        QVERIFY(!page->save().isEmpty());
        QVERIFY(document->cityShares().isEmpty());

        typeShare(table, QStringLiteral("四平市"), QStringLiteral("30"));
        QVERIFY(page->saveButton()->isEnabled());
        // 长春市's part: 40 % of 46 % = 18.4 %.
        const int changchun = rowOfCity(table, QStringLiteral("长春市"));
        QVERIFY2(table->item(changchun, Implementation::CityPage::ValueColumn)->text().startsWith(QStringLiteral("18.4")),
                 qPrintable(table->item(changchun, Implementation::CityPage::ValueColumn)->text()));
        QTest::mouseClick(page->saveButton(), Qt::LeftButton);

        // Stored, read back through the store.
        const qint64 id = document->scenario().id;
        auto stored = Storage::ImplementationRepository(*m_store).cityShares(id, kTarget);
        QVERIFY(stored.ok());
        QCOMPARE(stored.value().size(), 3);
        QMap<QString, double> byCity;
        for (const Storage::StoredCityShare &s : stored.value())
            byCity.insert(s.city, s.share);
        QCOMPARE(byCity.value(QStringLiteral("长春市")), 40.0);
        QCOMPARE(byCity.value(QStringLiteral("吉林市")), 30.0);
        QCOMPARE(byCity.value(QStringLiteral("四平市")), 30.0);

        // One undoable edit: undo removes the decomposition, redo restores it.
        document->undoStack()->undo();
        QVERIFY(Storage::ImplementationRepository(*m_store).cityShares(id, kTarget).value().isEmpty());
        QVERIFY(table->item(changchun, Implementation::CityPage::ShareColumn)->text().isEmpty());
        document->undoStack()->redo();
        QCOMPARE(Storage::ImplementationRepository(*m_store).cityShares(id, kTarget).value().size(), 3);

        // Switch the page's view to the map for the pictures below.
        if (auto *views = page->findChild<QTabWidget *>(QStringLiteral("cityViews")))
            views->setCurrentIndex(1);

        // The map from a synthetic boundary file: two of the three cities.
        QFile file(m_dir.filePath(QStringLiteral("cities.geojson")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"({"type": "FeatureCollection", "source": "synthetic", "approval_number": "test-001",
          "features": [
            {"type": "Feature", "properties": {"name": "长春"},
             "geometry": {"type": "Polygon", "coordinates": [[[125, 43], [126, 43], [126, 44], [125, 44]]]}},
            {"type": "Feature", "properties": {"name": "吉林"},
             "geometry": {"type": "Polygon", "coordinates": [[[126, 43], [127, 43], [127, 44], [126, 44]]]}}]})");
        file.close();
        QCOMPARE(page->loadBoundaryFile(file.fileName()), QString());
        QCOMPARE(page->map()->matchedCities(), (QStringList{QStringLiteral("吉林市"), QStringLiteral("长春市")}));
        // Parts 18.4, 13.8, 13.8 (% of land): five classes of 18.4 / 5 = 3.68;
        // 18.4 is the top class (4), 13.8 / 3.68 = 3.75 → class 3.
        QCOMPARE(page->map()->classOf(QStringLiteral("长春市")), 4);
        QCOMPARE(page->map()->classOf(QStringLiteral("吉林市")), 3);
        QCOMPARE(page->map()->classOf(QStringLiteral("白山市")), -1);
        // The page as it looks, in both languages, saved under artefacts/.
        QDir().mkpath(QStringLiteral("artefacts"));
        QTest::qWait(50);  // the chart lays itself out in the event loop
        QVERIFY(window.grab().save(QStringLiteral("artefacts/en-cities.png")));
        // Every column of the table is in view at this size, in English (the
        // longer names): the header ends inside the table's viewport.
        {
            auto *cities = page->findChild<QTableView *>(QStringLiteral("cityTable"));
            QVERIFY(cities);
            const int columns = cities->model()->columnCount();
            const int end = cities->horizontalHeader()->sectionViewportPosition(columns - 1)
                            + cities->horizontalHeader()->sectionSize(columns - 1);
            QVERIFY2(end <= cities->viewport()->width() + 1 && cities->horizontalHeader()->sectionViewportPosition(0) == 0,
                     qPrintable(QStringLiteral("the table's columns end at %1 px of %2 (window %3 px wide)")
                                    .arg(end).arg(cities->viewport()->width()).arg(window.width())));
        }
        I18n::setLanguage(I18n::Language::Chinese);
        QTest::qWait(50);
        QVERIFY(window.grab().save(QStringLiteral("artefacts/zh-cities.png")));
        I18n::setLanguage(I18n::Language::English);
        QApplication::processEvents();

        // A damaged file is refused with a message; the map stays.
        QFile bad(m_dir.filePath(QStringLiteral("bad.geojson")));
        QVERIFY(bad.open(QIODevice::WriteOnly));
        bad.write("{\"type\": \"FeatureCollection\", \"features\": [");
        bad.close();
        QVERIFY(!page->loadBoundaryFile(bad.fileName()).isEmpty());
        QCOMPARE(page->map()->matchedCities().size(), 2);

        // File → Load boundary file… is in the window's File menu (listed
        // before the page is built; choosing it triggers the page's own action).
        QAction *entry = nullptr;
        for (QAction *menu : window.menuBar()->actions()) {
            if (!menu->menu())
                continue;
            for (QAction *action : menu->menu()->actions()) {
                if (action->objectName() == page->loadBoundaryAction()->objectName())
                    entry = action;
            }
        }
        QVERIFY(entry);
        QCOMPARE(entry->text(), page->loadBoundaryAction()->text());
    }

    // A city planner's own share (README "Roles"): with the page set to
    // 吉林市's planner, the split stored above (长春市 40, 吉林市 30, 四平市 30)
    // with 吉林市 at 33 adds up to 40 + 33 + 30 = 103 %, and is saved all the
    // same, as only 吉林市's share changed (one row written); a change of
    // another city's share as well waits for a split that makes 100 %.
    void aCityPlannersOwnShareAlone()
    {
        Shell::MainWindow window(*m_store, m_modules, m_pages);
        window.resize(1440, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        Workbench::ScenarioDocument *document = window.document();
        QVERIFY(!document->open(QStringLiteral("cities")));
        QTest::keyClick(&window, Qt::Key_7, Qt::ControlModifier);
        auto *page = qobject_cast<Implementation::CityPage *>(window.pages()->currentWidget());
        QVERIFY(page);
        page->setOwnCity(QStringLiteral("吉林市"));
        QVERIFY(page->selectTarget(kTarget));
        QCOMPARE(document->cityShares().value(kTarget).size(), 3);
        typeShare(page->table(), QStringLiteral("吉林市"), QStringLiteral("33"));
        QVERIFY2(page->sumLabel()->text().contains(QStringLiteral("103.00")), qPrintable(page->sumLabel()->text()));
        QVERIFY2(page->sumLabel()->text().contains(QStringLiteral("Only your city's share")),
                 qPrintable(page->sumLabel()->text()));
        QVERIFY(page->saveButton()->isEnabled());
        QCOMPARE(page->save(), QString());
        const qint64 id = document->scenario().id;
        QMap<QString, double> byCity;
        const auto stored = Storage::ImplementationRepository(*m_store).cityShares(id, kTarget);
        QVERIFY(stored.ok());
        for (const Storage::StoredCityShare &s : stored.value())
            byCity.insert(s.city, s.share);
        QCOMPARE(byCity, (QMap<QString, double>{{QStringLiteral("长春市"), 40.0}, {QStringLiteral("吉林市"), 33.0},
                                                {QStringLiteral("四平市"), 30.0}}));
        typeShare(page->table(), QStringLiteral("长春市"), QStringLiteral("41"));  // 41 + 33 + 30 = 104
        QVERIFY(!page->saveButton()->isEnabled());
        QVERIFY(!page->save().isEmpty());
        // Back as it was for the tests below.
        document->undoStack()->undo();
        QCOMPARE(Storage::ImplementationRepository(*m_store).cityShares(id, kTarget).value().at(1).share, 30.0);
    }

    // Editing a shipped template asks to fork it first, for a decomposition
    // and for a task's progress as for a lever: the edit lands in the fork,
    // the template keeps nothing of it.
    void aTemplateAsksToForkFirst()
    {
        Shell::MainWindow window(*m_store, m_modules, m_pages);
        window.resize(1440, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        Workbench::ScenarioDocument *document = window.document();
        QVERIFY(!document->open(Storage::planPathwayScenarioName()));
        const qint64 templateId = document->scenario().id;
        QVERIFY(document->scenario().isTemplate());

        window.showPage(QStringLiteral("cities"));
        auto *page = qobject_cast<Implementation::CityPage *>(window.pages()->currentWidget());
        QVERIFY(page && page->selectTarget(kTarget));
        typeShare(page->table(), QStringLiteral("长春市"), QStringLiteral("100"));
        QString asked;
        answerForkDialog(&asked, QStringLiteral("cities fork"));
        QTest::mouseClick(page->saveButton(), Qt::LeftButton);
        QCOMPARE(asked, QStringLiteral("forkTemplate"));
        QCOMPARE(document->scenario().name, QStringLiteral("cities fork"));
        const auto shares = Storage::ImplementationRepository(*m_store).cityShares(document->scenario().id, kTarget);
        QCOMPARE(shares.value().size(), 1);
        QCOMPARE(shares.value().first().share, 100.0);
        QVERIFY(Storage::ImplementationRepository(*m_store).cityShares(templateId, kTarget).value().isEmpty());

        // A task's progress on the template: the same question, queued after
        // the cell's edit; the progress lands in the new fork.
        QVERIFY(!document->open(Storage::planPathwayScenarioName()));
        window.showPage(QStringLiteral("governance"));
        auto *tasks = window.findChild<QTableView *>(QStringLiteral("taskTable"));
        QVERIFY(tasks);
        QAbstractItemModel *model = tasks->model();
        asked.clear();
        answerForkDialog(&asked, QStringLiteral("tasks fork"));
        QVERIFY(!model->setData(model->index(0, Implementation::TaskTableModel::ProgressColumn), 40));
        QTRY_COMPARE(asked, QStringLiteral("forkTemplate"));
        QTRY_COMPARE(document->scenario().name, QStringLiteral("tasks fork"));
        const auto progress = Storage::ImplementationRepository(*m_store).taskProgress(document->scenario().id);
        QCOMPARE(progress.value().size(), 1);
        QCOMPARE(progress.value().first().progress, 40.0);
        QVERIFY(Storage::ImplementationRepository(*m_store).taskProgress(templateId).value().isEmpty());
    }

private:
};

QTEST_MAIN(TestCityPage)
#include "tst_citypage.moc"
