// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>

namespace Planner::Storage {

// What a scenario stores for the engine, as rows: the engine turns them into
// its own types (lever schedules, uncertainty, observed series, projections).

struct StoredUncertainty
{
    QString id;      // lever id or indicator id
    QString kind;    // none, uniform, triangular, normal
    double spread = 0.0;
};

struct StoredObservation
{
    int year = 0;
    double value = 0.0;
    QString source;
};

// A city's observed value of an indicator in a year (a city's monitoring
// table, imported with a city column).
struct StoredCityObservation
{
    QString city;         // one of the implementation module's cities, in Chinese
    QString indicatorId;
    int year = 0;
    double value = 0.0;
    QString source;
    bool operator==(const StoredCityObservation &other) const = default;
};

struct StoredProjection
{
    QString method;          // hold, linear, growth, logistic, milestones, fitted
    QJsonObject parameters;
};

// Why a lever has the setting it has in a scenario: the document it follows,
// in both languages ("Jilin Provincial People's Government, Jilin Province
// Carbon Peaking Implementation Plan (2022), part I: …"). Shipped templates
// carry one for the levers they set; a fork copies them; editing a lever in a
// scenario removes its basis, so a lever with stored settings and no basis was
// set by the planner, and a lever with neither keeps the catalog's default
// (whose basis is the lever's source and note in the catalog).
struct StoredLeverBasis
{
    QString zh;
    QString en;
};

struct StoredInputs
{
    QMap<QString, QMap<int, double>> levers;               // lever id -> year -> value
    QMap<QString, StoredUncertainty> leverUncertainty;     // by lever id
    QMap<QString, StoredUncertainty> baselineUncertainty;  // by indicator id
    QMap<QString, QList<StoredObservation>> observed;      // indicator id -> values, oldest first
    QMap<QString, StoredProjection> projections;           // by indicator id
    QMap<QString, StoredLeverBasis> leverBases;            // by lever id (see StoredLeverBasis)
};

} // namespace Planner::Storage
