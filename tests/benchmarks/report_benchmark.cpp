// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

// Times the full-plan report (issue 7: under 3 s) and, beside it, LibreOffice
// turning a spreadsheet of the same tables and charts into a PDF. Prints
// figures; asserts nothing. See README.md.

#include "modules.h"
#include "analysis/projection.h"
#include "analysis/scenariosession.h"
#include "analysis/targetoutcomes.h"
#include "engine/registry.h"
#include "reports/report.h"
#include "storage/store.h"

#include <QApplication>
#include <QElapsedTimer>
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
    const QString scenario = QStringLiteral("现状趋势情景");

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
        if (run == 0) {
            QProcess info;
            info.start(QStringLiteral("pdfinfo"), {pdf});
            info.waitForFinished();
            const QString text = QString::fromUtf8(info.readAllStandardOutput());
            const qsizetype at = text.indexOf(QStringLiteral("Pages:"));
            pages = at < 0 ? 0 : text.mid(at + 6).split(u'\n').first().trimmed().toInt();
        }
    }
    out() << "Full-plan report, one scenario, 1,000 draws (median of 5 runs, in this process):" << Qt::endl;
    out() << QStringLiteral("  build (projection, assessment, goal-seek, text): %1 ms").arg(median(buildMs), 0, 'f', 0) << Qt::endl;
    out() << QStringLiteral("  lay out and write the PDF (%1 pages):           %2 ms").arg(pages).arg(median(writeMs), 0, 'f', 0) << Qt::endl;
    out() << QStringLiteral("  total:                                          %1 ms").arg(median(totalMs), 0, 'f', 0) << Qt::endl;

#ifdef PLANNER_HAVE_XLSXWRITER
    auto session = Planner::Analysis::ScenarioSession::load(*store.value(), modules, scenario);
    if (!session.ok())
        return 1;
    auto projection = Planner::Analysis::project(session.value(), {});
    if (!projection.ok())
        return 1;
    const QString xlsx = dir.filePath(QStringLiteral("plan.xlsx"));
    if (!writeWorkbook(xlsx, session.value(), projection.value()))
        return 1;
    const QString office = QStandardPaths::findExecutable(QStringLiteral("libreoffice"));
    if (office.isEmpty()) {
        out() << "LibreOffice is not installed: apt-get install libreoffice-calc-nogui to compare." << Qt::endl;
        return 0;
    }
    const QString profile = QStringLiteral("-env:UserInstallation=file://") + dir.filePath(QStringLiteral("lo-profile"));
    QList<double> officeMs;
    double coldMs = 0.0;
    for (int run = 0; run < 4; ++run) {
        QElapsedTimer timer;
        timer.start();
        const int code = QProcess::execute(office, {profile, QStringLiteral("--headless"), QStringLiteral("--convert-to"),
                                                    QStringLiteral("pdf"), QStringLiteral("--outdir"), dir.path(), xlsx});
        const double ms = double(timer.nsecsElapsed()) / 1e6;
        if (code != 0)
            return 1;
        if (run == 0)
            coldMs = ms;
        else
            officeMs.append(ms);
    }
    out() << "LibreOffice Calc, the same tables and one chart per indicator, xlsx -> PDF (whole process):" << Qt::endl;
    out() << QStringLiteral("  first run (new profile): %1 ms").arg(coldMs, 0, 'f', 0) << Qt::endl;
    out() << QStringLiteral("  median of 3 more:        %1 ms").arg(median(officeMs), 0, 'f', 0) << Qt::endl;
    out() << QStringLiteral("Ratio LibreOffice / report: %1").arg(median(officeMs) / median(totalMs), 0, 'f', 1) << Qt::endl;
#else
    out() << "Built without libxlsxwriter: no LibreOffice comparison." << Qt::endl;
#endif
    return 0;
}
