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
                             QStringLiteral("rate_ratio"), QStringLiteral("rate_class"), QStringLiteral("origin")}};
    for (const ScenarioTables &t : tables) {
        for (const Analysis::TargetOutcome &o : t.outcomes) {
            const Engine::Indicator *ind = t.catalog.indicator(o.indicatorId);
            rows.append({escapeSpreadsheetText(t.scenario), escapeSpreadsheetText(ind ? ind->chapterId : QString()),
                         escapeSpreadsheetText(o.targetId), escapeSpreadsheetText(o.indicatorId),
                         escapeSpreadsheetText(ind ? ind->unitZh : QString()), QString::number(o.year),
                         escapeSpreadsheetText(o.kind), numberText(o.value), numberText(o.projected),
                         numberText(o.gap), numberText(o.probability), escapeSpreadsheetText(o.status),
                         numberText(o.rateRatio), escapeSpreadsheetText(o.rateClass),
                         escapeSpreadsheetText(o.origin)});
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

void writeSummaryHeader(Sheet sheet)
{
    const QStringList headers{Tr::tr("Scenario"), Tr::tr("Chapter"), Tr::tr("Target"), Tr::tr("Indicator"),
                              Tr::tr("Unit"), Tr::tr("Year"), Tr::tr("Kind"), Tr::tr("Target value (in the unit)"),
                              Tr::tr("Projected P50 (in the unit)"), Tr::tr("Target minus P50 (in the unit)"),
                              Tr::tr("Probability (0-1)"), Tr::tr("Status"), Tr::tr("Trend ratio R"),
                              Tr::tr("Observed trend so far"), Tr::tr("Whose target")};
    for (int c = 0; c < headers.size(); ++c)
        sheet.text(0, c, headers.at(c), true);
    worksheet_freeze_panes(sheet.get(), 1, 0);
    worksheet_set_column(sheet.get(), 0, 3, 18, nullptr);
}

// Appends one scenario's assessments from `row` on; returns the next free row.
int writeSummaryRows(Sheet sheet, int row, const ScenarioTables &t, bool chinese)
{
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
        sheet.text(row, 14, Analysis::Wording::originLabel(o.origin));
        ++row;
    }
    return row;
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

void writeTidyHeader(Sheet sheet, const QStringList &header)
{
    for (int c = 0; c < header.size(); ++c)
        sheet.text(0, c, header.at(c), true);
    worksheet_freeze_panes(sheet.get(), 1, 0);
}

// Appends trajectory rows (without their header) from `row` on; returns the next free row.
int writeTidyRows(Sheet sheet, int row, const QList<QStringList> &rows)
{
    for (int i = 1; i < rows.size(); ++i, ++row) {
        const QStringList &cells = rows.at(i);
        for (int c = 0; c < 3; ++c)  // already escaped by trajectoryTable: write as is
            worksheet_write_string(sheet.get(), lxw_row_t(row), lxw_col_t(c), cells.at(c).toUtf8().constData(), nullptr);
        for (int c = 3; c < cells.size(); ++c) {
            if (!cells.at(c).isEmpty())
                sheet.number(row, c, cells.at(c).toDouble());
        }
    }
    return row;
}

} // namespace

struct TableFileWriter::Private
{
    Format format;
    bool chinese = true;
    bool several = false;
    bool overwrite = false;
    std::unique_ptr<OutputFile> file;         // the trajectories (CSV) or the workbook
    std::unique_ptr<OutputFile> assessments;  // CSV only
    lxw_workbook *workbook = nullptr;
    lxw_format *header = nullptr;
    QSet<QString> usedSheetNames;
    lxw_worksheet *summary = nullptr;
    lxw_worksheet *tidy = nullptr;
    int summaryRow = 1;
    int tidyRow = 1;
    int added = 0;

    Sheet sheet(lxw_worksheet *s) const { return Sheet(s, header); }
    lxw_worksheet *addSheet(const QString &name)
    {
        return workbook_add_worksheet(workbook, sheetName(name, usedSheetNames).toUtf8().constData());
    }
    // Appends CSV rows without the byte order mark after the first chunk.
    static bool append(OutputFile &to, const QList<QStringList> &rows, bool first)
    {
        const QByteArray bytes = writeCsv(rows);
        const QByteArray body = first ? bytes : bytes.mid(3);
        return to.write(body) == body.size();
    }
};

TableFileWriter::TableFileWriter(Format format, const QString &path, bool overwrite, bool chinese, bool severalScenarios)
    : d(new Private)
{
    d->format = format;
    d->chinese = chinese;
    d->several = severalScenarios;
    d->overwrite = overwrite;
    d->file = std::make_unique<OutputFile>(path, overwrite);
    if (format == Format::Csv)
        d->assessments = std::make_unique<OutputFile>(assessmentCsvPath(path), overwrite);
}

TableFileWriter::~TableFileWriter()
{
    if (d->workbook)
        workbook_close(d->workbook);  // frees it; the temporary file is discarded below
}

bool TableFileWriter::open(QString *error)
{
    // Both targets are checked before either temporary file is made.
    if (!checkOutputPath(d->file->targetPath(), d->overwrite, error)
        || (d->assessments && !checkOutputPath(d->assessments->targetPath(), d->overwrite, error)))
        return false;
    if (!d->file->openForWriting(error))
        return false;
    if (d->assessments && !d->assessments->openForWriting(error)) {
        d->file->discard();
        return false;
    }
    if (d->format == Format::Csv) {
        const QStringList trajectoryHeader = trajectoryTable({}).first();
        const QStringList assessmentHeader = assessmentTable({}).first();
        Private::append(*d->file, {trajectoryHeader}, true);
        Private::append(*d->assessments, {assessmentHeader}, true);
        return true;
    }
    // libxlsxwriter writes the workbook into our temporary file by its name;
    // commit() then syncs and renames it. Constant-memory mode writes every
    // row out as it is finished, so memory does not grow with the rows.
    lxw_workbook_options options{};
    options.constant_memory = LXW_TRUE;
    d->workbook = workbook_new_opt(QFile::encodeName(d->file->temporaryPath()).constData(), &options);
    if (!d->workbook) {
        *error = Tr::tr("Cannot create the workbook.");
        d->file->discard();
        return false;
    }
    d->header = workbook_add_format(d->workbook);
    format_set_bold(d->header);
    d->summary = d->addSheet(Tr::tr("Assessment"));
    writeSummaryHeader(d->sheet(d->summary));
    if (d->several) {
        d->tidy = d->addSheet(Tr::tr("Trajectories"));
        writeTidyHeader(d->sheet(d->tidy), trajectoryTable({}).first());
    }
    return true;
}

bool TableFileWriter::add(const ScenarioTables &tables, QString *error)
{
    if (!d->file->isOpen() && !d->workbook) {
        *error = d->file->failure();
        return false;
    }
    if (d->format == Format::Csv) {
        QList<QStringList> trajectories = trajectoryTable({tables});
        trajectories.removeFirst();
        QList<QStringList> assessments = assessmentTable({tables});
        assessments.removeFirst();
        if (!Private::append(*d->file, trajectories, false) || !Private::append(*d->assessments, assessments, false)) {
            *error = !d->file->failure().isEmpty() ? d->file->failure() : d->assessments->failure();
            return false;
        }
        ++d->added;
        return true;
    }
    if (!d->several && d->added > 0) {
        *error = Tr::tr("A workbook of one scenario holds one scenario.");
        return false;
    }
    d->summaryRow = writeSummaryRows(d->sheet(d->summary), d->summaryRow, tables, d->chinese);
    if (d->several) {
        d->tidyRow = writeTidyRows(d->sheet(d->tidy), d->tidyRow, trajectoryTable({tables}));
    } else {
        for (const Engine::Chapter &chapter : tables.catalog.chapters())
            writeChapter(d->sheet(d->addSheet(d->chinese ? QString(chapter.numeral + QStringLiteral("、") + chapter.nameZh)
                                                         : chapter.nameEn)),
                         tables, chapter, d->chinese);
    }
    ++d->added;
    return true;
}

bool TableFileWriter::finish(QString *error)
{
    if (d->format == Format::Csv)
        return OutputFile::commitTogether({d->file.get(), d->assessments.get()}, error);
    const lxw_error closed = workbook_close(d->workbook);
    d->workbook = nullptr;
    if (closed != LXW_NO_ERROR) {
        *error = Tr::tr("Writing the workbook failed: %1").arg(QString::fromUtf8(lxw_strerror(closed)));
        d->file->discard();
        return false;
    }
    return d->file->commit(error);
}

bool writeCsvTables(const QList<ScenarioTables> &tables, const QString &path, bool overwrite, QString *error)
{
    TableFileWriter writer(TableFileWriter::Format::Csv, path, overwrite, true, tables.size() > 1);
    if (!writer.open(error))
        return false;
    for (const ScenarioTables &t : tables)
        if (!writer.add(t, error))
            return false;
    return writer.finish(error);
}

bool writeXlsxTables(const QList<ScenarioTables> &tables, const QString &path, bool overwrite, bool chinese,
                     QString *error)
{
    TableFileWriter writer(TableFileWriter::Format::Xlsx, path, overwrite, chinese, tables.size() > 1);
    if (!writer.open(error))
        return false;
    for (const ScenarioTables &t : tables)
        if (!writer.add(t, error))
            return false;
    return writer.finish(error);
}

} // namespace Planner::Exchange
