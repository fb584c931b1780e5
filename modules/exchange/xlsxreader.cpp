// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "exchange/xlsxreader.h"

#include "exchange/exchangetr.h"

#include <QXmlStreamReader>

#include <unzip.h>

#include <cstring>

namespace Planner::Exchange {

namespace {

// Caps: the largest part we inflate, the most cells (blank ones included) a
// sheet may spread over, and Excel's own column limit.
constexpr qint64 kMaxPartBytes = 64 * 1024 * 1024;
constexpr qint64 kMaxCells = 2'000'000;
constexpr int kMaxColumns = 16384;

// The archive in memory, as minizip reads it: its I/O callbacks over a
// QByteArray (the zip format itself is minizip's).
struct MemoryStream
{
    const QByteArray *bytes = nullptr;
    ZPOS64_T position = 0;
};

voidpf ZCALLBACK memoryOpen(voidpf, const void *stream, int)
{
    return const_cast<void *>(stream);
}

uLong ZCALLBACK memoryRead(voidpf, voidpf stream, void *buffer, uLong size)
{
    auto *s = static_cast<MemoryStream *>(stream);
    const ZPOS64_T available = ZPOS64_T(s->bytes->size()) > s->position ? ZPOS64_T(s->bytes->size()) - s->position : 0;
    const uLong n = uLong(std::min<ZPOS64_T>(available, size));
    if (n > 0)
        std::memcpy(buffer, s->bytes->constData() + s->position, n);
    s->position += n;
    return n;
}

uLong ZCALLBACK memoryWrite(voidpf, voidpf, const void *, uLong)
{
    return 0;  // read only
}

ZPOS64_T ZCALLBACK memoryTell(voidpf, voidpf stream)
{
    return static_cast<MemoryStream *>(stream)->position;
}

long ZCALLBACK memorySeek(voidpf, voidpf stream, ZPOS64_T offset, int origin)
{
    auto *s = static_cast<MemoryStream *>(stream);
    const ZPOS64_T size = ZPOS64_T(s->bytes->size());
    ZPOS64_T base = 0;
    switch (origin) {
    case ZLIB_FILEFUNC_SEEK_SET: base = 0; break;
    case ZLIB_FILEFUNC_SEEK_CUR: base = s->position; break;
    case ZLIB_FILEFUNC_SEEK_END: base = size; break;
    default: return -1;
    }
    if (offset > size || base + offset > size)
        return -1;
    s->position = base + offset;
    return 0;
}

int ZCALLBACK memoryClose(voidpf, voidpf)
{
    return 0;
}

int ZCALLBACK memoryError(voidpf, voidpf)
{
    return 0;
}

// One zip archive in memory, opened with minizip.
class Archive
{
public:
    explicit Archive(const QByteArray &bytes)
    {
        m_stream.bytes = &bytes;
        zlib_filefunc64_def functions{};
        functions.zopen64_file = memoryOpen;
        functions.zread_file = memoryRead;
        functions.zwrite_file = memoryWrite;
        functions.ztell64_file = memoryTell;
        functions.zseek64_file = memorySeek;
        functions.zclose_file = memoryClose;
        functions.zerror_file = memoryError;
        m_zip = unzOpen2_64(&m_stream, &functions);
    }
    ~Archive()
    {
        if (m_zip)
            unzClose(m_zip);
    }
    Q_DISABLE_COPY_MOVE(Archive)

    bool isOpen() const { return m_zip != nullptr; }

    // One part of the archive; nothing and no error when it is absent;
    // nothing and an error when it is damaged or too large.
    std::optional<QByteArray> part(const QString &name, QString *error)
    {
        if (unzLocateFile(m_zip, name.toUtf8().constData(), 1) != UNZ_OK)
            return std::nullopt;
        unz_file_info64 info{};
        if (unzGetCurrentFileInfo64(m_zip, &info, nullptr, 0, nullptr, 0, nullptr, 0) != UNZ_OK
            || unzOpenCurrentFile(m_zip) != UNZ_OK) {
            *error = Tr::tr("The workbook is damaged: its part %1 cannot be opened.").arg(name);
            return std::nullopt;
        }
        QByteArray data;
        char buffer[65536];
        for (;;) {
            const int got = unzReadCurrentFile(m_zip, buffer, sizeof buffer);
            if (got < 0) {
                unzCloseCurrentFile(m_zip);
                *error = Tr::tr("The workbook is damaged: its part %1 cannot be read.").arg(name);
                return std::nullopt;
            }
            if (got == 0)
                break;
            if (data.size() + got > kMaxPartBytes) {
                unzCloseCurrentFile(m_zip);
                *error = Tr::tr("The workbook's part %1 unpacks to more than %2 MB; it is not read.")
                             .arg(name).arg(kMaxPartBytes / (1024 * 1024));
                return std::nullopt;
            }
            data.append(buffer, got);
        }
        if (unzCloseCurrentFile(m_zip) != UNZ_OK) {
            *error = Tr::tr("The workbook is damaged: its part %1 fails its checksum.").arg(name);
            return std::nullopt;
        }
        return data;
    }

private:
    MemoryStream m_stream;
    unzFile m_zip = nullptr;
};

std::optional<QByteArray> readPart(Archive &zip, const QString &name, QString *error)
{
    return zip.part(name, error);
}

QString xmlError(const QString &part, const QXmlStreamReader &xml)
{
    return Tr::tr("The workbook is damaged: %1, line %2: %3").arg(part).arg(xml.lineNumber()).arg(xml.errorString());
}

// The path of worksheet `index` (0: the first): workbook.xml names its
// relationship id, workbook.xml.rels its target. Without a workbook part the
// first sheet is taken to be xl/worksheets/sheet1.xml.
QString sheetPath(Archive &zip, int index, QString *error)
{
    const QString fallback = index == 0 ? QStringLiteral("xl/worksheets/sheet1.xml") : QString();
    const std::optional<QByteArray> workbook = readPart(zip, QStringLiteral("xl/workbook.xml"), error);
    if (!workbook)
        return error->isEmpty() ? fallback : QString();
    QStringList relationIds;
    QXmlStreamReader xml(*workbook);
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == QLatin1StringView("sheet")) {
            QString id;
            for (const QXmlStreamAttribute &a : xml.attributes()) {
                if (a.name() == QLatin1StringView("id"))
                    id = a.value().toString();
            }
            relationIds.append(id);
        }
    }
    if (xml.hasError()) {
        *error = xmlError(QStringLiteral("xl/workbook.xml"), xml);
        return {};
    }
    if (index < 0 || index >= relationIds.size() || relationIds.at(index).isEmpty())
        return fallback;
    const QString relationId = relationIds.at(index);
    const std::optional<QByteArray> rels = readPart(zip, QStringLiteral("xl/_rels/workbook.xml.rels"), error);
    if (!rels)
        return error->isEmpty() ? fallback : QString();
    QXmlStreamReader relXml(*rels);
    while (!relXml.atEnd()) {
        if (relXml.readNext() == QXmlStreamReader::StartElement && relXml.name() == QLatin1StringView("Relationship")
            && relXml.attributes().value(QStringLiteral("Id")) == relationId) {
            const QString target = relXml.attributes().value(QStringLiteral("Target")).toString();
            if (target.startsWith(u'/'))
                return target.mid(1);
            return QString(QStringLiteral("xl/") + target);
        }
    }
    if (relXml.hasError()) {
        *error = xmlError(QStringLiteral("xl/_rels/workbook.xml.rels"), relXml);
        return {};
    }
    return fallback;
}

// Text of <t> elements inside the current element (a shared string <si> or
// an inline string <is>), skipping phonetic runs <rPh>.
QString readRichText(QXmlStreamReader &xml)
{
    QString text;
    int depth = 1;
    int phonetic = 0;
    while (depth > 0 && !xml.atEnd()) {
        const QXmlStreamReader::TokenType token = xml.readNext();
        if (token == QXmlStreamReader::StartElement) {
            ++depth;
            if (xml.name() == QLatin1StringView("rPh"))
                ++phonetic;
            else if (xml.name() == QLatin1StringView("t") && phonetic == 0) {
                text += xml.readElementText(QXmlStreamReader::IncludeChildElements);
                --depth;
            }
        } else if (token == QXmlStreamReader::EndElement) {
            --depth;
            if (xml.name() == QLatin1StringView("rPh"))
                --phonetic;
        }
    }
    return text;
}

std::optional<QStringList> readSharedStrings(Archive &zip, QString *error)
{
    const QString part = QStringLiteral("xl/sharedStrings.xml");
    const std::optional<QByteArray> data = readPart(zip, part, error);
    if (!data)
        return error->isEmpty() ? std::optional<QStringList>(QStringList()) : std::nullopt;
    QStringList strings;
    QXmlStreamReader xml(*data);
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == QLatin1StringView("si"))
            strings.append(readRichText(xml));
    }
    if (xml.hasError()) {
        *error = xmlError(part, xml);
        return std::nullopt;
    }
    return strings;
}

// "B12" -> 1 (zero-based column), or -1.
int columnOf(QStringView reference)
{
    int column = 0;
    qsizetype i = 0;
    for (; i < reference.size() && reference.at(i).isLetter(); ++i) {
        const char16_t c = reference.at(i).toUpper().unicode();
        if (c < u'A' || c > u'Z')
            return -1;
        column = column * 26 + (c - u'A' + 1);
        if (column > kMaxColumns)
            return -1;
    }
    return i == 0 ? -1 : column - 1;
}

} // namespace

std::optional<TableRows> readXlsx(const QByteArray &bytes, QString *error, int sheet)
{
    Archive zip(bytes);
    if (!zip.isOpen()) {
        *error = Tr::tr("The file is not an XLSX workbook (it cannot be opened as a zip archive).");
        return std::nullopt;
    }
    error->clear();
    const QString path = sheetPath(zip, sheet, error);
    if (path.isEmpty()) {
        if (error->isEmpty())
            *error = Tr::tr("The workbook has no worksheet %1.").arg(sheet + 1);
        return std::nullopt;
    }
    const std::optional<QStringList> shared = readSharedStrings(zip, error);
    if (!shared)
        return std::nullopt;
    const std::optional<QByteArray> part = readPart(zip, path, error);
    if (!part) {
        if (error->isEmpty())
            *error = Tr::tr("The file is not an XLSX workbook: it has no worksheet.");
        return std::nullopt;
    }

    TableRows rows;
    qint64 cells = 0;
    QXmlStreamReader xml(*part);
    TableRow row;
    bool inRow = false;
    int nextRowNumber = 1;
    while (!xml.atEnd()) {
        const QXmlStreamReader::TokenType token = xml.readNext();
        if (token == QXmlStreamReader::StartElement && xml.name() == QLatin1StringView("row")) {
            row = TableRow{};
            bool ok = false;
            const int r = xml.attributes().value(QStringLiteral("r")).toInt(&ok);
            row.number = ok && r > 0 ? r : nextRowNumber;
            nextRowNumber = row.number + 1;
            inRow = true;
        } else if (token == QXmlStreamReader::EndElement && xml.name() == QLatin1StringView("row")) {
            bool blank = true;
            for (const QString &c : std::as_const(row.cells))
                blank = blank && c.trimmed().isEmpty();
            if (!blank)
                rows.append(row);
            inRow = false;
        } else if (token == QXmlStreamReader::StartElement && xml.name() == QLatin1StringView("c") && inRow) {
            const QXmlStreamAttributes attributes = xml.attributes();
            const QString type = attributes.value(QStringLiteral("t")).toString();
            int column = int(row.cells.size());
            if (attributes.hasAttribute(QStringLiteral("r"))) {
                column = columnOf(attributes.value(QStringLiteral("r")));
                if (column < 0) {
                    *error = Tr::tr("The workbook is damaged: row %1 has a cell with a wrong reference.").arg(row.number);
                    return std::nullopt;
                }
            }
            if (column >= kMaxColumns) {
                *error = Tr::tr("The workbook is damaged: row %1 has too many columns.").arg(row.number);
                return std::nullopt;
            }
            QString value;
            QString inlineText;
            int depth = 1;
            while (depth > 0 && !xml.atEnd()) {
                const QXmlStreamReader::TokenType inner = xml.readNext();
                if (inner == QXmlStreamReader::StartElement) {
                    if (xml.name() == QLatin1StringView("v")) {
                        value = xml.readElementText(QXmlStreamReader::IncludeChildElements);
                    } else if (xml.name() == QLatin1StringView("is")) {
                        inlineText = readRichText(xml);
                    } else {
                        ++depth;
                    }
                } else if (inner == QXmlStreamReader::EndElement) {
                    --depth;
                }
            }
            QString text;
            if (type == QLatin1StringView("s")) {
                bool ok = false;
                const int index = value.trimmed().toInt(&ok);
                if (!ok || index < 0 || index >= shared->size()) {
                    *error = Tr::tr("The workbook is damaged: row %1 refers to a shared string that is not there.")
                                 .arg(row.number);
                    return std::nullopt;
                }
                text = shared->at(index);
            } else if (type == QLatin1StringView("inlineStr")) {
                text = inlineText;
            } else {
                text = value;  // n, str (a formula's cached text), b (0/1), e (#N/A ...)
            }
            cells += column + 1 - row.cells.size() > 0 ? column + 1 - row.cells.size() : 1;
            if (cells > kMaxCells) {
                *error = Tr::tr("The worksheet has more than %1 cells; it is not read.").arg(kMaxCells);
                return std::nullopt;
            }
            while (row.cells.size() <= column)
                row.cells.append(QString());
            row.cells[column] = text;
        }
    }
    if (xml.hasError()) {
        *error = xmlError(path, xml);
        return std::nullopt;
    }
    return rows;
}

} // namespace Planner::Exchange
