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

// A plan task's state in a scenario.
struct StoredTaskProgress
{
    QString taskId;
    QString status;       // not_started, in_progress, done
    double progress = 0;  // 0-100 %
    QString evidence;
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

    Result<QMap<QString, StoredTaskProgress>> taskProgress(qint64 scenarioId) const;
    Result<Scenario> setTaskProgress(const QString &scenario, const StoredTaskProgress &progress,
                                     std::optional<qint64> expectedRevision = std::nullopt) const;
    // Removes a task's stored progress (the task is back at the plan's
    // default), in one transaction: what an undo of a first edit restores.
    Result<Scenario> clearTaskProgress(const QString &scenario, const QString &taskId,
                                       std::optional<qint64> expectedRevision = std::nullopt) const;

    Result<QList<StoredCityShare>> cityShares(qint64 scenarioId, const QString &targetId) const;
    // Every decomposition of a scenario, by target id (each in stored order).
    Result<QMap<QString, QList<StoredCityShare>>> allCityShares(qint64 scenarioId) const;
    // Replaces the target's decomposition with these shares, in one transaction.
    Result<Scenario> setCityShares(const QString &scenario, const QString &targetId,
                                   const QList<StoredCityShare> &shares,
                                   std::optional<qint64> expectedRevision = std::nullopt) const;

private:
    const Store &m_store;
};

} // namespace Planner::Storage
