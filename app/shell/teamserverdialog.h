// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QLineEdit;
class QSpinBox;

namespace Planner::Shell {

// File → Connect to team server…: the host, port, database and user of a
// PostgreSQL team server, filled in from the last connection (QSettings)
// and remembered when accepted. There is no password field: libpq reads the
// password from PGPASSWORD or the user's .pgpass file, and nothing here
// stores one. A whole location may be pasted into the host field; one with
// a password in it is refused, as on the command line.
class TeamServerDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit TeamServerDialog(QWidget *parent = nullptr);

    // postgresql://USER@HOST:PORT/DATABASE; a host that is a folder (a Unix
    // socket's) goes in ?host=.
    QString location() const;

    QLineEdit *hostEdit() const { return m_host; }
    QSpinBox *portEdit() const { return m_port; }
    QLineEdit *databaseEdit() const { return m_database; }
    QLineEdit *userEdit() const { return m_user; }

    void accept() override;

private:
    // A whole location pasted into the host field is taken apart into the
    // fields; false (and a message) when it holds a password.
    bool takePastedLocation();

    QLineEdit *m_host = nullptr;
    QSpinBox *m_port = nullptr;
    QLineEdit *m_database = nullptr;
    QLineEdit *m_user = nullptr;
};

} // namespace Planner::Shell
