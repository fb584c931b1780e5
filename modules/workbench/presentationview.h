// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/presentationslides.h"

#include <QWidget>

class QLabel;

namespace Planner::Charts { class ChartView; }

namespace Planner::Workbench {

class ScenarioDocument;

// The meeting view: full screen, large type, one indicator's chart per
// screen with the status of its targets and a one-line finding for each
// ("按当前情景，2035年森林覆盖率预计为…"). Slides run through the chapters
// in plan order and, in each, the indicators that have targets.
// Keys: Right, Down, PageDown (a presenter's clicker), Space: next;
// Left, Up, PageUp, Backspace: previous; Ctrl+Right / Ctrl+Left: next /
// previous chapter; Home / End: first / last; Esc: leave. A slide whose
// status rests on assumed inputs (analysis/provenance.h) carries a small
// marker, "含假设" / "rests on assumptions"; I shows or hides the list of
// those inputs, with their reasons, for the presenter.
class PresentationView final : public QWidget
{
    Q_OBJECT

public:
    using Slide = Analysis::PresentationSlide;

    explicit PresentationView(ScenarioDocument *document, bool dark = false, QWidget *parent = nullptr);

    const QList<Slide> &slides() const { return m_slides; }
    int currentIndex() const { return m_current; }
    void setCurrentIndex(int index);
    // The first slide of a chapter (or of an indicator), if it has one.
    void showChapter(const QString &chapterId);
    void showIndicator(const QString &indicatorId);

    Charts::ChartView *chartView() const { return m_chart; }
    QString findingText() const;
    QString statusText() const;
    // The marker of a slide that rests on assumptions: its text, empty when
    // the slide rests on none.
    QString assumptionMarker() const;
    // The list I toggles: shown, and its text.
    bool assumptionsShown() const;
    QString assumptionsText() const;

Q_SIGNALS:
    void closed();

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void layoutForSize(const QSize &size);
    void buildSlides();
    void refresh();
    int chapterStart(int from, int direction) const;

    ScenarioDocument *m_document;
    bool m_dark;
    QList<Slide> m_slides;
    int m_current = 0;
    QLabel *m_chapter;
    Charts::ChartView *m_chart;
    QLabel *m_status;
    QLabel *m_finding;
    QLabel *m_footer;
    QLabel *m_marker;
    QLabel *m_assumptions;
    bool m_showAssumptions = false;
    int m_bodyPixels = 0;
};

} // namespace Planner::Workbench
