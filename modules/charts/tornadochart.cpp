// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "charts/tornadochart.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QHorizontalBarSeries>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace Planner::Charts {

TornadoChart::TornadoChart(const ChartStyle &style, QGraphicsItem *parent)
    : QChart(parent)
    , m_style(style)
    , m_series(new QHorizontalBarSeries(this))
    , m_atMin(new QBarSet(QString(), this))
    , m_atMax(new QBarSet(QString(), this))
    , m_levers(new QBarCategoryAxis(this))
    , m_change(new QValueAxis(this))
{
    setAnimationOptions(QChart::NoAnimation);
    setBackgroundRoundness(0);
    legend()->setAlignment(Qt::AlignBottom);
    m_series->setObjectName(QStringLiteral("tornado"));
    m_atMin->setObjectName(QStringLiteral("atMinimum"));
    m_atMax->setObjectName(QStringLiteral("atMaximum"));
    m_levers->setObjectName(QStringLiteral("leverAxis"));
    m_change->setObjectName(QStringLiteral("changeAxis"));
    m_series->append(m_atMin);
    m_series->append(m_atMax);
    addSeries(m_series);
    addAxis(m_levers, Qt::AlignLeft);
    addAxis(m_change, Qt::AlignBottom);
    m_series->attachAxis(m_levers);
    m_series->attachAxis(m_change);
    applyStyle();
}

void TornadoChart::applyStyle()
{
    const bool dark = m_style.dark;
    const QColor background = dark ? QColor(0x24, 0x24, 0x24) : QColor(Qt::white);
    const QColor text = dark ? QColor(0xec, 0xec, 0xec) : QColor(0x20, 0x20, 0x20);
    const QColor grid = dark ? QColor(0x4a, 0x4a, 0x4a) : QColor(0xd4, 0xd4, 0xd4);
    const QColor bar = dark ? QColor(0x7c, 0xbc, 0xff) : QColor(0x1f, 0x4e, 0x79);
    const QFont font = m_style.bodyFont();
    const QFont titleFont = m_style.titleFont();
    setBackgroundBrush(background);
    setBackgroundPen(Qt::NoPen);
    setTitleFont(titleFont);
    setTitleBrush(text);
    legend()->setFont(font);
    legend()->setLabelColor(text);
    legend()->setVisible(m_style.medium != ChartStyle::Medium::Thumbnail);
    setMargins(QMargins(6, 6, 6, 6));
    for (QAbstractAxis *axis : std::initializer_list<QAbstractAxis *>{m_levers, m_change}) {
        axis->setLabelsFont(font);
        axis->setLabelsColor(text);
        axis->setTitleFont(font);
        axis->setTitleBrush(text);
        axis->setGridLineColor(grid);
        axis->setLinePenColor(text);
    }
    m_levers->setGridLineVisible(false);
    m_atMin->setBrush(QBrush(bar, Qt::BDiagPattern));
    m_atMin->setPen(QPen(bar, 1.0 * m_style.scale()));
    m_atMax->setBrush(bar);
    m_atMax->setPen(QPen(bar, 1.0 * m_style.scale()));
}

void TornadoChart::setData(const TornadoData &data)
{
    m_data = data;
    // On paper the section's heading above the chart names it already.
    setTitle(data.name.isEmpty() || m_style.medium == ChartStyle::Medium::Print
                 ? QString()
                 : tr("%1, %2: what each lever can move").arg(data.name).arg(data.year));
    m_atMin->setLabel(tr("lever at its minimum"));
    m_atMax->setLabel(tr("lever at its maximum"));
    m_atMin->remove(0, m_atMin->count());
    m_atMax->remove(0, m_atMax->count());
    m_levers->clear();
    // A horizontal bar series draws its first category at the bottom: the
    // largest swing (the engine's first bar) goes last, to the top.
    QStringList categories;
    double lo = 0.0;
    double hi = 0.0;
    for (qsizetype i = data.bars.size() - 1; i >= 0; --i) {
        const TornadoBar &bar = data.bars.at(i);
        const double down = bar.atMin - data.scenarioValue;
        const double up = bar.atMax - data.scenarioValue;
        m_atMin->append(down);
        m_atMax->append(up);
        lo = std::min({lo, down, up});
        hi = std::max({hi, down, up});
        // Category names must be unique: two levers never share a name.
        // The settings tried (bar.range) are in the caption's words and
        // the window's tool tips; the axis keeps to the name.
        categories.append(bar.lever);
    }
    m_levers->append(categories);
    if (hi - lo <= 0.0) {
        lo = -1.0;
        hi = 1.0;
    }
    const double pad = 0.05 * (hi - lo);
    m_change->setRange(lo - pad, hi + pad);
    m_change->applyNiceNumbers();
    m_change->setLabelFormat(QStringLiteral("%.") + QString::number(std::clamp(data.decimals, 0, 4)) + u'f');
    m_change->setTitleText(data.unit.isEmpty()
                               ? tr("Change from the scenario's value in %1").arg(data.year)
                               : tr("Change from the scenario's value in %1 (%2)").arg(data.year).arg(data.unit));
}

QStringList TornadoChart::rows() const
{
    QStringList top;
    const QStringList bottomUp = m_levers->categories();
    for (qsizetype i = bottomUp.size() - 1; i >= 0; --i)
        top.append(bottomUp.at(i));
    return top;
}

} // namespace Planner::Charts
