// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/provenance.h"
#include "analysis/targetoutcomes.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace Planner::Engine {
class Catalog;
struct Chapter;
struct Error;
struct Indicator;
struct Lever;
struct Target;
enum class TargetKind;
} // namespace Planner::Engine

namespace Planner::Storage {
struct Scenario;
struct StoredLeverBasis;
} // namespace Planner::Storage

namespace Planner::Analysis {

// The one place that turns what the engine and the store say into words a
// person reads, in the current language (the translator the application
// installed; see app/i18n): a target, a status, a reason, a gap, a
// probability, a plan stage, a chapter heading and a number. The window, the
// presentation view, the reports, the table exports' headers and the command
// line's text output all print through it; codes (status, kind, reason) are
// translated here and nowhere else.
class Wording
{
    Q_DECLARE_TR_FUNCTIONS(Planner::Analysis::Wording)

public:
    // --- numbers and units -------------------------------------------------
    // A number in the current locale's digits and separators.
    static QString number(double value, int decimals);
    // A value with the indicator's decimals and its unit ("45.6%",
    // "1,250 万吨" / "12.5 million t"); a target's value without trailing
    // zeros ("46%", not "46.00%").
    static QString valueWithUnit(double value, const Engine::Indicator &indicator);
    static QString targetWithUnit(double value, const Engine::Indicator &indicator);
    // A number with a unit as the interface writes it ("264 万亩/年",
    // "264 × 10,000 mu/yr", "25 units per year").
    static QString quantity(const QString &number, const QString &unit);
    // The indicator's unit in the current language.
    static QString unit(const Engine::Indicator &indicator);
    // "45 %" / "—".
    static QString probability(std::optional<double> probability);

    // --- the catalog's notes and sources ---------------------------------------
    // The catalog's text in the current language: the Chinese when there is
    // one and Chinese is shown, else the English.
    static QString catalogText(const QString &zh, const QString &en);
    static QString baselineSource(const Engine::Indicator &indicator);
    static QString baselineNote(const Engine::Indicator &indicator);
    static QString targetNote(const Engine::Target &target);
    static QString leverSource(const Engine::Lever &lever);
    static QString leverNote(const Engine::Lever &lever);
    // "[set by the planner] …": whose target it is, and the plan's words.
    static QString targetWords(const Engine::Target &target);
    // The plan's words for a target: the Chinese, with the English gloss
    // after it in the English interface.
    static QString planWords(const Engine::Target &target);

    // --- targets -------------------------------------------------------------
    // How a target is judged, as a short label: at least, about, ...
    static QString kindLabel(Engine::TargetKind kind);
    // What a target asks for, the same on screen and on paper: "≥ 46%",
    // "≤ 27 µg/m³", "5.0 ± 1", "100% (full coverage)", "phased out (0)",
    // "peak by 2030", "plateau 2026–2030", "keeps falling", "milestone".
    static QString targetText(const Engine::Target &target, const Engine::Indicator &indicator);

    // --- assessments ---------------------------------------------------------
    // achieved, on_track, ... -> 已达成 / achieved ...
    static QString statusLabel(const QString &status);
    // Eurostat's trend test classes.
    static QString rateClassLabel(const QString &rateClass);
    // The gap in plain words, never a bare signed number: "2.3 points short",
    // "236 above the floor", "19 over the ceiling", "within the tolerance".
    static QString gapText(const TargetOutcome &outcome, const Engine::Target &target,
                           const Engine::Indicator &indicator);
    // Why a target is judged as it is (peak year, plateau, no data ...),
    // from the outcome's reason code and its parameters.
    static QString reasonText(const TargetOutcome &outcome, const Engine::Indicator &indicator);

    // plan -> 规划目标 / plan target; planner -> 工作目标（规划者设定） /
    // working target (set by the planner).
    static QString originLabel(const QString &origin);

    // A target's id as people read it: the plan's own ids as they are (G-03),
    // a planner's working target marked in words ("M-01（工作目标）" /
    // "M-01 (working target)"), wherever a target is listed.
    static QString targetLabel(const Engine::Target &target);

    // The headline is the status; where the observed trend so far (the rate
    // class) tells another story, one sentence says why (TargetOutcome::
    // lenses); empty where they agree.
    static QString lensSentence(const TargetOutcome &outcome);
    // The one-line finding the presentation view and the reports print under
    // a chart, e.g. "按当前情景，2035年森林覆盖率预计为45.6%，低于46%目标0.4个百分点，达成概率31%。".
    static QString finding(const TargetOutcome &outcome, const Engine::Indicator &indicator,
                           const Engine::Target &target);

    // --- provenance (provenance.h) ---------------------------------------------
    // The number an input is, in words an official can read aloud (names,
    // never ids): "森林覆盖率的基期值（2020年：41.5%）" / "the baseline of forest
    // coverage (2020: 41.5%)", "政策设定“每年造林面积”" / "the policy setting
    // “afforestation per year”", "固定参数“…”" / "the fixed number “…”".
    // An imported observation's value is the scenario's, not the catalog's:
    // it is named by its year.
    static QString inputName(const ProvenanceInput &input, const Engine::Catalog &catalog);
    // Why an assumed input is assumed (the catalog's note, or "set by the
    // planner in this scenario"), or where a sourced one is published.
    static QString inputBasis(const ProvenanceInput &input, const Engine::Catalog &catalog);
    // "假设" / "assumption", "有出处" / "sourced".
    static QString inputStanding(const ProvenanceInput &input);
    // The short mark beside a status that rests on assumptions: "含假设" /
    // "rests on assumptions".
    static QString restsOnAssumptions();
    // A status label with the mark of one that rests on assumptions:
    // "偏离轨道 *" / "off track *" (the tool tip and the legend say what * means).
    static QString statusWithAssumptionMark(const QString &status);
    // A tool tip: the assumed inputs a status rests on, one a line with its
    // reason; empty when it rests on none.
    static QString assumptionsTip(const TargetProvenance &provenance, const Engine::Catalog &catalog);

    // --- goal-seek -----------------------------------------------------------
    // Why goal-seek found no setting (Engine::GoalSeekAnswer::reason, a code),
    // with the lever's range.
    static QString goalSeekReason(const QString &code, double min, double max, const QString &unit);

    // --- errors ----------------------------------------------------------------
    // An engine error as a person reads it, in the current language, from its
    // code and parameters (Engine::Error::code, args): goal-seek refusals and
    // its stop, projection parameters refused, unknown ids. With a catalog,
    // indicators and levers are named by their names, not their ids. An
    // error without a code keeps its message.
    static QString errorText(const Engine::Error &error, const Engine::Catalog *catalog = nullptr);

    // --- scenario settings -----------------------------------------------------
    // How an indicator no model publishes is carried forward, in words
    // (hold, linear {slope}, growth {rate}, logistic …).
    static QString projectionMethod(const QString &method, const QJsonObject &parameters);
    // A spread's shape: none, uniform, triangular, normal.
    static QString uncertaintyKind(const QString &kind);

    // A scenario's author as a person reads it: the shipped scenario's
    // author (the program) in words.
    static QString author(const QString &author);
    // A scenario's name as shown: a shipped template's name in the current
    // language (现状趋势情景 / Current trends, 规划路径情景 / Plan pathway;
    // the stored name stays the key), any other scenario's name as it is.
    static QString scenarioName(const Storage::Scenario &scenario);
    // What a scenario is: a shipped template's description in the current
    // language, otherwise the planner's notes.
    static QString scenarioDescription(const Storage::Scenario &scenario);
    // Why a lever has its value in a scenario, in the current language: the
    // document a template's setting follows (StoredLeverBasis), "set by the
    // planner" for a stored setting without one, or the catalog's source
    // and note for the lever's default.
    static QString leverBasis(const Engine::Lever &lever, const Storage::StoredLeverBasis *basis, bool stored);

    // A date as written in the language: "2026年12月6日" / "6 December 2026".
    static QString date(const QDate &date);

    // --- plan structure ------------------------------------------------------
    // "五、安全筑底" / "Chapter 5 · Ecological security".
    static QString chapterTitle(const Engine::Chapter &chapter);
    // The plan's stage of a year: "第一阶段（2024—2027年）" / "Stage 1 (2024–2027)".
    static QString stageLabel(int stage);
    static QString stageOfYear(int year);

    // --- implementation tasks --------------------------------------------------
    // not_started, in_progress, done -> 未开始, 进行中, 已完成.
    static QString taskStatusLabel(const QString &status);
    static QStringList taskStatusCodes();

    // --- the audit trail (team server) ------------------------------------------
    // What a changed table holds: "lever settings" / "调控参数设置".
    static QString auditTableLabel(const QString &table);
    // Names only the implementation module knows: a city's name in the
    // current language and a plan task's title. Unset: the stored text.
    struct AuditNames
    {
        std::function<QString(const QString &)> city;
        std::function<QString(const QString &)> task;
    };
    // One audited change in words: which thing ("Afforestation per year,
    // 2030"), and its value before and after ("2.5 万亩/年" / "—"), never a
    // table's column or an id a person does not know.
    struct AuditChange
    {
        QString which;
        QString before;
        QString after;
    };
    static AuditChange auditChange(const Engine::Catalog &catalog, const QString &table, const QJsonObject &key,
                                   const QJsonObject &oldValue, const QJsonObject &newValue,
                                   const AuditNames &names);

private:
    static QString withUnit(const QString &number, const Engine::Indicator &indicator);
};

} // namespace Planner::Analysis
