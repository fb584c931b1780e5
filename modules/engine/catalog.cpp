// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/catalog.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QSet>

#include <algorithm>
#include <array>
#include <cmath>
#include <utility>

namespace Planner::Engine {

namespace {

constexpr std::array<std::pair<TargetKind, const char *>, 9> kKindNames{{
    {TargetKind::AtLeast, "at_least"},
    {TargetKind::About, "about"},
    {TargetKind::AtMost, "at_most"},
    {TargetKind::PeakBefore, "peak_before"},
    {TargetKind::PlateauWithin, "plateau_within"},
    {TargetKind::PhaseOut, "phase_out"},
    {TargetKind::FullCoverage, "full_coverage"},
    {TargetKind::Milestone, "milestone"},
    {TargetKind::Direction, "direction"},
}};

constexpr std::array<std::pair<Direction, const char *>, 3> kDirectionNames{{
    {Direction::Increase, "increase"},
    {Direction::Decrease, "decrease"},
    {Direction::None, "none"},
}};

constexpr std::array<std::pair<TargetSource, const char *>, 3> kSourceNames{{
    {TargetSource::Plan, "plan"},
    {TargetSource::Announcement, "announcement"},
    {TargetSource::Planner, "planner"},
}};

template<typename Enum, std::size_t N>
std::optional<Enum> lookup(const std::array<std::pair<Enum, const char *>, N> &names, const QString &text)
{
    for (const auto &[value, name] : names) {
        if (text == QLatin1StringView(name))
            return value;
    }
    return std::nullopt;
}

template<typename Enum, std::size_t N>
QString nameOf(const std::array<std::pair<Enum, const char *>, N> &names, Enum value)
{
    for (const auto &[candidate, name] : names) {
        if (candidate == value)
            return QString::fromLatin1(name);
    }
    return {};
}

// Reads one JSON object field by field, remembering the first problem with
// the path of the field, so a broken data file names what is wrong.
class FieldReader
{
public:
    FieldReader(const QJsonObject &object, QString path, QString *error)
        : m_object(object), m_path(std::move(path)), m_error(error) {}

    QString string(const char *key, bool required = true)
    {
        const QJsonValue v = m_object.value(QLatin1StringView(key));
        if (v.isString())
            return v.toString();
        if (required || !(v.isUndefined() || v.isNull()))
            fail(key, QStringLiteral("a text"));
        return {};
    }

    std::optional<double> number(const char *key, bool nullable)
    {
        const QJsonValue v = m_object.value(QLatin1StringView(key));
        if (v.isDouble() && std::isfinite(v.toDouble()))
            return v.toDouble();
        if (nullable && (v.isNull() || v.isUndefined()))
            return std::nullopt;
        fail(key, nullable ? QStringLiteral("a number or null") : QStringLiteral("a number"));
        return std::nullopt;
    }

    std::optional<int> integer(const char *key, bool nullable)
    {
        const std::optional<double> v = number(key, nullable);
        if (!v)
            return std::nullopt;
        if (*v != std::floor(*v) || *v < 1900 || *v > 2200) {
            fail(key, QStringLiteral("a year between 1900 and 2200"));
            return std::nullopt;
        }
        return static_cast<int>(*v);
    }

    bool boolean(const char *key)
    {
        const QJsonValue v = m_object.value(QLatin1StringView(key));
        if (v.isBool())
            return v.toBool();
        if (!v.isUndefined())
            fail(key, QStringLiteral("true or false"));
        return false;
    }

    QJsonArray array(const char *key)
    {
        const QJsonValue v = m_object.value(QLatin1StringView(key));
        if (v.isArray())
            return v.toArray();
        if (!v.isUndefined())
            fail(key, QStringLiteral("an array"));
        return {};
    }

    QJsonObject object(const char *key)
    {
        const QJsonValue v = m_object.value(QLatin1StringView(key));
        if (v.isObject())
            return v.toObject();
        fail(key, QStringLiteral("an object"));
        return {};
    }

    QString pathOf(const char *key) const { return m_path + u'.' + QLatin1StringView(key); }

    void fail(const char *key, const QString &expected)
    {
        failWith(QStringLiteral("%1 must be %2").arg(pathOf(key), expected));
    }

    void failWith(const QString &message)
    {
        if (m_error->isEmpty())
            *m_error = message;
    }

private:
    QJsonObject m_object;
    QString m_path;
    QString *m_error;
};

Target readTarget(const QJsonObject &json, const QString &path, const QString &indicatorId, QString *error)
{
    FieldReader r(json, path, error);
    Target t;
    t.id = r.string("id");
    t.indicatorId = indicatorId;
    t.year = r.integer("year", false).value_or(0);
    t.windowStart = r.integer("window_start", true);
    t.value = r.number("value", true);
    const QString kind = r.string("kind");
    if (const auto k = targetKindFromString(kind))
        t.kind = *k;
    else if (error->isEmpty())
        r.failWith(QStringLiteral("%1 has an unknown kind \"%2\"").arg(r.pathOf("kind"), kind));
    t.tolerance = r.number("tolerance", true);
    t.everyYear = r.boolean("every_year");
    t.textZh = r.string("text_zh");
    t.textEn = r.string("text_en");
    const QString source = r.string("source");
    if (const auto s = targetSourceFromString(source))
        t.source = *s;
    else if (error->isEmpty())
        r.failWith(QStringLiteral("%1 has an unknown source \"%2\"").arg(r.pathOf("source"), source));
    t.note = r.string("note", false);

    const bool needsValue = t.kind != TargetKind::Milestone && t.kind != TargetKind::PeakBefore
                            && t.kind != TargetKind::PlateauWithin && t.kind != TargetKind::Direction;
    if (needsValue && !t.value)
        r.failWith(QStringLiteral("%1 needs a value for kind %2").arg(r.pathOf("value"), kind));
    if (t.kind == TargetKind::About && (!t.tolerance || *t.tolerance <= 0))
        r.failWith(QStringLiteral("%1 needs a positive tolerance for kind about").arg(r.pathOf("tolerance")));
    if (t.kind == TargetKind::PlateauWithin && (!t.windowStart || *t.windowStart > t.year))
        r.failWith(QStringLiteral("%1 needs a window start no later than the year").arg(r.pathOf("window_start")));
    return t;
}

Indicator readIndicator(const QJsonObject &json, const QString &path, const QString &chapterId, QString *error)
{
    FieldReader r(json, path, error);
    Indicator ind;
    ind.id = r.string("id");
    ind.chapterId = chapterId;
    ind.nameZh = r.string("name_zh");
    ind.nameEn = r.string("name_en");
    ind.unitZh = r.string("unit");
    ind.unitEn = r.string("unit_en");
    const QString direction = r.string("direction");
    if (const auto d = directionFromString(direction))
        ind.direction = *d;
    else if (error->isEmpty())
        r.failWith(QStringLiteral("%1 has an unknown direction \"%2\"").arg(r.pathOf("direction"), direction));
    const QJsonValue decimals = json.value(QLatin1StringView("decimals"));
    ind.decimals = decimals.isDouble() ? std::clamp(decimals.toInt(), 0, 6) : 1;

    const QJsonObject baseline = r.object("baseline");
    FieldReader b(baseline, r.pathOf("baseline"), error);
    ind.baseline.year = b.integer("year", false).value_or(0);
    ind.baseline.value = b.number("value", true);
    ind.baseline.source = b.string("source", false);
    ind.baseline.assumption = b.boolean("assumption");
    ind.baseline.note = b.string("note", false);
    if (!ind.baseline.assumption && ind.baseline.source.isEmpty())
        b.failWith(QStringLiteral("%1 must name a source unless it is an assumption").arg(b.pathOf("source")));

    const QJsonArray observed = r.array("observed");
    for (qsizetype i = 0; i < observed.size(); ++i) {
        FieldReader o(observed.at(i).toObject(), QStringLiteral("%1[%2]").arg(r.pathOf("observed")).arg(i), error);
        YearValue yv;
        yv.year = o.integer("year", false).value_or(0);
        yv.value = o.number("value", false).value_or(0.0);
        yv.source = o.string("source", false);
        ind.observed.append(yv);
    }
    std::sort(ind.observed.begin(), ind.observed.end(),
              [](const YearValue &x, const YearValue &y) { return x.year < y.year; });

    for (const QJsonValue &v : r.array("proxy_for"))
        ind.proxyFor.append(v.toString());

    const QJsonArray targets = r.array("targets");
    for (qsizetype i = 0; i < targets.size(); ++i) {
        const QString tpath = QStringLiteral("%1[%2]").arg(r.pathOf("targets")).arg(i);
        ind.targets.append(readTarget(targets.at(i).toObject(), tpath, ind.id, error));
    }
    return ind;
}

} // namespace

std::optional<TargetKind> targetKindFromString(const QString &text) { return lookup(kKindNames, text); }
QString targetKindToString(TargetKind kind) { return nameOf(kKindNames, kind); }
std::optional<Direction> directionFromString(const QString &text) { return lookup(kDirectionNames, text); }
QString directionToString(Direction direction) { return nameOf(kDirectionNames, direction); }
std::optional<TargetSource> targetSourceFromString(const QString &text) { return lookup(kSourceNames, text); }
QString targetSourceToString(TargetSource source) { return nameOf(kSourceNames, source); }

const Chapter *Catalog::chapter(const QString &id) const
{
    const auto it = std::find_if(m_chapters.cbegin(), m_chapters.cend(),
                                 [&](const Chapter &c) { return c.id == id; });
    return it == m_chapters.cend() ? nullptr : &*it;
}

const Indicator *Catalog::indicator(const QString &id) const
{
    const auto it = std::find_if(m_indicators.cbegin(), m_indicators.cend(),
                                 [&](const Indicator &i) { return i.id == id; });
    return it == m_indicators.cend() ? nullptr : &*it;
}

const Target *Catalog::target(const QString &id) const
{
    for (const Indicator &ind : m_indicators) {
        for (const Target &t : ind.targets) {
            if (t.id == id)
                return &t;
        }
    }
    return nullptr;
}

QList<const Indicator *> Catalog::indicatorsOf(const QString &chapterId) const
{
    QList<const Indicator *> result;
    for (const Indicator &ind : m_indicators) {
        if (ind.chapterId == chapterId)
            result.append(&ind);
    }
    return result;
}

int Catalog::targetCount() const
{
    int n = 0;
    for (const Indicator &ind : m_indicators)
        n += int(ind.targets.size());
    return n;
}

bool Catalog::addChapterJson(const QByteArray &json, QString *error)
{
    QString problem;
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = QStringLiteral("catalog data is not valid JSON at offset %1: %2")
                     .arg(parseError.offset).arg(parseError.errorString());
        return false;
    }
    if (!doc.isObject()) {
        *error = QStringLiteral("catalog data must be a JSON object");
        return false;
    }
    FieldReader root(doc.object(), QStringLiteral("catalog"), &problem);
    if (root.number("format", false).value_or(0) != 1 && problem.isEmpty())
        root.failWith(QStringLiteral("catalog.format must be 1"));

    FieldReader c(root.object("chapter"), QStringLiteral("chapter"), &problem);
    Chapter chapter;
    chapter.id = c.string("id");
    chapter.order = int(c.number("order", false).value_or(0));
    chapter.numeral = c.string("numeral");
    chapter.nameZh = c.string("name_zh");
    chapter.nameEn = c.string("name_en");
    chapter.titleZh = c.string("title_zh");
    chapter.titleEn = c.string("title_en");

    QList<Indicator> indicators;
    const QJsonArray array = root.array("indicators");
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString path = QStringLiteral("%1.indicators[%2]").arg(chapter.id).arg(i);
        indicators.append(readIndicator(array.at(i).toObject(), path, chapter.id, &problem));
    }

    if (!problem.isEmpty()) {
        *error = problem;
        return false;
    }
    return addChapter(chapter, indicators, error);
}

bool Catalog::addChapter(const Chapter &chapter, const QList<Indicator> &indicators, QString *error)
{
    QString problem;
    if (this->chapter(chapter.id))
        problem = QStringLiteral("chapter %1 is loaded twice").arg(chapter.id);

    QSet<QString> indicatorIds;
    QSet<QString> targetIds;
    for (const Indicator &ind : std::as_const(m_indicators)) {
        indicatorIds.insert(ind.id);
        for (const Target &t : ind.targets)
            targetIds.insert(t.id);
    }
    for (const Indicator &ind : std::as_const(indicators)) {
        if (problem.isEmpty() && indicatorIds.contains(ind.id))
            problem = QStringLiteral("indicator id %1 appears twice").arg(ind.id);
        indicatorIds.insert(ind.id);
        for (const Target &t : ind.targets) {
            if (problem.isEmpty() && targetIds.contains(t.id))
                problem = QStringLiteral("target id %1 appears twice").arg(t.id);
            targetIds.insert(t.id);
        }
    }

    if (!problem.isEmpty()) {
        *error = problem;
        return false;
    }
    const auto pos = std::upper_bound(m_chapters.begin(), m_chapters.end(), chapter.order,
                                      [](int order, const Chapter &ch) { return order < ch.order; });
    m_chapters.insert(pos, chapter);
    m_indicators.append(indicators);
    std::stable_sort(m_indicators.begin(), m_indicators.end(), [this](const Indicator &a, const Indicator &b) {
        return this->chapter(a.chapterId)->order < this->chapter(b.chapterId)->order;
    });
    return true;
}

} // namespace Planner::Engine
