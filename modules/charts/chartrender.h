// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "charts/chartdata.h"
#include "charts/chartstyle.h"

#include <QCoreApplication>
#include <QImage>
#include <QRectF>
#include <QSize>

class QPainter;

namespace Planner::Charts {

// Draws charts off screen: into any QPainter (a PDF page stays vector),
// an image at a size and resolution, an SVG file. The chart is laid out in
// points (size in pixels at 96 dpi is its size in points × 96/72), so type
// sizes mean the same on screen, in an image of any resolution and on paper.
class ChartRenderer
{
    Q_DECLARE_TR_FUNCTIONS(Planner::Charts::ChartRenderer)

public:
    // Draws the chart laid out at `layoutSize` (logical units) into `target`
    // of the painter, scaled to fit.
    static void render(QPainter *painter, const QRectF &target, const QSizeF &layoutSize, const ChartData &data,
                       const ChartStyle &style);
    // The same for a tornado (the tornado chart kind).
    static void render(QPainter *painter, const QRectF &target, const QSizeF &layoutSize, const TornadoData &data,
                       const ChartStyle &style);

    // An image of `pixels` at `dpi` dots per inch (recorded in the image):
    // the chart is laid out at pixels × 96 / dpi and scaled, so a 300-dpi
    // image has the proportions and type of the 96-dpi one, sharper.
    static QImage image(const ChartData &data, const ChartStyle &style, const QSize &pixels, int dpi = 96);

    // Writes a PNG or an SVG. False with a message (naming the file) when
    // it cannot be written; an existing file is replaced only as a whole
    // (written aside and renamed).
    static bool writePng(const QString &path, const ChartData &data, const ChartStyle &style, const QSize &pixels,
                         int dpi, QString *error);
    static bool writeSvg(const QString &path, const ChartData &data, const ChartStyle &style, const QSize &size,
                         QString *error);
};

} // namespace Planner::Charts
