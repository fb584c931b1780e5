// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QWidget;

namespace Planner::Workbench {

// Tells the user an edit was not saved and why: a window-modal warning that
// does not block the event loop (so a model's setData returns at once and
// nothing waits on the dialog).
void showRefusal(QWidget *parent, const QString &title, const QString &message);

} // namespace Planner::Workbench
