// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The team server's commands, end to end with the built binary: on a file
// they refuse and name the team server; on the test PostgreSQL server
// (the _pg run) server init (twice), add-user, a city planner's refused and
// accepted edits as its own login, audit --json, restore, comments.

#include "clirunner.h"

#include "common/testdatabase.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

namespace {

// A database of its own on the test server (its administrator's location)
// and the program run on a location in English, with a home of its own.
struct TeamDatabase
{
    explicit TeamDatabase(const QString &name)
        : env(isolatedEnvironment(dir.path())), admin(TestDatabase::fresh(dir.path(), name))
    {
    }
    // The administrator's location with another login.
    QString as(const QString &user) const
    {
        QUrl url(admin);
        url.setUserName(user);
        return url.toString();
    }
    CliResult run(const QString &db, QStringList arguments) const
    {
        arguments << QStringLiteral("--db") << db << QStringLiteral("--lang") << QStringLiteral("en");
        return runCli(arguments, env);
    }

    QTemporaryDir dir;
    QProcessEnvironment env;
    QString admin;
};

} // namespace

class TeamCliTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fileRefusesServerCommands()
    {
        QTemporaryDir dir;
        const QProcessEnvironment env = isolatedEnvironment(dir.path());
        const QString db = dir.filePath(QStringLiteral("s.sqlite"));
        for (const QStringList &command :
             {QStringList{QStringLiteral("server"), QStringLiteral("init")},
              QStringList{QStringLiteral("server"), QStringLiteral("add-user"), QStringLiteral("li"),
                          QStringLiteral("--role"), QStringLiteral("reviewer")},
              QStringList{QStringLiteral("audit"), QStringLiteral("--scenario"), QStringLiteral("x")},
              QStringList{QStringLiteral("scenario"), QStringLiteral("open-to-cities"), QStringLiteral("x")}}) {
            const CliResult r = runCli(command + QStringList{QStringLiteral("--db"), db, QStringLiteral("--lang"),
                                                             QStringLiteral("en")},
                                       env);
            QCOMPARE(r.exitCode, 1);
            QVERIFY2(r.err.contains(QLatin1StringView("needs the team server")), qPrintable(r.err));
        }
        // A city planner needs a known city: a usage error, before any database.
        const CliResult city = runCli({QStringLiteral("server"), QStringLiteral("add-user"), QStringLiteral("li"),
                                       QStringLiteral("--role"), QStringLiteral("city_planner"), QStringLiteral("--city"),
                                       QStringLiteral("长春"), QStringLiteral("--db"), db},
                                      env);
        QCOMPARE(city.exitCode, 2);
        QVERIFY(city.err.contains(QStringLiteral("长春市")));
    }

    void serverSetUpRolesAuditAndRestore()
    {
        const TeamDatabase team(QStringLiteral("teamcli"));
        const QString &admin = team.admin;
        const auto as = [&](const QString &user) { return team.as(user); };
        const auto run = [&](const QString &db, const QStringList &arguments) { return team.run(db, arguments); };
        // Idempotent: twice, the same answer.
        for (int i = 0; i < 2; ++i) {
            const CliResult init = run(admin, {QStringLiteral("server"), QStringLiteral("init")});
            QVERIFY2(init.exitCode == 0, qPrintable(init.err));
            QVERIFY(init.out.contains(QLatin1StringView("provincial_planner")));
        }
        QCOMPARE(run(admin, {QStringLiteral("server"), QStringLiteral("add-user"), QStringLiteral("cli_prov"),
                             QStringLiteral("--role"), QStringLiteral("provincial_planner")}).exitCode, 0);
        QCOMPARE(run(admin, {QStringLiteral("server"), QStringLiteral("add-user"), QStringLiteral("cli_city"),
                             QStringLiteral("--role"), QStringLiteral("city_planner"), QStringLiteral("--city"),
                             QStringLiteral("吉林市")}).exitCode, 0);
        const QString province = as(QStringLiteral("cli_prov"));
        const QString city = as(QStringLiteral("cli_city"));
        const QString name = QStringLiteral("cli team");
        QCOMPARE(run(province, {QStringLiteral("scenario"), QStringLiteral("create"), name}).exitCode, 0);
        // Its author is the login the server knows (the name of the audit
        // trail), not the desk's operating-system account; a fork too.
        QCOMPARE(run(province, {QStringLiteral("scenario"), QStringLiteral("fork"), name,
                                QStringLiteral("cli team fork")}).exitCode, 0);
        {
            const CliResult listed = run(province, {QStringLiteral("scenarios"), QStringLiteral("--json")});
            QCOMPARE(listed.exitCode, 0);
            QStringList authors;
            for (const QJsonValue &v : QJsonDocument::fromJson(listed.out.toUtf8()).array())
                if (v.toObject().value(QStringLiteral("name")).toString().startsWith(name))
                    authors.append(v.toObject().value(QStringLiteral("author")).toString());
            QCOMPARE(authors, (QStringList{QStringLiteral("cli_prov"), QStringLiteral("cli_prov")}));
        }
        // Revision 2: a task at 10 %, by the province.
        QCOMPARE(run(province, {QStringLiteral("task"), QStringLiteral("set"), QStringLiteral("--scenario"), name,
                                QStringLiteral("--task"), QStringLiteral("T-02-01-1"), QStringLiteral("--progress"),
                                QStringLiteral("10")}).exitCode, 0);
        // The city's own record of the task (--city, by its English name),
        // before the scenario is opened to it: refused by the server.
        const QStringList cityEdit{QStringLiteral("task"), QStringLiteral("set"), QStringLiteral("--scenario"), name,
                                   QStringLiteral("--task"), QStringLiteral("T-02-01-1"), QStringLiteral("--city"),
                                   QStringLiteral("Jilin City"), QStringLiteral("--progress"), QStringLiteral("60")};
        const CliResult refused = run(city, cityEdit);
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains(QLatin1StringView("does not let your role make this change")), qPrintable(refused.err));
        // The city may not open it itself; the province does (revision 3).
        QCOMPARE(run(city, {QStringLiteral("scenario"), QStringLiteral("open-to-cities"), name}).exitCode, 1);
        QCOMPARE(run(province, {QStringLiteral("scenario"), QStringLiteral("open-to-cities"), name}).exitCode, 0);
        // Now accepted (revision 4).
        const CliResult accepted = run(city, cityEdit);
        QVERIFY2(accepted.exitCode == 0, qPrintable(accepted.err));
        QVERIFY2(accepted.out.contains(QLatin1StringView("of Jilin City")), qPrintable(accepted.out));
        // The province's record and another city's stay closed to it, with
        // the server's one-line refusal; an unknown city is a usage error.
        for (const QStringList &extra : {QStringList{}, QStringList{QStringLiteral("--city"), QStringLiteral("长春市")}}) {
            const QStringList other{QStringLiteral("task"), QStringLiteral("set"), QStringLiteral("--scenario"), name,
                                    QStringLiteral("--task"), QStringLiteral("T-02-01-1"), QStringLiteral("--progress"),
                                    QStringLiteral("70")};
            const CliResult r = run(city, other + extra);
            QCOMPARE(r.exitCode, 1);
            QVERIFY2(r.err.contains(QLatin1StringView("does not let your role make this change")), qPrintable(r.err));
        }
        const CliResult unknown = run(city, cityEdit + QStringList{QStringLiteral("--city"), QStringLiteral("长春")});
        QCOMPARE(unknown.exitCode, 2);
        QVERIFY2(unknown.err.contains(QLatin1StringView("is not a city of the province")), qPrintable(unknown.err));
        // A lever stays the province's.
        QCOMPARE(run(city, {QStringLiteral("lever"), QStringLiteral("set"), QStringLiteral("--scenario"), name,
                            QStringLiteral("--lever"), QStringLiteral("gdp_growth"), QStringLiteral("--all-years"),
                            QStringLiteral("5")}).exitCode, 1);

        // The audit: the city's change at revision 4, by cli_city.
        const CliResult audit = run(city, {QStringLiteral("audit"), QStringLiteral("--scenario"), name,
                                           QStringLiteral("--json")});
        QVERIFY2(audit.exitCode == 0, qPrintable(audit.err));
        const QJsonArray rows = QJsonDocument::fromJson(audit.out.toUtf8()).array();
        QJsonObject cityRow;
        for (const QJsonValue &row : rows) {
            if (row[QStringLiteral("who")].toString() == QLatin1StringView("cli_city"))
                cityRow = row.toObject();
        }
        // The audit: the city's record of the task, new at 60 % (the
        // province's 10 % is its own row), keyed by task and city.
        QCOMPARE(cityRow[QStringLiteral("table")].toString(), QStringLiteral("task_progress"));
        QCOMPARE(cityRow[QStringLiteral("operation")].toString(), QStringLiteral("INSERT"));
        QCOMPARE(cityRow[QStringLiteral("key")][QStringLiteral("task_id")].toString(), QStringLiteral("T-02-01-1"));
        QCOMPARE(cityRow[QStringLiteral("key")][QStringLiteral("city")].toString(), QStringLiteral("吉林市"));
        QCOMPARE(cityRow[QStringLiteral("new")][QStringLiteral("progress")].toDouble(), 60.0);
        QCOMPARE(cityRow[QStringLiteral("revision")].toInt(), 4);
        QCOMPARE(cityRow[QStringLiteral("scenario")].toString(), name);
        // The same change as the text output words it: the task by its
        // title in the plan (T-02-01-1 is “Let the spatial layout lead”,
        // resources/catalog/plan_tasks.json) and the city's English name,
        // nothing before (a new record) and 60 % after; no stored key
        // ({"task_id":…}), column or task code.
        const CliResult words = run(city, {QStringLiteral("audit"), QStringLiteral("--scenario"), name});
        QVERIFY2(words.exitCode == 0, qPrintable(words.err));
        QString cityLine;
        for (const QString &line : words.out.split(u'\n')) {
            QVERIFY2(!line.contains(u'{') && !line.contains(QLatin1StringView("T-02")), qPrintable(line));
            if (line.contains(QLatin1StringView("cli_city")))
                cityLine = line;
        }
        QVERIFY2(cityLine.contains(QLatin1StringView("\ttask progress\t")), qPrintable(cityLine));
        QVERIFY2(cityLine.contains(QLatin1StringView("\tLet the spatial layout lead, Jilin City\t")), qPrintable(cityLine));
        QVERIFY2(cityLine.contains(QStringLiteral("\t— -> ")) && cityLine.endsWith(QLatin1StringView("60% done")),
                 qPrintable(cityLine));

        // Restored at revision 2: the task back at 10 %.
        const CliResult restore = run(province, {QStringLiteral("scenario"), QStringLiteral("restore"), name,
                                                 QStringLiteral("cli team r2"), QStringLiteral("--revision"),
                                                 QStringLiteral("2")});
        QVERIFY2(restore.exitCode == 0, qPrintable(restore.err));
        const CliResult tasks = run(province, {QStringLiteral("tasks"), QStringLiteral("--scenario"),
                                               QStringLiteral("cli team r2"), QStringLiteral("--json")});
        QVERIFY2(tasks.exitCode == 0, qPrintable(tasks.err));
        double progress = -1;
        for (const QJsonValue &task : QJsonDocument::fromJson(tasks.out.toUtf8()).array()) {
            if (task[QStringLiteral("id")].toString() == QLatin1StringView("T-02-01-1"))
                progress = task[QStringLiteral("progress")].toDouble();
        }
        QCOMPARE(progress, 10.0);
        // …and 吉林市's record, inserted at revision 4, is not in it (the
        // restore deletes the row by its audited key: task and city), while
        // the source keeps it at 60 %.
        for (const auto &[scenario, expected] : {std::pair{QStringLiteral("cli team r2"), 0.0}, std::pair{name, 60.0}}) {
            const CliResult cityTasks = run(province, {QStringLiteral("tasks"), QStringLiteral("--scenario"), scenario,
                                                       QStringLiteral("--city"), QStringLiteral("吉林市"),
                                                       QStringLiteral("--json")});
            QVERIFY2(cityTasks.exitCode == 0, qPrintable(cityTasks.err));
            double cityProgress = -1;
            for (const QJsonValue &task : QJsonDocument::fromJson(cityTasks.out.toUtf8()).array()) {
                if (task[QStringLiteral("id")].toString() == QLatin1StringView("T-02-01-1"))
                    cityProgress = task[QStringLiteral("progress")].toDouble();
            }
            QCOMPARE(cityProgress, expected);
        }

        // A city planner's own share. The province splits S-02 (a value of
        // 46 %) 长春市 40 / 吉林市 60; 吉林市's planner makes its own 63:
        // 40 + 63 = 103 %, shown and not refused; its part 63 % × 46 =
        // 28.98. 长春市's share stays the province's to change.
        QCOMPARE(run(province, {QStringLiteral("decompose"), QStringLiteral("--scenario"), name, QStringLiteral("--target"),
                                QStringLiteral("S-02"), QStringLiteral("--share"), QStringLiteral("长春市=40"),
                                QStringLiteral("--share"), QStringLiteral("吉林市=60")}).exitCode, 0);
        const CliResult own = run(city, {QStringLiteral("decompose"), QStringLiteral("--scenario"), name,
                                         QStringLiteral("--target"), QStringLiteral("S-02"), QStringLiteral("--city"),
                                         QStringLiteral("吉林市"), QStringLiteral("--share"), QStringLiteral("63"),
                                         QStringLiteral("--json")});
        QVERIFY2(own.exitCode == 0, qPrintable(own.err));
        const QJsonObject split = QJsonDocument::fromJson(own.out.toUtf8()).object();
        QCOMPARE(split[QStringLiteral("share_sum")].toDouble(), 103.0);
        QCOMPARE(split[QStringLiteral("balanced")].toBool(), false);
        QCOMPARE(split[QStringLiteral("cities")][1][QStringLiteral("city")].toString(), QStringLiteral("吉林市"));
        QVERIFY(qAbs(split[QStringLiteral("cities")][1][QStringLiteral("value")].toDouble() - 28.98) < 1e-9);
        const CliResult others = run(city, {QStringLiteral("decompose"), QStringLiteral("--scenario"), name,
                                            QStringLiteral("--target"), QStringLiteral("S-02"), QStringLiteral("--city"),
                                            QStringLiteral("长春市"), QStringLiteral("--share"), QStringLiteral("37")});
        QCOMPARE(others.exitCode, 1);
        QVERIFY2(others.err.contains(QLatin1StringView("does not let your role make this change")), qPrintable(others.err));
        const CliResult shown = run(province, {QStringLiteral("decompose"), QStringLiteral("--scenario"), name,
                                               QStringLiteral("--target"), QStringLiteral("S-02")});
        QVERIFY2(shown.out.contains(QLatin1StringView("add up to 103.00 %")), qPrintable(shown.out));

        // A comment by the city planner, under its own name.
        QCOMPARE(run(city, {QStringLiteral("comment"), QStringLiteral("add"), QStringLiteral("--scenario"), name,
                            QStringLiteral("why 60?")}).exitCode, 0);
        const CliResult comments = run(city, {QStringLiteral("comments"), QStringLiteral("--scenario"), name,
                                              QStringLiteral("--json")});
        const QJsonArray list = QJsonDocument::fromJson(comments.out.toUtf8()).array();
        QCOMPARE(list.size(), 1);
        QCOMPARE(list.at(0)[QStringLiteral("author")].toString(), QStringLiteral("cli_city"));
    }

    // A reviewer set up with `server init` and `server add-user`: every read
    // path works as that login (the list, a projection, a PDF report), and a
    // write is refused with the store's one message, nothing else: no
    // driver noise such as Qt's "Unable to free statement" warning after the
    // refused statement, and the scenario's revision unchanged.
    void reviewerReadsAndIsRefusedClearly()
    {
        const TeamDatabase team(QStringLiteral("teamreview"));
        const QString &admin = team.admin;
        const auto as = [&](const QString &user) { return team.as(user); };
        const auto run = [&](const QString &db, const QStringList &arguments) { return team.run(db, arguments); };
        QCOMPARE(run(admin, {QStringLiteral("server"), QStringLiteral("init")}).exitCode, 0);
        QCOMPARE(run(admin, {QStringLiteral("server"), QStringLiteral("add-user"), QStringLiteral("rev_prov"),
                             QStringLiteral("--role"), QStringLiteral("provincial_planner")}).exitCode, 0);
        QCOMPARE(run(admin, {QStringLiteral("server"), QStringLiteral("add-user"), QStringLiteral("rev_official"),
                             QStringLiteral("--role"), QStringLiteral("reviewer")}).exitCode, 0);
        const QString province = as(QStringLiteral("rev_prov"));
        const QString reviewer = as(QStringLiteral("rev_official"));
        const QString name = QStringLiteral("for review");
        // Revision 1 (the fork), revision 2 (one lever year by the province).
        QCOMPARE(run(province, {QStringLiteral("scenario"), QStringLiteral("fork"), QStringLiteral("现状趋势情景"), name}).exitCode, 0);
        QCOMPARE(run(province, {QStringLiteral("lever"), QStringLiteral("set"), QStringLiteral("--scenario"), name,
                                QStringLiteral("--lever"), QStringLiteral("gdp_growth"), QStringLiteral("--year"),
                                QStringLiteral("2030"), QStringLiteral("5")}).exitCode, 0);
        const auto revision = [&] {
            const CliResult list = run(reviewer, {QStringLiteral("scenarios"), QStringLiteral("--json")});
            if (list.exitCode != 0 || !list.err.isEmpty())
                return qint64(-1);
            for (const QJsonValue &s : QJsonDocument::fromJson(list.out.toUtf8()).array()) {
                if (s[QStringLiteral("name")].toString() == name)
                    return s[QStringLiteral("revision")].toInteger();
            }
            return qint64(-2);
        };
        QCOMPARE(revision(), 2);

        const CliResult projected = run(reviewer, {QStringLiteral("project"), QStringLiteral("--scenario"), name,
                                                   QStringLiteral("--deterministic"), QStringLiteral("--json")});
        QVERIFY2(projected.exitCode == 0 && projected.err.isEmpty(), qPrintable(projected.err));
        QVERIFY(QJsonDocument::fromJson(projected.out.toUtf8()).isObject());
        const QString pdf = team.dir.filePath(QStringLiteral("review.pdf"));
        const CliResult report = run(reviewer, {QStringLiteral("report"), QStringLiteral("--scenario"), name,
                                                QStringLiteral("-o"), pdf});
        QVERIFY2(report.exitCode == 0, qPrintable(report.err));
        QFile file(pdf);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.read(5), QByteArray("%PDF-"));

        const QList<QStringList> writes{
            {QStringLiteral("lever"), QStringLiteral("set"), QStringLiteral("--scenario"), name, QStringLiteral("--lever"),
             QStringLiteral("gdp_growth"), QStringLiteral("--year"), QStringLiteral("2030"), QStringLiteral("6")},
            {QStringLiteral("scenario"), QStringLiteral("rename"), name, QStringLiteral("renamed")},
            {QStringLiteral("scenario"), QStringLiteral("fork"), name, QStringLiteral("reviewer's copy")}};
        for (const QStringList &write : writes) {
            const CliResult refused = run(reviewer, write);
            QCOMPARE(refused.exitCode, 1);
            QVERIFY(refused.out.isEmpty());
            // One line: the store's message, naming the role's refusal.
            const QStringList lines = refused.err.trimmed().split(u'\n');
            QVERIFY2(lines.size() == 1, qPrintable(refused.err));
            QVERIFY2(refused.err.contains(QLatin1StringView("does not let your role make this change")), qPrintable(refused.err));
            QVERIFY2(refused.err.contains(QLatin1StringView("Nothing was changed")), qPrintable(refused.err));
        }
        QCOMPARE(revision(), 2);
    }
};

// Without a server (the suite's SQLite run) only the file's case runs, so
// nothing is reported as skipped; with one (the _pg run), both.
int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    TeamCliTest test;
    QStringList arguments = app.arguments();
    if (!TestDatabase::onServer() && arguments.size() == 1)
        arguments.append(QStringLiteral("fileRefusesServerCommands"));
    return QTest::qExec(&test, arguments);
}

#include "tst_teamcli.moc"
