// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/scenarioinputsrepository.h"

#include "storage/scenariorepository.h"
#include "storage/sqlvalues.h"
#include "storage/store.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <cmath>

namespace Planner::Storage {

namespace {

StoreError notFinite(const QString &id, int year)
{
    return {StoreError::Code::InvalidValue,
            Tr::tr("%1, %2: the value must be a finite number.").arg(id).arg(year)};
}

StoreError checkUncertainty(const StoredUncertainty &u)
{
    static const QStringList kinds{QStringLiteral("none"), QStringLiteral("uniform"), QStringLiteral("triangular"),
                                   QStringLiteral("normal")};
    if (!kinds.contains(u.kind))
        return {StoreError::Code::InvalidValue,
                Tr::tr("%1: unknown uncertainty \"%2\" (none, uniform, triangular or normal).").arg(u.id, u.kind)};
    if (!std::isfinite(u.spread) || u.spread < 0)
        return {StoreError::Code::InvalidValue,
                Tr::tr("%1: the uncertainty spread must be a finite number not below zero.").arg(u.id)};
    return {};
}

// Stores a lever's values year by year inside the caller's transaction; a
// year already stored takes the new value. setLeverValues and
// replaceLeverValues (after clearing the lever) both write through it.
StoreError upsertLeverValues(QSqlDatabase db, qint64 scenarioId, const QString &leverId,
                             const QMap<int, double> &values, const QString &what)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO lever_settings (scenario_id, lever_id, year, value)"
                             " VALUES (:s, :l, :y, :v)"
                             " ON CONFLICT(scenario_id, lever_id, year) DO UPDATE SET value = excluded.value"));
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        q.bindValue(QStringLiteral(":s"), scenarioId);
        q.bindValue(QStringLiteral(":l"), leverId);
        q.bindValue(QStringLiteral(":y"), it.key());
        q.bindValue(QStringLiteral(":v"), it.value());
        if (!q.exec())
            return Store::sqlError(what, q.lastError());
    }
    return {};
}

// The planner has changed a lever: the document it followed no longer says
// why it has its value.
StoreError dropLeverBasis(QSqlDatabase db, qint64 scenarioId, const QString &leverId, const QString &what)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("DELETE FROM lever_bases WHERE scenario_id = :s AND lever_id = :l"));
    q.bindValue(QStringLiteral(":s"), scenarioId);
    q.bindValue(QStringLiteral(":l"), leverId);
    return q.exec() ? StoreError{} : Store::sqlError(what, q.lastError());
}

} // namespace

StoreError writeLeverBases(QSqlDatabase db, qint64 scenarioId, const QMap<QString, StoredLeverBasis> &bases,
                           const QString &what)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO lever_bases (scenario_id, lever_id, basis_zh, basis_en) VALUES (:s, :l, :zh, :en)"));
    for (auto it = bases.cbegin(); it != bases.cend(); ++it) {
        q.bindValue(QStringLiteral(":s"), scenarioId);
        q.bindValue(QStringLiteral(":l"), it.key());
        q.bindValue(QStringLiteral(":zh"), it.value().zh);
        q.bindValue(QStringLiteral(":en"), it.value().en);
        if (!q.exec())
            return Store::sqlError(what, q.lastError());
    }
    return {};
}

Result<StoredInputs> ScenarioInputsRepository::load(qint64 scenarioId) const
{
    QSqlDatabase db = m_store.database();
    const QString what = Tr::tr("Reading the scenario's settings failed");
    StoredInputs inputs;
    QSqlQuery q(db);

    q.prepare(QStringLiteral("SELECT lever_id, year, value FROM lever_settings WHERE scenario_id = :s ORDER BY year"));
    q.bindValue(QStringLiteral(":s"), scenarioId);
    if (!q.exec())
        return Store::sqlError(what, q.lastError());
    while (q.next())
        inputs.levers[q.value(0).toString()].insert(q.value(1).toInt(), q.value(2).toDouble());

    const auto readUncertainty = [&](const QString &sql, QMap<QString, StoredUncertainty> &into) -> StoreError {
        q.prepare(sql);
        q.bindValue(QStringLiteral(":s"), scenarioId);
        if (!q.exec())
            return Store::sqlError(what, q.lastError());
        while (q.next())
            into.insert(q.value(0).toString(), {q.value(0).toString(), q.value(1).toString(), q.value(2).toDouble()});
        return {};
    };
    if (StoreError e = readUncertainty(
            QStringLiteral("SELECT lever_id, kind, spread FROM lever_uncertainty WHERE scenario_id = :s"),
            inputs.leverUncertainty))
        return e;
    if (StoreError e = readUncertainty(
            QStringLiteral("SELECT indicator_id, kind, spread FROM baseline_uncertainty WHERE scenario_id = :s"),
            inputs.baselineUncertainty))
        return e;

    q.prepare(QStringLiteral("SELECT indicator_id, year, value, source FROM observed_values WHERE scenario_id = :s"
                             " ORDER BY year"));
    q.bindValue(QStringLiteral(":s"), scenarioId);
    if (!q.exec())
        return Store::sqlError(what, q.lastError());
    while (q.next())
        inputs.observed[q.value(0).toString()].append({q.value(1).toInt(), q.value(2).toDouble(), q.value(3).toString()});

    q.prepare(QStringLiteral("SELECT indicator_id, method, parameters FROM projection_choices WHERE scenario_id = :s"));
    q.bindValue(QStringLiteral(":s"), scenarioId);
    if (!q.exec())
        return Store::sqlError(what, q.lastError());
    while (q.next())
        inputs.projections.insert(q.value(0).toString(),
                                  {q.value(1).toString(), QJsonDocument::fromJson(q.value(2).toByteArray()).object()});

    q.prepare(QStringLiteral("SELECT lever_id, basis_zh, basis_en FROM lever_bases WHERE scenario_id = :s"));
    q.bindValue(QStringLiteral(":s"), scenarioId);
    if (!q.exec())
        return Store::sqlError(what, q.lastError());
    while (q.next())
        inputs.leverBases.insert(q.value(0).toString(), {q.value(1).toString(), q.value(2).toString()});
    return inputs;
}

Result<Scenario> ScenarioInputsRepository::setLeverValues(const QString &scenario, const QString &leverId,
                                                          const QMap<int, double> &values,
                                                          std::optional<qint64> expectedRevision) const
{
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        if (!std::isfinite(it.value()))
            return notFinite(leverId, it.key());
    }
    const QString what = Tr::tr("Saving lever %1 failed").arg(leverId);
    return ScenarioRepository(m_store).modify(scenario, expectedRevision, what,
                                              [&](QSqlDatabase db, const Scenario &s) -> StoreError {
        if (StoreError e = dropLeverBasis(db, s.id, leverId, what))
            return e;
        return upsertLeverValues(db, s.id, leverId, values, what);
    });
}

Result<Scenario> ScenarioInputsRepository::replaceLeverValues(const QString &scenario, const QString &leverId,
                                                              const QMap<int, double> &values,
                                                              std::optional<qint64> expectedRevision) const
{
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        if (!std::isfinite(it.value()))
            return notFinite(leverId, it.key());
    }
    const QString what = Tr::tr("Saving lever %1 failed").arg(leverId);
    return ScenarioRepository(m_store).modify(scenario, expectedRevision, what,
                                              [&](QSqlDatabase db, const Scenario &s) -> StoreError {
        QSqlQuery clear(db);
        clear.prepare(QStringLiteral("DELETE FROM lever_settings WHERE scenario_id = :s AND lever_id = :l"));
        clear.bindValue(QStringLiteral(":s"), s.id);
        clear.bindValue(QStringLiteral(":l"), leverId);
        if (!clear.exec())
            return Store::sqlError(what, clear.lastError());
        if (StoreError e = dropLeverBasis(db, s.id, leverId, what))
            return e;
        return upsertLeverValues(db, s.id, leverId, values, what);
    });
}

Result<Scenario> ScenarioInputsRepository::clearLever(const QString &scenario, const QString &leverId,
                                                      std::optional<qint64> expectedRevision) const
{
    const QString what = Tr::tr("Saving lever %1 failed").arg(leverId);
    return ScenarioRepository(m_store).modify(scenario, expectedRevision, what,
                                              [&](QSqlDatabase db, const Scenario &s) -> StoreError {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("DELETE FROM lever_settings WHERE scenario_id = :s AND lever_id = :l"));
        q.bindValue(QStringLiteral(":s"), s.id);
        q.bindValue(QStringLiteral(":l"), leverId);
        if (!q.exec())
            return Store::sqlError(what, q.lastError());
        return dropLeverBasis(db, s.id, leverId, what);
    });
}

Result<Scenario> ScenarioInputsRepository::setLeverUncertainty(const QString &scenario,
                                                               const StoredUncertainty &uncertainty,
                                                               std::optional<qint64> expectedRevision) const
{
    return setUncertainty(QStringLiteral("lever_uncertainty"), QStringLiteral("lever_id"), scenario, uncertainty,
                          expectedRevision);
}

Result<Scenario> ScenarioInputsRepository::setBaselineUncertainty(const QString &scenario,
                                                                  const StoredUncertainty &uncertainty,
                                                                  std::optional<qint64> expectedRevision) const
{
    return setUncertainty(QStringLiteral("baseline_uncertainty"), QStringLiteral("indicator_id"), scenario,
                          uncertainty, expectedRevision);
}

Result<Scenario> ScenarioInputsRepository::setUncertainty(const QString &table, const QString &idColumn,
                                                          const QString &scenario,
                                                          const StoredUncertainty &uncertainty,
                                                          std::optional<qint64> expectedRevision) const
{
    if (StoreError e = checkUncertainty(uncertainty))
        return e;
    const QString what = Tr::tr("Saving the uncertainty of %1 failed").arg(uncertainty.id);
    return ScenarioRepository(m_store).modify(scenario, expectedRevision, what,
                                              [&](QSqlDatabase db, const Scenario &s) -> StoreError {
        // Table and column are the two constants above, never user input.
        QSqlQuery q(db);
        q.prepare(QStringLiteral("INSERT INTO %1 (scenario_id, %2, kind, spread) VALUES (:s, :id, :k, :sp)"
                                 " ON CONFLICT(scenario_id, %2) DO UPDATE SET kind = excluded.kind,"
                                 " spread = excluded.spread").arg(table, idColumn));
        q.bindValue(QStringLiteral(":s"), s.id);
        q.bindValue(QStringLiteral(":id"), uncertainty.id);
        q.bindValue(QStringLiteral(":k"), uncertainty.kind);
        q.bindValue(QStringLiteral(":sp"), uncertainty.spread);
        return q.exec() ? StoreError{} : Store::sqlError(what, q.lastError());
    });
}

Result<Scenario> ScenarioInputsRepository::setObserved(const QString &scenario, const QString &indicatorId,
                                                       const QList<StoredObservation> &values,
                                                       std::optional<qint64> expectedRevision) const
{
    return setObservedValues(scenario, {{indicatorId, values}}, expectedRevision);
}

Result<Scenario> ScenarioInputsRepository::setObservedValues(const QString &scenario,
                                                             const QMap<QString, QList<StoredObservation>> &values,
                                                             std::optional<qint64> expectedRevision) const
{
    return setObservedValues(scenario, values, {}, expectedRevision);
}

namespace {

// Upserts and deletes of city observations inside a transaction.
StoreError writeCityRows(QSqlDatabase db, qint64 scenarioId, const QList<StoredCityObservation> &set,
                         const QList<StoredCityObservation> &remove, const QString &what)
{
    QSqlQuery erase(db);
    erase.prepare(QStringLiteral("DELETE FROM city_observations WHERE scenario_id = :s AND indicator_id = :i"
                                 " AND city = :c AND year = :y"));
    for (const StoredCityObservation &o : remove) {
        erase.bindValue(QStringLiteral(":s"), scenarioId);
        erase.bindValue(QStringLiteral(":i"), o.indicatorId);
        erase.bindValue(QStringLiteral(":c"), o.city);
        erase.bindValue(QStringLiteral(":y"), o.year);
        if (!erase.exec())
            return Store::sqlError(what, erase.lastError());
    }
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO city_observations (scenario_id, indicator_id, city, year, value, source)"
                             " VALUES (:s, :i, :c, :y, :v, :src) ON CONFLICT(scenario_id, indicator_id, city, year)"
                             " DO UPDATE SET value = excluded.value, source = excluded.source"));
    for (const StoredCityObservation &o : set) {
        q.bindValue(QStringLiteral(":s"), scenarioId);
        q.bindValue(QStringLiteral(":i"), o.indicatorId);
        q.bindValue(QStringLiteral(":c"), o.city);
        q.bindValue(QStringLiteral(":y"), o.year);
        q.bindValue(QStringLiteral(":v"), o.value);
        q.bindValue(QStringLiteral(":src"), sqlText(o.source));
        if (!q.exec())
            return Store::sqlError(what, q.lastError());
    }
    return {};
}

} // namespace

Result<Scenario> ScenarioInputsRepository::setObservedValues(const QString &scenario,
                                                             const QMap<QString, QList<StoredObservation>> &values,
                                                             const QList<StoredCityObservation> &cityValues,
                                                             std::optional<qint64> expectedRevision) const
{
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        for (const StoredObservation &o : it.value()) {
            if (!std::isfinite(o.value))
                return notFinite(it.key(), o.year);
        }
    }
    for (const StoredCityObservation &o : cityValues) {
        if (!std::isfinite(o.value))
            return notFinite(o.indicatorId, o.year);
    }
    const QString what = values.size() == 1 && cityValues.isEmpty()
                             ? Tr::tr("Saving observed values of %1 failed").arg(values.firstKey())
                             : Tr::tr("Saving observed values failed");
    return ScenarioRepository(m_store).modify(scenario, expectedRevision, what,
                                              [&](QSqlDatabase db, const Scenario &s) -> StoreError {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("INSERT INTO observed_values (scenario_id, indicator_id, year, value, source)"
                                 " VALUES (:s, :i, :y, :v, :src) ON CONFLICT(scenario_id, indicator_id, year)"
                                 " DO UPDATE SET value = excluded.value, source = excluded.source"));
        for (auto it = values.cbegin(); it != values.cend(); ++it) {
            for (const StoredObservation &o : it.value()) {
                q.bindValue(QStringLiteral(":s"), s.id);
                q.bindValue(QStringLiteral(":i"), it.key());
                q.bindValue(QStringLiteral(":y"), o.year);
                q.bindValue(QStringLiteral(":v"), o.value);
                q.bindValue(QStringLiteral(":src"), sqlText(o.source));
                if (!q.exec())
                    return Store::sqlError(what, q.lastError());
            }
        }
        return writeCityRows(db, s.id, cityValues, {}, what);
    });
}

Result<QList<StoredCityObservation>> ScenarioInputsRepository::cityObservations(qint64 scenarioId) const
{
    QSqlQuery q(m_store.database());
    q.prepare(QStringLiteral("SELECT city, indicator_id, year, value, source FROM city_observations"
                             " WHERE scenario_id = :s ORDER BY city, indicator_id, year"));
    q.bindValue(QStringLiteral(":s"), scenarioId);
    if (!q.exec())
        return Store::sqlError(Tr::tr("Reading the cities' observed values failed"), q.lastError());
    QList<StoredCityObservation> result;
    while (q.next())
        result.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toInt(), q.value(3).toDouble(),
                       q.value(4).toString()});
    return result;
}

Result<Scenario> ScenarioInputsRepository::setCityObservations(const QString &scenario,
                                                               const QList<StoredCityObservation> &set,
                                                               const QList<StoredCityObservation> &remove,
                                                               std::optional<qint64> expectedRevision) const
{
    for (const StoredCityObservation &o : set) {
        if (!std::isfinite(o.value))
            return notFinite(o.indicatorId, o.year);
    }
    const QString what = Tr::tr("Saving the cities' observed values failed");
    return ScenarioRepository(m_store).modify(scenario, expectedRevision, what,
                                              [&](QSqlDatabase db, const Scenario &s) -> StoreError {
        return writeCityRows(db, s.id, set, remove, what);
    });
}

Result<Scenario> ScenarioInputsRepository::setProjection(const QString &scenario, const QString &indicatorId,
                                                         const StoredProjection &projection,
                                                         std::optional<qint64> expectedRevision) const
{
    const QString what = Tr::tr("Saving the projection of %1 failed").arg(indicatorId);
    return ScenarioRepository(m_store).modify(scenario, expectedRevision, what,
                                              [&](QSqlDatabase db, const Scenario &s) -> StoreError {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("INSERT INTO projection_choices (scenario_id, indicator_id, method, parameters)"
                                 " VALUES (:s, :i, :m, :p) ON CONFLICT(scenario_id, indicator_id)"
                                 " DO UPDATE SET method = excluded.method, parameters = excluded.parameters"));
        q.bindValue(QStringLiteral(":s"), s.id);
        q.bindValue(QStringLiteral(":i"), indicatorId);
        q.bindValue(QStringLiteral(":m"), projection.method);
        q.bindValue(QStringLiteral(":p"), QString::fromUtf8(QJsonDocument(projection.parameters).toJson(QJsonDocument::Compact)));
        return q.exec() ? StoreError{} : Store::sqlError(what, q.lastError());
    });
}

} // namespace Planner::Storage
