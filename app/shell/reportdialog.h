// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "i18n/i18n.h"
#include "reports/report.h"

#include <QDialog>

class QComboBox;
class QListWidget;
class QMenu;

namespace Planner::Workbench { class ScenarioDocument; }

namespace Planner::Shell {

// File → Print… and Export PDF…: both ask for the chapter (or the whole
// plan), the scenarios (the current one first; more give a comparison
// appendix) and the report's language, then print through a print preview
// or write a PDF. Printing and the PDF use the same layout (Reports::PageLayout).
void addReportActions(QMenu *fileMenu, Workbench::ScenarioDocument *document, QWidget *window);

class ReportDialog final : public QDialog
{
    Q_OBJECT

public:
    ReportDialog(const Workbench::ScenarioDocument &document, QWidget *parent = nullptr);

    Reports::ReportRequest request() const;
    I18n::Language language() const;

private:
    QComboBox *m_chapter;
    QListWidget *m_scenarios;
    QComboBox *m_language;
};

} // namespace Planner::Shell
