// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/batchcommand.h"

#include "cli/commandcontext.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QStringDecoder>

#include <iostream>
#include <string>

namespace Planner::Cli {

std::optional<QStringList> splitBatchLine(const QString &line, QString *error)
{
    QStringList words;
    QString word;
    bool inWord = false;    // a word has begun (it may be empty: "")
    bool inQuotes = false;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line.at(i);
        if (inQuotes) {
            if (c != u'"') {
                word.append(c);
            } else if (i + 1 < line.size() && line.at(i + 1) == u'"') {
                word.append(u'"');  // "" inside quotes: one quote
                ++i;
            } else {
                inQuotes = false;
            }
            continue;
        }
        if (c == u' ' || c == u'\t' || c == u'\r' || c == u'\n') {
            if (inWord)
                words.append(word);
            word.clear();
            inWord = false;
            continue;
        }
        if (c == u'"') {
            // A quote opens a quoted part at the start of a word or right
            // after "=" (--notes="a b"); elsewhere it is a mistake.
            if (inWord && !word.endsWith(u'=') ) {
                *error = Tr::tr("a double quote inside a word at column %1; put the whole word in double quotes and "
                                "write a quote in it as two (\"say \"\"hi\"\"\").").arg(i + 1);
                return std::nullopt;
            }
            inWord = true;
            inQuotes = true;
            continue;
        }
        if (inWord && !word.isEmpty() && i > 0 && line.at(i - 1) == u'"') {
            *error = Tr::tr("text right after a closing double quote at column %1; leave a space after it.").arg(i + 1);
            return std::nullopt;
        }
        word.append(c);
        inWord = true;
    }
    if (inQuotes) {
        *error = Tr::tr("a double quote is opened and never closed.");
        return std::nullopt;
    }
    if (inWord)
        words.append(word);
    return words;
}

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
    // A line that is not UTF-8 is refused (the decoder reports it), not
    // run with U+FFFD in place of its bytes.
    bool lineIsUtf8 = true;
    const auto decode = [&](QByteArrayView bytes) {
        QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        QString text = utf8.decode(bytes);
        lineIsUtf8 = !utf8.hasError();
        return text;
    };
    const auto nextLine = [&](QString *line) -> bool {
        if (!fromStdin) {
            if (file.atEnd())
                return false;
            *line = decode(file.readLine());
            return true;
        }
        std::string text;
        if (!std::getline(std::cin, text))
            return false;
        *line = decode(QByteArrayView(text.data(), qsizetype(text.size())));
        return true;
    };

    const QString program = QCoreApplication::arguments().value(0, QStringLiteral("jilin-planner"));
    QString line;
    for (int number = 1; nextLine(&line); ++number) {
        const QString command = line.trimmed();
        if (!lineIsUtf8) {
            context.err << Tr::tr("Line %1 is not UTF-8 text. The batch stopped there; the commands before it were "
                                  "carried out and saved.").arg(number)
                        << Qt::endl;
            return ExitUsage;
        }
        if (command.isEmpty() || command.startsWith(u'#'))
            continue;
        QString quoting;
        const std::optional<QStringList> words = splitBatchLine(command, &quoting);
        if (!words) {
            context.err << Tr::tr("Line %1: %2 The batch stopped there; the commands before it were carried out and "
                                  "saved.").arg(number).arg(quoting)
                        << Qt::endl;
            return ExitUsage;
        }
        if (words->isEmpty())
            continue;
        const int code = runLine(QStringList{program} + *words);
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
