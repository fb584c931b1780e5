// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "charts/chartrender.h"

#include "exchange/outputfile.h"

#include "charts/indicatorchart.h"
#include "charts/paperchart.h"
#include "charts/tornadochart.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QLegend>
#include <QPainter>
#include <QSvgGenerator>
#include <QTextLayout>

#include <functional>

namespace Planner::Charts {

namespace {

// Qt Charts cuts an axis title longer than its axis short with "...": on
// paper the y-axis title (the indicator's name and unit) is broken into as
// many lines as it needs instead, at the places the language allows (words
// in English, characters in Chinese). True when a title was changed.
bool wrapVerticalTitles(QChart *chart)
{
    bool changed = false;
    const double length = chart->plotArea().height() * 0.95;
    if (length <= 0)
        return false;
    for (QAbstractAxis *axis : chart->axes(Qt::Vertical)) {
        const QString title = axis->titleText();
        if (title.isEmpty() || !axis->isTitleVisible() || Qt::mightBeRichText(title))
            continue;
        QTextLayout layout(title, axis->titleFont());
        QTextOption option;
        option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
        layout.setTextOption(option);
        QStringList lines;
        layout.beginLayout();
        for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
            line.setLineWidth(length);
            lines.append(title.mid(line.textStart(), line.textLength()).trimmed().toHtmlEscaped());
        }
        layout.endLayout();
        if (lines.size() > 1) {
            axis->setTitleText(lines.join(QStringLiteral("<br/>")));
            changed = true;
        }
    }
    return changed;
}

// Every chart kind is drawn the same way: in a scene of its own, laid out
// at once, rendered into the painter.
void renderChart(QPainter *painter, const QRectF &target, const QSizeF &layoutSize, QChart *chart,
                 const ChartStyle &style, const std::function<void()> &fill)
{
    QGraphicsScene scene;
    scene.addItem(chart);
    chart->setGeometry(QRectF(QPointF(0, 0), layoutSize));
    fill();
    // Lay the chart out now: nothing will process the posted layout events.
    // Axes learn their labels' sizes on events of their own (a category
    // axis would elide its names to "..."), so those are delivered and the
    // layout done again.
    if (chart->layout())
        chart->layout()->activate();
    QCoreApplication::sendPostedEvents();
    if (chart->layout()) {
        chart->layout()->invalidate();
        chart->layout()->activate();
    }
    // The legend lays its labels out in a layout of its own, also on a
    // posted event: without this its labels are elided to nothing.
    if (chart->legend()->layout())
        chart->legend()->layout()->activate();
    if (style.medium == ChartStyle::Medium::Print && wrapVerticalTitles(chart) && chart->layout()) {
        chart->layout()->invalidate();
        chart->layout()->activate();
    }
    scene.setSceneRect(QRectF(QPointF(0, 0), layoutSize));
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setRenderHint(QPainter::TextAntialiasing);
    scene.render(painter, target, scene.sceneRect(), Qt::KeepAspectRatio);
    painter->restore();
}

} // namespace

void ChartRenderer::render(QPainter *painter, const QRectF &target, const QSizeF &layoutSize, const ChartData &data,
                           const ChartStyle &style)
{
    // Paper: drawn straight from the data, no scene (paperchart.h).
    if (style.medium == ChartStyle::Medium::Print) {
        PaperChart::paint(painter, target, layoutSize, data, style);
        return;
    }
    auto *chart = new IndicatorChart(style);
    renderChart(painter, target, layoutSize, chart, style, [&] { chart->setData(data); });
}

void ChartRenderer::render(QPainter *painter, const QRectF &target, const QSizeF &layoutSize, const TornadoData &data,
                           const ChartStyle &style)
{
    if (style.medium == ChartStyle::Medium::Print) {
        PaperChart::paint(painter, target, layoutSize, data, style);
        return;
    }
    auto *chart = new TornadoChart(style);
    renderChart(painter, target, layoutSize, chart, style, [&] { chart->setData(data); });
}

QImage ChartRenderer::image(const ChartData &data, const ChartStyle &style, const QSize &pixels, int dpi)
{
    QImage image(pixels, QImage::Format_ARGB32_Premultiplied);
    const int dotsPerMeter = qRound(dpi / 0.0254);
    image.setDotsPerMeterX(dotsPerMeter);
    image.setDotsPerMeterY(dotsPerMeter);
    image.fill(style.dark ? QColor(0x24, 0x24, 0x24) : QColor(Qt::white));
    // The painter's type follows the device's resolution; lay out in 96-dpi
    // units and scale so the chart is the same at every resolution.
    const double scale = dpi / 96.0;
    QPainter painter(&image);
    render(&painter, QRectF(QPointF(0, 0), QSizeF(pixels)), QSizeF(pixels) / scale, data, style);
    painter.end();
    return image;
}

bool ChartRenderer::writePng(const QString &path, const ChartData &data, const ChartStyle &style,
                             const QSize &pixels, int dpi, QString *error)
{
    if (pixels.width() < 100 || pixels.height() < 100 || pixels.width() > 20000 || pixels.height() > 20000
        || dpi < 36 || dpi > 1200) {
        *error = tr("A chart image must be 100 to 20,000 pixels wide and high at 36 to 1,200 dpi.");
        return false;
    }
    // The one file writer: whole or absent (the file dialog has asked
    // before replacing a file).
    Exchange::OutputFile file(path, true);
    if (!file.openForWriting(error))
        return false;
    const QImage picture = image(data, style, pixels, dpi);
    if (!picture.save(&file, "PNG")) {
        *error = file.failure().isEmpty() ? tr("Cannot write %1: %2").arg(path, QStringLiteral("PNG")) : file.failure();
        return false;
    }
    return file.commit(error);
}

bool ChartRenderer::writeSvg(const QString &path, const ChartData &data, const ChartStyle &style, const QSize &size,
                             QString *error)
{
    if (size.width() < 100 || size.height() < 100 || size.width() > 20000 || size.height() > 20000) {
        *error = tr("A chart image must be 100 to 20,000 pixels wide and high at 36 to 1,200 dpi.");
        return false;
    }
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QSvgGenerator svg;
    svg.setOutputDevice(&buffer);
    svg.setSize(size);
    svg.setViewBox(QRect(QPoint(0, 0), size));
    svg.setResolution(96);
    svg.setTitle(data.name);
    svg.setDescription(data.caption);
    QPainter painter(&svg);
    render(&painter, QRectF(QPointF(0, 0), QSizeF(size)), QSizeF(size), data, style);
    painter.end();

    return Exchange::writeOutputFile(path, buffer.data(), true, error);
}

} // namespace Planner::Charts
