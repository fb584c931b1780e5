// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/assessmentsettings.h"
#include "engine/catalog.h"
#include "engine/error.h"
#include "engine/simulation.h"

#include <QString>

#include <functional>

namespace Planner::Engine {

struct GoalSeekOptions
{
    // Monte Carlo for the 90 % goal: the same seed for every trial (common
    // random numbers), so the answer is a deterministic function of the
    // inputs and the probability moves only with the lever.
    // The same draws and seed as `project` (analysis::ProjectionRequest), so
    // that applying the answer gives the probability it promised.
    int draws = 1000;
    quint64 seed = kDefaultSeed;
    // Settings tried across [min, max] (both ends included) to check that
    // the indicator moves monotonically with the lever and to bracket the
    // answer.
    int gridPoints = 11;
    // Bisection stops when the bracket is this narrow, in the lever's unit;
    // 0: (max - min) x 1e-6.
    double tolerance = 0.0;
    AssessmentSettings assessment;
    // Asked before every run of the model the search makes (one step: a
    // central run, or the draws at one setting), on the thread the search
    // runs on. When it answers true the search stops before that step and
    // returns the error code "goalseek.stopped" (field "stopped") with the
    // number of steps run. Empty: the search runs to its end.
    std::function<bool()> stopRequested;
};

struct GoalSeekAnswer
{
    bool reachable = false;
    double value = 0.0;         // the setting for every year (NaN when not reachable)
    double projected = 0.0;     // P50 in the target's year at that setting
    double probability = 0.0;   // of meeting the target at that setting, with the options' draws and seed
                                //   (for the P50 answer too: not the central run's 1 or 0)
    QString reason;             // why not reachable, a code: out_of_range (put into words at the edge)
};

// The constant setting of one lever, nearest to the scenario's own, that
// meets a target: at P50 (the deterministic central run meets it) and with
// at least AssessmentSettings::onTrackProbability (90 %) probability. The
// scenario's own setting is the mean of its schedule over the years after
// the indicator's start up to the target's year; when that setting (held
// constant) already meets the goal, it is the answer. Otherwise the lever's
// range is scanned on a grid, the meeting grid point nearest the scenario's
// setting brackets the answer with its neighbour, and bisection narrows it
// to the tolerance; the answer is then rounded, away from the failing side,
// to leverDecimals (the precision the lever panel and `lever set` show), and
// the rounded value is checked again (the answer returned always meets the
// goal).
struct GoalSeekResult
{
    QString targetId;
    QString leverId;
    QString unitZh;
    QString unitEn;
    double scenarioSetting = 0.0;
    GoalSeekAnswer p50;
    GoalSeekAnswer p90;
};

// Errors: unknown target or lever; a milestone target; the lever does not
// act on the target's indicator (no model upstream of it reads the lever);
// draws or grid points too few; the indicator's value in the target's year
// not monotonic in the lever across its range (named, with three settings
// that show it); stopped on request (GoalSeekOptions::stopRequested); any
// error of preparing or assessing the scenario. Each carries a code
// ("goalseek.milestone", "goalseek.not_upstream", "goalseek.not_monotonic",
// "goalseek.stopped", ...) and its parameters for the words at the edge.
Expected<GoalSeekResult> goalSeek(const Simulator &simulator, const ScenarioInputs &inputs, const QString &targetId,
                                  const QString &leverId, const GoalSeekOptions &options = {},
                                  const SimulationOptions &simulation = {});

// The same on a prepared scenario, for a target given in full (say, with the
// scenario's override applied).
Expected<GoalSeekResult> goalSeek(PreparedScenario prepared, const Target &target, const Indicator &indicator,
                                  const QString &leverId, const GoalSeekOptions &options = {});

} // namespace Planner::Engine
