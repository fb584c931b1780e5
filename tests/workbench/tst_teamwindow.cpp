// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The window's side of team mode, on the test PostgreSQL server: a change
// another session commits to the open scenario reaches the document within
// two seconds, is loaded, keeps the undo history (undoing over it meets the
// revision-conflict handling), and says who changed what; the history dialog
// filters by person, chapter and date. On a file: nothing listens.

#include "modules.h"

#include "common/testdatabase.h"

#include "engine/registry.h"
#include "storage/scenarioinputsrepository.h"
#include "storage/scenariorepository.h"
#include "storage/store.h"
#include "storage/teamserver.h"
#include "workbench/historydialog.h"
#include "workbench/scenariodocument.h"

#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Planner;

class TeamWindowTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        App::registerModules(m_modules);
        QString error;
        QVERIFY2(m_modules.buildCatalog(&m_catalog, &error), qPrintable(error));
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
        Workbench::HistoryDialog dialog(*mine.value(), m_catalog, name);
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
    }

private:
    Engine::ModuleRegistry m_modules;
    Engine::Catalog m_catalog;
    QTemporaryDir m_dir;
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
