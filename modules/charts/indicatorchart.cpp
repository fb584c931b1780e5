// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "charts/indicatorchart.h"

#include "analysis/language.h"

#include <QAreaSeries>
#include <QApplication>
#include <QCategoryAxis>
#include <QFontMetricsF>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QScatterSeries>
#include <QValueAxis>

#include <cmath>

namespace Planner::Charts {

struct IndicatorChart::Palette
{
    QColor background;
    QColor text;
    QColor grid;
    QColor stage[3];
    QColor observed;
    QColor median;
    QColor band;
    QColor target;
    QColor comparison[3];
};

namespace {

// Comparison scenarios: a dash pattern each, so print tells them apart.
const Qt::PenStyle kComparisonDashes[] = {Qt::DashDotLine, Qt::DotLine, Qt::DashDotDotLine};

QLineSeries *lineSeries(const QString &name, QObject *parent)
{
    auto *series = new QLineSeries(parent);
    series->setObjectName(name);
    return series;
}

// A series redraws and its chart relayouts on every replace(), equal points
// or not: a lever edit moves a few of a page's lines, the rest stay put.
void replace(QXYSeries *series, const QList<QPointF> &points)
{
    if (series->points() != points)
        series->replace(points);
}

void hideFromLegend(QLegend *legend, QAbstractSeries *series)
{
    for (QLegendMarker *marker : legend->markers(series))
        marker->setVisible(false);
}

} // namespace

IndicatorChart::IndicatorChart(const ChartStyle &style, QGraphicsItem *parent)
    : QChart(parent)
    , m_style(style)
    , m_xAxis(new QValueAxis(this))
    , m_yAxis(new QValueAxis(this))
    , m_stageAxis(new QCategoryAxis(this))
    , m_p10(lineSeries(QStringLiteral("p10"), this))
    , m_p90(lineSeries(QStringLiteral("p90"), this))
    , m_band(new QAreaSeries(m_p90, m_p10))
    , m_target(lineSeries(QStringLiteral("target"), this))
    , m_observed(lineSeries(QStringLiteral("observed"), this))
    , m_observedMarkers(new QScatterSeries(this))
    , m_p50(lineSeries(QStringLiteral("p50"), this))
    , m_milestones(new QScatterSeries(this))
    , m_floor(lineSeries(QStringLiteral("floor"), this))
    , m_ceiling(lineSeries(QStringLiteral("ceiling"), this))
    , m_peak(lineSeries(QStringLiteral("peak"), this))
{
    setAnimationOptions(QChart::NoAnimation);
    setBackgroundRoundness(0);
    legend()->setAlignment(Qt::AlignBottom);
    // Line series show their dash pattern, scatter series their marker shape.
    legend()->setMarkerShape(QLegend::MarkerShapeFromSeries);

    m_xAxis->setObjectName(QStringLiteral("yearAxis"));
    m_yAxis->setObjectName(QStringLiteral("valueAxis"));
    m_stageAxis->setObjectName(QStringLiteral("stageAxis"));
    m_xAxis->setLabelFormat(QStringLiteral("%d"));
    m_xAxis->setTickType(QValueAxis::TicksDynamic);
    m_xAxis->setTickAnchor(2020);
    m_xAxis->setTickInterval(5);
    m_xAxis->setMinorTickCount(4);
    m_stageAxis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionCenter);
    m_stageAxis->setGridLineVisible(false);
    m_stageAxis->setLineVisible(false);
    addAxis(m_xAxis, Qt::AlignBottom);
    addAxis(m_yAxis, Qt::AlignLeft);
    addAxis(m_stageAxis, Qt::AlignTop);

    // Back to front: stages, band, target, observed, projections, milestones.
    for (int i = 0; i < 3; ++i) {
        auto *area = new QAreaSeries(lineSeries(QString(), this), lineSeries(QString(), this));
        area->setObjectName(QStringLiteral("stage-%1").arg(i + 1));
        addSeries(area);
        area->attachAxis(m_stageAxis);
        area->attachAxis(m_yAxis);
        m_stageAreas.append(area);
    }
    m_band->setObjectName(QStringLiteral("band"));
    m_observedMarkers->setObjectName(QStringLiteral("observed-markers"));
    m_milestones->setObjectName(QStringLiteral("milestones"));
    for (QAbstractSeries *series : std::initializer_list<QAbstractSeries *>{
             m_band, m_floor, m_ceiling, m_peak, m_target, m_observed, m_observedMarkers, m_p50, m_milestones}) {
        addSeries(series);
        series->attachAxis(m_xAxis);
        series->attachAxis(m_yAxis);
    }
    m_observedMarkers->setMarkerShape(QScatterSeries::MarkerShapeCircle);
    m_milestones->setMarkerShape(QScatterSeries::MarkerShapeTriangle);
    m_milestones->setPointLabelsVisible(true);
    m_milestones->setPointLabelsClipping(false);
    applyStyle();
}

IndicatorChart::Palette IndicatorChart::palette() const
{
    if (m_style.dark) {
        return {QColor(0x24, 0x24, 0x24), QColor(0xec, 0xec, 0xec), QColor(0x4a, 0x4a, 0x4a),
                {QColor(255, 255, 255, 16), QColor(255, 255, 255, 6), QColor(255, 255, 255, 16)},
                QColor(0xf5, 0xf5, 0xf5), QColor(0x7c, 0xbc, 0xff), QColor(0x7c, 0xbc, 0xff, 80),
                QColor(0xff, 0x80, 0x80),
                {QColor(0xff, 0xb0, 0x60), QColor(0x9c, 0xdc, 0x80), QColor(0xd0, 0xa0, 0xff)}};
    }
    return {Qt::white, QColor(0x20, 0x20, 0x20), QColor(0xd4, 0xd4, 0xd4),
            {QColor(0, 0, 0, 22), QColor(0, 0, 0, 9), QColor(0, 0, 0, 22)},
            Qt::black, QColor(0x1f, 0x4e, 0x79), QColor(0x1f, 0x4e, 0x79, 70),
            QColor(0xb0, 0x00, 0x00),
            {QColor(0xc5, 0x5a, 0x11), QColor(0x38, 0x76, 0x1d), QColor(0x70, 0x30, 0xa0)}};
}

void IndicatorChart::setStyle(const ChartStyle &style)
{
    m_style = style;
    applyStyle();
    setData(m_data);
}

void IndicatorChart::applyStyle()
{
    const Palette p = palette();
    const double s = m_style.scale();
    const QFont font = m_style.bodyFont();
    const QFont titleFont = m_style.titleFont();
    QFont small = font;
    small.setPointSizeF(m_style.basePointSize * 0.9);

    setBackgroundBrush(p.background);
    setBackgroundPen(Qt::NoPen);
    setPlotAreaBackgroundVisible(false);
    setTitleFont(titleFont);
    setTitleBrush(p.text);
    legend()->setFont(small);
    legend()->setLabelColor(p.text);
    legend()->setVisible(m_style.medium != ChartStyle::Medium::Thumbnail);
    const QMargins margins = m_style.medium == ChartStyle::Medium::Thumbnail ? QMargins(2, 2, 2, 2)
                                                                               : QMargins(6, 6, 6, 6);
    setMargins(margins);

    for (QAbstractAxis *axis : std::initializer_list<QAbstractAxis *>{m_xAxis, m_yAxis, m_stageAxis}) {
        axis->setLabelsFont(font);
        axis->setLabelsColor(p.text);
        axis->setTitleFont(font);
        axis->setTitleBrush(p.text);
        axis->setGridLineColor(p.grid);
        axis->setLinePenColor(p.text);
        axis->setMinorGridLineColor(p.grid.lighter(p.background.lightness() > 128 ? 110 : 90));
    }
    m_xAxis->setMinorGridLineVisible(m_style.medium != ChartStyle::Medium::Thumbnail);
    m_stageAxis->setVisible(m_style.medium != ChartStyle::Medium::Thumbnail);
    QFont stageFont = small;
    stageFont.setBold(true);
    m_stageAxis->setLabelsFont(stageFont);

    for (int i = 0; i < m_stageAreas.size(); ++i) {
        m_stageAreas[i]->setBrush(p.stage[i % 3]);
        m_stageAreas[i]->setPen(Qt::NoPen);
    }
    m_band->setBrush(p.band);
    m_band->setPen(QPen(p.median, 0.5 * s));
    m_target->setPen(QPen(p.target, 2.0 * s, Qt::DashLine, Qt::FlatCap));
    // Thresholds: a solid level line, the floor and ceiling told apart by
    // their legend names; the peak year dash-dotted.
    m_floor->setPen(QPen(p.target, 2.0 * s, Qt::SolidLine, Qt::FlatCap));
    m_ceiling->setPen(QPen(p.target, 2.0 * s, Qt::SolidLine, Qt::FlatCap));
    m_peak->setPen(QPen(p.target, 2.0 * s, Qt::DashDotLine, Qt::FlatCap));
    m_observed->setPen(QPen(p.observed, 2.0 * s, Qt::SolidLine, Qt::RoundCap));
    m_observedMarkers->setColor(p.observed);
    m_observedMarkers->setBorderColor(p.observed);
    m_observedMarkers->setMarkerSize(7.0 * s);
    m_p50->setPen(QPen(p.median, 3.0 * s, Qt::SolidLine, Qt::RoundCap));
    m_milestones->setColor(p.target);
    m_milestones->setBorderColor(p.text);
    m_milestones->setMarkerSize(13.0 * s);
    m_milestones->setPointLabelsFont(small);
    m_milestones->setPointLabelsColor(p.text);
    for (int i = 0; i < m_comparisons.size(); ++i)
        m_comparisons[i]->setPen(QPen(p.comparison[i % 3], 2.5 * s, kComparisonDashes[i % 3], Qt::FlatCap));
}

QLineSeries *IndicatorChart::comparisonSeries(int index)
{
    while (m_comparisons.size() <= index) {
        const int n = int(m_comparisons.size());
        QLineSeries *series = lineSeries(QStringLiteral("p50-%1").arg(n + 2), this);
        const Palette p = palette();
        series->setPen(QPen(p.comparison[n % 3], 2.5 * m_style.scale(), kComparisonDashes[n % 3], Qt::FlatCap));
        addSeries(series);
        series->attachAxis(m_xAxis);
        series->attachAxis(m_yAxis);
        m_comparisons.append(series);
    }
    return m_comparisons.at(index);
}

void IndicatorChart::resizeEvent(QGraphicsSceneResizeEvent *event)
{
    QChart::resizeEvent(event);
    if (m_style.medium == ChartStyle::Medium::Thumbnail)
        updateThumbnailTitle();
}

void IndicatorChart::updateThumbnailTitle()
{
    // The room a title line has: the chart's width less its margins, the
    // layout's own and some air on each side (Qt Charts cuts a title short
    // a little before the margins meet it).
    const qreal room = size().width() - margins().left() - margins().right() - 48.0;
    const QFontMetricsF metrics(titleFont());
    QStringList lines;
    QString line;
    const QStringList words = m_data.name.split(u' ', Qt::SkipEmptyParts);
    for (const QString &word : words) {
        const QString longer = line.isEmpty() ? word : line + u' ' + word;
        if (!line.isEmpty() && room > 0 && metrics.horizontalAdvance(longer) > room) {
            lines.append(line);
            line = word;
        } else {
            line = longer;
        }
    }
    if (!line.isEmpty())
        lines.append(line);
    for (QString &l : lines)
        l = l.toHtmlEscaped();
    const QString title = lines.size() > 1 ? lines.join(QStringLiteral("<br/>")) : m_data.name;
    if (QChart::title() != title)
        setTitle(title);
}

void IndicatorChart::setData(const ChartData &data)
{
    m_data = data;
    // Full-width brackets in Chinese, ASCII ones in English text.
    const bool chinese = Analysis::currentLanguage() == Analysis::Language::Chinese;
    const QString unit = data.unit.isEmpty() ? QString()
                                             : (chinese ? QStringLiteral("（%1）") : QStringLiteral(" (%1)")).arg(data.unit);
    // Texts are laid out anew whenever they are set: set only what changed.
    const bool thumbnail = m_style.medium == ChartStyle::Medium::Thumbnail;
    if (thumbnail) {
        updateThumbnailTitle();
    } else {
        const QString title = data.caption.isEmpty()
            ? data.name
            : QStringLiteral("%1<br/><span style=\"font-weight:normal; font-size:small\">%2</span>")
                  .arg(data.name.toHtmlEscaped(), data.caption.toHtmlEscaped());
        if (QChart::title() != title)
            setTitle(title);
    }
    // On a slide the indicator is named above the chart: the axis says the
    // unit only, which fits along the axis at a projector's type size.
    const bool slide = m_style.medium == ChartStyle::Medium::Presentation;
    // A small chart names its unit on the axis (its title names the indicator).
    const QString yTitle = thumbnail || slide ? (data.unit.isEmpty() ? (slide ? data.name : QString()) : data.unit)
                                              : QString(data.name + unit);
    if (m_yAxis->titleText() != yTitle)
        m_yAxis->setTitleText(yTitle);
    const QString xTitle = thumbnail ? QString() : tr("Year");
    if (m_xAxis->titleText() != xTitle)
        m_xAxis->setTitleText(xTitle);
    const QString format = QStringLiteral("%.%1f").arg(std::clamp(data.decimals, 0, 4));
    if (m_yAxis->labelFormat() != format) {
        m_yAxis->setLabelFormat(format);
        m_rangeSet = false;  // another indicator: its own ticks
    }

    replace(m_observed, data.observed);
    replace(m_observedMarkers, data.observed);
    replace(m_target, data.targetPath);
    const auto levelLine = [&](bool floor) {
        for (const Threshold &t : data.thresholds) {
            if (t.floor == floor)
                return QList<QPointF>{QPointF(t.fromYear, t.level), QPointF(data.lastYear, t.level)};
        }
        return QList<QPointF>();
    };
    replace(m_floor, levelLine(true));
    replace(m_ceiling, levelLine(false));
    QList<QPointF> milestones;
    for (const MilestoneMarker &m : data.milestones)
        milestones.append(QPointF(m.year, m.value));
    replace(m_milestones, milestones);
    m_milestones->setPointLabelsFormat(QStringLiteral("@yPoint"));

    const ScenarioTrace *main = data.scenarios.isEmpty() ? nullptr : &data.scenarios.first();
    replace(m_p50, main ? main->median : QList<QPointF>());
    replace(m_p10, main ? main->low : QList<QPointF>());
    replace(m_p90, main ? main->high : QList<QPointF>());
    for (qsizetype i = 1; i < data.scenarios.size(); ++i)
        replace(comparisonSeries(int(i - 1)), data.scenarios.at(i).median);
    for (qsizetype i = std::max<qsizetype>(0, data.scenarios.size() - 1); i < m_comparisons.size(); ++i)
        m_comparisons[i]->clear();

    updateRanges();
    updateLegend();
}

void IndicatorChart::updateRanges()
{
    const double x0 = m_data.firstYear - 0.5;
    const double x1 = std::max(m_data.lastYear, m_data.firstYear + 1) + 0.5;
    if (m_xAxis->min() != x0 || m_xAxis->max() != x1) {
        m_xAxis->setRange(x0, x1);
        m_stageAxis->setRange(x0, x1);
    }

    auto [lo, hi] = m_data.valueRange();
    double span = hi - lo;
    if (span <= 0.0)
        span = std::max(std::abs(hi) * 0.1, 1.0);
    // Keep the axis while the data fit in it and fill a good part of it: a
    // lever edit then moves the lines, not the scale (steadier to watch, and
    // relabelling an axis is the dearest part of a redraw).
    const double axisSpan = m_yAxis->max() - m_yAxis->min();
    const bool fits = m_rangeSet && lo >= m_yAxis->min() && hi + span * 0.1 <= m_yAxis->max()
        && span >= axisSpan * 0.4;
    if (!fits) {
        // The axis a chart drawn afresh has (the same on paper).
        const ChartData::ValueTicks t = m_data.valueTicks();
        if (m_data.decimals <= 0) {
            m_yAxis->setTickType(QValueAxis::TicksDynamic);
            m_yAxis->setTickAnchor(t.min);
            m_yAxis->setTickInterval(t.step());
            m_yAxis->setRange(t.min, t.max);
        } else {
            m_yAxis->setTickType(QValueAxis::TicksFixed);
            m_yAxis->setRange(t.min, t.max);
            m_yAxis->setTickCount(int(t.ticks.size()));
            const QString format = QStringLiteral("%.%1f").arg(t.decimals);
            if (m_yAxis->labelFormat() != format)
                m_yAxis->setLabelFormat(format);
        }
        m_rangeSet = true;
    }
    // A peak-before target: a line the height of the plot at its year.
    if (m_data.peaks.isEmpty())
        m_peak->clear();
    else
        m_peak->replace({QPointF(m_data.peaks.first().year, m_yAxis->min()),
                         QPointF(m_data.peaks.first().year, m_yAxis->max())});

    // The stages as shaded columns the height of the plot, named on top.
    // The axis's categories change only with the stages (never, in
    // practice): rebuilding them costs a relayout of every label.
    const double y0 = m_yAxis->min();
    const double y1 = m_yAxis->max();
    // On a slide a stage's name and years are two lines: three stages side
    // by side fit over a 4-, a 3- and a 5-year column at a projector's type.
    const bool slide = m_style.medium == ChartStyle::Medium::Presentation;
    QStringList labels;
    for (const StageSpan &stage : m_data.stages) {
        QString label = stage.label;
        const qsizetype space = label.lastIndexOf(u' ');
        if (slide && space > 0)
            label = label.left(space).toHtmlEscaped() + QStringLiteral("<br/>") + label.mid(space + 1).toHtmlEscaped();
        labels.append(label);
    }
    const bool stagesChanged = labels != m_stageAxis->categoriesLabels()
        || (!m_data.stages.isEmpty() && m_stageAxis->startValue() != m_data.stages.first().first - 0.5);
    if (stagesChanged) {
        for (const QString &label : m_stageAxis->categoriesLabels())
            m_stageAxis->remove(label);
        if (!m_data.stages.isEmpty())
            m_stageAxis->setStartValue(m_data.stages.first().first - 0.5);
        for (qsizetype i = 0; i < m_data.stages.size(); ++i)
            m_stageAxis->append(labels.at(i), m_data.stages.at(i).last + 0.5);
    }
    for (int i = 0; i < m_stageAreas.size(); ++i) {
        QAreaSeries *area = m_stageAreas.at(i);
        if (i >= m_data.stages.size()) {
            area->upperSeries()->clear();
            area->lowerSeries()->clear();
            continue;
        }
        const StageSpan &stage = m_data.stages.at(i);
        const double a = stage.first - 0.5;
        const double b = stage.last + 0.5;
        const QList<QPointF> upper{QPointF(a, y1), QPointF(b, y1)};
        if (area->upperSeries()->points() != upper) {
            area->upperSeries()->replace(upper);
            area->lowerSeries()->replace({QPointF(a, y0), QPointF(b, y0)});
        }
    }
}

void IndicatorChart::updateLegend()
{
    const ScenarioTrace *main = m_data.scenarios.isEmpty() ? nullptr : &m_data.scenarios.first();
    if (m_style.medium == ChartStyle::Medium::Presentation) {
        // One row under a slide's chart at a projector's type: short names
        // (the scenario is named in the slide's footer).
        m_observed->setName(tr("Observed"));
        m_p50->setName(tr("P50"));
        m_band->setName(tr("P10–P90"));
        m_target->setName(tr("Target path"));
        m_milestones->setName(tr("Targets"));
    } else {
        m_observed->setName(tr("Observed"));
        m_p50->setName(main ? tr("Projection P50: %1").arg(main->scenario) : tr("Projection P50"));
        m_band->setName(tr("P10–P90 range"));
        m_target->setName(tr("Target trajectory"));
        m_milestones->setName(tr("Milestone targets"));
    }
    for (qsizetype i = 0; i < m_comparisons.size(); ++i) {
        const qsizetype s = i + 1;
        m_comparisons[i]->setName(s < m_data.scenarios.size() ? tr("P50: %1").arg(m_data.scenarios.at(s).scenario)
                                                                : QString());
    }
    const auto levelName = [this](bool floor) {
        for (const Threshold &t : m_data.thresholds) {
            if (t.floor == floor) {
                const QString value = QLocale().toString(t.level, 'f', std::clamp(m_data.decimals, 0, 4));
                return floor ? tr("Floor: at least %1").arg(value) : tr("Ceiling: at most %1").arg(value);
            }
        }
        return QString();
    };
    m_floor->setName(levelName(true));
    m_ceiling->setName(levelName(false));
    m_peak->setName(m_data.peaks.isEmpty() ? QString() : tr("Peak before %1").arg(m_data.peaks.first().year));
    QLegend *l = legend();
    // A plain swatch for the band: with the series' own shape Qt 6.4 sizes
    // the area's entry too narrow and cuts its name.
    // Its colour opaque, as the band looks over the chart's ground at twice
    // its own opacity: a swatch that shows on the dark ground too (>= 3:1).
    const Palette p = palette();
    const double a = std::min(1.0, 2.0 * p.band.alphaF());
    const QColor swatch = QColor::fromRgbF(p.band.redF() * a + p.background.redF() * (1 - a),
                                           p.band.greenF() * a + p.background.greenF() * (1 - a),
                                           p.band.blueF() * a + p.background.blueF() * (1 - a));
    for (QLegendMarker *marker : l->markers(m_band)) {
        marker->setShape(QLegend::MarkerShapeRectangle);
        marker->setBrush(swatch);
        marker->setPen(QPen(p.median, 1.0));
    }
    for (QAreaSeries *area : m_stageAreas)
        hideFromLegend(l, area);
    hideFromLegend(l, m_observedMarkers);
    // Only what is drawn appears in the legend.
    const auto show = [l](QAbstractSeries *series, bool visible) {
        for (QLegendMarker *marker : l->markers(series))
            marker->setVisible(visible);
    };
    show(m_observed, !m_data.observed.isEmpty());
    show(m_p50, main != nullptr);
    show(m_band, main && !main->low.isEmpty());
    show(m_target, !m_data.targetPath.isEmpty());
    show(m_floor, !m_floor->points().isEmpty());
    show(m_ceiling, !m_ceiling->points().isEmpty());
    show(m_peak, !m_data.peaks.isEmpty());
    show(m_milestones, !m_data.milestones.isEmpty());
    for (qsizetype i = 0; i < m_comparisons.size(); ++i)
        show(m_comparisons[i], i + 1 < m_data.scenarios.size());
}

} // namespace Planner::Charts
