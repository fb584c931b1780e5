// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reports/reportlayout.h"

#include "analysis/language.h"
#include "charts/chartrender.h"
#include "charts/chartstyle.h"

#include <QPageLayout>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QHash>
#include <QTextLayout>

#include <algorithm>
#include <memory>

namespace Planner::Reports {

namespace {

// Chinese type sizes (字号) in points.
constexpr double kHao2 = 22.0;
constexpr double kHao3 = 16.0;
constexpr double kHao4 = 14.0;
constexpr double kXiao4 = 12.0;
constexpr double kXiao5 = 9.0;

const QString kFallbackFamily = QStringLiteral("WenQuanYi Micro Hei");

QFont face(const QString &family, double points, bool bold = false)
{
    QFont font(family);
    font.setFamilies({family, kFallbackFamily});
    font.setPointSizeF(points);
    font.setBold(bold);
    // The same glyph positions on every device: no hinting to the raster.
    font.setHintingPreference(QFont::PreferNoHinting);
    font.setStyleStrategy(QFont::PreferOutline);
    // Any letter spacing turns ligatures off in Qt's shaper: the PDF's text
    // then copies out as "efficiency", not with the ligature character "ﬀ".
    font.setLetterSpacing(QFont::AbsoluteSpacing, 0.05);
    return font;
}

struct Units
{
    explicit Units(const QPaintDevice *device)
        : x(device->logicalDpiX() / 25.4), y(device->logicalDpiY() / 25.4), pt(device->logicalDpiY() / 72.0)
    {
    }
    double x;   // device units per mm, across
    double y;   // device units per mm, down
    double pt;  // device units per point
};

// Text wrapped to a width on a device; the same call measures and paints.
struct Wrapped
{
    std::shared_ptr<const QTextLayout> layout;
    double height = 0.0;
};

// While a report is painted, each distinct text (in its font, width and
// spacing, at the device's resolution) is laid out once: the pagination
// measures every block, the painting lays the same blocks out again, and
// tables and footers repeat their words on every page.
thread_local QHash<QString, Wrapped> *t_wrapped = nullptr;

struct WrapCache
{
    QHash<QString, Wrapped> texts;
    WrapCache() { t_wrapped = &texts; }
    ~WrapCache() { t_wrapped = nullptr; }
    WrapCache(const WrapCache &) = delete;
    WrapCache &operator=(const WrapCache &) = delete;
};

Wrapped wrap(QString text, const QFont &font, double width, QPaintDevice *device, Qt::Alignment alignment,
             double lineSpacing = 1.2)
{
    text.replace(QLatin1Char('\n'), QChar::LineSeparator);
    QString key;
    if (t_wrapped) {
        key = QStringLiteral("%1|%2|%3|%4|%5|%6|").arg(font.key()).arg(width, 0, 'g', 17).arg(int(alignment))
                  .arg(lineSpacing, 0, 'g', 17).arg(device->logicalDpiX()).arg(device->logicalDpiY())
              + text;
        const auto it = t_wrapped->constFind(key);
        if (it != t_wrapped->cend())
            return *it;
    }
    auto layout = std::make_shared<QTextLayout>(text, font, device);
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    option.setAlignment(alignment);
    layout->setTextOption(option);
    layout->beginLayout();
    double y = 0.0;
    double last = 0.0;
    for (;;) {
        QTextLine line = layout->createLine();
        if (!line.isValid())
            break;
        line.setLineWidth(width);
        line.setPosition(QPointF(0.0, y));
        last = line.height();
        y += line.height() * lineSpacing;
    }
    layout->endLayout();
    Wrapped w;
    w.layout = std::move(layout);
    // The last line needs no leading below it.
    w.height = y - last * (lineSpacing - 1.0);
    if (t_wrapped)
        t_wrapped->insert(key, w);
    return w;
}

struct TextStyle
{
    QFont font;
    double beforeMm = 0.0;
    double afterMm = 0.0;
    double lineSpacing = 1.2;
};

TextStyle textStyle(const Block &block, const ReportFonts &fonts)
{
    switch (block.kind) {
    case Block::Kind::Title:
        return {fonts.title, 6.0, 6.0, 1.3};
    case Block::Kind::Heading:
        return {fonts.heading, 5.0, 3.0, 1.2};
    case Block::Kind::Subheading:
        if (block.small) {
            QFont font = fonts.table;
            font.setBold(true);
            return {font, 2.5, 1.2, 1.2};
        }
        return {fonts.subheading, 4.0, 2.0, 1.2};
    default:
        if (block.small)
            return {fonts.table, 0.0, 1.5, 1.25};
        return {fonts.body, 0.0, 2.5, 1.35};
    }
}

bool isText(Block::Kind kind)
{
    return kind == Block::Kind::Title || kind == Block::Kind::Heading || kind == Block::Kind::Subheading
           || kind == Block::Kind::Paragraph;
}

constexpr double kCellPadXMm = 1.2;
constexpr double kCellPadYMm = 0.9;
constexpr double kTableAfterMm = 3.0;
constexpr double kSlotHeadingRoomMm = 14.0;

QList<double> columnWidths(const TableSpec &table, double total)
{
    const qsizetype n = std::max(table.header.size(), table.rows.isEmpty() ? 0 : table.rows.first().size());
    QList<double> widths;
    double sum = 0.0;
    for (qsizetype i = 0; i < n; ++i) {
        const double w = i < table.widths.size() ? table.widths.at(i) : 1.0;
        widths.append(w);
        sum += w;
    }
    for (double &w : widths)
        w = w / sum * total;
    return widths;
}

double rowHeight(const QStringList &cells, const QList<double> &widths, const QFont &font, QPaintDevice *device,
                 const Units &u)
{
    double height = 0.0;
    for (qsizetype c = 0; c < widths.size(); ++c) {
        const Wrapped w = wrap(cells.value(c), font, widths.at(c) - 2 * kCellPadXMm * u.x, device, Qt::AlignLeft, 1.1);
        height = std::max(height, w.height);
    }
    return height + 2 * kCellPadYMm * u.y;
}

QFont tableHeaderFont(const ReportFonts &fonts)
{
    QFont font = fonts.table;
    font.setBold(true);
    return font;
}

const TableSpec &tableOf(const Block &block, const TableSpec &contents)
{
    return block.kind == Block::Kind::Contents ? contents : block.table;
}

// Stacked bars: the label, the bar, the counts in words; one row each.
constexpr double kBarLabelShare = 0.29;
constexpr double kBarShare = 0.21;
constexpr double kBarThicknessMm = 3.6;
constexpr double kBarRowPadMm = 0.5;

double barRowHeight(const StatusBar &bar, const ReportFonts &fonts, double typeWidth, QPaintDevice *device,
                    const Units &u)
{
    QStringList words;
    for (const StatusCount &c : bar.counts)
        words.append(c.words);
    const double label = wrap(bar.label, fonts.table, typeWidth * kBarLabelShare - 2 * kCellPadXMm * u.x, device,
                              Qt::AlignLeft, 1.0).height;
    const double text = wrap(words.join(QStringLiteral(" · ")), fonts.table,
                             typeWidth * (1.0 - kBarLabelShare - kBarShare) - 2 * kCellPadXMm * u.x, device,
                             Qt::AlignLeft, 1.0).height;
    return std::max({label, text, kBarThicknessMm * u.y}) + 2 * kBarRowPadMm * u.y;
}

double barsHeight(const Block &block, const ReportFonts &fonts, double typeWidth, QPaintDevice *device, const Units &u)
{
    double h = 0.0;
    for (const StatusBar &bar : block.bars)
        h += barRowHeight(bar, fonts, typeWidth, device, u);
    return h;
}

// Black or white, whichever reads on the colour.
QColor textOn(const QColor &fill)
{
    return fill.lightnessF() > 0.55 ? QColor(Qt::black) : QColor(Qt::white);
}

} // namespace

ReportFonts ReportFonts::forCurrentLanguage()
{
    const bool chinese = Analysis::currentLanguage() == Analysis::Language::Chinese;
    ReportFonts fonts;
    fonts.title = face(QStringLiteral("AR PL SungtiL GB"), kHao2);
    fonts.heading = face(kFallbackFamily, kHao3);
    fonts.subheading = face(kFallbackFamily, kHao4);
    fonts.body = chinese ? face(QStringLiteral("AR PL KaitiM GB"), kXiao4) : face(QStringLiteral("DejaVu Serif"), 11.0);
    fonts.table = face(kFallbackFamily, kXiao5);
    fonts.small = face(kFallbackFamily, 8.0);
    fonts.chartFamily = kFallbackFamily;
    return fonts;
}

PageLayout::PageLayout(QList<Block> blocks, PageFurniture furniture)
    : m_blocks(std::move(blocks)), m_furniture(std::move(furniture))
{
}

void PageLayout::setUpDevice(QPagedPaintDevice *device)
{
    device->setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(0, 0, 0, 0),
                                      QPageLayout::Millimeter));
}

TableSpec PageLayout::contentsTable(const QHash<int, int> &headingPages) const
{
    TableSpec t;
    t.header = {tr("Chapter or section"), tr("Page")};
    t.widths = {88, 12};
    t.alignRight = {false, true};
    for (qsizetype i = 0; i < m_blocks.size(); ++i) {
        const Block &b = m_blocks.at(i);
        if (b.contentsLevel <= 0)
            continue;
        const QString text = b.contentsText.isEmpty() ? b.text : b.contentsText;
        // Sections indented under their chapter by two ideographic spaces.
        const QString indent = b.contentsLevel > 1 ? QString(2, QChar(0x3000)) : QString();
        const int page = headingPages.value(int(i), 0);
        t.rows.append({indent + text, page > 0 ? QString::number(page) : QStringLiteral("000")});
    }
    return t;
}

QList<PageLayout::Page> PageLayout::paginate(QPaintDevice *device, const ReportFonts &fonts, TableSpec *contents) const
{
    TableSpec table = contentsTable({});
    QList<Page> pages = paginateOnce(device, fonts, table);
    if (!table.rows.isEmpty()) {
        // The page numbers take the room the first layout gave them, so a
        // second layout puts everything where the first did; checked, and
        // laid out again should a number ever have moved something.
        for (int pass = 0; pass < 3; ++pass) {
            QHash<int, int> where;
            for (qsizetype p = 0; p < pages.size(); ++p)
                for (const Placed &item : pages.at(p).items)
                    if (m_blocks.at(item.block).contentsLevel > 0 && !where.contains(item.block))
                        where.insert(item.block, int(p + 1));
            TableSpec next = contentsTable(where);
            if (next.rows == table.rows)
                break;
            table = std::move(next);
            pages = paginateOnce(device, fonts, table);
        }
    }
    if (contents)
        *contents = table;
    return pages;
}

QList<QPair<QString, int>> PageLayout::contents(QPaintDevice *device) const
{
    TableSpec table;
    paginate(device, ReportFonts::forCurrentLanguage(), &table);
    QList<QPair<QString, int>> list;
    for (const QStringList &row : std::as_const(table.rows))
        list.append({row.value(0).trimmed().remove(QChar(0x3000)), row.value(1).toInt()});
    return list;
}

QList<PageLayout::Page> PageLayout::paginateOnce(QPaintDevice *device, const ReportFonts &fonts,
                                                 const TableSpec &contents) const
{
    const Units u(device);
    const double typeWidth = PageGeometry::kTypeWidthMm * u.x;
    const double typeHeight = PageGeometry::kTypeHeightMm * u.y;
    // Two indicator slots to a page, with room above them for a section heading.
    const double slotHeight = (typeHeight - kSlotHeadingRoomMm * u.y) / 2.0;
    const double epsilon = 0.01 * u.y;

    QList<Page> pages(1);
    QString header;
    double y = 0.0;
    const auto newPage = [&] {
        pages.append(Page{header, {}});
        y = 0.0;
    };
    const auto empty = [&] { return pages.last().items.isEmpty(); };
    const auto fits = [&](double h) { return y + h <= typeHeight + epsilon; };

    const auto textHeight = [&](const Block &block) {
        const TextStyle style = textStyle(block, fonts);
        return wrap(block.text, style.font, typeWidth, device, Qt::AlignLeft, style.lineSpacing).height;
    };
    // The least of a block that must come onto a page with the heading before it.
    const auto leastOf = [&](qsizetype from) -> double {
        for (qsizetype i = from; i < m_blocks.size(); ++i) {
            const Block &b = m_blocks.at(i);
            switch (b.kind) {
            case Block::Kind::Table:
            case Block::Kind::Contents: {
                const TableSpec &table = tableOf(b, contents);
                const QList<double> widths = columnWidths(table, typeWidth);
                double h = rowHeight(table.header, widths, tableHeaderFont(fonts), device, u);
                if (!table.rows.isEmpty())
                    h += rowHeight(table.rows.first(), widths, fonts.table, device, u);
                return h;
            }
            case Block::Kind::IndicatorSlot:
                return slotHeight;
            case Block::Kind::Slide:
                return typeHeight / 2.0;
            case Block::Kind::StatusBars:
                return barsHeight(b, fonts, typeWidth, device, u);
            case Block::Kind::PageBreak:
                return 0.0;
            case Block::Kind::RunningHeader:
            case Block::Kind::Spacer:
                continue;
            default:
                return textHeight(b) + textStyle(b, fonts).beforeMm * u.y;
            }
        }
        return 0.0;
    };

    for (qsizetype i = 0; i < m_blocks.size(); ++i) {
        const Block &block = m_blocks.at(i);
        switch (block.kind) {
        case Block::Kind::RunningHeader:
            header = block.text;
            if (empty())
                pages.last().header = header;
            break;
        case Block::Kind::PageBreak:
            if (!empty())
                newPage();
            break;
        case Block::Kind::Spacer:
            if (!empty())
                y += block.spaceMm * u.y;
            break;
        case Block::Kind::Title:
        case Block::Kind::Heading:
        case Block::Kind::Subheading:
        case Block::Kind::Paragraph: {
            const TextStyle style = textStyle(block, fonts);
            const double h = textHeight(block);
            const double before = y > 0.0 ? style.beforeMm * u.y : 0.0;
            const bool keepWithNext = block.kind == Block::Kind::Heading || block.kind == Block::Kind::Subheading;
            const double need = before + h + (keepWithNext ? style.afterMm * u.y + leastOf(i + 1) : 0.0);
            if (!fits(need) && !empty())
                newPage();
            if (y > 0.0)
                y += style.beforeMm * u.y;
            pages.last().items.append({int(i), y, h, 0, 0});
            y += h + style.afterMm * u.y;
            break;
        }
        case Block::Kind::Table:
        case Block::Kind::Contents: {
            const TableSpec &table = tableOf(block, contents);
            const QList<double> widths = columnWidths(table, typeWidth);
            const double headerHeight = rowHeight(table.header, widths, tableHeaderFont(fonts), device, u);
            QList<double> heights;
            for (const QStringList &row : table.rows)
                heights.append(std::min(rowHeight(row, widths, fonts.table, device, u), typeHeight - headerHeight));
            int row = 0;
            do {
                const double first = row < heights.size() ? heights.at(row) : 0.0;
                if (!fits(headerHeight + first) && !empty())
                    newPage();
                Placed placed{int(i), y, headerHeight, row, row};
                while (row < heights.size() && (placed.lastRow == placed.firstRow || fits(placed.height + heights.at(row)))) {
                    placed.height += heights.at(row);
                    ++row;
                    placed.lastRow = row;
                }
                pages.last().items.append(placed);
                y += placed.height;
                if (row < heights.size())
                    newPage();
            } while (row < heights.size());
            y += kTableAfterMm * u.y;
            break;
        }
        case Block::Kind::IndicatorSlot:
            if (!fits(slotHeight) && !empty())
                newPage();
            pages.last().items.append({int(i), y, slotHeight, 0, 0});
            y += slotHeight;
            break;
        case Block::Kind::Slide: {
            // Two to a page: each is half the type area.
            const double h = typeHeight / 2.0;
            if (!fits(h) && !empty())
                newPage();
            pages.last().items.append({int(i), y, h, 0, 0});
            y += h;
            break;
        }
        case Block::Kind::StatusBars: {
            const double h = barsHeight(block, fonts, typeWidth, device, u);
            if (!fits(h) && !empty())
                newPage();
            pages.last().items.append({int(i), y, h, 0, 0});
            y += h + kTableAfterMm * u.y;
            break;
        }
        }
    }
    if (pages.size() > 1 && pages.last().items.isEmpty())
        pages.removeLast();
    return pages;
}

int PageLayout::pageCount(QPaintDevice *device) const
{
    return int(paginate(device, ReportFonts::forCurrentLanguage(), nullptr).size());
}

int PageLayout::paint(QPagedPaintDevice *device) const
{
    const WrapCache cache;
    const ReportFonts fonts = ReportFonts::forCurrentLanguage();
    TableSpec contents;
    const QList<Page> pages = paginate(device, fonts, &contents);
    const Units u(device);
    const double left = PageGeometry::kLeftMm * u.x;
    const double top = PageGeometry::kTopMm * u.y;
    const double typeWidth = PageGeometry::kTypeWidthMm * u.x;
    const double typeHeight = PageGeometry::kTypeHeightMm * u.y;

    QPainter painter;
    if (!painter.begin(device))
        return 0;
    const QPen rule(QColor(0x40, 0x40, 0x40), 0.5 * u.pt);
    const QPen grid(QColor(0x60, 0x60, 0x60), 0.4 * u.pt);

    for (qsizetype p = 0; p < pages.size(); ++p) {
        if (p > 0)
            device->newPage();
        const Page &page = pages.at(p);
        painter.setPen(Qt::black);

        // Running header in the top margin, footer below the type area.
        if (!page.header.isEmpty()) {
            const Wrapped h = wrap(page.header, fonts.small, typeWidth, device, Qt::AlignRight);
            h.layout->draw(&painter, QPointF(left, top - 9.0 * u.y));
            painter.setPen(rule);
            painter.drawLine(QPointF(left, top - 4.0 * u.y), QPointF(left + typeWidth, top - 4.0 * u.y));
            painter.setPen(Qt::black);
        }
        const double footerY = top + typeHeight + 6.0 * u.y;
        painter.setPen(rule);
        painter.drawLine(QPointF(left, footerY - 1.5 * u.y), QPointF(left + typeWidth, footerY - 1.5 * u.y));
        painter.setPen(Qt::black);
        const Wrapped number = wrap(tr("Page %1 of %2").arg(p + 1).arg(pages.size()), fonts.small, typeWidth, device,
                                    Qt::AlignRight);
        number.layout->draw(&painter, QPointF(left, footerY));
        const Wrapped footer = wrap(m_furniture.footerLeft, fonts.small, typeWidth * 0.78, device, Qt::AlignLeft);
        footer.layout->draw(&painter, QPointF(left, footerY));

        for (const Placed &item : page.items) {
            const Block &block = m_blocks.at(item.block);
            const double y0 = top + item.y;
            if (isText(block.kind)) {
                const TextStyle style = textStyle(block, fonts);
                const Wrapped w = wrap(block.text, style.font, typeWidth, device,
                                       block.centred || block.kind == Block::Kind::Title ? Qt::AlignHCenter
                                                                                         : Qt::AlignLeft,
                                       style.lineSpacing);
                w.layout->draw(&painter, QPointF(left, y0));
                continue;
            }
            if (block.kind == Block::Kind::Table || block.kind == Block::Kind::Contents) {
                const TableSpec &table = tableOf(block, contents);
                const QList<double> widths = columnWidths(table, typeWidth);
                const QFont headerFont = tableHeaderFont(fonts);
                const auto drawRow = [&](const QStringList &cells, const QFont &font, double rowTop, bool shaded) {
                    const double h = rowHeight(cells, widths, font, device, u);
                    double x = left;
                    if (shaded)
                        painter.fillRect(QRectF(left, rowTop, typeWidth, h), QColor(0xE8, 0xE8, 0xE8));
                    painter.setPen(grid);
                    painter.drawLine(QPointF(left, rowTop + h), QPointF(left + typeWidth, rowTop + h));
                    for (qsizetype c = 0; c < widths.size(); ++c) {
                        const bool right = c < table.alignRight.size() && table.alignRight.at(c);
                        const Wrapped w = wrap(cells.value(c), font, widths.at(c) - 2 * kCellPadXMm * u.x, device,
                                               right ? Qt::AlignRight : Qt::AlignLeft, 1.1);
                        painter.setPen(Qt::black);
                        w.layout->draw(&painter, QPointF(x + kCellPadXMm * u.x, rowTop + kCellPadYMm * u.y));
                        x += widths.at(c);
                    }
                    return h;
                };
                double rowTop = y0;
                painter.setPen(grid);
                painter.drawLine(QPointF(left, rowTop), QPointF(left + typeWidth, rowTop));
                rowTop += drawRow(table.header, headerFont, rowTop, true);
                for (int r = item.firstRow; r < item.lastRow; ++r)
                    rowTop += std::min(drawRow(table.rows.at(r), fonts.table, rowTop, false),
                                       typeHeight);
                // Column rules over the part of the table on this page.
                painter.setPen(grid);
                double x = left;
                for (qsizetype c = 0; c <= widths.size(); ++c) {
                    painter.drawLine(QPointF(x, y0), QPointF(x, rowTop));
                    if (c < widths.size())
                        x += widths.at(c);
                }
                painter.setPen(Qt::black);
                continue;
            }
            if (block.kind == Block::Kind::StatusBars) {
                int most = 1;
                for (const StatusBar &bar : block.bars) {
                    int total = 0;
                    for (const StatusCount &c : bar.counts)
                        total += c.count;
                    most = std::max(most, total);
                }
                const double labelWidth = typeWidth * kBarLabelShare;
                const double barWidth = typeWidth * kBarShare - 2 * kCellPadXMm * u.x;
                const double wordsLeft = left + typeWidth * (kBarLabelShare + kBarShare);
                const double wordsWidth = typeWidth * (1.0 - kBarLabelShare - kBarShare) - 2 * kCellPadXMm * u.x;
                double rowTop = y0;
                for (const StatusBar &bar : block.bars) {
                    const double h = barRowHeight(bar, fonts, typeWidth, device, u);
                    painter.setPen(Qt::black);
                    const Wrapped label = wrap(bar.label, fonts.table, labelWidth - 2 * kCellPadXMm * u.x, device,
                                               Qt::AlignLeft, 1.0);
                    label.layout->draw(&painter, QPointF(left + kCellPadXMm * u.x, rowTop + kBarRowPadMm * u.y));
                    const double barTop = rowTop + (h - kBarThicknessMm * u.y) / 2.0;
                    double x = left + labelWidth;
                    QStringList words;
                    for (const StatusCount &c : bar.counts) {
                        words.append(c.words);
                        if (c.count <= 0)
                            continue;
                        const QRectF segment(x, barTop, barWidth * c.count / most, kBarThicknessMm * u.y);
                        const QColor fill = Charts::statusColor(c.status);
                        painter.fillRect(segment, fill);
                        painter.setPen(QPen(Qt::white, 0.4 * u.pt));
                        painter.drawRect(segment);
                        const QString n = QString::number(c.count);
                        const Wrapped count = wrap(n, fonts.table, segment.width(), device, Qt::AlignHCenter, 1.0);
                        if (count.layout->lineCount() == 1
                            && count.layout->lineAt(0).naturalTextWidth() < segment.width() - 0.5 * u.x) {
                            painter.setPen(textOn(fill));
                            count.layout->draw(&painter,
                                               QPointF(segment.left(), segment.center().y() - count.height / 2.0));
                        }
                        x += segment.width();
                    }
                    painter.setPen(Qt::black);
                    const Wrapped text = wrap(words.join(QStringLiteral(" · ")), fonts.table, wordsWidth, device,
                                              Qt::AlignLeft, 1.0);
                    text.layout->draw(&painter, QPointF(wordsLeft + kCellPadXMm * u.x, rowTop + kBarRowPadMm * u.y));
                    painter.setPen(grid);
                    painter.drawLine(QPointF(left, rowTop + h), QPointF(left + typeWidth, rowTop + h));
                    rowTop += h;
                }
                painter.setPen(Qt::black);
                continue;
            }
            if (block.kind == Block::Kind::Slide) {
                // A frame a little inside the half page, as the slide's screen.
                const double pad = 3.0 * u.y;
                const QRectF frame(left, y0 + 1.0 * u.y, typeWidth, item.height - 4.0 * u.y);
                painter.setPen(QPen(QColor(0x80, 0x80, 0x80), 0.6 * u.pt));
                painter.setBrush(Qt::NoBrush);
                painter.drawRect(frame);
                const double innerLeft = frame.left() + pad;
                const double innerWidth = frame.width() - 2 * pad;
                painter.setPen(Qt::black);
                const Wrapped heading = wrap(block.text, fonts.subheading, innerWidth, device, Qt::AlignLeft);
                heading.layout->draw(&painter, QPointF(innerLeft, frame.top() + pad));
                double y = frame.top() + pad + heading.height + 1.5 * u.y;

                // Status lights: a coloured dot and the words, as on the slide.
                QFont lightFont = fonts.body;
                lightFont.setPointSizeF(10.5);
                const double dot = 3.2 * u.y;
                double x = innerLeft;
                double lineHeight = 0.0;
                for (const StatusCount &light : block.lights) {
                    const Wrapped words = wrap(light.words, lightFont, innerWidth - dot - 1.5 * u.x, device,
                                               Qt::AlignLeft, 1.1);
                    const double width = dot + 1.5 * u.x + words.layout->lineAt(0).naturalTextWidth() + 5.0 * u.x;
                    if (x > innerLeft && x + width > innerLeft + innerWidth) {
                        x = innerLeft;
                        y += lineHeight + 1.0 * u.y;
                        lineHeight = 0.0;
                    }
                    const double lineH = std::max(dot, words.height);
                    painter.setPen(Qt::NoPen);
                    painter.setBrush(Charts::statusColor(light.status));
                    painter.drawEllipse(QRectF(x, y + (lineH - dot) / 2.0, dot, dot));
                    painter.setBrush(Qt::NoBrush);
                    painter.setPen(Qt::black);
                    words.layout->draw(&painter, QPointF(x + dot + 1.5 * u.x, y + (lineH - words.height) / 2.0));
                    x += width;
                    lineHeight = std::max(lineHeight, lineH);
                }
                y += lineHeight + 1.5 * u.y;

                QFont findingFont = fonts.body;
                findingFont.setPointSizeF(10.5);  // 5号
                const Wrapped findings = wrap(block.findings.join(QLatin1Char('\n')), findingFont, innerWidth, device,
                                              Qt::AlignLeft, 1.25);
                const double findingsTop = frame.bottom() - pad - findings.height;
                findings.layout->draw(&painter, QPointF(innerLeft, findingsTop));
                if (block.chart && !block.chart->isEmpty()) {
                    const double chartHeight = std::max(30.0 * u.y, findingsTop - 1.5 * u.y - y);
                    const QRectF target(innerLeft, y, innerWidth, chartHeight);
                    const QSizeF layoutSize(target.width() / u.pt * 96.0 / 72.0, target.height() / u.pt * 96.0 / 72.0);
                    Charts::ChartRenderer::render(&painter, target, layoutSize, *block.chart,
                                                  Charts::ChartStyle::print(fonts.chartFamily));
                }
                continue;
            }
            if (block.kind == Block::Kind::IndicatorSlot) {
                const double gap = 2.0 * u.y;
                const Wrapped heading = wrap(block.text, fonts.subheading, typeWidth, device, Qt::AlignLeft);
                heading.layout->draw(&painter, QPointF(left, y0 + gap));
                QFont findingFont = fonts.body;
                findingFont.setPointSizeF(10.5);  // 5号
                const Wrapped findings = wrap(block.findings.join(QLatin1Char('\n')), findingFont, typeWidth, device,
                                              Qt::AlignLeft, 1.25);
                const double findingsTop = y0 + item.height - findings.height - 4.0 * u.y;
                findings.layout->draw(&painter, QPointF(left, findingsTop));
                const bool hasChart = block.chart && !block.chart->isEmpty();
                const bool hasTornado = block.tornado && !block.tornado->isEmpty();
                if (hasChart || hasTornado) {
                    const double chartTop = y0 + gap + heading.height + gap;
                    const double chartHeight = std::max(30.0 * u.y, findingsTop - gap - chartTop);
                    const QRectF target(left, chartTop, typeWidth, chartHeight);
                    // The chart lays itself out in 96-dpi units (chartrender.h).
                    const QSizeF layoutSize(target.width() / u.pt * 96.0 / 72.0, target.height() / u.pt * 96.0 / 72.0);
                    if (hasChart)
                        Charts::ChartRenderer::render(&painter, target, layoutSize, *block.chart,
                                                      Charts::ChartStyle::print(fonts.chartFamily));
                    else
                        Charts::ChartRenderer::render(&painter, target, layoutSize, *block.tornado,
                                                      Charts::ChartStyle::print(fonts.chartFamily));
                }
                continue;
            }
        }
    }
    painter.end();
    return int(pages.size());
}

} // namespace Planner::Reports
