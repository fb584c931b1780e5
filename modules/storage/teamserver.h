// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/scenario.h"
#include "storage/storeerror.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace Planner::Storage {

class Store;

// Team mode: one store on a PostgreSQL server shared by the province, the
// cities and the reviewers. Everything here is enforced by the server itself
// (roles, row-level security, triggers), so a modified client cannot skip it;
// the application only sets it up and reads it. On SQLite every function
// refuses with a message that names the team server.
//
// The roles (group roles of the server; `addUser` makes a login member of one):
// - provincial_planner: creates, forks, edits and deletes any scenario;
// - city_planner: reads everything; writes its own city's decomposition
//   shares (and every other scenario table with a `city` column) and the
//   task progress and evidence, only in scenarios the province has opened to
//   the cities (scenarios.open_to_cities), and comments;
// - reviewer: reads everything, writes comments only.
// A forbidden write fails with SQLSTATE 42501 (permission denied, or a row
// the row-level security policy refuses).
//
// The audit trail: a trigger on every scenario table, on `scenarios` and on
// `comments` writes one row to audit_log per changed row: who
// (session_user), when, the scenario, the table, the row's key, the old and
// the new values (JSON, without the key) and the revision the change made.
// When a scenario's revision rises, the server sends a notification on
// kChangeChannel with {"scenario": id, "revision": r, "user": name}.
namespace TeamServer {

inline constexpr QLatin1StringView kChangeChannel{"jilin_planner_changes"};

enum class Role { ProvincialPlanner, CityPlanner, Reviewer };
// provincial_planner, city_planner, reviewer (the group roles' names).
QString roleName(Role role);
std::optional<Role> roleFromName(const QString &name);

// True when the store is on a PostgreSQL server.
bool isServer(const Store &store);
// No error on a server; otherwise a message saying the command needs a
// team server URL.
StoreError requireServer(const Store &store);

// Creates (or brings up to date) the group roles, the grants, the
// row-level security policies, the audit table and triggers and the
// notification. Idempotent; run by the server's administrator after the
// store has been opened (which migrates the schema).
StoreError initialise(const Store &store);

// Makes `name` a login role (created when missing) and a member of exactly
// one group role; a city planner's city is stored in user_city, which the
// policies read. The password is set by the administrator on the server.
StoreError addUser(const Store &store, const QString &name, Role role, const QString &city);

// Opens a scenario to the cities' planners (or closes it again): a change
// to the scenario (revision guard, audit). Only the province may.
Result<Scenario> setOpenToCities(const Store &store, const QString &scenario, bool open);
Result<bool> isOpenToCities(const Store &store, qint64 scenarioId);

// The connected user's role on the server (nullopt for the administrator or
// a user without one) and, for a city planner, the city.
struct Membership
{
    std::optional<Role> role;
    QString city;
};
Result<Membership> currentMembership(const Store &store);
// The city of the city planner the store is logged in as; empty on a file,
// for another role, or when the server cannot say. What the window starts
// a city planner on (its own city's records and share).
QString ownCity(const Store &store);

// One audited change.
struct AuditEntry
{
    qint64 id = 0;
    QDateTime at;
    QString who;
    qint64 scenarioId = 0;
    QString table;
    QString operation;  // INSERT, UPDATE, DELETE
    QJsonObject key;
    QJsonObject oldValue;  // empty for INSERT
    QJsonObject newValue;  // empty for DELETE
    qint64 revision = 0;
};

// The audited changes of a scenario (by name), oldest first; since: only
// those at or after it.
Result<QList<AuditEntry>> audit(const Store &store, const QString &scenario,
                                const std::optional<QDateTime> &since = std::nullopt);

// The tables changed by a scenario's revision and who changed them (for the
// window's status bar after a notification).
struct RevisionSummary
{
    QString who;
    QStringList tables;
    QStringList levers;  // the levers whose settings changed (lever_id of the rows' keys), in order
};
Result<RevisionSummary> revisionSummary(const Store &store, qint64 scenarioId, qint64 revision);

// A new scenario `newName`, forked from `scenario`, holding the values the
// scenario had at `revision`: the changes audited after that revision are
// undone in the fork. Refused for a revision the audit does not reach back to.
Result<Scenario> restoreAsFork(const Store &store, const QString &scenario, qint64 revision,
                               const QString &newName, const QString &author);

} // namespace TeamServer

// Listens to the server's change notifications on a store's connection and
// emits scenarioChanged for those sent by another session. On SQLite it
// listens to nothing (isListening() is false).
class ChangeListener final : public QObject
{
    Q_OBJECT

public:
    explicit ChangeListener(const Store &store, QObject *parent = nullptr);
    ~ChangeListener() override;

    bool isListening() const { return m_listening; }

Q_SIGNALS:
    void scenarioChanged(qint64 scenarioId, qint64 revision, const QString &user);

private:
    QString m_connectionName;
    bool m_listening = false;
};

} // namespace Planner::Storage
