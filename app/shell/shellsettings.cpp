// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/shellsettings.h"

#include "cli/reportcommand.h"

namespace Planner::Shell {

namespace {
const QString kGeometry = QStringLiteral("window/geometry");
const QString kState = QStringLiteral("window/state");
const QString kLastScenario = QStringLiteral("window/lastScenario");
const QString kLastPage = QStringLiteral("window/lastPage");
const QString kLanguage = QStringLiteral("interface/language");
} // namespace

QByteArray ShellSettings::geometry() const { return m_settings.value(kGeometry).toByteArray(); }
void ShellSettings::setGeometry(const QByteArray &geometry) { m_settings.setValue(kGeometry, geometry); }
QByteArray ShellSettings::windowState() const { return m_settings.value(kState).toByteArray(); }
void ShellSettings::setWindowState(const QByteArray &state) { m_settings.setValue(kState, state); }
QString ShellSettings::lastScenario() const { return m_settings.value(kLastScenario).toString(); }
void ShellSettings::setLastScenario(const QString &name) { m_settings.setValue(kLastScenario, name); }
QString ShellSettings::lastPage() const { return m_settings.value(kLastPage).toString(); }
void ShellSettings::setLastPage(const QString &page) { m_settings.setValue(kLastPage, page); }

std::optional<I18n::Language> ShellSettings::language() const
{
    return I18n::languageFromCode(m_settings.value(kLanguage).toString());
}

void ShellSettings::setLanguage(I18n::Language language)
{
    m_settings.setValue(kLanguage, I18n::languageCode(language));
}

bool ShellSettings::darkTheme() const
{
    return m_settings.value(QStringLiteral("view/dark"), false).toBool();
}

void ShellSettings::setDarkTheme(bool dark)
{
    m_settings.setValue(QStringLiteral("view/dark"), dark);
}

QString ShellSettings::issuer() const
{
    return Cli::savedIssuer();
}

void ShellSettings::setIssuer(const QString &issuer)
{
    Cli::saveIssuer(issuer);
}

TeamServerSettings ShellSettings::teamServer() const
{
    return {m_settings.value(QStringLiteral("teamServer/host")).toString(),
            m_settings.value(QStringLiteral("teamServer/port"), 5432).toInt(),
            m_settings.value(QStringLiteral("teamServer/database")).toString(),
            m_settings.value(QStringLiteral("teamServer/user")).toString()};
}

void ShellSettings::setTeamServer(const TeamServerSettings &server)
{
    m_settings.setValue(QStringLiteral("teamServer/host"), server.host);
    m_settings.setValue(QStringLiteral("teamServer/port"), server.port);
    m_settings.setValue(QStringLiteral("teamServer/database"), server.database);
    m_settings.setValue(QStringLiteral("teamServer/user"), server.user);
}

} // namespace Planner::Shell
