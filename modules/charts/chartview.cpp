// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "charts/chartview.h"

#include "charts/indicatorchart.h"

#include <QApplication>
#include <QKeyEvent>
#include <QMouseEvent>

namespace Planner::Charts {

namespace {
bool s_dark = false;
}

void ChartView::setDarkTheme(bool dark)
{
    s_dark = dark;
    for (QWidget *widget : QApplication::allWidgets()) {
        if (auto *view = qobject_cast<ChartView *>(widget)) {
            ChartStyle style = view->m_chart->style();
            style.dark = dark;
            view->m_chart->setStyle(style);
        }
    }
}

bool ChartView::darkTheme()
{
    return s_dark;
}

ChartView::ChartView(const ChartStyle &style, QWidget *parent)
    // Constructed with its chart: QChartView(QWidget *) would make a default
    // chart that setChart() later releases without deleting.
    : QChartView(new IndicatorChart(ChartStyle{style.medium, style.dark || s_dark, style.fontFamily,
                                               style.basePointSize}),
                 parent)
    , m_chart(static_cast<IndicatorChart *>(chart()))
{
    setRenderHint(QPainter::Antialiasing);
    setFocusPolicy(Qt::StrongFocus);
    setFrameShape(QFrame::NoFrame);
}

void ChartView::setData(const ChartData &data)
{
    // (The viewport: the view itself is covered by it, so its own visible
    // region is always empty.)
    if (!isVisible() || viewport()->visibleRegion().isEmpty()) {
        m_pending = data;
    } else {
        m_pending.reset();
        m_chart->setData(data);
    }
    setAccessibleName(data.name);
    setAccessibleDescription(data.caption);
    setToolTip(data.name.isEmpty() ? QString() : tr("%1 — click to enlarge").arg(data.name));
}

const ChartData &ChartView::data() const
{
    return m_pending ? *m_pending : m_chart->data();
}

void ChartView::applyPending()
{
    if (m_pending) {
        m_chart->setData(*m_pending);
        m_pending.reset();
    }
}

void ChartView::showEvent(QShowEvent *event)
{
    applyPending();
    QChartView::showEvent(event);
}

void ChartView::paintEvent(QPaintEvent *event)
{
    // Scrolled into sight with data kept back: draw what there is now and
    // the new data right after (the scene must not change while painting).
    if (m_pending)
        QMetaObject::invokeMethod(this, &ChartView::applyPending, Qt::QueuedConnection);
    QChartView::paintEvent(event);
}

void ChartView::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton && rect().contains(event->position().toPoint()))
        Q_EMIT activated(data().indicatorId);
    QChartView::mouseReleaseEvent(event);
}

void ChartView::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter || event->key() == Qt::Key_Space) {
        Q_EMIT activated(data().indicatorId);
        return;
    }
    QChartView::keyPressEvent(event);
}

} // namespace Planner::Charts
