// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/migrations.h"

#include "storage/store.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <functional>
#include <vector>

namespace Planner::Storage {

namespace {

StoreError execAll(QSqlDatabase db, const QStringList &statements)
{
    for (const QString &sql : statements) {
        QSqlQuery q(db);
        if (!q.exec(sql))
            return Store::sqlError(Tr::tr("Upgrading the database failed"), q.lastError());
    }
    return {};
}

// Version 0 -> 1: the catalog (chapters, indicators, observations, targets),
// scenarios and their overrides of baselines and targets.
StoreError migrateTo1(QSqlDatabase db)
{
    return execAll(db, {
        QStringLiteral("CREATE TABLE meta ("
                       " key TEXT PRIMARY KEY,"
                       " value TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE chapters ("
                       " id TEXT PRIMARY KEY,"
                       " ord INTEGER NOT NULL,"
                       " numeral TEXT NOT NULL,"
                       " name_zh TEXT NOT NULL,"
                       " name_en TEXT NOT NULL,"
                       " title_zh TEXT NOT NULL,"
                       " title_en TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE indicators ("
                       " id TEXT PRIMARY KEY,"
                       " chapter_id TEXT NOT NULL REFERENCES chapters(id),"
                       " ord INTEGER NOT NULL,"
                       " name_zh TEXT NOT NULL,"
                       " name_en TEXT NOT NULL,"
                       " unit_zh TEXT NOT NULL,"
                       " unit_en TEXT NOT NULL,"
                       " direction TEXT NOT NULL,"
                       " decimals INTEGER NOT NULL,"
                       " baseline_year INTEGER NOT NULL,"
                       " baseline_value REAL,"
                       " baseline_source TEXT NOT NULL,"
                       " baseline_assumption INTEGER NOT NULL,"
                       " baseline_note TEXT NOT NULL,"
                       " proxy_for TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE observations ("
                       " indicator_id TEXT NOT NULL REFERENCES indicators(id) ON DELETE CASCADE,"
                       " year INTEGER NOT NULL,"
                       " value REAL NOT NULL,"
                       " source TEXT NOT NULL,"
                       " PRIMARY KEY (indicator_id, year))"),
        QStringLiteral("CREATE TABLE targets ("
                       " id TEXT PRIMARY KEY,"
                       " indicator_id TEXT NOT NULL REFERENCES indicators(id) ON DELETE CASCADE,"
                       " ord INTEGER NOT NULL,"
                       " year INTEGER NOT NULL,"
                       " window_start INTEGER,"
                       " value REAL,"
                       " kind TEXT NOT NULL,"
                       " tolerance REAL,"
                       " every_year INTEGER NOT NULL,"
                       " text_zh TEXT NOT NULL,"
                       " text_en TEXT NOT NULL,"
                       " source TEXT NOT NULL,"
                       " note TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE scenarios ("
                       " id INTEGER PRIMARY KEY,"
                       " name TEXT NOT NULL UNIQUE,"
                       " parent_id INTEGER REFERENCES scenarios(id) ON DELETE SET NULL,"
                       " notes TEXT NOT NULL DEFAULT '',"
                       " author TEXT NOT NULL DEFAULT '',"
                       " created TEXT NOT NULL,"
                       " modified TEXT NOT NULL,"
                       " revision INTEGER NOT NULL DEFAULT 1)"),
        QStringLiteral("CREATE TABLE baseline_overrides ("
                       " scenario_id INTEGER NOT NULL REFERENCES scenarios(id) ON DELETE CASCADE,"
                       " indicator_id TEXT NOT NULL REFERENCES indicators(id),"
                       " year INTEGER NOT NULL,"
                       " value REAL NOT NULL,"
                       " source TEXT NOT NULL DEFAULT '',"
                       " PRIMARY KEY (scenario_id, indicator_id))"),
        QStringLiteral("CREATE TABLE target_overrides ("
                       " scenario_id INTEGER NOT NULL REFERENCES scenarios(id) ON DELETE CASCADE,"
                       " target_id TEXT NOT NULL REFERENCES targets(id),"
                       " year INTEGER NOT NULL,"
                       " value REAL,"
                       " tolerance REAL,"
                       " PRIMARY KEY (scenario_id, target_id))"),
    });
}

// Version 1 -> 2: what the engine needs per scenario: lever settings by
// year, the uncertainty of levers and baselines, observed (monitoring) values
// and the projection chosen for indicators without a model.
StoreError migrateTo2(QSqlDatabase db)
{
    return execAll(db, {
        QStringLiteral("CREATE TABLE lever_settings ("
                       " scenario_id INTEGER NOT NULL REFERENCES scenarios(id) ON DELETE CASCADE,"
                       " lever_id TEXT NOT NULL,"
                       " year INTEGER NOT NULL,"
                       " value REAL NOT NULL,"
                       " PRIMARY KEY (scenario_id, lever_id, year))"),
        QStringLiteral("CREATE TABLE lever_uncertainty ("
                       " scenario_id INTEGER NOT NULL REFERENCES scenarios(id) ON DELETE CASCADE,"
                       " lever_id TEXT NOT NULL,"
                       " kind TEXT NOT NULL,"
                       " spread REAL NOT NULL,"
                       " PRIMARY KEY (scenario_id, lever_id))"),
        QStringLiteral("CREATE TABLE baseline_uncertainty ("
                       " scenario_id INTEGER NOT NULL REFERENCES scenarios(id) ON DELETE CASCADE,"
                       " indicator_id TEXT NOT NULL REFERENCES indicators(id),"
                       " kind TEXT NOT NULL,"
                       " spread REAL NOT NULL,"
                       " PRIMARY KEY (scenario_id, indicator_id))"),
        QStringLiteral("CREATE TABLE observed_values ("
                       " scenario_id INTEGER NOT NULL REFERENCES scenarios(id) ON DELETE CASCADE,"
                       " indicator_id TEXT NOT NULL REFERENCES indicators(id),"
                       " year INTEGER NOT NULL,"
                       " value REAL NOT NULL,"
                       " source TEXT NOT NULL DEFAULT '',"
                       " PRIMARY KEY (scenario_id, indicator_id, year))"),
        QStringLiteral("CREATE TABLE projection_choices ("
                       " scenario_id INTEGER NOT NULL REFERENCES scenarios(id) ON DELETE CASCADE,"
                       " indicator_id TEXT NOT NULL REFERENCES indicators(id),"
                       " method TEXT NOT NULL,"
                       " parameters TEXT NOT NULL DEFAULT '{}',"
                       " PRIMARY KEY (scenario_id, indicator_id))"),
    });
}

// Version 2 -> 3: implementation (chapters 七 and 八): each plan task's
// status, progress and evidence per scenario, and the decomposition of a
// target's value to the cities.
StoreError migrateTo3(QSqlDatabase db)
{
    return execAll(db, {
        QStringLiteral("CREATE TABLE task_progress ("
                       " scenario_id INTEGER NOT NULL REFERENCES scenarios(id) ON DELETE CASCADE,"
                       " task_id TEXT NOT NULL,"
                       " status TEXT NOT NULL,"
                       " progress REAL NOT NULL,"
                       " evidence TEXT NOT NULL DEFAULT '',"
                       " PRIMARY KEY (scenario_id, task_id))"),
        QStringLiteral("CREATE TABLE city_shares ("
                       " scenario_id INTEGER NOT NULL REFERENCES scenarios(id) ON DELETE CASCADE,"
                       " target_id TEXT NOT NULL REFERENCES targets(id),"
                       " city TEXT NOT NULL,"
                       " share REAL NOT NULL,"
                       " PRIMARY KEY (scenario_id, target_id, city))"),
    });
}

// Version 3 -> 4: shipped, read-only templates and the basis of a
// scenario's lever settings. `template` names the template a scenario is
// (current_trends, plan_pathway; empty for every scenario of a planner);
// lever_bases holds, per scenario and lever, the document a setting follows,
// in both languages. Existing scenarios are kept as they are; the templates
// themselves are added when the store opens (ScenarioRepository::seedTemplates).
StoreError migrateTo4(QSqlDatabase db)
{
    return execAll(db, {
        QStringLiteral("ALTER TABLE scenarios ADD COLUMN template TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("CREATE TABLE lever_bases ("
                       " scenario_id INTEGER NOT NULL REFERENCES scenarios(id) ON DELETE CASCADE,"
                       " lever_id TEXT NOT NULL,"
                       " basis_zh TEXT NOT NULL,"
                       " basis_en TEXT NOT NULL,"
                       " PRIMARY KEY (scenario_id, lever_id))"),
    });
}

// Version 4 -> 5: team work on a shared store. open_to_cities says the
// province has opened a scenario to the cities' planners (1) or not (0); on
// a team server the row-level security policies read it (TeamServer). The
// comments of reviewers and planners on a scenario or one of its targets:
// numbered per scenario, with who wrote them and when.
StoreError migrateTo5(QSqlDatabase db)
{
    return execAll(db, {
        QStringLiteral("ALTER TABLE scenarios ADD COLUMN open_to_cities INTEGER NOT NULL DEFAULT 0"),
        QStringLiteral("CREATE TABLE comments ("
                       " scenario_id INTEGER NOT NULL REFERENCES scenarios(id) ON DELETE CASCADE,"
                       " id INTEGER NOT NULL,"
                       " target_id TEXT NOT NULL DEFAULT '',"
                       " author TEXT NOT NULL,"
                       " created TEXT NOT NULL,"
                       " body TEXT NOT NULL,"
                       " PRIMARY KEY (scenario_id, id))"),
    });
}

using Migration = std::function<StoreError(QSqlDatabase)>;

const std::vector<Migration> &migrations()
{
    // migrations()[v] upgrades a database from version v to v + 1.
    static const std::vector<Migration> list{
        migrateTo1,
        migrateTo2,
        migrateTo3,
        migrateTo4,
        migrateTo5,
    };
    return list;
}

} // namespace

int currentSchemaVersion()
{
    return int(migrations().size());
}

QStringList scenarioTables()
{
    return {QStringLiteral("baseline_overrides"), QStringLiteral("target_overrides"),
            QStringLiteral("lever_settings"),     QStringLiteral("lever_uncertainty"),
            QStringLiteral("baseline_uncertainty"), QStringLiteral("observed_values"),
            QStringLiteral("projection_choices"), QStringLiteral("task_progress"),
            QStringLiteral("city_shares"),        QStringLiteral("lever_bases")};
}

StoreError migrate(QSqlDatabase db, int targetVersion)
{
    if (targetVersion < 0 || targetVersion > currentSchemaVersion())
        targetVersion = currentSchemaVersion();
    QSqlQuery versionQuery(db);
    if (!versionQuery.exec(QStringLiteral("PRAGMA user_version")) || !versionQuery.next())
        return Store::sqlError(Tr::tr("Reading the schema version failed"), versionQuery.lastError());
    int version = versionQuery.value(0).toInt();
    versionQuery.finish();

    for (; version < targetVersion; ++version) {
        if (StoreError e = migrations().at(std::size_t(version))(db))
            return e;
        QSqlQuery set(db);
        // PRAGMA takes no bound parameters; the value is an integer we made.
        if (!set.exec(QStringLiteral("PRAGMA user_version = %1").arg(version + 1)))
            return Store::sqlError(Tr::tr("Writing the schema version failed"), set.lastError());
    }
    return {};
}

} // namespace Planner::Storage
