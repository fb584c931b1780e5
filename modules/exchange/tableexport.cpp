// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "exchange/tableexport.h"

#include "analysis/wording.h"

#include "exchange/csvtable.h"
#include "exchange/exchangetr.h"
#include "exchange/outputfile.h"

#include "analysis/scenariosession.h"

#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QSet>
#include <QTemporaryDir>

#include <xlsxwriter.h>

#include <cmath>

namespace Planner::Exchange {

namespace {

QString numberText(double v)
{
    return std::isfinite(v) ? QString::number(v, 'g', QLocale::FloatingPointShortest) : QString();
}

QString numberText(const std::optional<double> &v)
{
    return v ? numberText(*v) : QString();
}

double seriesAt(const QList<double> &values, const Engine::IndicatorResult &r, int year)
{
    const QList<double> &list = values.isEmpty() ? r.central.values : values;
    const qsizetype i = year - r.central.firstYear;
    return i >= 0 && i < list.size() ? list.at(i) : std::nan("");
}

std::optional<double> observedAt(const Engine::IndicatorResult &r, int year)
{
    for (const Engine::YearPoint &p : r.observed) {
        if (p.year == year)
            return p.value;
    }
    return std::nullopt;
}

// The years of a run, from the first with data to its end.
QList<int> yearsOf(const Engine::RunResult &run)
{
    return run.years();
}

} // namespace

std::optional<ScenarioTables> computeTables(const Storage::Store &store, const Engine::ModuleRegistry &modules,
                                            const QString &scenario, const Analysis::ProjectionRequest &request,
                                            QString *error)
{
    auto session = Analysis::ScenarioSession::load(store, modules, scenario);
    if (!session.ok()) {
        *error = session.error().message;
        return std::nullopt;
    }
    auto projection = Analysis::project(session.value(), request);
    if (!projection.ok()) {
        *error = projection.error().message;
        return std::nullopt;
    }
    ScenarioTables tables;
    tables.scenario = session.value().scenario().name;
    tables.catalog = session.value().catalog();
    tables.projection = projection.takeValue();
    tables.outcomes = Analysis::assessTargets(tables.projection, tables.catalog);
    return tables;
}

QList<QStringList> trajectoryTable(const QList<ScenarioTables> &tables)
{
    QList<QStringList> rows{{QStringLiteral("scenario"), QStringLiteral("chapter"), QStringLiteral("indicator"),
                             QStringLiteral("year"), QStringLiteral("P10"), QStringLiteral("P50"), QStringLiteral("P90"),
                             QStringLiteral("observed")}};
    for (const ScenarioTables &t : tables) {
        const Engine::RunResult &run = t.projection.result;
        for (const Engine::IndicatorResult &r : run.indicators) {
            const Engine::Indicator *ind = t.catalog.indicator(r.id);
            for (int year : yearsOf(run)) {
                const double p10 = seriesAt(r.p10, r, year);
                const double p50 = seriesAt(r.p50, r, year);
                const double p90 = seriesAt(r.p90, r, year);
                const std::optional<double> observed = observedAt(r, year);
                if (!std::isfinite(p10) && !std::isfinite(p50) && !std::isfinite(p90) && !observed)
                    continue;
                rows.append({escapeSpreadsheetText(t.scenario), escapeSpreadsheetText(ind ? ind->chapterId : QString()),
                             escapeSpreadsheetText(r.id), QString::number(year), numberText(p10), numberText(p50),
                             numberText(p90), numberText(observed)});
            }
        }
    }
    return rows;
}

QList<QStringList> assessmentTable(const QList<ScenarioTables> &tables)
{
    QList<QStringList> rows{{QStringLiteral("scenario"), QStringLiteral("chapter"), QStringLiteral("target"),
                             QStringLiteral("indicator"), QStringLiteral("unit"), QStringLiteral("year"),
                             QStringLiteral("kind"), QStringLiteral("target_value"), QStringLiteral("p50"),
                             QStringLiteral("gap"), QStringLiteral("probability"), QStringLiteral("status"),
                             QStringLiteral("rate_ratio"), QStringLiteral("rate_class")}};
    for (const ScenarioTables &t : tables) {
        for (const Analysis::TargetOutcome &o : t.outcomes) {
            const Engine::Indicator *ind = t.catalog.indicator(o.indicatorId);
            rows.append({escapeSpreadsheetText(t.scenario), escapeSpreadsheetText(ind ? ind->chapterId : QString()),
                         escapeSpreadsheetText(o.targetId), escapeSpreadsheetText(o.indicatorId),
                         escapeSpreadsheetText(ind ? ind->unitZh : QString()), QString::number(o.year),
                         escapeSpreadsheetText(o.kind), numberText(o.value), numberText(o.projected),
                         numberText(o.gap), numberText(o.probability), escapeSpreadsheetText(o.status),
                         numberText(o.rateRatio), escapeSpreadsheetText(o.rateClass)});
        }
    }
    return rows;
}

QString assessmentCsvPath(const QString &trajectoryPath)
{
    const QFileInfo info(trajectoryPath);
    const QString suffix = info.suffix();
    const QString stem = suffix.isEmpty() ? trajectoryPath : trajectoryPath.chopped(suffix.size() + 1);
    return QString(stem + QStringLiteral(".assessments.csv"));
}

bool writeCsvTables(const QList<ScenarioTables> &tables, const QString &path, bool overwrite, QString *error)
{
    const QString assessments = assessmentCsvPath(path);
    if (!checkOutputPath(path, overwrite, error) || !checkOutputPath(assessments, overwrite, error))
        return false;
    return writeOutputFile(path, writeCsv(trajectoryTable(tables)), overwrite, error)
           && writeOutputFile(assessments, writeCsv(assessmentTable(tables)), overwrite, error);
}

namespace {

// A worksheet being written: strings as UTF-8, escaped; numbers as numbers.
class Sheet
{
public:
    Sheet(lxw_worksheet *sheet, lxw_format *header) : m_sheet(sheet), m_header(header) {}

    void text(int row, int column, const QString &value, bool header = false)
    {
        if (value.isEmpty())
            return;
        worksheet_write_string(m_sheet, lxw_row_t(row), lxw_col_t(column),
                               escapeSpreadsheetText(value).toUtf8().constData(), header ? m_header : nullptr);
    }
    void number(int row, int column, double value)
    {
        if (std::isfinite(value))
            worksheet_write_number(m_sheet, lxw_row_t(row), lxw_col_t(column), value, nullptr);
    }
    void number(int row, int column, const std::optional<double> &value)
    {
        if (value)
            number(row, column, *value);
    }
    void headerNumber(int row, int column, double value)
    {
        worksheet_write_number(m_sheet, lxw_row_t(row), lxw_col_t(column), value, m_header);
    }
    lxw_worksheet *get() const { return m_sheet; }

private:
    lxw_worksheet *m_sheet;
    lxw_format *m_header;
};

// A sheet name Excel accepts: at most 31 characters, none of []:*?/\ and unique.
QString sheetName(QString name, QSet<QString> &used)
{
    for (const QChar c : {u'[', u']', u':', u'*', u'?', u'/', u'\\'})
        name.replace(c, u' ');
    name = name.left(31).trimmed();
    if (name.isEmpty())
        name = QStringLiteral("Sheet");
    QString candidate = name;
    for (int n = 2; used.contains(candidate.toLower()); ++n) {
        const QString suffix = QStringLiteral(" (%1)").arg(n);
        candidate = QString(name.left(31 - suffix.size()) + suffix);
    }
    used.insert(candidate.toLower());
    return candidate;
}

void writeSummary(Sheet sheet, const QList<ScenarioTables> &tables, bool chinese)
{
    const QStringList headers{Tr::tr("Scenario"), Tr::tr("Chapter"), Tr::tr("Target"), Tr::tr("Indicator"),
                              Tr::tr("Unit"), Tr::tr("Year"), Tr::tr("Kind"), Tr::tr("Target value (in the unit)"),
                              Tr::tr("Projected P50 (in the unit)"), Tr::tr("Target minus P50 (in the unit)"),
                              Tr::tr("Probability (0-1)"), Tr::tr("Status"), Tr::tr("Trend ratio R"),
                              Tr::tr("Trend class")};
    for (int c = 0; c < headers.size(); ++c)
        sheet.text(0, c, headers.at(c), true);
    int row = 1;
    for (const ScenarioTables &t : tables) {
        for (const Analysis::TargetOutcome &o : t.outcomes) {
            const Engine::Indicator *ind = t.catalog.indicator(o.indicatorId);
            const Engine::Chapter *chapter = ind ? t.catalog.chapter(ind->chapterId) : nullptr;
            sheet.text(row, 0, t.scenario);
            sheet.text(row, 1, chapter ? Analysis::Wording::chapterTitle(*chapter) : QString());
            sheet.text(row, 2, o.targetId);
            sheet.text(row, 3, ind ? (chinese ? ind->nameZh : ind->nameEn) : o.indicatorId);
            sheet.text(row, 4, ind ? (chinese ? ind->unitZh : ind->unitEn) : QString());
            sheet.number(row, 5, double(o.year));
            const Engine::Target *target = t.catalog.target(o.targetId);
            // Words, not codes: the workbook is read by people (the CSV keeps the codes).
            sheet.text(row, 6, target ? Analysis::Wording::kindLabel(target->kind) : o.kind);
            sheet.number(row, 7, o.value);
            sheet.number(row, 8, o.projected);
            sheet.number(row, 9, o.gap);
            sheet.number(row, 10, o.probability);
            sheet.text(row, 11, Analysis::Wording::statusLabel(o.status));
            sheet.number(row, 12, o.rateRatio);
            sheet.text(row, 13, Analysis::Wording::rateClassLabel(o.rateClass));
            ++row;
        }
    }
    worksheet_freeze_panes(sheet.get(), 1, 0);
    worksheet_set_column(sheet.get(), 0, 3, 18, nullptr);
}

void writeChapter(Sheet sheet, const ScenarioTables &t, const Engine::Chapter &chapter, bool chinese)
{
    const Engine::RunResult &run = t.projection.result;
    const QList<int> years = yearsOf(run);
    sheet.text(0, 0, Tr::tr("Indicator id"), true);
    sheet.text(0, 1, Tr::tr("Indicator (unit)"), true);
    sheet.text(0, 2, Tr::tr("Series"), true);
    for (int i = 0; i < years.size(); ++i)
        sheet.headerNumber(0, 3 + i, years.at(i));
    int row = 1;
    for (const Engine::Indicator *ind : t.catalog.indicatorsOf(chapter.id)) {
        const Engine::IndicatorResult *r = run.find(ind->id);
        if (!r)
            continue;
        const QString label = QStringLiteral("%1（%2）").arg(chinese ? ind->nameZh : ind->nameEn,
                                                           chinese ? ind->unitZh : ind->unitEn);
        const QList<std::pair<QString, const QList<double> *>> series{
            {Tr::tr("observed"), nullptr}, {QStringLiteral("P10"), &r->p10}, {QStringLiteral("P50"), &r->p50},
            {QStringLiteral("P90"), &r->p90}};
        for (const auto &[name, values] : series) {
            sheet.text(row, 0, ind->id);
            sheet.text(row, 1, label);
            sheet.text(row, 2, name);
            for (int i = 0; i < years.size(); ++i) {
                if (values)
                    sheet.number(row, 3 + i, seriesAt(*values, *r, years.at(i)));
                else
                    sheet.number(row, 3 + i, observedAt(*r, years.at(i)));
            }
            ++row;
        }
    }
    worksheet_freeze_panes(sheet.get(), 1, 3);
    worksheet_set_column(sheet.get(), 0, 0, 24, nullptr);
    worksheet_set_column(sheet.get(), 1, 1, 36, nullptr);
}

void writeTidy(Sheet sheet, const QList<ScenarioTables> &tables)
{
    const QList<QStringList> rows = trajectoryTable(tables);
    for (int c = 0; c < rows.first().size(); ++c)
        sheet.text(0, c, rows.first().at(c), true);
    for (int i = 1; i < rows.size(); ++i) {
        const QStringList &cells = rows.at(i);
        for (int c = 0; c < 3; ++c)  // already escaped by trajectoryTable: write as is
            worksheet_write_string(sheet.get(), lxw_row_t(i), lxw_col_t(c), cells.at(c).toUtf8().constData(), nullptr);
        for (int c = 3; c < cells.size(); ++c) {
            if (!cells.at(c).isEmpty())
                sheet.number(i, c, cells.at(c).toDouble());
        }
    }
    worksheet_freeze_panes(sheet.get(), 1, 0);
}

} // namespace

bool writeXlsxTables(const QList<ScenarioTables> &tables, const QString &path, bool overwrite, bool chinese,
                     QString *error)
{
    if (!checkOutputPath(path, overwrite, error))
        return false;
    QTemporaryDir temporary;
    if (!temporary.isValid()) {
        *error = Tr::tr("Cannot create a temporary folder: %1").arg(temporary.errorString());
        return false;
    }
    const QString scratch = temporary.filePath(QStringLiteral("tables.xlsx"));
    lxw_workbook *workbook = workbook_new(QFile::encodeName(scratch).constData());
    if (!workbook) {
        *error = Tr::tr("Cannot create the workbook.");
        return false;
    }
    lxw_format *header = workbook_add_format(workbook);
    format_set_bold(header);
    QSet<QString> used;
    const auto addSheet = [&](const QString &name) {
        return Sheet(workbook_add_worksheet(workbook, sheetName(name, used).toUtf8().constData()), header);
    };
    writeSummary(addSheet(Tr::tr("Assessment")), tables, chinese);
    if (tables.size() == 1) {
        const ScenarioTables &t = tables.first();
        for (const Engine::Chapter &chapter : t.catalog.chapters())
            writeChapter(addSheet(chinese ? QString(chapter.numeral + QStringLiteral("、") + chapter.nameZh) : chapter.nameEn),
                         t, chapter, chinese);
    } else {
        writeTidy(addSheet(Tr::tr("Trajectories")), tables);
    }
    const lxw_error closed = workbook_close(workbook);
    if (closed != LXW_NO_ERROR) {
        *error = Tr::tr("Writing the workbook failed: %1").arg(QString::fromUtf8(lxw_strerror(closed)));
        return false;
    }
    QFile written(scratch);
    if (!written.open(QIODevice::ReadOnly)) {
        *error = Tr::tr("Writing the workbook failed: %1").arg(written.errorString());
        return false;
    }
    return writeOutputFile(path, written.readAll(), overwrite, error);
}

} // namespace Planner::Exchange
