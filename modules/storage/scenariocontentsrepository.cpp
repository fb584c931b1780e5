// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/scenariocontentsrepository.h"

#include "storage/scenarioinputsrepository.h"
#include "storage/scenariorepository.h"
#include "storage/sqlvalues.h"
#include "storage/store.h"
#include "storage/transaction.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <cmath>

namespace Planner::Storage {

namespace {

bool finite(const std::optional<double> &v)
{
    return !v || std::isfinite(*v);
}

// Every number of the contents finite; task statuses and progress as the
// store allows them anywhere else.
StoreError checkContents(const ScenarioContents &c)
{
    const auto bad = [](const QString &where) {
        return StoreError{StoreError::Code::InvalidValue, Tr::tr("%1: the value must be a finite number.").arg(where)};
    };
    for (auto it = c.inputs.levers.cbegin(); it != c.inputs.levers.cend(); ++it) {
        for (auto y = it.value().cbegin(); y != it.value().cend(); ++y) {
            if (!std::isfinite(y.value()))
                return bad(it.key());
        }
    }
    for (const auto *map : {&c.inputs.leverUncertainty, &c.inputs.baselineUncertainty}) {
        for (const StoredUncertainty &u : *map) {
            if (!std::isfinite(u.spread) || u.spread < 0)
                return bad(u.id);
        }
    }
    for (auto it = c.inputs.observed.cbegin(); it != c.inputs.observed.cend(); ++it) {
        for (const StoredObservation &o : it.value()) {
            if (!std::isfinite(o.value))
                return bad(it.key());
        }
    }
    for (auto it = c.baselineOverrides.cbegin(); it != c.baselineOverrides.cend(); ++it) {
        if (!std::isfinite(it.value().value))
            return bad(it.key());
    }
    for (auto it = c.targetOverrides.cbegin(); it != c.targetOverrides.cend(); ++it) {
        if (!finite(it.value().value) || !finite(it.value().tolerance))
            return bad(it.key());
    }
    static const QStringList statuses{QStringLiteral("not_started"), QStringLiteral("in_progress"), QStringLiteral("done")};
    QList<StoredTaskProgress> tasks = c.taskProgress.values();
    for (const QMap<QString, StoredTaskProgress> &city : c.cityTaskProgress)
        tasks.append(city.values());
    for (const StoredTaskProgress &t : std::as_const(tasks)) {
        if (!statuses.contains(t.status))
            return {StoreError::Code::InvalidValue,
                    Tr::tr("%1: unknown status \"%2\" (not_started, in_progress or done).").arg(t.taskId, t.status)};
        if (!std::isfinite(t.progress) || t.progress < 0 || t.progress > 100)
            return {StoreError::Code::InvalidValue, Tr::tr("%1: progress must be a number from 0 to 100.").arg(t.taskId)};
    }
    for (auto it = c.cityShares.cbegin(); it != c.cityShares.cend(); ++it) {
        for (const StoredCityShare &s : it.value()) {
            if (!std::isfinite(s.share))
                return bad(s.city);
        }
    }
    for (const StoredCityObservation &o : c.cityObserved) {
        if (!std::isfinite(o.value))
            return bad(o.indicatorId);
    }
    return {};
}

} // namespace

Result<ScenarioContents> ScenarioContentsRepository::read(qint64 scenarioId) const
{
    // One snapshot on a team server: an export never mixes two revisions.
    const Transaction snapshot(m_store.database(), Transaction::Kind::Snapshot);
    const Result<Scenario> scenario = ScenarioRepository(m_store).findById(scenarioId);
    if (!scenario.ok())
        return scenario.error();
    ScenarioContents c;
    c.author = scenario.value().author;
    c.notes = scenario.value().notes;
    Result<StoredInputs> inputs = ScenarioInputsRepository(m_store).load(scenarioId);
    if (!inputs.ok())
        return inputs.error();
    c.inputs = inputs.value();
    Result<QMap<QString, StoredTaskProgress>> tasks = ImplementationRepository(m_store).taskProgress(scenarioId);
    if (!tasks.ok())
        return tasks.error();
    c.taskProgress = tasks.value();
    Result<QMap<QString, QMap<QString, StoredTaskProgress>>> cityTasks =
        ImplementationRepository(m_store).cityTaskProgress(scenarioId);
    if (!cityTasks.ok())
        return cityTasks.error();
    c.cityTaskProgress = cityTasks.value();

    const QString what = Tr::tr("Reading the scenario's settings failed");
    QSqlQuery q(m_store.database());
    q.prepare(QStringLiteral("SELECT indicator_id, year, value, source FROM baseline_overrides WHERE scenario_id = :s"));
    q.bindValue(QStringLiteral(":s"), scenarioId);
    if (!q.exec())
        return Store::sqlError(what, q.lastError());
    while (q.next())
        c.baselineOverrides.insert(q.value(0).toString(),
                                   {q.value(1).toInt(), q.value(2).toDouble(), q.value(3).toString()});

    q.prepare(QStringLiteral("SELECT target_id, year, value, tolerance FROM target_overrides WHERE scenario_id = :s"));
    q.bindValue(QStringLiteral(":s"), scenarioId);
    if (!q.exec())
        return Store::sqlError(what, q.lastError());
    while (q.next())
        c.targetOverrides.insert(q.value(0).toString(),
                                 {q.value(1).toInt(), optionalDouble(q.value(2)), optionalDouble(q.value(3))});

    q.prepare(QStringLiteral("SELECT target_id, city, share FROM city_shares WHERE scenario_id = :s ORDER BY target_id, ord"));
    q.bindValue(QStringLiteral(":s"), scenarioId);
    if (!q.exec())
        return Store::sqlError(what, q.lastError());
    while (q.next())
        c.cityShares[q.value(0).toString()].append({q.value(1).toString(), q.value(2).toDouble()});

    q.prepare(QStringLiteral("SELECT city, indicator_id, year, value, source FROM city_observations WHERE scenario_id = :s"
                             " ORDER BY city, indicator_id, year"));
    q.bindValue(QStringLiteral(":s"), scenarioId);
    if (!q.exec())
        return Store::sqlError(what, q.lastError());
    while (q.next())
        c.cityObserved.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toInt(), q.value(3).toDouble(),
                               q.value(4).toString()});
    return c;
}

Result<Scenario> ScenarioContentsRepository::create(const QString &name, const ScenarioContents &c) const
{
    if (StoreError e = m_store.checkWritable())
        return e;
    if (StoreError e = ScenarioRepository::validateName(name))
        return e;
    if (StoreError e = checkContents(c))
        return e;
    QSqlDatabase db = m_store.database();
    const QString what = Tr::tr("Creating scenario \"%1\" failed").arg(name);
    Transaction tx(db);
    if (!tx.isActive())
        return Store::sqlError(what, db.lastError());
    const ScenarioRepository scenarios(m_store);
    if (scenarios.find(name).ok())
        return StoreError{StoreError::Code::Duplicate, Tr::tr("A scenario named \"%1\" already exists.").arg(name)};

    QSqlQuery q(db);
    q.prepare(insertReturningId(db, QStringLiteral("INSERT INTO scenarios (name, notes, author, created, modified, revision)"
                                                   " VALUES (:name, :notes, :author, :created, :modified, 1)")));
    const QString timestamp = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    q.bindValue(QStringLiteral(":name"), name);
    q.bindValue(QStringLiteral(":notes"), sqlText(c.notes));
    q.bindValue(QStringLiteral(":author"), sqlText(c.author));
    q.bindValue(QStringLiteral(":created"), timestamp);
    q.bindValue(QStringLiteral(":modified"), timestamp);
    if (!q.exec())
        return Store::sqlError(what, q.lastError());
    const qint64 id = insertedId(db, q);

    // One prepared statement per table; every value bound.
    const auto run = [&](const QString &sql, const QVariantList &values) -> StoreError {
        QSqlQuery insert(db);
        insert.prepare(sql);
        insert.addBindValue(id);
        for (const QVariant &v : values)
            insert.addBindValue(v);
        return insert.exec() ? StoreError{} : Store::sqlError(what, insert.lastError());
    };
    const auto text = [](const QString &s) { return QVariant(sqlText(s)); };
    for (auto it = c.inputs.levers.cbegin(); it != c.inputs.levers.cend(); ++it) {
        for (auto y = it.value().cbegin(); y != it.value().cend(); ++y) {
            if (StoreError e = run(QStringLiteral("INSERT INTO lever_settings (scenario_id, lever_id, year, value) VALUES (?, ?, ?, ?)"),
                                   {it.key(), y.key(), y.value()}))
                return e;
        }
    }
    for (const StoredUncertainty &u : c.inputs.leverUncertainty) {
        if (StoreError e = run(QStringLiteral("INSERT INTO lever_uncertainty (scenario_id, lever_id, kind, spread) VALUES (?, ?, ?, ?)"),
                               {u.id, u.kind, u.spread}))
            return e;
    }
    for (const StoredUncertainty &u : c.inputs.baselineUncertainty) {
        if (StoreError e = run(QStringLiteral("INSERT INTO baseline_uncertainty (scenario_id, indicator_id, kind, spread) VALUES (?, ?, ?, ?)"),
                               {u.id, u.kind, u.spread}))
            return e;
    }
    for (auto it = c.inputs.observed.cbegin(); it != c.inputs.observed.cend(); ++it) {
        for (const StoredObservation &o : it.value()) {
            if (StoreError e = run(QStringLiteral("INSERT INTO observed_values (scenario_id, indicator_id, year, value, source) VALUES (?, ?, ?, ?, ?)"),
                                   {it.key(), o.year, o.value, text(o.source)}))
                return e;
        }
    }
    for (auto it = c.inputs.projections.cbegin(); it != c.inputs.projections.cend(); ++it) {
        const QString parameters = QString::fromUtf8(QJsonDocument(it.value().parameters).toJson(QJsonDocument::Compact));
        if (StoreError e = run(QStringLiteral("INSERT INTO projection_choices (scenario_id, indicator_id, method, parameters) VALUES (?, ?, ?, ?)"),
                               {it.key(), it.value().method, parameters}))
            return e;
    }
    for (auto it = c.baselineOverrides.cbegin(); it != c.baselineOverrides.cend(); ++it) {
        if (StoreError e = run(QStringLiteral("INSERT INTO baseline_overrides (scenario_id, indicator_id, year, value, source) VALUES (?, ?, ?, ?, ?)"),
                               {it.key(), it.value().year, it.value().value, text(it.value().source)}))
            return e;
    }
    for (auto it = c.targetOverrides.cbegin(); it != c.targetOverrides.cend(); ++it) {
        if (StoreError e = run(QStringLiteral("INSERT INTO target_overrides (scenario_id, target_id, year, value, tolerance) VALUES (?, ?, ?, ?, ?)"),
                               {it.key(), it.value().year, sqlNumber(it.value().value), sqlNumber(it.value().tolerance)}))
            return e;
    }
    for (auto it = c.taskProgress.cbegin(); it != c.taskProgress.cend(); ++it) {
        if (StoreError e = run(QStringLiteral("INSERT INTO task_progress (scenario_id, task_id, status, progress, evidence) VALUES (?, ?, ?, ?, ?)"),
                               {it.key(), it.value().status, it.value().progress, text(it.value().evidence)}))
            return e;
    }
    for (auto city = c.cityTaskProgress.cbegin(); city != c.cityTaskProgress.cend(); ++city) {
        for (auto it = city.value().cbegin(); it != city.value().cend(); ++it) {
            if (StoreError e = run(QStringLiteral("INSERT INTO task_progress (scenario_id, task_id, status, progress, evidence, city)"
                                                  " VALUES (?, ?, ?, ?, ?, ?)"),
                                   {it.key(), it.value().status, it.value().progress, text(it.value().evidence), city.key()}))
                return e;
        }
    }
    if (StoreError e = writeLeverBases(db, id, c.inputs.leverBases, what))
        return e;
    for (auto it = c.cityShares.cbegin(); it != c.cityShares.cend(); ++it) {
        for (qsizetype ord = 0; ord < it.value().size(); ++ord) {
            const StoredCityShare &s = it.value().at(ord);
            if (StoreError e = run(QStringLiteral("INSERT INTO city_shares (scenario_id, target_id, city, share, ord) VALUES (?, ?, ?, ?, ?)"),
                                   {it.key(), s.city, s.share, int(ord)}))
                return e;
        }
    }
    for (const StoredCityObservation &o : c.cityObserved) {
        if (StoreError e = run(QStringLiteral("INSERT INTO city_observations (scenario_id, indicator_id, city, year, value, source)"
                                              " VALUES (?, ?, ?, ?, ?, ?)"),
                               {o.indicatorId, o.city, o.year, o.value, text(o.source)}))
            return e;
    }
    Result<Scenario> created = scenarios.findById(id);
    if (created.ok() && !tx.commit())
        return Store::sqlError(what, db.lastError());
    return created;
}

} // namespace Planner::Storage
