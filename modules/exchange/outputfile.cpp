// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "exchange/outputfile.h"

#include "exchange/exchangetr.h"

#include <QFileInfo>
#include <QSaveFile>

namespace Planner::Exchange {

bool checkOutputPath(const QString &path, bool overwrite, QString *error)
{
    const QFileInfo info(path);
    if (path.isEmpty()) {
        *error = Tr::tr("No output file is given.");
        return false;
    }
    if (info.isDir()) {
        *error = Tr::tr("\"%1\" is a folder; give a file name.").arg(path);
        return false;
    }
    if (info.exists() && !overwrite) {
        *error = Tr::tr("\"%1\" exists; nothing was written. Use --force to replace it.").arg(path);
        return false;
    }
    return true;
}

bool writeOutputFile(const QString &path, const QByteArray &bytes, bool overwrite, QString *error)
{
    if (!checkOutputPath(path, overwrite, error))
        return false;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = Tr::tr("Cannot write \"%1\": %2").arg(path, file.errorString());
        return false;
    }
    if (file.write(bytes) != bytes.size() || !file.commit()) {
        *error = Tr::tr("Cannot write \"%1\": %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace Planner::Exchange
