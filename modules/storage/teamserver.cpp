// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/teamserver.h"

#include "storage/migrations.h"
#include "storage/scenariorepository.h"
#include "storage/store.h"
#include "storage/transaction.h"

#include <QJsonDocument>
#include <QSqlRecord>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace Planner::Storage {

namespace TeamServer {

namespace {

const QStringList &groupRoles()
{
    static const QStringList roles{QStringLiteral("provincial_planner"), QStringLiteral("city_planner"),
                                   QStringLiteral("reviewer")};
    return roles;
}

// The server-side functions. Each statement is idempotent (CREATE OR
// REPLACE, IF NOT EXISTS, DO blocks that look first), so initialise() can
// run again after an upgrade added tables.
const QStringList &serverObjects()
{
    static const QStringList statements{
        // The three group roles (cluster-wide; created once).
        QStringLiteral(
            "DO $$ BEGIN"
            " IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'provincial_planner')"
            "  THEN CREATE ROLE provincial_planner NOLOGIN; END IF;"
            " IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'city_planner')"
            "  THEN CREATE ROLE city_planner NOLOGIN; END IF;"
            " IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'reviewer')"
            "  THEN CREATE ROLE reviewer NOLOGIN; END IF;"
            " END $$"),
        // The city of each city planner, read by the policies.
        QStringLiteral("CREATE TABLE IF NOT EXISTS user_city ("
                       " role_name TEXT PRIMARY KEY,"
                       " city TEXT NOT NULL)"),
        // Written only by the triggers (SECURITY DEFINER): nobody but the
        // administrator can write it directly.
        QStringLiteral("CREATE TABLE IF NOT EXISTS audit_log ("
                       " id BIGSERIAL PRIMARY KEY,"
                       " at TIMESTAMPTZ NOT NULL DEFAULT now(),"
                       " who TEXT NOT NULL DEFAULT session_user,"
                       " scenario_id INTEGER NOT NULL,"
                       " table_name TEXT NOT NULL,"
                       " operation TEXT NOT NULL,"
                       " row_key JSONB NOT NULL,"
                       " old_value JSONB,"
                       " new_value JSONB,"
                       " revision BIGINT,"
                       " txid BIGINT NOT NULL DEFAULT txid_current())"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS audit_log_scenario ON audit_log (scenario_id, id)"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS audit_log_txid ON audit_log (txid)"),
        // The connected user's city (NULL when not a city planner).
        QStringLiteral("CREATE OR REPLACE FUNCTION planner_user_city() RETURNS TEXT"
                       " LANGUAGE sql STABLE AS"
                       " $$ SELECT city FROM user_city WHERE role_name = current_user $$"),
        // True when the province has opened the scenario to the cities.
        QStringLiteral("CREATE OR REPLACE FUNCTION planner_scenario_open(sid INTEGER) RETURNS BOOLEAN"
                       " LANGUAGE sql STABLE AS"
                       " $$ SELECT COALESCE((SELECT open_to_cities = 1 FROM scenarios WHERE id = sid), false) $$"),
        // One audit row per changed row. TG_ARGV: the key columns besides
        // scenario_id. An UPDATE that changes nothing but the revision and
        // the time of a scenario is the revision guard, not a change.
        QStringLiteral(
            "CREATE OR REPLACE FUNCTION planner_audit_row() RETURNS trigger"
            " LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$"
            " DECLARE o JSONB; n JSONB; k JSONB := '{}'; sid INTEGER; col TEXT; rev BIGINT;"
            " BEGIN"
            "  IF TG_OP <> 'INSERT' THEN o := to_jsonb(OLD); END IF;"
            "  IF TG_OP <> 'DELETE' THEN n := to_jsonb(NEW); END IF;"
            "  IF TG_TABLE_NAME = 'scenarios' THEN"
            "   sid := (COALESCE(n, o)->>'id')::INTEGER;"
            "   k := jsonb_build_object('id', sid);"
            "   o := o - 'id' - 'revision' - 'modified'; n := n - 'id' - 'revision' - 'modified';"
            "  ELSE"
            "   sid := (COALESCE(n, o)->>'scenario_id')::INTEGER;"
            "   FOREACH col IN ARRAY TG_ARGV LOOP k := k || jsonb_build_object(col, COALESCE(n, o)->col); END LOOP;"
            "   o := o - 'scenario_id' - TG_ARGV; n := n - 'scenario_id' - TG_ARGV;"
            "  END IF;"
            "  IF TG_OP = 'UPDATE' AND o = n THEN RETURN NULL; END IF;"
            "  SELECT revision INTO rev FROM scenarios WHERE id = sid;"
            "  INSERT INTO audit_log (scenario_id, table_name, operation, row_key, old_value, new_value, revision)"
            "   VALUES (sid, TG_TABLE_NAME, TG_OP, k, o, n, rev);"
            "  RETURN NULL;"
            " END $$"),
        // When a scenario's revision rises, the rows audited in this
        // transaction for it carry the new revision (the revision guard may
        // run before or after the rows change), and the other sessions are
        // told at commit.
        QStringLiteral(
            "CREATE OR REPLACE FUNCTION planner_revision_raised() RETURNS trigger"
            " LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$"
            " BEGIN"
            "  UPDATE audit_log SET revision = NEW.revision"
            "   WHERE txid = txid_current() AND scenario_id = NEW.id AND revision IS DISTINCT FROM NEW.revision;"
            "  PERFORM pg_notify('jilin_planner_changes', json_build_object('scenario', NEW.id,"
            "   'revision', NEW.revision, 'user', session_user)::text);"
            "  RETURN NULL;"
            " END $$"),
        QStringLiteral("CREATE OR REPLACE TRIGGER planner_revision AFTER UPDATE OF revision ON scenarios"
                       " FOR EACH ROW WHEN (NEW.revision IS DISTINCT FROM OLD.revision)"
                       " EXECUTE FUNCTION planner_revision_raised()"),
        // Undoes in scenario fork_id the changes audited for source_id after
        // target_revision, newest first: the row's key is deleted and its old
        // values (if it had any) inserted again. Runs with the caller's
        // rights, so the policies apply.
        QStringLiteral(
            "CREATE OR REPLACE FUNCTION planner_undo_after(source_id INTEGER, target_revision BIGINT,"
            " fork_id INTEGER) RETURNS INTEGER LANGUAGE plpgsql AS $$"
            " DECLARE r RECORD; cond TEXT; undone INTEGER := 0;"
            " BEGIN"
            "  FOR r IN SELECT * FROM audit_log WHERE scenario_id = source_id AND revision > target_revision"
            "   AND table_name NOT IN ('scenarios', 'comments') ORDER BY id DESC LOOP"
            "   SELECT string_agg(format('%I = (SELECT %I FROM jsonb_populate_record(NULL::%I, $2))',"
            "    key, key, r.table_name), ' AND ') INTO cond FROM jsonb_object_keys(r.row_key) AS key;"
            "   EXECUTE format('DELETE FROM %I WHERE scenario_id = $1 AND %s', r.table_name, cond)"
            "    USING fork_id, r.row_key;"
            "   IF r.old_value IS NOT NULL THEN"
            "    EXECUTE format('INSERT INTO %I SELECT * FROM jsonb_populate_record(NULL::%I, $1)',"
            "     r.table_name, r.table_name)"
            "     USING r.old_value || r.row_key || jsonb_build_object('scenario_id', fork_id);"
            "   END IF;"
            "   undone := undone + 1;"
            "  END LOOP;"
            "  RETURN undone;"
            " END $$"),
        // server add-user: a login role in exactly one group.
        QStringLiteral(
            "CREATE OR REPLACE FUNCTION planner_add_user(user_name TEXT, group_name TEXT, city_name TEXT)"
            " RETURNS void LANGUAGE plpgsql SET client_min_messages = error AS $$"
            " BEGIN"
            "  IF group_name NOT IN ('provincial_planner', 'city_planner', 'reviewer') THEN"
            "   RAISE EXCEPTION 'unknown role %', group_name; END IF;"
            "  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = user_name) THEN"
            "   EXECUTE format('CREATE ROLE %I LOGIN', user_name); END IF;"
            "  EXECUTE format('REVOKE provincial_planner, city_planner, reviewer FROM %I', user_name);"
            "  EXECUTE format('GRANT %I TO %I', group_name, user_name);"
            "  DELETE FROM user_city WHERE role_name = user_name;"
            "  IF group_name = 'city_planner' THEN"
            "   INSERT INTO user_city (role_name, city) VALUES (user_name, city_name); END IF;"
            " END $$"),
        QStringLiteral("REVOKE ALL ON FUNCTION planner_add_user(TEXT, TEXT, TEXT) FROM PUBLIC"),
        QStringLiteral("REVOKE ALL ON audit_log, user_city FROM PUBLIC"),
        // Everyone in a group reads everything; the province writes the
        // scenarios; the cities and reviewers only what the grants below
        // and the policies allow.
        QStringLiteral("GRANT USAGE ON SCHEMA public TO provincial_planner, city_planner, reviewer"),
        QStringLiteral("GRANT SELECT ON ALL TABLES IN SCHEMA public TO provincial_planner, city_planner, reviewer"),
        // The catalog, the schema version and the audit are the
        // administrator's (server init brings the catalog up to date).
        QStringLiteral("REVOKE INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public"
                       " FROM provincial_planner, city_planner, reviewer"),
        QStringLiteral("GRANT INSERT, UPDATE, DELETE ON scenarios TO provincial_planner"),
        QStringLiteral("GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO provincial_planner"),
        QStringLiteral("GRANT UPDATE (revision, modified) ON scenarios TO city_planner"),
        QStringLiteral("GRANT INSERT ON comments TO provincial_planner, city_planner, reviewer"),
        QStringLiteral("REVOKE UPDATE, DELETE ON comments FROM provincial_planner"),
        // scenarios: the cities raise the revision of an open scenario (the
        // revision guard of their edits) and nothing else (column grant).
        QStringLiteral("ALTER TABLE scenarios ENABLE ROW LEVEL SECURITY"),
        QStringLiteral("DROP POLICY IF EXISTS planner_read ON scenarios"),
        QStringLiteral("CREATE POLICY planner_read ON scenarios FOR SELECT"
                       " TO provincial_planner, city_planner, reviewer USING (true)"),
        QStringLiteral("DROP POLICY IF EXISTS planner_province ON scenarios"),
        QStringLiteral("CREATE POLICY planner_province ON scenarios FOR ALL TO provincial_planner"
                       " USING (true) WITH CHECK (true)"),
        QStringLiteral("DROP POLICY IF EXISTS planner_city ON scenarios"),
        // USING (true): a closed scenario is refused with an error, not
        // skipped (which the revision guard would take for a conflict).
        QStringLiteral("CREATE POLICY planner_city ON scenarios FOR UPDATE TO city_planner"
                       " USING (true) WITH CHECK (open_to_cities = 1)"),
        // comments: anyone in a group adds comments under their own name.
        QStringLiteral("ALTER TABLE comments ENABLE ROW LEVEL SECURITY"),
        QStringLiteral("DROP POLICY IF EXISTS planner_read ON comments"),
        QStringLiteral("CREATE POLICY planner_read ON comments FOR SELECT"
                       " TO provincial_planner, city_planner, reviewer USING (true)"),
        QStringLiteral("DROP POLICY IF EXISTS planner_comment ON comments"),
        QStringLiteral("CREATE POLICY planner_comment ON comments FOR INSERT"
                       " TO provincial_planner, city_planner, reviewer WITH CHECK (author = current_user)"),
        QStringLiteral("CREATE OR REPLACE TRIGGER planner_audit AFTER INSERT OR UPDATE OR DELETE ON scenarios"
                       " FOR EACH ROW EXECUTE FUNCTION planner_audit_row()"),
        QStringLiteral("CREATE OR REPLACE TRIGGER planner_audit AFTER INSERT OR UPDATE OR DELETE ON comments"
                       " FOR EACH ROW EXECUTE FUNCTION planner_audit_row('id')"),
    };
    return statements;
}

StoreError notOnServer()
{
    return {StoreError::Code::InvalidValue,
            Tr::tr("This needs the team server: give the store as --db postgresql://USER@HOST:PORT/DBNAME. "
                   "A scenario file on this computer has no users, roles or audit trail.")};
}

StoreError exec(QSqlDatabase db, const QString &sql, const QString &what)
{
    QSqlQuery q(db);
    if (!q.exec(sql))
        return Store::sqlError(what, q.lastError());
    return {};
}

// The primary key columns of a table, in key order.
Result<QStringList> keyColumns(QSqlDatabase db, const QString &table, const QString &what)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT a.attname FROM pg_index i"
                             " JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = ANY(i.indkey)"
                             " WHERE i.indrelid = to_regclass(:t) AND i.indisprimary"
                             " ORDER BY array_position(i.indkey::int2[], a.attnum)"));
    q.bindValue(QStringLiteral(":t"), table);
    if (!q.exec())
        return Store::sqlError(what, q.lastError());
    QStringList columns;
    while (q.next())
        columns.append(q.value(0).toString());
    return columns;
}

bool hasColumn(QSqlDatabase db, const QString &table, const QString &column)
{
    return db.record(table).indexOf(column) >= 0;
}

QJsonObject jsonObject(const QVariant &v)
{
    return QJsonDocument::fromJson(v.toString().toUtf8()).object();
}

} // namespace

QString roleName(Role role)
{
    switch (role) {
    case Role::ProvincialPlanner: return groupRoles().at(0);
    case Role::CityPlanner: return groupRoles().at(1);
    case Role::Reviewer: return groupRoles().at(2);
    }
    return {};
}

std::optional<Role> roleFromName(const QString &name)
{
    for (Role role : {Role::ProvincialPlanner, Role::CityPlanner, Role::Reviewer}) {
        if (roleName(role) == name)
            return role;
    }
    return std::nullopt;
}

bool isServer(const Store &store)
{
    return store.database().driverName() == QLatin1StringView("QPSQL");
}

StoreError requireServer(const Store &store)
{
    return isServer(store) ? StoreError{} : notOnServer();
}

StoreError initialise(const Store &store)
{
    if (StoreError e = requireServer(store))
        return e;
    QSqlDatabase db = store.database();
    const QString what = Tr::tr("Setting up the team server failed");
    Transaction tx(db);
    if (!tx.isActive())
        return Store::sqlError(what, tx.lastError());
    // "does not exist, skipping" and the like are not for the administrator.
    if (StoreError e = exec(db, QStringLiteral("SET LOCAL client_min_messages = warning"), what))
        return e;
    for (const QString &sql : serverObjects()) {
        if (StoreError e = exec(db, sql, what))
            return e;
    }
    // Every scenario table: read by all, written by the province, audited
    // (the row's key is its primary key: for task progress the task and the
    // city); the cities write every table with a city column (city shares,
    // task progress, city observations: their own city's rows), in
    // scenarios opened to them.
    for (const QString &table : scenarioTables()) {
        const Result<QStringList> key = keyColumns(db, table, what);
        if (!key.ok())
            return key.error();
        QStringList arguments;
        for (const QString &column : key.value()) {
            if (column != QLatin1StringView("scenario_id"))
                arguments.append(QStringLiteral("'%1'").arg(column));
        }
        const bool cityRows = hasColumn(db, table, QStringLiteral("city"));
        // Table names come from the schema's own list, never from input.
        QStringList statements{
            QStringLiteral("GRANT INSERT, UPDATE, DELETE ON %1 TO provincial_planner").arg(table),
            QStringLiteral("ALTER TABLE %1 ENABLE ROW LEVEL SECURITY").arg(table),
            QStringLiteral("DROP POLICY IF EXISTS planner_read ON %1").arg(table),
            QStringLiteral("CREATE POLICY planner_read ON %1 FOR SELECT"
                           " TO provincial_planner, city_planner, reviewer USING (true)").arg(table),
            QStringLiteral("DROP POLICY IF EXISTS planner_province ON %1").arg(table),
            QStringLiteral("CREATE POLICY planner_province ON %1 FOR ALL TO provincial_planner"
                           " USING (true) WITH CHECK (true)").arg(table),
            QStringLiteral("CREATE OR REPLACE TRIGGER planner_audit AFTER INSERT OR UPDATE OR DELETE ON %1"
                           " FOR EACH ROW EXECUTE FUNCTION planner_audit_row(%2)")
                .arg(table, arguments.join(QStringLiteral(", "))),
        };
        // A city planner's own rows (city) in an open scenario: a row of
        // another city is not theirs to update or delete (the server skips
        // it), and a row written into a closed scenario or for another city
        // is refused (SQLSTATE 42501).
        const QString mine = QStringLiteral("city = planner_user_city()");
        const QString allowed = QStringLiteral("%1 AND planner_scenario_open(scenario_id)").arg(mine);
        for (const char *command : {"insert", "update", "delete"})
            statements.append(QStringLiteral("DROP POLICY IF EXISTS planner_city_%1 ON %2").arg(QLatin1StringView(command), table));
        if (cityRows) {
            statements.append(QStringLiteral("CREATE POLICY planner_city_insert ON %1 FOR INSERT TO city_planner"
                                             " WITH CHECK (%2)").arg(table, allowed));
            statements.append(QStringLiteral("CREATE POLICY planner_city_update ON %1 FOR UPDATE TO city_planner"
                                             " USING (%2) WITH CHECK (%3)").arg(table, mine, allowed));
            statements.append(QStringLiteral("CREATE POLICY planner_city_delete ON %1 FOR DELETE TO city_planner"
                                             " USING (%2)").arg(table, allowed));
            statements.append(QStringLiteral("GRANT INSERT, UPDATE, DELETE ON %1 TO city_planner").arg(table));
        }
        for (const QString &sql : statements) {
            if (StoreError e = exec(db, sql, what))
                return e;
        }
    }
    if (!tx.commit())
        return Store::sqlError(what, tx.lastError());
    return {};
}

StoreError addUser(const Store &store, const QString &name, Role role, const QString &city)
{
    if (StoreError e = requireServer(store))
        return e;
    const QString what = Tr::tr("Adding the user \"%1\" failed").arg(name);
    if (name.trimmed().isEmpty() || name != name.trimmed() || name.size() > 63)
        return {StoreError::Code::InvalidName,
                Tr::tr("A user name is 1 to 63 characters without spaces at either end.")};
    if (role == Role::CityPlanner && city.trimmed().isEmpty())
        return {StoreError::Code::InvalidValue, Tr::tr("A city planner needs a city (--city).")};
    QSqlQuery q(store.database());
    q.prepare(QStringLiteral("SELECT planner_add_user(:n, :r, :c)"));
    q.bindValue(QStringLiteral(":n"), name);
    q.bindValue(QStringLiteral(":r"), roleName(role));
    q.bindValue(QStringLiteral(":c"), role == Role::CityPlanner ? city : QString());
    if (!q.exec())
        return Store::sqlError(what, q.lastError());
    return {};
}

Result<Scenario> setOpenToCities(const Store &store, const QString &scenario, bool open)
{
    if (StoreError e = requireServer(store))
        return e;
    const QString what = Tr::tr("Opening scenario \"%1\" to the cities failed").arg(scenario);
    return ScenarioRepository(store).modify(scenario, std::nullopt, what, [&](QSqlDatabase db, const Scenario &s) {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("UPDATE scenarios SET open_to_cities = :o WHERE id = :id"));
        q.bindValue(QStringLiteral(":o"), open ? 1 : 0);
        q.bindValue(QStringLiteral(":id"), s.id);
        return q.exec() ? StoreError{} : Store::sqlError(what, q.lastError());
    });
}

Result<bool> isOpenToCities(const Store &store, qint64 scenarioId)
{
    QSqlQuery q(store.database());
    q.prepare(QStringLiteral("SELECT open_to_cities FROM scenarios WHERE id = :id"));
    q.bindValue(QStringLiteral(":id"), scenarioId);
    if (!q.exec())
        return Store::sqlError(Tr::tr("Reading the scenario failed"), q.lastError());
    return q.next() && q.value(0).toInt() == 1;
}

Result<Membership> currentMembership(const Store &store)
{
    if (StoreError e = requireServer(store))
        return e;
    QSqlQuery q(store.database());
    if (!q.exec(QStringLiteral("SELECT r.rolname, (SELECT city FROM user_city WHERE role_name = current_user)"
                               " FROM pg_roles r"
                               " WHERE r.rolname IN ('provincial_planner', 'city_planner', 'reviewer')"
                               " AND pg_has_role(current_user, r.oid, 'MEMBER') ORDER BY r.rolname")))
        return Store::sqlError(Tr::tr("Reading your role on the team server failed"), q.lastError());
    Membership membership;
    if (q.next()) {
        membership.role = roleFromName(q.value(0).toString());
        membership.city = q.value(1).toString();
    }
    return membership;
}

QString ownCity(const Store &store)
{
    if (!isServer(store))
        return {};
    const Result<Membership> membership = currentMembership(store);
    if (!membership.ok() || membership.value().role != Role::CityPlanner)
        return {};
    return membership.value().city;
}

Result<QList<AuditEntry>> audit(const Store &store, const QString &scenario, const std::optional<QDateTime> &since)
{
    if (StoreError e = requireServer(store))
        return e;
    const Result<Scenario> found = ScenarioRepository(store).find(scenario);
    if (!found.ok())
        return found.error();
    QSqlQuery q(store.database());
    q.prepare(QStringLiteral("SELECT id, to_char(at AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"'), who,"
                             " scenario_id, table_name, operation, row_key::text, COALESCE(old_value::text, '{}'),"
                             " COALESCE(new_value::text, '{}'), COALESCE(revision, 0)"
                             " FROM audit_log WHERE scenario_id = :s AND (CAST(:since AS TIMESTAMPTZ) IS NULL"
                             " OR at >= CAST(:since2 AS TIMESTAMPTZ)) ORDER BY id"));
    const QVariant sinceValue = since ? QVariant(since->toUTC().toString(Qt::ISODateWithMs)) : QVariant(QMetaType(QMetaType::QString));
    q.bindValue(QStringLiteral(":s"), found.value().id);
    q.bindValue(QStringLiteral(":since"), sinceValue);
    q.bindValue(QStringLiteral(":since2"), sinceValue);
    if (!q.exec())
        return Store::sqlError(Tr::tr("Reading the history of scenario \"%1\" failed").arg(scenario), q.lastError());
    QList<AuditEntry> entries;
    while (q.next()) {
        AuditEntry e;
        e.id = q.value(0).toLongLong();
        e.at = QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs);
        e.who = q.value(2).toString();
        e.scenarioId = q.value(3).toLongLong();
        e.table = q.value(4).toString();
        e.operation = q.value(5).toString();
        e.key = jsonObject(q.value(6));
        e.oldValue = jsonObject(q.value(7));
        e.newValue = jsonObject(q.value(8));
        e.revision = q.value(9).toLongLong();
        entries.append(e);
    }
    return entries;
}

Result<RevisionSummary> revisionSummary(const Store &store, qint64 scenarioId, qint64 revision)
{
    if (StoreError e = requireServer(store))
        return e;
    QSqlQuery q(store.database());
    q.prepare(QStringLiteral("SELECT who, table_name, row_key->>'lever_id' FROM audit_log"
                             " WHERE scenario_id = :s AND revision = :r ORDER BY id"));
    q.bindValue(QStringLiteral(":s"), scenarioId);
    q.bindValue(QStringLiteral(":r"), revision);
    if (!q.exec())
        return Store::sqlError(Tr::tr("Reading the history failed"), q.lastError());
    RevisionSummary summary;
    while (q.next()) {
        summary.who = q.value(0).toString();
        const QString table = q.value(1).toString();
        const QString lever = q.value(2).toString();
        if (!summary.tables.contains(table))
            summary.tables.append(table);
        if (!lever.isEmpty() && !summary.levers.contains(lever))
            summary.levers.append(lever);
    }
    return summary;
}

Result<Scenario> restoreAsFork(const Store &store, const QString &scenario, qint64 revision, const QString &newName,
                               const QString &author)
{
    if (StoreError e = requireServer(store))
        return e;
    QSqlDatabase db = store.database();
    const QString what = Tr::tr("Restoring scenario \"%1\" failed").arg(scenario);
    const ScenarioRepository scenarios(store);
    const Result<Scenario> source = scenarios.find(scenario);
    if (!source.ok())
        return source.error();
    // The audit reaches back to the revision before its first change.
    QSqlQuery first(db);
    first.prepare(QStringLiteral("SELECT MIN(revision) FROM audit_log WHERE scenario_id = :s"
                                 " AND table_name NOT IN ('scenarios', 'comments')"));
    first.bindValue(QStringLiteral(":s"), source.value().id);
    if (!first.exec() || !first.next())
        return Store::sqlError(what, first.lastError());
    const qint64 earliest = first.value(0).isNull() ? source.value().revision
                                                    : std::max<qint64>(1, first.value(0).toLongLong() - 1);
    first.finish();
    if (revision < earliest || revision > source.value().revision)
        return StoreError{StoreError::Code::InvalidValue,
                          Tr::tr("Scenario \"%1\" can be restored to revisions %2 to %3 (the history on the server "
                                 "begins there), not to %4.")
                              .arg(scenario).arg(earliest).arg(source.value().revision).arg(revision)};
    // The fork is one transaction, the undo one statement (atomic on its
    // own); a failed undo removes the fork again, so no half-restored
    // scenario is left. A change made to the source in between is undone
    // too: the undo reads the audit of every revision after `revision`.
    const Result<Scenario> fork = scenarios.fork(scenario, newName, author);
    if (!fork.ok())
        return fork.error();
    QSqlQuery undo(db);
    undo.prepare(QStringLiteral("SELECT planner_undo_after(:s, :r, :f)"));
    undo.bindValue(QStringLiteral(":s"), source.value().id);
    undo.bindValue(QStringLiteral(":r"), revision);
    undo.bindValue(QStringLiteral(":f"), fork.value().id);
    if (!undo.exec()) {
        const StoreError failed = Store::sqlError(what, undo.lastError());
        undo.finish();
        scenarios.remove(fork.value().name);
        return failed;
    }
    undo.finish();
    return scenarios.findById(fork.value().id);
}

} // namespace TeamServer

ChangeListener::ChangeListener(const Store &store, QObject *parent)
    : QObject(parent), m_connectionName(store.database().connectionName())
{
    if (!TeamServer::isServer(store))
        return;
    QSqlDriver *driver = store.database().driver();
    if (!driver || !driver->subscribeToNotification(TeamServer::kChangeChannel))
        return;
    m_listening = true;
    connect(driver, &QSqlDriver::notification, this,
            [this](const QString &name, QSqlDriver::NotificationSource source, const QVariant &payload) {
                if (name != TeamServer::kChangeChannel || source != QSqlDriver::OtherSource)
                    return;
                const QJsonObject o = QJsonDocument::fromJson(payload.toString().toUtf8()).object();
                Q_EMIT scenarioChanged(o.value(QStringLiteral("scenario")).toInteger(),
                                     o.value(QStringLiteral("revision")).toInteger(),
                                     o.value(QStringLiteral("user")).toString());
            });
}

ChangeListener::~ChangeListener()
{
    if (!m_listening)
        return;
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    if (db.isOpen() && db.driver())
        db.driver()->unsubscribeFromNotification(TeamServer::kChangeChannel);
}

} // namespace Planner::Storage
