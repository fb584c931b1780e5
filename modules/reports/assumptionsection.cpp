// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reports/assumptionsection.h"

#include "analysis/scenariosession.h"
#include "analysis/wording.h"
#include "engine/catalog.h"
#include "engine/stages.h"

#include <algorithm>

namespace Planner::Reports {

using Analysis::Wording;

namespace {
// The bars a half-page tornado has room for with its lever names legible
// (the chart axis drops a name that is taller than its row); the table
// above ranks them all.
constexpr int kTornadoBars = 4;
} // namespace

QList<Analysis::TargetProvenance> reportProvenance(const Analysis::ScenarioSession &session,
                                                   const Engine::ModuleRegistry &modules,
                                                   const QHash<QString, Analysis::TargetOutcome> &outcomes,
                                                   const Analysis::ProvenanceOptions &options)
{
    const Engine::Catalog &catalog = session.catalog();
    QList<Analysis::TargetOutcome> ordered;
    for (const Engine::Indicator &ind : catalog.indicators()) {
        for (const Engine::Target &t : ind.targets) {
            if (const auto it = outcomes.constFind(t.id); it != outcomes.cend())
                ordered.append(*it);
        }
    }
    const auto use = Analysis::coefficientUse(catalog, modules, session.inputs());
    return Analysis::provenance(catalog, session.simulator(), session.inputs(),
                                use.ok() ? use.value() : Analysis::CoefficientUse{}, ordered, options);
}

int statusesRestingOnAssumptions(const QList<Analysis::TargetProvenance> &provenance, const Engine::Catalog &catalog,
                                 const QString &chapterId)
{
    const bool all = chapterId.isEmpty() || chapterId == QLatin1String("all");
    int n = 0;
    for (const Analysis::TargetProvenance &p : provenance) {
        const Engine::Indicator *ind = catalog.indicator(p.indicatorId);
        if (p.restsOnAssumptions() && ind && (all || ind->chapterId == chapterId))
            ++n;
    }
    return n;
}

AssumptionSection::AssumptionSection(const Analysis::ScenarioSession &session,
                                     const QHash<QString, Analysis::TargetOutcome> &outcomes,
                                     const QList<Analysis::TargetProvenance> &provenance)
    : m_session(session), m_outcomes(outcomes)
{
    for (const Analysis::TargetProvenance &p : provenance)
        m_provenance.insert(p.targetId, &p);
}

const Engine::Tornado *AssumptionSection::tornado(const QString &indicatorId, int year)
{
    const QString key = indicatorId + u'@' + QString::number(year);
    auto it = m_tornadoes.find(key);
    if (it == m_tornadoes.end()) {
        if (!m_preparedTried) {
            m_preparedTried = true;
            auto prepared = m_session.prepare(Engine::kPlanLastYear);
            if (prepared.ok())
                m_prepared.emplace(prepared.takeValue());
        }
        std::optional<Engine::Tornado> value;
        if (m_prepared) {
            auto result = Engine::tornado(*m_prepared, indicatorId, year);
            if (result.ok())
                value = result.takeValue();
        }
        it = m_tornadoes.insert(key, value);
    }
    return it->has_value() ? &**it : nullptr;
}

QList<Block> AssumptionSection::blocks(const Engine::Chapter &chapter)
{
    const Engine::Catalog &catalog = m_session.catalog();
    QList<Block> out;
    const auto add = [&](Block::Kind kind, const QString &text) {
        Block b;
        b.kind = kind;
        b.text = text;
        out.append(b);
    };
    add(Block::Kind::Heading, tr("8. Assumptions that matter"));
    add(Block::Kind::Paragraph,
        tr("For each target whose status is a verdict on the projection (on track, at risk or off track) and rests "
           "on assumed numbers: those numbers, the policy settings first, ranked by how far each moves the "
           "indicator in the target's year between its lowest and highest setting (the swing, every other "
           "setting as the scenario has it), then the assumed baselines and fixed numbers, for which no swing "
           "is computed. An observed value imported for the indicator replaces the baseline it covers."));

    TableSpec table;
    table.header = {tr("Target"), tr("Status"), tr("Assumed number"), tr("Swing"), tr("Why it is assumed")};
    table.widths = {11, 13, 32, 14, 30};
    table.alignRight = {false, false, false, true, false};
    struct Slot
    {
        const Engine::Indicator *indicator;
        int year;
        QStringList targets;
        QStringList ranked;
    };
    QList<Slot> slots;
    for (const Engine::Indicator *ind : catalog.indicatorsOf(chapter.id)) {
        for (const Engine::Target &target : ind->targets) {
            const Analysis::TargetProvenance *p = m_provenance.value(target.id);
            if (!p || !p->restsOnAssumptions())
                continue;
            const Analysis::TargetOutcome o = m_outcomes.value(target.id);
            const Engine::Tornado *t = tornado(ind->id, target.year);
            struct Ranked
            {
                Analysis::ProvenanceInput input;
                std::optional<double> swing;
            };
            QList<Ranked> ranked;
            for (const Analysis::ProvenanceInput &in : p->assumedInputs()) {
                Ranked r{in, std::nullopt};
                if (in.kind == Analysis::ProvenanceInput::Kind::Lever && t) {
                    for (const Engine::TornadoBar &bar : t->bars) {
                        if (bar.leverId == in.id)
                            r.swing = bar.swing;
                    }
                }
                ranked.append(r);
            }
            // Largest swing first; inputs without a swing after them, in their order.
            std::stable_sort(ranked.begin(), ranked.end(), [](const Ranked &a, const Ranked &b) {
                if (a.swing.has_value() != b.swing.has_value())
                    return a.swing.has_value();
                return a.swing && b.swing && *a.swing > *b.swing;
            });
            const QString label = Wording::targetLabel(target);
            QStringList names;
            // What matters most: the four policy settings with the largest
            // swing, every assumed start value (what an import replaces),
            // two fixed numbers; the rest counted.
            QList<Ranked> shown;
            qsizetype levers = 0;
            qsizetype fixed = 0;
            for (const Ranked &r : std::as_const(ranked)) {
                const bool lever = r.input.kind == Analysis::ProvenanceInput::Kind::Lever;
                const bool coefficient = r.input.kind == Analysis::ProvenanceInput::Kind::Coefficient;
                if ((lever && levers++ >= 4) || (coefficient && fixed++ >= 2))
                    continue;
                shown.append(r);
            }
            for (qsizetype i = 0; i < shown.size(); ++i) {
                const Ranked &r = shown.at(i);
                const QString name = Wording::inputName(r.input, catalog);
                table.rows.append({i == 0 ? label : QString(), i == 0 ? Wording::statusLabel(o.status) : QString(),
                                   name, r.swing ? Wording::valueWithUnit(*r.swing, *ind) : QStringLiteral("—"),
                                   Wording::inputBasis(r.input, catalog)});
                if (names.size() < 3)
                    names.append(r.swing ? tr("%1 (swing %2)").arg(name, Wording::valueWithUnit(*r.swing, *ind))
                                         : name);
            }
            if (ranked.size() > shown.size())
                table.rows.append({QString(), QString(),
                                   ranked.size() - shown.size() == 1
                                       ? tr("and one more assumed number of less weight")
                                       : tr("and %1 more assumed numbers of less weight")
                                             .arg(ranked.size() - shown.size()),
                                   QString(), QString()});
            if (o.status != QLatin1String("at_risk") && o.status != QLatin1String("off_track"))
                continue;
            const auto same = std::find_if(slots.begin(), slots.end(), [&](const Slot &s) {
                return s.indicator == ind && s.year == target.year;
            });
            const QString line = tr("%1 (%2): rests most on %3")
                                     .arg(label, Wording::statusLabel(o.status), names.join(tr("; ")));
            if (same != slots.end())
                same->ranked.append(line);
            else
                slots.append({ind, target.year, {label}, {line}});
        }
    }
    if (table.rows.isEmpty()) {
        add(Block::Kind::Paragraph, tr("No status of this chapter rests on an assumed number."));
        return out;
    }
    Block t;
    t.kind = Block::Kind::Table;
    t.table = table;
    out.append(t);
    for (const Slot &slot : std::as_const(slots)) {
        const Engine::Tornado *tornado = this->tornado(slot.indicator->id, slot.year);
        if (!tornado || tornado->bars.isEmpty())
            continue;
        Block b;
        b.kind = Block::Kind::IndicatorSlot;
        b.text = tr("%1, %2: what each policy setting can move")
                     .arg(Wording::catalogText(slot.indicator->nameZh, slot.indicator->nameEn))
                     .arg(slot.year);
        b.tornado = Charts::ChartDataBuilder::tornadoChart(catalog, *tornado, m_session.scenario().name, kTornadoBars);
        b.findings = slot.ranked;
        out.append(b);
    }
    return out;
}

} // namespace Planner::Reports
