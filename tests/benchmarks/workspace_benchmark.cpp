// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

// Times the workspace (issue 6) and prints figures; asserts nothing.
//  1. From a lever edit to the redrawn chapter page with the deterministic
//     line, and to the page redrawn with the Monte Carlo band (1,000 draws),
//     over many edits, in process (offscreen).
//  2. Application start to the first painted window: the real binary,
//     started as a process, until it reports its first paint
//     (PLANNER_STARTUP_TIMING=1), in turn with the floor (startup_floor),
//     and the ratio of the two.

#include "modules.h"
#include "shell/mainwindow.h"

#include "engine/registry.h"
#include "storage/store.h"
#include "workbench/chapterpage.h"
#include "workbench/pageregistry.h"
#include "workbench/scenariodocument.h"

#include <QApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QProcess>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>

using namespace Planner;

namespace {

struct Summary
{
    double median = 0, p90 = 0, min = 0, max = 0;
};

Summary summarise(QList<double> values)
{
    std::sort(values.begin(), values.end());
    if (values.isEmpty())
        return {};
    return {values.at(values.size() / 2), values.at(qsizetype(values.size() * 0.9)), values.first(), values.last()};
}

void print(QTextStream &out, const char *what, const Summary &s, qsizetype n)
{
    out << qSetFieldWidth(44) << Qt::left << what << qSetFieldWidth(0) << "median " << QString::number(s.median, 'f', 2)
        << " ms, p90 " << QString::number(s.p90, 'f', 2) << " ms, min " << QString::number(s.min, 'f', 2) << " ms, max " << QString::number(s.max, 'f', 2)
        << " ms (" << n << " runs)" << Qt::endl;
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("JilinPlannerBenchmark"));
    QTextStream out(stdout);
    QTemporaryDir dir;

    Engine::ModuleRegistry modules;
    App::registerModules(modules);
    Workbench::PageRegistry pages;
    App::registerPages(pages);
    Engine::Catalog catalog;
    QString error;
    if (!modules.buildCatalog(&catalog, &error)) {
        out << error << Qt::endl;
        return 1;
    }
    auto store = Storage::Store::open(dir.filePath(QStringLiteral("b.sqlite")), catalog);
    if (!store.ok()) {
        out << store.error().message << Qt::endl;
        return 1;
    }

    {
        Shell::MainWindow window(*store.value(), modules, pages);
        window.resize(1600, 1000);
        window.show();
        window.showPage(QStringLiteral("ecological_security"));
        auto *page = qobject_cast<Workbench::ChapterPage *>(window.pages()->currentWidget());
        Workbench::ScenarioDocument *document = window.document();
        // The shipped templates are read-only: the edits go to a fork.
        if (const Engine::Error e = document->forkAndOpen(QStringLiteral("benchmark"))) {
            out << e.message << Qt::endl;
            return 1;
        }
        window.showPage(QStringLiteral("ecological_security"));
        page = qobject_cast<Workbench::ChapterPage *>(window.pages()->currentWidget());
        document->waitForDraws();
        QCoreApplication::processEvents();

        const int edits = 60;
        QList<double> line, band;
        QElapsedTimer timer;
        for (int i = 0; i < edits; ++i) {
            const double value = i % 2 ? 40.0 : 60.0;
            timer.start();
            if (const Engine::Error e = document->setLeverStage(QStringLiteral("afforestation_per_year"), 1, value)) {
                out << e.message << Qt::endl;
                return 1;
            }
            page->repaint();  // the page with every chart and the table, painted now
            line.append(timer.nsecsElapsed() / 1e6);
            document->waitForDraws();
            page->repaint();
            band.append(timer.nsecsElapsed() / 1e6);
        }
        out << "Workspace, 五、安全筑底 page (" << page->charts().size() << " charts, 1600x1000), "
            << document->draws() << " draws" << Qt::endl;
        print(out, "lever edit -> page with deterministic line", summarise(line), line.size());
        print(out, "lever edit -> page with band", summarise(band), band.size());
    }

#if defined(PLANNER_BINARY) && defined(PLANNER_FLOOR)
    // Start-up: process start to the first painted window, the application
    // and the floor (startup_floor: a bare Qt Widgets window with one chart
    // view and an SQLite open) started in turn, so both see the same load.
    const auto firstPaint = [&](const QString &program, const QStringList &arguments) -> double {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        if (env.value(QStringLiteral("DISPLAY")).isEmpty() && env.value(QStringLiteral("WAYLAND_DISPLAY")).isEmpty())
            env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        else
            env.remove(QStringLiteral("QT_QPA_PLATFORM"));  // the display the benchmark runs on
        env.insert(QStringLiteral("PLANNER_STARTUP_TIMING"), QStringLiteral("1"));
        env.insert(QStringLiteral("HOME"), dir.path());
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), dir.filePath(QStringLiteral("data")));
        process.setProcessEnvironment(env);
        process.setReadChannel(QProcess::StandardError);
        const qint64 started = QDateTime::currentMSecsSinceEpoch();
        process.start(program, arguments);
        QByteArray err;
        while (!err.contains("first-paint") && process.waitForReadyRead(10000))
            err += process.readAllStandardError();
        process.kill();
        process.waitForFinished();
        const int at = err.indexOf("first-paint ");
        if (at < 0)
            return -1.0;
        return double(err.mid(at + 12).trimmed().split('\n').first().toLongLong() - started);
    };
    // The application: the one built with the tree, or another build of it
    // named as the first argument (to compare builds, each against the floor).
    const QString application = QCoreApplication::arguments().value(1, QStringLiteral(PLANNER_BINARY));
    out << "Application: " << application << Qt::endl;
    const QString database = dir.filePath(QStringLiteral("s.sqlite"));
    // Once each unmeasured: the database created and seeded, files cached.
    firstPaint(application, {QStringLiteral("--db"), database});
    firstPaint(QStringLiteral(PLANNER_FLOOR), {dir.filePath(QStringLiteral("floor.sqlite"))});
    QList<double> startup, floor, ratio;
    for (int i = 0; i < 10; ++i) {
        const double a = firstPaint(application, {QStringLiteral("--db"), database});
        const double b = firstPaint(QStringLiteral(PLANNER_FLOOR), {dir.filePath(QStringLiteral("floor.sqlite"))});
        if (a <= 0 || b <= 0)
            continue;
        startup.append(a);
        floor.append(b);
        ratio.append(a / b);
    }
    print(out, "start -> first painted window (process)", summarise(startup), startup.size());
    print(out, "floor: bare window, chart view, SQLite", summarise(floor), floor.size());
    std::sort(ratio.begin(), ratio.end());
    if (!ratio.isEmpty())
        out << qSetFieldWidth(44) << Qt::left << "start-up / floor, run by run" << qSetFieldWidth(0) << "median "
            << QString::number(ratio.at(ratio.size() / 2), 'f', 2) << "x, min " << QString::number(ratio.first(), 'f', 2)
            << "x, max " << QString::number(ratio.last(), 'f', 2) << "x (" << ratio.size() << " pairs)" << Qt::endl;
#endif
    return 0;
}
