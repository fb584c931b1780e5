// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

// The window shell, offscreen: navigation of the overview and six chapters,
// chapter tables, Chinese by default and English without a restart, and the
// window's state remembered.

#include "common/windowfixture.h"
#include "modules.h"
#include "shell/mainwindow.h"

#include "engine/registry.h"
#include "i18n/i18n.h"
#include "storage/implementationrepository.h"
#include "storage/scenariorepository.h"
#include "storage/store.h"
#include "workbench/chapterpage.h"
#include "workbench/indicatortablemodel.h"
#include "workbench/pageregistry.h"
#include "workbench/scenariodocument.h"

#include <QApplication>
#include <QComboBox>
#include <QHeaderView>
#include <QListWidget>
#include <QSettings>
#include <QStackedWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QThreadPool>
#include <QTest>

using namespace Planner;

class TestMainWindow final : public QObject, private Testing::WindowFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QString error = setUpWindowTest(QStringLiteral("tst_mainwindow"));
        QVERIFY2(error.isEmpty(), qPrintable(error));
        error = openStore(QStringLiteral("w.sqlite"));
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    void init() { I18n::setLanguage(I18n::Language::Chinese); }

    void navigationHoldsOverviewAndSixChapters()
    {
        Shell::MainWindow window(*m_store, m_modules, m_pages);
        window.show();
        // The overview, the six chapters (二 … 七) and the cities' page.
        QCOMPARE(window.navigation()->count(), 8);
        QCOMPARE(window.pages()->count(), 8);
        QCOMPARE(window.navigation()->item(0)->text(), QStringLiteral("总览"));
        QCOMPARE(window.navigation()->item(1)->text(), QStringLiteral("二、绿色引领"));
        QCOMPARE(window.navigation()->item(4)->text(), QStringLiteral("五、安全筑底"));
        QCOMPARE(window.navigation()->item(6)->text(), QStringLiteral("七、多元共治"));
        QCOMPARE(window.navigation()->item(7)->text(), QStringLiteral("各市分解"));
        QCOMPARE(window.scenarioPicker()->currentText(), Storage::baselineScenarioName());
        QCOMPARE(window.scenarioPicker()->itemText(1), Storage::planPathwayScenarioName());
    }

    void chapterPageShowsItsTable()
    {
        Shell::MainWindow window(*m_store, m_modules, m_pages);
        window.show();
        window.showPage(QStringLiteral("black_soil"));
        auto *page = qobject_cast<Workbench::ChapterPage *>(window.pages()->currentWidget());
        QVERIFY(page);
        QCOMPARE(page->chapterId(), QStringLiteral("black_soil"));
        QStringList ids;
        for (int row = 0; row < page->model()->rowCount(); ++row)
            ids.append(page->model()->index(row, 0).data(Workbench::IndicatorTableModel::TargetIdRole).toString());
        for (const char *id : {"B-01", "B-02", "B-03", "B-04", "B-05", "B-06", "B-07"})
            QVERIFY2(ids.contains(QLatin1StringView(id)), id);
        QVERIFY(page->table()->isColumnHidden(Workbench::IndicatorTableModel::ChapterColumn));
    }

    void chineseByDefaultEnglishWithoutRestart()
    {
        Shell::MainWindow window(*m_store, m_modules, m_pages);
        window.show();
        window.showPage(QStringLiteral("ecological_security"));
        auto *page = qobject_cast<Workbench::ChapterPage *>(window.pages()->currentWidget());
        QVERIFY(page);
        const auto header = [page](int column) {
            return page->model()->headerData(column, Qt::Horizontal).toString();
        };
        QCOMPARE(header(Workbench::IndicatorTableModel::IndicatorColumn), QStringLiteral("指标"));
        QCOMPARE(header(Workbench::IndicatorTableModel::BaselineValueColumn), QStringLiteral("基准值"));

        I18n::setLanguage(I18n::Language::English);
        QCoreApplication::processEvents();
        QCOMPARE(header(Workbench::IndicatorTableModel::IndicatorColumn), QStringLiteral("Indicator"));
        QCOMPARE(window.navigation()->item(0)->text(), QStringLiteral("Overview"));
        // English chapter numbers in English: 五 is the plan's fifth chapter.
        QCOMPARE(window.navigation()->item(4)->text(), QStringLiteral("Chapter 5 · Ecological security"));
        const int row = [&] {
            for (int r = 0; r < page->model()->rowCount(); ++r)
                if (page->model()->index(r, 0).data(Workbench::IndicatorTableModel::TargetIdRole) == QStringLiteral("S-02"))
                    return r;
            return -1;
        }();
        QCOMPARE(page->model()->index(row, Workbench::IndicatorTableModel::IndicatorColumn).data().toString(),
                 QStringLiteral("Forest coverage"));
        QVERIFY(window.windowTitle().startsWith(QStringLiteral("Beautiful Jilin planning desk")));
        // The shipped scenarios by their English names; the stored name is the key.
        QCOMPARE(window.scenarioPicker()->currentText(), QStringLiteral("Current trends"));
        QCOMPARE(window.scenarioPicker()->itemText(1), QStringLiteral("Plan pathway"));
        QCOMPARE(window.scenarioPicker()->itemData(1).toString(), Storage::planPathwayScenarioName());
        QVERIFY2(window.windowTitle().endsWith(QStringLiteral("Current trends")), qPrintable(window.windowTitle()));
        QVERIFY(window.scenarioPicker()->itemData(1, Qt::ToolTipRole).toString().contains(QStringLiteral("read-only")));
    }

    void governanceTasksEditedInPlace()
    {
        // 七、多元共治 holds the plan's 66 measures as tasks (13+13+7+12+7+14
        // counted by hand in the plan); a progress typed into the table is
        // stored for the scenario at once, with a new revision.
        // In a planner's fork: the shipped scenarios are read-only.
        QVERIFY(Storage::ScenarioRepository(*m_store).fork(Storage::baselineScenarioName(), QStringLiteral("进展"), {}).ok());
        Shell::MainWindow window(*m_store, m_modules, m_pages);
        window.show();
        QVERIFY(window.openScenario(QStringLiteral("进展")));
        window.showPage(QStringLiteral("governance"));
        auto *tasks = window.pages()->currentWidget()->findChild<QTableView *>(QStringLiteral("taskTable"));
        QVERIFY(tasks);
        QAbstractItemModel *model = tasks->model();
        QCOMPARE(model->rowCount(), 66);
        const qint64 revision = window.document()->scenario().revision;
        const int progressColumn = 6;
        QVERIFY(model->setData(model->index(0, progressColumn), QStringLiteral("50")));
        QCOMPARE(window.document()->scenario().revision, revision + 1);
        const QString taskId = model->index(0, 0).data().toString();
        const auto stored = Storage::ImplementationRepository(*m_store).taskProgress(window.document()->scenario().id);
        QVERIFY(stored.ok());
        QCOMPARE(stored.value().value(taskId).progress, 50.0);
        QCOMPARE(model->index(0, progressColumn).data().toString(), QStringLiteral("50 %"));
        // Out of range: refused, nothing stored.
        QVERIFY(!model->setData(model->index(0, progressColumn), QStringLiteral("150")));
        QCOMPARE(window.document()->scenario().revision, revision + 1);

        // The index tab: six chapters and the overall index. The task just set
        // to 50 % is one of the 13 of 二、绿色引领 (T-02-01-1), so that
        // chapter's task component is 50 / 13 = 3.846 (the others are at 0).
        auto *index = window.pages()->currentWidget()->findChild<QTableView *>(QStringLiteral("indexTable"));
        QVERIFY(index);
        QCOMPARE(index->model()->rowCount(), 7);
        QCOMPARE(taskId, QStringLiteral("T-02-01-1"));
        QVERIFY2(index->model()->index(0, 2).data().toString().startsWith(QStringLiteral("3.8")),
                 qPrintable(index->model()->index(0, 2).data().toString()));
    }

    void startBuildsOnlyThePageShownAndDrawsAfterThePaint()
    {
        // Start-up builds the overview only: the chapter pages are empty
        // stand-ins (no chart) until first shown; the draws wait for the
        // window's first paint and then arrive on their own.
        Shell::MainWindow window(*m_store, m_modules, m_pages);
        QVERIFY(window.document()->drawsPending());
        QCOMPARE(window.document()->worker()->activeThreadCount(), 0);  // held, not started
        QVERIFY(window.document()->projection() != nullptr);  // the deterministic line is there
        QCOMPARE(window.document()->projection()->request.draws, 1);
        for (int row = 1; row < window.pages()->count(); ++row)
            QVERIFY(!qobject_cast<Workbench::ChapterPage *>(window.pages()->widget(row)));
        window.show();
        QTRY_VERIFY_WITH_TIMEOUT(!window.document()->drawsPending(), 30000);
        QCOMPARE(window.document()->projection()->request.draws, 1000);
        window.showPage(QStringLiteral("ecological_security"));
        QVERIFY(qobject_cast<Workbench::ChapterPage *>(window.pages()->currentWidget()));
        // The overview, six chapters and the cities: built or not, eight pages.
        QCOMPARE(window.pages()->count(), 8);
    }

    void remembersPageAndScenario()
    {
        Storage::ScenarioRepository repo(*m_store);
        QVERIFY(repo.fork(Storage::baselineScenarioName(), QStringLiteral("方案二"), {}).ok());
        {
            Shell::MainWindow window(*m_store, m_modules, m_pages);
            window.show();
            QVERIFY(window.openScenario(QStringLiteral("方案二")));
            window.showPage(QStringLiteral("environment"));
            window.resize(1111, 777);
            window.close();
        }
        Shell::MainWindow again(*m_store, m_modules, m_pages);
        again.show();
        QCOMPARE(again.document()->scenario().name, QStringLiteral("方案二"));
        QCOMPARE(again.navigation()->currentRow(), 2);
        QCOMPARE(again.size(), QSize(1111, 777));
    }

private:
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
