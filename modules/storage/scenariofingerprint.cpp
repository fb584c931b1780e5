// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/scenariofingerprint.h"

#include "storage/store.h"

#include <QCryptographicHash>
#include <QLocale>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QVariant>

#include <algorithm>

namespace Planner::Storage {

namespace {

struct TableColumns
{
    const char *table;
    const char *columns;  // after scenario_id, in schema order
    const char *rows = "";  // which of the scenario's rows, when not all
};

// Every table keyed by scenario_id, with its columns in schema order.
constexpr TableColumns kInputTables[] = {
    {"lever_settings", "lever_id, year, value"},
    {"lever_uncertainty", "lever_id, kind, spread"},
    {"baseline_uncertainty", "indicator_id, kind, spread"},
    {"observed_values", "indicator_id, year, value, source"},
    {"projection_choices", "indicator_id, method, parameters"},
    {"baseline_overrides", "indicator_id, year, value, source"},
    {"target_overrides", "target_id, year, value, tolerance"},
    // The province's records as before the cities had their own; a city's
    // record has the city as a fifth column.
    {"task_progress", "task_id, status, progress, evidence", " AND city = ''"},
    {"task_progress", "task_id, status, progress, evidence, city", " AND city <> ''"},
    {"city_shares", "target_id, city, share"},
    {"city_observations", "indicator_id, city, year, value, source"},
};

QString canonicalValue(const QVariant &value)
{
    if (value.isNull())
        return QStringLiteral("null");
    switch (value.typeId()) {
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::ULongLong:
        return QString::number(value.toLongLong());
    case QMetaType::Double:
        return QString::number(value.toDouble(), 'g', QLocale::FloatingPointShortest);
    default:
        break;
    }
    QString text = value.toString();
    text.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    text.replace(QLatin1Char('\t'), QLatin1String("\\t"));
    text.replace(QLatin1Char('\n'), QLatin1String("\\n"));
    return text;
}

} // namespace

Result<StoredOverrides> loadOverrides(const Store &store, qint64 scenarioId)
{
    const QString what = Tr::tr("Reading the scenario's settings failed");
    StoredOverrides overrides;
    QSqlQuery q(store.database());
    q.prepare(QStringLiteral("SELECT indicator_id, year, value, source FROM baseline_overrides"
                             " WHERE scenario_id = :s ORDER BY indicator_id"));
    q.bindValue(QStringLiteral(":s"), scenarioId);
    if (!q.exec())
        return Store::sqlError(what, q.lastError());
    while (q.next())
        overrides.baselines.append({q.value(0).toString(), q.value(1).toInt(), q.value(2).toDouble(),
                                    q.value(3).toString()});
    q.prepare(QStringLiteral("SELECT target_id, year, value, tolerance FROM target_overrides"
                             " WHERE scenario_id = :s ORDER BY target_id"));
    q.bindValue(QStringLiteral(":s"), scenarioId);
    if (!q.exec())
        return Store::sqlError(what, q.lastError());
    while (q.next()) {
        TargetOverrideRow row{q.value(0).toString(), q.value(1).toInt(), std::nullopt, std::nullopt};
        if (!q.value(2).isNull())
            row.value = q.value(2).toDouble();
        if (!q.value(3).isNull())
            row.tolerance = q.value(3).toDouble();
        overrides.targets.append(row);
    }
    return overrides;
}

Result<QByteArray> canonicalInputs(const Store &store, qint64 scenarioId)
{
    const QString what = Tr::tr("Reading the scenario's settings failed");
    QList<QByteArray> lines;
    QSqlQuery q(store.database());
    for (const TableColumns &table : kInputTables) {
        q.prepare(QStringLiteral("SELECT %1 FROM %2 WHERE scenario_id = :s%3")
                      .arg(QLatin1String(table.columns), QLatin1String(table.table), QLatin1String(table.rows)));
        q.bindValue(QStringLiteral(":s"), scenarioId);
        if (!q.exec())
            return Store::sqlError(what, q.lastError());
        const int columns = q.record().count();
        while (q.next()) {
            QString line = QLatin1String(table.table);
            for (int c = 0; c < columns; ++c)
                line += QLatin1Char('\t') + canonicalValue(q.value(c));
            lines.append(line.toUtf8());
        }
    }
    std::sort(lines.begin(), lines.end());
    QByteArray canonical("jilin-planner scenario inputs 1\n");
    for (const QByteArray &line : std::as_const(lines))
        canonical += line + '\n';
    return canonical;
}

Result<QString> inputsFingerprint(const Store &store, qint64 scenarioId)
{
    const Result<QByteArray> canonical = canonicalInputs(store, scenarioId);
    if (!canonical.ok())
        return canonical.error();
    const QByteArray digest = QCryptographicHash::hash(canonical.value(), QCryptographicHash::Sha256).toHex();
    return QString::fromLatin1(digest.left(16));
}

} // namespace Planner::Storage
