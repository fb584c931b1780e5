// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/sessionoptions.h"

#include "cli/commandcontext.h"
#include "cli/numberoption.h"

#include "storage/store.h"

namespace Planner::Cli {

bool readDraws(CommandContext &context, Analysis::ProjectionRequest &request)
{
    if (!context.parser.isSet(QStringLiteral("draws")))
        return true;
    const QString text = context.parser.value(QStringLiteral("draws"));
    const std::optional<int> draws = parseWholeNumber(text);
    if (!draws || *draws <= 0 || *draws > 100000) {
        context.err << Tr::tr("--draws: \"%1\" is not a whole number from 1 to 100000.").arg(text) << Qt::endl;
        return false;
    }
    request.draws = *draws;
    return true;
}

std::optional<Analysis::ScenarioSession> openSession(CommandContext &context, const QString &usage, int *exitCode)
{
    if (!context.require({"scenario"}, usage)) {
        *exitCode = ExitUsage;
        return std::nullopt;
    }
    Storage::Store *store = context.openStoreForReading();
    if (!store) {
        *exitCode = ExitFailure;
        return std::nullopt;
    }
    auto session = Analysis::ScenarioSession::load(*store, context.registry, context.parser.value(QStringLiteral("scenario")));
    if (!session.ok()) {
        context.err << context.storeErrorText(session.error()) << Qt::endl;
        *exitCode = ExitFailure;
        return std::nullopt;
    }
    return session.takeValue();
}

} // namespace Planner::Cli
