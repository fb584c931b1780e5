// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/lever.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <utility>

namespace Planner::Engine {

// How a target is judged (resources/catalog/README.md, "Kinds").
enum class TargetKind {
    AtLeast,        // value >= target by the year
    About,          // value within +/- tolerance of the target by the year
    AtMost,         // value <= target
    PeakBefore,     // the series peaks no later than the year and declines after
    PlateauWithin,  // the series stops growing inside [windowStart, year]
    PhaseOut,       // a stock falls to (about) zero by the year
    FullCoverage,   // a share reaches 100 % by the year
    Milestone,      // qualitative: status with evidence
    Direction,      // keeps moving the indicator's better way
};

// Which way an indicator should move.
enum class Direction { Increase, Decrease, None };

// Where a target comes from: the plan's excerpt, the press announcement that
// came with it, or the planner (the plan gives no number or no year).
enum class TargetSource { Plan, Announcement, Planner };

std::optional<TargetKind> targetKindFromString(const QString &text);
QString targetKindToString(TargetKind kind);
std::optional<Direction> directionFromString(const QString &text);
QString directionToString(Direction direction);
std::optional<TargetSource> targetSourceFromString(const QString &text);
QString targetSourceToString(TargetSource source);

struct YearValue
{
    int year = 0;
    double value = 0.0;
    QString source;               // the publication (the catalog's source_zh is its Chinese, for readers of the JSON)
};

struct Baseline
{
    int year = 0;
    std::optional<double> value;  // empty for qualitative indicators
    QString source;               // the publication, in English (source_zh: in Chinese)
    QString sourceZh;
    bool assumption = false;      // no published figure: an editable assumption
    // Back-computed from the target it would judge (say, the target less
    // years at a national pace): it cannot judge that target, which is not
    // assessable until an observed figure exists.
    bool derivedFromTarget = false;
    QString note;                 // one line: where it was published, or why this value
    QString noteZh;
};

struct Target
{
    QString id;                   // G-01 ... S-06, X-01 ..., M-xx, A-xx
    QString indicatorId;
    int year = 0;                 // milestone year
    std::optional<int> windowStart;  // plateau_within: first year of the window
    std::optional<double> value;  // empty for milestones
    TargetKind kind = TargetKind::AtLeast;
    std::optional<double> tolerance;  // about: absolute, in the indicator's unit
    bool everyYear = false;       // must hold in every year, not only at `year`
    QString textZh;               // the plan's own words
    QString textEn;
    TargetSource source = TargetSource::Plan;
    // about: judged on one side only (a value beyond the band on the
    // indicator's better side meets it); the note says why. Otherwise about
    // is the two-sided band value +/- tolerance.
    bool oneSided = false;
    // The plan gives no year: `year` is the horizon (2035) or the planner's.
    bool undated = false;
    QString note;                 // English (note_zh: Chinese)
    QString noteZh;
};

// Whose target it is: the plan's own (the plan or the announcement that
// came with it) or a working target the planner set.
enum class TargetOrigin { Plan, Planner };
TargetOrigin targetOrigin(const Target &target);
// plan, planner.
QString targetOriginToString(TargetOrigin origin);

// The level a target asks the indicator to reach by its year, where it
// has one: its value for at least / about / at most, 100 for full coverage
// and 0 for a phase-out unless the catalog says otherwise; none for peaks,
// plateaus, directions and milestones. Charts draw target lines to it.
std::optional<double> targetLevel(const Target &target);

// A threshold a proxy indicator must meet for the milestone it tracks: a
// level in the milestone's year (at_least / at_most, in the indicator's
// unit) or a compound annual rate from the indicator's start to that year
// (rate_at_least / rate_at_most, 0.01 = 1 % a year), with its source.
struct ProxyThreshold
{
    enum class Kind { AtLeast, AtMost, RateAtLeast, RateAtMost };
    QString targetId;             // the milestone
    Kind kind = Kind::AtLeast;
    double value = 0.0;
    QString source;
    QString note;
};
std::optional<ProxyThreshold::Kind> proxyThresholdKindFromString(const QString &text);
QString proxyThresholdKindToString(ProxyThreshold::Kind kind);

struct Indicator
{
    QString id;                   // snake_case, in the plan's terms: forest_coverage
    QString chapterId;
    QString nameZh;
    QString nameEn;
    QString unitZh;
    QString unitEn;
    Direction direction = Direction::None;
    int decimals = 1;
    Baseline baseline;
    QList<YearValue> observed;    // published yearly figures, oldest first
    QStringList proxyFor;         // milestone target ids this indicator tracks
    QList<ProxyThreshold> proxyThresholds;  // what it must reach for each of them
    QList<Target> targets;
    // How the indicator is carried forward when no model publishes it and
    // the scenario chose nothing: a projection method name and its
    // parameters (projectionchoice.h); empty method: hold the latest value.
    QString projectionMethod;
    QJsonObject projectionParameters;
};

// A fixed number a chapter's model uses (an emission factor, a land area, a
// response coefficient), with where it comes from. What a planner may change
// is a lever instead.
struct Coefficient
{
    QString id;                   // unique within its chapter
    QString chapterId;
    double value = 0.0;
    QString unit;
    QString nameZh;
    QString nameEn;
    QString source;
    QString sourceZh;
    bool assumption = false;
    QString note;
    QString noteZh;
};

struct Chapter
{
    QString id;                   // green_transition ...
    int order = 0;
    QString numeral;              // 二 ... 七
    QString nameZh;
    QString nameEn;
    QString titleZh;
    QString titleEn;
};

// The plan's catalog: chapters, their indicators and targets, in plan order.
class Catalog
{
public:
    const QList<Chapter> &chapters() const { return m_chapters; }
    const QList<Indicator> &indicators() const { return m_indicators; }
    const QList<Lever> &levers() const { return m_levers; }
    const QList<Coefficient> &coefficients() const { return m_coefficients; }
    const Lever *lever(const QString &id) const;
    // The coefficient of a chapter; null when there is none of that id.
    const Coefficient *coefficient(const QString &chapterId, const QString &id) const;

    const Chapter *chapter(const QString &id) const;
    const Indicator *indicator(const QString &id) const;
    const Target *target(const QString &id) const;
    QList<const Indicator *> indicatorsOf(const QString &chapterId) const;
    int targetCount() const;

    // Adds one chapter's data (the JSON of resources/catalog/<chapter>.json).
    // On error returns false, sets *error naming the field, and leaves the
    // catalog unchanged.
    bool addChapterJson(const QByteArray &json, QString *error);

    // Adds one chapter with its indicators (as read back from the store).
    // Same checks as addChapterJson: unique chapter, indicator and target ids.
    bool addChapter(const Chapter &chapter, const QList<Indicator> &indicators, QString *error);

    // Levers and coefficients come from the application's data only (the
    // store keeps the scenario's settings of them, not their definitions);
    // the store's copy of the catalog takes them from here.
    void setLeversAndCoefficients(const QList<Lever> &levers, const QList<Coefficient> &coefficients);

private:
    // The lookups' indexes (id -> position of its first occurrence), rebuilt
    // whenever the lists change: a lookup costs the same whatever the size
    // of the plan.
    void indexIndicators();
    void indexLeversAndCoefficients();

    QList<Chapter> m_chapters;
    QList<Indicator> m_indicators;
    QList<Lever> m_levers;
    QList<Coefficient> m_coefficients;
    QHash<QString, qsizetype> m_chapterIndex;
    QHash<QString, qsizetype> m_indicatorIndex;
    QHash<QString, std::pair<qsizetype, qsizetype>> m_targetIndex;  // indicator, target
    QHash<QString, qsizetype> m_leverIndex;
    QHash<std::pair<QString, QString>, qsizetype> m_coefficientIndex;  // (chapter, id)
};

} // namespace Planner::Engine
