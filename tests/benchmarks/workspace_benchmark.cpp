// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

// Times the workspace (issue 6) and prints figures; asserts nothing.
//  1. From a lever edit to the redrawn chapter page with the deterministic
//     line, and to the page redrawn with the Monte Carlo band (1,000 draws),
//     over many edits, in process (offscreen).
//     Then the same with the plan replicated 10 times (replicatedplan.h),
//     with start-up in process for both, and the ratios 10x / 1x.
//  2. Application start to the first painted window: the real binary,
//     started as a process, until it reports its first paint
//     (PLANNER_STARTUP_TIMING=1), in turn with the floor (startup_floor),
//     and the ratio of the two.

#include "modules.h"
#include "replicatedplan.h"
#include "shell/mainwindow.h"

#include "engine/registry.h"
#include "storage/store.h"
#include "workbench/chapterpage.h"
#include "workbench/pageregistry.h"
#include "workbench/scenariodocument.h"

#include <QApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QProcess>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <memory>

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

// Says when the window it watches first paints, and ends the wait for it.
class FirstPaint final : public QObject
{
public:
    explicit FirstPaint(QEventLoop *loop) : m_loop(loop) {}
    bool painted = false;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !painted) {
            painted = true;
            watched->removeEventFilter(this);
            m_loop->quit();
        }
        return false;
    }

private:
    QEventLoop *m_loop;
};

struct Workspace
{
    QString error;
    qsizetype indicators = 0;
    qsizetype charts = 0;
    int draws = 0;
    QList<double> startup, line, band;
};

// The plan `copies` times as large (replicatedplan.h; 1: the real plan) in
// its own database `path`. Start-up in process, `startups` times (one
// unmeasured first: the database created and seeded): the catalog built,
// the store opened and the window constructed and shown until it first
// paints. Then `edits` lever edits on 五、安全筑底, each timed to the page
// repainted with the deterministic line and with the band.
Workspace measure(int copies, const QString &path, int startups, int edits)
{
    Workspace result;
    Engine::ModuleRegistry modules;
    App::registerModules(modules);
    Benchmarks::addReplicas(modules, copies);
    Workbench::PageRegistry pages;
    App::registerPages(pages);
    const auto open = [&](bool timed) -> std::unique_ptr<Storage::Store> {
        QElapsedTimer timer;
        timer.start();
        Engine::Catalog catalog;
        if (!modules.buildCatalog(&catalog, &result.error))
            return nullptr;
        auto store = Storage::Store::open(path, catalog);
        if (!store.ok()) {
            result.error = store.error().message;
            return nullptr;
        }
        result.indicators = catalog.indicators().size();
        {
            Shell::MainWindow window(*store.value(), modules, pages);
            window.resize(1600, 1000);
            QEventLoop loop;
            FirstPaint watcher(&loop);
            window.installEventFilter(&watcher);
            window.show();
            if (!watcher.painted)
                loop.exec();
            if (timed)
                result.startup.append(timer.nsecsElapsed() / 1e6);
            window.document()->waitForDraws();
            QCoreApplication::processEvents();
        }
        return std::move(store.value());
    };
    for (int i = 0; i <= startups; ++i) {
        if (!open(i > 0))
            return result;
    }
    std::unique_ptr<Storage::Store> store = open(false);
    if (!store)
        return result;

    Shell::MainWindow window(*store, modules, pages);
    window.resize(1600, 1000);
    window.show();
    window.showPage(QStringLiteral("ecological_security"));
    Workbench::ScenarioDocument *document = window.document();
    // The shipped templates are read-only: the edits go to a fork.
    if (const Engine::Error e = document->forkAndOpen(QStringLiteral("benchmark"))) {
        result.error = e.message;
        return result;
    }
    window.showPage(QStringLiteral("ecological_security"));
    auto *page = qobject_cast<Workbench::ChapterPage *>(window.pages()->currentWidget());
    document->waitForDraws();
    QCoreApplication::processEvents();

    QElapsedTimer timer;
    for (int i = 0; i < edits; ++i) {
        const double value = i % 2 ? 40.0 : 60.0;
        timer.start();
        if (const Engine::Error e = document->setLeverStage(QStringLiteral("afforestation_per_year"), 1, value)) {
            result.error = e.message;
            return result;
        }
        page->repaint();  // the page with every chart and the table, painted now
        result.line.append(timer.nsecsElapsed() / 1e6);
        document->waitForDraws();
        page->repaint();
        result.band.append(timer.nsecsElapsed() / 1e6);
    }
    result.charts = page->charts().size();
    result.draws = document->draws();
    return result;
}

// "10x / 1x: median a, p90 b" for one measure of two runs.
void printRatio(QTextStream &out, const char *what, const Summary &one, const Summary &ten)
{
    out << qSetFieldWidth(44) << Qt::left << what << qSetFieldWidth(0) << "median "
        << QString::number(ten.median / one.median, 'f', 2) << "x, p90 " << QString::number(ten.p90 / one.p90, 'f', 2)
        << "x (linear: 10 or less)" << Qt::endl;
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("JilinPlannerBenchmark"));
    QTextStream out(stdout);
    QTemporaryDir dir;

    // The real plan, then the plan replicated 10 times (the province and
    // nine cities), each in a database of its own.
    const Workspace one = measure(1, dir.filePath(QStringLiteral("b.sqlite")), 5, 60);
    if (!one.error.isEmpty()) {
        out << one.error << Qt::endl;
        return 1;
    }
    out << "Workspace, 五、安全筑底 page (" << one.charts << " charts, 1600x1000), " << one.draws << " draws" << Qt::endl;
    print(out, "lever edit -> page with deterministic line", summarise(one.line), one.line.size());
    print(out, "lever edit -> page with band", summarise(one.band), one.band.size());
    const Workspace ten = measure(10, dir.filePath(QStringLiteral("b10.sqlite")), 5, 60);
    if (!ten.error.isEmpty()) {
        out << ten.error << Qt::endl;
        return 1;
    }
    out << "Scale: the plan (" << one.indicators << " indicators) and the plan x10 (" << ten.indicators
        << " indicators), the same page" << Qt::endl;
    print(out, "1x: start -> first paint (in process)", summarise(one.startup), one.startup.size());
    print(out, "10x: start -> first paint (in process)", summarise(ten.startup), ten.startup.size());
    print(out, "10x: lever edit -> page with line", summarise(ten.line), ten.line.size());
    print(out, "10x: lever edit -> page with band", summarise(ten.band), ten.band.size());
    printRatio(out, "10x / 1x: start-up (in process)", summarise(one.startup), summarise(ten.startup));
    printRatio(out, "10x / 1x: edit -> line", summarise(one.line), summarise(ten.line));
    printRatio(out, "10x / 1x: edit -> band", summarise(one.band), summarise(ten.band));

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
