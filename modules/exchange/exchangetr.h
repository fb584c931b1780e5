// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>

namespace Planner::Exchange {

// Translation context of the data exchange (files in and out).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Planner::Exchange)
};

} // namespace Planner::Exchange
