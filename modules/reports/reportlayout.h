// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "charts/chartdata.h"

#include <QCoreApplication>
#include <QFont>
#include <QHash>
#include <QPair>
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

// One status's share of a stacked bar, or one status light of a slide.
struct StatusCount
{
    QString status;  // achieved, on_track, at_risk, off_track, not_assessable: its colour
    QString words;   // what is printed beside it ("偏离轨道 4", "G-03 偏离轨道")
    int count = 0;
};

// One chapter's targets by status, drawn as a stacked bar with the counts
// in words beside it (so it reads in black and white too).
struct StatusBar
{
    QString label;
    QList<StatusCount> counts;
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
        StatusBars,     // stacked bars of targets by status (the summary)
        Contents,       // the headings marked for the contents, with the page each is drawn on
        Slide,          // a presentation slide: half a page, framed; heading, chart, status lights, findings
    };
    Kind kind = Kind::Paragraph;
    QString text;
    bool centred = false;
    bool small = false;     // a paragraph in the tables' type (小5), where room is short
    double spaceMm = 0.0;
    TableSpec table;
    std::optional<Charts::ChartData> chart;
    std::optional<Charts::TornadoData> tornado;  // an indicator slot may hold a tornado instead of a chart
    QStringList findings;
    QList<StatusBar> bars;       // StatusBars
    QList<StatusCount> lights;   // Slide: the status of each target
    // Headings and subheadings: listed in the contents at this level (1
    // chapter, 2 section) under contentsText (the heading's text when empty).
    int contentsLevel = 0;
    QString contentsText;
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
    // The page (1-based) each heading marked for the contents is drawn on,
    // in the order of the contents: (text, page).
    QList<QPair<QString, int>> contents(QPaintDevice *device) const;

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
    // The contents as a table: each heading marked for it, with its page
    // (1-based; 0 before the first layout). The page column is wide enough
    // for any number, so filling it in does not move anything.
    TableSpec contentsTable(const QHash<int, int> &headingPages) const;
    // Pages, with the contents' page numbers filled in from a first layout.
    QList<Page> paginate(QPaintDevice *device, const ReportFonts &fonts, TableSpec *contents) const;
    QList<Page> paginateOnce(QPaintDevice *device, const ReportFonts &fonts, const TableSpec &contents) const;

    QList<Block> m_blocks;
    PageFurniture m_furniture;
};

} // namespace Planner::Reports
