// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/startwindow.h"

#include "shell/aboutdialog.h"
#include "shell/mainwindow.h"
#include "shell/shellsettings.h"

#include "engine/registry.h"
#include "storage/store.h"

#include <QApplication>
#include <QDateTime>
#include <QDir>
#include <QTextStream>
#include <QFileInfo>
#include <QMessageBox>

namespace Planner::Shell {

bool displayAvailable()
{
#if defined(Q_OS_LINUX) || defined(Q_OS_FREEBSD)
    return !qEnvironmentVariableIsEmpty("DISPLAY") || !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")
           || !qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM");
#else
    return true;
#endif
}

QString noDisplayMessage()
{
    // Shown before any translation is loaded, so in both languages.
    return QStringLiteral(
        "没有找到显示器（未设置 DISPLAY 或 WAYLAND_DISPLAY），无法在此打开窗口。请改用命令行，例如：\n"
        "No display was found (neither DISPLAY nor WAYLAND_DISPLAY is set), so the window cannot open here.\n"
        "Use the command line instead, for example:\n"
        "  jilin-planner --help\n"
        "  jilin-planner catalog --json\n"
        "  jilin-planner scenarios\n"
        "or run the window under a virtual display: xvfb-run jilin-planner");
}

void applyInterfaceFont(QApplication &app)
{
    QFont font = app.font();
    font.setFamilies({QStringLiteral("WenQuanYi Micro Hei"), QStringLiteral("Noto Sans CJK SC"),
                      QStringLiteral("Microsoft YaHei"), QStringLiteral("SimHei"), font.family()});
    app.setFont(font);
}

namespace {

// Prints "first-paint" once, when the window's first paint event arrives.
class FirstPaintReporter final : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint) {
            QTextStream(stderr) << "first-paint " << QDateTime::currentMSecsSinceEpoch() << Qt::endl;
            watched->removeEventFilter(this);
            deleteLater();
        }
        return false;
    }
};

void reportFirstPaint(QWidget *window)
{
    window->installEventFilter(new FirstPaintReporter(window));
}

} // namespace

int runWindow(QApplication &app, const Engine::ModuleRegistry &modules, const Workbench::PageRegistry &pages,
              const Cli::CommonOptions &options)
{
    ShellSettings settings;
    I18n::setLanguage(options.language.value_or(settings.language().value_or(I18n::Language::Chinese)));
    applyInterfaceFont(app);
    QApplication::setWindowIcon(applicationIcon());
    // Lets the desktop (Wayland app id, task bars) match the window to the
    // installed desktop entry and its icon.
    QGuiApplication::setDesktopFileName(desktopFileName());

    Engine::Catalog catalog;
    QString error;
    if (!modules.buildCatalog(&catalog, &error)) {
        QMessageBox::critical(nullptr, MainWindow::tr("Cannot start"),
                              MainWindow::tr("The application's catalog data is broken: %1").arg(error));
        return Cli::ExitFailure;
    }
    QString path = options.databasePath;
    if (path.isEmpty()) {
        path = Cli::defaultDatabasePath();
        QDir().mkpath(QFileInfo(path).absolutePath());
    }
    Storage::Result<std::unique_ptr<Storage::Store>> store = Storage::Store::open(path, catalog);
    if (!store.ok()) {
        QMessageBox::critical(nullptr, MainWindow::tr("Cannot open the scenario database"), store.error().message);
        return Cli::ExitFailure;
    }

    for (;;) {
        std::unique_ptr<Storage::Store> next;
        int status = 0;
        {
            MainWindow window(*store.value(), modules, pages);
            // PLANNER_STARTUP_TIMING=1: says on stderr when the window first paints
            // (tests/benchmarks/workspace_benchmark measures start-up with it).
            if (qEnvironmentVariableIsSet("PLANNER_STARTUP_TIMING"))
                reportFirstPaint(&window);
            window.show();
            status = app.exec();
            next = window.takeRequestedStore();
        }
        if (!next)
            return status;
        // File → Connect to team server…: the window again, on the server's
        // store (opened by the window, which stayed when it could not be).
        store = std::move(next);
    }
}

} // namespace Planner::Shell
