// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "workbench/presentationview.h"

#include "analysis/wording.h"
#include "charts/chartview.h"
#include "charts/indicatorchart.h"
#include "workbench/language.h"
#include "workbench/scenariodocument.h"
#include "workbench/indicatortablemodel.h"

#include <QCloseEvent>
#include <QEvent>
#include <QKeyEvent>
#include <QLabel>
#include <QResizeEvent>
#include <QVBoxLayout>

#include <cmath>

namespace Planner::Workbench {

PresentationView::PresentationView(ScenarioDocument *document, bool dark, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_document(document)
    , m_dark(dark)
    , m_chapter(new QLabel(this))
    , m_chart(new Charts::ChartView(Charts::ChartStyle::presentation(dark), this))
    , m_status(new QLabel(this))
    , m_finding(new QLabel(this))
    , m_footer(new QLabel(this))
    , m_marker(new QLabel(this))
    , m_assumptions(new QLabel(this))
{
    setObjectName(QStringLiteral("presentationView"));
    setAttribute(Qt::WA_DeleteOnClose);
    setFocusPolicy(Qt::StrongFocus);
    m_chart->setFocusPolicy(Qt::NoFocus);
    QPalette pal = palette();
    pal.setColor(QPalette::Window, dark ? QColor(0x24, 0x24, 0x24) : QColor(Qt::white));
    pal.setColor(QPalette::WindowText, dark ? QColor(0xec, 0xec, 0xec) : QColor(0x20, 0x20, 0x20));
    setPalette(pal);
    setAutoFillBackground(true);

    m_status->setTextFormat(Qt::RichText);
    m_footer->setAlignment(Qt::AlignRight);
    // Long lines wrap rather than widen the window past the screen or be cut.
    for (QLabel *label : {m_chapter, m_status, m_finding, m_footer}) {
        label->setWordWrap(true);
        label->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Minimum);
    }

    m_marker->setObjectName(QStringLiteral("assumptionMarker"));
    m_assumptions->setObjectName(QStringLiteral("assumptionList"));
    m_assumptions->setWordWrap(true);
    m_assumptions->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Minimum);
    m_marker->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_marker->hide();
    m_assumptions->hide();
    auto *top = new QHBoxLayout;
    top->addWidget(m_chapter, 1);
    top->addWidget(m_marker);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    m_chart->setMinimumHeight(240);
    layout->addWidget(m_chart, 1);
    layout->addWidget(m_status);
    layout->addWidget(m_finding);
    layout->addWidget(m_assumptions);
    layout->addWidget(m_footer);

    buildSlides();
    connect(m_document, &ScenarioDocument::projectionChanged, this, &PresentationView::refresh);
    layoutForSize(size());
    refresh();
}

void PresentationView::resizeEvent(QResizeEvent *event)
{
    layoutForSize(event->size());
    QWidget::resizeEvent(event);
}

void PresentationView::layoutForSize(const QSize &size)
{
    // Type from the screen's height: a 768-line projector gets 21 px body
    // text, 1000 lines 28 px; nothing on a slide is under 20 px (read from
    // the back of a meeting room). The chart's smallest text (legend,
    // stage names) is 0.9 of its body size.
    const int body = std::max(21, int(std::lround(size.height() / 36.0)));
    if (body == m_bodyPixels)
        return;
    m_bodyPixels = body;
    const auto sized = [this](double pixels, bool bold) {
        QFont f = font();
        f.setPixelSize(int(std::lround(pixels)));
        f.setBold(bold);
        return f;
    };
    m_chapter->setFont(sized(body * 1.3, true));
    m_status->setFont(sized(body * 1.05, false));
    m_finding->setFont(sized(body, false));
    m_footer->setFont(sized(std::max(20.0, body * 0.8), false));
    m_marker->setFont(sized(std::max(20.0, body * 0.8), false));
    m_assumptions->setFont(sized(std::max(20.0, body * 0.8), false));
    const int side = std::max(16, size.width() / 40);
    layout()->setContentsMargins(side, side / 2, side, side / 3);
    layout()->setSpacing(std::max(6, body / 3));
    Charts::ChartStyle style = Charts::ChartStyle::presentation(m_dark);
    const double chartBodyPixels = std::max(23.0, body * 1.05);
    style.basePointSize = chartBodyPixels * 72.0 / std::max(1, logicalDpiY());
    if (auto *chart = qobject_cast<Charts::IndicatorChart *>(m_chart->chart()))
        chart->setStyle(style);
}

void PresentationView::buildSlides()
{
    m_slides = Analysis::presentationSlides(m_document->catalog());
}

void PresentationView::setCurrentIndex(int index)
{
    if (m_slides.isEmpty())
        return;
    m_current = std::clamp(index, 0, int(m_slides.size()) - 1);
    refresh();
}

void PresentationView::showChapter(const QString &chapterId)
{
    for (int i = 0; i < m_slides.size(); ++i) {
        if (m_slides.at(i).chapterId == chapterId) {
            setCurrentIndex(i);
            return;
        }
    }
}

void PresentationView::showIndicator(const QString &indicatorId)
{
    for (int i = 0; i < m_slides.size(); ++i) {
        if (m_slides.at(i).indicatorId == indicatorId) {
            setCurrentIndex(i);
            return;
        }
    }
}

int PresentationView::chapterStart(int from, int direction) const
{
    if (m_slides.isEmpty())
        return 0;
    const QString chapter = m_slides.at(from).chapterId;
    if (direction > 0) {
        for (int i = from + 1; i < m_slides.size(); ++i) {
            if (m_slides.at(i).chapterId != chapter)
                return i;
        }
        return from;
    }
    // Back: to the start of this chapter, or of the one before when already there.
    int start = from;
    while (start > 0 && m_slides.at(start - 1).chapterId == chapter)
        --start;
    if (start != from)
        return start;
    if (start == 0)
        return 0;
    const QString previous = m_slides.at(start - 1).chapterId;
    int i = start - 1;
    while (i > 0 && m_slides.at(i - 1).chapterId == previous)
        --i;
    return i;
}

void PresentationView::keyPressEvent(QKeyEvent *event)
{
    const bool ctrl = event->modifiers() & Qt::ControlModifier;
    switch (event->key()) {
    case Qt::Key_Right:
        setCurrentIndex(ctrl ? chapterStart(m_current, 1) : m_current + 1);
        return;
    case Qt::Key_Left:
        setCurrentIndex(ctrl ? chapterStart(m_current, -1) : m_current - 1);
        return;
    case Qt::Key_Down:
    case Qt::Key_PageDown:
    case Qt::Key_Space:
        setCurrentIndex(m_current + 1);
        return;
    case Qt::Key_Up:
    case Qt::Key_PageUp:
    case Qt::Key_Backspace:
        setCurrentIndex(m_current - 1);
        return;
    case Qt::Key_Home:
        setCurrentIndex(0);
        return;
    case Qt::Key_End:
        setCurrentIndex(int(m_slides.size()) - 1);
        return;
    case Qt::Key_Escape:
        close();
        return;
    case Qt::Key_I:
        m_showAssumptions = !m_showAssumptions;
        refresh();
        return;
    default:
        QWidget::keyPressEvent(event);
    }
}

void PresentationView::closeEvent(QCloseEvent *event)
{
    Q_EMIT closed();
    QWidget::closeEvent(event);
}

void PresentationView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        refresh();
    QWidget::changeEvent(event);
}

QString PresentationView::findingText() const
{
    return m_finding->text();
}

QString PresentationView::statusText() const
{
    return m_status->text();
}

QString PresentationView::assumptionMarker() const
{
    return m_marker->isHidden() ? QString() : m_marker->text();
}

bool PresentationView::assumptionsShown() const
{
    return !m_assumptions->isHidden();
}

QString PresentationView::assumptionsText() const
{
    return m_assumptions->text();
}

void PresentationView::refresh()
{
    if (m_slides.isEmpty()) {
        m_chapter->setText(tr("No indicator has a target."));
        return;
    }
    const Slide &slide = m_slides.at(m_current);
    const Engine::Catalog &catalog = m_document->catalog();
    const Engine::Chapter *chapter = catalog.chapter(slide.chapterId);
    const Engine::Indicator *indicator = catalog.indicator(slide.indicatorId);
    if (!chapter || !indicator)
        return;
    m_chapter->setText(Analysis::Wording::chapterTitle(*chapter) + QStringLiteral(" · ")
                       + pick(indicator->nameZh, indicator->nameEn));
    if (const Analysis::Projection *projection = m_document->projection())
        m_chart->setData(Charts::ChartDataBuilder::indicatorChart(catalog, *projection, slide.indicatorId));
    QStringList statuses;
    QStringList findings;
    QStringList assumed;  // the assumed inputs of the slide's statuses, once each
    for (const Engine::Target &target : indicator->targets) {
        const Analysis::TargetOutcome *o = m_document->outcome(target.id);
        if (!o)
            continue;
        if (const Analysis::TargetProvenance *p = m_document->provenance(target.id); p && p->restsOnAssumptions()) {
            for (const Analysis::ProvenanceInput &in : p->assumedInputs()) {
                const QString line = tr("• %1 — %2").arg(Analysis::Wording::inputName(in, catalog),
                                                        Analysis::Wording::inputBasis(in, catalog));
                if (!assumed.contains(line))
                    assumed.append(line);
            }
        }
        // A coloured light and the word: the status reads in black and white too.
        statuses.append(QStringLiteral("<span style=\"color:%1\">●</span> %2 %3")
                            .arg(IndicatorTableModel::statusColor(o->status).name(), Analysis::Wording::targetLabel(target),
                                 Analysis::Wording::statusLabel(o->status)));
        findings.append(Analysis::Wording::finding(*o, *indicator, target));
    }
    m_status->setText(statuses.join(QStringLiteral("&nbsp;&nbsp;&nbsp;")));
    m_finding->setText(findings.join(u'\n'));
    m_marker->setText(Analysis::Wording::restsOnAssumptions());
    m_marker->setToolTip(tr("Press I to list the assumptions"));
    m_marker->setVisible(!assumed.isEmpty());
    m_assumptions->setText(assumed.isEmpty() ? QString()
                                             : QString(tr("This slide rests on assumptions:") + u'\n'
                                                       + assumed.join(u'\n')));
    m_assumptions->setVisible(m_showAssumptions && !assumed.isEmpty());
    m_footer->setText(tr("%1 / %2 · scenario %3 · ←/→ or PageUp/PageDown to step, Ctrl+←/→ chapter, I assumptions, Esc to leave")
                          .arg(m_current + 1).arg(m_slides.size()).arg(Analysis::Wording::scenarioName(m_document->scenario())));
    setAccessibleName(m_chapter->text());
}

} // namespace Planner::Workbench
