// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../storage/plancatalog.h"

#include "storage/migrations.h"
#include "storage/scenariorepository.h"
#include "storage/store.h"

#include <QCryptographicHash>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QVariant>

// Every row of every per-scenario table of one scenario (scenario id left
// out), and the scenario's notes and author: "the same scenario" means the
// same text here.
inline QStringList scenarioRows(const Planner::Storage::Store &store, qint64 scenarioId)
{
    QStringList rows;
    for (const QString &table : Planner::Storage::scenarioTables()) {
        QSqlQuery q(store.database());
        q.prepare(QStringLiteral("SELECT * FROM %1 WHERE scenario_id = :s").arg(table));
        q.bindValue(QStringLiteral(":s"), scenarioId);
        if (!q.exec())
            qFatal("cannot read %s", qPrintable(table));
        while (q.next()) {
            QStringList cells{table};
            const QSqlRecord record = q.record();
            for (int i = 0; i < record.count(); ++i) {
                if (record.fieldName(i) != QLatin1StringView("scenario_id"))
                    cells.append(record.fieldName(i) + u'=' + (q.value(i).isNull() ? QStringLiteral("NULL") : q.value(i).toString()));
            }
            rows.append(cells.join(u'|'));
        }
    }
    rows.sort();
    return rows;
}

// The whole database's scenarios and their rows, hashed: "nothing changed".
inline QByteArray databaseState(const Planner::Storage::Store &store)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    const auto list = Planner::Storage::ScenarioRepository(store).list();
    for (const Planner::Storage::Scenario &s : list.value()) {
        hash.addData(QStringLiteral("%1|%2|%3|%4").arg(s.name).arg(s.revision).arg(s.notes, s.author).toUtf8());
        hash.addData(scenarioRows(store, s.id).join(u'\n').toUtf8());
    }
    return hash.result();
}
