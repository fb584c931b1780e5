// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QLabel;
class QPushButton;

namespace Planner::Charts { class ChartView; }

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

    ScenarioDocument *m_document;
    QString m_indicatorId;
    Charts::ChartView *m_view;
    QLabel *m_findings;
    QPushButton *m_png;
    QPushButton *m_svg;
    QPushButton *m_copy;
    QPushButton *m_close;
};


} // namespace Planner::Workbench
