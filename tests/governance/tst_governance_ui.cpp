// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

// The task table in the window, offscreen: a task's progress typed into
// its cell is an edit of the document (stored through the store's
// transaction, read back through a second connection), goes on the undo
// stack, tells the views through the narrow inputsChanged signal (no model
// is reset, no projection is run again), moves the assessment index by
// exactly the task's share, and Ctrl+Z / Ctrl+Shift+Z take it back and
// forth, with the task's row absent again after the undo.

#include "common/windowfixture.h"
#include "modules.h"
#include "shell/mainwindow.h"
#include "shell/shellsettings.h"

#include "engine/registry.h"
#include "i18n/i18n.h"
#include "storage/implementationrepository.h"
#include "storage/scenariorepository.h"
#include "storage/store.h"
#include "workbench/pageregistry.h"
#include "workbench/scenariodocument.h"

#include <QAbstractItemModel>
#include <QAbstractSpinBox>
#include <QApplication>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChartView>
#include <QComboBox>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QLineEdit>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <memory>

using namespace Planner;

namespace {

const QString kTask = QStringLiteral("T-02-01-1");  // 强化空间布局引领, chapter 二 (green_transition)

// The chapter's tasks in the shipped file, read independently of the code.
QList<QJsonObject> tasksOf(const QString &chapter)
{
    QFile file(QStringLiteral(PLANNER_SOURCE_DIR "/resources/catalog/plan_tasks.json"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read plan_tasks.json");
    QList<QJsonObject> tasks;
    for (const QJsonValue &v : QJsonDocument::fromJson(file.readAll()).object().value(QLatin1String("tasks")).toArray()) {
        if (v.toObject().value(QLatin1String("chapter")).toString() == chapter)
            tasks.append(v.toObject());
    }
    return tasks;
}

int rowOf(const QAbstractItemModel *model, int column, const QString &text)
{
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, column).data().toString().startsWith(text))
            return row;
    }
    return -1;
}

} // namespace

class TestGovernanceUi final : public QObject, private Testing::WindowFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        I18n::setLanguage(I18n::Language::English);
        QString error = setUpWindowTest(QStringLiteral("tst_governance_ui"));
        QVERIFY2(error.isEmpty(), qPrintable(error));
        // Two connections to one database file.
        error = openStore(QStringLiteral("g.sqlite"));
        QVERIFY2(error.isEmpty(), qPrintable(error));
        error = openStore(QStringLiteral("g.sqlite"), &m_other);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        // The window works on a planner's fork (the shipped scenarios are
        // read-only), remembered as the last scenario.
        error = forkWorkScenario(QStringLiteral("工作情景"), QStringLiteral("测试"));
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    void taskEditIsAnUndoableNarrowEdit()
    {
        Shell::MainWindow window(*m_store, m_modules, m_pages);
        showGovernance(window);
        if (QTest::currentTestFailed())
            return;
        Workbench::ScenarioDocument *document = window.document();
        auto *tabs = qobject_cast<QTabWidget *>(window.pages()->currentWidget());
        QVERIFY(tabs);
        auto *table = window.findChild<QTableView *>(QStringLiteral("taskTable"));
        auto *indexTable = window.findChild<QTableView *>(QStringLiteral("indexTable"));
        QVERIFY(table && indexTable);
        tabs->setCurrentWidget(table->parentWidget());  // the tasks tab
        QAbstractItemModel *model = table->model();
        const int row = rowOf(model, 0, kTask);
        QVERIFY(row >= 0);
        const int progressColumn = 6;  // Task, Chapter, Measure, Due, Responsible, Status, Progress, Evidence
        QCOMPARE(model->headerData(progressColumn, Qt::Horizontal).toString(), QStringLiteral("Progress"));

        // The tasks' component of chapter 二 before: the mean of its tasks'
        // progress, all at the shipped default.
        const QList<QJsonObject> chapterTasks = tasksOf(QStringLiteral("green_transition"));
        QCOMPARE(chapterTasks.size(), 13);
        double sum = 0;
        for (const QJsonObject &t : chapterTasks)
            sum += t.value(QLatin1String("progress")).toDouble();
        // Chapter 二 is "Chapter 2 · …" in the English window.
        const int indexRow = rowOf(indexTable->model(), 0, QStringLiteral("Chapter 2"));
        QVERIFY(indexRow >= 0);
        const QString before = indexTable->model()->index(indexRow, 2).data().toString();
        QVERIFY2(before.startsWith(QLocale().toString(sum / 13.0, 'f', 1) + u' '), qPrintable(before));

        // The index page: a bar per chapter and one overall, the overall the
        // plain mean of the chapters (equal chapter weights, the method's step 4).
        auto *indexPage = window.findChild<QWidget *>(QStringLiteral("indexPage"));
        QVERIFY(indexPage);
        auto *method = indexPage->findChild<QLabel *>(QStringLiteral("indexMethod"));
        QVERIFY(method && method->text().contains(QStringLiteral("0.7")) && method->text().contains(QStringLiteral("0.3")));
        const auto bars = [&] {
            QMap<QString, double> values;
            auto *view = indexPage->findChild<QChartView *>(QStringLiteral("indexChart"));
            if (!view || view->chart()->series().isEmpty())
                return values;
            auto *series = qobject_cast<QHorizontalBarSeries *>(view->chart()->series().first());
            auto *axis = qobject_cast<QBarCategoryAxis *>(view->chart()->axes(Qt::Vertical).first());
            // The open scenario's bars (the first set), by chapter name (a
            // comparison writes the difference after it: "… (+1.2)").
            static const QRegularExpression difference(QStringLiteral(" \\([−+±][0-9.,]+\\)$"));
            for (int i = 0; series && axis && i < axis->count(); ++i)
                values.insert(axis->at(i).remove(difference), series->barSets().first()->at(i));
            return values;
        };
        QMap<QString, double> barsBefore = bars();
        QCOMPARE(barsBefore.size(), 7);  // six chapters and the whole plan
        double chapterSum = 0;
        QString chapterTwo;
        for (auto it = barsBefore.cbegin(); it != barsBefore.cend(); ++it) {
            if (it.key() != QLatin1String("Overall"))
                chapterSum += it.value();
            if (it.key().startsWith(QStringLiteral("Chapter 2 ")))
                chapterTwo = it.key();
        }
        QVERIFY(qAbs(barsBefore.value(QStringLiteral("Overall")) - chapterSum / 6.0) < 1e-9);
        QVERIFY(!chapterTwo.isEmpty());

        // Every model of the window watched: none may be reset by a task edit
        // (but the edit history's own list, which Qt rebuilds with every step).
        QList<std::shared_ptr<QSignalSpy>> resets;
        QStringList modelNames;
        for (QAbstractItemModel *m : window.findChildren<QAbstractItemModel *>()) {
            if (m->inherits("QUndoModel"))
                continue;
            resets.append(std::make_shared<QSignalSpy>(m, &QAbstractItemModel::modelReset));
            modelNames.append(QString::fromLatin1(m->metaObject()->className()));
        }
        QSignalSpy inputs(document, &Workbench::ScenarioDocument::inputsChanged);
        QSignalSpy projections(document, &Workbench::ScenarioDocument::projectionChanged);
        const qint64 revision = document->scenario().revision;

        // Type 40 into the cell, as a planner does: double-click, type, Enter.
        const QModelIndex cell = model->index(row, progressColumn);
        table->scrollTo(cell);
        QApplication::setActiveWindow(&window);
        const QPoint centre = table->visualRect(cell).center();
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, centre);
        QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, centre);
        QAbstractSpinBox *editor = nullptr;
        QTRY_VERIFY((editor = table->viewport()->findChild<QAbstractSpinBox *>()));
        editor->selectAll();
        QTest::keyClicks(editor, QStringLiteral("40"));
        QTest::keyClick(editor, Qt::Key_Return);
        QTRY_COMPARE(inputs.count(), 1);  // the delegate commits on a queued call

        // Stored, through the other connection, with a new revision.
        const qint64 id = document->scenario().id;
        auto stored = Storage::ImplementationRepository(*m_other).taskProgress(id);
        QVERIFY(stored.ok());
        QVERIFY(stored.value().contains(kTask));
        QCOMPARE(stored.value().value(kTask).progress, 40.0);
        QCOMPARE(stored.value().value(kTask).status, QStringLiteral("not_started"));
        QCOMPARE(document->scenario().revision, revision + 1);
        QCOMPARE(Storage::ScenarioRepository(*m_other).findById(id).value().revision, revision + 1);
        // Narrow: one inputsChanged, no projection, no draws, no reset.
        QCOMPARE(inputs.count(), 1);
        QCOMPARE(projections.count(), 0);
        QVERIFY(!document->drawsPending());
        for (qsizetype i = 0; i < resets.size(); ++i)
            QVERIFY2(resets.at(i)->count() == 0, qPrintable(modelNames.at(i)));
        QCOMPARE(model->index(row, progressColumn).data().toString(), QStringLiteral("40 %"));
        QCOMPARE(document->undoStack()->count(), 1);
        // The index follows: chapter 二's tasks' component rises by 40 / 13.
        const QString after = indexTable->model()->index(indexRow, 2).data().toString();
        QVERIFY2(after.startsWith(QLocale().toString((sum + 40.0) / 13.0, 'f', 1) + u' '), qPrintable(after));

        // The chapter's bar rises by 0.3 × 40 / 13: the tasks' part of its index.
        QVERIFY(qAbs(bars().value(chapterTwo) - barsBefore.value(chapterTwo) - 0.3 * 40.0 / 13.0) < 1e-9);

        // Ctrl+Z in the table: the task has no stored row again.
        QApplication::setActiveWindow(&window);
        table->setFocus();
        QTRY_VERIFY(table->hasFocus());
        QTest::keyClick(table, Qt::Key_Z, Qt::ControlModifier);
        stored = Storage::ImplementationRepository(*m_other).taskProgress(id);
        QVERIFY(stored.ok());
        QVERIFY(!stored.value().contains(kTask));
        QCOMPARE(model->index(row, progressColumn).data().toString(), QStringLiteral("0 %"));
        QCOMPARE(indexTable->model()->index(indexRow, 2).data().toString(), before);
        QCOMPARE(projections.count(), 0);

        // Ctrl+Shift+Z: 40 again.
        QTest::keyClick(table, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        stored = Storage::ImplementationRepository(*m_other).taskProgress(id);
        QCOMPARE(stored.value().value(kTask).progress, 40.0);
        QCOMPARE(model->index(row, progressColumn).data().toString(), QStringLiteral("40 %"));
        for (qsizetype i = 0; i < resets.size(); ++i)
            QVERIFY2(resets.at(i)->count() == 0, qPrintable(modelNames.at(i)));
    }

    void aCitysRecordIsEditedBesideTheProvinces()
    {
        // The tasks tab shows the province's record; choosing 吉林市 shows
        // that city's (not started, 0 %, as nothing is recorded) and an edit
        // there is stored as 吉林市's record of the task: the province's stays
        // as it was, and undo removes the city's row again.
        const QString task = QStringLiteral("T-02-02-1");
        Shell::MainWindow window(*m_store, m_modules, m_pages);
        showGovernance(window);
        if (QTest::currentTestFailed())
            return;
        Workbench::ScenarioDocument *document = window.document();
        auto *table = window.findChild<QTableView *>(QStringLiteral("taskTable"));
        auto *city = window.findChild<QComboBox *>(QStringLiteral("taskCity"));
        QVERIFY(table && city);
        QCOMPARE(city->currentText(), QStringLiteral("the province"));  // on a file: the province's record
        QAbstractItemModel *model = table->model();
        const int row = rowOf(model, 0, task);
        QVERIFY(row >= 0);
        const int progressColumn = 6;
        const QString provinceShown = model->index(row, progressColumn).data().toString();
        city->setCurrentIndex(city->findText(QStringLiteral("Jilin City")));
        QCOMPARE(model->index(row, progressColumn).data().toString(), QStringLiteral("0 %"));
        const qint64 id = document->scenario().id;
        const Storage::ImplementationRepository repo(*m_other);
        const auto provinceBefore = repo.taskProgress(id).value().value(task).progress;
        QVERIFY(model->setData(model->index(row, progressColumn), QStringLiteral("35")));
        QCOMPARE(model->index(row, progressColumn).data().toString(), QStringLiteral("35 %"));
        QCOMPARE(repo.taskProgress(id, QStringLiteral("吉林市")).value().value(task).progress, 35.0);
        QCOMPARE(repo.taskProgress(id).value().value(task).progress, provinceBefore);
        QVERIFY(document->undoStack()->undoText().contains(QStringLiteral("Jilin City")));
        document->undoStack()->undo();
        QVERIFY(!repo.taskProgress(id, QStringLiteral("吉林市")).value().contains(task));
        city->setCurrentIndex(0);
        QCOMPARE(model->index(row, progressColumn).data().toString(), provinceShown);
    }

    void undoKeysInTheEvidenceFieldCommitThenUndo()
    {
        // A task's evidence typed into its cell: Ctrl+Z while the text field
        // still has the focus first commits the text (one edit), then the
        // document's undo stack takes it back; Ctrl+Shift+Z brings it again.
        const QString task = QStringLiteral("T-02-01-2");
        Shell::MainWindow window(*m_store, m_modules, m_pages);
        showGovernance(window);
        if (QTest::currentTestFailed())
            return;
        Workbench::ScenarioDocument *document = window.document();
        auto *tabs = qobject_cast<QTabWidget *>(window.pages()->currentWidget());
        auto *table = window.findChild<QTableView *>(QStringLiteral("taskTable"));
        QVERIFY(tabs && table);
        tabs->setCurrentWidget(table->parentWidget());  // the tasks tab
        QAbstractItemModel *model = table->model();
        const int row = rowOf(model, 0, task);
        QVERIFY(row >= 0);
        const int evidenceColumn = 7;
        QCOMPARE(model->headerData(evidenceColumn, Qt::Horizontal).toString(), QStringLiteral("Evidence"));
        const QModelIndex cell = model->index(row, evidenceColumn);
        const QString shipped = cell.data().toString();
        const int edits = document->undoStack()->count();
        const qint64 id = document->scenario().id;
        const auto storedEvidence = [&]() -> QString {
            const auto stored = Storage::ImplementationRepository(*m_other).taskProgress(id);
            return stored.ok() && stored.value().contains(task) ? stored.value().value(task).evidence : QString();
        };

        table->scrollTo(cell);
        QApplication::setActiveWindow(&window);
        const QPoint centre = table->visualRect(cell).center();
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, centre);
        QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, centre);
        QLineEdit *editor = nullptr;
        QTRY_VERIFY((editor = table->viewport()->findChild<QLineEdit *>()));
        QTRY_VERIFY(editor->hasFocus());
        editor->selectAll();
        QTest::keyClicks(editor, QStringLiteral("County reports 2025"));
        QCOMPARE(document->undoStack()->count(), edits);  // not committed while typing

        // Ctrl+Z in the field: the typed text is an edit (stored), then undone.
        QTest::keyClick(editor, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(document->undoStack()->count(), edits + 1);
        QCOMPARE(document->undoStack()->index(), edits);
        QCOMPARE(model->index(row, evidenceColumn).data().toString(), shipped);
        QCOMPARE(storedEvidence(), QString());  // never stored before: no row again
        QTRY_VERIFY(!table->viewport()->findChild<QLineEdit *>());  // the editor closed

        // Ctrl+Shift+Z (focus back in the table): the text again, stored.
        table->setFocus();
        QTest::keyClick(table, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(model->index(row, evidenceColumn).data().toString(), QStringLiteral("County reports 2025"));
        QCOMPARE(storedEvidence(), QStringLiteral("County reports 2025"));

        // Ctrl+Shift+Z in a field that has typed text redoes nothing more,
        // but still commits what it holds: typing "x" then Ctrl+Shift+Z
        // stores the new text as one more edit (the redo step is gone).
        QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, centre);
        QTRY_VERIFY((editor = table->viewport()->findChild<QLineEdit *>()));
        QTRY_VERIFY(editor->hasFocus());
        editor->end(false);
        QTest::keyClicks(editor, QStringLiteral("x"));
        QTest::keyClick(editor, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(storedEvidence(), QStringLiteral("County reports 2025x"));
        QCOMPARE(document->undoStack()->count(), edits + 2);
        QCOMPARE(document->undoStack()->index(), edits + 2);
    }

    void indexPageComparesTwoScenarios()
    {
        // Two scenarios made here, the same but for one task of chapter 二
        // (绿色转型, 13 tasks): T-02-01-2 at 52 % in B, at its shipped 0 in
        // A. Tasks do not enter the projection, so the targets' part is the
        // same in both, and B's chapter 二 index is higher by exactly
        // 0.3 × 52 / 13 = 1.2 (the tasks' weight times the change of their
        // mean); the overall index, the mean of six chapters, by 1.2 / 6 = 0.2.
        Storage::ScenarioRepository scenarios(*m_store);
        QVERIFY(scenarios.create(QStringLiteral("Index A"), QStringLiteral("tester")).ok());
        QVERIFY(scenarios.create(QStringLiteral("Index B"), QStringLiteral("tester")).ok());
        QVERIFY(Storage::ImplementationRepository(*m_store)
                    .setTaskProgress(QStringLiteral("Index B"),
                                     {QStringLiteral("T-02-01-2"), QStringLiteral("in_progress"), 52.0, QString()})
                    .ok());

        Shell::MainWindow window(*m_store, m_modules, m_pages);
        window.resize(1440, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        Workbench::ScenarioDocument *document = window.document();
        QVERIFY(!document->open(QStringLiteral("Index A")));
        document->waitForDraws();
        window.showPage(QStringLiteral("governance"));
        auto *tabs = qobject_cast<QTabWidget *>(window.pages()->currentWidget());
        auto *indexPage = window.findChild<QWidget *>(QStringLiteral("indexPage"));
        QVERIFY(tabs && indexPage);
        tabs->setCurrentWidget(indexPage);
        auto *picker = indexPage->findChild<QComboBox *>(QStringLiteral("indexComparePicker"));
        auto *view = indexPage->findChild<QChartView *>(QStringLiteral("indexChart"));
        QVERIFY(picker && view);
        // A planner's own scenario open: nothing compared by default.
        QCOMPARE(picker->currentIndex(), 0);
        QCOMPARE(picker->currentData().toString(), QString());
        const auto barSets = [&]() -> QList<QBarSet *> {
            if (view->chart()->series().isEmpty())
                return {};
            auto *series = qobject_cast<QHorizontalBarSeries *>(view->chart()->series().first());
            return series ? series->barSets() : QList<QBarSet *>{};
        };
        QCOMPARE(barSets().size(), 1);

        // Choose B through the picker, as a planner does.
        const int b = picker->findData(QStringLiteral("Index B"));
        QVERIFY(b > 0);
        QVERIFY(picker->findData(QStringLiteral("Index A")) < 0);  // not the open one itself
        picker->setCurrentIndex(b);
        QTRY_COMPARE_WITH_TIMEOUT(barSets().size(), 2, 120000);
        QCOMPARE(barSets().at(0)->label(), QStringLiteral("Index A"));
        QCOMPARE(barSets().at(1)->label(), QStringLiteral("Index B"));
        QVERIFY(view->chart()->legend()->isVisible());
        auto *axis = qobject_cast<QBarCategoryAxis *>(view->chart()->axes(Qt::Vertical).first());
        QVERIFY(axis);
        QCOMPARE(axis->count(), 7);
        bool sawChapterTwo = false;
        for (int i = 0; i < axis->count(); ++i) {
            const double a = barSets().at(0)->at(i);
            const double other = barSets().at(1)->at(i);
            const QString label = axis->at(i);
            if (label.startsWith(QStringLiteral("Chapter 2 "))) {
                sawChapterTwo = true;
                QVERIFY2(qAbs(other - a - 1.2) < 1e-9, qPrintable(QString::number(other - a, 'g', 12)));
                QVERIFY2(label.endsWith(QStringLiteral("(−1.2)")), qPrintable(label));  // A − B
            } else if (label.startsWith(QStringLiteral("Overall"))) {
                QVERIFY2(qAbs(other - a - 0.2) < 1e-9, qPrintable(QString::number(other - a, 'g', 12)));
                QVERIFY2(label.endsWith(QStringLiteral("(−0.2)")), qPrintable(label));
            } else {
                QVERIFY2(qAbs(other - a) < 1e-9, qPrintable(label));
                QVERIFY2(label.endsWith(QStringLiteral("(±0.0)")), qPrintable(label));
            }
        }
        QVERIFY(sawChapterTwo);
        // The page as shown, kept as a test artefact.
        QDir().mkpath(QStringLiteral("artefacts"));
        QVERIFY(window.grab().save(QStringLiteral("artefacts/index-page-compared.png")));

        // Back to none: one bar a chapter again, the names without a difference.
        picker->setCurrentIndex(0);
        QCOMPARE(barSets().size(), 1);
        axis = qobject_cast<QBarCategoryAxis *>(view->chart()->axes(Qt::Vertical).first());
        QVERIFY(axis->categories().contains(QStringLiteral("Overall")));

        // With one shipped template open, the other is compared by default:
        // current trends beside the plan pathway.
        QVERIFY(!document->open(Storage::baselineScenarioName()));
        QCOMPARE(picker->currentData().toString(), Storage::planPathwayScenarioName());
        QTRY_COMPARE_WITH_TIMEOUT(barSets().size(), 2, 120000);
        document->waitForDraws();
        QVERIFY(document->worker()->waitForDone(120000));
        // A planner's own scenario compares with nothing until asked.
        QVERIFY(!document->open(QStringLiteral("Index A")));
        QCOMPARE(picker->currentIndex(), 0);
    }

private:
    // The window at 1440 × 900, its draws in, the governance page shown.
    static void showGovernance(Shell::MainWindow &window)
    {
        window.resize(1440, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.document()->waitForDraws();
        window.showPage(QStringLiteral("governance"));
    }

    std::unique_ptr<Storage::Store> m_other;
};

QTEST_MAIN(TestGovernanceUi)
#include "tst_governance_ui.moc"
