// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/scenariorepository.h"

#include "storage/migrations.h"
#include "storage/scenarioinputsrepository.h"
#include "storage/scenariotemplates.h"
#include "storage/sqlvalues.h"
#include "storage/store.h"
#include "storage/textrules.h"
#include "storage/transaction.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QVariant>

#ifdef Q_OS_UNIX
#include <pwd.h>
#include <unistd.h>
#endif

#include <algorithm>
#include <cmath>

namespace Planner::Storage {

QString baselineScenarioName()
{
    return QStringLiteral("现状趋势情景");
}

QString planPathwayScenarioName()
{
    return QStringLiteral("规划路径情景");
}

QString operatingSystemUser()
{
    for (const char *variable : {"USER", "LOGNAME", "USERNAME"}) {
        const QString name = qEnvironmentVariable(variable).trimmed();
        if (!name.isEmpty() && name != QLatin1StringView("jilin-planner") && isCleanText(name))
            return name.left(100);
    }
#ifdef Q_OS_UNIX
    // No variable set (a service, a bare shell): the account's login name.
    if (const passwd *account = getpwuid(getuid())) {
        const QString name = QString::fromLocal8Bit(account->pw_name);
        if (!name.isEmpty() && name != QLatin1StringView("jilin-planner") && isCleanText(name))
            return name.left(100);
    }
#endif
    return {};
}

namespace {

constexpr int kMaxNameLength = 100;

QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

const QString kSelect = QStringLiteral(
    "SELECT s.id, s.name, s.parent_id, p.name, s.notes, s.author, s.created, s.modified, s.revision, s.template"
    " FROM scenarios s LEFT JOIN scenarios p ON p.id = s.parent_id");

Scenario readScenario(const QSqlQuery &q)
{
    Scenario s;
    s.id = q.value(0).toLongLong();
    s.name = q.value(1).toString();
    s.parentId = q.value(2).isNull() ? 0 : q.value(2).toLongLong();
    s.parentName = q.value(3).toString();
    s.notes = q.value(4).toString();
    s.author = q.value(5).toString();
    s.created = QDateTime::fromString(q.value(6).toString(), Qt::ISODateWithMs);
    s.modified = QDateTime::fromString(q.value(7).toString(), Qt::ISODateWithMs);
    s.revision = q.value(8).toLongLong();
    s.templateKey = q.value(9).toString();
    return s;
}

StoreError readOnlyTemplate(const QString &name)
{
    return StoreError{StoreError::Code::Template,
                      Tr::tr("\"%1\" is a shipped scenario and stays as shipped (read-only); a fork of it can be changed.")
                          .arg(name)};
}

StoreError notFound(const QString &name)
{
    return StoreError{StoreError::Code::NotFound, Tr::tr("There is no scenario named \"%1\".").arg(name)};
}

} // namespace

StoreError ScenarioRepository::validateName(const QString &name)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return {StoreError::Code::InvalidName, Tr::tr("A scenario name cannot be empty.")};
    if (trimmed != name)
        return {StoreError::Code::InvalidName,
                Tr::tr("A scenario name cannot start or end with spaces: \"%1\".").arg(name)};
    if (name.size() > kMaxNameLength)
        return {StoreError::Code::InvalidName,
                Tr::tr("A scenario name can have at most %1 characters.").arg(kMaxNameLength)};
    for (const QChar c : name) {
        if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format)
            return {StoreError::Code::InvalidName, Tr::tr("A scenario name cannot contain control characters.")};
    }
    // U+FFFD is what decoding leaves where bytes were not UTF-8: refused, not
    // stored as if it had been typed.
    if (!isCleanText(name))
        return {StoreError::Code::InvalidName,
                Tr::tr("A scenario name must be valid UTF-8 text (it holds bytes that are not, or U+FFFD).")};
    return {};
}

Result<QList<Scenario>> ScenarioRepository::list() const
{
    QSqlQuery q(m_store.database());
    if (!q.exec(kSelect + QStringLiteral(" ORDER BY s.id")))
        return Store::sqlError(Tr::tr("Listing scenarios failed"), q.lastError());
    QList<Scenario> result;
    while (q.next())
        result.append(readScenario(q));
    return result;
}

Result<Scenario> ScenarioRepository::find(const QString &name) const
{
    QSqlQuery q(m_store.database());
    q.prepare(kSelect + QStringLiteral(" WHERE s.name = :name"));
    q.bindValue(QStringLiteral(":name"), normalizedName(name));
    if (!q.exec())
        return Store::sqlError(Tr::tr("Reading scenario \"%1\" failed").arg(name), q.lastError());
    if (!q.next())
        return notFound(name);
    return readScenario(q);
}

Result<Scenario> ScenarioRepository::findById(qint64 id) const
{
    QSqlQuery q(m_store.database());
    q.prepare(kSelect + QStringLiteral(" WHERE s.id = :id"));
    q.bindValue(QStringLiteral(":id"), id);
    if (!q.exec())
        return Store::sqlError(Tr::tr("Reading a scenario failed"), q.lastError());
    if (!q.next())
        return StoreError{StoreError::Code::NotFound, Tr::tr("The scenario no longer exists.")};
    return readScenario(q);
}

Result<Scenario> ScenarioRepository::create(const QString &typedName, const QString &author, const QString &notes) const
{
    // Names are kept in NFC, so two spellings of one name are one name.
    const QString name = normalizedName(typedName);
    if (StoreError e = m_store.checkWritable())
        return e;
    if (StoreError e = validateName(name))
        return e;
    Transaction tx(m_store.database());
    if (!tx.isActive())
        return Store::sqlError(Tr::tr("Creating scenario \"%1\" failed").arg(name), tx.lastError());
    if (find(name).ok())
        return StoreError{StoreError::Code::Duplicate, Tr::tr("A scenario named \"%1\" already exists.").arg(name)};
    QSqlQuery q(m_store.database());
    q.prepare(QStringLiteral("INSERT INTO scenarios (name, notes, author, created, modified, revision)"
                             " VALUES (:name, :notes, :author, :created, :modified, 1)"));
    const QString timestamp = now();
    q.bindValue(QStringLiteral(":name"), name);
    q.bindValue(QStringLiteral(":notes"), sqlText(notes));
    q.bindValue(QStringLiteral(":author"), sqlText(author));
    q.bindValue(QStringLiteral(":created"), timestamp);
    q.bindValue(QStringLiteral(":modified"), timestamp);
    if (!q.exec())
        return Store::sqlError(Tr::tr("Creating scenario \"%1\" failed").arg(name), q.lastError());
    Result<Scenario> created = find(name);
    if (created.ok() && !tx.commit())
        return Store::sqlError(Tr::tr("Creating scenario \"%1\" failed").arg(name), tx.lastError());
    return created;
}

Result<Scenario> ScenarioRepository::fork(const QString &source, const QString &typedNewName, const QString &author) const
{
    const QString newName = normalizedName(typedNewName);
    if (StoreError e = m_store.checkWritable())
        return e;
    if (StoreError e = validateName(newName))
        return e;
    QSqlDatabase db = m_store.database();
    const QString what = Tr::tr("Forking scenario \"%1\" failed").arg(source);
    Transaction tx(db);
    if (!tx.isActive())
        return Store::sqlError(what, tx.lastError());
    const Result<Scenario> parent = find(source);
    if (!parent.ok())
        return parent.error();
    if (find(newName).ok())
        return StoreError{StoreError::Code::Duplicate, Tr::tr("A scenario named \"%1\" already exists.").arg(newName)};

    QSqlQuery insert(db);
    insert.prepare(insertReturningId(db, QStringLiteral("INSERT INTO scenarios (name, parent_id, notes, author, created, modified, revision)"
                                                        " VALUES (:name, :parent, :notes, :author, :created, :modified, 1)")));
    const QString timestamp = now();
    insert.bindValue(QStringLiteral(":name"), newName);
    insert.bindValue(QStringLiteral(":parent"), parent.value().id);
    // A fork's notes start empty: the parent's statements ("no planner
    // overrides" …) stop being true once the fork is edited.
    insert.bindValue(QStringLiteral(":notes"), QStringLiteral(""));
    insert.bindValue(QStringLiteral(":author"), sqlText(author));
    insert.bindValue(QStringLiteral(":created"), timestamp);
    insert.bindValue(QStringLiteral(":modified"), timestamp);
    if (!insert.exec())
        return Store::sqlError(what, insert.lastError());
    const qint64 newId = insertedId(db, insert);

    // Copy every per-scenario table. Table and column names come from the
    // schema (constants and the driver's record of the table), never from user input; the
    // scenario ids are bound.
    for (const QString &table : scenarioTables()) {
        const QSqlRecord record = db.record(table);
        QStringList columns;
        for (int i = 0; i < record.count(); ++i) {
            if (record.fieldName(i) != QLatin1StringView("scenario_id"))
                columns.append(record.fieldName(i));
        }
        const QString list = columns.join(QStringLiteral(", "));
        QSqlQuery copy(db);
        copy.prepare(QStringLiteral("INSERT INTO %1 (scenario_id, %2) SELECT :new, %2 FROM %1 WHERE scenario_id = :old")
                         .arg(table, list));
        copy.bindValue(QStringLiteral(":new"), newId);
        copy.bindValue(QStringLiteral(":old"), parent.value().id);
        if (!copy.exec())
            return Store::sqlError(what, copy.lastError());
    }
    Result<Scenario> forked = findById(newId);
    if (forked.ok() && !tx.commit())
        return Store::sqlError(what, tx.lastError());
    return forked;
}

StoreError ScenarioRepository::touch(const Scenario &scenario, std::optional<qint64> expectedRevision) const
{
    // The guard is in the UPDATE itself: a writer that committed first has
    // raised the revision, so the row no longer matches (PostgreSQL
    // re-reads the row once the other writer's transaction has ended).
    QSqlQuery q(m_store.database());
    q.prepare(QStringLiteral("UPDATE scenarios SET revision = revision + 1, modified = :modified WHERE id = :id")
              + (expectedRevision ? QStringLiteral(" AND revision = :expected") : QString()));
    q.bindValue(QStringLiteral(":modified"), now());
    q.bindValue(QStringLiteral(":id"), scenario.id);
    if (expectedRevision)
        q.bindValue(QStringLiteral(":expected"), *expectedRevision);
    if (!q.exec())
        return Store::sqlError(Tr::tr("Saving scenario \"%1\" failed").arg(scenario.name), q.lastError());
    if (q.numRowsAffected() != 1)
        return {StoreError::Code::RevisionConflict,
                Tr::tr("Scenario \"%1\" was changed elsewhere (now revision %2, you edited revision %3). "
                       "Reload it, or save your version as a fork.")
                    .arg(scenario.name).arg(scenario.revision).arg(expectedRevision.value_or(0))};
    return {};
}

Result<Scenario> ScenarioRepository::modify(const QString &name, std::optional<qint64> expectedRevision,
                                            const QString &what, const Change &change) const
{
    return modifyLocked(name, expectedRevision, what, change, LockScope::Scenario);
}

Result<Scenario> ScenarioRepository::modifyLocked(const QString &name, std::optional<qint64> expectedRevision,
                                                  const QString &what, const Change &change, LockScope scope) const
{
    if (StoreError e = m_store.checkWritable())
        return e;
    // A team server's connection lost before the COMMIT was sent (the
    // server restarted, the network dropped): the server rolled the edit
    // back, so it is made once more on a new connection. Lost during the
    // COMMIT, nobody knows whether it was saved: that is said, not retried.
    bool committing = false;
    Result<Scenario> result = modifyOnce(name, expectedRevision, what, change, scope, &committing);
    // libpq does not always name a lost connection (no SQLSTATE when the
    // socket closed): a connection that cannot run "SELECT 1" is lost.
    if (!result.ok() && m_store.isServer()
        && (result.error().code == StoreError::Code::Unreachable || !m_store.isConnected())) {
        if (committing)
            return StoreError{StoreError::Code::Unreachable,
                              Tr::tr("%1: the connection to the team server was lost while the change was being "
                                     "saved, so it is not known whether it was. Reload the scenario to see.")
                                  .arg(what)};
        if (StoreError e = m_store.reconnect())
            return StoreError{e.code, result.error().message + u' ' + e.message};
        result = modifyOnce(name, expectedRevision, what, change, scope, &committing);
    }
    return result;
}

Result<Scenario> ScenarioRepository::modifyOnce(const QString &name, std::optional<qint64> expectedRevision,
                                                const QString &what, const Change &change, LockScope scope,
                                                bool *committing) const
{
    QSqlDatabase db = m_store.database();
    Transaction tx(db, scope == LockScope::Store ? Transaction::Kind::Write : Transaction::Kind::ScenarioWrite);
    if (!tx.isActive())
        return Store::sqlError(what, tx.lastError());
    Result<Scenario> scenario = find(name);
    if (!scenario.ok())
        return scenario.error();
    // The store's lock (shared) keeps the name on this id; the scenario's
    // own lock may have waited for another writer of it, so the scenario
    // is read again behind it.
    if (scope == LockScope::Scenario && m_store.isServer()) {
        if (!tx.lockScenario(scenario.value().id))
            return Store::sqlError(what, tx.lastError());
        scenario = findById(scenario.value().id);
        if (!scenario.ok())
            return scenario.error();
    }
    if (scenario.value().isTemplate())
        return readOnlyTemplate(scenario.value().name);
    if (StoreError e = touch(scenario.value(), expectedRevision))
        return e;
    if (StoreError e = change(db, scenario.value()))
        return e;
    Result<Scenario> saved = findById(scenario.value().id);
    if (!saved.ok())
        return saved;
    *committing = true;
    if (!tx.commit())
        return Store::sqlError(what, tx.lastError());
    return saved;
}

Result<Scenario> ScenarioRepository::rename(const QString &name, const QString &typedNewName,
                                            std::optional<qint64> expectedRevision) const
{
    const QString newName = normalizedName(typedNewName);
    if (StoreError e = validateName(newName))
        return e;
    const QString what = Tr::tr("Renaming scenario \"%1\" failed").arg(name);
    return modifyLocked(name, expectedRevision, what, [&](QSqlDatabase db, const Scenario &scenario) -> StoreError {
        if (newName != normalizedName(name) && find(newName).ok())
            return {StoreError::Code::Duplicate, Tr::tr("A scenario named \"%1\" already exists.").arg(newName)};
        QSqlQuery q(db);
        q.prepare(QStringLiteral("UPDATE scenarios SET name = :name WHERE id = :id"));
        q.bindValue(QStringLiteral(":name"), newName);
        q.bindValue(QStringLiteral(":id"), scenario.id);
        return q.exec() ? StoreError{} : Store::sqlError(what, q.lastError());
    }, LockScope::Store);
}

Result<Scenario> ScenarioRepository::setNotes(const QString &name, const QString &notes,
                                              std::optional<qint64> expectedRevision) const
{
    const QString what = Tr::tr("Saving the notes of scenario \"%1\" failed").arg(name);
    return modify(name, expectedRevision, what, [&](QSqlDatabase db, const Scenario &scenario) -> StoreError {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("UPDATE scenarios SET notes = :notes WHERE id = :id"));
        q.bindValue(QStringLiteral(":notes"), sqlText(notes));
        q.bindValue(QStringLiteral(":id"), scenario.id);
        return q.exec() ? StoreError{} : Store::sqlError(what, q.lastError());
    });
}

Result<Scenario> ScenarioRepository::setAuthor(const QString &name, const QString &author,
                                               std::optional<qint64> expectedRevision) const
{
    const QString what = Tr::tr("Saving the author of scenario \"%1\" failed").arg(name);
    return modify(name, expectedRevision, what, [&](QSqlDatabase db, const Scenario &scenario) -> StoreError {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("UPDATE scenarios SET author = :author WHERE id = :id"));
        q.bindValue(QStringLiteral(":author"), sqlText(author));
        q.bindValue(QStringLiteral(":id"), scenario.id);
        return q.exec() ? StoreError{} : Store::sqlError(what, q.lastError());
    });
}

StoreError ScenarioRepository::remove(const QString &name) const
{
    if (StoreError e = m_store.checkWritable())
        return e;
    QSqlDatabase db = m_store.database();
    const QString what = Tr::tr("Deleting scenario \"%1\" failed").arg(name);
    Transaction tx(db);
    if (!tx.isActive())
        return Store::sqlError(what, tx.lastError());
    const Result<Scenario> scenario = find(name);
    if (!scenario.ok())
        return scenario.error();
    if (scenario.value().isTemplate())
        return readOnlyTemplate(scenario.value().name);
    QSqlQuery count(db);
    if (!count.exec(QStringLiteral("SELECT COUNT(*) FROM scenarios")) || !count.next())
        return Store::sqlError(what, count.lastError());
    if (count.value(0).toInt() <= 1)
        return {StoreError::Code::LastScenario,
                Tr::tr("\"%1\" is the only scenario; a database always keeps at least one.").arg(name)};
    QSqlQuery q(db);
    q.prepare(QStringLiteral("DELETE FROM scenarios WHERE id = :id"));
    q.bindValue(QStringLiteral(":id"), scenario.value().id);
    if (!q.exec())
        return Store::sqlError(what, q.lastError());
    if (!tx.commit())
        return Store::sqlError(what, tx.lastError());
    return {};
}

Result<Scenario> ScenarioRepository::setBaselineOverride(const QString &scenarioName, const QString &indicatorId,
                                                         int year, double value, const QString &source,
                                                         std::optional<qint64> expectedRevision) const
{
    if (!std::isfinite(value))
        return StoreError{StoreError::Code::InvalidValue,
                          Tr::tr("%1: the baseline value must be a finite number.").arg(indicatorId)};
    const QString what = Tr::tr("Saving the baseline of %1 failed").arg(indicatorId);
    return modify(scenarioName, expectedRevision, what, [&](QSqlDatabase db, const Scenario &scenario) -> StoreError {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("INSERT INTO baseline_overrides (scenario_id, indicator_id, year, value, source)"
                                 " VALUES (:s, :i, :y, :v, :src)"
                                 " ON CONFLICT(scenario_id, indicator_id) DO UPDATE SET year = excluded.year,"
                                 " value = excluded.value, source = excluded.source"));
        q.bindValue(QStringLiteral(":s"), scenario.id);
        q.bindValue(QStringLiteral(":i"), indicatorId);
        q.bindValue(QStringLiteral(":y"), year);
        q.bindValue(QStringLiteral(":v"), value);
        q.bindValue(QStringLiteral(":src"), sqlText(source));
        return q.exec() ? StoreError{} : Store::sqlError(what, q.lastError());
    });
}

Result<Scenario> ScenarioRepository::setTargetOverride(const QString &scenarioName, const QString &targetId, int year,
                                                       std::optional<double> value, std::optional<double> tolerance,
                                                       std::optional<qint64> expectedRevision) const
{
    if ((value && !std::isfinite(*value)) || (tolerance && !std::isfinite(*tolerance)))
        return StoreError{StoreError::Code::InvalidValue,
                          Tr::tr("%1: the target value must be a finite number.").arg(targetId)};
    const QString what = Tr::tr("Saving target %1 failed").arg(targetId);
    return modify(scenarioName, expectedRevision, what, [&](QSqlDatabase db, const Scenario &scenario) -> StoreError {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("INSERT INTO target_overrides (scenario_id, target_id, year, value, tolerance)"
                                 " VALUES (:s, :t, :y, :v, :tol)"
                                 " ON CONFLICT(scenario_id, target_id) DO UPDATE SET year = excluded.year,"
                                 " value = excluded.value, tolerance = excluded.tolerance"));
        q.bindValue(QStringLiteral(":s"), scenario.id);
        q.bindValue(QStringLiteral(":t"), targetId);
        q.bindValue(QStringLiteral(":y"), year);
        q.bindValue(QStringLiteral(":v"), sqlNumber(value));
        q.bindValue(QStringLiteral(":tol"), sqlNumber(tolerance));
        return q.exec() ? StoreError{} : Store::sqlError(what, q.lastError());
    });
}

StoreError ScenarioRepository::seedTemplates() const
{
    QSqlDatabase db = m_store.database();
    const QString what = Tr::tr("Adding the shipped scenarios failed");
    const Result<QList<ScenarioTemplate>> templates = shippedTemplates(m_store.applicationCatalog());
    if (!templates.ok())
        return templates.error();
    for (const ScenarioTemplate &shipped : templates.value()) {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("SELECT id FROM scenarios WHERE template = :key"));
        q.bindValue(QStringLiteral(":key"), shipped.key);
        if (!q.exec())
            return Store::sqlError(what, q.lastError());
        qint64 id = q.next() ? q.value(0).toLongLong() : 0;
        const bool existed = id != 0;
        q.finish();
        if (id == 0) {
            // A planner's scenario that happens to carry the template's name
            // keeps its contents under the first free "name (n)".
            if (const Result<Scenario> taken = find(shipped.name); taken.ok()) {
                QString freeName;
                for (int n = 2; freeName.isEmpty() || find(freeName).ok(); ++n)
                    freeName = QStringLiteral("%1 (%2)").arg(shipped.name).arg(n);
                QSqlQuery rename(db);
                rename.prepare(QStringLiteral("UPDATE scenarios SET name = :name WHERE id = :id"));
                rename.bindValue(QStringLiteral(":name"), freeName);
                rename.bindValue(QStringLiteral(":id"), taken.value().id);
                if (!rename.exec())
                    return Store::sqlError(what, rename.lastError());
            }
            QSqlQuery insert(db);
            insert.prepare(insertReturningId(db, QStringLiteral("INSERT INTO scenarios (name, notes, author, created, modified, revision, template)"
                                                                " VALUES (:name, '', :author, :created, :modified, 1, :key)")));
            const QString timestamp = now();
            insert.bindValue(QStringLiteral(":name"), shipped.name);
            insert.bindValue(QStringLiteral(":author"), QStringLiteral("jilin-planner"));
            insert.bindValue(QStringLiteral(":created"), timestamp);
            insert.bindValue(QStringLiteral(":modified"), timestamp);
            insert.bindValue(QStringLiteral(":key"), shipped.key);
            if (!insert.exec())
                return Store::sqlError(what, insert.lastError());
            id = insertedId(db, insert);
        }
        // The template's settings are the shipped ones: a version that ships
        // other values or bases replaces them (and raises the revision).
        const Result<StoredInputs> stored = ScenarioInputsRepository(m_store).load(id);
        if (!stored.ok())
            return stored.error();
        const bool same = stored.value().levers == shipped.levers
                          && stored.value().leverBases.keys() == shipped.bases.keys()
                          && std::all_of(shipped.bases.keyValueBegin(), shipped.bases.keyValueEnd(), [&](const auto &kv) {
                                 const StoredLeverBasis &b = stored.value().leverBases.value(kv.first);
                                 return b.zh == kv.second.zh && b.en == kv.second.en;
                             });
        if (same)
            continue;
        QSqlQuery clear(db);
        for (const QString &table : {QStringLiteral("lever_settings"), QStringLiteral("lever_bases")}) {
            clear.prepare(QStringLiteral("DELETE FROM %1 WHERE scenario_id = :s").arg(table));
            clear.bindValue(QStringLiteral(":s"), id);
            if (!clear.exec())
                return Store::sqlError(what, clear.lastError());
        }
        QSqlQuery setting(db);
        setting.prepare(QStringLiteral("INSERT INTO lever_settings (scenario_id, lever_id, year, value) VALUES (:s, :l, :y, :v)"));
        for (auto lever = shipped.levers.cbegin(); lever != shipped.levers.cend(); ++lever) {
            for (auto year = lever.value().cbegin(); year != lever.value().cend(); ++year) {
                setting.bindValue(QStringLiteral(":s"), id);
                setting.bindValue(QStringLiteral(":l"), lever.key());
                setting.bindValue(QStringLiteral(":y"), year.key());
                setting.bindValue(QStringLiteral(":v"), year.value());
                if (!setting.exec())
                    return Store::sqlError(what, setting.lastError());
            }
        }
        if (StoreError e = writeLeverBases(db, id, shipped.bases, what))
            return e;
        if (!existed)
            continue;
        QSqlQuery touchTemplate(db);
        touchTemplate.prepare(QStringLiteral("UPDATE scenarios SET revision = revision + 1, modified = :m WHERE id = :id"));
        touchTemplate.bindValue(QStringLiteral(":m"), now());
        touchTemplate.bindValue(QStringLiteral(":id"), id);
        if (!touchTemplate.exec())
            return Store::sqlError(what, touchTemplate.lastError());
    }
    return {};
}

} // namespace Planner::Storage
