// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/dependencygraph.h"

#include <QHash>

#include <algorithm>
#include <set>

namespace Planner::Engine {

namespace {

struct Edge
{
    int from = 0;       // the publisher
    QString indicator;  // what flows
};

// Follows "depends on" edges among the models still in the graph until a
// model repeats, and describes that loop.
Error describeCycle(const QList<QList<Edge>> &dependsOn, const QList<bool> &remaining, const QList<ModelNode> &models)
{
    int current = int(std::find(remaining.cbegin(), remaining.cend(), true) - remaining.cbegin());
    QList<int> path;
    QList<QString> via;  // via[i]: what path[i] consumes from path[i + 1]
    QHash<int, int> seenAt;
    while (!seenAt.contains(current)) {
        seenAt.insert(current, int(path.size()));
        path.append(current);
        for (const Edge &e : dependsOn.at(current)) {
            if (remaining.at(e.from)) {
                via.append(e.indicator);
                current = e.from;
                break;
            }
        }
    }
    // The loop is path[seenAt[current]] ... back to current; written in run
    // order (a publisher before its consumer).
    const int begin = seenAt.value(current);
    QStringList names;
    QStringList links;
    for (qsizetype i = path.size() - 1; i >= begin; --i) {
        names.append(models.at(path.at(i)).id);
        links.append(QStringLiteral("%1 consumes %2 from %3")
                         .arg(models.at(path.at(i)).id, via.at(i),
                              models.at(i == path.size() - 1 ? path.at(begin) : path.at(i + 1)).id));
    }
    names.append(models.at(path.constLast()).id);
    return makeError(QStringLiteral("consumes"), models.at(path.at(begin)).id, 0,
                     QStringLiteral("dependency cycle between models: %1 (%2)")
                         .arg(names.join(QStringLiteral(" -> ")), links.join(QStringLiteral("; "))));
}

} // namespace

Expected<QList<int>> orderModels(const QList<ModelNode> &models)
{
    const auto n = int(models.size());
    QHash<QString, int> publisher;
    for (int m = 0; m < n; ++m) {
        for (const QString &id : models.at(m).publishes) {
            const auto it = publisher.constFind(id);
            if (it != publisher.cend())
                return makeError(QStringLiteral("publishes"), id, 0,
                                 QStringLiteral("indicator %1 is published by two models: %2 and %3")
                                     .arg(id, models.at(it.value()).id, models.at(m).id));
            publisher.insert(id, m);
        }
    }

    QList<QList<Edge>> dependsOn(n);  // dependsOn[m]: the models m consumes from
    QList<QList<int>> consumers(n);   // consumers[m]: the models that consume from m
    QList<int> pending(n, 0);         // how many of m's suppliers have not run yet
    for (int m = 0; m < n; ++m) {
        QList<int> suppliers;
        for (const QString &id : models.at(m).consumes) {
            const auto it = publisher.constFind(id);
            if (it == publisher.cend())
                continue;
            dependsOn[m].append({it.value(), id});
            if (!suppliers.contains(it.value()))
                suppliers.append(it.value());
        }
        for (int s : suppliers)
            consumers[s].append(m);
        pending[m] = int(suppliers.size());
    }

    std::set<int> ready;
    for (int m = 0; m < n; ++m) {
        if (pending.at(m) == 0)
            ready.insert(m);
    }
    QList<int> order;
    order.reserve(n);
    QList<bool> remaining(n, true);
    while (!ready.empty()) {
        const int m = *ready.begin();
        ready.erase(ready.begin());
        order.append(m);
        remaining[m] = false;
        for (int c : consumers.at(m)) {
            if (--pending[c] == 0)
                ready.insert(c);
        }
    }
    if (order.size() < n)
        return describeCycle(dependsOn, remaining, models);
    return order;
}

} // namespace Planner::Engine
