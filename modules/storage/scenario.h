// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QLatin1StringView>
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
    // The shipped template this scenario is (kCurrentTrendsTemplate,
    // kPlanPathwayTemplate), empty for a planner's own scenario. A template
    // is read-only: every change is refused (StoreError::Code::Template);
    // fork it to change it.
    QString templateKey;

    bool isTemplate() const { return !templateKey.isEmpty(); }
};

inline constexpr QLatin1StringView kCurrentTrendsTemplate{"current_trends"};
inline constexpr QLatin1StringView kPlanPathwayTemplate{"plan_pathway"};

// The scenario the application opens and the command line assumes: the
// current-trends template (现状趋势情景). Its name is its key: the English
// interface shows a display name (Analysis::Wording::scenarioName).
QString baselineScenarioName();
// The plan-pathway template (规划路径情景).
QString planPathwayScenarioName();

// Who the person using the program is, as the operating system names them
// (USER, LOGNAME or USERNAME, else the account's login name): the author a
// new fork records unless one is given. Empty when the system names nobody;
// never the program's name.
QString operatingSystemUser();

} // namespace Planner::Storage
