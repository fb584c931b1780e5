// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reports/report.h"

#include "exchange/outputfile.h"
#include "reports/assumptionsection.h"
#include "reports/implementationsection.h"

#include "analysis/wording.h"
#include "analysis/language.h"
#include "analysis/presentationslides.h"
#include "analysis/projection.h"
#include "analysis/scenariosession.h"
#include "analysis/targetoutcomes.h"
#include "engine/goalseek.h"
#include "engine/registry.h"
#include "engine/stages.h"
#include "storage/implementationrepository.h"
#include "storage/scenariofingerprint.h"
#include "storage/scenarioinputsrepository.h"
#include "storage/scenariorepository.h"
#include "storage/store.h"
#include "storage/transaction.h"

#include <QDate>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QLocale>
#include <QRegularExpression>
#include <QPdfWriter>
#include <QtConcurrent/QtConcurrentMap>

#ifdef Q_OS_UNIX
#include <pwd.h>
#include <unistd.h>
#endif

#include <algorithm>
#include <cmath>
#include <map>
#include <memory>

namespace Planner::Reports {

namespace {

using Analysis::pick;

const QString kPlanTitle = QStringLiteral("《美丽吉林建设规划纲要(2024—2035年)》");

// Everything worked out for one scenario.
struct Facts
{
    std::optional<Analysis::ScenarioSession> session;
    Analysis::Projection projection;
    QHash<QString, Analysis::TargetOutcome> outcomes;  // by target id
    // What each status rests on (the scenario under review only):
    // statusesRestingOnAssumptions(provenance, catalog, chapter) counts them.
    QList<Analysis::TargetProvenance> provenance;
    QString fingerprint;
    Storage::StoredInputs stored;
    Storage::StoredOverrides overrides;
    bool hasParent = false;
    Storage::Scenario parent;
    Storage::StoredInputs parentStored;
    Storage::StoredOverrides parentOverrides;
    ImplementationFacts implementation;  // decompositions, cities' values, tasks

    const Storage::Scenario &scenario() const { return session->scenario(); }
    const Engine::Catalog &catalog() const { return session->catalog(); }
};

// What would meet a target at risk or off track (goal-seek), worked out
// once for the summary and for section 6.
struct Rescue
{
    // Section 6: the lever that drives the indicator most directly (of the
    // levers that move it, the one that moves the fewest) and its answer.
    const Engine::Lever *lever = nullptr;
    std::optional<Engine::GoalSeekResult> driving;
    bool prepared = true;  // false: the scenario could not be prepared for the target's year
    // The summary: the first lever, the driving one first and then the
    // others that move the indicator, whose constant setting meets the
    // target with 90 % probability inside the lever's range.
    const Engine::Lever *meets = nullptr;
    double setting = 0.0;
    // A milestone is judged by its tracking indicators: no one setting of a
    // lever is sought for it.
    bool milestone = false;
};

// The levers that move an indicator, the most direct first (fewest
// indicators moved; catalog order among equals).
QList<const Engine::Lever *> leversMoving(const Engine::Catalog &catalog, const QString &indicatorId)
{
    QList<const Engine::Lever *> list;
    for (const Engine::Lever &lever : catalog.levers())
        if (lever.moves.contains(indicatorId))
            list.append(&lever);
    std::stable_sort(list.begin(), list.end(), [](const Engine::Lever *a, const Engine::Lever *b) {
        return a->moves.size() < b->moves.size();
    });
    return list;
}

bool missed(const Analysis::TargetOutcome &o)
{
    return o.status == QLatin1String("at_risk") || o.status == QLatin1String("off_track");
}

// Goal-seek for every target at risk or off track of the chapters: each
// target on its own (the engine's goal-seek works on its own copy of the
// prepared scenario and is seeded), so they run side by side and the
// answers do not depend on the order they finish in.
QHash<QString, Rescue> rescuesFor(const Facts &f, const Engine::Catalog &levers,
                                  const QList<const Engine::Chapter *> &chapters)
{
    struct Job
    {
        const Engine::Target *target = nullptr;
        const Engine::Indicator *indicator = nullptr;
        QList<const Engine::Lever *> candidates;
        const Engine::PreparedScenario *prepared = nullptr;
        Rescue rescue;
    };
    std::map<int, std::optional<Engine::PreparedScenario>> preparedByYear;
    QList<Job> jobs;
    for (const Engine::Chapter *chapter : chapters) {
        for (const Engine::Indicator *ind : f.catalog().indicatorsOf(chapter->id)) {
            for (const Engine::Target &target : ind->targets) {
                const auto o = f.outcomes.constFind(target.id);
                if (o == f.outcomes.cend() || !missed(*o))
                    continue;
                Job job;
                job.target = &target;
                job.indicator = ind;
                job.rescue.milestone = target.kind == Engine::TargetKind::Milestone;
                if (!job.rescue.milestone)
                    job.candidates = leversMoving(levers, ind->id);
                job.rescue.lever = job.candidates.value(0, nullptr);
                if (job.rescue.lever) {
                    // Prepared once per end year, here: the jobs only copy it.
                    const int end = std::max(target.year, int(Engine::kPlanLastYear));
                    auto it = preparedByYear.find(end);
                    if (it == preparedByYear.end()) {
                        auto prepared = f.session->prepare(end);
                        it = preparedByYear.emplace(end, prepared.ok() ? std::optional(prepared.takeValue())
                                                                       : std::nullopt).first;
                    }
                    job.prepared = it->second ? &*it->second : nullptr;
                    job.rescue.prepared = job.prepared != nullptr;
                }
                jobs.append(job);
            }
        }
    }
    QtConcurrent::blockingMap(jobs, [](Job &job) {
        if (!job.prepared)
            return;
        for (const Engine::Lever *lever : std::as_const(job.candidates)) {
            const auto result = Engine::goalSeek(*job.prepared, *job.target, *job.indicator, lever->id);
            if (lever == job.rescue.lever && result.ok())
                job.rescue.driving = result.value();
            if (result.ok() && result.value().p90.reachable) {
                job.rescue.meets = lever;
                job.rescue.setting = result.value().p90.value;
                return;
            }
        }
    });
    QHash<QString, Rescue> rescues;
    for (const Job &job : std::as_const(jobs))
        rescues.insert(job.target->id, job.rescue);
    return rescues;
}

// The person named on the cover: the scenario's author, unless that is the
// program (a shipped scenario), then the person running it (the system's
// user name); empty when neither is known.
QString personOf(const QString &author)
{
    if (!author.trimmed().isEmpty() && author != QLatin1String("jilin-planner"))
        return author.trimmed();
    QString user;
#ifdef Q_OS_UNIX
    // The account's full name (the first field of its GECOS), else its name.
    if (const passwd *account = getpwuid(geteuid())) {
        if (account->pw_gecos)
            user = QString::fromLocal8Bit(account->pw_gecos).section(u',', 0, 0).trimmed();
        if (user.isEmpty() && account->pw_name)
            user = QString::fromLocal8Bit(account->pw_name);
    }
#endif
    if (user.isEmpty())
        user = qEnvironmentVariable("USERNAME");  // Windows
    if (user.isEmpty())
        user = qEnvironmentVariable("USER");
    return user.trimmed();
}

// A scenario's description in the report's language: its notes' first
// sentence; notes written "中文 / English" give the half in that language.
QString descriptionOf(const QString &notes)
{
    QString text = notes.simplified();
    static const QRegularExpression han(QStringLiteral("[\\x{3400}-\\x{9FFF}]"));
    const qsizetype slash = text.indexOf(QStringLiteral(" / "));
    if (slash > 0) {
        const QString first = text.left(slash).trimmed();
        const QString second = text.mid(slash + 3).trimmed();
        if (first.contains(han) && !second.contains(han))
            text = Analysis::currentLanguage() == Analysis::Language::Chinese ? first : second;
    }
    // The first sentence: up to 。 or ". ".
    const qsizetype stop = text.indexOf(u'。');
    if (stop >= 0)
        text = text.left(stop + 1);
    else if (const qsizetype dot = text.indexOf(QStringLiteral(". ")); dot >= 0)
        text = text.left(dot + 1);
    return text;
}

QString num(double value)
{
    if (!std::isfinite(value))
        return QStringLiteral("—");
    return QString::number(value, 'g', 6);
}

} // namespace

// The report's text, built in the current language.
class ReportWriter
{
    Q_DECLARE_TR_FUNCTIONS(Planner::Reports::Report)

public:
    ReportWriter(const Storage::Store &store, const QList<Facts *> &facts) : m_store(store), m_facts(facts) {}

    QList<Block> blocks;

    const Facts &main() const { return *m_facts.first(); }
    const Engine::Catalog &defaults() const { return m_store.applicationCatalog(); }

    QString chapterTitle(const Engine::Chapter &chapter) const
    {
        return Analysis::Wording::chapterTitle(chapter);
    }

    void add(Block::Kind kind, const QString &text = {})
    {
        Block b;
        b.kind = kind;
        b.text = text;
        blocks.append(b);
    }
    void addTable(TableSpec table)
    {
        Block b;
        b.kind = Block::Kind::Table;
        b.table = std::move(table);
        blocks.append(b);
    }
    void spacer(double mm)
    {
        Block b;
        b.kind = Block::Kind::Spacer;
        b.spaceMm = mm;
        blocks.append(b);
    }

    static QString stageText(const Engine::Lever &lever, const QMap<int, double> &years, const Engine::Stage &stage)
    {
        double lo = std::numeric_limits<double>::infinity();
        double hi = -lo;
        for (int y = stage.first; y <= stage.last; ++y) {
            const double v = years.value(y, lever.defaultValue);
            lo = std::min(lo, v);
            hi = std::max(hi, v);
        }
        return lo == hi ? num(lo) : QString(num(lo) + QStringLiteral("–") + num(hi));
    }
    static QString stagesText(const Engine::Lever &lever, const QMap<int, double> &years)
    {
        QStringList parts;
        for (const Engine::Stage &stage : Engine::planStages())
            parts.append(stageText(lever, years, stage));
        return parts.join(QStringLiteral(" / "));
    }
    static QString leverName(const Engine::Lever &lever)
    {
        return pick(lever.nameZh, lever.nameEn);
    }
    static QString indicatorName(const Engine::Indicator &indicator)
    {
        return pick(indicator.nameZh, indicator.nameEn);
    }

    QString targetValueText(const Engine::Target &target, const Engine::Indicator &indicator) const
    {
        return Analysis::Wording::targetText(target, indicator);
    }

    QStringList outcomeRow(const Facts &facts, const Engine::Target &target, const Engine::Indicator &indicator) const
    {
        const Analysis::TargetOutcome o = facts.outcomes.value(target.id);
        const auto opt = [&](const std::optional<double> &v) {
            return v ? Analysis::Wording::valueWithUnit(*v, indicator) : QStringLiteral("—");
        };
        return {Analysis::Wording::targetLabel(target),
                indicatorName(indicator),
                QString::number(target.year),
                targetValueText(target, indicator),
                opt(o.projected),
                Analysis::Wording::gapText(o, target, indicator),
                Analysis::Wording::probability(o.probability),
                Analysis::Wording::statusLabel(o.status)};
    }

    TableSpec outcomeTable(const Facts &facts, const QList<const Engine::Indicator *> &indicators) const
    {
        TableSpec t;
        t.header = {tr("Target"), tr("Indicator"), tr("Year"), tr("Target value"), tr("Projected P50"), tr("Gap"),
                    tr("Probability"), tr("Status")};
        t.widths = {9, 29, 10, 20, 18, 15, 16, 16};
        t.alignRight = {false, false, true, true, true, true, true, false};
        for (const Engine::Indicator *ind : indicators)
            for (const Engine::Target &target : ind->targets)
                t.rows.append(outcomeRow(facts, target, *ind));
        return t;
    }

    void heading(const QString &text, int contentsLevel)
    {
        add(Block::Kind::Heading, text);
        blocks.last().contentsLevel = contentsLevel;
    }

    // The scenario's one-sentence description in this language, or empty.
    // `brief`: for the summary, a template's description up to its colon
    // ("What happens if recent trends go on.").
    QString description(const Storage::Scenario &s, bool brief = false) const
    {
        // A shipped template is described by the formatter, in the report's language.
        if (s.isTemplate()) {
            QString text = descriptionOf(Analysis::Wording::scenarioDescription(s));
            if (brief) {
                const qsizetype colon = text.indexOf(QRegularExpression(QStringLiteral("[:：]")));
                if (colon > 0)
                    text = text.left(colon) + (Analysis::currentLanguage() == Analysis::Language::Chinese
                                                   ? QStringLiteral("。") : QStringLiteral("."));
            }
            return text;
        }
        QString text = descriptionOf(s.notes);
        // A name is not a description (a fork keeps its parent's notes).
        if (text == s.name || text == s.parentName)
            return {};
        // A planner's words in the other script are quoted, as written.
        static const QRegularExpression han(QStringLiteral("[\\x{3400}-\\x{9FFF}]"));
        if (!text.isEmpty() && Analysis::currentLanguage() == Analysis::Language::English && text.contains(han))
            text = u'“' + text + u'”';
        return text;
    }

    // How many of the report's target statuses rest on one or more assumed
    // inputs (analysis/provenance.h), of how many; empty without provenance.
    QString assumptionsLine(const Engine::Chapter *chapter) const
    {
        const Facts &f = main();
        if (f.provenance.isEmpty())
            return {};
        const QString chapterId = chapter ? chapter->id : QString();
        int total = 0;
        for (const Engine::Indicator &indicator : f.catalog().indicators()) {
            if (!chapterId.isEmpty() && indicator.chapterId != chapterId)
                continue;
            total += int(indicator.targets.size());
        }
        const int assumed = statusesRestingOnAssumptions(f.provenance, f.catalog(), chapterId);
        return tr("%1 of the report's %2 target statuses rest on one or more assumed inputs; the section "
                  "\"Assumptions that matter\" lists them.")
            .arg(assumed)
            .arg(total);
    }

    // The cover: the plan, what the report covers, the scenario with its
    // description, author and fingerprint, then who issues it and when. A
    // line with nothing to say is left out, never printed empty.
    void cover(const Engine::Chapter *chapter, const ReportRequest &request)
    {
        spacer(30);
        add(Block::Kind::Title, kPlanTitle);
        if (Analysis::currentLanguage() == Analysis::Language::English)
            add(Block::Kind::Paragraph, tr("Outline of the Beautiful Jilin construction plan (2024–2035)"));
        blocks.last().centred = true;
        spacer(12);
        add(Block::Kind::Heading, chapter ? tr("Scenario report: %1").arg(chapterTitle(*chapter))
                                          : tr("Scenario report: the whole plan"));
        blocks.last().centred = true;
        spacer(18);
        TableSpec t;
        t.header = {tr("Item"), tr("Value")};
        t.widths = {30, 70};
        const auto scenarioRows = [&](const Facts &f, bool first) {
            const Storage::Scenario &s = f.scenario();
            t.rows.append({first ? tr("Scenario") : tr("Compared with"), Analysis::Wording::scenarioName(s)});
            if (const QString d = description(s); !d.isEmpty())
                t.rows.append({tr("Description"), d});
            if (const QString person = personOf(s.author); !person.isEmpty())
                t.rows.append({tr("Author"), person});
            t.rows.append({tr("Fingerprint of its inputs"), f.fingerprint});
            t.rows.append({tr("Revision"), QString::number(s.revision)});
            if (!s.parentName.isEmpty())
                t.rows.append({tr("Forked from"), s.parentName});
            t.rows.append({tr("Last changed"), s.modified.toString(QStringLiteral("yyyy-MM-dd HH:mm"))});
        };
        scenarioRows(main(), true);
        if (chapter)
            t.rows.insert(0, {tr("Chapter"), chapterTitle(*chapter)});
        t.rows.append({tr("Projection"), tr("%1 Monte Carlo draws, seed %2; P50 is the median of the draws")
                                             .arg(main().projection.request.draws)
                                             .arg(main().projection.request.seed)});
        for (qsizetype i = 1; i < m_facts.size(); ++i)
            scenarioRows(*m_facts.at(i), false);
        if (const QString line = assumptionsLine(chapter); !line.isEmpty())
            t.rows.append({tr("Assumptions"), line});
        addTable(t);
        spacer(24);
        // Who issues it and when, centred at the foot of the cover as on a
        // document's title page. Without an issuer set (settings or
        // --issuer) that line is left out.
        if (!request.issuer.trimmed().isEmpty()) {
            add(Block::Kind::Subheading, tr("Issued by: %1").arg(request.issuer.trimmed()));
            blocks.last().centred = true;
        }
        add(Block::Kind::Subheading,
            Analysis::Wording::date(request.date.isValid() ? request.date : QDate::currentDate()));
        blocks.last().centred = true;
        add(Block::Kind::PageBreak);
    }

    // The page an official reads first: each chapter's plan targets by
    // status, the missed ones ranked with their finding and what would meet
    // them, the planner's own targets counted apart.
    void summary(const QList<const Engine::Chapter *> &chapters)
    {
        const Facts &f = main();
        add(Block::Kind::RunningHeader, tr("Summary"));
        add(Block::Kind::Heading, tr("Summary"));
        const QString name = Analysis::Wording::scenarioName(f.scenario());
        QString scenarioLine = tr("Scenario %1.").arg(name);
        if (const QString d = description(f.scenario(), true); !d.isEmpty())
            scenarioLine = tr("Scenario %1: %2").arg(name, d);
        // One paragraph: the scenario and how many verdicts rest on assumptions.
        if (const QString line = assumptionsLine(chapters.size() == 1 ? chapters.first() : nullptr); !line.isEmpty())
            scenarioLine += u' ' + line;
        add(Block::Kind::Paragraph, scenarioLine);
        blocks.last().small = true;

        const QStringList order{QStringLiteral("achieved"), QStringLiteral("on_track"), QStringLiteral("at_risk"),
                                QStringLiteral("off_track"), QStringLiteral("not_assessable")};
        const auto statusOf = [&](const QString &status) {
            return order.contains(status) ? status : QStringLiteral("not_assessable");
        };
        Block bars;
        bars.kind = Block::Kind::StatusBars;
        QHash<QString, int> working;
        QList<std::pair<const Engine::Target *, const Engine::Indicator *>> missedTargets;
        for (const Engine::Chapter *chapter : chapters) {
            QHash<QString, int> counts;
            for (const Engine::Indicator *ind : f.catalog().indicatorsOf(chapter->id)) {
                for (const Engine::Target &target : ind->targets) {
                    const Analysis::TargetOutcome o = f.outcomes.value(target.id);
                    if (o.origin == QLatin1String("planner")) {
                        ++working[statusOf(o.status)];
                        continue;
                    }
                    ++counts[statusOf(o.status)];
                    if (missed(o))
                        missedTargets.append({&target, ind});
                }
            }
            StatusBar bar;
            bar.label = chapterTitle(*chapter);
            bar.counts = statusCounts(counts, order, tr("no target of the plan"));
            bars.bars.append(bar);
        }
        // The planner's working targets in a bar of their own, counted apart.
        StatusBar own;
        own.label = tr("The planner's working targets, counted apart");
        own.counts = statusCounts(working, order, tr("none in this scenario"));
        bars.bars.append(own);
        add(Block::Kind::Subheading, tr("Targets by status"));
        blocks.last().small = true;
        blocks.append(bars);

        // Ranked: the least likely first; among equals, the larger shortfall.
        std::stable_sort(missedTargets.begin(), missedTargets.end(), [&](const auto &a, const auto &b) {
            const Analysis::TargetOutcome oa = f.outcomes.value(a.first->id);
            const Analysis::TargetOutcome ob = f.outcomes.value(b.first->id);
            const double pa = oa.probability.value_or(0.0);
            const double pb = ob.probability.value_or(0.0);
            if (pa != pb)
                return pa < pb;
            return std::abs(oa.gapPercent.value_or(0.0)) > std::abs(ob.gapPercent.value_or(0.0));
        });
        add(Block::Kind::Subheading, tr("Plan targets off track or at risk, the least likely first"));
        blocks.last().small = true;
        if (missedTargets.isEmpty()) {
            add(Block::Kind::Paragraph, tr("No target of the plan is off track or at risk in this scenario."));
        } else {
            TableSpec t;
            t.header = {tr("Target"), tr("Finding"), tr("Yearly setting that meets it at 90 %")};
            t.widths = {8, 58, 34};
            for (const auto &[target, ind] : std::as_const(missedTargets)) {
                const Analysis::TargetOutcome o = f.outcomes.value(target->id);
                t.rows.append({Analysis::Wording::targetLabel(*target), Analysis::Wording::finding(o, *ind, *target),
                               rescueText(target->id)});
            }
            addTable(t);
        }
        add(Block::Kind::PageBreak);
    }

    static QList<StatusCount> statusCounts(const QHash<QString, int> &counts, const QStringList &order,
                                           const QString &none)
    {
        QList<StatusCount> list;
        for (const QString &status : order)
            if (counts.value(status) > 0)
                list.append({status, tr("%1 %2").arg(Analysis::Wording::statusLabel(status)).arg(counts.value(status)),
                             counts.value(status)});
        if (list.isEmpty())
            list.append({QStringLiteral("not_assessable"), none, 0});
        return list;
    }

    // The summary's answer for one missed target, in the lever's unit.
    QString rescueText(const QString &targetId) const
    {
        const Rescue r = rescues.value(targetId);
        if (r.milestone)
            return tr("a milestone, judged by its tracking indicators: no single setting is sought");
        if (!r.lever)
            return tr("no lever of the models moves it");
        if (!r.meets)
            return tr("no single lever reaches it");
        const QString unit = pick(r.meets->unitZh, r.meets->unitEn);
        return tr("%1: %2 (inside its range %3–%4)")
            .arg(leverName(*r.meets), Analysis::Wording::quantity(num(r.setting), unit), num(r.meets->min),
                 num(r.meets->max));
    }

    void contents()
    {
        add(Block::Kind::RunningHeader, tr("Contents"));
        add(Block::Kind::Heading, tr("Contents"));
        add(Block::Kind::Contents);
        add(Block::Kind::PageBreak);
    }

    void chapterBody(const Engine::Chapter &chapter, bool full)
    {
        const Facts &f = main();
        const Engine::Catalog &catalog = f.catalog();
        const QList<const Engine::Indicator *> indicators = catalog.indicatorsOf(chapter.id);
        add(Block::Kind::RunningHeader, chapterTitle(chapter));
        // In the contents: the chapters of a full report, their sections below them.
        const int level = full ? 2 : 1;
        if (full)
            heading(chapterTitle(chapter), 1);

        heading(tr("1. Summary of the chapter's targets"), level);
        addTable(outcomeTable(f, indicators));
        blocks.append(ImplementationSection(catalog, f.implementation).decomposition(chapter));

        // Indicators: two to a page, each with its chart and findings.
        add(Block::Kind::PageBreak);
        heading(tr("2. Indicators: projection and findings"), level);
        for (const Engine::Indicator *ind : indicators) {
            Charts::ChartData chart = Charts::ChartDataBuilder::indicatorChart(catalog, f.projection, ind->id);
            if (ind->targets.isEmpty() && chart.scenarios.isEmpty())
                continue;
            Block slot;
            slot.kind = Block::Kind::IndicatorSlot;
            const QString unit = pick(ind->unitZh, ind->unitEn);
            slot.text = unit.isEmpty() ? indicatorName(*ind)
                                       : QString(indicatorName(*ind) + QStringLiteral(" (") + unit + QLatin1Char(')'));
            for (const Engine::Target &target : ind->targets) {
                const auto o = f.outcomes.constFind(target.id);
                if (o != f.outcomes.cend())
                    slot.findings.append(Analysis::Wording::targetLabel(target) + QStringLiteral(": ")
                                         + Analysis::Wording::finding(*o, *ind, target));
            }
            if (slot.findings.isEmpty())
                slot.findings.append(tr("No target of the plan for this indicator; the projection is shown for context."));
            slot.chart = chart;
            blocks.append(slot);
        }
        add(Block::Kind::PageBreak);

        m_level = level;
        levers(chapter);
        differences(chapter);
        goalSeek(chapter);
        notes(chapter);
        assumptionsThatMatter(chapter);
    }

    // 八、 (assumptionsection.h): one section object for the report, so each
    // tornado is computed once.
    void assumptionsThatMatter(const Engine::Chapter &chapter)
    {
        if (!m_assumptionSection)
            m_assumptionSection.emplace(*main().session, main().outcomes, main().provenance);
        blocks.append(m_assumptionSection->blocks(chapter));
    }

    QList<const Engine::Lever *> chapterLevers(const QString &chapterId) const
    {
        QList<const Engine::Lever *> list;
        for (const Engine::Lever &lever : defaults().levers())
            if (lever.moduleId == chapterId)
                list.append(&lever);
        return list;
    }

    void levers(const Engine::Chapter &chapter)
    {
        heading(tr("3. Levers and their settings by stage"), m_level);
        const QList<const Engine::Lever *> list = chapterLevers(chapter.id);
        if (list.isEmpty()) {
            add(Block::Kind::Paragraph, tr("No model of this chapter has levers: its indicators are carried forward "
                                           "by the projection chosen for each."));
            return;
        }
        add(Block::Kind::Paragraph, tr("Stages: 1 = 2024–2027, 2 = 2028–2030, 3 = 2031–2035; a range means the "
                                       "setting changes within the stage."));
        TableSpec t;
        t.header = {tr("Lever"), tr("Unit"), tr("Default"), tr("Stage 1"), tr("Stage 2"), tr("Stage 3"), tr("Range")};
        t.widths = {40, 18, 11, 11, 11, 11, 14};
        t.alignRight = {false, false, true, true, true, true, true};
        for (const Engine::Lever *lever : list) {
            const QMap<int, double> years = main().stored.levers.value(lever->id);
            QStringList row{leverName(*lever), pick(lever->unitZh, lever->unitEn), num(lever->defaultValue)};
            for (const Engine::Stage &stage : Engine::planStages())
                row.append(stageText(*lever, years, stage));
            row.append(num(lever->min) + QStringLiteral(" – ") + num(lever->max));
            t.rows.append(row);
        }
        addTable(t);
    }

    // The assumptions of a scenario that concern a chapter, by a sortable
    // key: (what, value in words). Missing keys are "not set".
    struct Assumption
    {
        QString what;
        QString value;
    };
    QMap<QString, Assumption> assumptions(const Storage::StoredInputs &stored, const Storage::StoredOverrides &overrides,
                                          const QString &chapterId) const
    {
        QMap<QString, Assumption> map;
        const Engine::Catalog &catalog = defaults();
        for (const Engine::Lever *lever : chapterLevers(chapterId)) {
            map.insert(QStringLiteral("1 ") + lever->id,
                       {tr("Lever %1, stages 1 / 2 / 3").arg(leverName(*lever)),
                        stagesText(*lever, stored.levers.value(lever->id))});
            Engine::Uncertainty u = lever->uncertainty;
            QString kind = Engine::uncertaintyKindToString(u.kind);
            double spread = u.spread;
            if (const auto s = stored.leverUncertainty.constFind(lever->id); s != stored.leverUncertainty.cend()) {
                kind = s->kind;
                spread = s->spread;
            }
            map.insert(QStringLiteral("2 ") + lever->id,
                       {tr("Uncertainty of lever %1").arg(leverName(*lever)), uncertaintyText(kind, spread)});
        }
        for (const Engine::Indicator *ind : catalog.indicatorsOf(chapterId)) {
            const QString name = indicatorName(*ind);
            if (const auto s = stored.baselineUncertainty.constFind(ind->id); s != stored.baselineUncertainty.cend())
                map.insert(QStringLiteral("3 ") + ind->id,
                           {tr("Uncertainty of the start value of %1").arg(name), uncertaintyText(s->kind, s->spread)});
            if (const auto o = stored.observed.constFind(ind->id); o != stored.observed.cend() && !o->isEmpty()) {
                QStringList values;
                for (const Storage::StoredObservation &obs : *o)
                    values.append(QString::number(obs.year) + QStringLiteral(": ")
                                  + Analysis::Wording::valueWithUnit(obs.value, *ind));
                map.insert(QStringLiteral("4 ") + ind->id,
                           {tr("Observed values added for %1").arg(name), values.join(QStringLiteral("; "))});
            }
            QString method = ind->projectionMethod.isEmpty() ? QStringLiteral("hold") : ind->projectionMethod;
            QJsonObject parameters = ind->projectionParameters;
            if (const auto p = stored.projections.constFind(ind->id); p != stored.projections.cend()) {
                method = p->method;
                parameters = p->parameters;
            }
            const QString projection = Analysis::Wording::projectionMethod(method, parameters);
            map.insert(QStringLiteral("5 ") + ind->id, {tr("Projection of %1 (when no model publishes it)").arg(name),
                                                        projection});
            QString baseline = ind->baseline.value
                                   ? QString(QString::number(ind->baseline.year) + QStringLiteral(": ")
                                             + Analysis::Wording::valueWithUnit(*ind->baseline.value, *ind))
                                   : tr("none");
            for (const Storage::BaselineOverrideRow &row : overrides.baselines)
                if (row.indicatorId == ind->id)
                    baseline = QString::number(row.year) + QStringLiteral(": ")
                               + Analysis::Wording::valueWithUnit(row.value, *ind);
            map.insert(QStringLiteral("6 ") + ind->id, {tr("Baseline of %1").arg(name), baseline});
            for (const Engine::Target &target : ind->targets) {
                Engine::Target t = target;
                for (const Storage::TargetOverrideRow &row : overrides.targets) {
                    if (row.targetId == target.id) {
                        t.year = row.year;
                        if (row.value)
                            t.value = row.value;
                        if (row.tolerance)
                            t.tolerance = row.tolerance;
                    }
                }
                map.insert(QStringLiteral("7 ") + target.id,
                           {tr("Target %1").arg(target.id),
                            QString::number(t.year) + QStringLiteral(": ") + targetValueText(t, *ind)});
            }
        }
        return map;
    }

    QString uncertaintyText(const QString &kind, double spread) const
    {
        if (kind == QLatin1String("none") || spread <= 0.0)
            return tr("none");
        return tr("%1, spread %2").arg(Analysis::Wording::uncertaintyKind(kind), num(spread));
    }

    void differenceTable(const QMap<QString, Assumption> &mine, const QMap<QString, Assumption> &other,
                         const QString &otherHeader)
    {
        TableSpec t;
        t.header = {tr("Assumption"), tr("This scenario"), otherHeader};
        t.widths = {40, 30, 30};
        QStringList keys = mine.keys();
        for (const QString &k : other.keys())
            if (!mine.contains(k))
                keys.append(k);
        std::sort(keys.begin(), keys.end());
        for (const QString &k : std::as_const(keys)) {
            const QString a = mine.contains(k) ? mine.value(k).value : tr("not set");
            const QString b = other.contains(k) ? other.value(k).value : tr("not set");
            if (a != b)
                t.rows.append({mine.contains(k) ? mine.value(k).what : other.value(k).what, a, b});
        }
        if (t.rows.isEmpty())
            add(Block::Kind::Paragraph, tr("No difference in this chapter."));
        else
            addTable(t);
    }

    void differences(const Engine::Chapter &chapter)
    {
        const Facts &f = main();
        const QMap<QString, Assumption> mine = assumptions(f.stored, f.overrides, chapter.id);
        heading(tr("4. Differences from the scenario it was forked from"), m_level);
        if (!f.hasParent) {
            add(Block::Kind::Paragraph, f.scenario().parentId == 0
                                            ? tr("This scenario was not forked from another.")
                                            : tr("The scenario it was forked from no longer exists."));
        } else {
            add(Block::Kind::Paragraph, tr("Compared with %1 (revision %2) as it is stored now.")
                                            .arg(f.parent.name).arg(f.parent.revision));
            differenceTable(mine, assumptions(f.parentStored, f.parentOverrides, chapter.id), f.parent.name);
        }
        heading(tr("5. Differences from the defaults"), m_level);
        add(Block::Kind::Paragraph, tr("Lever settings against the levers' defaults, baselines and targets against the "
                                       "plan's catalog, observed values added, projection choices and uncertainty."));
        differenceTable(mine, assumptions({}, {}, chapter.id), tr("Default"));
    }

    void goalSeek(const Engine::Chapter &chapter)
    {
        const Facts &f = main();
        heading(tr("6. What would meet the missed targets"), m_level);
        add(Block::Kind::Paragraph,
            tr("For each target at risk or off track: the constant setting, every year, of the lever that drives its "
               "indicator most directly (of the levers that move it, the one that moves the fewest indicators), "
               "nearest to the scenario's own, that meets the target at P50 and with 90 % probability, the other "
               "levers as set."));
        TableSpec t;
        t.header = {tr("Target"), tr("Lever"), tr("Scenario's setting"), tr("Meets it at P50"),
                    tr("Meets it with 90 %")};
        t.widths = {10, 36, 16, 19, 19};
        t.alignRight = {false, false, true, true, true};
        for (const Engine::Indicator *ind : f.catalog().indicatorsOf(chapter.id)) {
            for (const Engine::Target &target : ind->targets) {
                const Analysis::TargetOutcome o = f.outcomes.value(target.id);
                if (o.status != QLatin1String("at_risk") && o.status != QLatin1String("off_track"))
                    continue;
                const Rescue rescue = rescues.value(target.id);
                const Engine::Lever *lever = rescue.lever;
                if (rescue.milestone) {
                    t.rows.append({target.id, tr("none: a milestone, judged by its tracking indicators"),
                                   QStringLiteral("—"), QStringLiteral("—"), QStringLiteral("—")});
                    continue;
                }
                if (!lever) {
                    t.rows.append({target.id, tr("none: no lever of the models moves this indicator"),
                                   QStringLiteral("—"), QStringLiteral("—"), QStringLiteral("—")});
                    continue;
                }
                const QString unit = pick(lever->unitZh, lever->unitEn);
                if (!rescue.prepared) {
                    t.rows.append({target.id, leverName(*lever), QStringLiteral("—"), tr("no answer"), tr("no answer")});
                    continue;
                }
                if (!rescue.driving) {
                    t.rows.append({target.id, leverName(*lever), QStringLiteral("—"),
                                   tr("no answer: the indicator does not follow this lever steadily"), QString()});
                    continue;
                }
                const Engine::GoalSeekResult &r = *rescue.driving;
                const auto answer = [&](const Engine::GoalSeekAnswer &a) {
                    return a.reachable ? Analysis::Wording::quantity(num(a.value), unit)
                                       : Analysis::Wording::goalSeekReason(a.reason, lever->min, lever->max, unit);
                };
                t.rows.append({target.id, leverName(*lever), Analysis::Wording::quantity(num(r.scenarioSetting), unit),
                               answer(r.p50), answer(r.p90)});
            }
        }
        if (t.rows.isEmpty())
            add(Block::Kind::Paragraph, tr("No target of this chapter is at risk or off track."));
        else
            addTable(t);
    }

    void notes(const Engine::Chapter &chapter)
    {
        const Facts &f = main();
        heading(tr("7. Sources and assumptions"), m_level);
        add(Block::Kind::Paragraph,
            tr("Baselines as the scenario uses them. \"Assumption\": no published figure stands behind the value; it "
               "is the planner's and can be changed in the scenario."));
        TableSpec t;
        t.header = {tr("Indicator"), tr("Baseline"), tr("Source"), tr("Kind")};
        t.widths = {30, 16, 42, 12};
        for (const Engine::Indicator *ind : f.catalog().indicatorsOf(chapter.id)) {
            const Engine::Baseline &b = ind->baseline;
            t.rows.append({indicatorName(*ind),
                           b.value ? QString(QString::number(b.year) + QStringLiteral(": ")
                                             + Analysis::Wording::valueWithUnit(*b.value, *ind))
                                   : tr("none"),
                           // An assumption is explained by its note: what was assumed and why.
                           b.assumption && !b.note.isEmpty() ? Analysis::Wording::baselineNote(*ind)
                                                             : Analysis::Wording::baselineSource(*ind),
                           b.assumption ? tr("assumption") : tr("published")});
        }
        addTable(t);
        const QList<const Engine::Lever *> list = chapterLevers(chapter.id);
        if (!list.isEmpty()) {
            TableSpec l;
            l.header = {tr("Lever"), tr("Default"), tr("Source of the default"), tr("Kind")};
            l.widths = {30, 16, 42, 12};
            for (const Engine::Lever *lever : list)
                l.rows.append({leverName(*lever),
                               Analysis::Wording::quantity(num(lever->defaultValue), pick(lever->unitZh, lever->unitEn)),
                               lever->assumption && !lever->note.isEmpty() ? Analysis::Wording::leverNote(*lever)
                                                                           : Analysis::Wording::leverSource(*lever),
                               lever->assumption ? tr("assumption") : tr("published")});
            addTable(l);
        }
        add(Block::Kind::Paragraph,
            tr("Method: %1 Monte Carlo draws with seed %2; every uncertain lever is drawn once per draw and held in "
               "every year. A target is achieved when observed data meet it, on track at a probability of 90 % or "
               "more, at risk from 50 %, off track below. The fingerprint in the footer is the first 16 hex digits "
               "of the SHA-256 of the scenario's inputs written in a canonical form.")
                .arg(f.projection.request.draws)
                .arg(f.projection.request.seed));
    }

    // The full report's implementation section (tasks, composite index).
    void implementation()
    {
        blocks.append(ImplementationSection(main().catalog(), main().implementation).implementation(main().projection.result));
    }

    void overview()
    {
        const Facts &f = main();
        add(Block::Kind::RunningHeader, tr("Overview"));
        heading(tr("Overview: every target of the plan"), 1);
        QList<const Engine::Indicator *> all;
        for (const Engine::Indicator &ind : f.catalog().indicators())
            all.append(&ind);
        addTable(outcomeTable(f, all));
        add(Block::Kind::PageBreak);
    }

    void comparison(const QList<const Engine::Chapter *> &chapters)
    {
        add(Block::Kind::PageBreak);
        add(Block::Kind::RunningHeader, tr("Appendix: comparison of scenarios"));
        QStringList names;
        for (const Facts *f : m_facts)
            names.append(f->scenario().name);
        heading(tr("Appendix: comparison of scenarios %1").arg(names.join(QStringLiteral(" / "))), 1);
        const Facts &f = main();
        for (const Engine::Chapter *chapter : chapters) {
            for (const Engine::Indicator *ind : f.catalog().indicatorsOf(chapter->id)) {
                if (ind->targets.isEmpty())
                    continue;
                Charts::ChartData chart = Charts::ChartDataBuilder::indicatorChart(f.catalog(), f.projection, ind->id);
                for (qsizetype i = 1; i < m_facts.size(); ++i)
                    Charts::ChartDataBuilder::addScenario(chart, m_facts.at(i)->projection);
                Block slot;
                slot.kind = Block::Kind::IndicatorSlot;
                slot.text = indicatorName(*ind) + QStringLiteral(" — ") + chapterTitle(*chapter);
                for (const Engine::Target &target : ind->targets) {
                    QStringList parts;
                    for (const Facts *other : m_facts) {
                        const Analysis::TargetOutcome o = other->outcomes.value(target.id);
                        QString part = other->scenario().name + QStringLiteral(" ")
                                       + Analysis::Wording::statusLabel(o.status);
                        if (o.projected)
                            part += QStringLiteral(" (P50 ") + Analysis::Wording::valueWithUnit(*o.projected, *ind)
                                    + QLatin1Char(')');
                        parts.append(part);
                    }
                    slot.findings.append(target.id + QStringLiteral(": ") + parts.join(QStringLiteral("; ")));
                }
                slot.chart = chart;
                blocks.append(slot);
            }
        }
        add(Block::Kind::PageBreak);
        add(Block::Kind::Heading, tr("Targets whose status differs"));
        TableSpec s;
        s.header = {tr("Target"), tr("Year")};
        s.widths = {12, 8};
        for (const Facts *other : m_facts) {
            s.header.append(other->scenario().name);
            s.widths.append(80.0 / double(m_facts.size()));
        }
        for (const Engine::Chapter *chapter : chapters) {
            for (const Engine::Indicator *ind : f.catalog().indicatorsOf(chapter->id)) {
                for (const Engine::Target &target : ind->targets) {
                    QStringList row{target.id, QString::number(target.year)};
                    QSet<QString> statuses;
                    for (const Facts *other : m_facts) {
                        const Analysis::TargetOutcome o = other->outcomes.value(target.id);
                        statuses.insert(o.status);
                        QString cell = Analysis::Wording::statusLabel(o.status);
                        if (o.probability)
                            cell += QStringLiteral(" (") + QString::number(std::lround(*o.probability * 100.0))
                                    + QStringLiteral("%)");
                        row.append(cell);
                    }
                    if (statuses.size() > 1)
                        s.rows.append(row);
                }
            }
        }
        if (s.rows.isEmpty())
            add(Block::Kind::Paragraph, tr("Every target has the same status in these scenarios."));
        else
            addTable(s);

        add(Block::Kind::Heading, tr("Lever settings that differ (stages 1 / 2 / 3)"));
        TableSpec l;
        l.header = {tr("Lever")};
        l.widths = {30};
        for (const Facts *other : m_facts) {
            l.header.append(other->scenario().name);
            l.widths.append(70.0 / double(m_facts.size()));
        }
        for (const Engine::Chapter *chapter : chapters) {
            for (const Engine::Lever *lever : chapterLevers(chapter->id)) {
                QStringList row{leverName(*lever)};
                QSet<QString> texts;
                for (const Facts *other : m_facts) {
                    const QString text = stagesText(*lever, other->stored.levers.value(lever->id));
                    texts.insert(text);
                    row.append(text);
                }
                if (texts.size() > 1)
                    l.rows.append(row);
            }
        }
        if (l.rows.isEmpty())
            add(Block::Kind::Paragraph, tr("The scenarios set every lever alike."));
        else
            addTable(l);
    }

    QHash<QString, Rescue> rescues;

private:
    const Storage::Store &m_store;
    QList<Facts *> m_facts;
    int m_level = 1;
    std::optional<AssumptionSection> m_assumptionSection;
};

namespace {

// Everything worked out for one scenario: its projection, every target's
// outcome, its fingerprint, its stored inputs and those of its parent.
Engine::Expected<std::unique_ptr<Facts>> loadFacts(const Storage::Store &store, const Engine::ModuleRegistry &modules,
                                                  const QString &name, const ReportRequest &request)
{
    // Every figure of the scenario from one snapshot (on a team server other
    // users commit while the report is written).
    const Storage::Transaction snapshot(store.database(), Storage::Transaction::Kind::Snapshot);
    auto f = std::make_unique<Facts>();
    auto session = Analysis::ScenarioSession::load(store, modules, name);
    if (!session.ok())
        return session.error();
    f->session.emplace(session.takeValue());
    Analysis::ProjectionRequest projectionRequest;
    projectionRequest.draws = request.draws;
    projectionRequest.seed = request.seed;
    auto projection = Analysis::project(*f->session, projectionRequest);
    if (!projection.ok())
        return projection.error();
    f->projection = projection.takeValue();
    for (const Analysis::TargetOutcome &o : Analysis::assessTargets(f->projection, f->catalog()))
        f->outcomes.insert(o.targetId, o);
    const qint64 id = f->scenario().id;
    const auto databaseError = [](const Storage::StoreError &e) {
        return Engine::makeError(QStringLiteral("database"), QString(), 0, e.message);
    };
    const auto fingerprint = Storage::inputsFingerprint(store, id);
    if (!fingerprint.ok())
        return databaseError(fingerprint.error());
    f->fingerprint = fingerprint.value();
    const auto stored = Storage::ScenarioInputsRepository(store).load(id);
    if (!stored.ok())
        return databaseError(stored.error());
    f->stored = stored.value();
    const auto overrides = Storage::loadOverrides(store, id);
    if (!overrides.ok())
        return databaseError(overrides.error());
    f->overrides = overrides.value();
    const Storage::ImplementationRepository implementation(store);
    const auto shares = implementation.allCityShares(id);
    const auto tasks = implementation.taskProgress(id);
    const auto cityTasks = implementation.cityTaskProgress(id);
    const auto cityObserved = Storage::ScenarioInputsRepository(store).cityObservations(id);
    if (!shares.ok())
        return databaseError(shares.error());
    if (!tasks.ok())
        return databaseError(tasks.error());
    if (!cityTasks.ok())
        return databaseError(cityTasks.error());
    if (!cityObserved.ok())
        return databaseError(cityObserved.error());
    f->implementation = {shares.value(), cityObserved.value(), tasks.value(), cityTasks.value()};
    if (f->scenario().parentId != 0) {
        const auto parent = Storage::ScenarioRepository(store).findById(f->scenario().parentId);
        if (parent.ok()) {
            f->hasParent = true;
            f->parent = parent.value();
            const auto parentStored = Storage::ScenarioInputsRepository(store).load(f->parent.id);
            const auto parentOverrides = Storage::loadOverrides(store, f->parent.id);
            if (!parentStored.ok())
                return databaseError(parentStored.error());
            if (!parentOverrides.ok())
                return databaseError(parentOverrides.error());
            f->parentStored = parentStored.value();
            f->parentOverrides = parentOverrides.value();
        }
    }
    return f;
}

} // namespace

Report::Report(QString title, QList<ScenarioStamp> stamps, PageLayout layout)
    : m_title(std::move(title)), m_stamps(std::move(stamps)), m_layout(std::move(layout))
{
}

QStringList Report::chapterChoices(const Engine::Catalog &catalog)
{
    QStringList list{QStringLiteral("all")};
    for (const Engine::Chapter &chapter : catalog.chapters())
        list.append(chapter.id);
    return list;
}

Engine::Expected<const Engine::Chapter *> Report::requestedChapter(const Engine::Catalog &catalog,
                                                                   const ReportRequest &request)
{
    if (request.scenarios.isEmpty())
        return Engine::makeError(QStringLiteral("scenario"), QString(), 0, tr("No scenario given."));
    if (request.chapter.isEmpty() || request.chapter == QLatin1String("all"))
        return static_cast<const Engine::Chapter *>(nullptr);
    if (const Engine::Chapter *chapter = catalog.chapter(request.chapter))
        return chapter;
    return Engine::makeError(QStringLiteral("chapter"), request.chapter, 0,
                             tr("There is no chapter \"%1\": use all or one of %2.")
                                 .arg(request.chapter, chapterChoices(catalog).mid(1).join(QStringLiteral(", "))));
}

Engine::Expected<Report> Report::build(const Storage::Store &store, const Engine::ModuleRegistry &modules,
                                       const ReportRequest &request)
{
    const Engine::Catalog &catalog = store.applicationCatalog();
    const auto chosen = requestedChapter(catalog, request);
    if (!chosen.ok())
        return chosen.error();
    const Engine::Chapter *chapter = chosen.value();

    std::vector<std::unique_ptr<Facts>> facts;
    QList<ScenarioStamp> stamps;
    for (const QString &name : request.scenarios) {
        auto loaded = loadFacts(store, modules, name, request);
        if (!loaded.ok())
            return loaded.error();
        std::unique_ptr<Facts> f = loaded.takeValue();
        if (facts.empty()) {
            // Levers whose setting cites a document (a template's, or the
            // caller's list) count as sourced.
            QSet<QString> documented = request.documentedLevers;
            for (auto it = f->stored.leverBases.cbegin(); it != f->stored.leverBases.cend(); ++it)
                documented.insert(it.key());
            f->provenance = reportProvenance(*f->session, modules, f->outcomes, Analysis::ProvenanceOptions{documented});
        }
        stamps.append({f->scenario().name, f->scenario().revision, f->fingerprint});
        facts.push_back(std::move(f));
    }

    QList<Facts *> pointers;
    for (const auto &f : facts)
        pointers.append(f.get());
    ReportWriter writer(store, pointers);
    QList<const Engine::Chapter *> chapters;
    if (chapter) {
        chapters.append(chapter);
    } else {
        for (const Engine::Chapter &c : catalog.chapters())
            chapters.append(&c);
    }
    writer.rescues = rescuesFor(*pointers.first(), catalog, chapters);
    writer.cover(chapter, request);
    writer.summary(chapters);
    writer.contents();
    if (chapter) {
        writer.chapterBody(*chapter, false);
    } else {
        writer.overview();
        for (const Engine::Chapter *c : std::as_const(chapters))
            writer.chapterBody(*c, true);
        writer.implementation();
    }
    if (facts.size() > 1)
        writer.comparison(chapters);

    const ScenarioStamp &first = stamps.first();
    PageFurniture furniture;
    // The scenario as the reader's language names it (a template's English name in English).
    const QString firstName = Analysis::Wording::scenarioName(pointers.first()->scenario());
    furniture.footerLeft = tr("Scenario %1 · revision %2 · fingerprint %3").arg(firstName).arg(first.revision)
                               .arg(first.fingerprint);
    const QString title = chapter ? tr("Scenario report %1: %2").arg(writer.chapterTitle(*chapter), firstName)
                                  : tr("Scenario report, whole plan: %1").arg(firstName);
    return Report(title, stamps, PageLayout(writer.blocks, furniture));
}

Engine::Expected<Report> Report::buildHandout(const Storage::Store &store, const Engine::ModuleRegistry &modules,
                                              const ReportRequest &request)
{
    const Engine::Catalog &catalog = store.applicationCatalog();
    const auto chosen = requestedChapter(catalog, request);
    if (!chosen.ok())
        return chosen.error();
    const Engine::Chapter *chapter = chosen.value();
    auto loaded = loadFacts(store, modules, request.scenarios.first(), request);
    if (!loaded.ok())
        return loaded.error();
    const std::unique_ptr<Facts> f = loaded.takeValue();
    const QString name = f->scenario().name;

    // The slides as the presenter numbers them (the whole presentation),
    // those of the chosen chapter printed.
    QList<Block> blocks;
    Block header;
    header.kind = Block::Kind::RunningHeader;
    header.text = tr("Meeting handout: scenario %1").arg(name);
    blocks.append(header);
    const QList<Analysis::PresentationSlide> slides = Analysis::presentationSlides(f->catalog());
    for (qsizetype i = 0; i < slides.size(); ++i) {
        const Analysis::PresentationSlide &slide = slides.at(i);
        if (chapter && slide.chapterId != chapter->id)
            continue;
        const Engine::Chapter *c = f->catalog().chapter(slide.chapterId);
        const Engine::Indicator *ind = f->catalog().indicator(slide.indicatorId);
        if (!c || !ind)
            continue;
        Block b;
        b.kind = Block::Kind::Slide;
        b.text = tr("Slide %1 / %2 · %3 · %4")
                     .arg(i + 1)
                     .arg(slides.size())
                     .arg(Analysis::Wording::chapterTitle(*c), pick(ind->nameZh, ind->nameEn));
        for (const Engine::Target &target : ind->targets) {
            const auto o = f->outcomes.constFind(target.id);
            if (o == f->outcomes.cend())
                continue;
            b.lights.append({o->status,
                             Analysis::Wording::targetLabel(target) + u' ' + Analysis::Wording::statusLabel(o->status), 0});
            b.findings.append(Analysis::Wording::finding(*o, *ind, target));
        }
        b.chart = Charts::ChartDataBuilder::indicatorChart(f->catalog(), f->projection, ind->id);
        blocks.append(b);
    }
    if (blocks.size() == 1) {
        Block none;
        none.kind = Block::Kind::Paragraph;
        none.text = tr("This chapter has no slide: none of its indicators has a target.");
        blocks.append(none);
    }

    PageFurniture furniture;
    furniture.footerLeft = tr("Scenario %1 · revision %2 · fingerprint %3").arg(name).arg(f->scenario().revision)
                               .arg(f->fingerprint);
    const QString title = chapter ? tr("Meeting handout %1: %2").arg(Analysis::Wording::chapterTitle(*chapter), name)
                                  : tr("Meeting handout, whole plan: %1").arg(name);
    return Report(title, {{name, f->scenario().revision, f->fingerprint}}, PageLayout(blocks, furniture));
}

int Report::paint(QPagedPaintDevice *device) const
{
    return m_layout.paint(device);
}

bool Report::writePdf(const QString &path, bool overwrite, QString *error) const
{
    // The one file writer: a temporary file beside the target, every write
    // checked, fsync, rename, fsync of the folder; a device, pipe, socket or
    // symbolic link is never replaced.
    Exchange::OutputFile file(path, overwrite);
    if (!file.openForWriting(error))
        return false;
    {
        QPdfWriter writer(&file);
        writer.setTitle(m_title);
        writer.setCreator(QStringLiteral("jilin-planner"));
        writer.setResolution(600);
        PageLayout::setUpDevice(&writer);
        if (paint(&writer) == 0) {
            file.discard();
            *error = file.failure().isEmpty() ? tr("Cannot write %1: the PDF could not be started.").arg(path)
                                              : file.failure();
            return false;
        }
    }
    return file.commit(error);
}

} // namespace Planner::Reports
