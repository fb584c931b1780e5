// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace Planner::Exchange {

// Refuses an output path that is a folder, or an existing file unless
// `overwrite` is set. Sets *error and returns false when refused.
bool checkOutputPath(const QString &path, bool overwrite, QString *error);

// Writes `bytes` to `path` all at once (QSaveFile: a temporary file renamed
// over the target on success), so a failure never leaves a partial file.
// Checks the path as checkOutputPath does.
bool writeOutputFile(const QString &path, const QByteArray &bytes, bool overwrite, QString *error);

} // namespace Planner::Exchange
