// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Planner::Analysis {

// The language of what is shown or printed: Chinese unless the current
// locale (set with the translator, see app/i18n) is English.
enum class Language { Chinese, English };

Language currentLanguage();

// The catalog's word in the current language.
inline QString pick(const QString &zh, const QString &en)
{
    return currentLanguage() == Language::Chinese ? zh : en;
}

} // namespace Planner::Analysis
