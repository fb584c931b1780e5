// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/projection.h"
#include "analysis/targetoutcomes.h"

#include "engine/catalog.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace Planner::Engine { class ModuleRegistry; }
namespace Planner::Storage { class Store; }

namespace Planner::Exchange {

// One scenario's projection and assessment, ready to be written as tables.
struct ScenarioTables
{
    QString scenario;
    Engine::Catalog catalog;              // as the scenario sees it
    Analysis::Projection projection;
    QList<Analysis::TargetOutcome> outcomes;
};

// Projects a stored scenario (analysis layer: ScenarioSession, project,
// assessTargets) for the tables.
std::optional<ScenarioTables> computeTables(const Storage::Store &store, const Engine::ModuleRegistry &modules,
                                            const QString &scenario, const Analysis::ProjectionRequest &request,
                                            QString *error);

// The tidy trajectory table: a header row "scenario, chapter, indicator,
// year, P10, P50, P90, observed" (chapter and indicator by id), then one row
// per scenario, indicator and year that has a value. Numbers in their
// shortest exact form (C locale), empty where there is none; text escaped
// against formula injection.
QList<QStringList> trajectoryTable(const QList<ScenarioTables> &tables);

// Every target's assessment: "scenario, chapter, target, indicator, unit,
// year, kind, target_value, p50, gap, probability, status, rate_ratio,
// rate_class", one row per scenario and target.
QList<QStringList> assessmentTable(const QList<ScenarioTables> &tables);

// The file the assessments go to beside a CSV of trajectories:
// "out.csv" -> "out.assessments.csv".
QString assessmentCsvPath(const QString &trajectoryPath);

// Tables written one scenario at a time, so that memory does not grow with
// the number of scenarios (export --all-scenarios): open(), add() for each
// scenario (its projection can be dropped after), finish(). CSV: the
// trajectories to `path`, the assessments beside it (assessmentCsvPath), the
// two replaced as one unit (OutputFile::commitTogether). XLSX: written by
// libxlsxwriter in constant-memory mode straight into the OutputFile's
// temporary file; for one scenario (severalScenarios false) the summary and
// a sheet per chapter, for several the summary and one tidy sheet. Nothing
// is replaced unless finish() succeeds.
class TableFileWriter final
{
public:
    enum class Format { Csv, Xlsx };
    TableFileWriter(Format format, const QString &path, bool overwrite, bool chinese, bool severalScenarios);
    ~TableFileWriter();
    Q_DISABLE_COPY_MOVE(TableFileWriter)

    bool open(QString *error);
    bool add(const ScenarioTables &tables, QString *error);
    bool finish(QString *error);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

// Writes the trajectory table to `path` and the assessments beside it, both
// CSV (UTF-8 with a byte order mark). Refuses existing files unless
// `overwrite`; writes neither when either is refused or fails (one unit).
bool writeCsvTables(const QList<ScenarioTables> &tables, const QString &path, bool overwrite, QString *error);

// Writes an XLSX workbook (libxlsxwriter): for one scenario a sheet per
// chapter (indicators by rows: observed, P10, P50, P90; years by columns;
// the unit in the row's header) and a summary sheet of every target's
// assessment; for several scenarios one tidy sheet as trajectoryTable() and
// the summary. Numbers are numbers. Through TableFileWriter: whole or not at all.
bool writeXlsxTables(const QList<ScenarioTables> &tables, const QString &path, bool overwrite, bool chinese,
                     QString *error);

} // namespace Planner::Exchange
