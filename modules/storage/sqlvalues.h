// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <optional>

namespace Planner::Storage {

// Text columns are NOT NULL, and a null QString binds as SQL NULL: bind
// text through this.
inline QString sqlText(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

// An optional number as a value or SQL NULL.
inline QVariant sqlNumber(const std::optional<double> &v)
{
    return v ? QVariant(*v) : QVariant(QMetaType(QMetaType::Double));
}

inline std::optional<double> optionalDouble(const QVariant &v)
{
    return v.isNull() ? std::nullopt : std::optional<double>(v.toDouble());
}

// True for a connection to a PostgreSQL server (the team store); false for
// an SQLite file.
inline bool isPostgres(const QSqlDatabase &db)
{
    return db.driver() && db.driver()->dbmsType() == QSqlDriver::PostgreSQL;
}

// An INSERT into a table with an id column, to be prepared: on PostgreSQL it
// returns the new id (there is no last-insert id without OIDs); SQLite gives
// it through lastInsertId(). Read it with insertedId() after exec().
inline QString insertReturningId(const QSqlDatabase &db, const QString &insert)
{
    return isPostgres(db) ? insert + QStringLiteral(" RETURNING id") : insert;
}

inline qint64 insertedId(const QSqlDatabase &db, QSqlQuery &insert)
{
    if (isPostgres(db))
        return insert.next() ? insert.value(0).toLongLong() : 0;
    return insert.lastInsertId().toLongLong();
}

} // namespace Planner::Storage
