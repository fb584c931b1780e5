// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "charts/chartdata.h"

#include <QCoreApplication>
#include <QFont>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

class QPagedPaintDevice;
class QPaintDevice;
class QPainter;

namespace Planner::Reports {

// The page after GB/T 9704 (党政机关公文格式) where it applies: A4, top
// margin 37 mm, left margin 28 mm, type area 156 × 225 mm; the running
// header sits in the top margin, the footer (scenario, fingerprint, page
// number) one line below the type area.
struct PageGeometry
{
    static constexpr double kPaperWidthMm = 210.0;
    static constexpr double kPaperHeightMm = 297.0;
    static constexpr double kTopMm = 37.0;
    static constexpr double kLeftMm = 28.0;
    static constexpr double kTypeWidthMm = 156.0;
    static constexpr double kTypeHeightMm = 225.0;
};

// The faces of a report (see README, "Reports"): each family is followed
// by WenQuanYi Micro Hei, so a character the first face lacks never falls
// to fontconfig's choice (Noto CJK, whose PDF text copies out as radicals).
struct ReportFonts
{
    QFont title;      // 2号 (22 pt) Song: AR PL SungtiL GB
    QFont heading;    // 3号 (16 pt) Hei: WenQuanYi Micro Hei
    QFont subheading; // 4号 (14 pt) Hei
    QFont body;       // 小4 (12 pt) Kai as the 仿宋 of a document: AR PL KaitiM GB; English: DejaVu Serif
    QFont table;      // 小5 (9 pt) Hei, for dense tables
    QFont small;      // 8 pt Hei: header and footer
    QString chartFamily;

    static ReportFonts forCurrentLanguage();
};

struct TableSpec
{
    QStringList header;
    QList<QStringList> rows;
    QList<double> widths;            // relative column widths
    QList<bool> alignRight;          // per column; missing: left
};

// One thing on the pages. Tables break between rows (the header is
// repeated), never inside one; an indicator slot is half the type area and
// never splits; the other blocks are kept whole.
struct Block
{
    enum class Kind {
        Title,          // centred, in the title face
        Heading,        // a section heading, kept with what follows
        Subheading,
        Paragraph,
        Table,
        IndicatorSlot,  // heading, chart and findings: two to a page, below room for a section heading
        Spacer,         // vertical space in mm
        PageBreak,
        RunningHeader,  // the header text of the pages from here on
    };
    Kind kind = Kind::Paragraph;
    QString text;
    bool centred = false;
    double spaceMm = 0.0;
    TableSpec table;
    std::optional<Charts::ChartData> chart;
    std::optional<Charts::TornadoData> tornado;  // an indicator slot may hold a tornado instead of a chart
    QStringList findings;
};

// What every page carries besides its blocks.
struct PageFurniture
{
    QString footerLeft;   // scenario, revision and fingerprint
};

// Lays blocks out on A4 pages of a device and paints them. Layout and
// painting use the same measurements of the same device, so the pages are
// exactly what the layout decided.
class PageLayout
{
    Q_DECLARE_TR_FUNCTIONS(Planner::Reports::PageLayout)

public:
    PageLayout(QList<Block> blocks, PageFurniture furniture);

    // A4 portrait, no device margins (the layout draws its own).
    static void setUpDevice(QPagedPaintDevice *device);

    // The number of pages the blocks take on this device.
    int pageCount(QPaintDevice *device) const;

    // Paints every page (device->newPage() between them); returns the
    // number of pages painted, 0 when the painter cannot start.
    int paint(QPagedPaintDevice *device) const;

private:
    struct Placed
    {
        int block = 0;
        double y = 0.0;        // device units from the type area's top
        double height = 0.0;
        int firstRow = 0;      // tables: rows [firstRow, lastRow)
        int lastRow = 0;
    };
    struct Page
    {
        QString header;
        QList<Placed> items;
    };
    QList<Page> paginate(QPaintDevice *device, const ReportFonts &fonts) const;

    QList<Block> m_blocks;
    PageFurniture m_furniture;
};

} // namespace Planner::Reports
