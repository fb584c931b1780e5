// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/storeerror.h"

#include <QSqlDatabase>
#include <QStringList>

namespace Planner::Storage {

// The schema version this build writes (PRAGMA user_version on SQLite, the
// schema_version table on PostgreSQL).
int currentSchemaVersion();

// The schema version a database holds (0 for an empty one).
Result<int> storedSchemaVersion(QSqlDatabase db);

// Brings a database from its stored version up to targetVersion (by default
// currentSchemaVersion()), one migration function per version, all inside the
// caller's transaction. Tests stop early to make an old database.
StoreError migrate(QSqlDatabase db, int targetVersion = -1);

// Tables that hold per-scenario data keyed by scenario_id: forking copies
// them, deleting a scenario cascades to them. A migration that adds such a
// table adds it here.
QStringList scenarioTables();

} // namespace Planner::Storage
