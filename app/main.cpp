// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/commandline.h"
#include "modules.h"
#include "shell/startwindow.h"

#include "engine/registry.h"
#include "workbench/pageregistry.h"

#include <QApplication>
#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication::setOrganizationName(QStringLiteral("JilinPlanner"));
    QCoreApplication::setApplicationName(QStringLiteral("jilin-planner"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PLANNER_VERSION));

    Planner::Engine::ModuleRegistry modules;
    Planner::App::registerModules(modules);

    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));

    if (Planner::Cli::wantsCommandLine(arguments)) {
        if (Planner::Cli::needsGuiApplication(arguments)) {
            // Reports draw charts: a QApplication, off screen when there is
            // no display to connect to (a server, a cron job, ssh).
            if (!Planner::Shell::displayAvailable())
                qputenv("QT_QPA_PLATFORM", "offscreen");
            const QApplication app(argc, argv);
            return Planner::Cli::run(QCoreApplication::arguments(), modules);
        }
        const QCoreApplication app(argc, argv);
        return Planner::Cli::run(QCoreApplication::arguments(), modules);
    }

    QString error;
    const std::optional<Planner::Cli::CommonOptions> options = Planner::Cli::parseWindowOptions(arguments, &error);
    QTextStream err(stderr);
    if (!options) {
        err << error << Qt::endl;
        return Planner::Cli::ExitUsage;
    }
    if (!Planner::Shell::displayAvailable()) {
        err << Planner::Shell::noDisplayMessage() << Qt::endl;
        return Planner::Cli::ExitUsage;
    }

    QApplication app(argc, argv);
    Planner::Workbench::PageRegistry pages;
    Planner::App::registerPages(pages);
    return Planner::Shell::runWindow(app, modules, pages, *options);
}
