// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "workbench/conflict.h"

#include "workbench/refusal.h"

#include "analysis/wording.h"
#include "storage/scenariorepository.h"

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

QString EditConflict::suggestedForkName(const ScenarioDocument &document)
{
    const Storage::ScenarioRepository scenarios(document.store());
    const QString base = tr("%1 (my version)").arg(Analysis::Wording::scenarioName(document.scenario()));
    QString name = base;
    for (int n = 2; scenarios.find(name).ok(); ++n)
        name = tr("%1 %2").arg(base).arg(n);
    return name;
}

ConflictChoice EditConflict::offerFork(QWidget *parent, ScenarioDocument *document, const LeverStages &edit)
{
    return offerFork(parent, document, [document, edit] {
        return document->setLeverStages(edit, tr("Apply the refused edit to %1").arg(document->scenario().name));
    });
}

ConflictChoice EditConflict::offerFork(QWidget *parent, ScenarioDocument *document,
                                       const std::function<Engine::Error()> &apply)
{
    QInputDialog dialog(parent);
    dialog.setObjectName(QStringLiteral("forkTemplate"));
    dialog.setWindowTitle(tr("Fork the shipped scenario first"));
    dialog.setLabelText(tr("“%1” is a shipped scenario and stays as it is shipped. Your change goes into a copy "
                           "of it (a fork) that is yours; it opens in the window.\n\nName of the fork:")
                            .arg(Analysis::Wording::scenarioName(document->scenario())));
    dialog.setTextValue(suggestedForkName(*document));
    dialog.setOkButtonText(tr("&Fork and apply the change"));
    dialog.setCancelButtonText(tr("Cancel"));
    if (dialog.exec() != QDialog::Accepted || dialog.textValue().trimmed().isEmpty())
        return ConflictChoice::Cancelled;
    if (const Engine::Error error = document->forkAndOpen(dialog.textValue().trimmed())) {
        showRefusal(parent, tr("Not saved"), Analysis::Wording::errorText(error, &document->catalog()));
        return ConflictChoice::Cancelled;
    }
    if (const Engine::Error error = apply()) {
        showRefusal(parent, tr("Not saved"), Analysis::Wording::errorText(error, &document->catalog()));
        return ConflictChoice::Cancelled;
    }
    return ConflictChoice::Forked;
}

void EditConflict::report(QWidget *parent, ScenarioDocument *document, const Engine::Error &error,
                          const LeverStages &edit)
{
    if (error.field == QLatin1String("revision_conflict"))
        resolve(parent, document, edit, error.message);
    else if (error.field == QLatin1String("template"))
        offerFork(parent, document, edit);
    else
        showRefusal(parent, tr("Setting not saved"), error.message);
}

} // namespace Planner::Workbench
