// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

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

} // namespace Planner::Storage
