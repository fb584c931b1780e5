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
    // Why the target is judged as it is, as a code with its parameters
    // (peak_declines / peak_no_decline {value, year}, plateau_from {year},
    // still_growing, milestone_no_proxy, proxies_without_data, no_data,
    // no_value, run_too_short {last year}, before_base_year {year, base
    // year}, no_result); empty when there is nothing to add. Put into words
    // by Wording::reasonText, in the language of whoever reads it.
    QString reason;
    QStringList reasonArgs;
};

// Every target of the catalog judged against the projection (the engine's
// assessment), in catalog order.
QList<TargetOutcome> assessTargets(const Projection &projection, const Engine::Catalog &catalog);

} // namespace Planner::Analysis
