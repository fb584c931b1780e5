// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "workbench/leverpanel.h"

#include "analysis/wording.h"
#include "engine/goalseek.h"
#include "engine/stages.h"
#include "workbench/conflict.h"
#include "workbench/language.h"
#include "workbench/refusal.h"
#include "workbench/scenariodocument.h"

#include <QApplication>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalBlocker>
#include <QToolButton>

#include <cmath>

namespace Planner::Workbench {

namespace {

// Decimals and step from a lever's range: about a hundred steps across it.
int decimalsFor(const Engine::Lever &lever)
{
    const double span = lever.max - lever.min;
    if (span >= 1000.0)
        return 0;
    if (span >= 100.0)
        return 1;
    if (span >= 1.0)
        return 2;
    return 3;
}

// A round step of about a hundredth of the range: 0.1, 1, 10 ...
double stepFor(const Engine::Lever &lever)
{
    const double span = lever.max - lever.min;
    return span > 0.0 ? std::pow(10.0, std::floor(std::log10(span / 100.0))) : 1.0;
}

} // namespace

LeverPanel::LeverPanel(ScenarioDocument *document, const QString &chapterId, QWidget *parent)
    : QScrollArea(parent), m_document(document), m_chapterId(chapterId)
{
    setObjectName(QStringLiteral("leverPanel"));
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);
    build();
    connect(m_document, &ScenarioDocument::scenarioChanged, this, &LeverPanel::refresh);
    connect(m_document, &ScenarioDocument::inputsChanged, this, &LeverPanel::refresh);
    retranslate();
    refresh();
}

void LeverPanel::build()
{
    auto *content = new QWidget(this);
    auto *grid = new QGridLayout(content);
    grid->setContentsMargins(4, 4, 4, 4);
    grid->setHorizontalSpacing(6);
    grid->setVerticalSpacing(4);
    m_hint = new QLabel(content);
    m_hint->setWordWrap(true);
    grid->addWidget(m_hint, 0, 0, 1, 5);
    for (int stage = 1; stage <= 3; ++stage) {
        auto *header = new QLabel(content);
        header->setAlignment(Qt::AlignCenter);
        QFont bold = header->font();
        bold.setBold(true);
        header->setFont(bold);
        grid->addWidget(header, 1, stage);
        m_stageHeaders.append(header);
    }

    // Which targets each lever can move: levers upstream of an indicator's
    // model, for targets with a level to seek.
    std::optional<Engine::PreparedScenario> prepared;
    if (const Analysis::ScenarioSession *session = m_document->session()) {
        auto p = session->prepare();
        if (p.ok())
            prepared.emplace(p.takeValue());
    }

    int row = 2;
    for (const Engine::Lever &lever : m_document->catalog().levers()) {
        if (lever.moduleId != m_chapterId)
            continue;
        m_leverIds.append(lever.id);
        auto *name = new QLabel(content);
        name->setWordWrap(true);
        name->setMinimumWidth(fontMetrics().horizontalAdvance(QLatin1Char('M')) * 10);
        grid->addWidget(name, row, 0);
        m_names.insert(lever.id, name);
        QList<QDoubleSpinBox *> spins;
        for (int stage = 1; stage <= 3; ++stage) {
            auto *spin = new QDoubleSpinBox(content);
            spin->setObjectName(QStringLiteral("%1-stage-%2").arg(lever.id).arg(stage));
            spin->setRange(lever.min, lever.max);
            spin->setDecimals(decimalsFor(lever));
            spin->setSingleStep(stepFor(lever));
            spin->setAlignment(Qt::AlignRight);
            spin->setAccelerated(true);
            spin->setKeyboardTracking(false);  // one edit per committed value, not per keystroke
            spin->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
            connect(spin, &QDoubleSpinBox::valueChanged, this,
                    [this, id = lever.id, stage](double value) { edit(id, stage, value); });
            grid->addWidget(spin, row, stage);
            spins.append(spin);
        }
        m_spins.insert(lever.id, spins);

        QStringList targets;
        if (prepared) {
            const int leverIndex = prepared->leverIndex(lever.id);
            for (const Engine::Indicator &indicator : m_document->catalog().indicators()) {
                const int indicatorIndex = prepared->indicatorIndex(indicator.id);
                if (indicatorIndex < 0 || !prepared->leversUpstreamOf(indicatorIndex).contains(leverIndex))
                    continue;
                for (const Engine::Target &target : indicator.targets) {
                    if (target.value && target.kind != Engine::TargetKind::Milestone)
                        targets.append(target.id);
                }
            }
        }
        m_targets.insert(lever.id, targets);
        auto *seek = new QToolButton(content);
        seek->setObjectName(QStringLiteral("%1-goalseek").arg(lever.id));
        seek->setPopupMode(QToolButton::InstantPopup);
        seek->setEnabled(!targets.isEmpty());
        auto *menu = new QMenu(seek);
        for (const QString &targetId : targets) {
            QAction *action = menu->addAction(targetId);
            action->setData(targetId);
            connect(action, &QAction::triggered, this, [this, id = lever.id, targetId] { goalSeek(id, targetId); });
        }
        seek->setMenu(menu);
        grid->addWidget(seek, row, 4);
        m_goalSeek.insert(lever.id, seek);
        ++row;
    }
    grid->setRowStretch(row, 1);
    grid->setColumnStretch(0, 3);
    for (int c = 1; c <= 3; ++c)
        grid->setColumnStretch(c, 2);
    setWidget(content);
}

QDoubleSpinBox *LeverPanel::spinBox(const QString &leverId, int stage) const
{
    const auto spins = m_spins.value(leverId);
    return stage >= 1 && stage <= spins.size() ? spins.at(stage - 1) : nullptr;
}

QStringList LeverPanel::targetsMovedBy(const QString &leverId) const
{
    return m_targets.value(leverId);
}

void LeverPanel::refresh()
{
    for (const QString &id : std::as_const(m_leverIds)) {
        const QList<QDoubleSpinBox *> spins = m_spins.value(id);
        for (int stage = 1; stage <= spins.size(); ++stage) {
            const double value = m_document->leverValue(id, stage);
            QDoubleSpinBox *spin = spins.at(stage - 1);
            if (std::isfinite(value) && spin->value() != value) {
                const QSignalBlocker block(spin);
                spin->setValue(value);
            }
        }
    }
}

void LeverPanel::edit(const QString &leverId, int stage, double value)
{
    if (value == m_document->leverValue(leverId, stage))
        return;
    const Engine::Error error = m_document->setLeverStage(leverId, stage, value);
    if (error) {
        refresh();  // the stored value back in the box
        EditConflict::report(this, m_document, error, {leverId, {{stage, value}}});
    }
}

void LeverPanel::goalSeek(const QString &leverId, const QString &targetId)
{
    const Engine::Catalog &catalog = m_document->catalog();
    const Engine::Lever *lever = catalog.lever(leverId);
    const Engine::Target *target = catalog.target(targetId);
    const Engine::Indicator *indicator = target ? catalog.indicator(target->indicatorId) : nullptr;
    const Analysis::ScenarioSession *session = m_document->session();
    if (!lever || !target || !indicator || !session)
        return;
    auto prepared = session->prepare(std::max(target->year, int(Engine::kPlanLastYear)));
    if (!prepared.ok()) {
        showRefusal(this, tr("Goal-seek"), prepared.error().message);
        return;
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const auto result = Engine::goalSeek(prepared.takeValue(), *target, *indicator, leverId);
    QApplication::restoreOverrideCursor();
    if (!result.ok()) {
        showRefusal(this, tr("Goal-seek"), result.error().message);
        return;
    }
    const Engine::GoalSeekResult &r = result.value();
    const QString unit = pick(lever->unitZh, lever->unitEn);
    const QString leverName = pick(lever->nameZh, lever->nameEn);
    const QString goal = target->value ? Analysis::Wording::targetWithUnit(*target->value, *indicator) : QString();
    const auto describe = [&](const Engine::GoalSeekAnswer &a) {
        return a.reachable ? tr("%1 (P50 then %2, probability %3)")
                                 .arg(Analysis::Wording::quantity(QLocale().toString(a.value, 'f', 2), unit),
                                      Analysis::Wording::valueWithUnit(a.projected, *indicator),
                                      Analysis::Wording::probability(a.probability))
                           : Analysis::Wording::goalSeekReason(a.reason, lever->min, lever->max, unit);
    };
    QMessageBox box(QMessageBox::Question, tr("Goal-seek: %1").arg(targetId),
                    tr("To reach %1 (%2 %3 by %4) with %5, set it in every year from 2024 to 2035 to:")
                        .arg(targetId, pick(indicator->nameZh, indicator->nameEn), goal)
                        .arg(target->year).arg(leverName),
                    QMessageBox::NoButton, this);
    box.setInformativeText(tr("• for the median (P50): %1\n• for a 90% probability: %2\n\nNow: %3.")
                               .arg(describe(r.p50), describe(r.p90),
                                    Analysis::Wording::quantity(QLocale().toString(r.scenarioSetting, 'f', 2), unit)));
    QPushButton *p50 = r.p50.reachable ? box.addButton(tr("Set for the &median"), QMessageBox::AcceptRole) : nullptr;
    QPushButton *p90 = r.p90.reachable ? box.addButton(tr("Set for &90%"), QMessageBox::AcceptRole) : nullptr;
    box.addButton(QMessageBox::Cancel);
    box.exec();
    const Engine::GoalSeekAnswer *chosen = nullptr;
    if (p50 && box.clickedButton() == p50)
        chosen = &r.p50;
    else if (p90 && box.clickedButton() == p90)
        chosen = &r.p90;
    if (!chosen)
        return;
    const LeverStages edit{leverId, {{1, chosen->value}, {2, chosen->value}, {3, chosen->value}}};
    if (const Engine::Error error = m_document->setLeverStages(
            edit, tr("Goal-seek %1: set %2 to %3").arg(targetId, leverName, QLocale().toString(chosen->value, 'f', 2))))
        EditConflict::report(this, m_document, error, edit);
}

void LeverPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QScrollArea::changeEvent(event);
}

void LeverPanel::retranslate()
{
    m_hint->setText(tr("Levers by plan stage. A change is saved and projected at once; Ctrl+Z undoes it."));
    const QList<Engine::Stage> &stages = Engine::planStages();
    for (int i = 0; i < m_stageHeaders.size() && i < stages.size(); ++i)
        m_stageHeaders[i]->setText(QStringLiteral("%1\n%2–%3").arg(pick(stages[i].ordinalZh, stages[i].ordinalEn))
                                       .arg(stages[i].first).arg(stages[i].last));
    for (const QString &id : std::as_const(m_leverIds)) {
        const Engine::Lever *lever = m_document->catalog().lever(id);
        if (!lever)
            continue;
        const QString name = pick(lever->nameZh, lever->nameEn);
        const QString unit = pick(lever->unitZh, lever->unitEn);
        QString tip = tr("%1\nUnit: %2; range %3 to %4; default %5")
                          .arg(name, unit).arg(lever->min).arg(lever->max).arg(lever->defaultValue);
        tip += u'\n' + (lever->assumption ? tr("Default is an assumption: %1").arg(pick(lever->noteZh, lever->note))
                                          : tr("Source: %1").arg(pick(lever->sourceZh, lever->source)));
        QLabel *label = m_names.value(id);
        label->setText(unit.isEmpty() ? name : tr("%1 (%2)").arg(name, unit));
        label->setToolTip(tip);
        const QList<QDoubleSpinBox *> spins = m_spins.value(id);
        for (int stage = 1; stage <= spins.size(); ++stage) {
            spins[stage - 1]->setToolTip(tip);
            spins[stage - 1]->setAccessibleName(tr("%1, %2").arg(name, pick(stages[stage - 1].ordinalZh,
                                                                              stages[stage - 1].ordinalEn)));
        }
        QToolButton *seek = m_goalSeek.value(id);
        seek->setText(tr("Reach…"));
        seek->setToolTip(m_targets.value(id).isEmpty()
                             ? tr("No target with a level depends on this lever")
                             : tr("Goal-seek: set %1 to reach a target (%2)")
                                   .arg(name, m_targets.value(id).join(QStringLiteral(", "))));
        seek->setAccessibleName(tr("Goal-seek for %1").arg(name));
        for (QAction *action : seek->menu()->actions()) {
            const Engine::Target *target = m_document->catalog().target(action->data().toString());
            const Engine::Indicator *indicator = target ? m_document->catalog().indicator(target->indicatorId) : nullptr;
            if (target && indicator)
                action->setText(tr("Reach %1: %2 %3 by %4")
                                    .arg(target->id, pick(indicator->nameZh, indicator->nameEn),
                                         target->value ? Analysis::Wording::targetWithUnit(*target->value, *indicator)
                                                       : QString())
                                    .arg(target->year));
        }
    }
}

} // namespace Planner::Workbench
