// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QImage>

class QTextBrowser;

namespace Planner::Shell {

// Help → How to use (F1): what the statuses, P10/P50/P90, the gap, the
// stages, goal-seek and the sources mean, in a few short paragraphs with one
// annotated chart, in the current language.
class HelpDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit HelpDialog(QWidget *parent = nullptr);

    // The page's text as shown (for the proof-reading test).
    QString text() const;
    // The annotated chart: an invented indicator's observed values, its P50
    // and P10–P90 band, a target and the gap, each named on the picture.
    static QImage annotatedChart(const QSize &size);
    // The one-line hint the first start shows in the status bar.
    static QString firstStartHint();
    // The same advice short enough for the status bar of a 1024-pixel-wide
    // window beside its permanent fields (revision, database), in either language.
    static QString firstStartStatusHint();

private:
    QTextBrowser *m_browser;
};

} // namespace Planner::Shell
