// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/model.h"

#include <QHash>
#include <QString>

#include <algorithm>
#include <limits>
#include <numeric>
#include <vector>

// Runs one model on hand-set data, without the Simulator: every lever holds
// one value in every year (unless set year by year), every output starts
// from one data year and is NaN after it, every input is given in full.
class ModelHarness
{
public:
    ModelHarness(const Planner::Engine::Model &model, int firstYear, int lastYear)
        : m_model(model), m_firstYear(firstYear), m_lastYear(lastYear)
    {
        const int years = lastYear - firstYear + 1;
        m_levers.assign(std::size_t(model.levers().size()), std::vector<double>(std::size_t(years), 0.0));
        m_trajectories.resize(std::size_t(model.publishes().size() + model.consumes().size()));
        for (auto &t : m_trajectories) {
            t.firstYear = firstYear;
            t.values = QList<double>(years, std::numeric_limits<double>::quiet_NaN());
            t.lastObservedYear = firstYear - 1;
        }
    }

    void setLever(const QString &id, double value)
    {
        auto &row = m_levers.at(std::size_t(m_model.levers().indexOf(id)));
        std::fill(row.begin(), row.end(), value);
    }
    void setLever(const QString &id, int year, double value)
    {
        m_levers.at(std::size_t(m_model.levers().indexOf(id))).at(std::size_t(year - m_firstYear)) = value;
    }
    // An output's data: `value` in `year`, which becomes its last data year.
    void setStart(const QString &id, int year, double value)
    {
        Planner::Engine::Trajectory &t = trajectory(id);
        t.values[year - m_firstYear] = value;
        t.lastObservedYear = year;
    }
    // An input: the same value in every year.
    void setInput(const QString &id, double value)
    {
        Planner::Engine::Trajectory &t = trajectory(id);
        t.values.fill(value);
        t.lastObservedYear = m_lastYear;
    }
    Planner::Engine::Trajectory &trajectory(const QString &id)
    {
        const qsizetype output = m_model.publishes().indexOf(id);
        const qsizetype position = output >= 0 ? output
                                               : m_model.publishes().size() + m_model.consumes().indexOf(id);
        return m_trajectories.at(std::size_t(position));
    }
    double at(const QString &id, int year) { return trajectory(id).at(year); }

    void run()
    {
        std::vector<const double *> rows;
        for (const auto &row : m_levers)
            rows.push_back(row.data());
        std::vector<Planner::Engine::Trajectory *> pointers;
        for (auto &t : m_trajectories)
            pointers.push_back(&t);
        std::vector<int> leverIndex(m_levers.size());
        std::iota(leverIndex.begin(), leverIndex.end(), 0);
        const int outputs = int(m_model.publishes().size());
        std::vector<int> outputIndex(static_cast<std::size_t>(outputs));
        std::iota(outputIndex.begin(), outputIndex.end(), 0);
        std::vector<int> inputIndex(std::size_t(m_model.consumes().size()));
        std::iota(inputIndex.begin(), inputIndex.end(), outputs);
        Planner::Engine::ModelContext context(m_firstYear, m_lastYear, rows.data(), pointers.data(), leverIndex,
                                              inputIndex, outputIndex);
        m_model.run(context);
    }

private:
    const Planner::Engine::Model &m_model;
    int m_firstYear;
    int m_lastYear;
    std::vector<std::vector<double>> m_levers;
    std::vector<Planner::Engine::Trajectory> m_trajectories;
};
