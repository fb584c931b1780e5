// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <cmath>
#include <optional>

namespace Planner::Cli {

// A finite number written with a dot ("12.5", "-3", "1e3"), whatever the
// locale; nullopt for anything else (text, "nan", "inf", empty).
inline std::optional<double> parseNumber(const QString &text)
{
    bool ok = false;
    const double value = text.trimmed().toDouble(&ok);
    if (!ok || !std::isfinite(value))
        return std::nullopt;
    return value;
}

// A whole number ("2030", "1000"); nullopt for anything else.
inline std::optional<int> parseWholeNumber(const QString &text)
{
    bool ok = false;
    const int value = text.trimmed().toInt(&ok);
    return ok ? std::optional<int>(value) : std::nullopt;
}

} // namespace Planner::Cli
