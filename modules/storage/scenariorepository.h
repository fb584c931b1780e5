// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/scenario.h"
#include "storage/storeerror.h"

#include <QList>
#include <QSqlDatabase>

#include <functional>

#include <optional>

namespace Planner::Storage {

class Store;

// Scenarios and their per-scenario overrides. Every change is one
// transaction and raises the scenario's revision.
class ScenarioRepository final
{
public:
    explicit ScenarioRepository(const Store &store) : m_store(store) {}

    Result<QList<Scenario>> list() const;
    Result<Scenario> find(const QString &name) const;
    Result<Scenario> findById(qint64 id) const;

    Result<Scenario> create(const QString &name, const QString &author, const QString &notes = {}) const;
    // A copy of `source` with all its per-scenario data, remembering its parent.
    Result<Scenario> fork(const QString &source, const QString &newName, const QString &author) const;
    // expectedRevision: the revision the caller read, or nullopt to skip the check.
    Result<Scenario> rename(const QString &name, const QString &newName,
                            std::optional<qint64> expectedRevision = std::nullopt) const;
    Result<Scenario> setNotes(const QString &name, const QString &notes,
                              std::optional<qint64> expectedRevision = std::nullopt) const;
    // Who is responsible for the scenario (free text; empty clears it).
    Result<Scenario> setAuthor(const QString &name, const QString &author,
                               std::optional<qint64> expectedRevision = std::nullopt) const;
    // Refuses to delete the last scenario.
    StoreError remove(const QString &name) const;

    Result<Scenario> setBaselineOverride(const QString &scenario, const QString &indicatorId, int year, double value,
                                         const QString &source,
                                         std::optional<qint64> expectedRevision = std::nullopt) const;
    Result<Scenario> setTargetOverride(const QString &scenario, const QString &targetId, int year,
                                       std::optional<double> value, std::optional<double> tolerance,
                                       std::optional<qint64> expectedRevision = std::nullopt) const;

    // Adds the shipped templates (现状趋势情景, 规划路径情景) that the
    // database lacks and brings their lever settings and bases in line with
    // the shipped ones; a planner's scenario that has a template's name is
    // renamed "name (2)". Runs inside the caller's transaction (Store::open).
    StoreError seedTemplates() const;

    // Checks a scenario name: trimmed, 1-100 characters, no control characters.
    static StoreError validateName(const QString &name);

    // One change to a scenario, the way every change is made: in one
    // transaction, find the scenario, raise its revision (refusing when
    // expectedRevision is given and stale), apply `change`, commit, and
    // return the scenario as saved. Any error rolls everything back. On a
    // team server a connection lost before the commit is opened again and
    // the change made once more (see the definition). On a team server it
    // holds the scenario's own write lock (Transaction::ScenarioWrite), so
    // edits of other scenarios go on meanwhile.
    using Change = std::function<StoreError(QSqlDatabase db, const Scenario &scenario)>;
    Result<Scenario> modify(const QString &name, std::optional<qint64> expectedRevision, const QString &what,
                            const Change &change) const;

private:
    // modify() under the store's write lock (a change of the scenario's
    // name, which other scenarios' names are checked against), or the
    // scenario's own (every other change).
    enum class LockScope { Store, Scenario };
    Result<Scenario> modifyLocked(const QString &name, std::optional<qint64> expectedRevision, const QString &what,
                                  const Change &change, LockScope scope) const;
    // One attempt of modify(); *committing is set once the COMMIT is sent.
    Result<Scenario> modifyOnce(const QString &name, std::optional<qint64> expectedRevision, const QString &what,
                                const Change &change, LockScope scope, bool *committing) const;
    // Raises the revision (checking expectedRevision) inside the caller's transaction.
    StoreError touch(const Scenario &scenario, std::optional<qint64> expectedRevision) const;

    const Store &m_store;
};

} // namespace Planner::Storage
