// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/language.h"

#include <QLocale>

namespace Planner::Analysis {

Language currentLanguage()
{
    return QLocale().language() == QLocale::English ? Language::English : Language::Chinese;
}

} // namespace Planner::Analysis
