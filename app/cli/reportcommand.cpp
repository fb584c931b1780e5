// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/reportcommand.h"

#include "cli/commandcontext.h"

#include "exchange/outputfile.h"

#include "reports/report.h"
#include "storage/store.h"

#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QSettings>

namespace Planner::Cli {

namespace {
const QString kIssuerKey = QStringLiteral("report/issuer");
} // namespace

QString savedIssuer()
{
    return QSettings().value(kIssuerKey).toString().trimmed();
}

void saveIssuer(const QString &issuer)
{
    if (issuer.trimmed().isEmpty())
        QSettings().remove(kIssuerKey);
    else
        QSettings().setValue(kIssuerKey, issuer.trimmed());
}

int runReport(CommandContext &context)
{
    QCommandLineParser &parser = context.parser;
    parser.addOption(QCommandLineOption(QStringLiteral("scenario"),
                                        Tr::tr("The scenario to report on; give it again to compare scenarios."),
                                        QStringLiteral("name")));
    parser.addOption(QCommandLineOption(QStringLiteral("chapter"),
                                        Tr::tr("A chapter id for a chapter report, or all (default) for the whole plan."),
                                        QStringLiteral("id|all")));
    parser.addOption(QCommandLineOption({QStringLiteral("o"), QStringLiteral("output")},
                                        Tr::tr("The PDF file to write."), QStringLiteral("file.pdf")));
    parser.addOption(QCommandLineOption(QStringLiteral("force"), Tr::tr("Replace the output file if it exists.")));
    parser.addOption(QCommandLineOption(QStringLiteral("issuer"),
                                        Tr::tr("The issuing office printed on the cover (default: the one set in the "
                                               "window's report dialog; none: no such line)."),
                                        QStringLiteral("name")));
    parser.addOption(QCommandLineOption(QStringLiteral("handout"),
                                        Tr::tr("Print the presentation's slides as a meeting handout, two to a page.")));
    const QString usage = QStringLiteral(
        "jilin-planner report --scenario NAME [--scenario OTHER] [--chapter ID|all] [--issuer NAME] [--lang zh_CN|en] "
        "-o FILE.pdf [--force]\n"
        "jilin-planner report --handout --scenario NAME [--chapter ID|all] [--lang zh_CN|en] -o FILE.pdf [--force]");
    if (!context.reparse(0, usage))
        return context.helpShown ? ExitOk : ExitUsage;
    if (!context.require({"scenario", "o"}, usage))
        return ExitUsage;

    const QString path = parser.value(QStringLiteral("o"));
    if (!path.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive)) {
        context.err << Tr::tr("-o: \"%1\" does not end in .pdf.").arg(path) << Qt::endl;
        return ExitUsage;
    }
    const bool force = parser.isSet(QStringLiteral("force"));
    QString error;
    // Refused before any work: an existing file without --force, a folder, a
    // device, pipe, socket or symbolic link (never replaced, also with --force).
    if (!Exchange::checkOutputPath(path, force, &error)) {
        context.err << error << Qt::endl;
        return ExitFailure;
    }
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance())) {
        context.err << Tr::tr("The report command needs the graphical part of Qt, which this program did not start.")
                    << Qt::endl;
        return ExitFailure;
    }

    Storage::Store *store = context.openStoreForReading();
    if (!store)
        return ExitFailure;
    Reports::ReportRequest request;
    request.scenarios = parser.values(QStringLiteral("scenario"));
    request.chapter = parser.isSet(QStringLiteral("chapter")) ? parser.value(QStringLiteral("chapter"))
                                                              : QStringLiteral("all");
    if (request.scenarios.removeDuplicates() > 0) {
        context.err << Tr::tr("--scenario: each scenario may be given once.") << Qt::endl;
        return ExitUsage;
    }
    const bool handout = parser.isSet(QStringLiteral("handout"));
    if (handout && request.scenarios.size() > 1) {
        context.err << Tr::tr("--handout: the handout shows one scenario; give --scenario once.") << Qt::endl;
        return ExitUsage;
    }
    request.issuer = parser.isSet(QStringLiteral("issuer")) ? parser.value(QStringLiteral("issuer")).trimmed()
                                                            : savedIssuer();
    auto report = handout ? Reports::Report::buildHandout(*store, context.registry, request)
                          : Reports::Report::build(*store, context.registry, request);
    if (!report.ok()) {
        const Engine::Error &e = report.error();
        if (e.field == QLatin1String("scenario") && !e.id.isEmpty())
            context.err << Tr::tr("--scenario: there is no scenario \"%1\".").arg(e.id) << Qt::endl;
        else if (e.field == QLatin1String("scenario"))
            context.err << Tr::tr("--scenario: %1").arg(e.message) << Qt::endl;
        else if (e.field == QLatin1String("chapter"))
            context.err << Tr::tr("--chapter: %1").arg(e.message) << Qt::endl;
        else
            context.err << e.message << Qt::endl;
        return ExitFailure;
    }
    if (!report.value().writePdf(path, force, &error)) {
        context.err << error << Qt::endl;
        return ExitFailure;
    }
    const Reports::ScenarioStamp &stamp = report.value().stamps().first();
    context.out << Tr::tr("Wrote %1 (scenario %2, revision %3, fingerprint %4).")
                       .arg(path, stamp.name).arg(stamp.revision).arg(stamp.fingerprint)
                << Qt::endl;
    return ExitOk;
}

} // namespace Planner::Cli
