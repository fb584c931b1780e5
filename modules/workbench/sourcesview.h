// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QTableWidget;

namespace Planner::Workbench {

class ScenarioDocument;

// View → Sources and assumptions (Ctrl+I): every number the scenario's
// statuses depend on (baselines or the observations that replaced them,
// policy settings, fixed numbers), assumed ones first with their reason,
// sourced ones with their publication, and the targets each one affects;
// filtered by chapter. Follows the document: an import or an edit updates
// it at once (analysis/provenance.h says what counts).
class SourcesView final : public QDialog
{
    Q_OBJECT

public:
    enum Column { ChapterColumn, NumberColumn, StandingColumn, BasisColumn, TargetsColumn, ColumnCount };

    explicit SourcesView(ScenarioDocument *document, QWidget *parent = nullptr);

    // "" (every chapter) or a chapter id.
    void setChapter(const QString &chapterId);
    void setAssumptionsOnly(bool only);
    QTableWidget *table() const { return m_table; }

    // Re-reads the document (also after a language change).
    void refresh();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    ScenarioDocument *m_document;
    QComboBox *m_chapter;
    QCheckBox *m_assumptionsOnly;
    QLabel *m_summary;
    QTableWidget *m_table;
};

} // namespace Planner::Workbench
