// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "exchange/observedimport.h"

#include "exchange/csvtable.h"
#include "exchange/exchangetr.h"
#include "exchange/inputfile.h"
#include "exchange/xlsxreader.h"

#include "implementation/core/citydecomposition.h"

#include "engine/catalog.h"
#include "storage/scenarioinputsrepository.h"
#include "storage/scenariorepository.h"
#include "storage/store.h"
#include "storage/textrules.h"

#include <QHash>
#include <QRegularExpression>

#include <cmath>

namespace Planner::Exchange {

namespace {

constexpr int kFirstObservedYear = 1949;
constexpr int kLastObservedYear = 2035;

enum class Column { Indicator, Year, Value, Source, Unit, City };

std::optional<Column> columnOf(const QString &header)
{
    const QString h = header.trimmed().toLower();
    static const QHash<QString, Column> names{
        {QStringLiteral("indicator"), Column::Indicator}, {QStringLiteral("indicator id"), Column::Indicator},
        {QStringLiteral("indicator_id"), Column::Indicator}, {QStringLiteral("id"), Column::Indicator},
        {QStringLiteral("指标"), Column::Indicator}, {QStringLiteral("指标名称"), Column::Indicator},
        {QStringLiteral("指标代码"), Column::Indicator}, {QStringLiteral("指标编号"), Column::Indicator},
        {QStringLiteral("year"), Column::Year}, {QStringLiteral("年份"), Column::Year}, {QStringLiteral("年度"), Column::Year},
        {QStringLiteral("年"), Column::Year},
        {QStringLiteral("value"), Column::Value}, {QStringLiteral("数值"), Column::Value}, {QStringLiteral("值"), Column::Value},
        {QStringLiteral("观测值"), Column::Value},
        {QStringLiteral("source"), Column::Source}, {QStringLiteral("来源"), Column::Source},
        {QStringLiteral("数据来源"), Column::Source},
        {QStringLiteral("unit"), Column::Unit}, {QStringLiteral("单位"), Column::Unit},
        {QStringLiteral("city"), Column::City}, {QStringLiteral("城市"), Column::City},
        {QStringLiteral("市州"), Column::City}, {QStringLiteral("市（州）"), Column::City},
        {QStringLiteral("地区"), Column::City},
    };
    const auto it = names.constFind(h);
    return it == names.cend() ? std::nullopt : std::optional<Column>(it.value());
}

// The one number format of the import: an optional sign, digits with a dot
// for decimals, an optional exponent ("1234.5", "-0.25", "1.5e3"). No
// thousands separators and no decimal comma: "1,5" could be 1.5 or 15 and
// "1.234,5" 1234.5 or 1.2345, so such a value is a rejected row, never a guess.
std::optional<double> parseValue(const QString &text)
{
    static const QRegularExpression number(QStringLiteral("^[-+]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][-+]?\\d+)?$"));
    const QString t = text.trimmed();
    if (!number.match(t).hasMatch())
        return std::nullopt;
    bool ok = false;
    const double v = t.toDouble(&ok);
    if (!ok || !std::isfinite(v))
        return std::nullopt;
    return v;
}

} // namespace

int ObservedPreview::count(ObservedChange::Kind kind) const
{
    int n = 0;
    for (const ObservedChange &c : changes)
        n += c.kind == kind ? 1 : 0;
    return n;
}

bool ObservedPreview::writesProvince() const
{
    for (const ObservedChange &c : changes) {
        if (c.city.isEmpty() && c.kind != ObservedChange::Kind::Unchanged)
            return true;
    }
    return false;
}

QList<Storage::StoredCityObservation> cityObservationsToWrite(const ObservedPreview &preview)
{
    QList<Storage::StoredCityObservation> rows;
    for (const ObservedChange &c : preview.changes) {
        if (c.city.isEmpty() || c.kind == ObservedChange::Kind::Unchanged)
            continue;
        rows.append({c.city, c.indicatorId, c.year, c.value, c.source.isEmpty() ? c.oldSource : c.source});
    }
    return rows;
}

std::optional<TableRows> readTable(const QByteArray &bytes, QString *error)
{
    return sniffInput(bytes) == InputKind::Xlsx ? readXlsx(bytes, error) : readCsv(bytes, error);
}

std::optional<ObservedPreview> previewObservedImport(const Storage::Store &store, const Engine::Catalog &catalog,
                                                     const QString &scenario, const TableRows &rows, QString *error)
{
    const Storage::Result<Storage::Scenario> found = Storage::ScenarioRepository(store).find(scenario);
    if (!found.ok()) {
        *error = found.error().message;
        return std::nullopt;
    }
    const Storage::Result<Storage::StoredInputs> stored = Storage::ScenarioInputsRepository(store).load(found.value().id);
    if (!stored.ok()) {
        *error = stored.error().message;
        return std::nullopt;
    }
    if (rows.isEmpty()) {
        *error = Tr::tr("The table is empty.");
        return std::nullopt;
    }

    // The header.
    QHash<Column, qsizetype> columns;
    const TableRow &header = rows.first();
    for (qsizetype i = 0; i < header.cells.size(); ++i) {
        const std::optional<Column> column = columnOf(header.cells.at(i));
        if (column && !columns.contains(*column))
            columns.insert(*column, i);
    }
    if (!columns.contains(Column::Indicator) || !columns.contains(Column::Year) || !columns.contains(Column::Value)) {
        *error = Tr::tr("Row %1 is not a header this import knows. It needs the columns indicator (or 指标), "
                        "year (or 年份) and value (or 数值), and may have source (来源), unit (单位) and city (城市).")
                     .arg(header.number);
        return std::nullopt;
    }

    // Indicators by id and by name in either language.
    QHash<QString, const Engine::Indicator *> indicators;
    for (const Engine::Indicator &ind : catalog.indicators()) {
        indicators.insert(ind.id, &ind);
        indicators.insert(ind.nameZh, &ind);
        indicators.insert(ind.nameEn.toLower(), &ind);
    }

    ObservedPreview preview;
    preview.scenario = found.value().name;
    preview.revision = found.value().revision;
    const Storage::Result<QList<Storage::StoredCityObservation>> storedCities =
        Storage::ScenarioInputsRepository(store).cityObservations(found.value().id);
    if (!storedCities.ok()) {
        *error = storedCities.error().message;
        return std::nullopt;
    }
    QHash<QString, int> seen;  // "indicator/year" or "indicator/city/year" -> first row
    const auto cell = [](const TableRow &row, qsizetype column) { return row.cells.value(column).trimmed(); };
    for (qsizetype r = 1; r < rows.size(); ++r) {
        const TableRow &row = rows.at(r);
        const auto reject = [&](const QString &reason) { preview.rejected.append({row.number, row.cells, reason}); };
        const QString indicatorText = cell(row, columns.value(Column::Indicator));
        const Engine::Indicator *ind = indicators.value(indicatorText, indicators.value(indicatorText.toLower()));
        if (!ind) {
            reject(Tr::tr("unknown indicator \"%1\"").arg(Storage::quotedExcerpt(indicatorText)));
            continue;
        }
        const QString yearText = cell(row, columns.value(Column::Year));
        bool yearOk = false;
        const int year = yearText.toInt(&yearOk);
        if (!yearOk || year < kFirstObservedYear || year > kLastObservedYear) {
            reject(Tr::tr("year \"%1\" is not a year from %2 to %3")
                       .arg(Storage::quotedExcerpt(yearText)).arg(kFirstObservedYear).arg(kLastObservedYear));
            continue;
        }
        const QString valueText = cell(row, columns.value(Column::Value));
        const std::optional<double> value = parseValue(valueText);
        if (!value) {
            reject(Tr::tr("value \"%1\" is not a number in the import's format (a dot for decimals, no thousands "
                          "separators: 1234.5)").arg(Storage::quotedExcerpt(valueText)));
            continue;
        }
        if (columns.contains(Column::Unit)) {
            const QString unit = cell(row, columns.value(Column::Unit));
            if (!unit.isEmpty() && unit != ind->unitZh && unit.compare(ind->unitEn, Qt::CaseInsensitive) != 0) {
                reject(Tr::tr("unit \"%1\" does not match the indicator's unit \"%2\"")
                           .arg(Storage::quotedExcerpt(unit), ind->unitZh));
                continue;
            }
        }
        QString city;
        if (columns.contains(Column::City)) {
            const QString cityText = cell(row, columns.value(Column::City));
            city = Implementation::cityFromName(cityText);  // by its Chinese or English name
            if (!cityText.isEmpty() && city.isEmpty()) {
                reject(Tr::tr("unknown city \"%1\" (the nine prefecture-level cities of Jilin, 长白山管委会, "
                              "梅河口市 or 公主岭市)").arg(Storage::quotedExcerpt(cityText)));
                continue;
            }
        }
        const QString key = city.isEmpty() ? QString(ind->id + u'/' + QString::number(year))
                                           : QString(ind->id + u'/' + city + u'/' + QString::number(year));
        if (seen.contains(key)) {
            if (city.isEmpty())
                reject(Tr::tr("duplicate of row %1 (%2, %3)").arg(seen.value(key)).arg(ind->id).arg(year));
            else
                reject(Tr::tr("duplicate of row %1 (%2, %3, %4)").arg(seen.value(key)).arg(ind->id, city).arg(year));
            continue;
        }
        seen.insert(key, row.number);

        ObservedChange change;
        change.row = row.number;
        change.indicatorId = ind->id;
        change.city = city;
        change.year = year;
        change.value = *value;
        change.source = columns.contains(Column::Source) ? cell(row, columns.value(Column::Source)) : QString();
        change.kind = ObservedChange::Kind::New;
        const auto compare = [&](double oldValue, const QString &oldSource) {
            change.oldValue = oldValue;
            change.oldSource = oldSource;
            const bool sameSource = change.source.isEmpty() || change.source == oldSource;
            change.kind = oldValue == *value && sameSource ? ObservedChange::Kind::Unchanged : ObservedChange::Kind::Changed;
        };
        if (city.isEmpty()) {
            for (const Storage::StoredObservation &o : stored.value().observed.value(ind->id)) {
                if (o.year == year)
                    compare(o.value, o.source);
            }
        } else {
            for (const Storage::StoredCityObservation &o : storedCities.value()) {
                if (o.city == city && o.indicatorId == ind->id && o.year == year)
                    compare(o.value, o.source);
            }
        }
        preview.changes.append(change);
    }
    return preview;
}

std::optional<qint64> applyObservedImport(const Storage::Store &store, const ObservedPreview &preview, QString *error)
{
    QMap<QString, QList<Storage::StoredObservation>> values;
    for (const ObservedChange &c : preview.changes) {
        if (c.kind == ObservedChange::Kind::Unchanged || !c.city.isEmpty())
            continue;
        values[c.indicatorId].append({c.year, c.value, c.source.isEmpty() ? c.oldSource : c.source});
    }
    const QList<Storage::StoredCityObservation> cityValues = cityObservationsToWrite(preview);
    if (values.isEmpty() && cityValues.isEmpty())
        return preview.revision;
    const auto saved = Storage::ScenarioInputsRepository(store).setObservedValues(preview.scenario, values, cityValues,
                                                                                  preview.revision);
    if (!saved.ok()) {
        *error = saved.error().message;
        return std::nullopt;
    }
    return saved.value().revision;
}

} // namespace Planner::Exchange
