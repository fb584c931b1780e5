// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/implementationrepository.h"

#include "storage/scenariorepository.h"
#include "storage/sqlvalues.h"
#include "storage/store.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <cmath>
#include <utility>

namespace Planner::Storage {

Result<QMap<QString, StoredTaskProgress>> ImplementationRepository::taskProgress(qint64 scenarioId,
                                                                                 const QString &city) const
{
    QSqlQuery q(m_store.database());
    q.prepare(QStringLiteral("SELECT task_id, status, progress, evidence FROM task_progress"
                             " WHERE scenario_id = :s AND city = :c"));
    q.bindValue(QStringLiteral(":s"), scenarioId);
    q.bindValue(QStringLiteral(":c"), sqlText(city));
    if (!q.exec())
        return Store::sqlError(Tr::tr("Reading task progress failed"), q.lastError());
    QMap<QString, StoredTaskProgress> result;
    while (q.next())
        result.insert(q.value(0).toString(), {q.value(0).toString(), q.value(1).toString(), q.value(2).toDouble(),
                                              q.value(3).toString(), city});
    return result;
}

Result<QMap<QString, QMap<QString, StoredTaskProgress>>>
ImplementationRepository::cityTaskProgress(qint64 scenarioId) const
{
    QSqlQuery q(m_store.database());
    q.prepare(QStringLiteral("SELECT task_id, status, progress, evidence, city FROM task_progress"
                             " WHERE scenario_id = :s AND city <> ''"));
    q.bindValue(QStringLiteral(":s"), scenarioId);
    if (!q.exec())
        return Store::sqlError(Tr::tr("Reading task progress failed"), q.lastError());
    QMap<QString, QMap<QString, StoredTaskProgress>> result;
    while (q.next())
        result[q.value(4).toString()].insert(q.value(0).toString(),
                                             {q.value(0).toString(), q.value(1).toString(), q.value(2).toDouble(),
                                              q.value(3).toString(), q.value(4).toString()});
    return result;
}

Result<Scenario> ImplementationRepository::setTaskProgress(const QString &scenario, const StoredTaskProgress &progress,
                                                           std::optional<qint64> expectedRevision) const
{
    static const QStringList statuses{QStringLiteral("not_started"), QStringLiteral("in_progress"), QStringLiteral("done")};
    if (!statuses.contains(progress.status))
        return StoreError{StoreError::Code::InvalidValue,
                          Tr::tr("%1: unknown status \"%2\" (not_started, in_progress or done).")
                              .arg(progress.taskId, progress.status)};
    if (!std::isfinite(progress.progress) || progress.progress < 0 || progress.progress > 100)
        return StoreError{StoreError::Code::InvalidValue,
                          Tr::tr("%1: progress must be a number from 0 to 100.").arg(progress.taskId)};
    const QString what = Tr::tr("Saving task %1 failed").arg(progress.taskId);
    return ScenarioRepository(m_store).modify(scenario, expectedRevision, what,
                                              [&](QSqlDatabase db, const Scenario &s) -> StoreError {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("INSERT INTO task_progress (scenario_id, task_id, status, progress, evidence, city)"
                                 " VALUES (:s, :t, :st, :p, :e, :c) ON CONFLICT(scenario_id, task_id, city) DO UPDATE SET"
                                 " status = excluded.status, progress = excluded.progress, evidence = excluded.evidence"));
        q.bindValue(QStringLiteral(":s"), s.id);
        q.bindValue(QStringLiteral(":t"), progress.taskId);
        q.bindValue(QStringLiteral(":st"), progress.status);
        q.bindValue(QStringLiteral(":p"), progress.progress);
        q.bindValue(QStringLiteral(":e"), sqlText(progress.evidence));
        q.bindValue(QStringLiteral(":c"), sqlText(progress.city));
        return q.exec() ? StoreError{} : Store::sqlError(what, q.lastError());
    });
}

Result<Scenario> ImplementationRepository::clearTaskProgress(const QString &scenario, const QString &taskId,
                                                             std::optional<qint64> expectedRevision,
                                                             const QString &city) const
{
    const QString what = Tr::tr("Saving task %1 failed").arg(taskId);
    return ScenarioRepository(m_store).modify(scenario, expectedRevision, what,
                                              [&](QSqlDatabase db, const Scenario &s) -> StoreError {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("DELETE FROM task_progress WHERE scenario_id = :s AND task_id = :t AND city = :c"));
        q.bindValue(QStringLiteral(":s"), s.id);
        q.bindValue(QStringLiteral(":t"), taskId);
        q.bindValue(QStringLiteral(":c"), sqlText(city));
        return q.exec() ? StoreError{} : Store::sqlError(what, q.lastError());
    });
}

Result<QList<StoredCityShare>> ImplementationRepository::cityShares(qint64 scenarioId, const QString &targetId) const
{
    QSqlQuery q(m_store.database());
    q.prepare(QStringLiteral("SELECT city, share FROM city_shares WHERE scenario_id = :s AND target_id = :t"
                             " ORDER BY ord"));
    q.bindValue(QStringLiteral(":s"), scenarioId);
    q.bindValue(QStringLiteral(":t"), targetId);
    if (!q.exec())
        return Store::sqlError(Tr::tr("Reading the decomposition of %1 failed").arg(targetId), q.lastError());
    QList<StoredCityShare> result;
    while (q.next())
        result.append({q.value(0).toString(), q.value(1).toDouble()});
    return result;
}

Result<QMap<QString, QList<StoredCityShare>>> ImplementationRepository::allCityShares(qint64 scenarioId) const
{
    QSqlQuery q(m_store.database());
    q.prepare(QStringLiteral("SELECT target_id, city, share FROM city_shares WHERE scenario_id = :s ORDER BY target_id, ord"));
    q.bindValue(QStringLiteral(":s"), scenarioId);
    if (!q.exec())
        return Store::sqlError(Tr::tr("Reading the decompositions failed"), q.lastError());
    QMap<QString, QList<StoredCityShare>> result;
    while (q.next())
        result[q.value(0).toString()].append({q.value(1).toString(), q.value(2).toDouble()});
    return result;
}

Result<Scenario> ImplementationRepository::setCityShare(const QString &scenario, const QString &targetId,
                                                        const StoredCityShare &share,
                                                        std::optional<qint64> expectedRevision) const
{
    if (!std::isfinite(share.share))
        return StoreError{StoreError::Code::InvalidValue,
                          Tr::tr("%1: the share must be a finite number.").arg(share.city)};
    const QString what = Tr::tr("Saving the decomposition of %1 failed").arg(targetId);
    return ScenarioRepository(m_store).modify(scenario, expectedRevision, what,
                                              [&](QSqlDatabase db, const Scenario &s) -> StoreError {
        // A new city goes after the others (ord one past the largest); a
        // city already there keeps its place.
        QSqlQuery q(db);
        q.prepare(QStringLiteral("INSERT INTO city_shares (scenario_id, target_id, city, share, ord)"
                                 " VALUES (:s, :t, :c, :v, (SELECT COALESCE(MAX(ord) + 1, 0) FROM city_shares"
                                 " WHERE scenario_id = :s2 AND target_id = :t2))"
                                 " ON CONFLICT(scenario_id, target_id, city) DO UPDATE SET share = excluded.share"));
        q.bindValue(QStringLiteral(":s"), s.id);
        q.bindValue(QStringLiteral(":t"), targetId);
        q.bindValue(QStringLiteral(":c"), share.city);
        q.bindValue(QStringLiteral(":v"), share.share);
        q.bindValue(QStringLiteral(":s2"), s.id);
        q.bindValue(QStringLiteral(":t2"), targetId);
        return q.exec() ? StoreError{} : Store::sqlError(what, q.lastError());
    });
}

Result<Scenario> ImplementationRepository::setCityShares(const QString &scenario, const QString &targetId,
                                                         const QList<StoredCityShare> &shares,
                                                         std::optional<qint64> expectedRevision) const
{
    for (const StoredCityShare &c : shares) {
        if (!std::isfinite(c.share))
            return StoreError{StoreError::Code::InvalidValue,
                              Tr::tr("%1: the share must be a finite number.").arg(c.city)};
    }
    const QString what = Tr::tr("Saving the decomposition of %1 failed").arg(targetId);
    return ScenarioRepository(m_store).modify(scenario, expectedRevision, what,
                                              [&](QSqlDatabase db, const Scenario &s) -> StoreError {
        // Only the rows that change are written (a city left out is
        // deleted, a new or changed share or place written): the same
        // decomposition in the end, an audit trail of what changed, and a
        // city planner on a team server, whom the server lets write its own
        // city's row only, can save a split in which only its share changed.
        QMap<QString, std::pair<double, int>> stored;  // city -> share, ord
        QSqlQuery read(db);
        read.prepare(QStringLiteral("SELECT city, share, ord FROM city_shares WHERE scenario_id = :s AND target_id = :t"));
        read.bindValue(QStringLiteral(":s"), s.id);
        read.bindValue(QStringLiteral(":t"), targetId);
        if (!read.exec())
            return Store::sqlError(what, read.lastError());
        while (read.next())
            stored.insert(read.value(0).toString(), {read.value(1).toDouble(), read.value(2).toInt()});
        QSqlQuery remove(db);
        remove.prepare(QStringLiteral("DELETE FROM city_shares WHERE scenario_id = :s AND target_id = :t AND city = :c"));
        for (auto it = stored.cbegin(); it != stored.cend(); ++it) {
            const bool kept = std::any_of(shares.cbegin(), shares.cend(),
                                          [&](const StoredCityShare &c) { return c.city == it.key(); });
            if (kept)
                continue;
            remove.bindValue(QStringLiteral(":s"), s.id);
            remove.bindValue(QStringLiteral(":t"), targetId);
            remove.bindValue(QStringLiteral(":c"), it.key());
            if (!remove.exec())
                return Store::sqlError(what, remove.lastError());
        }
        QSqlQuery q(db);
        q.prepare(QStringLiteral("INSERT INTO city_shares (scenario_id, target_id, city, share, ord)"
                                 " VALUES (:s, :t, :c, :v, :o) ON CONFLICT(scenario_id, target_id, city) DO UPDATE SET"
                                 " share = excluded.share, ord = excluded.ord"));
        for (qsizetype ord = 0; ord < shares.size(); ++ord) {
            const StoredCityShare &c = shares.at(ord);
            const auto was = stored.constFind(c.city);
            if (was != stored.cend() && was->first == c.share && was->second == int(ord))
                continue;
            q.bindValue(QStringLiteral(":s"), s.id);
            q.bindValue(QStringLiteral(":t"), targetId);
            q.bindValue(QStringLiteral(":c"), c.city);
            q.bindValue(QStringLiteral(":v"), c.share);
            q.bindValue(QStringLiteral(":o"), int(ord));
            if (!q.exec())
                return Store::sqlError(what, q.lastError());
        }
        return {};
    });
}

} // namespace Planner::Storage
