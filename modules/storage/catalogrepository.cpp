// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/catalogrepository.h"

#include "storage/sqlvalues.h"
#include "storage/store.h"

#include <QCryptographicHash>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace Planner::Storage {

namespace {

QVariant optionalYear(const std::optional<int> &v)
{
    return v ? QVariant(*v) : QVariant(QMetaType(QMetaType::Int));
}

// Everything synchronise() writes, in the order it writes it, as a digest:
// equal digests, equal rows. Numbers to the last bit (17 digits), texts with
// their lengths so that no two catalogs run together into the same bytes.
QByteArray catalogDigest(const Engine::Catalog &catalog)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    const auto text = [&](const QString &s) {
        const QByteArray bytes = s.toUtf8();
        hash.addData(QByteArray(QByteArray::number(bytes.size()) + ':'));
        hash.addData(bytes);
    };
    const auto number = [&](double v) { text(QString::number(v, 'g', 17)); };
    const auto optional = [&](const std::optional<double> &v) { text(v ? QString::number(*v, 'g', 17) : QStringLiteral("null")); };
    text(QStringLiteral("catalog rows 1"));  // the columns below: change with them
    for (const Engine::Chapter &c : catalog.chapters()) {
        text(c.id);
        number(c.order);
        for (const QString &s : {c.numeral, c.nameZh, c.nameEn, c.titleZh, c.titleEn})
            text(s);
    }
    for (const Engine::Indicator &ind : catalog.indicators()) {
        for (const QString &s : {ind.id, ind.chapterId, ind.nameZh, ind.nameEn, ind.unitZh, ind.unitEn,
                                 Engine::directionToString(ind.direction), ind.baseline.source, ind.baseline.note,
                                 ind.proxyFor.join(u',')})
            text(s);
        number(ind.decimals);
        number(ind.baseline.year);
        optional(ind.baseline.value);
        number(ind.baseline.assumption ? 1 : 0);
        number(double(ind.observed.size()));
        for (const Engine::YearValue &yv : ind.observed) {
            number(yv.year);
            number(yv.value);
            text(yv.source);
        }
        number(double(ind.targets.size()));
        for (const Engine::Target &t : ind.targets) {
            for (const QString &s : {t.id, Engine::targetKindToString(t.kind), t.textZh, t.textEn,
                                     Engine::targetSourceToString(t.source), t.note})
                text(s);
            number(t.year);
            optional(t.windowStart ? std::optional<double>(*t.windowStart) : std::nullopt);
            optional(t.value);
            optional(t.tolerance);
            number(t.everyYear ? 1 : 0);
        }
    }
    return hash.result().toHex();
}

} // namespace

StoreError CatalogRepository::synchronise(const Engine::Catalog &catalog) const
{
    QSqlDatabase db = m_store.database();
    const QString what = Tr::tr("Writing the plan's catalog failed");

    // Opening a database the catalog was written to before (every start
    // but the first after an update) reads one row and writes nothing, so
    // the transaction that opens the store commits without touching the file.
    const QString digest = QString::fromLatin1(catalogDigest(catalog));
    const QString digestKey = QStringLiteral("catalog_digest");
    {
        QSqlQuery stored(db);
        stored.prepare(QStringLiteral("SELECT value FROM meta WHERE key = :key"));
        stored.bindValue(QStringLiteral(":key"), digestKey);
        if (!stored.exec())
            return Store::sqlError(what, stored.lastError());
        if (stored.next() && stored.value(0).toString() == digest)
            return {};
    }

    QSqlQuery chapter(db);
    chapter.prepare(QStringLiteral(
        "INSERT INTO chapters (id, ord, numeral, name_zh, name_en, title_zh, title_en)"
        " VALUES (:id, :ord, :numeral, :name_zh, :name_en, :title_zh, :title_en)"
        " ON CONFLICT(id) DO UPDATE SET ord = excluded.ord, numeral = excluded.numeral,"
        " name_zh = excluded.name_zh, name_en = excluded.name_en,"
        " title_zh = excluded.title_zh, title_en = excluded.title_en"));
    for (const Engine::Chapter &c : catalog.chapters()) {
        chapter.bindValue(QStringLiteral(":id"), c.id);
        chapter.bindValue(QStringLiteral(":ord"), c.order);
        chapter.bindValue(QStringLiteral(":numeral"), sqlText(c.numeral));
        chapter.bindValue(QStringLiteral(":name_zh"), sqlText(c.nameZh));
        chapter.bindValue(QStringLiteral(":name_en"), sqlText(c.nameEn));
        chapter.bindValue(QStringLiteral(":title_zh"), sqlText(c.titleZh));
        chapter.bindValue(QStringLiteral(":title_en"), sqlText(c.titleEn));
        if (!chapter.exec())
            return Store::sqlError(what, chapter.lastError());
    }

    QSqlQuery indicator(db);
    indicator.prepare(QStringLiteral(
        "INSERT INTO indicators (id, chapter_id, ord, name_zh, name_en, unit_zh, unit_en, direction, decimals,"
        " baseline_year, baseline_value, baseline_source, baseline_assumption, baseline_note, proxy_for)"
        " VALUES (:id, :chapter_id, :ord, :name_zh, :name_en, :unit_zh, :unit_en, :direction, :decimals,"
        " :baseline_year, :baseline_value, :baseline_source, :baseline_assumption, :baseline_note, :proxy_for)"
        " ON CONFLICT(id) DO UPDATE SET chapter_id = excluded.chapter_id, ord = excluded.ord,"
        " name_zh = excluded.name_zh, name_en = excluded.name_en, unit_zh = excluded.unit_zh,"
        " unit_en = excluded.unit_en, direction = excluded.direction, decimals = excluded.decimals,"
        " baseline_year = excluded.baseline_year, baseline_value = excluded.baseline_value,"
        " baseline_source = excluded.baseline_source, baseline_assumption = excluded.baseline_assumption,"
        " baseline_note = excluded.baseline_note, proxy_for = excluded.proxy_for"));
    QSqlQuery clearObservations(db);
    clearObservations.prepare(QStringLiteral("DELETE FROM observations WHERE indicator_id = :id"));
    QSqlQuery observation(db);
    observation.prepare(QStringLiteral("INSERT INTO observations (indicator_id, year, value, source)"
                                       " VALUES (:id, :year, :value, :source)"));
    QSqlQuery target(db);
    target.prepare(QStringLiteral(
        "INSERT INTO targets (id, indicator_id, ord, year, window_start, value, kind, tolerance, every_year,"
        " text_zh, text_en, source, note)"
        " VALUES (:id, :indicator_id, :ord, :year, :window_start, :value, :kind, :tolerance, :every_year,"
        " :text_zh, :text_en, :source, :note)"
        " ON CONFLICT(id) DO UPDATE SET indicator_id = excluded.indicator_id, ord = excluded.ord,"
        " year = excluded.year, window_start = excluded.window_start, value = excluded.value,"
        " kind = excluded.kind, tolerance = excluded.tolerance, every_year = excluded.every_year,"
        " text_zh = excluded.text_zh, text_en = excluded.text_en, source = excluded.source, note = excluded.note"));

    int order = 0;
    int targetOrder = 0;
    for (const Engine::Indicator &ind : catalog.indicators()) {
        indicator.bindValue(QStringLiteral(":id"), ind.id);
        indicator.bindValue(QStringLiteral(":chapter_id"), ind.chapterId);
        indicator.bindValue(QStringLiteral(":ord"), order++);
        indicator.bindValue(QStringLiteral(":name_zh"), sqlText(ind.nameZh));
        indicator.bindValue(QStringLiteral(":name_en"), sqlText(ind.nameEn));
        indicator.bindValue(QStringLiteral(":unit_zh"), sqlText(ind.unitZh));
        indicator.bindValue(QStringLiteral(":unit_en"), sqlText(ind.unitEn));
        indicator.bindValue(QStringLiteral(":direction"), Engine::directionToString(ind.direction));
        indicator.bindValue(QStringLiteral(":decimals"), ind.decimals);
        indicator.bindValue(QStringLiteral(":baseline_year"), ind.baseline.year);
        indicator.bindValue(QStringLiteral(":baseline_value"), sqlNumber(ind.baseline.value));
        indicator.bindValue(QStringLiteral(":baseline_source"), sqlText(ind.baseline.source));
        indicator.bindValue(QStringLiteral(":baseline_assumption"), ind.baseline.assumption ? 1 : 0);
        indicator.bindValue(QStringLiteral(":baseline_note"), sqlText(ind.baseline.note));
        indicator.bindValue(QStringLiteral(":proxy_for"), sqlText(ind.proxyFor.join(u',')));
        if (!indicator.exec())
            return Store::sqlError(what, indicator.lastError());

        clearObservations.bindValue(QStringLiteral(":id"), ind.id);
        if (!clearObservations.exec())
            return Store::sqlError(what, clearObservations.lastError());
        for (const Engine::YearValue &yv : ind.observed) {
            observation.bindValue(QStringLiteral(":id"), ind.id);
            observation.bindValue(QStringLiteral(":year"), yv.year);
            observation.bindValue(QStringLiteral(":value"), yv.value);
            observation.bindValue(QStringLiteral(":source"), sqlText(yv.source));
            if (!observation.exec())
                return Store::sqlError(what, observation.lastError());
        }

        for (const Engine::Target &t : ind.targets) {
            target.bindValue(QStringLiteral(":id"), t.id);
            target.bindValue(QStringLiteral(":indicator_id"), ind.id);
            target.bindValue(QStringLiteral(":ord"), targetOrder++);
            target.bindValue(QStringLiteral(":year"), t.year);
            target.bindValue(QStringLiteral(":window_start"), optionalYear(t.windowStart));
            target.bindValue(QStringLiteral(":value"), sqlNumber(t.value));
            target.bindValue(QStringLiteral(":kind"), Engine::targetKindToString(t.kind));
            target.bindValue(QStringLiteral(":tolerance"), sqlNumber(t.tolerance));
            target.bindValue(QStringLiteral(":every_year"), t.everyYear ? 1 : 0);
            target.bindValue(QStringLiteral(":text_zh"), sqlText(t.textZh));
            target.bindValue(QStringLiteral(":text_en"), sqlText(t.textEn));
            target.bindValue(QStringLiteral(":source"), Engine::targetSourceToString(t.source));
            target.bindValue(QStringLiteral(":note"), sqlText(t.note));
            if (!target.exec())
                return Store::sqlError(what, target.lastError());
        }
    }
    QSqlQuery remember(db);
    remember.prepare(QStringLiteral("INSERT INTO meta (key, value) VALUES (:key, :value)"
                                    " ON CONFLICT(key) DO UPDATE SET value = excluded.value"));
    remember.bindValue(QStringLiteral(":key"), digestKey);
    remember.bindValue(QStringLiteral(":value"), digest);
    if (!remember.exec())
        return Store::sqlError(what, remember.lastError());
    return {};
}

Result<Engine::Catalog> CatalogRepository::load(qint64 scenarioId) const
{
    QSqlDatabase db = m_store.database();
    const QString what = Tr::tr("Reading the plan's catalog failed");

    QHash<QString, Engine::YearValue> baselineOverrides;
    QHash<QString, Engine::Target> targetOverrides;
    if (scenarioId > 0) {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("SELECT indicator_id, year, value, source FROM baseline_overrides"
                                 " WHERE scenario_id = :s"));
        q.bindValue(QStringLiteral(":s"), scenarioId);
        if (!q.exec())
            return Store::sqlError(what, q.lastError());
        while (q.next())
            baselineOverrides.insert(q.value(0).toString(),
                                     {q.value(1).toInt(), q.value(2).toDouble(), q.value(3).toString()});
        q.prepare(QStringLiteral("SELECT target_id, year, value, tolerance FROM target_overrides"
                                 " WHERE scenario_id = :s"));
        q.bindValue(QStringLiteral(":s"), scenarioId);
        if (!q.exec())
            return Store::sqlError(what, q.lastError());
        while (q.next()) {
            Engine::Target t;
            t.year = q.value(1).toInt();
            t.value = optionalDouble(q.value(2));
            t.tolerance = optionalDouble(q.value(3));
            targetOverrides.insert(q.value(0).toString(), t);
        }
    }

    QHash<QString, QList<Engine::YearValue>> observations;
    {
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("SELECT indicator_id, year, value, source FROM observations ORDER BY year")))
            return Store::sqlError(what, q.lastError());
        while (q.next())
            observations[q.value(0).toString()].append({q.value(1).toInt(), q.value(2).toDouble(), q.value(3).toString()});
    }

    QHash<QString, QList<Engine::Target>> targets;
    {
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("SELECT id, indicator_id, year, window_start, value, kind, tolerance, every_year,"
                                   " text_zh, text_en, source, note FROM targets ORDER BY ord")))
            return Store::sqlError(what, q.lastError());
        while (q.next()) {
            Engine::Target t;
            t.id = q.value(0).toString();
            t.indicatorId = q.value(1).toString();
            t.year = q.value(2).toInt();
            t.windowStart = q.value(3).isNull() ? std::nullopt : std::optional<int>(q.value(3).toInt());
            t.value = optionalDouble(q.value(4));
            t.kind = Engine::targetKindFromString(q.value(5).toString()).value_or(Engine::TargetKind::Milestone);
            t.tolerance = optionalDouble(q.value(6));
            t.everyYear = q.value(7).toInt() != 0;
            t.textZh = q.value(8).toString();
            t.textEn = q.value(9).toString();
            t.source = Engine::targetSourceFromString(q.value(10).toString()).value_or(Engine::TargetSource::Plan);
            t.note = q.value(11).toString();
            if (const auto it = targetOverrides.constFind(t.id); it != targetOverrides.cend()) {
                t.year = it->year;
                t.value = it->value;
                if (it->tolerance)
                    t.tolerance = it->tolerance;
            }
            targets[t.indicatorId].append(t);
        }
    }

    QHash<QString, QList<Engine::Indicator>> indicatorsByChapter;
    {
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral(
                "SELECT id, chapter_id, name_zh, name_en, unit_zh, unit_en, direction, decimals, baseline_year,"
                " baseline_value, baseline_source, baseline_assumption, baseline_note, proxy_for"
                " FROM indicators ORDER BY ord")))
            return Store::sqlError(what, q.lastError());
        while (q.next()) {
            Engine::Indicator ind;
            ind.id = q.value(0).toString();
            ind.chapterId = q.value(1).toString();
            ind.nameZh = q.value(2).toString();
            ind.nameEn = q.value(3).toString();
            ind.unitZh = q.value(4).toString();
            ind.unitEn = q.value(5).toString();
            ind.direction = Engine::directionFromString(q.value(6).toString()).value_or(Engine::Direction::None);
            ind.decimals = q.value(7).toInt();
            ind.baseline.year = q.value(8).toInt();
            ind.baseline.value = optionalDouble(q.value(9));
            ind.baseline.source = q.value(10).toString();
            ind.baseline.assumption = q.value(11).toInt() != 0;
            ind.baseline.note = q.value(12).toString();
            const QString proxies = q.value(13).toString();
            if (!proxies.isEmpty())
                ind.proxyFor = proxies.split(u',');
            if (const auto it = baselineOverrides.constFind(ind.id); it != baselineOverrides.cend()) {
                ind.baseline.year = it->year;
                ind.baseline.value = it->value;
                ind.baseline.source = it->source;
                ind.baseline.assumption = true;
                ind.baseline.note = Tr::tr("set by the planner in this scenario");
            }
            ind.observed = observations.value(ind.id);
            ind.targets = targets.value(ind.id);
            if (const Engine::Indicator *shipped = m_store.applicationCatalog().indicator(ind.id)) {
                ind.projectionMethod = shipped->projectionMethod;
                ind.projectionParameters = shipped->projectionParameters;
                // How targets are read comes with the application, like projections.
                ind.proxyThresholds = shipped->proxyThresholds;
                if (!baselineOverrides.contains(ind.id))
                    ind.baseline.derivedFromTarget = shipped->baseline.derivedFromTarget;
                // The Chinese text of notes and sources is the shipped
                // catalog's, for the rows whose English text is the shipped one
                // (the rows are brought in line with it on every writable open;
                // an override has its own words).
                if (ind.baseline.source == shipped->baseline.source)
                    ind.baseline.sourceZh = shipped->baseline.sourceZh;
                if (ind.baseline.note == shipped->baseline.note)
                    ind.baseline.noteZh = shipped->baseline.noteZh;
                for (Engine::Target &t : ind.targets) {
                    if (const Engine::Target *st = m_store.applicationCatalog().target(t.id)) {
                        t.oneSided = st->oneSided;
                        t.undated = st->undated;
                    }
                    for (const Engine::Target &s : shipped->targets) {
                        if (s.id == t.id && s.note == t.note)
                            t.noteZh = s.noteZh;
                    }
                }
            }
            indicatorsByChapter[ind.chapterId].append(ind);
        }
    }

    Engine::Catalog catalog;
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT id, ord, numeral, name_zh, name_en, title_zh, title_en FROM chapters"
                               " ORDER BY ord")))
        return Store::sqlError(what, q.lastError());
    while (q.next()) {
        Engine::Chapter c;
        c.id = q.value(0).toString();
        c.order = q.value(1).toInt();
        c.numeral = q.value(2).toString();
        c.nameZh = q.value(3).toString();
        c.nameEn = q.value(4).toString();
        c.titleZh = q.value(5).toString();
        c.titleEn = q.value(6).toString();
        QString problem;
        if (!catalog.addChapter(c, indicatorsByChapter.value(c.id), &problem))
            return StoreError{StoreError::Code::Damaged, what + QStringLiteral(": ") + problem};
    }
    catalog.setLeversAndCoefficients(m_store.applicationCatalog().levers(), m_store.applicationCatalog().coefficients());
    return catalog;
}

} // namespace Planner::Storage
