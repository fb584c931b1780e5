// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/commentrepository.h"

#include "storage/scenariorepository.h"
#include "storage/sqlvalues.h"
#include "storage/store.h"
#include "storage/teamserver.h"
#include "storage/textrules.h"
#include "storage/transaction.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace Planner::Storage {

namespace {

constexpr qsizetype kMaxCommentLength = 4000;

} // namespace

Result<Comment> CommentRepository::add(const QString &scenario, const QString &targetId, const QString &text) const
{
    if (StoreError e = m_store.checkWritable())
        return e;
    const QString body = text.trimmed();
    if (body.isEmpty() || !isCleanText(body) || body.size() > kMaxCommentLength)
        return StoreError{StoreError::Code::InvalidValue,
                          Tr::tr("A comment is 1 to %1 characters of text.").arg(kMaxCommentLength)};
    QSqlDatabase db = m_store.database();
    const QString what = Tr::tr("Adding a comment to scenario \"%1\" failed").arg(scenario);
    Transaction tx(db, Transaction::Kind::ScenarioWrite);
    if (!tx.isActive())
        return Store::sqlError(what, tx.lastError());
    const Result<Scenario> found = ScenarioRepository(m_store).find(scenario);
    if (!found.ok())
        return found.error();
    // The next comment number is read behind the scenario's own lock.
    if (!tx.lockScenario(found.value().id))
        return Store::sqlError(what, tx.lastError());
    QSqlQuery q(db);
    if (!targetId.isEmpty()) {
        q.prepare(QStringLiteral("SELECT 1 FROM targets WHERE id = :t"));
        q.bindValue(QStringLiteral(":t"), targetId);
        if (!q.exec())
            return Store::sqlError(what, q.lastError());
        if (!q.next())
            return StoreError{StoreError::Code::NotFound, Tr::tr("There is no target \"%1\".").arg(targetId)};
    }
    // On a server the row-level security accepts only the connected user's name.
    const QString author = m_store.author();
    q.prepare(QStringLiteral("SELECT COALESCE(MAX(id), 0) + 1 FROM comments WHERE scenario_id = :s"));
    q.bindValue(QStringLiteral(":s"), found.value().id);
    if (!q.exec() || !q.next())
        return Store::sqlError(what, q.lastError());
    Comment comment;
    comment.id = q.value(0).toLongLong();
    comment.targetId = targetId;
    comment.author = author;
    comment.created = QDateTime::currentDateTimeUtc();
    comment.text = body;
    q.prepare(QStringLiteral("INSERT INTO comments (scenario_id, id, target_id, author, created, body)"
                             " VALUES (:s, :id, :t, :a, :c, :b)"));
    q.bindValue(QStringLiteral(":s"), found.value().id);
    q.bindValue(QStringLiteral(":id"), comment.id);
    q.bindValue(QStringLiteral(":t"), sqlText(targetId));
    q.bindValue(QStringLiteral(":a"), sqlText(author));
    q.bindValue(QStringLiteral(":c"), comment.created.toString(Qt::ISODateWithMs));
    q.bindValue(QStringLiteral(":b"), body);
    if (!q.exec())
        return Store::sqlError(what, q.lastError());
    if (!tx.commit())
        return Store::sqlError(what, tx.lastError());
    return comment;
}

Result<QList<Comment>> CommentRepository::list(const QString &scenario) const
{
    const Result<Scenario> found = ScenarioRepository(m_store).find(scenario);
    if (!found.ok())
        return found.error();
    QSqlQuery q(m_store.database());
    q.prepare(QStringLiteral("SELECT id, target_id, author, created, body FROM comments WHERE scenario_id = :s"
                             " ORDER BY id"));
    q.bindValue(QStringLiteral(":s"), found.value().id);
    if (!q.exec())
        return Store::sqlError(Tr::tr("Reading the comments of scenario \"%1\" failed").arg(scenario), q.lastError());
    QList<Comment> comments;
    while (q.next()) {
        Comment c;
        c.id = q.value(0).toLongLong();
        c.targetId = q.value(1).toString();
        c.author = q.value(2).toString();
        c.created = QDateTime::fromString(q.value(3).toString(), Qt::ISODateWithMs);
        c.text = q.value(4).toString();
        comments.append(c);
    }
    return comments;
}

} // namespace Planner::Storage
