// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/scenario.h"
#include "storage/scenarioinputs.h"
#include "storage/storeerror.h"

#include <QSqlDatabase>

#include <optional>

namespace Planner::Storage {

class Store;

// A scenario's inputs to the engine: lever settings by year, uncertainty,
// observed values and projection choices. Each setter is one transaction
// that raises the scenario's revision (ScenarioRepository::modify). Values
// are checked for being finite here; ranges are the engine's to check.
// Replaces nothing: inserts the given bases of a scenario's levers inside the
// caller's transaction (the shipped templates, an imported scenario file).
StoreError writeLeverBases(QSqlDatabase db, qint64 scenarioId, const QMap<QString, StoredLeverBasis> &bases,
                           const QString &what);

class ScenarioInputsRepository final
{
public:
    explicit ScenarioInputsRepository(const Store &store) : m_store(store) {}

    Result<StoredInputs> load(qint64 scenarioId) const;

    // Each of the three lever writers below also removes the lever's basis
    // (StoredLeverBasis) in that scenario: from then on it is the planner's
    // setting (or, after clearLever, the catalog's default).
    // Sets the given years of a lever (other years keep their values).
    Result<Scenario> setLeverValues(const QString &scenario, const QString &leverId, const QMap<int, double> &values,
                                    std::optional<qint64> expectedRevision = std::nullopt) const;
    // Replaces every stored year of a lever with exactly these years (years
    // not in `values` become unset), in one transaction: what an undo of a
    // lever edit restores.
    Result<Scenario> replaceLeverValues(const QString &scenario, const QString &leverId,
                                        const QMap<int, double> &values,
                                        std::optional<qint64> expectedRevision = std::nullopt) const;
    // Back to the lever's default in every year.
    Result<Scenario> clearLever(const QString &scenario, const QString &leverId,
                                std::optional<qint64> expectedRevision = std::nullopt) const;
    Result<Scenario> setLeverUncertainty(const QString &scenario, const StoredUncertainty &uncertainty,
                                         std::optional<qint64> expectedRevision = std::nullopt) const;
    Result<Scenario> setBaselineUncertainty(const QString &scenario, const StoredUncertainty &uncertainty,
                                            std::optional<qint64> expectedRevision = std::nullopt) const;
    // Sets observed values of an indicator for the given years.
    Result<Scenario> setObserved(const QString &scenario, const QString &indicatorId,
                                 const QList<StoredObservation> &values,
                                 std::optional<qint64> expectedRevision = std::nullopt) const;
    // Sets observed values of several indicators (indicator id -> values) in
    // one transaction: all of them or none.
    Result<Scenario> setObservedValues(const QString &scenario, const QMap<QString, QList<StoredObservation>> &values,
                                       std::optional<qint64> expectedRevision = std::nullopt) const;
    // The province's and the cities' observed values (a table with a city
    // column), in one transaction: all of them or none.
    Result<Scenario> setObservedValues(const QString &scenario, const QMap<QString, QList<StoredObservation>> &values,
                                       const QList<StoredCityObservation> &cityValues,
                                       std::optional<qint64> expectedRevision) const;

    // The cities' observed values of a scenario, by city, indicator and year.
    Result<QList<StoredCityObservation>> cityObservations(qint64 scenarioId) const;
    // Sets the cities' values in `set` (by city, indicator and year) and
    // removes those of `remove` (their value and source are not read), in
    // one transaction: what an import writes and its undo restores.
    Result<Scenario> setCityObservations(const QString &scenario, const QList<StoredCityObservation> &set,
                                         const QList<StoredCityObservation> &remove,
                                         std::optional<qint64> expectedRevision = std::nullopt) const;
    Result<Scenario> setProjection(const QString &scenario, const QString &indicatorId,
                                   const StoredProjection &projection,
                                   std::optional<qint64> expectedRevision = std::nullopt) const;

private:
    Result<Scenario> setUncertainty(const QString &table, const QString &idColumn, const QString &scenario,
                                    const StoredUncertainty &uncertainty, std::optional<qint64> expectedRevision) const;

    const Store &m_store;
};

} // namespace Planner::Storage
