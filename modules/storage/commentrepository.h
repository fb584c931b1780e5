// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/storeerror.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace Planner::Storage {

class Store;

// A comment on a scenario, or on one of its targets (targetId), by a
// reviewer or a planner. Comments are not scenario settings: adding one does
// not raise the scenario's revision and a fork does not copy them.
struct Comment
{
    qint64 id = 0;  // 1, 2, … within the scenario
    QString targetId;  // empty: the scenario as a whole
    QString author;
    QDateTime created;
    QString text;
};

class CommentRepository final
{
public:
    explicit CommentRepository(const Store &store) : m_store(store) {}

    // Adds a comment under the name of whoever is connected: the server's
    // user on a team server (the server checks it), the operating system's
    // user on a file. An empty text or an unknown target is refused.
    Result<Comment> add(const QString &scenario, const QString &targetId, const QString &text) const;
    // The scenario's comments, oldest first.
    Result<QList<Comment>> list(const QString &scenario) const;

private:
    const Store &m_store;
};

} // namespace Planner::Storage
