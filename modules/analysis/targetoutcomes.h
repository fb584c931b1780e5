// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/projection.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Planner::Engine { class Catalog; }

namespace Planner::Analysis {

// One target's outcome in a projection, as every view prints it.
struct TargetOutcome
{
    QString targetId;
    QString indicatorId;
    int year = 0;
    QString kind;                      // at_least, about, ...
    std::optional<double> value;       // the target's value (none for milestones)
    std::optional<double> projected;   // P50 at the target year
    std::optional<double> gap;         // target - projected, in the unit (signed: positive = short)
    std::optional<double> gapPercent;  // gap in % of the target
    std::optional<double> probability; // share of draws that meet it
    QString status;                    // achieved, on_track, at_risk, off_track, not_assessable
    std::optional<double> rateRatio;   // Eurostat R
    QString rateClass;                 // achieved, on_track, acceleration_needed, limited_progress, moving_away, not_assessable
    std::optional<double> anticipatedGap;  // ESCAP
    QString origin;                    // plan (the plan's own target) or planner (a working target)
    bool undated = false;              // the plan gives no year: judged at `year`, the horizon
    // How the two lenses relate: the headline is the status (the scenario's
    // probability); the rate class is the observed trend so far.
    //   agree: they tell the same story (or one of them is not formed);
    //   trend_ahead_of_scenario: the trend so far is fast enough (on track
    //     or achieved) but the scenario's levers slow it: status at risk or
    //     off track;
    //   scenario_ahead_of_trend: the trend so far is too slow (or moving
    //     away) but the scenario's levers speed it up: status on track.
    QString lenses;
    std::optional<int> rateBaseYear;   // the base year of the rate test (its first observation used)
    // Why the target is judged as it is, as a code with its parameters
    // (peak_declines / peak_no_decline {value, year}, plateau_from {year},
    // still_growing, baseline_derived_from_target, no_thresholded_proxy,
    // proxies_meeting {met, of}, milestone_no_proxy, proxies_without_data,
    // no_data, no_value, run_too_short {last year}, before_base_year {year,
    // base year}, no_result); empty when there is nothing to add. Put into
    // words by Wording::reasonText, in the language of whoever reads it.
    QString reason;
    QStringList reasonArgs;
};

// The relation of a status and a rate class (the `lenses` codes above).
QString lensRelation(const QString &status, const QString &rateClass);

// Every target of the catalog judged against the projection (the engine's
// assessment), in catalog order.
QList<TargetOutcome> assessTargets(const Projection &projection, const Engine::Catalog &catalog);

} // namespace Planner::Analysis
