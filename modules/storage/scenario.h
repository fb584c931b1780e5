// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>

namespace Planner::Storage {

// A named, versioned set of a planner's choices. The revision rises with
// every saved change; a writer that names the revision it read is refused
// when somebody else saved in between.
struct Scenario
{
    qint64 id = 0;
    QString name;
    qint64 parentId = 0;     // the scenario it was forked from, 0 if none
    QString parentName;
    QString notes;
    QString author;
    QDateTime created;
    QDateTime modified;
    qint64 revision = 0;
};

// The scenario every new database starts with.
QString baselineScenarioName();

} // namespace Planner::Storage
