// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>

namespace Planner::I18n {

// Interface languages, by the codes the command line and settings use.
enum class Language { Chinese, English };

// "zh_CN" or "en" -> language; anything else -> nullopt.
std::optional<Language> languageFromCode(const QString &code);
QString languageCode(Language language);

// Loads our translation and Qt's own (qtbase) for the language into the
// running application, replacing the ones loaded before, and makes it the
// default QLocale so numbers and the plan's terms follow. Widgets receive a
// LanguageChange event, so a switch needs no restart.
void setLanguage(Language language);

} // namespace Planner::I18n
