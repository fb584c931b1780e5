// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/exchangecommands.h"

#include "cli/commandcontext.h"
#include "cli/sessionoptions.h"

#include "analysis/language.h"
#include "exchange/inputfile.h"
#include "exchange/observedimport.h"
#include "exchange/outputfile.h"
#include "exchange/scenarioexchange.h"
#include "exchange/tableexport.h"
#include "implementation/core/citydecomposition.h"
#include "storage/scenariorepository.h"
#include "storage/store.h"

#include <QFileInfo>

namespace Planner::Cli {

namespace {

const QString kExportUsage = QStringLiteral(
    "jilin-planner export (--scenario NAME | --all-scenarios) [--format json|csv|xlsx] -o FILE [--force] "
    "[--draws N] [--seed S]");
const QString kImportUsage = QStringLiteral("jilin-planner import FILE [--scenario NAME] [--dry-run]");

bool readSeed(CommandContext &context, Analysis::ProjectionRequest &request)
{
    if (!context.parser.isSet(QStringLiteral("seed")))
        return true;
    bool ok = false;
    request.seed = context.parser.value(QStringLiteral("seed")).toULongLong(&ok);
    if (!ok || request.seed > 9007199254740991ULL) {
        context.err << Tr::tr("--seed: \"%1\" is not a whole number from 0 to 9007199254740991.")
                           .arg(context.parser.value(QStringLiteral("seed"))) << Qt::endl;
        return false;
    }
    return true;
}

QString numberText(double v)
{
    return QString::number(v, 'g', QLocale::FloatingPointShortest);
}

} // namespace

int runExport(CommandContext &context)
{
    QCommandLineParser &parser = context.parser;
    parser.addOption(QCommandLineOption(QStringLiteral("scenario"), Tr::tr("The scenario to export."), QStringLiteral("name")));
    parser.addOption(QCommandLineOption(QStringLiteral("all-scenarios"), Tr::tr("Every scenario in one table (csv or xlsx).")));
    parser.addOption(QCommandLineOption(QStringLiteral("format"),
                                        Tr::tr("json: the scenario file (default); csv or xlsx: its projections and "
                                               "assessments as tables. Without it, a .csv or .xlsx file name decides."),
                                        QStringLiteral("json|csv|xlsx")));
    parser.addOption(QCommandLineOption({QStringLiteral("o"), QStringLiteral("output")}, Tr::tr("The file to write."),
                                        QStringLiteral("file")));
    parser.addOption(QCommandLineOption(QStringLiteral("force"), Tr::tr("Replace the output file if it exists.")));
    parser.addOption(QCommandLineOption(QStringLiteral("draws"), Tr::tr("Monte Carlo draws (default 1000)."), QStringLiteral("N")));
    parser.addOption(QCommandLineOption(QStringLiteral("seed"), Tr::tr("Random seed (default 20240528)."), QStringLiteral("S")));
    if (!context.reparse(0, kExportUsage))
        return context.helpShown ? ExitOk : ExitUsage;
    if (!context.require({"output"}, kExportUsage))
        return ExitUsage;
    const bool all = parser.isSet(QStringLiteral("all-scenarios"));
    if (all == parser.isSet(QStringLiteral("scenario"))) {
        context.err << Tr::tr("Give exactly one of --scenario or --all-scenarios. Usage: %1").arg(kExportUsage) << Qt::endl;
        return ExitUsage;
    }
    const QString path = parser.value(QStringLiteral("output"));
    QString format = parser.value(QStringLiteral("format")).toLower();
    if (format.isEmpty()) {
        const QString suffix = QFileInfo(path).suffix().toLower();
        format = suffix == QLatin1StringView("csv") || suffix == QLatin1StringView("xlsx") ? suffix : QStringLiteral("json");
    }
    if (format != QLatin1StringView("json") && format != QLatin1StringView("csv") && format != QLatin1StringView("xlsx")) {
        context.err << Tr::tr("--format: \"%1\" is not json, csv or xlsx.").arg(parser.value(QStringLiteral("format"))) << Qt::endl;
        return ExitUsage;
    }
    if (format == QLatin1StringView("json") && all) {
        context.err << Tr::tr("A scenario file holds one scenario: use --scenario, or --format csv|xlsx with --all-scenarios.")
                    << Qt::endl;
        return ExitUsage;
    }
    const bool force = parser.isSet(QStringLiteral("force"));
    Analysis::ProjectionRequest request;
    if (!readDraws(context, request) || !readSeed(context, request))
        return ExitUsage;
    QString error;
    // Refuse an existing file before any work is done.
    if (!Exchange::checkOutputPath(path, force, &error)
        || (format == QLatin1StringView("csv") && !Exchange::checkOutputPath(Exchange::assessmentCsvPath(path), force, &error))) {
        context.err << error << Qt::endl;
        return ExitFailure;
    }

    Storage::Store *store = context.openStoreForReading();
    if (!store)
        return ExitFailure;
    if (format == QLatin1StringView("json")) {
        const QString scenario = parser.value(QStringLiteral("scenario"));
        const std::optional<QByteArray> bytes = Exchange::exportScenario(*store, scenario, &error);
        if (!bytes || !Exchange::writeOutputFile(path, *bytes, force, &error)) {
            context.err << error << Qt::endl;
            return ExitFailure;
        }
        context.out << Tr::tr("Wrote scenario \"%1\" to %2.").arg(scenario, path) << Qt::endl;
        return ExitOk;
    }

    QStringList names;
    if (all) {
        const auto list = Storage::ScenarioRepository(*store).list();
        if (!list.ok()) {
            context.err << context.storeErrorText(list.error()) << Qt::endl;
            return ExitFailure;
        }
        for (const Storage::Scenario &s : list.value())
            names.append(s.name);
    } else {
        names.append(parser.value(QStringLiteral("scenario")));
    }
    // One scenario at a time: each is projected, written and dropped, so
    // memory does not grow with the number of scenarios.
    Exchange::TableFileWriter writer(format == QLatin1StringView("csv") ? Exchange::TableFileWriter::Format::Csv
                                                                         : Exchange::TableFileWriter::Format::Xlsx,
                                     path, force, context.language == I18n::Language::Chinese, all);
    if (!writer.open(&error)) {
        context.err << error << Qt::endl;
        return ExitFailure;
    }
    for (const QString &name : std::as_const(names)) {
        std::optional<Exchange::ScenarioTables> t = Exchange::computeTables(*store, context.registry, name, request, &error);
        if (!t || !writer.add(*t, &error)) {
            context.err << error << Qt::endl;
            return ExitFailure;
        }
    }
    if (!writer.finish(&error)) {
        context.err << error << Qt::endl;
        return ExitFailure;
    }
    if (format == QLatin1StringView("csv"))
        context.out << Tr::tr("Wrote %1 and %2.").arg(path, Exchange::assessmentCsvPath(path)) << Qt::endl;
    else
        context.out << Tr::tr("Wrote %1.").arg(path) << Qt::endl;
    return ExitOk;
}

int runImport(CommandContext &context)
{
    QCommandLineParser &parser = context.parser;
    parser.addPositionalArgument(QStringLiteral("file"), Tr::tr("A scenario file (.json) or a table of observed values (.csv, .xlsx)."));
    parser.addOption(QCommandLineOption(QStringLiteral("scenario"), Tr::tr("For a table: the scenario that receives the observed values."),
                                        QStringLiteral("name")));
    parser.addOption(QCommandLineOption(QStringLiteral("dry-run"), Tr::tr("Show what would change; write nothing.")));
    if (!context.reparse(1, kImportUsage))
        return context.helpShown ? ExitOk : ExitUsage;
    const QString path = parser.positionalArguments().value(1);
    const bool dryRun = parser.isSet(QStringLiteral("dry-run"));
    QString error;
    const std::optional<QByteArray> bytes = Exchange::readInputFile(path, &error);
    if (!bytes) {
        context.err << error << Qt::endl;
        return ExitFailure;
    }

    if (Exchange::sniffInput(*bytes) == Exchange::InputKind::ScenarioJson) {
        if (parser.isSet(QStringLiteral("scenario"))) {
            context.err << Tr::tr("%1 is a scenario file, which becomes a new scenario: --scenario is for tables of "
                                  "observed values.").arg(path) << Qt::endl;
            return ExitUsage;
        }
        Storage::Store *store = dryRun ? context.openStoreForReading() : context.openStore();
        if (!store)
            return ExitFailure;
        const std::optional<Exchange::ScenarioFile> file =
            Exchange::checkScenarioFile(*bytes, store->applicationCatalog(), &error, &context.registry);
        if (!file) {
            context.err << error << Qt::endl;
            return ExitFailure;
        }
        if (dryRun) {
            const std::optional<QString> name = Exchange::freeScenarioName(*store, file->name, &error);
            if (!name) {
                context.err << error << Qt::endl;
                return ExitFailure;
            }
            context.out << Tr::tr("Dry run: %1 would become scenario \"%2\". Nothing was written.").arg(path, *name) << Qt::endl;
            return ExitOk;
        }
        const std::optional<QString> name = Exchange::importScenario(*store, *file, &error);
        if (!name) {
            context.err << error << Qt::endl;
            return ExitFailure;
        }
        if (*name != file->name)
            context.out << Tr::tr("Imported %1 as scenario \"%2\" (\"%3\" exists already).").arg(path, *name, file->name) << Qt::endl;
        else
            context.out << Tr::tr("Imported %1 as scenario \"%2\".").arg(path, *name) << Qt::endl;
        return ExitOk;
    }

    if (!context.require({"scenario"}, kImportUsage))
        return ExitUsage;
    const std::optional<Exchange::TableRows> rows = Exchange::readTable(*bytes, &error);
    if (!rows) {
        context.err << Tr::tr("%1: %2 Nothing was imported.").arg(path, error) << Qt::endl;
        return ExitFailure;
    }
    Storage::Store *store = dryRun ? context.openStoreForReading() : context.openStore();
    if (!store)
        return ExitFailure;
    const std::optional<Exchange::ObservedPreview> preview = Exchange::previewObservedImport(
        *store, store->applicationCatalog(), parser.value(QStringLiteral("scenario")), *rows, &error);
    if (!preview) {
        context.err << Tr::tr("%1: %2 Nothing was imported.").arg(path, error) << Qt::endl;
        return ExitFailure;
    }
    using Kind = Exchange::ObservedChange::Kind;
    context.out << Tr::tr("Observed values from %1 for scenario \"%2\":").arg(path, preview->scenario) << Qt::endl;
    for (const Exchange::ObservedChange &c : preview->changes) {
        // A city's row names the city between the indicator and the year.
        const QString where = c.city.isEmpty() ? QStringLiteral("%1 %2").arg(c.indicatorId).arg(c.year)
                                               : QStringLiteral("%1 %2 %3")
                                                     .arg(c.indicatorId,
                                                          Analysis::pick(c.city, Implementation::cityNameEn(c.city)))
                                                     .arg(c.year);
        if (c.kind == Kind::New)
            context.out << Tr::tr("  new        row %1: %2 = %3").arg(c.row).arg(where, numberText(c.value)) << Qt::endl;
        else if (c.kind == Kind::Changed)
            context.out << Tr::tr("  changed    row %1: %2: %3 -> %4").arg(c.row).arg(where, numberText(c.oldValue.value_or(0)), numberText(c.value)) << Qt::endl;
        else
            context.out << Tr::tr("  unchanged  row %1: %2 = %3").arg(c.row).arg(where, numberText(c.value)) << Qt::endl;
    }
    for (const Exchange::RejectedRow &r : preview->rejected)
        context.out << Tr::tr("  rejected   row %1: %2").arg(r.row).arg(r.reason) << Qt::endl;
    context.out << Tr::tr("%1 new, %2 changed, %3 unchanged, %4 rejected.")
                       .arg(preview->count(Kind::New)).arg(preview->count(Kind::Changed))
                       .arg(preview->count(Kind::Unchanged)).arg(preview->rejected.size())
                << Qt::endl;
    if (dryRun) {
        context.out << Tr::tr("Dry run: nothing was written.") << Qt::endl;
        return ExitOk;
    }
    const int toWrite = preview->count(Kind::New) + preview->count(Kind::Changed);
    if (toWrite == 0) {
        context.out << Tr::tr("Nothing to write.") << Qt::endl;
        return ExitOk;
    }
    const std::optional<qint64> revision = Exchange::applyObservedImport(*store, *preview, &error);
    if (!revision) {
        context.err << error << Qt::endl;
        return ExitFailure;
    }
    context.out << Tr::tr("Wrote %1 values to scenario \"%2\" (revision %3).").arg(toWrite).arg(preview->scenario).arg(*revision)
                << Qt::endl;
    return ExitOk;
}

} // namespace Planner::Cli
