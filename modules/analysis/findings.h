// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/targetoutcomes.h"

#include <QCoreApplication>
#include <QString>

namespace Planner::Engine {
struct Indicator;
struct Target;
}

namespace Planner::Analysis {

// The one-line findings the presentation view and the reports print under a
// chart, generated from a target's assessment in the current language
// (translator installed by the application), for example
// "按当前情景，2035年森林覆盖率预计为45.6%，低于46%目标0.4个百分点，达成概率31%".
class Findings
{
    Q_DECLARE_TR_FUNCTIONS(Planner::Analysis::Findings)

public:
    // The finding for one target of an indicator.
    static QString finding(const TargetOutcome &outcome, const Engine::Indicator &indicator,
                           const Engine::Target &target);

    // achieved -> 已达成 / achieved, ... in the current language.
    static QString statusLabel(const QString &status);

    // plan -> 规划目标 / plan target; planner -> 工作目标（规划者设定） /
    // working target (set by the planner).
    static QString originLabel(const QString &origin);

    // The headline is the status; where the observed trend so far (the rate
    // class) tells another story, one sentence says why (TargetOutcome::
    // lenses); empty where they agree.
    static QString lensSentence(const TargetOutcome &outcome);

    // A value with the indicator's decimals and its unit ("45.6%", "1250 万吨");
    // a target's value without trailing zeros ("46%", not "46.00%").
    static QString valueWithUnit(double value, const Engine::Indicator &indicator);
    static QString targetWithUnit(double value, const Engine::Indicator &indicator);

private:
    static QString withUnit(const QString &number, const Engine::Indicator &indicator);
};

} // namespace Planner::Analysis
