// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/error.h"
#include "engine/sensitivity.h"

#include <QDialog>
#include <QFutureWatcher>

class QChartView;
class QLabel;
class QProgressBar;
class QPushButton;
class QSpinBox;

namespace Planner::Charts {
class ChartView;
class TornadoChart;
} // namespace Planner::Charts

namespace Planner::Workbench {

class ScenarioDocument;

// One indicator's chart enlarged, kept up to date with the document, with
// the findings of its targets underneath and export: PNG at a chosen size
// and resolution, SVG, and a copy to the clipboard for slides.
class ChartDialog final : public QDialog
{
    Q_OBJECT

public:
    ChartDialog(ScenarioDocument *document, QWidget *parent = nullptr);

    void showIndicator(const QString &indicatorId);
    QString indicatorId() const { return m_indicatorId; }
    Charts::ChartView *chartView() const { return m_view; }

    // The tornado of the indicator in a year (engine/sensitivity.h), beside
    // the chart: run on the document's worker with a progress bar and a
    // Cancel button; a newer edit or year runs it again. The default year
    // is that of the indicator's first target not yet achieved, else 2035.
    void showSensitivity(int year = 0);
    void cancelSensitivity();
    // True while a tornado is being computed.
    bool sensitivityRunning() const;
    // Blocks until the tornado in flight is in (tests).
    void waitForSensitivity();
    Charts::TornadoChart *tornadoChart() const { return m_tornado; }
    int sensitivityYear() const;

    void exportPng();
    void exportSvg();
    void copyToClipboard();

    // Asks for a PNG's size and resolution; false when cancelled.
    static bool askImageSize(QWidget *parent, QSize *pixels, int *dpi);

protected:
    void changeEvent(QEvent *event) override;

private:
    void refresh();
    void retranslate();
    int defaultSensitivityYear() const;
    void startSensitivity();
    void takeSensitivity();

    ScenarioDocument *m_document;
    QString m_indicatorId;
    Charts::ChartView *m_view;
    QLabel *m_findings;
    QPushButton *m_png;
    QPushButton *m_svg;
    QPushButton *m_copy;
    QPushButton *m_close;
    QPushButton *m_sensitivity;
    QSpinBox *m_year;
    QProgressBar *m_progress;
    QPushButton *m_cancel;
    QChartView *m_tornadoView;
    Charts::TornadoChart *m_tornado;
    QLabel *m_tornadoNote;
    QFutureWatcher<Engine::Expected<Engine::Tornado>> *m_tornadoWatcher;
    bool m_tornadoWanted = false;  // shown: recompute after edits
    bool m_tornadoStale = false;   // inputs changed while one was running
};


} // namespace Planner::Workbench
