// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exchange/scenariofile.h"

#include <QString>

#include <optional>

namespace Planner::Engine { class Catalog; class ModuleRegistry; }
namespace Planner::Storage { class Store; }

namespace Planner::Exchange {

// The catalog ids this application knows: the catalog's indicators, levers
// and targets, and the plan's tasks (governance module).
CatalogIds applicationIds(const Engine::Catalog &catalog);

// A stored scenario as a scenario file's bytes.
std::optional<QByteArray> exportScenario(const Storage::Store &store, const QString &scenario, QString *error);

// The name an imported scenario gets: its own, or with " (2)", " (3)" ...
// when the database has one of that name already.
std::optional<QString> freeScenarioName(const Storage::Store &store, const QString &wanted, QString *error);

// Reads and checks a scenario file against the application's catalog:
// unknown ids are refused, naming each; lever settings outside their range
// and projections the engine refuses are refused too, by the check the run
// makes (Engine::checkProjectionChoice, against the file's own data). With
// the chapter modules, a projection on an indicator a model computes is
// refused as well.
std::optional<ScenarioFile> checkScenarioFile(const QByteArray &bytes, const Engine::Catalog &catalog, QString *error,
                                              const Engine::ModuleRegistry *modules = nullptr);

// Imports a checked scenario file as a new scenario (one transaction) under
// a free name; returns the name it got.
std::optional<QString> importScenario(const Storage::Store &store, const ScenarioFile &file, QString *error);

// A scenario carried from one store to another (a desktop file and a team
// server, either way): `scenario` of `from` becomes scenario `as` (its own
// name when empty) of `to`, through the scenario file export writes and the
// checks import makes, in one transaction of `to`. An existing scenario of
// that name is never replaced. The copy is exact: the fingerprint of the
// stored inputs (Storage::inputsFingerprint) is the same on both sides, or
// the copy is removed again and the difference is the error.
struct CopiedScenario
{
    QString name;
    QString fingerprint;
};
std::optional<CopiedScenario> copyScenario(const Storage::Store &from, const Storage::Store &to, const QString &scenario,
                                           const QString &as, const Engine::ModuleRegistry *modules, QString *error);

} // namespace Planner::Exchange
