// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "i18n/i18n.h"

#include <QByteArray>
#include <QSettings>
#include <QString>

#include <optional>

namespace Planner::Shell {

// The last team server connected to (File → Connect to team server…). No
// password: there is none to store.
struct TeamServerSettings
{
    QString host;
    int port = 5432;
    QString database;
    QString user;
};

// The window's preferences, typed. The keys live here and nowhere else.
class ShellSettings final
{
public:
    QByteArray geometry() const;
    void setGeometry(const QByteArray &geometry);
    QByteArray windowState() const;
    void setWindowState(const QByteArray &state);
    QString lastScenario() const;
    void setLastScenario(const QString &name);
    QString lastPage() const;         // "overview" or a chapter id
    void setLastPage(const QString &page);
    bool darkTheme() const;
    void setDarkTheme(bool dark);
    std::optional<I18n::Language> language() const;
    void setLanguage(I18n::Language language);
    // The issuing office (编制单位) on report covers, shared with the
    // command line (Cli::savedIssuer); empty when not set.
    QString issuer() const;
    void setIssuer(const QString &issuer);
    TeamServerSettings teamServer() const;
    void setTeamServer(const TeamServerSettings &server);

private:
    QSettings m_settings;
};

} // namespace Planner::Shell
