// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/catalog.h"
#include "engine/projectionchoice.h"
#include "engine/trajectory.h"

#include <QHash>
#include <QList>
#include <QString>

#include <optional>
#include <span>

namespace Planner::Engine {

// One indicator's outcome of a run: its data, the central (deterministic)
// trajectory, the P10/P50/P90 band and every draw.
struct IndicatorResult
{
    QString id;
    Direction direction = Direction::None;
    std::optional<YearPoint> baseline;     // after the scenario's override
    bool baselineIsAssumption = false;     // no published figure behind it
    QList<YearPoint> observed;             // data points (observed values and the baseline), oldest first
    std::optional<YearPoint> start;        // the latest data point; empty: no data at all
    bool modelled = false;                 // filled by a model, not a generic projection

    Trajectory central;                    // the run without any draw
    QList<double> p10;                     // per year of `central`; in a deterministic
    QList<double> p50;                     // run all three equal `central`; empty when
    QList<double> p90;                     // Monte Carlo was asked for no bands

    // Every draw, year by year: draws[(year - central.firstYear) * drawCount + d].
    // A deterministic run has one draw, the central one. In a draw the start
    // value is moved by the baseline deviate; earlier data years are not.
    int drawCount = 0;
    QList<double> draws;

    std::span<const double> drawsAt(int year) const
    {
        if (!central.contains(year) || drawCount <= 0)
            return {};
        return {draws.constData() + qsizetype(year - central.firstYear) * drawCount, std::size_t(drawCount)};
    }
    double p50At(int year) const
    {
        return central.contains(year) && !p50.isEmpty() ? p50.at(year - central.firstYear) : central.at(year);
    }
};

// The outcome of a run for every indicator (in catalog order; a run limited
// to some indicators holds those and what they depend on).
struct RunResult
{
    int firstYear = 0;
    int lastYear = 0;
    int drawCount = 1;
    quint64 seed = 0;
    bool monteCarlo = false;
    QList<IndicatorResult> indicators;
    QHash<QString, int> index;  // indicator id -> position in `indicators`

    const IndicatorResult *find(const QString &id) const
    {
        const auto it = index.constFind(id);
        return it == index.cend() ? nullptr : &indicators.at(it.value());
    }
    QList<int> years() const
    {
        QList<int> list;
        for (int y = firstYear; y <= lastYear; ++y)
            list.append(y);
        return list;
    }
};

} // namespace Planner::Engine
