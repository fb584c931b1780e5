// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QIcon>

namespace Planner::Shell {

// The application's emblem at every embedded size (16 to 256 pixels),
// rendered at build time from resources/icons/jilin-planner.svg.
QIcon applicationIcon();

// The desktop entry and AppStream id (installer/<id>.desktop, .metainfo.xml).
QString desktopFileName();

// The version the program was built as (the CMake project's version).
QString applicationVersion();

// Help → About: the version, the plan, where the data come from, the licence;
// in the current interface language.
class AboutDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit AboutDialog(QWidget *parent = nullptr);

    // The dialog's text (HTML), in the current language.
    static QString text();
};

} // namespace Planner::Shell
