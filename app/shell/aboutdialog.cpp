// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/aboutdialog.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace Planner::Shell {

QIcon applicationIcon()
{
    QIcon icon;
    for (const int size : {16, 22, 24, 32, 48, 64, 128, 256})
        icon.addFile(QStringLiteral(":/icons/%1x%1/jilin-planner.png").arg(size), QSize(size, size));
    return icon;
}

QString desktopFileName()
{
    return QStringLiteral("invalid.example.JilinPlanner");
}

QString applicationVersion()
{
    return QStringLiteral(PLANNER_VERSION);
}

QString AboutDialog::text()
{
    // The plan's title stays in Chinese in both languages: it is the name of
    // the document the figures are checked against.
    const QString planTitle = QStringLiteral("《美丽吉林建设规划纲要(2024—2035年)》");
    return QString(
        u"<h3>" + tr("Beautiful Jilin planning desk") + u"</h3>"
        + u"<p>" + tr("Version %1").arg(applicationVersion()) + u"</p>"
        + u"<p>" + tr("Decision support for %1: the plan's indicators, scenarios of its levers, "
                      "projections to 2035 and every target judged.").arg(planTitle) + u"</p>"
        + u"<p><b>" + tr("Data sources") + u"</b></p><ul>"
        + u"<li>" + tr("Targets: the plan's published text, and the 2027 stage targets announced "
                       "with it (2024-05-28).") + u"</li>"
        + u"<li>" + tr("Baselines: the Jilin Province ecological and environmental status bulletins "
                       "(2020–2024); the State Council's approval of the Jilin territorial spatial plan "
                       "(国函〔2023〕147号); the 14th Five-Year plan for Jilin's natural resources; "
                       "National Bureau of Statistics grain figures; the China Association of Automobile "
                       "Manufacturers; reports of the provincial agriculture department.") + u"</li>"
        + u"<li>" + tr("A value without a published source is an assumption: the catalog and "
                       "every page mark it so, with the reason for the value chosen.") + u"</li></ul>"
        + u"<p><b>" + tr("Licence") + u"</b></p>"
        + u"<p>" + tr("GPL-3.0-or-later: free software; you may redistribute and change it under "
                      "the terms of the GNU General Public License, version 3 or later. "
                      "There is NO WARRANTY, to the extent permitted by law.") + u"</p>"
        + u"<p>" + tr("Built with Qt %1.").arg(QStringLiteral(QT_VERSION_STR)) + u"</p>");
}

AboutDialog::AboutDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("aboutDialog"));
    setWindowTitle(tr("About"));

    auto *emblem = new QLabel(this);
    emblem->setPixmap(applicationIcon().pixmap(128, 128));
    emblem->setAlignment(Qt::AlignTop);

    auto *body = new QLabel(text(), this);
    body->setObjectName(QStringLiteral("aboutText"));
    body->setTextFormat(Qt::RichText);
    body->setWordWrap(true);
    body->setTextInteractionFlags(Qt::TextSelectableByMouse);
    body->setMinimumWidth(480);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *row = new QHBoxLayout;
    row->addWidget(emblem);
    row->addWidget(body, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(row);
    layout->addWidget(buttons);
}

} // namespace Planner::Shell
