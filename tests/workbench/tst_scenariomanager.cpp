// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

// The scenario manager: creating, forking, renaming, deleting and editing
// through the dialog's model is written to the database at once (seen
// through a second connection); refusals come back in words and change
// nothing.

#include "modules.h"

#include "engine/registry.h"
#include "storage/scenarioinputsrepository.h"
#include "storage/scenariorepository.h"
#include "storage/store.h"
#include "workbench/scenariomanager.h"
#include "workbench/scenariotablemodel.h"

#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Planner;
using Storage::StoreError;
using Workbench::ScenarioTableModel;

class TestScenarioManager final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.filePath(QStringLiteral("config")));
        App::registerModules(m_modules);
        QString error;
        QVERIFY2(m_modules.buildCatalog(&m_catalog, &error), qPrintable(error));
    }

    void init()
    {
        m_path = m_dir.filePath(QStringLiteral("%1.sqlite").arg(QString::fromLatin1(QTest::currentTestFunction())));
        auto opened = Storage::Store::open(m_path, m_catalog);
        QVERIFY2(opened.ok(), qPrintable(opened.error().message));
        m_store = std::move(opened.value());
        auto second = Storage::Store::open(m_path, m_catalog);
        QVERIFY2(second.ok(), qPrintable(second.error().message));
        m_other = std::move(second.value());
    }

    void cleanup()
    {
        m_other.reset();
        m_store.reset();
    }

    void createForkRenameDeleteReachTheStore()
    {
        Workbench::ScenarioManagerDialog dialog(*m_store, Storage::baselineScenarioName());
        ScenarioTableModel *model = dialog.model();
        const Storage::ScenarioRepository other(*m_other);
        // The two shipped scenarios, shown by their English names here (no
        // translator is installed: the English interface), keyed by their names.
        QCOMPARE(model->rowCount(), 2);
        QCOMPARE(model->index(0, ScenarioTableModel::NameColumn).data().toString(), QStringLiteral("Current trends"));
        QCOMPARE(model->index(1, ScenarioTableModel::NameColumn).data().toString(), QStringLiteral("Plan pathway"));
        QCOMPARE(model->index(0, ScenarioTableModel::NameColumn).data(ScenarioTableModel::NameRole).toString(),
                 Storage::baselineScenarioName());
        QCOMPARE(model->index(1, ScenarioTableModel::NameColumn).data(ScenarioTableModel::NameRole).toString(),
                 Storage::planPathwayScenarioName());

        QVERIFY(!model->create(QStringLiteral("低碳"), QStringLiteral("李"), QStringLiteral("快速减排")));
        const auto created = other.find(QStringLiteral("低碳"));
        QVERIFY(created.ok());
        QCOMPARE(created.value().author, QStringLiteral("李"));
        QCOMPARE(created.value().notes, QStringLiteral("快速减排"));
        QCOMPARE(created.value().parentId, 0);
        QCOMPARE(model->rowCount(), 3);

        // A fork of the plan pathway, which sets levers, so the copy has
        // something to copy: the seven levers a document gives a pace for
        // (energy intensity, wind, solar, old locomotives, red line, straw
        // burning, beautiful rivers and lakes).
        const int base = model->rowOf(Storage::planPathwayScenarioName());
        QVERIFY(!model->fork(base, QStringLiteral("基准副本"), QStringLiteral("王")));
        const auto forked = other.find(QStringLiteral("基准副本"));
        QVERIFY(forked.ok());
        QCOMPARE(forked.value().parentName, Storage::planPathwayScenarioName());
        QCOMPARE(model->index(model->rowOf(QStringLiteral("基准副本")), ScenarioTableModel::ParentColumn).data().toString(),
                 Storage::planPathwayScenarioName());
        const auto inputs = Storage::ScenarioInputsRepository(*m_other).load(forked.value().id);
        QVERIFY(inputs.ok());
        QCOMPARE(inputs.value().levers.size(), 7);
        QCOMPARE(Storage::ScenarioInputsRepository(*m_other).load(created.value().id).value().levers.size(), 0);

        QVERIFY(!model->rename(model->rowOf(QStringLiteral("低碳")), QStringLiteral("低碳路径")));
        QVERIFY(!other.find(QStringLiteral("低碳")).ok());
        QCOMPARE(other.find(QStringLiteral("低碳路径")).value().revision, 2);

        QVERIFY(!model->setNotes(model->rowOf(QStringLiteral("低碳路径")), QStringLiteral("2030年前达峰")));
        QVERIFY(!model->setAuthor(model->rowOf(QStringLiteral("低碳路径")), QStringLiteral("张")));
        const auto edited = other.find(QStringLiteral("低碳路径"));
        QCOMPARE(edited.value().notes, QStringLiteral("2030年前达峰"));
        QCOMPARE(edited.value().author, QStringLiteral("张"));
        QCOMPARE(edited.value().revision, 4);
        QCOMPARE(model->index(model->rowOf(QStringLiteral("低碳路径")), ScenarioTableModel::RevisionColumn).data().toString(),
                 QStringLiteral("4"));

        QVERIFY(!model->remove(model->rowOf(QStringLiteral("基准副本"))));
        QVERIFY(!other.find(QStringLiteral("基准副本")).ok());
        QCOMPARE(other.list().value().size(), 3);
        QCOMPARE(model->rowCount(), 3);
    }

    void refusalsChangeNothing()
    {
        ScenarioTableModel model(*m_store);
        const Storage::ScenarioRepository other(*m_other);
        const QString base = Storage::baselineScenarioName();
        QVERIFY(!model.create(QStringLiteral("甲"), {}, {}));

        // A name that is taken.
        const StoreError taken = model.rename(model.rowOf(QStringLiteral("甲")), base);
        QCOMPARE(taken.code, StoreError::Code::Duplicate);
        QVERIFY(taken.message.contains(base));
        QVERIFY(other.find(QStringLiteral("甲")).ok());
        QCOMPARE(model.create(base, {}, {}).code, StoreError::Code::Duplicate);
        QCOMPARE(model.create(QStringLiteral(" 乙"), {}, {}).code, StoreError::Code::InvalidName);
        QCOMPARE(other.list().value().size(), 3);

        // Somebody else saved 甲 after the model read it: the model's
        // edit is refused, the other edit stays, and the rows are re-read.
        QVERIFY(other.setNotes(QStringLiteral("甲"), QStringLiteral("theirs")).ok());
        const StoreError conflict = model.setNotes(model.rowOf(QStringLiteral("甲")), QStringLiteral("mine"));
        QCOMPARE(conflict.code, StoreError::Code::RevisionConflict);
        QVERIFY(!conflict.message.isEmpty());
        QCOMPARE(other.find(QStringLiteral("甲")).value().notes, QStringLiteral("theirs"));
        QCOMPARE(model.scenario(model.rowOf(QStringLiteral("甲"))).notes, QStringLiteral("theirs"));
        // Read again, the edit goes through.
        QVERIFY(!model.setNotes(model.rowOf(QStringLiteral("甲")), QStringLiteral("mine")));
        QCOMPARE(other.find(QStringLiteral("甲")).value().notes, QStringLiteral("mine"));

        // The shipped scenarios are kept (so a database is never empty).
        QVERIFY(!model.remove(model.rowOf(QStringLiteral("甲"))));
        QCOMPARE(model.remove(model.rowOf(base)).code, StoreError::Code::Template);
        QCOMPARE(model.setNotes(model.rowOf(base), QStringLiteral("x")).code, StoreError::Code::Template);
        QVERIFY(other.find(base).ok());
    }

    void dialogSelectsTheOpenScenarioAndOffersTheOthers()
    {
        Storage::ScenarioRepository(*m_store).create(QStringLiteral("丙"), {});
        Workbench::ScenarioManagerDialog dialog(*m_store, QStringLiteral("丙"));
        QCOMPARE(dialog.selectedName(), QStringLiteral("丙"));
        QSignalSpy open(&dialog, &Workbench::ScenarioManagerDialog::openRequested);
        auto *openButton = dialog.findChild<QPushButton *>(QStringLiteral("openScenario"));
        QVERIFY(openButton);
        QVERIFY(!openButton->isEnabled());  // already open
        dialog.selectScenario(Storage::baselineScenarioName());
        QVERIFY(openButton->isEnabled());
        // A shipped scenario can be forked and opened, not renamed, deleted
        // or annotated; its notes box shows what it is.
        QVERIFY(dialog.findChild<QPushButton *>(QStringLiteral("forkScenario"))->isEnabled());
        QVERIFY(!dialog.findChild<QPushButton *>(QStringLiteral("renameScenario"))->isEnabled());
        QVERIFY(!dialog.findChild<QPushButton *>(QStringLiteral("deleteScenario"))->isEnabled());
        auto *notes = dialog.findChild<QPlainTextEdit *>(QStringLiteral("scenarioNotes"));
        QVERIFY(notes);
        QVERIFY(notes->isReadOnly());
        // (English here: no translator is installed in this test.)
        QVERIFY2(notes->toPlainText().contains(QStringLiteral("read-only")), qPrintable(notes->toPlainText()));
        openButton->click();
        QCOMPARE(open.size(), 1);
        QCOMPARE(open.first().first().toString(), Storage::baselineScenarioName());
    }

    void readOnlyDatabaseOffersNoChanges()
    {
        m_other.reset();
        m_store.reset();
        auto opened = Storage::Store::open(m_path, m_catalog, Storage::Store::Access::ReadOnly);
        QVERIFY(opened.ok());
        Workbench::ScenarioManagerDialog dialog(*opened.value(), Storage::baselineScenarioName());
        for (const char *name : {"newScenario", "forkScenario", "renameScenario", "deleteScenario"})
            QVERIFY2(!dialog.findChild<QPushButton *>(QLatin1StringView(name))->isEnabled(), name);
        QCOMPARE(dialog.model()->create(QStringLiteral("丁"), {}, {}).code, StoreError::Code::ReadOnly);
    }

private:
    QTemporaryDir m_dir;
    QString m_path;
    Engine::ModuleRegistry m_modules;
    Engine::Catalog m_catalog;
    std::unique_ptr<Storage::Store> m_store;
    std::unique_ptr<Storage::Store> m_other;
};

QTEST_MAIN(TestScenarioManager)
#include "tst_scenariomanager.moc"
