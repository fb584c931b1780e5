// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exchange/tablerows.h"
#include "storage/scenarioinputs.h"

#include <QList>
#include <QString>

#include <optional>

namespace Planner::Engine { class Catalog; }
namespace Planner::Storage { class Store; }

namespace Planner::Exchange {

// Observed yearly values from a table (CSV or the first sheet of an XLSX
// workbook) into a scenario. The first row is the header, in Chinese or
// English: indicator (id or name: 指标 / 指标代码 / indicator / id),
// year (年份 / year), value (数值 / 值 / value), and optionally source
// (来源 / source), unit (单位 / unit) and city (城市 / 市州 / city). Observed
// years run from 1949 to 2035. A row with a city is that city's monitoring
// value (one of the nine prefecture-level cities or 长白山管委会, 梅河口市,
// 公主岭市, by its Chinese or English name), kept apart from the province's;
// a row whose city cell is empty is the province's.

// One accepted row, compared with what the scenario stores.
struct ObservedChange
{
    enum class Kind { New, Changed, Unchanged };
    int row = 0;                 // the row's number in the file
    QString indicatorId;
    QString city;                // empty: the province's value
    int year = 0;
    double value = 0.0;
    QString source;              // empty: keeps the stored source
    Kind kind = Kind::New;
    std::optional<double> oldValue;
    QString oldSource;
};

// One refused row and why.
struct RejectedRow
{
    int row = 0;
    QStringList cells;
    QString reason;
};

struct ObservedPreview
{
    QString scenario;
    qint64 revision = 0;         // the scenario's revision the preview read
    QList<ObservedChange> changes;
    QList<RejectedRow> rejected;

    int count(ObservedChange::Kind kind) const;
    // Whether any new or changed row is the province's (not a city's).
    bool writesProvince() const;
};

// The new and changed city rows of a preview, as stored rows (a row without
// its own source keeps the stored one).
QList<Storage::StoredCityObservation> cityObservationsToWrite(const ObservedPreview &preview);


// Reads the rows (header recognised in zh or en) and compares them with the
// scenario's stored values. Nothing is written. Sets *error and returns
// nothing when the table as a whole is unusable (no header, unknown scenario).
std::optional<ObservedPreview> previewObservedImport(const Storage::Store &store, const Engine::Catalog &catalog,
                                                     const QString &scenario, const TableRows &rows, QString *error);

// Bytes of a CSV or XLSX file to rows (decided by the content).
std::optional<TableRows> readTable(const QByteArray &bytes, QString *error);

// Writes the new and changed values of a preview in one transaction, refused
// when the scenario changed since the preview. Returns the new revision.
std::optional<qint64> applyObservedImport(const Storage::Store &store, const ObservedPreview &preview, QString *error);

} // namespace Planner::Exchange
