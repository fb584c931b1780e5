// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

// Times the full-plan report (issue 7: under 3 s), in process by phase and
// as a whole process, and in turn with the latter its peer (issue 19):
// LibreOffice turning a spreadsheet of the same tables and charts into a PDF,
// when soffice is installed (the peer is said to be skipped otherwise).
// Before the processes, the report of the plan and of the plan replicated
// 10 times (replicatedplan.h), in process, in turn, with the ratios.
// Prints figures and ratios; asserts nothing. See README.md.

#include "modules.h"
#include "replicatedplan.h"
#include "analysis/projection.h"
#include "analysis/scenariosession.h"
#include "analysis/targetoutcomes.h"
#include "engine/registry.h"
#include "reports/report.h"
#include "storage/scenario.h"
#include "storage/store.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>

#ifdef PLANNER_HAVE_XLSXWRITER
#include <xlsxwriter.h>
#endif

#include <algorithm>
#include <cstdio>

namespace {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0.0 : values.at(values.size() / 2);
}

// "median [min-max]".
QString spread(QList<double> values, int decimals)
{
    std::sort(values.begin(), values.end());
    if (values.isEmpty())
        return QStringLiteral("-");
    return QStringLiteral("%1 [%2-%3]")
        .arg(values.at(values.size() / 2), 0, 'f', decimals)
        .arg(values.first(), 0, 'f', decimals)
        .arg(values.last(), 0, 'f', decimals);
}

struct Timed
{
    bool ok = false;
    double ms = 0.0;
    double megabytes = 0.0;  // peak resident set of the process and its children
};

// A whole process, from start to exit, with its peak memory (GNU time's
// maximum resident set size, which counts the children it waited for).
Timed timedProcess(const QString &program, const QStringList &arguments, const QString &scratch)
{
    const QString usage = scratch + QStringLiteral("/usage.txt");
    QStringList args{QStringLiteral("-f"), QStringLiteral("%M"), QStringLiteral("-o"), usage, program};
    args += arguments;
    QProcess process;
    process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    process.setStandardOutputFile(QProcess::nullDevice());
    QElapsedTimer timer;
    timer.start();
    process.start(QStringLiteral("/usr/bin/time"), args);
    if (!process.waitForFinished(300000) || process.exitCode() != 0)
        return {};
    Timed result{true, double(timer.nsecsElapsed()) / 1e6, 0.0};
    QFile file(usage);
    if (file.open(QIODevice::ReadOnly))
        result.megabytes = file.readAll().trimmed().split('\n').last().toDouble() / 1024.0;
    return result;
}

// A PDF's page count (pdfinfo), 0 without it.
int pdfPages(const QString &pdf)
{
    QProcess info;
    info.start(QStringLiteral("pdfinfo"), {pdf});
    info.waitForFinished();
    const QString text = QString::fromUtf8(info.readAllStandardOutput());
    const qsizetype at = text.indexOf(QStringLiteral("Pages:"));
    return at < 0 ? 0 : text.mid(at + 6).split(u'\n').first().trimmed().toInt();
}

// This process's peak resident set (VmHWM), reset to the current one by
// resetPeakMemory() (Linux: clear_refs 5); 0 elsewhere.
void resetPeakMemory()
{
    QFile file(QStringLiteral("/proc/self/clear_refs"));
    if (file.open(QIODevice::WriteOnly))
        file.write("5");
}

double peakMemoryMb()
{
    QFile file(QStringLiteral("/proc/self/status"));
    if (!file.open(QIODevice::ReadOnly))
        return 0.0;
    for (const QByteArray &line : file.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
    }
    return 0.0;
}

#ifdef PLANNER_HAVE_XLSXWRITER
// The report's content as a workbook: the overview table of every target,
// and per indicator its years with observed, P10, P50, P90 and a line chart
// of them (the same series the report's charts draw).
bool writeWorkbook(const QString &path, const Planner::Analysis::ScenarioSession &session,
                   const Planner::Analysis::Projection &projection)
{
    const QByteArray file = path.toUtf8();
    lxw_workbook *workbook = workbook_new(file.constData());
    if (!workbook)
        return false;
    const Planner::Engine::Catalog &catalog = session.catalog();
    lxw_worksheet *overview = workbook_add_worksheet(workbook, "Overview");
    const char *header[] = {"Target", "Indicator", "Year", "Target value", "P50", "Gap", "Probability", "Status"};
    for (int c = 0; c < 8; ++c)
        worksheet_write_string(overview, 0, lxw_col_t(c), header[c], nullptr);
    int row = 1;
    for (const Planner::Analysis::TargetOutcome &o : Planner::Analysis::assessTargets(projection, catalog)) {
        const Planner::Engine::Indicator *ind = catalog.indicator(o.indicatorId);
        worksheet_write_string(overview, lxw_row_t(row), 0, o.targetId.toUtf8().constData(), nullptr);
        worksheet_write_string(overview, lxw_row_t(row), 1, ind ? ind->nameZh.toUtf8().constData() : "", nullptr);
        worksheet_write_number(overview, lxw_row_t(row), 2, o.year, nullptr);
        if (o.value)
            worksheet_write_number(overview, lxw_row_t(row), 3, *o.value, nullptr);
        if (o.projected)
            worksheet_write_number(overview, lxw_row_t(row), 4, *o.projected, nullptr);
        if (o.gap)
            worksheet_write_number(overview, lxw_row_t(row), 5, *o.gap, nullptr);
        if (o.probability)
            worksheet_write_number(overview, lxw_row_t(row), 6, *o.probability, nullptr);
        worksheet_write_string(overview, lxw_row_t(row), 7, o.status.toUtf8().constData(), nullptr);
        ++row;
    }

    int sheetNumber = 0;
    lxw_worksheet *sheet = nullptr;
    int block = 0;
    for (const Planner::Engine::IndicatorResult &r : projection.result.indicators) {
        if (r.p50.isEmpty() && r.central.values.isEmpty())
            continue;
        // Two indicators to a sheet, as two to a page in the report.
        if (!sheet || block == 2) {
            sheet = workbook_add_worksheet(workbook, QStringLiteral("Charts %1").arg(++sheetNumber).toUtf8().constData());
            block = 0;
        }
        const QByteArray sheetName = QStringLiteral("Charts %1").arg(sheetNumber).toUtf8();
        const int top = block * 30;
        const char *columns[] = {"Year", "P10", "P50", "P90"};
        for (int c = 0; c < 4; ++c)
            worksheet_write_string(sheet, lxw_row_t(top), lxw_col_t(c), columns[c], nullptr);
        const int years = r.central.lastYear() - r.central.firstYear + 1;
        for (int i = 0; i < years; ++i) {
            const int year = r.central.firstYear + i;
            worksheet_write_number(sheet, lxw_row_t(top + 1 + i), 0, year, nullptr);
            worksheet_write_number(sheet, lxw_row_t(top + 1 + i), 2, r.p50At(year), nullptr);
            if (i < r.p10.size())
                worksheet_write_number(sheet, lxw_row_t(top + 1 + i), 1, r.p10.at(i), nullptr);
            if (i < r.p90.size())
                worksheet_write_number(sheet, lxw_row_t(top + 1 + i), 3, r.p90.at(i), nullptr);
        }
        lxw_chart *chart = workbook_add_chart(workbook, LXW_CHART_LINE);
        for (int c = 1; c <= 3; ++c) {
            lxw_chart_series *series = chart_add_series(chart, nullptr, nullptr);
            chart_series_set_categories(series, sheetName.constData(), lxw_row_t(top + 1), 0, lxw_row_t(top + years), 0);
            chart_series_set_values(series, sheetName.constData(), lxw_row_t(top + 1), lxw_col_t(c),
                                    lxw_row_t(top + years), lxw_col_t(c));
            chart_series_set_name_range(series, sheetName.constData(), lxw_row_t(top), lxw_col_t(c));
        }
        const Planner::Engine::Indicator *ind = catalog.indicator(r.id);
        const QByteArray title = ind ? ind->nameZh.toUtf8() : r.id.toUtf8();
        chart_title_set_name(chart, title.constData());
        worksheet_insert_chart(sheet, lxw_row_t(top), 5, chart);
        ++block;
    }
    return workbook_close(workbook) == LXW_NO_ERROR;
}
#endif

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")
        && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QTemporaryDir dir;
    Planner::Engine::ModuleRegistry modules;
    Planner::App::registerModules(modules);
    Planner::Engine::Catalog catalog;
    QString error;
    if (!dir.isValid() || !modules.buildCatalog(&catalog, &error))
        return 1;
    auto store = Planner::Storage::Store::open(dir.filePath(QStringLiteral("bench.sqlite")), catalog);
    if (!store.ok())
        return 1;
    const QString scenario = Planner::Storage::baselineScenarioName();

    Planner::Reports::ReportRequest request;
    request.scenarios = {scenario};
    request.chapter = QStringLiteral("all");
    QList<double> buildMs, writeMs, totalMs;
    int pages = 0;
    for (int run = 0; run < 5; ++run) {
        QElapsedTimer timer;
        timer.start();
        auto report = Planner::Reports::Report::build(*store.value(), modules, request);
        if (!report.ok())
            return 1;
        const double built = double(timer.nsecsElapsed()) / 1e6;
        const QString pdf = dir.filePath(QStringLiteral("full-%1.pdf").arg(run));
        if (!report.value().writePdf(pdf, true, &error))
            return 1;
        const double total = double(timer.nsecsElapsed()) / 1e6;
        buildMs.append(built);
        writeMs.append(total - built);
        totalMs.append(total);
        if (run == 0)
            pages = pdfPages(pdf);
    }
    out() << "Full-plan report, one scenario, 1,000 draws (median of 5 runs, in this process):" << Qt::endl;
    out() << QStringLiteral("  build (projection, assessment, goal-seek, text): %1 ms").arg(median(buildMs), 0, 'f', 0) << Qt::endl;
    out() << QStringLiteral("  lay out and write the PDF (%1 pages):           %2 ms").arg(pages).arg(median(writeMs), 0, 'f', 0) << Qt::endl;
    out() << QStringLiteral("  total:                                          %1 ms").arg(median(totalMs), 0, 'f', 0) << Qt::endl;

    // Scale: the same report of the plan and of the plan replicated 10
    // times (replicatedplan.h; the province and nine cities, each copy's
    // levers at their defaults), in this process, in turn, with the peak
    // memory of each run (the peak resident set reset before it).
    {
        Planner::Engine::ModuleRegistry tenfold;
        Planner::App::registerModules(tenfold);
        Planner::Benchmarks::addReplicas(tenfold, 10);
        Planner::Engine::Catalog tenfoldCatalog;
        if (!tenfold.buildCatalog(&tenfoldCatalog, &error)) {
            out() << error << Qt::endl;
            return 1;
        }
        auto tenfoldStore = Planner::Storage::Store::open(dir.filePath(QStringLiteral("bench10.sqlite")), tenfoldCatalog);
        if (!tenfoldStore.ok())
            return 1;
        struct Scale
        {
            const Planner::Engine::ModuleRegistry *modules;
            Planner::Storage::Store *store;
            qsizetype indicators;
            int pages = 0;
            QList<double> build, write, total, peak;
        };
        Scale scales[] = {{&modules, store.value().get(), catalog.indicators().size(), 0, {}, {}, {}, {}},
                          {&tenfold, tenfoldStore.value().get(), tenfoldCatalog.indicators().size(), 0, {}, {}, {}, {}}};
        for (int round = 0; round < 3; ++round) {
            for (Scale &scale : scales) {
                resetPeakMemory();
                QElapsedTimer timer;
                timer.start();
                auto report = Planner::Reports::Report::build(*scale.store, *scale.modules, request);
                if (!report.ok())
                    return 1;
                const double built = double(timer.nsecsElapsed()) / 1e6;
                const QString pdf = dir.filePath(QStringLiteral("scale.pdf"));
                if (!report.value().writePdf(pdf, true, &error))
                    return 1;
                const double total = double(timer.nsecsElapsed()) / 1e6;
                scale.build.append(built);
                scale.write.append(total - built);
                scale.total.append(total);
                scale.peak.append(peakMemoryMb());
                if (round == 0)
                    scale.pages = pdfPages(pdf);
            }
        }
        out() << "Scale: the plan and the plan x10, full-plan report in this process, 3 runs each in turn "
                 "(median [min-max]):" << Qt::endl;
        for (const Scale &scale : scales) {
            out() << QStringLiteral("  %1 indicators, %2 pages: build %3 ms, PDF %4 ms, total %5 ms, peak %6 MB")
                         .arg(scale.indicators)
                         .arg(scale.pages)
                         .arg(spread(scale.build, 0), spread(scale.write, 0), spread(scale.total, 0),
                              spread(scale.peak, 0))
                  << Qt::endl;
        }
        // Memory: the lowest peak of each (the first 1x run comes before any
        // 10x one; later runs start from what an earlier one left resident).
        out() << QStringLiteral("  10x / 1x (medians; memory: lowest peaks): build %1, PDF %2, total %3, peak memory %4 "
                                "(linear: 10 or less)")
                     .arg(median(scales[1].build) / median(scales[0].build), 0, 'f', 2)
                     .arg(median(scales[1].write) / median(scales[0].write), 0, 'f', 2)
                     .arg(median(scales[1].total) / median(scales[0].total), 0, 'f', 2)
                     .arg(*std::min_element(scales[1].peak.cbegin(), scales[1].peak.cend())
                              / *std::min_element(scales[0].peak.cbegin(), scales[0].peak.cend()), 0, 'f', 2)
              << Qt::endl;
    }

    // Whole processes, in turn in one loop so both see the same load: the
    // application writing the full-plan report, and (when installed) the
    // peer, LibreOffice converting a workbook of the same tables and charts.
    QString peerWorkbook;
    QString office;
#ifdef PLANNER_HAVE_XLSXWRITER
    {
        auto session = Planner::Analysis::ScenarioSession::load(*store.value(), modules, scenario);
        if (!session.ok())
            return 1;
        auto projection = Planner::Analysis::project(session.value(), {});
        if (!projection.ok())
            return 1;
        const QString xlsx = dir.filePath(QStringLiteral("plan.xlsx"));
        if (!writeWorkbook(xlsx, session.value(), projection.value()))
            return 1;
        peerWorkbook = xlsx;
    }
    office = QStandardPaths::findExecutable(QStringLiteral("soffice"));
    if (office.isEmpty())
        office = QStandardPaths::findExecutable(QStringLiteral("libreoffice"));
#endif
    const QString profile = QStringLiteral("-env:UserInstallation=file://") + dir.filePath(QStringLiteral("lo-profile"));
    const QString database = dir.filePath(QStringLiteral("bench.sqlite"));
    // The application: the one built with the tree, or another build of it
    // named as the first argument.
    const QString application = QCoreApplication::arguments().value(1, QStringLiteral(PLANNER_BINARY));
    out() << "Application: " << application << Qt::endl;
    const auto reportRun = [&](int run) {
        return timedProcess(application,
                            {QStringLiteral("--db"), database, QStringLiteral("report"), QStringLiteral("--scenario"),
                             scenario, QStringLiteral("--chapter"), QStringLiteral("all"), QStringLiteral("-o"),
                             dir.filePath(QStringLiteral("process-%1.pdf").arg(run)), QStringLiteral("--force")},
                            dir.path());
    };
    const auto peerRun = [&] {
        return timedProcess(office, {profile, QStringLiteral("--headless"), QStringLiteral("--convert-to"),
                                     QStringLiteral("pdf"), QStringLiteral("--outdir"), dir.path(), peerWorkbook},
                            dir.path());
    };
    const bool peer = !office.isEmpty() && !peerWorkbook.isEmpty();
    // Unmeasured first runs: the peer's new profile, files into the cache.
    reportRun(-1);
    if (peer)
        peerRun();
    QList<double> processMs, processMb, peerMs, peerMb, ratio;
    for (int run = 0; run < 5; ++run) {
        const Timed a = reportRun(run);
        if (!a.ok)
            return 1;
        processMs.append(a.ms);
        processMb.append(a.megabytes);
        if (!peer)
            continue;
        const Timed b = peerRun();
        if (!b.ok)
            return 1;
        peerMs.append(b.ms);
        peerMb.append(b.megabytes);
        ratio.append(b.ms / a.ms);
    }
    out() << "Whole processes, 5 runs each, in turn (median [min-max]):" << Qt::endl;
    out() << "  jilin-planner report, full plan:   " << spread(processMs, 0) << " ms, peak " << spread(processMb, 0)
          << " MB" << Qt::endl;
    if (!peer) {
        out() << "  LibreOffice peer skipped: "
              << (peerWorkbook.isEmpty() ? "built without libxlsxwriter (no workbook)" : "soffice not found")
              << " (apt-get install libxlsxwriter-dev libreoffice-calc-nogui to compare)." << Qt::endl;
        return 0;
    }
    out() << "  LibreOffice Calc, xlsx -> PDF:     " << spread(peerMs, 0) << " ms, peak " << spread(peerMb, 0) << " MB"
          << Qt::endl;
    out() << "  peer / report, run by run:         " << spread(ratio, 2) << " x faster" << Qt::endl;
    return 0;
}
