// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/goalseek.h"

#include <QHash>
#include <QPointer>
#include <QScrollArea>

#include <atomic>
#include <memory>

class QDoubleSpinBox;
class QGridLayout;
class QLabel;
class QToolButton;

namespace Planner::Workbench {

class ScenarioDocument;

// A chapter's levers by plan stage: per lever its name and unit, a spin
// box per stage (range and decimals from the lever) and a goal-seek button
// ("Reach a target…") listing the targets the lever can move. A changed
// value is written and projected at once, without a button; it goes on the
// document's undo stack. Tool tips give each lever's unit, range, default
// and source.
class LeverPanel final : public QScrollArea
{
    Q_OBJECT

public:
    LeverPanel(ScenarioDocument *document, const QString &chapterId, QWidget *parent = nullptr);

    // The spin box of a lever and stage (1-3), or null.
    QDoubleSpinBox *spinBox(const QString &leverId, int stage) const;
    QToolButton *goalSeekButton(const QString &leverId) const { return m_goalSeek.value(leverId); }
    QStringList leverIds() const { return m_leverIds; }

    // As wide as its content (names, the three stages, the goal-seek
    // button) plus the vertical scroll bar: nothing clipped; it scrolls
    // vertically when the levers do not fit.
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

    // The targets a lever can move (targets with a level, of indicators a
    // model downstream of the lever publishes), in catalog order.
    QStringList targetsMovedBy(const QString &leverId) const;

    // Runs goal-seek for a lever and target on the document's worker (a
    // progress dialog with Cancel meanwhile) and, after the planner's
    // choice, sets the lever in every stage (one undoable edit).
    void goalSeek(const QString &leverId, const QString &targetId);
    // True while a goal-seek runs.
    bool isSeeking() const { return !m_goalSeekWatcher.isNull(); }
    // Runs of the model the latest goal-seek has made so far (a step each).
    int goalSeekSteps() const;

Q_SIGNALS:
    // A goal-seek ended: answered, refused or cancelled.
    void goalSeekFinished();

protected:
    void changeEvent(QEvent *event) override;

private:
    void build();
    void refresh();
    void retranslate();
    void edit(const QString &leverId, int stage, double value);
    void offerGoalSeek(const QString &leverId, const QString &targetId,
                       const Engine::Expected<Engine::GoalSeekResult> &result);

    ScenarioDocument *m_document;
    QString m_chapterId;
    QStringList m_leverIds;
    QHash<QString, QList<QDoubleSpinBox *>> m_spins;
    QHash<QString, QLabel *> m_names;
    QHash<QString, QToolButton *> m_goalSeek;
    QList<QLabel *> m_stageHeaders;
    QLabel *m_hint = nullptr;
    QHash<QString, QStringList> m_targets;
    QHash<QString, QString> m_tips;
    QPointer<QObject> m_goalSeekWatcher;
    std::shared_ptr<std::atomic<int>> m_goalSeekSteps;
};

} // namespace Planner::Workbench
