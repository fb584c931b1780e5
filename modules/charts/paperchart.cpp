// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "charts/paperchart.h"

#include "analysis/language.h"

#include <QHash>
#include <QImage>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QTextLayout>
#include <QThread>

#include <algorithm>
#include <cmath>
#include <memory>

namespace Planner::Charts {

namespace {

// The colours of IndicatorChart's light palette (paper is never dark).
const QColor kText(0x20, 0x20, 0x20);
const QColor kGrid(0xd4, 0xd4, 0xd4);
const QColor kStage[3] = {QColor(0, 0, 0, 22), QColor(0, 0, 0, 9), QColor(0, 0, 0, 22)};
const QColor kObserved(Qt::black);
const QColor kMedian(0x1f, 0x4e, 0x79);
const QColor kBand(0x1f, 0x4e, 0x79, 70);
const QColor kTarget(0xb0, 0x00, 0x00);
const QColor kComparison[3] = {QColor(0xc5, 0x5a, 0x11), QColor(0x38, 0x76, 0x1d), QColor(0x70, 0x30, 0xa0)};
const Qt::PenStyle kComparisonDashes[] = {Qt::DashDotLine, Qt::DotLine, Qt::DashDotDotLine};

// Type is measured here, at 96 dpi, whatever the device drawn on.
QPaintDevice *reference()
{
    thread_local QImage image = [] {
        QImage i(1, 1, QImage::Format_ARGB32_Premultiplied);
        i.setDotsPerMeterX(3780);  // 96 dpi
        i.setDotsPerMeterY(3780);
        return i;
    }();
    return &image;
}

// A text laid out once (on one line, or broken into lines at `width`,
// each centred) and kept for the next chart that shows it.
struct Text
{
    QTextLayout layout;
    QSizeF size;
};

using TextCache = QHash<QString, std::shared_ptr<Text>>;

void clearMainThreadTexts();

TextCache &textCache()
{
    thread_local TextCache cache;
    thread_local bool registered = false;
    // The main thread's texts go with the application (their fonts must
    // not outlive it); another thread's with the thread.
    if (!registered && QCoreApplication::instance()
        && QThread::currentThread() == QCoreApplication::instance()->thread()) {
        qAddPostRoutine(clearMainThreadTexts);
        registered = true;
    }
    return cache;
}

void clearMainThreadTexts()
{
    textCache().clear();
}

// Called before a chart is drawn, never while one is (the chart holds
// references to its texts).
void trimTexts()
{
    if (textCache().size() > 4000)
        textCache().clear();
}

const Text &laidOut(const QString &string, const QFont &font, double width = -1.0)
{
    TextCache &cache = textCache();
    const QString key = font.key() + QChar(0x1f) + QString::number(width, 'f', 1) + QChar(0x1f) + string;
    auto it = cache.constFind(key);
    if (it != cache.constEnd())
        return *it.value();
    auto text = std::make_shared<Text>();
    text->layout.setText(string);
    text->layout.setFont(QFont(font, reference()));
    QTextOption option;
    option.setWrapMode(width > 0 ? QTextOption::WrapAtWordBoundaryOrAnywhere : QTextOption::NoWrap);
    text->layout.setTextOption(option);
    text->layout.setCacheEnabled(true);
    text->layout.beginLayout();
    double y = 0.0;
    double widest = 0.0;
    for (QTextLine line = text->layout.createLine(); line.isValid(); line = text->layout.createLine()) {
        line.setLineWidth(width > 0 ? width : 1e6);
        line.setPosition(QPointF(0.0, y));
        y += line.height();
        widest = std::max(widest, line.naturalTextWidth());
    }
    text->layout.endLayout();
    // Each line centred on the widest.
    for (int i = 0; i < text->layout.lineCount(); ++i) {
        QTextLine line = text->layout.lineAt(i);
        line.setPosition(QPointF((widest - line.naturalTextWidth()) / 2.0, line.position().y()));
    }
    text->size = QSizeF(widest, y);
    return *cache.insert(key, text).value();
}

void draw(QPainter *painter, const Text &text, const QPointF &topLeft)
{
    text.layout.draw(painter, topLeft);
}

QString number(double value, int decimals)
{
    const QString text = QString::number(value, 'f', decimals);
    // A tick a rounding error below zero reads "0.0", not "-0.0".
    return text == u'-' + QString::number(0.0, 'f', decimals) ? text.mid(1) : text;
}

void drawMarker(QPainter *painter, const QPointF &centre, double size, bool triangle)
{
    if (triangle) {
        const double h = size / 2.0;
        painter->drawPolygon(QPolygonF{QPointF(centre.x() - h, centre.y() + h), QPointF(centre.x(), centre.y() - h),
                                       QPointF(centre.x() + h, centre.y() + h)});
    } else {
        painter->drawEllipse(centre, size / 2.0, size / 2.0);
    }
}

// Lays out in `layoutSize` units scaled to fit `target`, keeping the
// proportions, centred (as a scene renders); the ground white.
void beginChart(QPainter *painter, const QRectF &target, const QSizeF &layoutSize)
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setRenderHint(QPainter::TextAntialiasing);
    const double scale = std::min(target.width() / layoutSize.width(), target.height() / layoutSize.height());
    painter->translate(target.center().x() - layoutSize.width() * scale / 2.0,
                       target.center().y() - layoutSize.height() * scale / 2.0);
    painter->scale(scale, scale);
    painter->fillRect(QRectF(QPointF(0, 0), layoutSize), Qt::white);
}

struct LegendEntry
{
    enum class Kind { Line, Swatch, Triangle } kind = Kind::Line;
    QPen pen;
    QString label;
};

} // namespace

void PaperChart::paint(QPainter *painter, const QRectF &target, const QSizeF &layoutSize, const ChartData &data,
                       const ChartStyle &style)
{
    if (layoutSize.width() <= 0 || layoutSize.height() <= 0)
        return;
    trimTexts();
    const double s = style.scale();
    const QFont body = style.bodyFont();
    QFont small = body;
    small.setPointSizeF(style.basePointSize * 0.9);
    QFont stageFont = small;
    stageFont.setBold(true);
    const QFont titleFont = style.titleFont();
    QFont captionFont = titleFont;
    captionFont.setBold(false);
    captionFont.setPointSizeF(titleFont.pointSizeF() * 0.8);  // "font-size:small" of the rich-text title

    beginChart(painter, target, layoutSize);
    const QRectF area(QPointF(0, 0), layoutSize);
    const QRectF inner = area.adjusted(6 + 9, 6 + 9, -(6 + 9), -(6 + 9));

    // Title: the name, and the scenario and draws under it, a block of
    // lines aligned left and centred as a whole (a rich-text title).
    double top = inner.top();
    const Text &name = laidOut(data.name, titleFont, inner.width());
    const Text *caption = data.caption.isEmpty() ? nullptr : &laidOut(data.caption, captionFont, inner.width());
    const double titleWidth = std::max(name.size.width(), caption ? caption->size.width() : 0.0);
    const double titleLeft = inner.center().x() - titleWidth / 2.0;
    painter->setPen(kText);
    draw(painter, name, QPointF(titleLeft, top));
    top += name.size.height();
    if (caption) {
        draw(painter, *caption, QPointF(titleLeft, top));
        top += caption->size.height();
    }
    top += 6.0;

    // The legend: what is drawn, in the chart's order of series.
    const ScenarioTrace *main = data.scenarios.isEmpty() ? nullptr : &data.scenarios.first();
    QList<LegendEntry> legend;
    const Threshold *floor = nullptr;
    const Threshold *ceiling = nullptr;
    for (const Threshold &t : data.thresholds) {
        if (t.floor && !floor)
            floor = &t;
        if (!t.floor && !ceiling)
            ceiling = &t;
    }
    const int levelDecimals = std::clamp(data.decimals, 0, 4);
    if (main && !main->low.isEmpty())
        legend.append({LegendEntry::Kind::Swatch, QPen(kMedian, 1.0), tr("P10–P90 range")});
    if (floor)
        legend.append({LegendEntry::Kind::Line, QPen(kTarget, 2.0 * s, Qt::SolidLine, Qt::FlatCap),
                       tr("Floor: at least %1").arg(QLocale().toString(floor->level, 'f', levelDecimals))});
    if (ceiling)
        legend.append({LegendEntry::Kind::Line, QPen(kTarget, 2.0 * s, Qt::SolidLine, Qt::FlatCap),
                       tr("Ceiling: at most %1").arg(QLocale().toString(ceiling->level, 'f', levelDecimals))});
    if (!data.peaks.isEmpty())
        legend.append({LegendEntry::Kind::Line, QPen(kTarget, 2.0 * s, Qt::DashDotLine, Qt::FlatCap),
                       tr("Peak before %1").arg(data.peaks.first().year)});
    if (!data.targetPath.isEmpty())
        legend.append({LegendEntry::Kind::Line, QPen(kTarget, 2.0 * s, Qt::DashLine, Qt::FlatCap),
                       tr("Target trajectory")});
    if (!data.observed.isEmpty())
        legend.append({LegendEntry::Kind::Line, QPen(kObserved, 2.0 * s, Qt::SolidLine, Qt::RoundCap), tr("Observed")});
    if (main)
        legend.append({LegendEntry::Kind::Line, QPen(kMedian, 3.0 * s, Qt::SolidLine, Qt::RoundCap),
                       tr("Projection P50: %1").arg(main->scenario)});
    if (!data.milestones.isEmpty())
        legend.append({LegendEntry::Kind::Triangle, QPen(kText, 1.0), tr("Milestone targets")});
    for (qsizetype i = 1; i < data.scenarios.size(); ++i)
        legend.append({LegendEntry::Kind::Line,
                       QPen(kComparison[(i - 1) % 3], 2.5 * s, kComparisonDashes[(i - 1) % 3], Qt::FlatCap),
                       tr("P50: %1").arg(data.scenarios.at(i).scenario)});

    // Legend rows, each centred, from the bottom up.
    const double markerHeight = laidOut(QStringLiteral("0"), small).size.height();
    const double markerWidth = markerHeight * 0.75;
    const double entryGap = markerHeight * 0.8;
    struct Placed
    {
        const LegendEntry *entry;
        const Text *label;
        double width;
    };
    QList<QList<Placed>> rows;
    double rowWidth = 0.0;
    for (const LegendEntry &entry : std::as_const(legend)) {
        const Text &label = laidOut(entry.label, small);
        const double width = markerWidth + markerHeight * 0.3 + label.size.width();
        if (rows.isEmpty() || rowWidth + entryGap + width > inner.width()) {
            rows.append(QList<Placed>());
            rowWidth = width;
        } else {
            rowWidth += entryGap + width;
        }
        rows.last().append({&entry, &label, width});
    }
    const double rowHeight = markerHeight * 1.25;
    double bottom = inner.bottom() - rows.size() * rowHeight;
    for (qsizetype r = 0; r < rows.size(); ++r) {
        double width = 0.0;
        for (const Placed &p : rows.at(r))
            width += p.width + (width > 0 ? entryGap : 0.0);
        double x = inner.center().x() - width / 2.0;
        const double y = bottom + r * rowHeight + (rowHeight - markerHeight) / 2.0;
        for (const Placed &p : rows.at(r)) {
            const QRectF marker(x, y, markerWidth, markerHeight);
            painter->setBrush(Qt::NoBrush);
            switch (p.entry->kind) {
            case LegendEntry::Kind::Line:
                painter->setPen(p.entry->pen);
                painter->drawLine(QPointF(marker.left(), marker.center().y()), QPointF(marker.right(), marker.center().y()));
                break;
            case LegendEntry::Kind::Swatch: {
                // The band's colour at twice its opacity, opaque (as on screen).
                const double a = std::min(1.0, 2.0 * kBand.alphaF());
                const QColor swatch = QColor::fromRgbF(kBand.redF() * a + (1 - a), kBand.greenF() * a + (1 - a),
                                                       kBand.blueF() * a + (1 - a));
                painter->setPen(p.entry->pen);
                painter->setBrush(swatch);
                const double side = markerHeight * 0.55;
                painter->drawRect(QRectF(marker.center().x() - side / 2.0, marker.center().y() - side / 2.0, side, side));
                break;
            }
            case LegendEntry::Kind::Triangle:
                painter->setPen(p.entry->pen);
                painter->setBrush(kTarget);
                drawMarker(painter, marker.center(), markerHeight * 0.9, true);
                break;
            }
            painter->setPen(kText);
            draw(painter, *p.label, QPointF(x + markerWidth + markerHeight * 0.3, y));
            x += p.width + entryGap;
        }
    }
    if (!rows.isEmpty())
        bottom -= 0.9 * markerHeight + 12.0;

    // The axes: their labels and titles around the plot.
    const ChartData::ValueTicks y = data.valueTicks();
    const double x0 = data.firstYear - 0.5;
    const double x1 = std::max(data.lastYear, data.firstYear + 1) + 0.5;
    const double tickLength = 5.0;
    const Text &xTitle = laidOut(tr("Year"), body);
    const double xLabelHeight = laidOut(QStringLiteral("2020"), body).size.height();
    bottom -= xTitle.size.height() + 5.0 + xLabelHeight + tickLength + 2.0;
    const double stageHeight = data.stages.isEmpty() ? 0.0 : laidOut(QStringLiteral("0"), stageFont).size.height() + 4.0;
    top += stageHeight;
    const double plotHeight = bottom - top;
    // The y-axis title (name and unit), broken into lines along the axis
    // wherever it is longer, never cut short.
    const bool chinese = Analysis::currentLanguage() == Analysis::Language::Chinese;
    const QString unit = data.unit.isEmpty() ? QString()
                                             : (chinese ? QStringLiteral("（%1）") : QStringLiteral(" (%1)")).arg(data.unit);
    const QString yTitleText = data.name + unit;
    const Text &yTitle = laidOut(yTitleText, body, std::max(10.0, plotHeight * 0.95));
    QList<const Text *> yLabels;
    double yLabelWidth = 0.0;
    for (double v : y.ticks) {
        const Text &label = laidOut(number(v, y.decimals), body);
        yLabels.append(&label);
        yLabelWidth = std::max(yLabelWidth, label.size.width());
    }
    const double left = inner.left() + yTitle.size.height() + 4.0 + yLabelWidth + 3.0 + tickLength;
    const double right = inner.right() - laidOut(QStringLiteral("2035"), body).size.width() / 2.0;
    const QRectF plot(left, top, std::max(1.0, right - left), std::max(1.0, plotHeight));
    const auto px = [&](double year) { return plot.left() + (year - x0) / (x1 - x0) * plot.width(); };
    const auto py = [&](double value) { return plot.bottom() - (value - y.min) / (y.max - y.min) * plot.height(); };
    const auto polyline = [&](const QList<QPointF> &points) {
        QPolygonF poly;
        poly.reserve(points.size());
        for (const QPointF &p : points)
            poly.append(QPointF(px(p.x()), py(p.y())));
        return poly;
    };

    // Grid: every year lightly, every fifth year and every value tick.
    const QColor minor = kGrid.lighter(110);
    painter->setBrush(Qt::NoBrush);
    QList<int> majorYears;
    for (int year = int(std::ceil(x0)); year <= int(std::floor(x1)); ++year) {
        const bool major = (year - 2020) % 5 == 0;
        if (major)
            majorYears.append(year);
        painter->setPen(QPen(major ? kGrid : minor, 1.0, major ? Qt::SolidLine : Qt::DashLine));
        painter->drawLine(QPointF(px(year), plot.top()), QPointF(px(year), plot.bottom()));
    }
    painter->setPen(QPen(kGrid, 1.0));
    for (double v : y.ticks)
        painter->drawLine(QPointF(plot.left(), py(v)), QPointF(plot.right(), py(v)));

    // The plan's stages shaded, named on top.
    painter->setPen(Qt::NoPen);
    for (qsizetype i = 0; i < data.stages.size(); ++i) {
        const StageSpan &stage = data.stages.at(i);
        const double a = std::max(x0, stage.first - 0.5);
        const double b = std::min(x1, stage.last + 0.5);
        if (b <= a)
            continue;
        painter->fillRect(QRectF(QPointF(px(a), plot.top()), QPointF(px(b), plot.bottom())), kStage[i % 3]);
        const Text &label = laidOut(stage.label, stageFont);
        painter->setPen(kText);
        draw(painter, label, QPointF((px(a) + px(b)) / 2.0 - label.size.width() / 2.0, plot.top() - stageHeight + 1.0));
        painter->setPen(Qt::NoPen);
    }

    // The series, back to front as on screen.
    painter->save();
    painter->setClipRect(plot.adjusted(-1, -1, 1, 1));
    if (main && !main->low.isEmpty() && main->low.size() == main->high.size()) {
        QPolygonF band = polyline(main->high);
        const QPolygonF low = polyline(main->low);
        for (qsizetype i = low.size() - 1; i >= 0; --i)
            band.append(low.at(i));
        painter->setPen(QPen(kMedian, 0.5 * s));
        painter->setBrush(kBand);
        painter->drawPolygon(band);
        painter->setBrush(Qt::NoBrush);
    }
    const auto level = [&](const Threshold *t) {
        if (!t)
            return;
        painter->setPen(QPen(kTarget, 2.0 * s, Qt::SolidLine, Qt::FlatCap));
        painter->drawLine(QPointF(px(t->fromYear), py(t->level)), QPointF(px(data.lastYear), py(t->level)));
    };
    level(floor);
    level(ceiling);
    if (!data.peaks.isEmpty()) {
        painter->setPen(QPen(kTarget, 2.0 * s, Qt::DashDotLine, Qt::FlatCap));
        const double at = px(data.peaks.first().year);
        painter->drawLine(QPointF(at, plot.bottom()), QPointF(at, plot.top()));
    }
    if (data.targetPath.size() > 1) {
        painter->setPen(QPen(kTarget, 2.0 * s, Qt::DashLine, Qt::FlatCap));
        painter->drawPolyline(polyline(data.targetPath));
    }
    if (!data.observed.isEmpty()) {
        const QPolygonF observed = polyline(data.observed);
        painter->setPen(QPen(kObserved, 2.0 * s, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        if (observed.size() > 1)
            painter->drawPolyline(observed);
        painter->setPen(QPen(kObserved, 2.0));
        painter->setBrush(kObserved);
        for (const QPointF &p : observed)
            drawMarker(painter, p, 7.0 * s, false);
        painter->setBrush(Qt::NoBrush);
    }
    if (main && main->median.size() > 1) {
        painter->setPen(QPen(kMedian, 3.0 * s, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        painter->drawPolyline(polyline(main->median));
    }
    painter->restore();
    // Milestones with their values above them (not clipped, as on screen).
    if (!data.milestones.isEmpty()) {
        painter->setPen(QPen(kText, 1.5));
        painter->setBrush(kTarget);
        const double size = 13.0 * s;
        for (const MilestoneMarker &m : data.milestones)
            drawMarker(painter, QPointF(px(m.year), py(m.value)), size, true);
        painter->setBrush(Qt::NoBrush);
        painter->setPen(kText);
        for (const MilestoneMarker &m : data.milestones) {
            const Text &label = laidOut(QString::number(m.value, 'g', 6), small);
            draw(painter, label, QPointF(px(m.year) - label.size.width() / 2.0,
                                         py(m.value) - size / 2.0 - 1.0 - label.size.height()));
        }
    }
    if (data.scenarios.size() > 1) {
        painter->save();
        painter->setClipRect(plot.adjusted(-1, -1, 1, 1));
        for (qsizetype i = 1; i < data.scenarios.size(); ++i) {
            painter->setPen(QPen(kComparison[(i - 1) % 3], 2.5 * s, kComparisonDashes[(i - 1) % 3], Qt::FlatCap));
            painter->drawPolyline(polyline(data.scenarios.at(i).median));
        }
        painter->restore();
    }

    // Axis lines, ticks and labels.
    painter->setBrush(Qt::NoBrush);
    painter->setPen(QPen(kText, 1.5));
    painter->drawLine(plot.bottomLeft(), plot.bottomRight());
    painter->drawLine(plot.bottomLeft(), plot.topLeft());
    for (int year = int(std::ceil(x0)); year <= int(std::floor(x1)); ++year) {
        const double at = px(year);
        const bool major = majorYears.contains(year);
        painter->drawLine(QPointF(at, plot.bottom()), QPointF(at, plot.bottom() + (major ? tickLength : tickLength / 2.0)));
    }
    for (double v : y.ticks)
        painter->drawLine(QPointF(plot.left() - tickLength, py(v)), QPointF(plot.left(), py(v)));
    painter->setPen(kText);
    for (int year : std::as_const(majorYears)) {
        const Text &label = laidOut(QString::number(year), body);
        draw(painter, label, QPointF(px(year) - label.size.width() / 2.0, plot.bottom() + tickLength + 2.0));
    }
    for (qsizetype i = 0; i < y.ticks.size(); ++i) {
        const Text &label = *yLabels.at(i);
        draw(painter, label, QPointF(plot.left() - tickLength - 3.0 - label.size.width(),
                                     py(y.ticks.at(i)) - label.size.height() / 2.0));
    }
    draw(painter, xTitle, QPointF(plot.center().x() - xTitle.size.width() / 2.0,
                                  plot.bottom() + tickLength + 2.0 + xLabelHeight + 5.0));
    // The y title turned a quarter anticlockwise, centred on the plot.
    painter->save();
    painter->translate(inner.left(), plot.center().y() + yTitle.size.width() / 2.0);
    painter->rotate(-90.0);
    draw(painter, yTitle, QPointF(0.0, 0.0));
    painter->restore();

    painter->restore();
}

void PaperChart::paint(QPainter *painter, const QRectF &target, const QSizeF &layoutSize, const TornadoData &data,
                       const ChartStyle &style)
{
    if (layoutSize.width() <= 0 || layoutSize.height() <= 0)
        return;
    trimTexts();
    const QFont body = style.bodyFont();
    const QColor bar = kMedian;
    beginChart(painter, target, layoutSize);
    const QRectF inner = QRectF(QPointF(0, 0), layoutSize).adjusted(6 + 9, 6 + 9, -(6 + 9), -(6 + 9));

    // The legend, one row at the bottom.
    const Text &atMin = laidOut(QCoreApplication::translate("Planner::Charts::TornadoChart", "lever at its minimum"), body);
    const Text &atMax = laidOut(QCoreApplication::translate("Planner::Charts::TornadoChart", "lever at its maximum"), body);
    const double lineHeight = atMin.size.height();
    const double swatch = lineHeight * 0.55;
    const double gap = lineHeight * 0.3;
    const double legendWidth = 2 * (swatch + gap) + atMin.size.width() + lineHeight * 0.8 + atMax.size.width();
    double x = inner.center().x() - legendWidth / 2.0;
    const double legendTop = inner.bottom() - lineHeight;
    const auto swatchAt = [&](double left, const QBrush &brush) {
        painter->setPen(QPen(bar, 1.0 * style.scale()));
        painter->setBrush(brush);
        painter->drawRect(QRectF(left, legendTop + (lineHeight - swatch) / 2.0, swatch, swatch));
    };
    swatchAt(x, QBrush(bar, Qt::BDiagPattern));
    painter->setPen(kText);
    draw(painter, atMin, QPointF(x + swatch + gap, legendTop));
    x += swatch + gap + atMin.size.width() + lineHeight * 0.8;
    swatchAt(x, QBrush(bar));
    painter->setPen(kText);
    draw(painter, atMax, QPointF(x + swatch + gap, legendTop));

    // The change axis: nice numbers around every bar and zero.
    double lo = 0.0;
    double hi = 0.0;
    for (const TornadoBar &b : data.bars) {
        lo = std::min({lo, b.atMin - data.scenarioValue, b.atMax - data.scenarioValue});
        hi = std::max({hi, b.atMin - data.scenarioValue, b.atMax - data.scenarioValue});
    }
    if (hi - lo <= 0.0) {
        lo = -1.0;
        hi = 1.0;
    }
    const double pad = 0.05 * (hi - lo);
    const double step = niceNumber(niceNumber(hi - lo + 2 * pad, true) / 4.0, false);
    const double first = std::floor((lo - pad) / step);
    const double last = std::ceil((hi + pad) / step);
    const double v0 = first * step;
    const double v1 = last * step;
    const int decimals = std::clamp(data.decimals, 0, 4);
    const QString unitTitle = data.unit.isEmpty()
        ? QCoreApplication::translate("Planner::Charts::TornadoChart", "Change from the scenario's value in %1").arg(data.year)
        : QCoreApplication::translate("Planner::Charts::TornadoChart", "Change from the scenario's value in %1 (%2)")
              .arg(data.year).arg(data.unit);
    const Text &axisTitle = laidOut(unitTitle, body, inner.width());
    const double tickLength = 5.0;
    const double bottom = legendTop - lineHeight * 0.9 - 12.0 - axisTitle.size.height() - 5.0 - lineHeight - tickLength - 2.0;
    double namesWidth = 0.0;
    for (const TornadoBar &b : data.bars)
        namesWidth = std::max(namesWidth, laidOut(b.lever, body).size.width());
    namesWidth = std::min(namesWidth, inner.width() * 0.45);
    const double right = inner.right() - laidOut(number(v1, decimals), body).size.width() / 2.0;
    const QRectF plot(QPointF(inner.left() + namesWidth + 3.0 + tickLength, inner.top()), QPointF(right, bottom));
    const auto px = [&](double v) { return plot.left() + (v - v0) / (v1 - v0) * plot.width(); };

    painter->setBrush(Qt::NoBrush);
    painter->setPen(QPen(kGrid, 1.0));
    const int ticks = int(last - first);
    for (int i = 0; i <= ticks; ++i)
        painter->drawLine(QPointF(px(v0 + i * step), plot.top()), QPointF(px(v0 + i * step), plot.bottom()));

    // A row per lever, the first (largest swing) at the top; in a row the
    // maximum's bar above the minimum's, each a quarter of the row.
    const qsizetype rows = data.bars.size();
    const double rowHeight = rows > 0 ? plot.height() / double(rows) : plot.height();
    for (qsizetype i = 0; i < rows; ++i) {
        const TornadoBar &b = data.bars.at(i);
        const double centre = plot.top() + rowHeight * (i + 0.5);
        const double thickness = rowHeight * 0.25;
        const auto barAt = [&](double value, double top, const QBrush &brush) {
            const double a = px(0.0);
            const double z = px(value);
            painter->setPen(QPen(bar, 1.0 * style.scale()));
            painter->setBrush(brush);
            painter->drawRect(QRectF(QPointF(std::min(a, z), top), QPointF(std::max(a, z), top + thickness)));
        };
        barAt(b.atMax - data.scenarioValue, centre - thickness, QBrush(bar));
        barAt(b.atMin - data.scenarioValue, centre, QBrush(bar, Qt::BDiagPattern));
        const Text &name = laidOut(b.lever, body, namesWidth);
        painter->setPen(kText);
        draw(painter, name, QPointF(plot.left() - tickLength - 3.0 - name.size.width(), centre - name.size.height() / 2.0));
    }

    // The lever axis's line and the change axis's labels and title.
    painter->setBrush(Qt::NoBrush);
    painter->setPen(QPen(kText, 1.5));
    painter->drawLine(plot.topLeft(), plot.bottomLeft());
    for (qsizetype i = 0; i <= rows; ++i) {
        const double y = plot.top() + rowHeight * i;
        painter->drawLine(QPointF(plot.left() - tickLength, y), QPointF(plot.left(), y));
    }
    painter->setPen(kText);
    for (int i = 0; i <= ticks; ++i) {
        const Text &label = laidOut(number(v0 + i * step, decimals), body);
        draw(painter, label, QPointF(px(v0 + i * step) - label.size.width() / 2.0, plot.bottom() + tickLength + 2.0));
    }
    draw(painter, axisTitle, QPointF(plot.center().x() - axisTitle.size.width() / 2.0,
                                     plot.bottom() + tickLength + 2.0 + lineHeight + 5.0));
    painter->restore();
}

} // namespace Planner::Charts
