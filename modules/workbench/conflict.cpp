// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "workbench/conflict.h"

#include "workbench/refusal.h"

#include <QCoreApplication>
#include <QInputDialog>
#include <QMessageBox>
#include <QPushButton>

namespace Planner::Workbench {

ConflictChoice EditConflict::resolve(QWidget *parent, ScenarioDocument *document, const LeverStages &edit,
                                    const QString &message)
{
    QMessageBox box(QMessageBox::Warning, tr("Saved elsewhere first"),
                    tr("Somebody else saved scenario “%1” after this window read it (another window or "
                       "program on the same database). Your change was not saved.")
                        .arg(document->scenario().name),
                    QMessageBox::NoButton, parent);
    box.setInformativeText(tr("Reload shows their version and drops your change. Save as new scenario keeps "
                              "their version and puts your change into a copy of it."));
    box.setDetailedText(message);
    QPushButton *reload = box.addButton(tr("&Reload their version"), QMessageBox::AcceptRole);
    QPushButton *fork = box.addButton(tr("&Save as new scenario…"), QMessageBox::ActionRole);
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(reload);
    box.exec();
    if (box.clickedButton() == reload) {
        if (const Engine::Error error = document->reload())
            showRefusal(parent, tr("Cannot reload"), error.message);
        return ConflictChoice::Reloaded;
    }
    if (box.clickedButton() == fork) {
        bool ok = false;
        const QString name = QInputDialog::getText(parent, tr("Save as new scenario"),
                                                   tr("Name of the new scenario:"), QLineEdit::Normal,
                                                   tr("%1 (my changes)").arg(document->scenario().name), &ok);
        if (!ok || name.trimmed().isEmpty())
            return ConflictChoice::Cancelled;
        if (const Engine::Error error = document->forkWithEdit(name.trimmed(), edit)) {
            showRefusal(parent, tr("Not saved"), error.message);
            return ConflictChoice::Cancelled;
        }
        return ConflictChoice::Forked;
    }
    return ConflictChoice::Cancelled;
}

void EditConflict::report(QWidget *parent, ScenarioDocument *document, const Engine::Error &error,
                          const LeverStages &edit)
{
    if (error.field == QLatin1String("revision_conflict"))
        resolve(parent, document, edit, error.message);
    else
        showRefusal(parent, tr("Setting not saved"), error.message);
}

} // namespace Planner::Workbench
