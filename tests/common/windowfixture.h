// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What every test of the window sets up: settings kept in a temporary folder
// (never the user's), the application's modules and pages, the catalog they
// build, a store in that folder and, where wanted, a planner's fork of the
// current-trends template that the window opens. One copy for the window
// tests (tests/implementation/tst_citypage.cpp, tst_governance_ui,
// tst_workspace, tst_mainwindow, tst_fit …).
//
// A test class derives from it (after QObject) and calls setUpWindowTest()
// in initTestCase(); each function returns what went wrong, empty when all
// is well: QVERIFY2(x.isEmpty(), qPrintable(x)).

#include "modules.h"
#include "shell/shellsettings.h"

#include "engine/registry.h"
#include "storage/scenariorepository.h"
#include "storage/store.h"
#include "workbench/pageregistry.h"

#include <QCoreApplication>
#include <QSettings>
#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace Planner::Testing {

class WindowFixture
{
protected:
    // Settings under the temporary folder, as application `name`; the
    // modules and pages registered; the catalog built.
    QString setUpWindowTest(const QString &name)
    {
        if (!m_dir.isValid())
            return QStringLiteral("no temporary folder");
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.filePath(QStringLiteral("config")));
        QCoreApplication::setOrganizationName(QStringLiteral("JilinPlannerTest"));
        QCoreApplication::setApplicationName(name);
        App::registerModules(m_modules);
        App::registerPages(m_pages);
        QString error;
        if (!m_modules.buildCatalog(&m_catalog, &error))
            return error;
        return {};
    }

    // Opens the database file `fileName` in the temporary folder (created
    // when new) into *into, m_store by default; a second call on the same
    // file gives a second connection to it.
    QString openStore(const QString &fileName, std::unique_ptr<Storage::Store> *into = nullptr)
    {
        auto opened = Storage::Store::open(m_dir.filePath(fileName), m_catalog);
        if (!opened.ok())
            return opened.error().message;
        (into ? *into : m_store) = std::move(opened.value());
        return {};
    }

    // A planner's fork of the current-trends template (the shipped scenarios
    // are read-only), which the window opens next when `remember`.
    QString forkWorkScenario(const QString &name, const QString &author, bool remember = true)
    {
        const auto forked = Storage::ScenarioRepository(*m_store).fork(Storage::baselineScenarioName(), name, author);
        if (!forked.ok())
            return forked.error().message;
        if (remember)
            Shell::ShellSettings().setLastScenario(name);
        return {};
    }

    QTemporaryDir m_dir;
    Engine::ModuleRegistry m_modules;
    Workbench::PageRegistry m_pages;
    Engine::Catalog m_catalog;
    std::unique_ptr<Storage::Store> m_store;
};

} // namespace Planner::Testing
