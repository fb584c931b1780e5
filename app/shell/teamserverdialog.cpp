// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/teamserverdialog.h"

#include "shell/shellsettings.h"

#include "storage/store.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QUrl>
#include <QUrlQuery>
#include <QVBoxLayout>

namespace Planner::Shell {

TeamServerDialog::TeamServerDialog(QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Connect to team server"));
    const ShellSettings settings;
    const TeamServerSettings last = settings.teamServer();
    m_host = new QLineEdit(last.host, this);
    m_port = new QSpinBox(this);
    m_port->setRange(1, 65535);
    m_port->setValue(last.port);
    m_database = new QLineEdit(last.database, this);
    m_user = new QLineEdit(last.user, this);

    auto *form = new QFormLayout;
    m_host->setToolTip(tr("A host name, the folder of a Unix socket, or a whole location "
                          "postgresql://USER@HOST:PORT/DATABASE (without a password)."));
    form->addRow(tr("&Host:"), m_host);
    form->addRow(tr("&Port:"), m_port);
    form->addRow(tr("&Database:"), m_database);
    form->addRow(tr("&User:"), m_user);
    auto *note = new QLabel(tr("The password is not asked for here and never stored: the PostgreSQL client library "
                               "reads it from the PGPASSWORD environment variable or from the user's .pgpass file. "
                               "The window opens the scenarios on the server; the desktop file stays as it is."),
                            this);
    note->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Connect"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(buttons);
}

QString TeamServerDialog::location() const
{
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setUserName(m_user->text().trimmed());
    const QString host = m_host->text().trimmed();
    if (host.startsWith(u'/')) {
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("host"), host);
        if (m_port->value() != 5432)
            query.addQueryItem(QStringLiteral("port"), QString::number(m_port->value()));
        url.setQuery(query);
        url.setHost(QString());
    } else {
        url.setHost(host);
        url.setPort(m_port->value());
    }
    url.setPath(u'/' + m_database->text().trimmed());
    return url.toString();
}

bool TeamServerDialog::takePastedLocation()
{
    const QString pasted = m_host->text().trimmed();
    if (!Storage::Store::isServerLocation(pasted))
        return true;
    // Refused as on the command line; the location with its password is
    // neither kept in the field nor remembered.
    if (const Storage::StoreError refused = Storage::Store::checkServerLocation(pasted)) {
        m_host->clear();
        QMessageBox::warning(this, windowTitle(), refused.message);
        return false;
    }
    const QUrl url(pasted);
    const QUrlQuery query(url);
    const QString socketFolder = query.queryItemValue(QStringLiteral("host"), QUrl::FullyDecoded);
    m_host->setText(socketFolder.isEmpty() ? url.host() : socketFolder);
    const int queryPort = query.queryItemValue(QStringLiteral("port")).toInt();
    m_port->setValue(queryPort > 0 ? queryPort : url.port(5432));
    m_database->setText(url.path(QUrl::FullyDecoded).mid(1));
    if (!url.userName().isEmpty())
        m_user->setText(url.userName(QUrl::FullyDecoded));
    return true;
}

void TeamServerDialog::accept()
{
    if (!takePastedLocation())
        return;
    if (m_host->text().trimmed().isEmpty() || m_database->text().trimmed().isEmpty()
        || m_user->text().trimmed().isEmpty()) {
        QMessageBox::warning(this, windowTitle(), tr("Fill in the host, the database and the user."));
        return;
    }
    ShellSettings settings;
    settings.setTeamServer({m_host->text().trimmed(), m_port->value(), m_database->text().trimmed(),
                            m_user->text().trimmed()});
    QDialog::accept();
}

} // namespace Planner::Shell
