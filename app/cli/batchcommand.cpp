// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/batchcommand.h"

#include "cli/commandcontext.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QProcess>

#include <iostream>
#include <string>

namespace Planner::Cli {

int runBatch(CommandContext &context, const BatchLineRunner &runLine)
{
    QCommandLineParser &parser = context.parser;
    parser.addPositionalArgument(QStringLiteral("file"),
                                 Tr::tr("A file with one command a line; without it, or with -, standard input."),
                                 QStringLiteral("[FILE]"));
    const QString usage = QStringLiteral("jilin-planner batch [FILE]");
    parser.parse(context.arguments);
    const bool hasFile = parser.positionalArguments().size() > 1;
    if (!context.reparse(hasFile ? 1 : 0, usage))
        return context.helpShown ? ExitOk : ExitUsage;

    const QString path = hasFile ? parser.positionalArguments().at(1) : QString();
    const bool fromStdin = path.isEmpty() || path == QLatin1StringView("-");
    QFile file(path);
    if (!fromStdin && !file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        context.err << Tr::tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()) << Qt::endl;
        return ExitFailure;
    }
    // Standard input is read a line at a time (std::getline), so that a
    // program feeding commands through a pipe sees each one carried out as
    // soon as it has sent it.
    const auto nextLine = [&](QString *line) -> bool {
        if (!fromStdin) {
            if (file.atEnd())
                return false;
            *line = QString::fromUtf8(file.readLine());
            return true;
        }
        std::string text;
        if (!std::getline(std::cin, text))
            return false;
        *line = QString::fromUtf8(text.data(), qsizetype(text.size()));
        return true;
    };

    const QString program = QCoreApplication::arguments().value(0, QStringLiteral("jilin-planner"));
    QString line;
    for (int number = 1; nextLine(&line); ++number) {
        const QString command = line.trimmed();
        if (command.isEmpty() || command.startsWith(u'#'))
            continue;
        const QStringList words = QProcess::splitCommand(command);
        if (words.isEmpty())
            continue;
        const int code = runLine(QStringList{program} + words);
        if (code != ExitOk) {
            context.err << Tr::tr("Line %1 failed: the batch stopped there. The commands before it were carried "
                                  "out and saved; that line and the ones after it were not.")
                               .arg(number)
                        << Qt::endl;
            return code;
        }
    }
    return ExitOk;
}

} // namespace Planner::Cli
