// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

// Times the workspace (issue 6) and prints figures; asserts nothing.
//  1. From a lever edit to the redrawn chapter page with the deterministic
//     line, and to the page redrawn with the Monte Carlo band (1,000 draws),
//     over many edits, in process (offscreen).
//  2. Application start to the first painted window: the real binary,
//     started as a process, until it reports its first paint
//     (PLANNER_STARTUP_TIMING=1).

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
    double median = 0, p90 = 0, max = 0;
};

Summary summarise(QList<double> values)
{
    std::sort(values.begin(), values.end());
    if (values.isEmpty())
        return {};
    return {values.at(values.size() / 2), values.at(qsizetype(values.size() * 0.9)), values.last()};
}

void print(QTextStream &out, const char *what, const Summary &s, qsizetype n)
{
    out << qSetFieldWidth(44) << Qt::left << what << qSetFieldWidth(0) << "median " << QString::number(s.median, 'f', 2)
        << " ms, p90 " << QString::number(s.p90, 'f', 2) << " ms, max " << QString::number(s.max, 'f', 2)
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

#ifdef PLANNER_BINARY
    // Start-up: process start to the first painted window.
    QList<double> startup;
    for (int i = 0; i < 10; ++i) {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("PLANNER_STARTUP_TIMING"), QStringLiteral("1"));
        env.insert(QStringLiteral("HOME"), dir.path());
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), dir.filePath(QStringLiteral("data")));
        process.setProcessEnvironment(env);
        process.setReadChannel(QProcess::StandardError);
        const qint64 started = QDateTime::currentMSecsSinceEpoch();
        process.start(QStringLiteral(PLANNER_BINARY), {QStringLiteral("--db"), dir.filePath(QStringLiteral("s.sqlite"))});
        QByteArray err;
        while (!err.contains("first-paint") && process.waitForReadyRead(10000))
            err += process.readAllStandardError();
        const int at = err.indexOf("first-paint ");
        if (at >= 0) {
            const qint64 painted = err.mid(at + 12).trimmed().split('\n').first().toLongLong();
            startup.append(double(painted - started));
        }
        process.kill();
        process.waitForFinished();
    }
    print(out, "start -> first painted window (process)", summarise(startup), startup.size());
#endif
    return 0;
}
