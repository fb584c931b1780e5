// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "exchange/scenarioexchange.h"

#include "exchange/exchangetr.h"
#include "exchange/inputfile.h"

#include "analysis/scenariosession.h"
#include "analysis/wording.h"
#include "engine/catalog.h"
#include "engine/projection.h"
#include "engine/simulation.h"
#include "implementation/core/citydecomposition.h"
#include "implementation/core/plantask.h"
#include "storage/textrules.h"
#include "storage/scenariocontentsrepository.h"
#include "storage/scenariofingerprint.h"
#include "storage/scenariorepository.h"
#include "storage/store.h"

namespace Planner::Exchange {

namespace {

// A reason ends as a sentence does before the next one follows it.
QString sentence(QString text)
{
    if (!text.isEmpty() && !QStringLiteral(".。!！?？").contains(text.back()))
        text += u'.';
    return text;
}

} // namespace

CatalogIds applicationIds(const Engine::Catalog &catalog)
{
    CatalogIds ids;
    for (const Engine::Indicator &indicator : catalog.indicators()) {
        ids.indicators.insert(indicator.id);
        for (const Engine::Target &target : indicator.targets)
            ids.targets.insert(target.id);
    }
    for (const Engine::Lever &lever : catalog.levers())
        ids.levers.insert(lever.id);
    QString error;
    for (const Implementation::PlanTask &task : Implementation::planTasksFromJson(Implementation::embeddedPlanTasksJson(), &error))
        ids.tasks.insert(task.id);
    return ids;
}

std::optional<QByteArray> exportScenario(const Storage::Store &store, const QString &scenario, QString *error)
{
    const Storage::Result<Storage::Scenario> found = Storage::ScenarioRepository(store).find(scenario);
    if (!found.ok()) {
        *error = found.error().message;
        return std::nullopt;
    }
    const Storage::Result<Storage::ScenarioContents> contents =
        Storage::ScenarioContentsRepository(store).read(found.value().id);
    if (!contents.ok()) {
        *error = contents.error().message;
        return std::nullopt;
    }
    QByteArray bytes = writeScenarioFile({found.value().name, contents.value()});
    // Export refuses what import could not read back.
    if (bytes.size() > kMaxInputBytes) {
        *error = Tr::tr("Scenario \"%1\" would make a file of %2 MB; an import reads at most %3 MB, so nothing was "
                        "written. Shorten its notes or evidence texts and export again.")
                     .arg(found.value().name)
                     .arg(double(bytes.size()) / (1024.0 * 1024.0), 0, 'f', 1)
                     .arg(kMaxInputBytes / (1024 * 1024));
        return std::nullopt;
    }
    return bytes;
}

std::optional<QString> freeScenarioName(const Storage::Store &store, const QString &typed, QString *error)
{
    const QString wanted = Storage::normalizedName(typed);
    if (Storage::StoreError e = Storage::ScenarioRepository::validateName(wanted)) {
        *error = e.message;
        return std::nullopt;
    }
    const Storage::ScenarioRepository scenarios(store);
    if (!scenarios.find(wanted).ok())
        return wanted;
    for (int n = 2; n < 10000; ++n) {
        const QString suffix = QStringLiteral(" (%1)").arg(n);
        // Names have at most 100 characters: shorten the stem, not the suffix.
        // Cut on a grapheme boundary: never half an emoji or a letter without its accent.
        const QString candidate = QString(Storage::cutAtGrapheme(wanted, 100 - suffix.size()).trimmed() + suffix);
        if (!scenarios.find(candidate).ok())
            return candidate;
    }
    *error = Tr::tr("No free name for scenario \"%1\".").arg(wanted);
    return std::nullopt;
}

std::optional<ScenarioFile> checkScenarioFile(const QByteArray &bytes, const Engine::Catalog &catalog, QString *error,
                                              const Engine::ModuleRegistry *modules)
{
    std::optional<ScenarioFile> file = readScenarioFile(bytes, error);
    if (!file)
        return std::nullopt;
    const QStringList unknown = unknownIds(referencedIds(file->contents), applicationIds(catalog));
    if (!unknown.isEmpty()) {
        *error = Tr::tr("The scenario file refers to what this application's catalog does not have: %1. "
                        "Nothing was imported.").arg(unknown.join(QStringLiteral(", ")));
        return std::nullopt;
    }
    // The cities' task records name a city of the province.
    for (auto it = file->contents.cityTaskProgress.cbegin(); it != file->contents.cityTaskProgress.cend(); ++it) {
        if (!Implementation::knownCities().contains(it.key())) {
            *error = Tr::tr("The scenario file records task progress of \"%1\", which is not a city of the province. "
                            "Nothing was imported.").arg(it.key());
            return std::nullopt;
        }
    }
    const auto &levers = file->contents.inputs.levers;
    for (auto it = levers.cbegin(); it != levers.cend(); ++it) {
        const Engine::Lever *lever = catalog.lever(it.key());
        for (auto y = it.value().cbegin(); y != it.value().cend(); ++y) {
            if (y.value() < lever->min || y.value() > lever->max) {
                *error = Tr::tr("The scenario file sets lever %1 to %2 in %3, outside its range (%4 to %5). "
                                "Nothing was imported.")
                             .arg(it.key()).arg(y.value()).arg(y.key()).arg(lever->min).arg(lever->max);
                return std::nullopt;
            }
        }
    }
    // The engine's own checks of uncertainty kinds and projection choices.
    const auto engineInputs = Analysis::ScenarioSession::toEngineInputs(file->contents.inputs, catalog);
    if (!engineInputs.ok()) {
        *error = Tr::tr("The scenario file holds a setting the engine refuses: %1 Nothing was imported.")
                     .arg(sentence(Analysis::Wording::errorText(engineInputs.error(), &catalog)));
        return std::nullopt;
    }
    std::optional<Engine::Simulator> simulator;
    if (modules) {
        Engine::Expected<Engine::Simulator> built = Analysis::buildSimulator(catalog, *modules);
        if (!built.ok()) {
            *error = built.error().message;
            return std::nullopt;
        }
        simulator = built.takeValue();
    }
    const Engine::ScenarioInputs &inputs = engineInputs.value();
    for (auto it = file->contents.inputs.projections.cbegin(); it != file->contents.inputs.projections.cend(); ++it) {
        const Engine::Indicator *indicator = catalog.indicator(it.key());
        if (!indicator || !inputs.projections.contains(it.key()))
            continue;  // unknown ids were refused above
        if (const Engine::Error e = Engine::checkProjectionChoice(inputs.projections.value(it.key()), *indicator, inputs,
                                                                  simulator && simulator->isModelled(it.key()))) {
            *error = Tr::tr("The scenario file holds a setting the engine refuses: %1 Nothing was imported.")
                         .arg(sentence(Analysis::Wording::errorText(e, &catalog)));
            return std::nullopt;
        }
    }
    if (Storage::StoreError e = Storage::ScenarioRepository::validateName(file->name)) {
        *error = e.message;
        return std::nullopt;
    }
    return file;
}

std::optional<QString> importScenario(const Storage::Store &store, const ScenarioFile &file, QString *error)
{
    const std::optional<QString> name = freeScenarioName(store, file.name, error);
    if (!name)
        return std::nullopt;
    const Storage::Result<Storage::Scenario> created = Storage::ScenarioContentsRepository(store).create(*name, file.contents);
    if (!created.ok()) {
        *error = created.error().message;
        return std::nullopt;
    }
    return created.value().name;
}

std::optional<CopiedScenario> copyScenario(const Storage::Store &from, const Storage::Store &to, const QString &scenario,
                                           const QString &as, const Engine::ModuleRegistry *modules, QString *error)
{
    const Storage::ScenarioRepository source(from);
    const Storage::Result<Storage::Scenario> original = source.find(scenario);
    if (!original.ok()) {
        *error = original.error().message;
        return std::nullopt;
    }
    const std::optional<QByteArray> bytes = exportScenario(from, original.value().name, error);
    if (!bytes)
        return std::nullopt;
    std::optional<ScenarioFile> file = checkScenarioFile(*bytes, to.applicationCatalog(), error, modules);
    if (!file)
        return std::nullopt;
    if (!as.isEmpty())
        file->name = Storage::normalizedName(as);
    if (Storage::StoreError e = Storage::ScenarioRepository::validateName(file->name)) {
        *error = e.message;
        return std::nullopt;
    }
    const Storage::ScenarioRepository target(to);
    if (target.find(file->name).ok()) {
        *error = Tr::tr("%1 has a scenario named \"%2\" already; it was left unchanged. Give the copy another "
                        "name with --as.").arg(to.path(), file->name);
        return std::nullopt;
    }
    const Storage::Result<Storage::Scenario> created = Storage::ScenarioContentsRepository(to).create(file->name, file->contents);
    if (!created.ok()) {
        *error = created.error().message;
        return std::nullopt;
    }
    const Storage::Result<QString> before = Storage::inputsFingerprint(from, original.value().id);
    const Storage::Result<QString> after = Storage::inputsFingerprint(to, created.value().id);
    if (!before.ok() || !after.ok() || before.value() != after.value()) {
        // Not exact: the copy goes again, so nothing half-right is left.
        target.remove(created.value().name);
        *error = !before.ok()  ? before.error().message
                 : !after.ok() ? after.error().message
                               : Tr::tr("The copy of \"%1\" differs from the original (fingerprint %2, the original's "
                                        "%3), so it was removed again.")
                                     .arg(original.value().name, after.value(), before.value());
        return std::nullopt;
    }
    return CopiedScenario{created.value().name, after.value()};
}

} // namespace Planner::Exchange
