// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/scenariocontents.h"

#include <QByteArray>
#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>

namespace Planner::Exchange {

// A scenario file: one scenario's whole contents as JSON, for another
// desk or another database.
//
//   {"format": "jilin-planner-scenario", "schemaVersion": 1,
//    "name", "author", "notes",
//    "catalog": {"indicators": [...], "levers": [...], "targets": [...], "tasks": [...]},
//    "levers": {lever: {year: value}},
//    "leverUncertainty" / "baselineUncertainty": {id: {"kind", "spread"}},
//    "baselineOverrides": {indicator: {"year", "value", "source"}},
//    "targetOverrides": {target: {"year", "value", "tolerance"}},
//    "observed": {indicator: [{"year", "value", "source"}]},
//    "projections": {indicator: {"method", "parameters"}},
//    "taskProgress": {task: {"status", "progress", "evidence"}}: the
//    province's record of a task; a task that cities have records of holds a
//    list instead, [{"status", "progress", "evidence"}, {"city", "status",
//    "progress", "evidence"}, ...] (the province's first, when it has one,
//    then the cities' by name),
//    "cityShares": {target: [{"city", "share"}]},
//    "cityObserved": {indicator: [{"city", "year", "value", "source"}]}
//    (the cities' observed values; optional on reading),
//    "leverBases": {lever: {"zh", "en"}}}   (the document a lever's setting
//    follows; optional on reading, as files of earlier versions lack it)
//
// "catalog" lists every catalog id the file refers to, so a reader can say
// what it does not know before reading further. Keys are written sorted and
// numbers in their shortest exact form, so export -> import -> export gives
// the same bytes apart from the name.
inline constexpr char kScenarioFormat[] = "jilin-planner-scenario";
inline constexpr int kScenarioSchemaVersion = 1;

struct ScenarioFile
{
    QString name;
    Storage::ScenarioContents contents;
};

// The catalog ids a file refers to, or an application knows.
struct CatalogIds
{
    QSet<QString> indicators;
    QSet<QString> levers;
    QSet<QString> targets;
    QSet<QString> tasks;
};

QByteArray writeScenarioFile(const ScenarioFile &file);

// Reads a scenario file, checking its format, schema version and every
// field's type; *error names the field ("observed.forest_coverage[2].year").
// Refuses a newer schemaVersion, JSON of another program, and text that is
// not JSON (truncated, too deeply nested, not UTF-8).
std::optional<ScenarioFile> readScenarioFile(const QByteArray &bytes, QString *error);

// Every catalog id the contents refer to.
CatalogIds referencedIds(const Storage::ScenarioContents &contents);

// The ids in `used` that `known` lacks, as "lever x", "indicator y" ..., sorted.
QStringList unknownIds(const CatalogIds &used, const CatalogIds &known);

} // namespace Planner::Exchange
