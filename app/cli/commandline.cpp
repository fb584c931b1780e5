// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/commandline.h"

#include "cli/analysiscommands.h"
#include "cli/batchcommand.h"
#include "cli/catalogjson.h"
#include "cli/governancecommands.h"
#include "cli/reportcommand.h"
#include "cli/commandcontext.h"
#include "cli/exchangecommands.h"
#include "cli/scenariocommands.h"
#include "cli/teamcommands.h"

#include "engine/registry.h"
#include "storage/store.h"
#include "storage/textrules.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>

namespace Planner::Cli {

namespace {

const QStringList kCommands{QStringLiteral("catalog"),  QStringLiteral("scenarios"),   QStringLiteral("scenario"),
                            QStringLiteral("levers"),   QStringLiteral("lever"),       QStringLiteral("project"),
                            QStringLiteral("goalseek"), QStringLiteral("sensitivity"), QStringLiteral("projection"),
                            QStringLiteral("tasks"),    QStringLiteral("task"),        QStringLiteral("decompose"),
                            QStringLiteral("index"),    QStringLiteral("export"),      QStringLiteral("import"),
                            QStringLiteral("report"),   QStringLiteral("batch"),       QStringLiteral("target"),
                            QStringLiteral("server"),   QStringLiteral("audit"),       QStringLiteral("comment"),
                            QStringLiteral("comments")};

QCommandLineOption dbOption()
{
    return QCommandLineOption(QStringLiteral("db"),
                              Tr::tr("Use the scenario database at <path> instead of the default one: a file, or a team server "
                                     "as postgresql://USER@HOST:PORT/DATABASE (the password from PGPASSWORD or the "
                                     "user's .pgpass file, never on the command line)."),
                              QStringLiteral("path"));
}

QCommandLineOption langOption()
{
    return QCommandLineOption(QStringLiteral("lang"),
                              Tr::tr("Language of the interface and messages: zh_CN (default) or en."),
                              QStringLiteral("zh_CN|en"));
}

QString commandsDescription()
{
    return Tr::tr(
        "Decision support for the Beautiful Jilin construction plan (2024-2035).\n"
        "Without a command, opens the window.\n\n"
        "Commands:\n"
        "  catalog [--json]                      the plan's indicators, baselines and targets\n"
        "  scenarios [--json]                    list the scenarios in the database\n"
        "  scenario create NAME [--author A] [--notes N]\n"
        "  scenario fork NAME NEW [--author A]   copy a scenario with all its settings\n"
        "  scenario rename NAME NEW\n"
        "  scenario delete NAME --yes            (the last scenario is never deleted)\n"
        "  scenario publish NAME --to postgresql://USER@HOST:PORT/DATABASE [--as NEW]\n"
        "                                        copy a scenario from --db to a team server, exactly\n"
        "  scenario checkout NAME --from postgresql://USER@HOST:PORT/DATABASE [--as NEW]\n"
        "                                        copy a scenario from a team server into --db, exactly\n"
        "  levers [--json]                       every lever: unit, range, default, what it moves\n"
        "  lever set --scenario NAME --lever ID (--stage 1|2|3 | --year Y | --all-years) VALUE\n"
        "  projection set --scenario NAME --indicator ID --method M [--parameters JSON]\n"
        "                                        how an indicator without a model is carried forward\n"
        "  target set --scenario NAME --target ID --value V [--year Y]\n"
        "                                        a target's value in a scenario (the planner's working\n"
        "                                        targets ship without one)\n"
        "  project --scenario NAME [--draws N] [--seed S] [--until YEAR] [--deterministic] [--json]\n"
        "                                        trajectories to 2035 with P10/P50/P90 and every target judged\n"
        "  goalseek --scenario NAME --target ID --lever ID [--json]\n"
        "                                        the lever setting that meets a target (P50 and 90 %)\n"
        "  sensitivity --scenario NAME --indicator ID --year Y [--json]\n"
        "                                        each lever at its bounds, sorted by swing\n"
        "  tasks [--scenario NAME] [--chapter ID] [--json]\n"
        "                                        the plan's measures as tasks, with progress\n"
        "  task set --scenario NAME --task ID [--status S] [--progress P] [--evidence TEXT]\n"
        "  decompose --scenario NAME --target ID [--share CITY=PERCENT ...] [--json]\n"
        "                                        a target divided among the cities (shares add up to 100 %)\n"
        "  index --scenario NAME [--draws N] [--json]\n"
        "                                        composite assessment index per chapter and overall\n"
        "  export --scenario NAME -o FILE.json [--force]\n"
        "                                        the scenario as a file for another desk\n"
        "  export (--scenario NAME | --all-scenarios) --format csv|xlsx -o FILE [--force]\n"
        "                                        projections and assessments as tables\n"
        "  import FILE.json [--dry-run]          a scenario file as a new scenario\n"
        "  import FILE.csv|FILE.xlsx --scenario NAME [--dry-run]\n"
        "                                        observed values, previewed before they are written\n"
        "  report --scenario NAME [--scenario OTHER] [--chapter ID|all] [--issuer NAME] [--lang zh_CN|en] -o FILE.pdf [--force]\n"
        "                                        a chapter or full-plan report as PDF (no display needed)\n"
        "  report --handout --scenario NAME [--chapter ID|all] [--lang zh_CN|en] -o FILE.pdf [--force]\n"
        "                                        the presentation's slides, two to a page, for a meeting\n"
        "  scenario open-to-cities NAME [--close]\n"
        "                                        on a team server: lets the cities' planners edit their parts\n"
        "  scenario restore NAME NEW --revision R\n"
        "                                        on a team server: a fork with the values of an earlier revision\n"
        "  audit --scenario NAME [--since DATE] [--json]\n"
        "                                        on a team server: who changed what, when, in which revision\n"
        "  comment add --scenario NAME [--target ID] TEXT\n"
        "  comments --scenario NAME [--json]     reviewers' and planners' comments on a scenario\n"
        "  server init                           set up a team server (--db postgresql://...): schema, roles,\n"
        "                                        row-level security, audit trail (run again after an upgrade)\n"
        "  server add-user NAME --role provincial_planner|city_planner|reviewer [--city CITY]\n"
        "                                        a server login with its role\n"
        "  batch [FILE]                          many commands, one a line, from FILE or standard input;\n"
        "                                        each saved on its own, stops at the first that fails\n\n"
        "Exit status: 0 done, 1 the command could not be carried out, 2 wrong command line.\n"
        "Run \"jilin-planner COMMAND --help\" for the options of one command.")
           + QStringLiteral("\n\n")
           + Tr::tr(
               "Arguments:\n"
               "  A negative number is a value, not an option: lever set ... --all-years -5.\n"
               "  A name that starts with \"-\" goes after \"--\", which ends the options:\n"
               "    jilin-planner scenario create -- -draft\n"
               "  Numbers are written with a dot and no thousands separators: 1234.5.\n"
               "Batch lines are split into words at spaces; a word with spaces goes in double quotes,\n"
               "and a double quote inside it is written twice: --notes \"say \"\"hi\"\"\". A quote left\n"
               "open or inside an unquoted word stops the batch at that line (exit status 2).");
}

void addCommonOptions(QCommandLineParser &parser)
{
    parser.setApplicationDescription(commandsDescription());
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption(dbOption());
    parser.addOption(langOption());
}

std::optional<CommonOptions> readCommonOptions(const QCommandLineParser &parser, QString *error)
{
    CommonOptions options;
    options.databasePath = parser.value(QStringLiteral("db"));
    if (parser.isSet(QStringLiteral("lang"))) {
        options.language = I18n::languageFromCode(parser.value(QStringLiteral("lang")));
        if (!options.language) {
            *error = Tr::tr("Unknown language \"%1\": use zh_CN or en.").arg(parser.value(QStringLiteral("lang")));
            return std::nullopt;
        }
    }
    if (parser.isSet(QStringLiteral("db")) && options.databasePath.isEmpty()) {
        *error = Tr::tr("--db needs a file path or a server location.");
        return std::nullopt;
    }
    return options;
}

int runCatalog(CommandContext &context)
{
    QCommandLineParser &parser = context.parser;
    parser.addOption(QCommandLineOption(QStringLiteral("json"), Tr::tr("Print JSON.")));
    if (!context.reparse(0))
        return ExitUsage;
    Engine::Catalog catalog;
    QString error;
    if (!context.registry.buildCatalog(&catalog, &error)) {
        context.err << Tr::tr("The application's catalog data is broken: %1").arg(error) << Qt::endl;
        return ExitFailure;
    }
    if (parser.isSet(QStringLiteral("json"))) {
        context.out << QString::fromUtf8(QJsonDocument(catalogToJson(catalog)).toJson(QJsonDocument::Indented));
        return ExitOk;
    }
    const bool zh = context.language == I18n::Language::Chinese;
    for (const Engine::Chapter &chapter : catalog.chapters()) {
        context.out << chapter.numeral << QStringLiteral("、") << (zh ? chapter.nameZh : chapter.nameEn) << Qt::endl;
        for (const Engine::Indicator *ind : catalog.indicatorsOf(chapter.id)) {
            context.out << QStringLiteral("  ") << (zh ? ind->nameZh : ind->nameEn) << QStringLiteral(" [")
                        << (zh ? ind->unitZh : ind->unitEn) << QStringLiteral("]");
            if (ind->baseline.value)
                context.out << QStringLiteral(" ") << Tr::tr("baseline %1: %2").arg(ind->baseline.year)
                                                          .arg(*ind->baseline.value)
                            << (ind->baseline.assumption ? Tr::tr(" (assumption)") : QString());
            context.out << Qt::endl;
            for (const Engine::Target &t : ind->targets) {
                context.out << QStringLiteral("    ") << t.id << QStringLiteral("  ") << t.year << QStringLiteral("  ")
                            << Engine::targetKindToString(t.kind);
                if (t.value)
                    context.out << QStringLiteral("  ") << *t.value;
                context.out << QStringLiteral("  ") << (zh ? t.textZh : t.textEn) << Qt::endl;
            }
        }
    }
    return ExitOk;
}

} // namespace

QString defaultDatabasePath()
{
    return Storage::Store::defaultPath();
}

bool wantsCommandLine(const QStringList &arguments)
{
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &arg = arguments.at(i);
        if (arg == QLatin1StringView("--db") || arg == QLatin1StringView("--lang")) {
            ++i;  // skip the value
            continue;
        }
        if (arg == QLatin1StringView("-h") || arg == QLatin1StringView("--help")
            || arg == QLatin1StringView("--help-all") || arg == QLatin1StringView("-v")
            || arg == QLatin1StringView("--version"))
            return true;
        if (!arg.startsWith(u'-'))
            return true;
    }
    return false;
}

bool needsGuiApplication(const QStringList &arguments)
{
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &arg = arguments.at(i);
        if (arg == QLatin1StringView("--db") || arg == QLatin1StringView("--lang")) {
            ++i;
            continue;
        }
        if (!arg.startsWith(u'-'))
            return arg == QLatin1StringView("report");
    }
    return false;
}

std::optional<CommonOptions> parseWindowOptions(const QStringList &arguments, QString *error)
{
    QCommandLineParser parser;
    addCommonOptions(parser);
    if (!parser.parse(arguments)) {
        *error = parser.errorText();
        return std::nullopt;
    }
    return readCommonOptions(parser, error);
}

namespace {

// Runs one command; `batch` is the batch it is a line of, or null.
int runCommand(const QStringList &arguments, const Engine::ModuleRegistry &registry, CommandContext *batch)
{
    CommandContext context(arguments, registry);
    context.batch = batch;

    // Bytes that are not UTF-8 arrive as U+FFFD: refused, never stored as
    // if the planner had typed that character.
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        if (!Storage::isCleanText(arguments.at(i))) {
            context.err << Tr::tr("Argument %1 is not valid UTF-8 text; nothing was done.").arg(i) << Qt::endl;
            return ExitUsage;
        }
    }

    // The language first, so that help and messages come in it.
    QString error;
    {
        QCommandLineParser probe;
        addCommonOptions(probe);
        probe.parse(arguments);
        if (batch) {
            // A batch has one database and one language, given before "batch".
            if (probe.isSet(QStringLiteral("db")) || probe.isSet(QStringLiteral("lang")))
                error = Tr::tr("--db and --lang go before \"batch\", not on one of its lines.");
            else if (probe.positionalArguments().value(0) == QLatin1StringView("batch"))
                error = Tr::tr("A batch cannot run another batch.");
            context.options = batch->options;
            context.language = batch->language;
        } else {
            const std::optional<CommonOptions> common = readCommonOptions(probe, &error);
            if (common)
                context.options = *common;
            context.language = context.options.language.value_or(I18n::Language::Chinese);
            I18n::setLanguage(context.language);
        }
    }
    if (!error.isEmpty()) {
        context.err << error << Qt::endl;
        return ExitUsage;
    }

    QCommandLineParser &parser = context.parser;
    addCommonOptions(parser);
    parser.addPositionalArgument(QStringLiteral("command"), Tr::tr("One of the commands above."));

    // First pass: find the command; its own options are added before the
    // second pass, so an option of another command is reported as unknown.
    parser.parse(arguments);
    const QString command = parser.positionalArguments().value(0);

    if (!command.isEmpty() && !kCommands.contains(command)) {
        context.err << Tr::tr("Unknown command \"%1\". Run \"jilin-planner --help\" for the list of commands.")
                           .arg(command) << Qt::endl;
        return ExitUsage;
    }
    if (command.isEmpty()) {
        if (!parser.parse(arguments)) {
            context.err << parser.errorText() << Qt::endl;
            return ExitUsage;
        }
        if (parser.isSet(QStringLiteral("version"))) {
            context.out << QCoreApplication::applicationName() << u' ' << QCoreApplication::applicationVersion()
                        << Qt::endl;
            return ExitOk;
        }
        context.out << parser.helpText();
        return ExitOk;
    }

    if (command == QLatin1StringView("catalog"))
        return runCatalog(context);
    if (command == QLatin1StringView("scenarios"))
        return runScenarios(context);
    if (command == QLatin1StringView("scenario"))
        return runScenario(context);
    if (command == QLatin1StringView("levers"))
        return runLevers(context);
    if (command == QLatin1StringView("lever"))
        return runLever(context);
    if (command == QLatin1StringView("project"))
        return runProject(context);
    if (command == QLatin1StringView("target"))
        return runTargetSet(context);
    if (command == QLatin1StringView("tasks"))
        return runTasks(context);
    if (command == QLatin1StringView("task"))
        return runTask(context);
    if (command == QLatin1StringView("decompose"))
        return runDecompose(context);
    if (command == QLatin1StringView("index"))
        return runIndex(context);
    if (command == QLatin1StringView("projection"))
        return runProjectionChoice(context);
    if (command == QLatin1StringView("export"))
        return runExport(context);
    if (command == QLatin1StringView("import"))
        return runImport(context);
    if (command == QLatin1StringView("report"))
        return runReport(context);
    if (command == QLatin1StringView("goalseek"))
        return runGoalSeek(context);
    if (command == QLatin1StringView("server"))
        return runServer(context);
    if (command == QLatin1StringView("audit"))
        return runAudit(context);
    if (command == QLatin1StringView("comment"))
        return runComment(context);
    if (command == QLatin1StringView("comments"))
        return runComments(context);
    if (command == QLatin1StringView("batch"))
        return runBatch(context, [&](const QStringList &line) { return runCommand(line, registry, &context); });
    return runSensitivity(context);
}

} // namespace

int run(const QStringList &arguments, const Engine::ModuleRegistry &registry)
{
    return runCommand(arguments, registry, nullptr);
}

} // namespace Planner::Cli
