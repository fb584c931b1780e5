// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace Planner::Engine {

// The plan's three stages (the plan's 总体要求). The only
// place the stage boundaries are written down.
struct Stage
{
    int number = 0;   // 1, 2, 3
    int first = 0;    // first year, inclusive
    int last = 0;     // last year, inclusive
    QString ordinalZh;  // 第一阶段
    QString ordinalEn;  // Stage 1
    QString nameZh;     // 深入攻坚、持续改善
    QString nameEn;
};

inline constexpr int kPlanFirstYear = 2024;
inline constexpr int kPlanLastYear = 2035;
// Runs may go on past the plan, for context, up to this year.
inline constexpr int kLatestProjectionYear = 2040;

// The three stages in order.
const QList<Stage> &planStages();

// The stage with that number, or nothing for a number other than 1, 2, 3.
std::optional<Stage> planStage(int number);

// The stage a year belongs to: 0 before 2024, 1, 2 or 3 inside the plan, and
// 3 after 2035 (years after the plan follow stage 3's last value).
int stageOfYear(int year);

} // namespace Planner::Engine
