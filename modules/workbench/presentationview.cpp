// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "workbench/presentationview.h"

#include "analysis/wording.h"
#include "charts/chartview.h"
#include "workbench/language.h"
#include "workbench/scenariodocument.h"
#include "workbench/indicatortablemodel.h"

#include <QCloseEvent>
#include <QEvent>
#include <QKeyEvent>
#include <QLabel>
#include <QVBoxLayout>

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

    QFont big = font();
    big.setPointSizeF(26);
    big.setBold(true);
    m_chapter->setFont(big);
    QFont large = font();
    large.setPointSizeF(22);
    m_status->setFont(large);
    m_status->setTextFormat(Qt::RichText);
    m_finding->setFont(large);
    m_finding->setWordWrap(true);
    QFont small = font();
    small.setPointSizeF(14);
    m_footer->setFont(small);
    m_footer->setAlignment(Qt::AlignRight);
    // Long lines wrap or are cut rather than widen the window past the screen.
    m_footer->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_chapter->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_status->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(40, 24, 40, 16);
    layout->addWidget(m_chapter);
    m_chart->setMinimumHeight(360);
    layout->addWidget(m_chart, 1);
    layout->addWidget(m_status);
    layout->addWidget(m_finding);
    layout->addWidget(m_footer);

    buildSlides();
    connect(m_document, &ScenarioDocument::projectionChanged, this, &PresentationView::refresh);
    refresh();
}

void PresentationView::buildSlides()
{
    const Engine::Catalog &catalog = m_document->catalog();
    for (const Engine::Chapter &chapter : catalog.chapters()) {
        for (const Engine::Indicator *indicator : catalog.indicatorsOf(chapter.id)) {
            if (!indicator->targets.isEmpty())
                m_slides.append({chapter.id, indicator->id});
        }
    }
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
    for (const Engine::Target &target : indicator->targets) {
        const Analysis::TargetOutcome *o = m_document->outcome(target.id);
        if (!o)
            continue;
        // A coloured light and the word: the status reads in black and white too.
        statuses.append(QStringLiteral("<span style=\"color:%1\">●</span> %2 %3")
                            .arg(IndicatorTableModel::statusColor(o->status).name(), target.id, Analysis::Wording::statusLabel(o->status)));
        findings.append(Analysis::Wording::finding(*o, *indicator, target));
    }
    m_status->setText(statuses.join(QStringLiteral("&nbsp;&nbsp;&nbsp;")));
    m_finding->setText(findings.join(u'\n'));
    m_footer->setText(tr("%1 / %2 · scenario %3 · ←/→ or PageUp/PageDown to step, Ctrl+←/→ chapter, Esc to leave")
                          .arg(m_current + 1).arg(m_slides.size()).arg(m_document->scenario().name));
    setAccessibleName(m_chapter->text());
}

} // namespace Planner::Workbench
