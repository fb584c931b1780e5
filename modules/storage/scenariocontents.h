// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/implementationrepository.h"
#include "storage/scenarioinputs.h"

#include <QList>
#include <QMap>
#include <QString>

#include <optional>

namespace Planner::Storage {

// Everything a scenario stores, row by row, without its identity (id, name,
// parent, dates, revision): what a scenario file carries. Header-only plain
// data (Qt Core), so readers of files can fill it without the store.

struct StoredBaselineOverride
{
    int year = 0;
    double value = 0.0;
    QString source;
};

struct StoredTargetOverride
{
    int year = 0;
    std::optional<double> value;
    std::optional<double> tolerance;
};

struct ScenarioContents
{
    QString author;
    QString notes;
    StoredInputs inputs;
    QMap<QString, StoredBaselineOverride> baselineOverrides;    // by indicator id
    QMap<QString, StoredTargetOverride> targetOverrides;        // by target id
    QMap<QString, StoredTaskProgress> taskProgress;             // the province's, by task id
    QMap<QString, QMap<QString, StoredTaskProgress>> cityTaskProgress; // the cities', by city, then task id
    QMap<QString, QList<StoredCityShare>> cityShares;           // by target id, in stored order
    QList<StoredCityObservation> cityObserved;                  // by city, indicator and year
};

} // namespace Planner::Storage
