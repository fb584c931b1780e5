// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/scenarioinputs.h"
#include "storage/storeerror.h"

#include <QList>
#include <QMap>
#include <QString>

namespace Planner::Engine {
class Catalog;
}

namespace Planner::Storage {

// A shipped, read-only scenario as resources/scenarios/templates.json
// describes it (compiled into the storage library): its key, its name (the
// key people see in Chinese; Analysis::Wording gives its display name in
// each language), the lever settings it stores (lever id -> year -> value)
// and the basis of each lever it names (the document it follows, or why it
// keeps the current-trends value).
struct ScenarioTemplate
{
    QString key;
    QString name;
    QMap<QString, QMap<int, double>> levers;
    QMap<QString, StoredLeverBasis> bases;
};

// The shipped templates, checked against the catalog: every lever id known,
// every value inside its lever's range, every year 2024-2035 and every basis
// present in both languages. A damaged resource is a StoreError (it is a
// defect of the build, reported rather than half-applied).
Result<QList<ScenarioTemplate>> shippedTemplates(const Engine::Catalog &catalog);

} // namespace Planner::Storage
