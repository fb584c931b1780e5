// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The window's side of team mode, on the test PostgreSQL server: a change
// another session commits to the open scenario reaches the document within
// two seconds, is loaded, keeps the undo history (undoing over it meets the
// revision-conflict handling), and says who changed what; the history dialog
// filters by person, chapter and date. The whole window on the server: the
// status bar names the other person and the lever (Chinese and English)
// while a value being typed stays; Scenario → History… restores a revision
// as a fork; File → Connect to team server… opens the server, remembers it,
// and keeps the desktop file on a wrong location or one with a password.
// On a file: nothing listens.

#include "common/testdatabase.h"
#include "common/windowfixture.h"
#include "shell/mainwindow.h"
#include "shell/teamserverdialog.h"

#include "cli/teamcommands.h"
#include "engine/stages.h"
#include "i18n/i18n.h"
#include "storage/scenarioinputsrepository.h"
#include "storage/scenariorepository.h"
#include "storage/store.h"
#include "storage/teamserver.h"
#include "workbench/historydialog.h"
#include "workbench/scenariodocument.h"
#include "workbench/scenariomanager.h"

#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QInputDialog>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStatusBar>
#include <QTableWidget>
#include <QTimer>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>
#include <QUrl>
#include <QUrlQuery>

#include <cmath>
#include <functional>

using namespace Planner;

namespace {

// Runs `act` on the next modal widget of type W once it is up (a dialog's
// exec() or a message box blocks the test until it is answered). The
// timer, for stopping a wait that is no longer wanted.
template <typename W>
QPointer<QTimer> whenModal(std::function<void(W *)> act)
{
    auto *timer = new QTimer;
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, [timer, act] {
        if (auto *widget = qobject_cast<W *>(QApplication::activeModalWidget())) {
            timer->stop();
            timer->deleteLater();
            act(widget);
        }
    });
    timer->start();
    return timer;
}

// A value of the lever's range at `fraction`, rounded to the decimals the
// window enters it with.
double leverPoint(const Engine::Lever &lever, double fraction)
{
    const double scale = std::pow(10.0, Engine::leverDecimals(lever));
    return std::round((lever.min + (lever.max - lever.min) * fraction) * scale) / scale;
}

} // namespace

class TeamWindowTest final : public QObject, private Testing::WindowFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        const QString error = setUpWindowTest(QStringLiteral("tst_teamwindow"));
        QVERIFY2(error.isEmpty(), qPrintable(error));
        // A lever and two settings inside its range.
        const Engine::Lever &lever = m_catalog.levers().first();
        m_lever = lever.id;
        m_mine = lever.min + (lever.max - lever.min) * 0.25;
        m_theirs = lever.min + (lever.max - lever.min) * 0.75;
    }

    void fileHearsNothing()
    {
        auto opened = Storage::Store::open(m_dir.filePath(QStringLiteral("f.sqlite")), m_catalog);
        QVERIFY(opened.ok());
        Workbench::ScenarioDocument document(*opened.value(), m_modules);
        QVERIFY(!document.hearsOtherSessions());
    }

    void anotherSessionsChangeIsLoadedAndAnnounced()
    {
        const QString url = TestDatabase::fresh(m_dir.path(), QStringLiteral("teamwindow"));
        auto mine = Storage::Store::open(url, m_catalog);
        QVERIFY2(mine.ok(), qPrintable(mine.error().message));
        QVERIFY(!Storage::TeamServer::initialise(*mine.value()));
        const QString name = QStringLiteral("live");
        QVERIFY(Storage::ScenarioRepository(*mine.value()).fork(Storage::baselineScenarioName(), name, {}).ok());

        Workbench::ScenarioDocument document(*mine.value(), m_modules);
        document.setDraws(10);
        document.setSynchronousDraws(true);
        QVERIFY(document.hearsOtherSessions());
        const Engine::Error opened = document.open(name);
        QVERIFY2(!opened, qPrintable(opened.message));
        // An edit of mine, on the undo stack.
        const Engine::Error edited = document.setLeverStage(m_lever, 1, m_mine);
        QVERIFY2(!edited, qPrintable(edited.message));
        QCOMPARE(document.undoStack()->count(), 1);
        const qint64 myRevision = document.scenario().revision;

        // Another session (its own connection) sets the same lever's 2030.
        auto other = Storage::Store::open(url, m_catalog);
        QVERIFY(other.ok());
        QSignalSpy changed(&document, &Workbench::ScenarioDocument::changedElsewhere);
        const auto theirs = Storage::ScenarioInputsRepository(*other.value()).setLeverValues(name, m_lever,
                                                                                            {{2030, m_theirs}});
        QVERIFY2(theirs.ok(), qPrintable(theirs.error().message));
        QVERIFY(changed.wait(2000));
        // Loaded: their revision and value; mine (2024–2027) kept.
        QCOMPARE(document.scenario().revision, myRevision + 1);
        QCOMPARE(document.storedLever(m_lever).years.value(2030), m_theirs);
        QCOMPARE(document.storedLever(m_lever).years.value(2024), m_mine);
        // Who and what: the session's user and the table the audit names.
        QCOMPARE(changed.at(0).at(0).toString(), QStringLiteral("postgres"));
        QCOMPARE(changed.at(0).at(1).toStringList(), QStringList{QStringLiteral("lever_settings")});
        QCOMPARE(changed.at(0).at(2).toLongLong(), myRevision + 1);
        // My edit is still on the undo stack; undoing it now writes over
        // theirs (the undo names the revision it made), so the store refuses
        // it as a conflict and the window asks (editRefused, conflict).
        QCOMPARE(document.undoStack()->count(), 1);
        QSignalSpy refused(&document, &Workbench::ScenarioDocument::editRefused);
        document.undoStack()->undo();
        QCOMPARE(refused.count(), 1);
        QCOMPARE(refused.at(0).at(1).toBool(), true);

        // The history: every audited row; filtered by person, date, chapter.
        const auto audit = Storage::TeamServer::audit(*mine.value(), name);
        QVERIFY(audit.ok());
        Workbench::HistoryDialog dialog(*mine.value(), m_catalog, name, Cli::auditNames());
        QCOMPARE(dialog.shownRows(), audit.value().size());
        const int postgres = dialog.personFilter()->findData(QStringLiteral("postgres"));
        QVERIFY(postgres > 0);
        dialog.personFilter()->setCurrentIndex(postgres);
        QCOMPARE(dialog.shownRows(), audit.value().size());  // one person made every change
        dialog.fromFilter()->setDate(QDate::currentDate().addDays(1));
        QCOMPARE(dialog.shownRows(), 0);
        dialog.fromFilter()->setDate(QDate::currentDate().addDays(-1));
        // The lever's chapter: the chapter of the first indicator it moves.
        const Engine::Lever *lever = m_catalog.lever(m_lever);
        const QString chapter = m_catalog.indicator(lever->moves.first())->chapterId;
        int leverRows = 0;
        for (const auto &e : audit.value())
            leverRows += e.key.value(QStringLiteral("lever_id")).toString() == m_lever;
        int otherChapterRows = 0;
        for (const auto &e : audit.value())
            otherChapterRows += Workbench::auditChapter(m_catalog, e) == chapter
                                && e.key.value(QStringLiteral("lever_id")).toString() != m_lever;
        dialog.chapterFilter()->setCurrentIndex(dialog.chapterFilter()->findData(chapter));
        QCOMPARE(dialog.shownRows(), leverRows + otherChapterRows);
        QVERIFY(leverRows >= 2);  // my 2024–2027 and their 2030, at least

        // Each change in words a reviewer reads: their 2030 of the lever
        // (gdp_growth, range 0–10, so 0.75 of it is 7.5) appears as the
        // lever's name and the year, before nothing, after 7.5 in the
        // lever's unit; no cell shows a stored key or column ({"lever_id":…}).
        dialog.chapterFilter()->setCurrentIndex(0);
        dialog.personFilter()->setCurrentIndex(0);
        const auto *table = dialog.findChild<QTableWidget *>(QStringLiteral("historyTable"));
        QVERIFY(table);
        QCOMPARE(m_theirs, 7.5);
        int theirRow = -1;
        for (int row = 0; row < table->rowCount(); ++row) {
            for (int column = 0; column < table->columnCount(); ++column) {
                const QString cell = table->item(row, column)->text();
                QVERIFY2(!cell.contains(u'{') && !cell.contains(u'_'),
                         qPrintable(cell));
            }
            if (table->item(row, 4)->text().endsWith(QLatin1StringView("2030")))
                theirRow = row;
        }
        QVERIFY(theirRow >= 0);
        const QString which = table->item(theirRow, 4)->text();
        QVERIFY2(which.contains(lever->nameZh) || which.contains(lever->nameEn), qPrintable(which));
        QCOMPARE(table->item(theirRow, 5)->text(), QStringLiteral("—"));
        QVERIFY2(table->item(theirRow, 6)->text().startsWith(QLatin1StringView("7.5")),
                 qPrintable(table->item(theirRow, 6)->text()));
    }

    // The whole window on the server. Another person (their own login and
    // connection) sets a year of the open scenario's lever while a value
    // is being typed into the lever's stage-1 box: within a second the
    // window has reloaded, its status bar names the person and the lever
    // (no table or lever id), and the typed value is still in the box and
    // is saved when committed. Then in English. Revisions: the fork 1, their
    // 2030 2, my stage 1 3, their 2031 4.
    void windowSaysWhoChangedWhichLeverAndRestoresARevision()
    {
        const QString url = TestDatabase::fresh(m_dir.path(), QStringLiteral("teamwindow_status"));
        auto opened = Storage::Store::open(url, m_catalog);
        QVERIFY2(opened.ok(), qPrintable(opened.error().message));
        m_store = std::move(opened.value());
        QVERIFY(!Storage::TeamServer::initialise(*m_store));
        const QString person = QStringLiteral("wang_sheng");
        QVERIFY(!Storage::TeamServer::addUser(*m_store, person, Storage::TeamServer::Role::ProvincialPlanner, {}));
        const QString name = QStringLiteral("联网情景");
        QString error = forkWorkScenario(name, {});
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QUrl theirUrl(url);
        theirUrl.setUserName(person);
        auto theirs = Storage::Store::open(theirUrl.toString(), m_catalog);
        QVERIFY2(theirs.ok(), qPrintable(theirs.error().message));

        const Engine::Lever &lever = m_catalog.levers().first();
        const int stage1Year = Engine::planStage(1)->first;
        // What the fork holds before anybody edits it (revision 1).
        const auto before = Storage::ScenarioInputsRepository(*m_store).load(
            Storage::ScenarioRepository(*m_store).find(name).value().id);
        QVERIFY(before.ok());
        const auto original = [&](int year) {
            return before.value().levers.value(lever.id).value(year, lever.defaultValue);
        };
        const double their2030 = leverPoint(lever, 0.75), mine = leverPoint(lever, 0.25), their2031 = leverPoint(lever, 0.6);
        QVERIFY(their2030 != original(2030) && mine != original(stage1Year) && their2031 != original(2031));

        I18n::setLanguage(I18n::Language::Chinese);
        Shell::MainWindow window(*m_store, m_modules, m_pages);
        window.show();
        QCOMPARE(window.document()->scenario().name, name);
        window.showPage(lever.moduleId);
        auto *spin = window.findChild<QDoubleSpinBox *>(QStringLiteral("%1-stage-1").arg(lever.id));
        QVERIFY(spin);
        auto *edit = spin->findChild<QLineEdit *>();
        QVERIFY(edit);
        // Typed, not committed (the box does not track the keyboard).
        spin->setFocus();
        spin->selectAll();
        const QString typed = spin->textFromValue(mine);
        QTest::keyClicks(spin, typed);
        QCOMPARE(edit->text(), typed);
        QCOMPARE(window.document()->scenario().revision, 1);

        QVERIFY(Storage::ScenarioInputsRepository(*theirs.value()).setLeverValues(name, lever.id, {{2030, their2030}}).ok());
        // The translation of "%1 changed %2 in this scenario (revision %3); it was reloaded."
        const QString chinese = QStringLiteral("wang_sheng 修改了本情景的“%1”（第2版），已重新载入。").arg(lever.nameZh);
        QTRY_COMPARE_WITH_TIMEOUT(window.statusBar()->currentMessage(), chinese, 1000);
        QCOMPARE(window.document()->storedLever(lever.id).years.value(2030), their2030);
        QCOMPARE(edit->text(), typed);  // what I was typing is still there
        // A stage whose years differ asks before setting them all alike.
        QPointer<QTimer> question;
        if (window.document()->isStageMixed(lever.id, 1)) {
            question = whenModal<QMessageBox>([](QMessageBox *box) { box->button(QMessageBox::Yes)->click(); });
        }
        QTest::keyClick(spin, Qt::Key_Return);
        delete question.data();
        QCOMPARE(window.document()->scenario().revision, 3);
        QCOMPARE(window.document()->storedLever(lever.id).years.value(stage1Year), mine);
        QCOMPARE(window.document()->storedLever(lever.id).years.value(2030), their2030);

        I18n::setLanguage(I18n::Language::English);
        QVERIFY(Storage::ScenarioInputsRepository(*theirs.value()).setLeverValues(name, lever.id, {{2031, their2031}}).ok());
        const QString english = QStringLiteral("wang_sheng changed “%1” in this scenario (revision 4); it was reloaded.")
                                    .arg(lever.nameEn);
        QTRY_COMPARE_WITH_TIMEOUT(window.statusBar()->currentMessage(), english, 1000);
        for (const QString &internal : {lever.id, QStringLiteral("lever_settings")})
            QVERIFY(!window.statusBar()->currentMessage().contains(internal));

        // Scenario → History…: their rows only when filtered by them; the
        // revision-2 row restored as a new scenario, which the window opens.
        const QString restored = QStringLiteral("联网情景 第2版");
        int allRows = -1;
        int theirRows = -1;
        int otherPeople = -1;
        whenModal<Workbench::HistoryDialog>([&](Workbench::HistoryDialog *dialog) {
            allRows = dialog->shownRows();
            dialog->personFilter()->setCurrentIndex(dialog->personFilter()->findData(person));
            theirRows = dialog->shownRows();
            auto *table = dialog->findChild<QTableWidget *>(QStringLiteral("historyTable"));
            otherPeople = 0;
            int revision2 = -1;
            for (int row = 0; row < table->rowCount(); ++row) {
                otherPeople += table->item(row, 2)->text() != person;
                if (table->item(row, 1)->text() == QStringLiteral("2"))
                    revision2 = row;
            }
            if (revision2 < 0)
                return dialog->reject();
            table->selectRow(revision2);
            whenModal<QInputDialog>([&](QInputDialog *input) {
                input->setTextValue(restored);
                input->accept();
            });
            dialog->findChild<QPushButton *>(QStringLiteral("historyRestore"))->click();
        });
        window.findChild<Workbench::ScenarioMenu *>()->historyAction()->trigger();
        // Their two edits, one lever year each: two rows.
        QCOMPARE(theirRows, 2);
        QCOMPARE(otherPeople, 0);
        QVERIFY(allRows > theirRows);  // the fork and my stage-1 edit are postgres's
        QCOMPARE(window.document()->scenario().name, restored);
        // At revision 2: their 2030, and the fork's own stage 1 and 2031.
        const Workbench::LeverYears restoredYears = window.document()->storedLever(lever.id);
        QCOMPARE(restoredYears.years.value(2030, lever.defaultValue), their2030);
        QCOMPARE(restoredYears.years.value(stage1Year, lever.defaultValue), original(stage1Year));
        QCOMPARE(restoredYears.years.value(2031, lever.defaultValue), original(2031));
    }

    // File → Connect to team server…, from a window on a desktop file. A
    // location with a password is refused in the dialog and not kept; an
    // unreachable server says so and leaves the window on its file; the
    // test cluster's location opens the server's store (its own scenario
    // in the list) and is offered the next time.
    void connectDialogOpensTheServer()
    {
        const QString url = TestDatabase::fresh(m_dir.path(), QStringLiteral("teamwindow_connect"));
        const QString onServer = QStringLiteral("服务器上的情景");
        {
            auto server = Storage::Store::open(url, m_catalog);
            QVERIFY2(server.ok(), qPrintable(server.error().message));
            QVERIFY(Storage::ScenarioRepository(*server.value()).fork(Storage::baselineScenarioName(), onServer, {}).ok());
        }
        QString error = openStore(QStringLiteral("desk.sqlite"));
        QVERIFY2(error.isEmpty(), qPrintable(error));
        I18n::setLanguage(I18n::Language::English);
        Shell::MainWindow window(*m_store, m_modules, m_pages);
        window.show();
        const int deskScenarios = window.scenarioPicker()->count();
        QCOMPARE(window.scenarioPicker()->findText(onServer), -1);
        const auto connectWith = [&](const QString &location, QString *message) {
            QPointer<QTimer> messageWait;
            whenModal<Shell::TeamServerDialog>([&, location, message](Shell::TeamServerDialog *dialog) {
                dialog->hostEdit()->setText(location);
                messageWait = whenModal<QMessageBox>([message](QMessageBox *box) {
                    *message = box->text();
                    box->accept();
                });
                dialog->accept();
                if (dialog->isVisible())
                    dialog->reject();  // refused: the dialog stayed open
            });
            window.connectAction()->trigger();
            delete messageWait.data();  // no message came
        };

        QUrl withPassword(url);
        withPassword.setPassword(QStringLiteral("secret"));
        QString refusal;
        connectWith(withPassword.toString(), &refusal);
        QVERIFY2(refusal.contains(QStringLiteral("PGPASSWORD")), qPrintable(refusal));
        QVERIFY(!refusal.contains(QStringLiteral("secret")));
        QVERIFY(window.isVisible());
        QVERIFY(!window.takeRequestedStore());
        for (const QString &key : QSettings().allKeys())
            QVERIFY(!QSettings().value(key).toString().contains(QStringLiteral("secret")));

        // Port 1 on the cluster's socket folder: nobody listens there.
        QUrl unreachable(url);
        QUrlQuery query(unreachable);
        query.addQueryItem(QStringLiteral("port"), QStringLiteral("1"));
        unreachable.setQuery(query);
        QString unreachableMessage;
        connectWith(unreachable.toString(), &unreachableMessage);
        QVERIFY2(unreachableMessage.startsWith(QStringLiteral("Cannot connect to the team server")),
                 qPrintable(unreachableMessage));
        QVERIFY(window.isVisible());
        QVERIFY(!window.takeRequestedStore());
        QCOMPARE(window.scenarioPicker()->count(), deskScenarios);

        QString none;
        connectWith(url, &none);
        QVERIFY2(none.isEmpty(), qPrintable(none));
        QVERIFY(!window.isVisible());  // closed, to be made again on the server
        std::unique_ptr<Storage::Store> server = window.takeRequestedStore();
        QVERIFY(server);
        QVERIFY(server->isServer());
        {
            Shell::MainWindow onTheServer(*server, m_modules, m_pages);
            QVERIFY(onTheServer.scenarioPicker()->findText(onServer) >= 0);
        }
        // Offered the next time: the fields of the location just used.
        const QUrl used(url);
        Shell::TeamServerDialog next;
        QCOMPARE(next.hostEdit()->text(), QUrlQuery(used).queryItemValue(QStringLiteral("host")));
        QCOMPARE(next.databaseEdit()->text(), used.path().mid(1));
        QCOMPARE(next.userEdit()->text(), used.userName());
        QCOMPARE(next.location(), url);
        server.reset();
    }

private:
    QString m_lever;
    double m_mine = 0;
    double m_theirs = 0;
};

// Without a server (the suite's SQLite run) only the file's case runs, so
// nothing is reported as skipped; with one (the _pg run), all of them.
int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    TeamWindowTest test;
    QStringList arguments = app.arguments();
    if (!TestDatabase::onServer() && arguments.size() == 1)
        arguments.append(QStringLiteral("fileHearsNothing"));
    return QTest::qExec(&test, arguments);
}
#include "tst_teamwindow.moc"
