// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/helpdialog.h"

#include "analysis/wording.h"

#include <QDialogButtonBox>
#include <QPainter>
#include <QPainterPath>
#include <QTextBrowser>
#include <QTextDocument>
#include <QUrl>
#include <QVBoxLayout>

#include <cmath>

namespace Planner::Shell {

namespace {

const QUrl kChartUrl(QStringLiteral("help://chart.png"));

QString paragraph(const QString &title, const QString &body)
{
    return QStringLiteral("<h3>%1</h3><p>%2</p>").arg(title.toHtmlEscaped(), body.toHtmlEscaped());
}

} // namespace

HelpDialog::HelpDialog(QWidget *parent) : QDialog(parent), m_browser(new QTextBrowser(this))
{
    setWindowTitle(tr("How to use"));
    m_browser->setObjectName(QStringLiteral("helpText"));
    m_browser->setOpenLinks(false);
    const QImage chart = annotatedChart(QSize(640, 300));
    m_browser->document()->addResource(QTextDocument::ImageResource, kChartUrl, chart);

    const QString status = tr("Each target of the plan gets one of five statuses: %1 (the published data already meet "
                              "it), %2 (nine in ten or more of the simulated futures meet it), %3 (between half and "
                              "nine in ten), %4 (fewer than half) and %5 (no data, or a qualitative goal followed by "
                              "its tasks). A coloured light goes with each word, so the status also reads in black "
                              "and white.")
                               .arg(Analysis::Wording::statusLabel(QStringLiteral("achieved")),
                                    Analysis::Wording::statusLabel(QStringLiteral("on_track")),
                                    Analysis::Wording::statusLabel(QStringLiteral("at_risk")),
                                    Analysis::Wording::statusLabel(QStringLiteral("off_track")),
                                    Analysis::Wording::statusLabel(QStringLiteral("not_assessable")));
    QString html = QStringLiteral("<h2>%1</h2>").arg(tr("How to use the planning desk").toHtmlEscaped());
    html += QStringLiteral("<p>%1</p>").arg(firstStartHint().toHtmlEscaped());
    html += QStringLiteral("<p><img src=\"%1\" width=\"640\" height=\"300\"></p>").arg(kChartUrl.toString());
    html += paragraph(tr("Statuses"), status);
    html += paragraph(tr("P10, P50 and P90"),
                      tr("Every projection is run a thousand times with the uncertain settings drawn at random. P50 "
                         "is the middle of those runs: half end above it, half below. The shaded band runs from P10 "
                         "to P90: eight in ten runs end inside it. The probability next to a target is the share of "
                         "runs that meet it."));
    html += paragraph(tr("The gap"),
                      tr("The gap says how far the P50 is from the target and on which side, in the indicator's "
                         "unit: \"2.3 percentage points short\" for a floor not yet reached, \"236 above the floor\" "
                         "when it is met with room to spare, \"19 over the ceiling\" for a limit that is exceeded."));
    html += paragraph(tr("Stages"),
                      tr("The plan has three stages: %1, %2 and %3. Each setting (lever) can be set for each "
                         "stage; the overview can show only the targets due in one stage.")
                          .arg(Analysis::Wording::stageLabel(1), Analysis::Wording::stageLabel(2),
                               Analysis::Wording::stageLabel(3)));
    html += paragraph(tr("Reaching a target"),
                      tr("Next to a setting, \"Reach…\" looks for the value, held in every year, that meets a chosen "
                         "target: once for the P50 and once for a 90% probability. It changes nothing until you "
                         "choose one of the two answers, and Ctrl+Z takes it back."));
    html += paragraph(tr("Where the numbers come from"),
                      tr("Each starting value names its publication (bulletin, approval, plan or press report) and "
                         "its year. Where none was found, the value is the planner's assumption: it is shown in "
                         "italics, with one sentence on what was assumed and why, and can be changed in the "
                         "scenario. Targets say whose they are: the plan's, announced with the plan, or set by the "
                         "planner where the plan gives no number or no year."));
    m_browser->setHtml(html);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_browser);
    layout->addWidget(buttons);
    resize(760, 640);
}

QString HelpDialog::text() const
{
    return m_browser->toPlainText();
}

QString HelpDialog::firstStartHint()
{
    return tr("To begin, open a chapter on the left, change a setting by stage, and watch the targets below the "
              "charts; F1 explains the words.");
}

QString HelpDialog::firstStartStatusHint()
{
    return tr("Open a chapter on the left to begin; F1 explains the words.");
}

QImage HelpDialog::annotatedChart(const QSize &size)
{
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    const QRectF area(50, 20, size.width() - 210, size.height() - 60);
    // Years 2018–2035 across, values 0–100 up.
    const auto at = [&](double year, double value) {
        return QPointF(area.left() + (year - 2018.0) / 17.0 * area.width(),
                       area.bottom() - value / 100.0 * area.height());
    };
    p.setPen(QPen(Qt::gray, 1));
    p.drawLine(area.bottomLeft(), area.bottomRight());
    p.drawLine(area.bottomLeft(), area.topLeft());
    for (const int year : {2020, 2024, 2027, 2030, 2035})
        p.drawText(QRectF(at(year, 0).x() - 20, area.bottom() + 4, 40, 16), Qt::AlignCenter, QString::number(year));

    // The band and the median: 50 in 2023 rising towards 72 in 2035, the
    // band widening with the years.
    QPainterPath band;
    QPolygonF upper, lower, median;
    for (int year = 2023; year <= 2035; ++year) {
        const double mid = 50.0 + 22.0 * (1.0 - std::exp(-(year - 2023) / 6.0));
        const double spread = 1.2 * (year - 2023);
        upper << at(year, mid + spread);
        lower.prepend(at(year, mid - spread));
        median << at(year, mid);
    }
    band.addPolygon(upper + lower);
    p.fillPath(band, QColor(0x90, 0xca, 0xf9, 160));
    p.setPen(QPen(QColor(0x15, 0x65, 0xc0), 3));
    p.drawPolyline(median);
    // Observed values.
    QPolygonF observed;
    for (int year = 2018; year <= 2023; ++year)
        observed << at(year, 40.0 + 2.0 * (year - 2018));
    p.setPen(QPen(Qt::black, 2));
    p.drawPolyline(observed);
    for (const QPointF &point : observed)
        p.drawEllipse(point, 3, 3);
    // The target: 80 in 2035, a red triangle; the gap between it and P50.
    const QPointF target = at(2035, 80);
    const QPointF p50 = median.last();
    p.setBrush(QColor(0xc6, 0x28, 0x28));
    p.setPen(Qt::NoPen);
    p.drawPolygon(QPolygonF{target + QPointF(0, -7), target + QPointF(-7, 6), target + QPointF(7, 6)});
    p.setPen(QPen(QColor(0xc6, 0x28, 0x28), 2, Qt::DashLine));
    p.drawLine(target, p50);

    // Labels on the right, each pointing at what it names.
    p.setPen(Qt::black);
    const double x = area.right() + 14;
    const auto label = [&](const QPointF &from, double y, const QString &text) {
        p.setPen(QPen(Qt::darkGray, 1));
        p.drawLine(from, QPointF(x - 4, y));
        p.setPen(Qt::black);
        p.drawText(QRectF(x, y - 10, size.width() - x - 4, 20), Qt::AlignLeft | Qt::AlignVCenter, text);
    };
    label(target, target.y(), tr("target"));
    label((target + p50) / 2, (target.y() + p50.y()) / 2 + 4, tr("gap"));
    label(p50, p50.y() + 14, tr("P50 (middle)"));
    label(upper.last(), upper.last().y() - 34, tr("P90"));
    label(lower.first(), lower.first().y() + 18, tr("P10"));
    label(observed.at(3), area.top() + area.height() * 0.85, tr("published data"));
    return image;
}

} // namespace Planner::Shell
