// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "i18n/i18n.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <memory>

namespace Planner::I18n {

namespace {

struct Installed
{
    std::unique_ptr<QTranslator> ours;
    std::unique_ptr<QTranslator> qt;
};

Installed &installed()
{
    static Installed translators;
    return translators;
}

} // namespace

std::optional<Language> languageFromCode(const QString &code)
{
    if (code == QLatin1StringView("zh_CN"))
        return Language::Chinese;
    if (code == QLatin1StringView("en"))
        return Language::English;
    return std::nullopt;
}

QString languageCode(Language language)
{
    return language == Language::Chinese ? QStringLiteral("zh_CN") : QStringLiteral("en");
}

void setLanguage(Language language)
{
    Installed &current = installed();
    if (current.ours)
        QCoreApplication::removeTranslator(current.ours.get());
    if (current.qt)
        QCoreApplication::removeTranslator(current.qt.get());
    current.ours.reset();
    current.qt.reset();

    // An explicit locale: under LANG=C.UTF-8 the system locale is "C".
    const QLocale locale(language == Language::Chinese ? QLocale(QLocale::Chinese, QLocale::China)
                                                       : QLocale(QLocale::English, QLocale::UnitedKingdom));
    QLocale::setDefault(locale);

    // Chinese only: English is the source language and has no .qm.
    auto ours = std::make_unique<QTranslator>();
    if (language == Language::Chinese && ours->load(QStringLiteral(":/i18n/jilin-planner_%1.qm").arg(languageCode(language)))) {
        QCoreApplication::installTranslator(ours.get());
        current.ours = std::move(ours);
    }
    auto qt = std::make_unique<QTranslator>();
    if (language == Language::Chinese
        && qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                    QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt.get());
        current.qt = std::move(qt);
    }
}

} // namespace Planner::I18n
