// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/error.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Planner::Engine {

// How uncertain a lever (or a baseline) is. The spread is around the
// scheduled value, in the lever's unit:
//   Uniform     value in [v - spread, v + spread]
//   Triangular  low v - spread, mode v, high v + spread
//   Normal      mean v, standard deviation spread
// A lever's draws are always truncated to its [min, max] (see random.h).
struct Uncertainty
{
    enum class Kind { None, Uniform, Triangular, Normal };
    Kind kind = Kind::None;
    double spread = 0.0;

    // True when draws differ from the central value.
    bool isUncertain() const { return kind != Kind::None && spread > 0.0; }
};

// "none", "uniform", "triangular", "normal" (the store's spelling).
std::optional<Uncertainty::Kind> uncertaintyKindFromString(const QString &text);
QString uncertaintyKindToString(Uncertainty::Kind kind);

// A spread must be finite and not negative. `what` names the owner in the
// message ("lever afforestation", "baseline of forest_coverage").
Error validateUncertainty(const Uncertainty &uncertainty, const QString &id, const QString &what);

// A policy setting a planner controls, year by year.
struct Lever
{
    QString id;          // snake_case, unique across modules: afforestation_per_year
    QString moduleId;    // ecological_security
    QString nameZh;
    QString nameEn;
    QString unitZh;
    QString unitEn;
    double min = 0.0;
    double max = 0.0;
    double defaultValue = 0.0;
    Uncertainty uncertainty;
    QStringList moves;   // ids of the indicators it moves
    QString source;      // where the default comes from, in English
    QString sourceZh;    // ... in Chinese (source_zh)
    bool assumption = false;  // the default is an editable assumption
    QString note;        // English
    QString noteZh;      // Chinese (note_zh)
};

// A lever's own data: finite min <= max, default inside, a valid spread.
Error validateLever(const Lever &lever);

// The decimals a lever's setting is shown and entered with: about a hundred
// steps across its range (0 from a span of 1,000, 1 from 100, 2 from 1, else
// 3). Goal-seek rounds its answers to these, so the value shown is the
// value that meets the target.
int leverDecimals(const Lever &lever);

// A lever's value per year over [firstYear, lastYear]. A year may be unset.
// Years before the plan (2024) that are unset follow 2024's value, years
// after it (2035) follow 2035's, so a schedule set for the plan's years
// covers the run-in years before it and the context years after it.
class LeverSchedule
{
public:
    LeverSchedule() = default;
    // Every year unset.
    LeverSchedule(int firstYear, int lastYear);
    // Every year set to `value`.
    static LeverSchedule filled(int firstYear, int lastYear, double value);

    int firstYear() const { return m_firstYear; }
    int lastYear() const { return m_firstYear + int(m_values.size()) - 1; }
    bool isEmpty() const { return m_values.isEmpty(); }

    // Returns false when the year is outside [firstYear, lastYear].
    bool setYear(int year, double value);
    // Sets the years of a stage (stage.h) inside the schedule; stage 3 also
    // sets every year after 2035. Returns false for an unknown stage.
    bool setStage(int stage, double value);
    void setAllYears(double value);
    // Unsets a year.
    void clearYear(int year);

    // The value set for exactly this year, if any.
    std::optional<double> explicitValue(int year) const;
    // The value in effect in a year: its own, or for years before 2024 and
    // after 2035 the value of 2024 / 2035 (see the class comment).
    std::optional<double> value(int year) const;

    // The first problem: a value outside [min, max], not finite, or a year
    // of [firstYear, lastYear] without a value. Names lever, year and field.
    Error validate(const Lever &lever) const;
    // The same, for every year of [firstYear, lastYear] of a run, which may
    // reach beyond the schedule's own years.
    Error validateYears(const Lever &lever, int firstYear, int lastYear) const;

    // Same years, each set or unset alike with the same value.
    bool operator==(const LeverSchedule &other) const;

private:
    int m_firstYear = 0;
    QList<std::optional<double>> m_values;
};

} // namespace Planner::Engine
