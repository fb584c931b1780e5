// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "i18n/i18n.h"
#include "reports/report.h"

#include <QDialog>

class QComboBox;
class QLineEdit;
class QListWidget;
class QMenu;

namespace Planner::Workbench { class ScenarioDocument; }

namespace Planner::Shell {

// File → Print…, Export PDF… and Print handout…: each asks for the chapter
// (or the whole plan) and the language; the report also for the scenarios
// (the current one first; more give a comparison appendix) and the issuing
// office (remembered: set once, used by the command line too), then print
// through a print preview or write a PDF. Printing and the PDF use the same
// layout (Reports::PageLayout).
void addReportActions(QMenu *fileMenu, Workbench::ScenarioDocument *document, QWidget *window);

class ReportDialog final : public QDialog
{
    Q_OBJECT

public:
    enum class Kind { Report, Handout };
    ReportDialog(const Workbench::ScenarioDocument &document, QWidget *parent = nullptr, Kind kind = Kind::Report);

    // The issuer is the one typed here (remembered on accept()).
    Reports::ReportRequest request() const;
    I18n::Language language() const;

    void accept() override;

private:
    QComboBox *m_chapter;
    QListWidget *m_scenarios = nullptr;
    QLineEdit *m_issuer = nullptr;
    QComboBox *m_language;
};

} // namespace Planner::Shell
