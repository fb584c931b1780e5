// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "exchange/scenariofile.h"

#include "exchange/exchangetr.h"
#include "exchange/inputfile.h"

#include "storage/textrules.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <algorithm>
#include <tuple>
#include <cmath>

namespace Planner::Exchange {

namespace {

QJsonValue optionalNumber(const std::optional<double> &v)
{
    return v ? QJsonValue(*v) : QJsonValue(QJsonValue::Null);
}

QJsonObject uncertaintyMap(const QMap<QString, Storage::StoredUncertainty> &map)
{
    QJsonObject object;
    for (auto it = map.cbegin(); it != map.cend(); ++it)
        object.insert(it.key(), QJsonObject{{QStringLiteral("kind"), it.value().kind},
                                            {QStringLiteral("spread"), it.value().spread}});
    return object;
}

QJsonArray sortedArray(const QSet<QString> &set)
{
    QStringList list(set.cbegin(), set.cend());
    list.sort();
    return QJsonArray::fromStringList(list);
}

// Reads typed fields, remembering where it is for messages.
class Reader
{
public:
    explicit Reader(QString *error) : m_error(error) {}

    bool failed() const { return m_failed; }

    bool fail(const QString &path, const QString &what)
    {
        if (!m_failed)
            *m_error = Tr::tr("The scenario file is not valid: %1: %2").arg(path, what);
        m_failed = true;
        return false;
    }

    QJsonObject object(const QJsonObject &parent, const QString &key, const QString &path, bool required = false)
    {
        const QJsonValue v = parent.value(key);
        if (v.isUndefined() && !required)
            return {};
        if (!v.isObject())
            fail(path, Tr::tr("an object is expected"));
        return v.toObject();
    }

    QJsonObject asObject(const QJsonValue &v, const QString &path)
    {
        if (!v.isObject())
            fail(path, Tr::tr("an object is expected"));
        return v.toObject();
    }

    QJsonArray asArray(const QJsonValue &v, const QString &path)
    {
        if (!v.isArray())
            fail(path, Tr::tr("a list is expected"));
        return v.toArray();
    }

    QString text(const QJsonObject &o, const QString &key, const QString &path, bool required)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined() && !required)
            return QStringLiteral("");
        if (!v.isString())
            fail(path + u'.' + key, Tr::tr("text is expected"));
        return v.toString();
    }

    double number(const QJsonValue &v, const QString &path)
    {
        if (!v.isDouble() || !std::isfinite(v.toDouble()))
            fail(path, Tr::tr("a number is expected"));
        return v.toDouble();
    }

    std::optional<double> optionalNumberOf(const QJsonObject &o, const QString &key, const QString &path)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined() || v.isNull())
            return std::nullopt;
        return number(v, path + u'.' + key);
    }

    int year(const QJsonValue &v, const QString &path)
    {
        const double d = v.toDouble(-1);
        if (!v.isDouble() || d != std::floor(d) || d < 1900 || d > 2100) {
            fail(path, Tr::tr("a year from 1900 to 2100 is expected"));
            return 0;
        }
        return int(d);
    }

    int yearKey(const QString &key, const QString &path)
    {
        bool ok = false;
        const int y = key.toInt(&ok);
        if (!ok || y < 1900 || y > 2100 || QString::number(y) != key) {
            fail(path, Tr::tr("\"%1\" is not a year from 1900 to 2100").arg(key));
            return 0;
        }
        return y;
    }

    QSet<QString> idList(const QJsonObject &catalog, const QString &key)
    {
        QSet<QString> ids;
        const QJsonValue v = catalog.value(key);
        if (v.isUndefined())
            return ids;
        const QJsonArray array = asArray(v, QStringLiteral("catalog.") + key);
        for (const QJsonValue &id : array) {
            if (!id.isString())
                fail(QStringLiteral("catalog.") + key, Tr::tr("a list of ids is expected"));
            ids.insert(id.toString());
        }
        return ids;
    }

private:
    QString *m_error;
    bool m_failed = false;
};

Storage::StoredUncertainty readUncertainty(Reader &r, const QString &id, const QJsonValue &v, const QString &path)
{
    const QJsonObject o = r.asObject(v, path);
    return {id, r.text(o, QStringLiteral("kind"), path, true), r.number(o.value(QStringLiteral("spread")), path + QStringLiteral(".spread"))};
}

} // namespace

CatalogIds referencedIds(const Storage::ScenarioContents &c)
{
    CatalogIds ids;
    for (auto it = c.inputs.levers.cbegin(); it != c.inputs.levers.cend(); ++it)
        ids.levers.insert(it.key());
    for (auto it = c.inputs.leverUncertainty.cbegin(); it != c.inputs.leverUncertainty.cend(); ++it)
        ids.levers.insert(it.key());
    for (auto it = c.inputs.leverBases.cbegin(); it != c.inputs.leverBases.cend(); ++it)
        ids.levers.insert(it.key());
    for (auto it = c.inputs.baselineUncertainty.cbegin(); it != c.inputs.baselineUncertainty.cend(); ++it)
        ids.indicators.insert(it.key());
    for (auto it = c.inputs.observed.cbegin(); it != c.inputs.observed.cend(); ++it)
        ids.indicators.insert(it.key());
    for (auto it = c.inputs.projections.cbegin(); it != c.inputs.projections.cend(); ++it)
        ids.indicators.insert(it.key());
    for (auto it = c.baselineOverrides.cbegin(); it != c.baselineOverrides.cend(); ++it)
        ids.indicators.insert(it.key());
    for (auto it = c.targetOverrides.cbegin(); it != c.targetOverrides.cend(); ++it)
        ids.targets.insert(it.key());
    for (auto it = c.taskProgress.cbegin(); it != c.taskProgress.cend(); ++it)
        ids.tasks.insert(it.key());
    for (const QMap<QString, Storage::StoredTaskProgress> &city : c.cityTaskProgress) {
        for (auto it = city.cbegin(); it != city.cend(); ++it)
            ids.tasks.insert(it.key());
    }
    for (auto it = c.cityShares.cbegin(); it != c.cityShares.cend(); ++it)
        ids.targets.insert(it.key());
    for (const Storage::StoredCityObservation &o : c.cityObserved)
        ids.indicators.insert(o.indicatorId);
    return ids;
}

QStringList unknownIds(const CatalogIds &used, const CatalogIds &known)
{
    QStringList unknown;
    const auto check = [&](const QSet<QString> &ids, const QSet<QString> &knownIds, const QString &kind) {
        QStringList missing;
        for (const QString &id : ids) {
            if (!knownIds.contains(id))
                missing.append(kind + u' ' + id);
        }
        missing.sort();
        unknown += missing;
    };
    check(used.indicators, known.indicators, QStringLiteral("indicator"));
    check(used.levers, known.levers, QStringLiteral("lever"));
    check(used.targets, known.targets, QStringLiteral("target"));
    check(used.tasks, known.tasks, QStringLiteral("task"));
    return unknown;
}

QByteArray writeScenarioFile(const ScenarioFile &file)
{
    const Storage::ScenarioContents &c = file.contents;
    const CatalogIds ids = referencedIds(c);

    QJsonObject levers;
    for (auto it = c.inputs.levers.cbegin(); it != c.inputs.levers.cend(); ++it) {
        QJsonObject years;
        for (auto y = it.value().cbegin(); y != it.value().cend(); ++y)
            years.insert(QString::number(y.key()), y.value());
        levers.insert(it.key(), years);
    }
    QJsonObject observed;
    for (auto it = c.inputs.observed.cbegin(); it != c.inputs.observed.cend(); ++it) {
        QList<Storage::StoredObservation> sorted = it.value();
        std::sort(sorted.begin(), sorted.end(), [](const auto &a, const auto &b) { return a.year < b.year; });
        QJsonArray values;
        for (const Storage::StoredObservation &o : std::as_const(sorted))
            values.append(QJsonObject{{QStringLiteral("year"), o.year}, {QStringLiteral("value"), o.value},
                                      {QStringLiteral("source"), o.source}});
        observed.insert(it.key(), values);
    }
    QJsonObject projections;
    for (auto it = c.inputs.projections.cbegin(); it != c.inputs.projections.cend(); ++it)
        projections.insert(it.key(), QJsonObject{{QStringLiteral("method"), it.value().method},
                                                 {QStringLiteral("parameters"), it.value().parameters}});
    QJsonObject baselines;
    for (auto it = c.baselineOverrides.cbegin(); it != c.baselineOverrides.cend(); ++it)
        baselines.insert(it.key(), QJsonObject{{QStringLiteral("year"), it.value().year},
                                               {QStringLiteral("value"), it.value().value},
                                               {QStringLiteral("source"), it.value().source}});
    QJsonObject targets;
    for (auto it = c.targetOverrides.cbegin(); it != c.targetOverrides.cend(); ++it)
        targets.insert(it.key(), QJsonObject{{QStringLiteral("year"), it.value().year},
                                             {QStringLiteral("value"), optionalNumber(it.value().value)},
                                             {QStringLiteral("tolerance"), optionalNumber(it.value().tolerance)}});
    // A task with the province's record alone is that record (as files
    // before the cities' records were); a task with cities' records is a
    // list: the province's first (no "city"), then each city's by name.
    const auto taskRecord = [](const Storage::StoredTaskProgress &p) {
        QJsonObject o{{QStringLiteral("status"), p.status}, {QStringLiteral("progress"), p.progress},
                      {QStringLiteral("evidence"), p.evidence}};
        if (!p.city.isEmpty())
            o.insert(QStringLiteral("city"), p.city);
        return o;
    };
    QJsonObject tasks;
    for (auto it = c.taskProgress.cbegin(); it != c.taskProgress.cend(); ++it)
        tasks.insert(it.key(), taskRecord(it.value()));
    for (auto city = c.cityTaskProgress.cbegin(); city != c.cityTaskProgress.cend(); ++city) {
        for (auto it = city.value().cbegin(); it != city.value().cend(); ++it) {
            QJsonArray records;
            const QJsonValue held = tasks.value(it.key());
            if (held.isObject())
                records.append(held);
            else if (held.isArray())
                records = held.toArray();
            Storage::StoredTaskProgress p = it.value();
            p.city = city.key();
            records.append(taskRecord(p));
            tasks.insert(it.key(), records);
        }
    }
    QJsonObject cities;
    for (auto it = c.cityShares.cbegin(); it != c.cityShares.cend(); ++it) {
        QJsonArray shares;
        for (const Storage::StoredCityShare &s : it.value())
            shares.append(QJsonObject{{QStringLiteral("city"), s.city}, {QStringLiteral("share"), s.share}});
        cities.insert(it.key(), shares);
    }

    // The cities' observed values by indicator, each list by city and year.
    QList<Storage::StoredCityObservation> cityRows = c.cityObserved;
    std::sort(cityRows.begin(), cityRows.end(), [](const auto &a, const auto &b) {
        return std::tie(a.indicatorId, a.city, a.year) < std::tie(b.indicatorId, b.city, b.year);
    });
    QJsonObject cityObserved;
    for (const Storage::StoredCityObservation &o : std::as_const(cityRows)) {
        QJsonArray values = cityObserved.value(o.indicatorId).toArray();
        values.append(QJsonObject{{QStringLiteral("city"), o.city}, {QStringLiteral("year"), o.year},
                                  {QStringLiteral("value"), o.value}, {QStringLiteral("source"), o.source}});
        cityObserved.insert(o.indicatorId, values);
    }

    QJsonObject bases;
    for (auto it = c.inputs.leverBases.cbegin(); it != c.inputs.leverBases.cend(); ++it)
        bases.insert(it.key(), QJsonObject{{QStringLiteral("zh"), it.value().zh}, {QStringLiteral("en"), it.value().en}});

    const QJsonObject root{
        {QStringLiteral("format"), QLatin1StringView(kScenarioFormat)},
        {QStringLiteral("leverBases"), bases},
        {QStringLiteral("schemaVersion"), kScenarioSchemaVersion},
        {QStringLiteral("name"), file.name},
        {QStringLiteral("author"), c.author},
        {QStringLiteral("notes"), c.notes},
        {QStringLiteral("catalog"), QJsonObject{{QStringLiteral("indicators"), sortedArray(ids.indicators)},
                                                {QStringLiteral("levers"), sortedArray(ids.levers)},
                                                {QStringLiteral("targets"), sortedArray(ids.targets)},
                                                {QStringLiteral("tasks"), sortedArray(ids.tasks)}}},
        {QStringLiteral("levers"), levers},
        {QStringLiteral("leverUncertainty"), uncertaintyMap(c.inputs.leverUncertainty)},
        {QStringLiteral("baselineUncertainty"), uncertaintyMap(c.inputs.baselineUncertainty)},
        {QStringLiteral("baselineOverrides"), baselines},
        {QStringLiteral("targetOverrides"), targets},
        {QStringLiteral("observed"), observed},
        {QStringLiteral("projections"), projections},
        {QStringLiteral("taskProgress"), tasks},
        {QStringLiteral("cityShares"), cities},
        {QStringLiteral("cityObserved"), cityObserved},
    };
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

namespace {

// The first key that appears twice in one object of valid JSON, with the
// byte where its second appearance starts. QJsonDocument keeps the last of
// duplicate keys without a word; a scenario file with one is refused, since
// which value was meant cannot be told.
std::optional<std::pair<QString, qsizetype>> duplicateKey(const QByteArray &json)
{
    struct Level
    {
        bool object = false;
        bool expectKey = false;
        QSet<QString> keys;
    };
    QList<Level> levels;
    for (qsizetype i = 0; i < json.size(); ++i) {
        const char c = json.at(i);
        if (c == '{' || c == '[') {
            levels.append({c == '{', c == '{', {}});
        } else if (c == '}' || c == ']') {
            if (!levels.isEmpty())
                levels.removeLast();
        } else if (c == ',' && !levels.isEmpty()) {
            levels.last().expectKey = levels.last().object;
        } else if (c == ':' && !levels.isEmpty()) {
            levels.last().expectKey = false;
        } else if (c == '"') {
            const qsizetype start = i;
            bool escaped = false;
            for (++i; i < json.size(); ++i) {
                if (json.at(i) == '\\') {
                    escaped = true;
                    ++i;
                } else if (json.at(i) == '"') {
                    break;
                }
            }
            if (levels.isEmpty() || !levels.last().expectKey)
                continue;
            const QByteArray raw = json.mid(start, i - start + 1);
            QString key;
            if (!escaped) {
                key = QString::fromUtf8(raw.mid(1, raw.size() - 2));
            } else {
                // Escapes (\u00e9, \") are read by the JSON parser itself.
                key = QJsonDocument::fromJson('[' + raw + ']').array().at(0).toString();
            }
            if (levels.last().keys.contains(key))
                return std::make_pair(key, start);
            levels.last().keys.insert(key);
        }
    }
    return std::nullopt;
}

} // namespace

std::optional<ScenarioFile> readScenarioFile(const QByteArray &bytes, QString *error)
{
    // Text first: a file saved in GBK is refused as such, not as bad JSON.
    if (!decodeText(bytes, error))
        return std::nullopt;
    const QByteArray json = bytes.startsWith("\xEF\xBB\xBF") ? bytes.mid(3) : bytes;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = parseError.error == QJsonParseError::DeepNesting
                     ? Tr::tr("The file's JSON is nested too deeply to be a scenario file.")
                     : Tr::tr("The file is not valid JSON (at byte %1: %2); it may be truncated or damaged.")
                           .arg(parseError.offset).arg(parseError.errorString());
        return std::nullopt;
    }
    if (!document.isObject()) {
        *error = Tr::tr("The file is JSON but not a jilin-planner scenario file.");
        return std::nullopt;
    }
    // A byte-order mark belongs only at the very start of a file (skipped
    // above). One inside a key or a value is invisible and would not survive
    // a round trip (decoding a string drops a leading one), so the file is
    // refused rather than read as something else (found by the fuzzer).
    if (json.contains("\xEF\xBB\xBF") || json.toLower().contains("\\ufeff")) {
        *error = Tr::tr("The file has a byte-order mark (an invisible U+FEFF character) inside its text, where no "
                        "name or note can carry one; it may have been pasted together from several files. Nothing "
                        "was imported.");
        return std::nullopt;
    }
    if (const auto duplicate = duplicateKey(json)) {
        *error = Tr::tr("The key \"%1\" appears twice in one object (the second time at byte %2): which value is "
                        "meant cannot be told, so nothing was imported.")
                     .arg(Storage::quotedExcerpt(duplicate->first)).arg(duplicate->second);
        return std::nullopt;
    }
    const QJsonObject root = document.object();
    if (root.value(QStringLiteral("format")).toString() != QLatin1StringView(kScenarioFormat)) {
        *error = Tr::tr("The file is JSON but not a jilin-planner scenario file (its \"format\" is not \"%1\").")
                     .arg(QLatin1StringView(kScenarioFormat));
        return std::nullopt;
    }
    const QJsonValue version = root.value(QStringLiteral("schemaVersion"));
    if (!version.isDouble() || version.toDouble() != std::floor(version.toDouble()) || version.toDouble() < 1) {
        *error = Tr::tr("The scenario file has no valid \"schemaVersion\".");
        return std::nullopt;
    }
    if (version.toDouble() > kScenarioSchemaVersion) {
        *error = Tr::tr("The scenario file was written by a newer version of jilin-planner (schema version %1; "
                        "this version reads up to %2). Update the application to read it.")
                     .arg(version.toDouble()).arg(kScenarioSchemaVersion);
        return std::nullopt;
    }

    Reader r(error);
    ScenarioFile file;
    Storage::ScenarioContents &c = file.contents;
    file.name = r.text(root, QStringLiteral("name"), QStringLiteral("name"), true);
    c.author = r.text(root, QStringLiteral("author"), QStringLiteral("author"), false);
    c.notes = r.text(root, QStringLiteral("notes"), QStringLiteral("notes"), false);

    const QJsonObject catalog = r.object(root, QStringLiteral("catalog"), QStringLiteral("catalog"));
    CatalogIds declared{r.idList(catalog, QStringLiteral("indicators")), r.idList(catalog, QStringLiteral("levers")),
                        r.idList(catalog, QStringLiteral("targets")), r.idList(catalog, QStringLiteral("tasks"))};

    const QJsonObject levers = r.object(root, QStringLiteral("levers"), QStringLiteral("levers"));
    for (auto it = levers.constBegin(); it != levers.constEnd() && !r.failed(); ++it) {
        const QString path = QStringLiteral("levers.") + it.key();
        const QJsonObject years = r.asObject(it.value(), path);
        QMap<int, double> &values = c.inputs.levers[it.key()];
        for (auto y = years.constBegin(); y != years.constEnd() && !r.failed(); ++y)
            values.insert(r.yearKey(y.key(), path), r.number(y.value(), path + u'.' + y.key()));
    }
    for (const auto &[key, map] : {std::pair{QStringLiteral("leverUncertainty"), &c.inputs.leverUncertainty},
                                   std::pair{QStringLiteral("baselineUncertainty"), &c.inputs.baselineUncertainty}}) {
        const QJsonObject object = r.object(root, key, key);
        for (auto it = object.constBegin(); it != object.constEnd() && !r.failed(); ++it)
            map->insert(it.key(), readUncertainty(r, it.key(), it.value(), key + u'.' + it.key()));
    }
    const QJsonObject baselines = r.object(root, QStringLiteral("baselineOverrides"), QStringLiteral("baselineOverrides"));
    for (auto it = baselines.constBegin(); it != baselines.constEnd() && !r.failed(); ++it) {
        const QString path = QStringLiteral("baselineOverrides.") + it.key();
        const QJsonObject o = r.asObject(it.value(), path);
        c.baselineOverrides.insert(it.key(), {r.year(o.value(QStringLiteral("year")), path + QStringLiteral(".year")),
                                              r.number(o.value(QStringLiteral("value")), path + QStringLiteral(".value")),
                                              r.text(o, QStringLiteral("source"), path, false)});
    }
    const QJsonObject targets = r.object(root, QStringLiteral("targetOverrides"), QStringLiteral("targetOverrides"));
    for (auto it = targets.constBegin(); it != targets.constEnd() && !r.failed(); ++it) {
        const QString path = QStringLiteral("targetOverrides.") + it.key();
        const QJsonObject o = r.asObject(it.value(), path);
        c.targetOverrides.insert(it.key(), {r.year(o.value(QStringLiteral("year")), path + QStringLiteral(".year")),
                                            r.optionalNumberOf(o, QStringLiteral("value"), path),
                                            r.optionalNumberOf(o, QStringLiteral("tolerance"), path)});
    }
    const QJsonObject observed = r.object(root, QStringLiteral("observed"), QStringLiteral("observed"));
    for (auto it = observed.constBegin(); it != observed.constEnd() && !r.failed(); ++it) {
        const QString path = QStringLiteral("observed.") + it.key();
        const QJsonArray values = r.asArray(it.value(), path);
        QList<Storage::StoredObservation> &list = c.inputs.observed[it.key()];
        QSet<int> years;
        for (qsizetype i = 0; i < values.size() && !r.failed(); ++i) {
            const QString itemPath = path + u'[' + QString::number(i) + u']';
            const QJsonObject o = r.asObject(values.at(i), itemPath);
            const int year = r.year(o.value(QStringLiteral("year")), itemPath + QStringLiteral(".year"));
            if (years.contains(year))
                r.fail(itemPath, Tr::tr("year %1 appears twice").arg(year));
            years.insert(year);
            list.append({year, r.number(o.value(QStringLiteral("value")), itemPath + QStringLiteral(".value")),
                         r.text(o, QStringLiteral("source"), itemPath, false)});
        }
    }
    const QJsonObject projections = r.object(root, QStringLiteral("projections"), QStringLiteral("projections"));
    for (auto it = projections.constBegin(); it != projections.constEnd() && !r.failed(); ++it) {
        const QString path = QStringLiteral("projections.") + it.key();
        const QJsonObject o = r.asObject(it.value(), path);
        c.inputs.projections.insert(it.key(), {r.text(o, QStringLiteral("method"), path, true),
                                               r.object(o, QStringLiteral("parameters"), path + QStringLiteral(".parameters"))});
    }
    const QJsonObject tasks = r.object(root, QStringLiteral("taskProgress"), QStringLiteral("taskProgress"));
    // A task's record, or a list of records: one without "city" is the
    // province's, one with "city" that city's.
    for (auto it = tasks.constBegin(); it != tasks.constEnd() && !r.failed(); ++it) {
        const QString path = QStringLiteral("taskProgress.") + it.key();
        const bool list = it.value().isArray();
        const QJsonArray records = list ? it.value().toArray() : QJsonArray{it.value()};
        QSet<QString> seen;
        for (qsizetype i = 0; i < records.size() && !r.failed(); ++i) {
            const QString itemPath = list ? path + u'[' + QString::number(i) + u']' : path;
            const QJsonObject o = r.asObject(records.at(i), itemPath);
            const QString city = r.text(o, QStringLiteral("city"), itemPath, false);
            if (seen.contains(city))
                r.fail(itemPath, city.isEmpty() ? Tr::tr("the province's record appears twice")
                                                : Tr::tr("city \"%1\" appears twice").arg(city));
            seen.insert(city);
            const Storage::StoredTaskProgress p{it.key(), r.text(o, QStringLiteral("status"), itemPath, true),
                                                r.number(o.value(QStringLiteral("progress")), itemPath + QStringLiteral(".progress")),
                                                r.text(o, QStringLiteral("evidence"), itemPath, false), city};
            if (city.isEmpty())
                c.taskProgress.insert(it.key(), p);
            else
                c.cityTaskProgress[city].insert(it.key(), p);
        }
    }
    // The document each lever's setting follows (optional: files of earlier
    // versions have none).
    const QJsonObject bases = r.object(root, QStringLiteral("leverBases"), QStringLiteral("leverBases"));
    for (auto it = bases.constBegin(); it != bases.constEnd() && !r.failed(); ++it) {
        const QString path = QStringLiteral("leverBases.") + it.key();
        const QJsonObject o = r.asObject(it.value(), path);
        c.inputs.leverBases.insert(it.key(), {r.text(o, QStringLiteral("zh"), path, true),
                                              r.text(o, QStringLiteral("en"), path, true)});
    }
    const QJsonObject cities = r.object(root, QStringLiteral("cityShares"), QStringLiteral("cityShares"));
    for (auto it = cities.constBegin(); it != cities.constEnd() && !r.failed(); ++it) {
        const QString path = QStringLiteral("cityShares.") + it.key();
        const QJsonArray shares = r.asArray(it.value(), path);
        QList<Storage::StoredCityShare> &list = c.cityShares[it.key()];
        QSet<QString> seen;
        for (qsizetype i = 0; i < shares.size() && !r.failed(); ++i) {
            const QString itemPath = path + u'[' + QString::number(i) + u']';
            const QJsonObject o = r.asObject(shares.at(i), itemPath);
            const QString city = r.text(o, QStringLiteral("city"), itemPath, true);
            if (seen.contains(city))
                r.fail(itemPath, Tr::tr("city \"%1\" appears twice").arg(city));
            seen.insert(city);
            list.append({city, r.number(o.value(QStringLiteral("share")), itemPath + QStringLiteral(".share"))});
        }
    }
    // The cities' observed values (optional: files of earlier versions have none).
    const QJsonObject cityObserved = r.object(root, QStringLiteral("cityObserved"), QStringLiteral("cityObserved"));
    for (auto it = cityObserved.constBegin(); it != cityObserved.constEnd() && !r.failed(); ++it) {
        const QString path = QStringLiteral("cityObserved.") + it.key();
        const QJsonArray values = r.asArray(it.value(), path);
        QSet<QString> seen;
        for (qsizetype i = 0; i < values.size() && !r.failed(); ++i) {
            const QString itemPath = path + u'[' + QString::number(i) + u']';
            const QJsonObject o = r.asObject(values.at(i), itemPath);
            const QString city = r.text(o, QStringLiteral("city"), itemPath, true);
            const int year = r.year(o.value(QStringLiteral("year")), itemPath + QStringLiteral(".year"));
            const QString key = city + u'/' + QString::number(year);
            if (seen.contains(key))
                r.fail(itemPath, Tr::tr("city \"%1\" in %2 appears twice").arg(city).arg(year));
            seen.insert(key);
            c.cityObserved.append({city, it.key(), year,
                                   r.number(o.value(QStringLiteral("value")), itemPath + QStringLiteral(".value")),
                                   r.text(o, QStringLiteral("source"), itemPath, false)});
        }
    }
    if (r.failed())
        return std::nullopt;

    // Every id the contents use must be declared in "catalog" too.
    const QStringList undeclared = unknownIds(referencedIds(c), declared);
    if (!undeclared.isEmpty()) {
        *error = Tr::tr("The scenario file is not valid: its \"catalog\" list does not name %1.")
                     .arg(undeclared.join(QStringLiteral(", ")));
        return std::nullopt;
    }
    return file;
}

} // namespace Planner::Exchange
