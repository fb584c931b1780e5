// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/storeerror.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace Planner::Storage {

class Store;

// A scenario's changes to the catalog, as stored (the catalog the engine
// sees has them applied already; reports list them).
struct BaselineOverrideRow
{
    QString indicatorId;
    int year = 0;
    double value = 0.0;
    QString source;
};

struct TargetOverrideRow
{
    QString targetId;
    int year = 0;
    std::optional<double> value;
    std::optional<double> tolerance;
};

struct StoredOverrides
{
    QList<BaselineOverrideRow> baselines;  // by indicator id
    QList<TargetOverrideRow> targets;      // by target id
};

Result<StoredOverrides> loadOverrides(const Store &store, qint64 scenarioId);

// The fingerprint of a scenario's inputs, printed on every page of a report
// so that paper can be traced to the stored state it came from.
//
// The rule (README, "Reports"): every row the scenario owns in the nine
// per-scenario tables is written as one line
//     <table> TAB <column 2> TAB <column 3> ...
// with the columns in schema order after scenario_id: lever_settings
// (lever_id, year, value), lever_uncertainty (lever_id, kind, spread),
// baseline_uncertainty (indicator_id, kind, spread), observed_values
// (indicator_id, year, value, source), projection_choices (indicator_id,
// method, parameters), baseline_overrides (indicator_id, year, value,
// source), target_overrides (target_id, year, value, tolerance),
// task_progress (task_id, status, progress, evidence, and city after
// them for a city's record; the province's, city '', have no fifth column), city_shares
// (target_id, city, share), city_observations (indicator_id, city, year,
// value, source). Integers in decimal; reals in the shortest form
// that reads back to the same double (QString::number(v, 'g',
// QLocale::FloatingPointShortest), e.g. 0.1, 1200, 1e-07); NULL as "null";
// text as stored, with backslash, tab and line feed written \\, \t and \n.
// The lines are sorted by their UTF-8 bytes; the canonical form is the line
// "jilin-planner scenario inputs 1" followed by them, each line ended by a
// line feed, in UTF-8. The fingerprint is the first 16 hex digits (lower
// case) of its SHA-256. The name, author, notes and revision are not inputs:
// two scenarios with the same settings share a fingerprint, and a change
// that stores the values already there leaves it as it was.
Result<QByteArray> canonicalInputs(const Store &store, qint64 scenarioId);
Result<QString> inputsFingerprint(const Store &store, qint64 scenarioId);

} // namespace Planner::Storage
