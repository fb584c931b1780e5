// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Small catalogs, levers and linear models whose results are easy to work
// out by hand, shared by the engine's tests.

#include "engine/catalog.h"
#include "engine/lever.h"
#include "engine/model.h"

#include <QList>
#include <QString>

#include <algorithm>
#include <memory>
#include <optional>
#include <utility>

namespace Planner::Engine::Testing {

inline Indicator indicator(const QString &id, int baselineYear, std::optional<double> baselineValue,
                           Direction direction = Direction::Increase, const QString &unit = QStringLiteral("%"))
{
    Indicator ind;
    ind.id = id;
    ind.chapterId = QStringLiteral("test");
    ind.nameEn = id;
    ind.unitEn = unit;
    ind.unitZh = unit;
    ind.direction = direction;
    ind.baseline.year = baselineYear;
    ind.baseline.value = baselineValue;
    ind.baseline.source = QStringLiteral("test");
    return ind;
}

inline Target target(const QString &id, const QString &indicatorId, TargetKind kind, int year,
                     std::optional<double> value = std::nullopt)
{
    Target t;
    t.id = id;
    t.indicatorId = indicatorId;
    t.kind = kind;
    t.year = year;
    t.value = value;
    return t;
}

inline Catalog catalog(const QList<Indicator> &indicators)
{
    Catalog c;
    Chapter chapter;
    chapter.id = QStringLiteral("test");
    chapter.order = 1;
    QString error;
    c.addChapter(chapter, indicators, &error);
    return c;
}

inline Lever lever(const QString &id, double min, double max, double defaultValue,
                   Uncertainty uncertainty = {})
{
    Lever l;
    l.id = id;
    l.moduleId = QStringLiteral("test");
    l.nameEn = id;
    l.unitEn = QStringLiteral("unit");
    l.min = min;
    l.max = max;
    l.defaultValue = defaultValue;
    l.uncertainty = uncertainty;
    return l;
}

// stock(t) = stock(t-1) + gain x lever(t): a stock built up by a yearly
// lever (forest area from afforestation).
class StockModel final : public Model
{
public:
    StockModel(QString id, QString output, QString leverId, double gain = 1.0)
        : m_id(std::move(id)), m_output(std::move(output)), m_lever(std::move(leverId)), m_gain(gain) {}

    QString id() const override { return m_id; }
    QStringList publishes() const override { return {m_output}; }
    QStringList consumes() const override { return {}; }
    QStringList levers() const override { return {m_lever}; }
    void run(ModelContext &context) const override
    {
        Trajectory &out = context.output(0);
        for (int year = std::max(out.lastObservedYear + 1, context.firstYear() + 1); year <= context.lastYear(); ++year)
            out.values[year - out.firstYear] = out.values[year - 1 - out.firstYear] + m_gain * context.lever(0, year);
    }

private:
    QString m_id;
    QString m_output;
    QString m_lever;
    double m_gain;
};

// stock(t) = stock(t-1) + sum of gain_i x lever_i(t): several levers on
// one stock (afforestation and restoration add, losses take away).
class MultiStockModel final : public Model
{
public:
    MultiStockModel(QString output, QStringList leverIds, QList<double> gains)
        : m_output(std::move(output)), m_levers(std::move(leverIds)), m_gains(std::move(gains)) {}

    QString id() const override { return QStringLiteral("multi_stock"); }
    QStringList publishes() const override { return {m_output}; }
    QStringList consumes() const override { return {}; }
    QStringList levers() const override { return m_levers; }
    void run(ModelContext &context) const override
    {
        Trajectory &out = context.output(0);
        for (int year = std::max(out.lastObservedYear + 1, context.firstYear() + 1); year <= context.lastYear(); ++year) {
            double change = 0.0;
            for (qsizetype i = 0; i < m_gains.size(); ++i)
                change += m_gains.at(i) * context.lever(int(i), year);
            out.values[year - out.firstYear] = out.values[year - 1 - out.firstYear] + change;
        }
    }

private:
    QString m_output;
    QStringList m_levers;
    QList<double> m_gains;
};

// out(t) = factor x in(t) + offset: a share computed from a stock another
// model publishes (coverage from forest area).
class ScaleModel final : public Model
{
public:
    ScaleModel(QString id, QString input, QString output, double factor, double offset = 0.0)
        : m_id(std::move(id)), m_input(std::move(input)), m_output(std::move(output)), m_factor(factor),
          m_offset(offset) {}

    QString id() const override { return m_id; }
    QStringList publishes() const override { return {m_output}; }
    QStringList consumes() const override { return {m_input}; }
    QStringList levers() const override { return {}; }
    void run(ModelContext &context) const override
    {
        const Trajectory &in = context.input(0);
        Trajectory &out = context.output(0);
        for (int year = std::max(out.lastObservedYear + 1, context.firstYear()); year <= context.lastYear(); ++year)
            out.values[year - out.firstYear] = m_factor * in.at(year) + m_offset;
    }

private:
    QString m_id;
    QString m_input;
    QString m_output;
    double m_factor;
    double m_offset;
};

// out(t) = a + b x lever(t) + c x lever(t)^2 (a curve, to break monotonicity).
class QuadraticModel final : public Model
{
public:
    QuadraticModel(QString output, QString leverId, double a, double b, double c)
        : m_output(std::move(output)), m_lever(std::move(leverId)), m_a(a), m_b(b), m_c(c) {}

    QString id() const override { return QStringLiteral("quadratic"); }
    QStringList publishes() const override { return {m_output}; }
    QStringList consumes() const override { return {}; }
    QStringList levers() const override { return {m_lever}; }
    void run(ModelContext &context) const override
    {
        Trajectory &out = context.output(0);
        for (int year = out.lastObservedYear + 1; year <= context.lastYear(); ++year) {
            const double x = context.lever(0, year);
            out.values[year - out.firstYear] = m_a + m_b * x + m_c * x * x;
        }
    }

private:
    QString m_output;
    QString m_lever;
    double m_a;
    double m_b;
    double m_c;
};

} // namespace Planner::Engine::Testing
