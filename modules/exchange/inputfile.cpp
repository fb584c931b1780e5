// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "exchange/inputfile.h"

#include "exchange/exchangetr.h"

#include <QFile>
#include <QFileInfo>
#include <QStringDecoder>

namespace Planner::Exchange {

std::optional<QByteArray> readInputFile(const QString &path, QString *error)
{
    const QFileInfo info(path);
    if (!info.exists()) {
        *error = Tr::tr("There is no file \"%1\".").arg(path);
        return std::nullopt;
    }
    if (!info.isFile()) {
        *error = Tr::tr("\"%1\" is not a file.").arg(path);
        return std::nullopt;
    }
    if (info.size() > kMaxInputBytes) {
        *error = Tr::tr("\"%1\" is %2 MB; files over %3 MB are not read.")
                     .arg(path).arg(double(info.size()) / (1024.0 * 1024.0), 0, 'f', 1).arg(kMaxInputBytes / (1024 * 1024));
        return std::nullopt;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = Tr::tr("Cannot read \"%1\": %2").arg(path, file.errorString());
        return std::nullopt;
    }
    // Read at most one byte past the limit: a file that grew meanwhile is refused too.
    QByteArray bytes = file.read(kMaxInputBytes + 1);
    if (bytes.size() > kMaxInputBytes) {
        *error = Tr::tr("\"%1\" is larger than %2 MB and is not read.").arg(path).arg(kMaxInputBytes / (1024 * 1024));
        return std::nullopt;
    }
    return bytes;
}

InputKind sniffInput(const QByteArray &bytes)
{
    if (bytes.startsWith("PK\x03\x04"))
        return InputKind::Xlsx;
    qsizetype i = bytes.startsWith("\xEF\xBB\xBF") ? 3 : 0;
    while (i < bytes.size() && (bytes.at(i) == ' ' || bytes.at(i) == '\t' || bytes.at(i) == '\r' || bytes.at(i) == '\n'))
        ++i;
    if (i < bytes.size() && bytes.at(i) == '{')
        return InputKind::ScenarioJson;
    return InputKind::Csv;
}

std::optional<QString> decodeText(const QByteArray &bytes, QString *error)
{
    QStringDecoder::Encoding encoding = QStringDecoder::Utf8;
    QByteArrayView body(bytes);
    if (bytes.startsWith("\xFF\xFE")) {
        encoding = QStringDecoder::Utf16LE;
        body = body.sliced(2);
    } else if (bytes.startsWith("\xFE\xFF")) {
        encoding = QStringDecoder::Utf16BE;
        body = body.sliced(2);
    } else if (bytes.startsWith("\xEF\xBB\xBF")) {
        body = body.sliced(3);
    }
    // The byte order mark is stripped above; a second one is text (without
    // ConvertInitialBom the decoder would drop it, and a CSV written back
    // would lose a cell: found by fuzz_csv, tests/fuzz/regressions/csv-cr-then-bom).
    QStringDecoder decoder(encoding, QStringDecoder::Flag::Stateless | QStringDecoder::Flag::ConvertInitialBom);
    QString text = decoder.decode(body);
    if (decoder.hasError()) {
        *error = encoding == QStringDecoder::Utf8
                     ? Tr::tr("The file is not UTF-8 text (perhaps GBK or GB18030). Save it as UTF-8 "
                              "(\"CSV UTF-8\" in Excel or WPS) and try again.")
                     : Tr::tr("The file's UTF-16 text is damaged.");
        return std::nullopt;
    }
    if (text.contains(QChar(0))) {
        *error = Tr::tr("The file holds binary data, not text.");
        return std::nullopt;
    }
    return text;
}

} // namespace Planner::Exchange
