// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Planner::Workbench {

// The language of the interface and of the plan's terms. Chinese is the
// default; English is complete. Follows QLocale's default, which the
// application sets when the language is chosen.
enum class Language { Chinese, English };

Language currentLanguage();

// The Chinese or the English text, in the current language.
inline QString pick(const QString &zh, const QString &en)
{
    return currentLanguage() == Language::Chinese ? zh : en;
}

} // namespace Planner::Workbench
