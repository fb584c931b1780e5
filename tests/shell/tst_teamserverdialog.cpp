// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

// File → Connect to team server…: the dialog makes the location the store
// opens (postgresql://USER@HOST:PORT/DATABASE, a socket folder in ?host=),
// remembers host, port, database and user, and stores no password.

#include "shell/teamserverdialog.h"

#include <QCoreApplication>
#include <QLineEdit>
#include <QSettings>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

using Planner::Shell::TeamServerDialog;

class TestTeamServerDialog final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_config.isValid());
        // Settings of their own, before the first QSettings reads the path.
        qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_config.path()));
        QCoreApplication::setOrganizationName(QStringLiteral("TeamServerDialogTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_teamserverdialog"));
    }

    void locationIsRememberedWithoutPassword()
    {
        {
            TeamServerDialog first;
            // Nothing remembered yet: PostgreSQL's own port, empty fields.
            QCOMPARE(first.portEdit()->value(), 5432);
            QVERIFY(first.hostEdit()->text().isEmpty());
            first.hostEdit()->setText(QStringLiteral("db.example"));
            first.portEdit()->setValue(6543);
            first.databaseEdit()->setText(QStringLiteral("jilin"));
            first.userEdit()->setText(QStringLiteral("wang"));
            QCOMPARE(first.location(), QStringLiteral("postgresql://wang@db.example:6543/jilin"));
            first.accept();
            QCOMPARE(first.result(), int(QDialog::Accepted));
        }
        TeamServerDialog again;
        QCOMPARE(again.hostEdit()->text(), QStringLiteral("db.example"));
        QCOMPARE(again.portEdit()->value(), 6543);
        QCOMPARE(again.databaseEdit()->text(), QStringLiteral("jilin"));
        QCOMPARE(again.userEdit()->text(), QStringLiteral("wang"));
        QSettings settings;
        settings.beginGroup(QStringLiteral("teamServer"));
        QCOMPARE(settings.allKeys(), (QStringList{QStringLiteral("database"), QStringLiteral("host"),
                                                  QStringLiteral("port"), QStringLiteral("user")}));
    }

    // A server on this machine's Unix socket: the folder as ?host=, the
    // default port left out.
    void socketFolderGoesInTheQuery()
    {
        TeamServerDialog dialog;
        dialog.hostEdit()->setText(QStringLiteral("/var/run/postgresql"));
        dialog.portEdit()->setValue(5432);
        dialog.databaseEdit()->setText(QStringLiteral("jilin"));
        dialog.userEdit()->setText(QStringLiteral("li"));
        QCOMPARE(dialog.location(), QStringLiteral("postgresql://li@/jilin?host=/var/run/postgresql"));
    }

    // A whole location pasted into the host field is taken apart into the
    // fields when accepted (and remembered as fields, as typed ones are).
    void pastedLocationIsTakenApart()
    {
        TeamServerDialog dialog;
        dialog.hostEdit()->setText(QStringLiteral("postgresql://zhao@plan.example:6000/jilin_team"));
        dialog.databaseEdit()->clear();
        dialog.userEdit()->clear();
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.hostEdit()->text(), QStringLiteral("plan.example"));
        QCOMPARE(dialog.portEdit()->value(), 6000);
        QCOMPARE(dialog.databaseEdit()->text(), QStringLiteral("jilin_team"));
        QCOMPARE(dialog.userEdit()->text(), QStringLiteral("zhao"));
        QCOMPARE(dialog.location(), QStringLiteral("postgresql://zhao@plan.example:6000/jilin_team"));
        // A socket folder and port in the query.
        TeamServerDialog socket;
        socket.hostEdit()->setText(QStringLiteral("postgresql://li@/jilin?host=/tmp/pg-sock&port=5499"));
        socket.accept();
        QCOMPARE(socket.hostEdit()->text(), QStringLiteral("/tmp/pg-sock"));
        QCOMPARE(socket.portEdit()->value(), 5499);
        QCOMPARE(socket.location(), QStringLiteral("postgresql://li@/jilin?host=/tmp/pg-sock&port=5499"));
    }

private:
    QTemporaryDir m_config;
};

QTEST_MAIN(TestTeamServerDialog)
#include "tst_teamserverdialog.moc"
