// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/trajectory.h"

#include <QString>
#include <QStringList>
#include <QtGlobal>

#include <span>

namespace Planner::Engine {

// What a model sees in one run (one draw): its levers, its inputs and its
// outputs, by position in the lists it declared, so nothing is looked up by
// name while it runs. The engine builds it; a model only reads and writes.
class ModelContext final
{
public:
    // The years of every trajectory: [firstYear, lastYear].
    int firstYear() const { return m_firstYear; }
    int lastYear() const { return m_lastYear; }

    // The value of levers()[index] in a year of the run (already sampled for
    // this draw; always inside the lever's range).
    double lever(int index, int year) const
    {
        return m_leverRows[m_leverIndex[index]][year - m_firstYear];
    }

    // consumes()[index], complete for every year: the engine runs the model
    // that publishes it first (or projects it when no model does).
    const Trajectory &input(int index) const { return *m_trajectories[m_inputIndex[index]]; }

    // publishes()[index]. On entry the data years (up to its
    // lastObservedYear) hold the observed values and the baseline, with the
    // start value (the latest of them) moved by this draw's baseline
    // deviate; every later year holds NaN. The model fills the years after
    // lastObservedYear, year by year.
    Trajectory &output(int index) { return *m_trajectories[m_outputIndex[index]]; }

    // For the engine only.
    ModelContext(int firstYear, int lastYear, const double *const *leverRows, Trajectory *const *trajectories,
                 std::span<const int> leverIndex, std::span<const int> inputIndex, std::span<const int> outputIndex)
        : m_firstYear(firstYear), m_lastYear(lastYear), m_leverRows(leverRows), m_trajectories(trajectories),
          m_leverIndex(leverIndex), m_inputIndex(inputIndex), m_outputIndex(outputIndex) {}

private:
    int m_firstYear;
    int m_lastYear;
    const double *const *m_leverRows;
    Trajectory *const *m_trajectories;
    std::span<const int> m_leverIndex;
    std::span<const int> m_inputIndex;
    std::span<const int> m_outputIndex;
};

// A chapter's yearly model: turns lever settings (and indicators other
// modules publish) into its indicators' trajectories. A module implements
// one or more and hands them to the Simulator.
//
// run() is called once per draw, so it must be cheap and must not keep
// state between calls (it is const: a model may be run from several threads
// at once). Lists are read once when the Simulator is built.
class Model
{
public:
    Model() = default;
    virtual ~Model() = default;
    Q_DISABLE_COPY_MOVE(Model)

    // Stable id, for error messages: "ecological_security.forest".
    virtual QString id() const = 0;
    // Indicator ids this model fills (each published by exactly one model).
    virtual QStringList publishes() const = 0;
    // Indicator ids it reads, published by other models or projected.
    virtual QStringList consumes() const = 0;
    // Lever ids it reads.
    virtual QStringList levers() const = 0;

    // Fills every output after its lastObservedYear up to context.lastYear().
    // Years left NaN show as "no value".
    virtual void run(ModelContext &context) const = 0;
};

} // namespace Planner::Engine
