// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reports/implementationsection.h"

#include "analysis/language.h"
#include "analysis/wording.h"
#include "implementation/core/cityassessment.h"
#include "implementation/core/citydecomposition.h"
#include "implementation/core/compositeindex.h"
#include "implementation/core/indexinputs.h"
#include "implementation/core/plantask.h"

#include <cmath>

namespace Planner::Reports {

namespace {

QString pickText(const QString &zh, const QString &en)
{
    return Analysis::currentLanguage() == Analysis::Language::Chinese ? zh : en;
}

Block textBlock(Block::Kind kind, const QString &text, bool small = false)
{
    Block b;
    b.kind = kind;
    b.text = text;
    b.small = small;
    return b;
}

Block tableBlock(TableSpec table)
{
    Block b;
    b.kind = Block::Kind::Table;
    b.table = std::move(table);
    return b;
}

QString indexText(double value)
{
    return std::isfinite(value) ? Analysis::Wording::number(value, 1) : QStringLiteral("—");
}

} // namespace

QList<Block> ImplementationSection::decomposition(const Engine::Chapter &chapter) const
{
    TableSpec t;
    t.header = {tr("Target"), tr("City"), tr("Share"), tr("The city's part"), tr("Observed (latest)"), tr("Status")};
    t.widths = {10, 24, 10, 18, 20, 18};
    t.alignRight = {false, false, true, true, true, false};
    for (const Engine::Indicator *indicator : m_catalog.indicatorsOf(chapter.id)) {
        for (const Engine::Target &target : indicator->targets) {
            for (const Storage::StoredCityShare &share : m_facts.cityShares.value(target.id)) {
                QList<Engine::YearPoint> observed;
                for (const Storage::StoredCityObservation &o : m_facts.cityObserved) {
                    if (o.city == share.city && o.indicatorId == indicator->id)
                        observed.append({o.year, o.value});
                }
                const Implementation::CityJudgement judged =
                    Implementation::judgeCity(target, *indicator, share.city, share.share, observed);
                t.rows.append({Analysis::Wording::targetLabel(target),
                               pickText(share.city, Implementation::cityNameEn(share.city)),
                               Analysis::Wording::number(share.share, 2) + QStringLiteral(" %"),
                               judged.implied ? Analysis::Wording::valueWithUnit(*judged.implied, *indicator)
                                              : QStringLiteral("—"),
                               judged.latest ? tr("%1 (%2)")
                                                   .arg(Analysis::Wording::valueWithUnit(judged.latest->value, *indicator))
                                                   .arg(judged.latest->year)
                                             : QStringLiteral("—"),
                               judged.observed() ? Analysis::Wording::rateClassLabel(judged.status())
                                                 : tr("no observed value")});
            }
        }
    }
    if (t.rows.isEmpty())
        return {};
    QList<Block> blocks{textBlock(Block::Kind::Subheading, tr("The targets' decomposition to the cities")),
                        textBlock(Block::Kind::Paragraph,
                                  tr("Each city's part is its share of the province's target (share ÷ 100 × the target's value). "
                                     "Its status judges the city's own observed values against its part the way the province's "
                                     "observed trend is judged: achieved when the latest value meets the part, otherwise by the "
                                     "compound annual rate observed since the base year against the rate the part requires."),
                                  true),
                        tableBlock(t)};
    // A split a city changed on its own (its share alone) no longer adds up
    // to 100 %: said, for the province to split again.
    for (const Engine::Indicator *indicator : m_catalog.indicatorsOf(chapter.id)) {
        for (const Engine::Target &target : indicator->targets) {
            double sum = 0.0;
            for (const Storage::StoredCityShare &share : m_facts.cityShares.value(target.id))
                sum += share.share;
            if (m_facts.cityShares.contains(target.id) && std::abs(sum - 100.0) > Implementation::kShareSumTolerance)
                blocks.append(textBlock(Block::Kind::Paragraph,
                                        tr("The shares of %1 add up to %2 %, not 100 %: a city changed its own share, "
                                           "and the province splits the target again.")
                                            .arg(Analysis::Wording::targetLabel(target), Analysis::Wording::number(sum, 2)),
                                        true));
        }
    }
    return blocks;
}

QList<Block> ImplementationSection::implementation(const Engine::RunResult &run) const
{
    QList<Block> blocks;
    blocks.append(textBlock(Block::Kind::RunningHeader, tr("Implementation")));
    Block heading = textBlock(Block::Kind::Heading, tr("Implementation: the plan's tasks and the composite index"));
    heading.contentsLevel = 1;
    blocks.append(heading);

    // The tasks as the scenario holds them (the plan's seeded state where
    // the planner recorded nothing).
    QString error;
    QList<Implementation::PlanTask> tasks =
        Implementation::planTasksFromJson(Implementation::embeddedPlanTasksJson(), &error);
    QMap<QString, double> progress;
    for (Implementation::PlanTask &task : tasks) {
        const auto stored = m_facts.tasks.constFind(task.id);
        if (stored != m_facts.tasks.cend()) {
            task.status = stored->status;
            task.progress = stored->progress;
            progress.insert(task.id, stored->progress);
        }
    }
    blocks.append(textBlock(Block::Kind::Subheading, tr("The plan's tasks by status")));
    TableSpec t;
    t.header = {tr("Chapter"), tr("Not started"), tr("In progress"), tr("Done"), tr("Tasks"), tr("Mean progress")};
    t.widths = {40, 12, 12, 12, 10, 14};
    t.alignRight = {false, true, true, true, true, true};
    for (const Engine::Chapter &chapter : m_catalog.chapters()) {
        int notStarted = 0, inProgress = 0, done = 0;
        double sum = 0.0;
        for (const Implementation::PlanTask &task : std::as_const(tasks)) {
            if (task.chapter != chapter.id)
                continue;
            notStarted += task.status == QLatin1String("not_started") || task.status.isEmpty() ? 1 : 0;
            inProgress += task.status == QLatin1String("in_progress") ? 1 : 0;
            done += task.status == QLatin1String("done") ? 1 : 0;
            sum += task.progress;
        }
        const int count = notStarted + inProgress + done;
        if (count == 0)
            continue;
        t.rows.append({Analysis::Wording::chapterTitle(chapter), QString::number(notStarted),
                       QString::number(inProgress), QString::number(done), QString::number(count),
                       Analysis::Wording::number(sum / count, 1) + QStringLiteral(" %")});
    }
    blocks.append(tableBlock(t));

    // The cities' own records of the tasks (beside the province's, which
    // the table above and the index count).
    if (!m_facts.cityTasks.isEmpty()) {
        blocks.append(textBlock(Block::Kind::Subheading, tr("The cities' own records of the tasks")));
        blocks.append(textBlock(Block::Kind::Paragraph,
                                tr("Each city keeps its own record of the tasks it carries out, beside the province's; "
                                   "the table above and the composite index count the province's record."),
                                true));
        TableSpec c;
        c.header = {tr("City"), tr("Not started"), tr("In progress"), tr("Done"), tr("Tasks"), tr("Mean progress")};
        c.widths = {40, 12, 12, 12, 10, 14};
        c.alignRight = {false, true, true, true, true, true};
        for (const QString &cityName : Implementation::inCityOrder(m_facts.cityTasks.keys())) {
            const auto city = m_facts.cityTasks.constFind(cityName);
            int notStarted = 0, inProgress = 0, done = 0;
            double sum = 0.0;
            for (const Storage::StoredTaskProgress &record : city.value()) {
                notStarted += record.status == QLatin1String("not_started") ? 1 : 0;
                inProgress += record.status == QLatin1String("in_progress") ? 1 : 0;
                done += record.status == QLatin1String("done") ? 1 : 0;
                sum += record.progress;
            }
            const int count = int(city.value().size());
            if (count == 0)
                continue;
            c.rows.append({pickText(city.key(), Implementation::cityNameEn(city.key())), QString::number(notStarted),
                           QString::number(inProgress), QString::number(done), QString::number(count),
                           Analysis::Wording::number(sum / count, 1) + QStringLiteral(" %")});
        }
        blocks.append(tableBlock(c));
    }

    // The composite index.
    blocks.append(textBlock(Block::Kind::Subheading, tr("The composite assessment index")));
    const auto weights = Implementation::indexWeightsFromJson(Implementation::embeddedPlanTasksJson());
    const auto index = weights.ok()
                           ? Implementation::compositeIndex(Implementation::targetProgressInputs(m_catalog, run),
                                                            Implementation::taskProgressInputs(tasks, progress),
                                                            weights.value())
                           : Engine::Expected<Implementation::CompositeIndex>(weights.error());
    if (!index.ok()) {
        blocks.append(textBlock(Block::Kind::Paragraph, tr("The index cannot be computed: %1").arg(index.error().message)));
        return blocks;
    }
    blocks.append(textBlock(
        Block::Kind::Paragraph,
        tr("Method, in the manner of the national assessment of the Beautiful China construction: each target with a "
           "value scores the progress its projected median (P50) in the target's year makes from the value the "
           "projection starts from toward the target, 100 × (projected − start) ÷ (target − start), held between 0 "
           "and 100 (a target reached or passed scores 100). Each task counts with its progress, 0 to 100 %. A "
           "chapter's index is %1 × the mean of its target scores + %2 × the mean of its tasks' progress (one part "
           "alone where the chapter has no target or no task); the overall index is the weighted mean of the "
           "chapter indices (weights equal unless the planner set them). Every index runs from 0 (no progress) to "
           "100 (every target met, every task done).")
            .arg(Analysis::Wording::number(weights.value().targets, 1), Analysis::Wording::number(weights.value().tasks, 1)),
        true));
    TableSpec x;
    x.header = {tr("Chapter"), tr("Targets scored"), tr("Target part"), tr("Tasks"), tr("Task part"), tr("Index"),
                tr("Weight")};
    x.widths = {34, 11, 11, 9, 11, 11, 13};
    x.alignRight = {false, true, true, true, true, true, true};
    for (const Implementation::ChapterIndex &c : index.value().chapters) {
        const Engine::Chapter *chapter = m_catalog.chapter(c.chapterId);
        x.rows.append({chapter ? Analysis::Wording::chapterTitle(*chapter) : c.chapterId, QString::number(c.targetCount),
                       indexText(c.targetComponent), QString::number(c.taskCount), indexText(c.taskComponent),
                       indexText(c.index), Analysis::Wording::number(c.weight, 3)});
    }
    x.rows.append({tr("The whole plan"), QString(), QString(), QString(), QString(), indexText(index.value().overall),
                   QString()});
    blocks.append(tableBlock(x));
    Block pageBreak;
    pageBreak.kind = Block::Kind::PageBreak;
    blocks.append(pageBreak);
    return blocks;
}

} // namespace Planner::Reports
