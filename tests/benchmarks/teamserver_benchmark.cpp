// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Team server under load: 12 city planners and 3 provincial planners, each a
// thread with its own login and connection, edit one scenario opened to the
// cities for a given time. A city planner changes its own city's share of a
// target, a provincial planner one year of a lever; each edit is what the
// application sends (the revision guard, then the row) in one transaction,
// so the triggers write the audit and send the notification. A window's
// connection listens meanwhile. Prints edits per second, the commit latency
// (p50, p99) and the delay from a commit to its notification (p50, p99).
// Asserts nothing about time.
//
//   teamserver_benchmark [--seconds N] [--url postgresql://…]
// The URL defaults to PLANNER_TEST_PG_URL; the database is set up with
// `server init` first (roles bench_city_1…12, bench_province_1…3).

#include "benchmarksupport.h"

#include "implementation/core/citydecomposition.h"
#include "storage/scenariorepository.h"
#include "storage/store.h"
#include "storage/teamserver.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QTextStream>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <vector>

using namespace Planner;

namespace {

using Clock = std::chrono::steady_clock;

struct Shared
{
    QMutex mutex;
    QHash<qint64, Clock::time_point> commitStarted;  // revision -> when COMMIT was sent
    std::vector<double> latenciesMs;
    std::vector<double> notifyMs;
    std::atomic<int> edits{0};
    std::atomic<int> failures{0};
    std::atomic<bool> stop{false};
};

class Client final : public QThread
{
public:
    Client(QSqlDatabase admin, QString user, QString city, qint64 scenarioId, QString targetId, Shared &shared)
        : m_host(admin.hostName()), m_port(admin.port()), m_database(admin.databaseName()),
          m_options(admin.connectOptions()), m_user(std::move(user)), m_city(std::move(city)),
          m_scenarioId(scenarioId), m_targetId(std::move(targetId)), m_shared(shared)
    {
    }

protected:
    void run() override
    {
        const QString name = QStringLiteral("bench-%1").arg(m_user);
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
            db.setHostName(m_host);
            db.setPort(m_port);
            db.setDatabaseName(m_database);
            db.setConnectOptions(m_options);
            db.setUserName(m_user);
            if (!db.open()) {
                std::fprintf(stderr, "%s: %s\n", qPrintable(m_user), qPrintable(db.lastError().text()));
                ++m_shared.failures;
                return;
            }
            QSqlQuery bump(db);
            bump.prepare(QStringLiteral("UPDATE scenarios SET revision = revision + 1, modified = :m WHERE id = :s"
                                        " RETURNING revision"));
            QSqlQuery write(db);
            if (m_city.isEmpty())
                write.prepare(QStringLiteral("INSERT INTO lever_settings (scenario_id, lever_id, year, value)"
                                             " VALUES (:s, :l, :y, :v) ON CONFLICT (scenario_id, lever_id, year)"
                                             " DO UPDATE SET value = excluded.value"));
            else
                write.prepare(QStringLiteral("UPDATE city_shares SET share = :v WHERE scenario_id = :s"
                                             " AND target_id = :t AND city = :c"));
            QSqlQuery tx(db);
            int n = 0;
            while (!m_shared.stop.load()) {
                ++n;
                const auto start = Clock::now();
                bool ok = tx.exec(QStringLiteral("BEGIN"));
                bump.bindValue(QStringLiteral(":m"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
                bump.bindValue(QStringLiteral(":s"), m_scenarioId);
                ok = ok && bump.exec() && bump.next();
                const qint64 revision = ok ? bump.value(0).toLongLong() : 0;
                bump.finish();
                write.bindValue(QStringLiteral(":s"), m_scenarioId);
                if (m_city.isEmpty()) {
                    write.bindValue(QStringLiteral(":l"), QStringLiteral("bench_lever_%1").arg(m_user));
                    write.bindValue(QStringLiteral(":y"), 2024 + n % 12);
                    write.bindValue(QStringLiteral(":v"), double(n % 100) / 10.0);
                } else {
                    // A hundredth of a point up and back: the sum stays within 0.01 of 100 %.
                    write.bindValue(QStringLiteral(":v"), 100.0 / 12.0 + (n % 2 ? 0.01 : 0.0));
                    write.bindValue(QStringLiteral(":t"), m_targetId);
                    write.bindValue(QStringLiteral(":c"), m_city);
                }
                ok = ok && write.exec();
                const auto committing = Clock::now();
                if (ok) {
                    QMutexLocker lock(&m_shared.mutex);
                    m_shared.commitStarted.insert(revision, committing);
                }
                ok = ok && tx.exec(QStringLiteral("COMMIT"));
                const auto done = Clock::now();
                if (!ok) {
                    tx.exec(QStringLiteral("ROLLBACK"));
                    ++m_shared.failures;
                    continue;
                }
                ++m_shared.edits;
                QMutexLocker lock(&m_shared.mutex);
                m_shared.latenciesMs.push_back(std::chrono::duration<double, std::milli>(done - start).count());
            }
        }
        QSqlDatabase::removeDatabase(name);
    }

private:
    QString m_host;
    int m_port;
    QString m_database;
    QString m_options;
    QString m_user;
    QString m_city;
    qint64 m_scenarioId;
    QString m_targetId;
    Shared &m_shared;
};

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    int seconds = 60;
    QString url = qEnvironmentVariable("PLANNER_TEST_PG_URL");
    const QStringList args = app.arguments();
    for (qsizetype i = 1; i + 1 < args.size(); i += 2) {
        if (args.at(i) == QLatin1StringView("--seconds"))
            seconds = args.at(i + 1).toInt();
        else if (args.at(i) == QLatin1StringView("--url"))
            url = args.at(i + 1);
    }
    if (url.isEmpty() || seconds < 1) {
        std::fprintf(stderr, "usage: teamserver_benchmark [--seconds N] [--url postgresql://...]\n");
        return 2;
    }
    const Engine::Catalog catalog = Bench::appCatalog();
    auto opened = Storage::Store::open(url, catalog);
    if (!opened.ok()) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.error().message));
        return 1;
    }
    Storage::Store &store = *opened.value();
    if (Storage::StoreError e = Storage::TeamServer::initialise(store)) {
        std::fprintf(stderr, "%s\n", qPrintable(e.message));
        return 1;
    }
    const QList<QString> cities = Implementation::knownCities();
    QStringList users;
    for (int i = 0; i < 12; ++i) {
        users.append(QStringLiteral("bench_city_%1").arg(i + 1));
        Storage::TeamServer::addUser(store, users.last(), Storage::TeamServer::Role::CityPlanner, cities.at(i));
    }
    for (int i = 0; i < 3; ++i) {
        users.append(QStringLiteral("bench_province_%1").arg(i + 1));
        Storage::TeamServer::addUser(store, users.last(), Storage::TeamServer::Role::ProvincialPlanner, {});
    }
    const QString scenario = QStringLiteral("bench %1").arg(QDateTime::currentMSecsSinceEpoch());
    const auto created = Storage::ScenarioRepository(store).create(scenario, QStringLiteral("bench"));
    if (!created.ok())
        return 1;
    const qint64 scenarioId = created.value().id;
    const QString targetId = catalog.indicators().first().targets.first().id;
    {
        QSqlQuery q(store.database());
        q.prepare(QStringLiteral("INSERT INTO city_shares (scenario_id, target_id, city, share) VALUES (:s, :t, :c, :v)"));
        for (const QString &city : cities) {
            q.bindValue(QStringLiteral(":s"), scenarioId);
            q.bindValue(QStringLiteral(":t"), targetId);
            q.bindValue(QStringLiteral(":c"), city);
            q.bindValue(QStringLiteral(":v"), 100.0 / 12.0);
            q.exec();
        }
    }
    Storage::TeamServer::setOpenToCities(store, scenario, true);

    Shared shared;
    // The window's connection: every notification's delay from its commit.
    QSqlDriver *driver = store.database().driver();
    driver->subscribeToNotification(Storage::TeamServer::kChangeChannel);
    QObject::connect(driver, &QSqlDriver::notification, &app,
                     [&](const QString &, QSqlDriver::NotificationSource, const QVariant &payload) {
                         const auto now = Clock::now();
                         const qint64 revision = QJsonDocument::fromJson(payload.toString().toUtf8())
                                                     .object().value(QStringLiteral("revision")).toInteger();
                         QMutexLocker lock(&shared.mutex);
                         const auto it = shared.commitStarted.constFind(revision);
                         if (it != shared.commitStarted.cend())
                             shared.notifyMs.push_back(std::chrono::duration<double, std::milli>(now - *it).count());
                     });
    std::vector<std::unique_ptr<Client>> clients;
    for (int i = 0; i < users.size(); ++i)
        clients.push_back(std::make_unique<Client>(store.database(), users.at(i), i < 12 ? cities.at(i) : QString(),
                                                   scenarioId, targetId, shared));
    QElapsedTimer clock;
    clock.start();
    for (auto &c : clients)
        c->start();
    QTimer::singleShot(seconds * 1000, &app, [&] { shared.stop = true; });
    while (!shared.stop.load())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    for (auto &c : clients)
        c->wait();
    const double elapsed = double(clock.elapsed()) / 1000.0;
    // The last notifications.
    QDeadlineTimer drain(1000);
    while (!drain.hasExpired())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);

    out << "team server: 12 city planners + 3 provincial planners, " << seconds << " s, one scenario\n";
    out << QStringLiteral("edits committed: %1 (%2 per second), failed: %3\n")
               .arg(shared.edits.load()).arg(double(shared.edits.load()) / elapsed, 0, 'f', 1).arg(shared.failures.load());
    out << QStringLiteral("commit latency: p50 %1 ms, p99 %2 ms\n")
               .arg(Bench::percentile(shared.latenciesMs, 0.5), 0, 'f', 2).arg(Bench::percentile(shared.latenciesMs, 0.99), 0, 'f', 2);
    out << QStringLiteral("notification delay (COMMIT sent to notification received, %1 received): p50 %2 ms, p99 %3 ms\n")
               .arg(shared.notifyMs.size())
               .arg(Bench::percentile(shared.notifyMs, 0.5), 0, 'f', 2).arg(Bench::percentile(shared.notifyMs, 0.99), 0, 'f', 2);
    return 0;
}
