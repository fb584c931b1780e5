// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/scenario.h"
#include "storage/storeerror.h"

#include <QList>
#include <QMap>
#include <QString>

#include <optional>

namespace Planner::Storage {

class Store;

// A plan task's state in a scenario: the province's own record (city
// empty) or one city's (the city's Chinese name, one of
// Implementation::knownCities()).
struct StoredTaskProgress
{
    QString taskId;
    QString status;       // not_started, in_progress, done
    double progress = 0;  // 0-100 %
    QString evidence;
    QString city{};       // empty: the province's record
};

struct StoredCityShare
{
    QString city;
    double share = 0;     // % of the province's target
};

// Implementation data of a scenario (chapters 七 and 八): task progress and
// city decompositions. Checks of meaning (known task, cities adding to 100 %)
// are the implementation module's; the store checks finiteness and ranges.
class ImplementationRepository final
{
public:
    explicit ImplementationRepository(const Store &store) : m_store(store) {}

    // One record per task, by task id: the province's (city empty) or one
    // city's records.
    Result<QMap<QString, StoredTaskProgress>> taskProgress(qint64 scenarioId, const QString &city = QString()) const;
    // Every city's records (not the province's), by city, then task id.
    Result<QMap<QString, QMap<QString, StoredTaskProgress>>> cityTaskProgress(qint64 scenarioId) const;
    // Stores progress.city's record of the task (the province's when empty).
    Result<Scenario> setTaskProgress(const QString &scenario, const StoredTaskProgress &progress,
                                     std::optional<qint64> expectedRevision = std::nullopt) const;
    // Removes a task's stored progress (the task is back at the plan's
    // default), in one transaction: what an undo of a first edit restores.
    Result<Scenario> clearTaskProgress(const QString &scenario, const QString &taskId,
                                       std::optional<qint64> expectedRevision = std::nullopt,
                                       const QString &city = QString()) const;

    Result<QList<StoredCityShare>> cityShares(qint64 scenarioId, const QString &targetId) const;
    // Every decomposition of a scenario, by target id (each in stored order).
    Result<QMap<QString, QList<StoredCityShare>>> allCityShares(qint64 scenarioId) const;
    // Stores one city's share of the target (added at the end of the
    // decomposition, or changed in place), leaving the other cities' shares
    // as they are: how a city planner changes its own share.
    Result<Scenario> setCityShare(const QString &scenario, const QString &targetId, const StoredCityShare &share,
                                  std::optional<qint64> expectedRevision = std::nullopt) const;
    // Replaces the target's decomposition with these shares, in one transaction.
    Result<Scenario> setCityShares(const QString &scenario, const QString &targetId,
                                   const QList<StoredCityShare> &shares,
                                   std::optional<qint64> expectedRevision = std::nullopt) const;

private:
    const Store &m_store;
};

} // namespace Planner::Storage
