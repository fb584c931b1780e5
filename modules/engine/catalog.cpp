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

std::optional<double> targetLevel(const Target &target)
{
    switch (target.kind) {
    case TargetKind::AtLeast:
    case TargetKind::About:
    case TargetKind::AtMost:
        return target.value;
    case TargetKind::FullCoverage:
        // A planner's working target without a value is not set yet.
        if (!target.value && target.source == TargetSource::Planner)
            return std::nullopt;
        return target.value.value_or(100.0);
    case TargetKind::PhaseOut:
        return target.value.value_or(0.0);
    default:
        return std::nullopt;
    }
}

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

constexpr std::array<std::pair<ProxyThreshold::Kind, const char *>, 4> kThresholdNames{{
    {ProxyThreshold::Kind::AtLeast, "at_least"},
    {ProxyThreshold::Kind::AtMost, "at_most"},
    {ProxyThreshold::Kind::RateAtLeast, "rate_at_least"},
    {ProxyThreshold::Kind::RateAtMost, "rate_at_most"},
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
    t.oneSided = r.boolean("one_sided");
    t.undated = r.boolean("undated");
    t.note = r.string("note", false);
    if (t.oneSided && t.kind != TargetKind::About)
        r.failWith(QStringLiteral("%1 applies to kind about only").arg(r.pathOf("one_sided")));
    t.noteZh = r.string("note_zh", false);

    // A working target the planner sets (source "planner") may ship without
    // a value: it is not judged until the planner gives it one (a target
    // override of the scenario), rather than judged against a number nobody
    // published.
    const bool needsValue = t.kind != TargetKind::Milestone && t.kind != TargetKind::PeakBefore
                            && t.kind != TargetKind::PlateauWithin && t.kind != TargetKind::Direction
                            && t.source != TargetSource::Planner;
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
    ind.baseline.derivedFromTarget = b.boolean("derived_from_target");
    ind.baseline.sourceZh = b.string("source_zh", false);
    ind.baseline.noteZh = b.string("note_zh", false);
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
    const QJsonArray thresholds = r.array("proxy_thresholds");
    for (qsizetype i = 0; i < thresholds.size(); ++i) {
        FieldReader p(thresholds.at(i).toObject(), QStringLiteral("%1[%2]").arg(r.pathOf("proxy_thresholds")).arg(i),
                      error);
        ProxyThreshold threshold;
        threshold.targetId = p.string("target");
        const QString kind = p.string("kind");
        if (const auto k = proxyThresholdKindFromString(kind))
            threshold.kind = *k;
        else
            p.failWith(QStringLiteral("%1 has an unknown kind \"%2\"").arg(p.pathOf("kind"), kind));
        threshold.value = p.number("value", false).value_or(0.0);
        threshold.source = p.string("source");
        threshold.note = p.string("note", false);
        if (!ind.proxyFor.contains(threshold.targetId))
            p.failWith(QStringLiteral("%1 names %2, which is not in proxy_for").arg(p.pathOf("target"), threshold.targetId));
        ind.proxyThresholds.append(threshold);
    }

    const QJsonValue projection = json.value(QLatin1StringView("projection"));
    if (projection.isObject()) {
        QJsonObject parameters = projection.toObject();
        ind.projectionMethod = parameters.take(QLatin1StringView("method")).toString();
        ind.projectionParameters = parameters;
        if (ind.projectionMethod.isEmpty())
            r.failWith(QStringLiteral("%1.method must name a projection method").arg(r.pathOf("projection")));
    } else if (!projection.isUndefined()) {
        r.fail("projection", QStringLiteral("an object"));
    }

    const QJsonArray targets = r.array("targets");
    for (qsizetype i = 0; i < targets.size(); ++i) {
        const QString tpath = QStringLiteral("%1[%2]").arg(r.pathOf("targets")).arg(i);
        ind.targets.append(readTarget(targets.at(i).toObject(), tpath, ind.id, error));
    }
    return ind;
}

Lever readLever(const QJsonObject &json, const QString &path, const QString &chapterId, QString *error)
{
    FieldReader r(json, path, error);
    Lever lever;
    lever.id = r.string("id");
    lever.moduleId = chapterId;
    lever.nameZh = r.string("name_zh");
    lever.nameEn = r.string("name_en");
    lever.unitZh = r.string("unit");
    lever.unitEn = r.string("unit_en");
    lever.min = r.number("min", false).value_or(0.0);
    lever.max = r.number("max", false).value_or(0.0);
    lever.defaultValue = r.number("default", false).value_or(0.0);
    const QJsonValue uncertainty = json.value(QLatin1StringView("uncertainty"));
    if (uncertainty.isObject()) {
        FieldReader u(uncertainty.toObject(), r.pathOf("uncertainty"), error);
        const QString kind = u.string("kind");
        if (const auto k = uncertaintyKindFromString(kind))
            lever.uncertainty.kind = *k;
        else
            u.failWith(QStringLiteral("%1 has an unknown kind \"%2\"").arg(u.pathOf("kind"), kind));
        lever.uncertainty.spread = u.number("spread", false).value_or(0.0);
    }
    for (const QJsonValue &v : r.array("moves"))
        lever.moves.append(v.toString());
    lever.source = r.string("source", false);
    lever.assumption = r.boolean("assumption");
    lever.note = r.string("note", false);
    lever.sourceZh = r.string("source_zh", false);
    lever.noteZh = r.string("note_zh", false);
    if (!lever.assumption && lever.source.isEmpty())
        r.failWith(QStringLiteral("%1 must name a source unless the default is an assumption").arg(r.pathOf("source")));
    if (error->isEmpty()) {
        if (const Error e = validateLever(lever))
            r.failWith(path + QStringLiteral(": ") + e.message);
    }
    return lever;
}

Coefficient readCoefficient(const QJsonObject &json, const QString &path, const QString &chapterId, QString *error)
{
    FieldReader r(json, path, error);
    Coefficient c;
    c.id = r.string("id");
    c.chapterId = chapterId;
    c.value = r.number("value", false).value_or(0.0);
    c.unit = r.string("unit", false);
    c.nameZh = r.string("name_zh");
    c.nameEn = r.string("name_en");
    c.source = r.string("source", false);
    c.assumption = r.boolean("assumption");
    c.note = r.string("note", false);
    c.sourceZh = r.string("source_zh", false);
    c.noteZh = r.string("note_zh", false);
    if (!c.assumption && c.source.isEmpty())
        r.failWith(QStringLiteral("%1 must name a source unless it is an assumption").arg(r.pathOf("source")));
    return c;
}

} // namespace

std::optional<TargetKind> targetKindFromString(const QString &text) { return lookup(kKindNames, text); }
std::optional<ProxyThreshold::Kind> proxyThresholdKindFromString(const QString &text)
{
    return lookup(kThresholdNames, text);
}
QString proxyThresholdKindToString(ProxyThreshold::Kind kind) { return nameOf(kThresholdNames, kind); }

TargetOrigin targetOrigin(const Target &target)
{
    return target.source == TargetSource::Planner ? TargetOrigin::Planner : TargetOrigin::Plan;
}

QString targetOriginToString(TargetOrigin origin)
{
    return origin == TargetOrigin::Planner ? QStringLiteral("planner") : QStringLiteral("plan");
}
QString targetKindToString(TargetKind kind) { return nameOf(kKindNames, kind); }
std::optional<Direction> directionFromString(const QString &text) { return lookup(kDirectionNames, text); }
QString directionToString(Direction direction) { return nameOf(kDirectionNames, direction); }
std::optional<TargetSource> targetSourceFromString(const QString &text) { return lookup(kSourceNames, text); }
QString targetSourceToString(TargetSource source) { return nameOf(kSourceNames, source); }

namespace {

// Keeps the first position of a key, as a search in order finds it.
template <typename Key, typename Value>
void insertFirst(QHash<Key, Value> &index, const Key &key, const Value &value)
{
    if (!index.contains(key))
        index.insert(key, value);
}

} // namespace

const Chapter *Catalog::chapter(const QString &id) const
{
    const auto it = m_chapterIndex.constFind(id);
    return it == m_chapterIndex.cend() ? nullptr : &m_chapters.at(*it);
}

const Indicator *Catalog::indicator(const QString &id) const
{
    const auto it = m_indicatorIndex.constFind(id);
    return it == m_indicatorIndex.cend() ? nullptr : &m_indicators.at(*it);
}

const Target *Catalog::target(const QString &id) const
{
    const auto it = m_targetIndex.constFind(id);
    return it == m_targetIndex.cend() ? nullptr : &m_indicators.at(it->first).targets.at(it->second);
}

void Catalog::indexIndicators()
{
    m_chapterIndex.clear();
    m_indicatorIndex.clear();
    m_targetIndex.clear();
    for (qsizetype c = 0; c < m_chapters.size(); ++c)
        insertFirst(m_chapterIndex, m_chapters.at(c).id, c);
    for (qsizetype i = 0; i < m_indicators.size(); ++i) {
        const Indicator &ind = m_indicators.at(i);
        insertFirst(m_indicatorIndex, ind.id, i);
        for (qsizetype t = 0; t < ind.targets.size(); ++t)
            insertFirst(m_targetIndex, ind.targets.at(t).id, std::pair<qsizetype, qsizetype>{i, t});
    }
}

void Catalog::indexLeversAndCoefficients()
{
    m_leverIndex.clear();
    m_coefficientIndex.clear();
    for (qsizetype l = 0; l < m_levers.size(); ++l)
        insertFirst(m_leverIndex, m_levers.at(l).id, l);
    for (qsizetype c = 0; c < m_coefficients.size(); ++c)
        insertFirst(m_coefficientIndex, std::pair<QString, QString>{m_coefficients.at(c).chapterId, m_coefficients.at(c).id}, c);
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

    QList<Lever> levers;
    const QJsonArray leverArray = root.array("levers");
    for (qsizetype i = 0; i < leverArray.size(); ++i) {
        const QString path = QStringLiteral("%1.levers[%2]").arg(chapter.id).arg(i);
        levers.append(readLever(leverArray.at(i).toObject(), path, chapter.id, &problem));
    }
    QList<Coefficient> coefficients;
    const QJsonArray coefficientArray = root.array("coefficients");
    for (qsizetype i = 0; i < coefficientArray.size(); ++i) {
        const QString path = QStringLiteral("%1.coefficients[%2]").arg(chapter.id).arg(i);
        coefficients.append(readCoefficient(coefficientArray.at(i).toObject(), path, chapter.id, &problem));
    }
    for (const Lever &lever : std::as_const(levers)) {
        if (problem.isEmpty() && this->lever(lever.id))
            problem = QStringLiteral("lever id %1 appears twice").arg(lever.id);
        if (problem.isEmpty()
            && std::count_if(levers.cbegin(), levers.cend(), [&](const Lever &l) { return l.id == lever.id; }) > 1)
            problem = QStringLiteral("lever id %1 appears twice").arg(lever.id);
    }
    for (const Coefficient &coefficient : std::as_const(coefficients)) {
        if (problem.isEmpty() && std::count_if(coefficients.cbegin(), coefficients.cend(),
                                               [&](const Coefficient &o) { return o.id == coefficient.id; }) > 1)
            problem = QStringLiteral("coefficient id %1 appears twice in %2").arg(coefficient.id, chapter.id);
    }

    if (!problem.isEmpty()) {
        *error = problem;
        return false;
    }
    if (!addChapter(chapter, indicators, error))
        return false;
    m_levers.append(levers);
    m_coefficients.append(coefficients);
    indexLeversAndCoefficients();
    return true;
}

void Catalog::setLeversAndCoefficients(const QList<Lever> &levers, const QList<Coefficient> &coefficients)
{
    m_levers = levers;
    m_coefficients = coefficients;
    indexLeversAndCoefficients();
}

const Lever *Catalog::lever(const QString &id) const
{
    const auto it = m_leverIndex.constFind(id);
    return it == m_leverIndex.cend() ? nullptr : &m_levers.at(*it);
}

const Coefficient *Catalog::coefficient(const QString &chapterId, const QString &id) const
{
    const auto it = m_coefficientIndex.constFind(std::pair{chapterId, id});
    return it == m_coefficientIndex.cend() ? nullptr : &m_coefficients.at(*it);
}

bool Catalog::addChapter(const Chapter &chapter, const QList<Indicator> &indicators, QString *error)
{
    QString problem;
    if (this->chapter(chapter.id))
        problem = QStringLiteral("chapter %1 is loaded twice").arg(chapter.id);

    // The new chapter's ids, checked against themselves and the index.
    QSet<QString> indicatorIds;
    QSet<QString> targetIds;
    for (const Indicator &ind : std::as_const(indicators)) {
        if (problem.isEmpty() && (indicatorIds.contains(ind.id) || m_indicatorIndex.contains(ind.id)))
            problem = QStringLiteral("indicator id %1 appears twice").arg(ind.id);
        indicatorIds.insert(ind.id);
        for (const Target &t : ind.targets) {
            if (problem.isEmpty() && (targetIds.contains(t.id) || m_targetIndex.contains(t.id)))
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
    indexIndicators();  // the new chapter's order, for the sort
    std::stable_sort(m_indicators.begin(), m_indicators.end(), [this](const Indicator &a, const Indicator &b) {
        return this->chapter(a.chapterId)->order < this->chapter(b.chapterId)->order;
    });
    indexIndicators();
    return true;
}

} // namespace Planner::Engine
