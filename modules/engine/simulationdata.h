// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The engine's own bookkeeping behind Simulator and PreparedScenario: ids
// resolved to positions once, so a run looks nothing up by name. Not for
// modules or the UI.

#include "engine/catalog.h"
#include "engine/lever.h"
#include "engine/model.h"
#include "engine/projectionchoice.h"
#include "engine/random.h"

#include <QHash>
#include <QList>
#include <QString>

#include <memory>
#include <optional>
#include <vector>

namespace Planner::Engine::Detail {

struct ModelBinding
{
    std::shared_ptr<const Model> model;
    QString id;
    std::vector<int> levers;   // lever positions, in the order of Model::levers()
    std::vector<int> inputs;   // indicator positions, in the order of Model::consumes()
    std::vector<int> outputs;  // indicator positions, in the order of Model::publishes()
};

// What a Simulator is built from, checked and resolved; shared, read-only,
// by every scenario prepared from it.
struct SimulatorDefinition
{
    QList<Indicator> indicators;
    QHash<QString, int> indicatorIndex;
    QList<Lever> levers;
    QHash<QString, int> leverIndex;
    std::vector<ModelBinding> models;  // in run order: suppliers before consumers
    std::vector<int> publisher;        // per indicator: its model's position in `models`, or -1
};

// Years [begin, end) (positions in the run) in which a lever's schedule has
// one value: one sample per draw serves them all.
struct LeverSegment
{
    int begin = 0;
    int end = 0;
    TruncatedDistribution distribution;
};

struct LeverState
{
    std::vector<double> central;          // per year of the run
    Uncertainty uncertainty;
    bool uncertain = false;
    std::vector<LeverSegment> segments;   // when uncertain
};

struct IndicatorState
{
    std::vector<double> initial;          // per year: data up to lastObservedYear, NaN after
    int lastObservedYear = 0;
    int startIndex = -1;                  // position of the start year; -1: no data
    bool baselineUncertain = false;
    TruncatedDistribution baseline;       // around the start value
    bool projected = false;               // no model: a generic projection
    ProjectionChoice projection;          // resolved (projection.h)

    // Carried into IndicatorResult.
    std::optional<YearPoint> baselinePoint;
    bool baselineIsAssumption = false;
    QList<YearPoint> observed;
    std::optional<YearPoint> start;
};

} // namespace Planner::Engine::Detail
