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
#include <QFutureWatcher>
#include <QProgressDialog>
#include <QtConcurrent/QtConcurrentRun>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalBlocker>
#include <QStyle>
#include <QToolButton>

#include <algorithm>
#include <cmath>

namespace Planner::Workbench {

namespace {

// A round step of about a hundredth of the range: 0.1, 1, 10 ...
double stepFor(const Engine::Lever &lever)
{
    const double span = lever.max - lever.min;
    return span > 0.0 ? std::pow(10.0, std::floor(std::log10(span / 100.0))) : 1.0;
}

// A stage's spin box that can show a stage whose years differ: its text is
// the range of the years' values ("50–80"), in italics, and the tool tip
// lists every year. Typing a value replaces the range as usual.
class StageSpinBox final : public QDoubleSpinBox
{
public:
    explicit StageSpinBox(QWidget *parent) : QDoubleSpinBox(parent)
    {
        // Typed text counts as being typed until it is committed (Enter,
        // leaving the box) or given up.
        connect(this, &QAbstractSpinBox::editingFinished, this, [this] { lineEdit()->setModified(false); });
    }

    // A value typed but not yet committed (the keyboard does not track).
    bool isBeingTyped() const { return lineEdit()->isModified(); }

    void setMixed(const QString &text, double value)
    {
        m_mixedText = text;
        m_mixedValue = value;
        QFont f = font();
        f.setItalic(!text.isEmpty());
        setFont(f);
        setProperty("mixed", !text.isEmpty());
        lineEdit()->setText(textFromValue(this->value()));
        updateGeometry();
    }

    QString textFromValue(double value) const override
    {
        if (!m_mixedText.isEmpty() && value == m_mixedValue)
            return m_mixedText;
        return QDoubleSpinBox::textFromValue(value);
    }

    double valueFromText(const QString &text) const override
    {
        if (!m_mixedText.isEmpty() && text == m_mixedText)
            return m_mixedValue;
        return QDoubleSpinBox::valueFromText(text);
    }

    QValidator::State validate(QString &input, int &pos) const override
    {
        if (!m_mixedText.isEmpty() && input == m_mixedText)
            return QValidator::Acceptable;
        return QDoubleSpinBox::validate(input, pos);
    }

    QSize minimumSizeHint() const override
    {
        QSize size = QDoubleSpinBox::minimumSizeHint();
        if (!m_mixedText.isEmpty())
            size.setWidth(std::max(size.width(), fontMetrics().horizontalAdvance(m_mixedText) + 36));
        return size;
    }

    QSize sizeHint() const override
    {
        QSize size = QDoubleSpinBox::sizeHint();
        size.setWidth(std::max(size.width(), minimumSizeHint().width()));
        return size;
    }

private:
    QString m_mixedText;
    double m_mixedValue = 0;
};

} // namespace

LeverPanel::LeverPanel(ScenarioDocument *document, const QString &chapterId, QWidget *parent)
    : QScrollArea(parent), m_document(document), m_chapterId(chapterId)
{
    setObjectName(QStringLiteral("leverPanel"));
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);  // sized to the content's width
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Expanding);
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
            auto *spin = new StageSpinBox(content);
            spin->setObjectName(QStringLiteral("%1-stage-%2").arg(lever.id).arg(stage));
            spin->setRange(lever.min, lever.max);
            spin->setDecimals(Engine::leverDecimals(lever));  // what goal-seek rounds to and the store keeps
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

QSize LeverPanel::minimumSizeHint() const
{
    const QWidget *content = widget();
    const int scrollBar = style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, this);
    const int width = (content ? content->minimumSizeHint().width() : 0) + scrollBar + 2 * frameWidth() + 2;
    return {width, fontMetrics().height() * 8};
}

QSize LeverPanel::sizeHint() const
{
    const QWidget *content = widget();
    const int scrollBar = style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, this);
    const QSize inner = content ? content->sizeHint() : QSize();
    return {std::max(inner.width() + scrollBar + 2 * frameWidth() + 2, minimumSizeHint().width()),
            inner.height() + 2 * frameWidth()};
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
        // The lever's description, and why it has its value in this scenario.
        const QString tip = m_tips.value(id) + u'\n' + tr("In this scenario: %1").arg(m_document->leverBasis(id));
        if (QLabel *label = m_names.value(id))
            label->setToolTip(tip);
        const QList<QDoubleSpinBox *> spins = m_spins.value(id);
        for (int stage = 1; stage <= spins.size(); ++stage) {
            const double value = m_document->leverValue(id, stage);
            auto *spin = static_cast<StageSpinBox *>(spins.at(stage - 1));
            // What the user is typing stays (another session's change was
            // just loaded, say); it is saved as any edit when committed.
            if (spin->isBeingTyped())
                continue;
            const QSignalBlocker block(spin);
            if (std::isfinite(value) && spin->value() != value)
                spin->setValue(value);
            if (!m_document->isStageMixed(id, stage)) {
                spin->setMixed(QString(), value);
                spin->setToolTip(tip);
                continue;
            }
            const QMap<int, double> years = m_document->leverStageYears(id, stage);
            const QList<double> values = years.values();
            const auto [low, high] = std::minmax_element(values.cbegin(), values.cend());
            const QLocale locale = spin->locale();
            const auto number = [&](double v) { return locale.toString(v, 'f', spin->decimals()); };
            spin->setMixed(QStringLiteral("%1–%2").arg(number(*low), number(*high)), value);
            QStringList lines;
            for (auto it = years.cbegin(); it != years.cend(); ++it)
                lines.append(tr("%1: %2").arg(it.key()).arg(number(it.value())));
            spin->setToolTip(tr("The years of this stage differ:\n%1\nA value typed here replaces all of them.")
                                 .arg(lines.join(u'\n')) + QStringLiteral("\n\n") + tip);
        }
    }
}

void LeverPanel::edit(const QString &leverId, int stage, double value)
{
    const bool mixed = m_document->isStageMixed(leverId, stage);
    if (!mixed && value == m_document->leverValue(leverId, stage))
        return;
    if (mixed) {
        const std::optional<Engine::Stage> s = Engine::planStage(stage);
        const Engine::Lever *lever = m_document->catalog().lever(leverId);
        QStringList lines;
        const QMap<int, double> years = m_document->leverStageYears(leverId, stage);
        for (auto it = years.cbegin(); it != years.cend(); ++it)
            lines.append(tr("%1: %2").arg(it.key()).arg(QLocale().toString(it.value())));
        const auto answer = QMessageBox::question(
            this, tr("Overwrite every year?"),
            tr("The years of %1, %2, have different values:\n%3\n\nSet every year of the stage to %4?")
                .arg(lever ? pick(lever->nameZh, lever->nameEn) : leverId,
                     s ? pick(s->ordinalZh, s->ordinalEn) : QString::number(stage), lines.join(u'\n'),
                     QLocale().toString(value)),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
        if (answer != QMessageBox::Yes) {
            refresh();  // the stored years back in the box
            return;
        }
    }
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
    if (!lever || !target || !indicator || !session || isSeeking())
        return;
    auto prepared = session->prepare(std::max(target->year, int(Engine::kPlanLastYear)));
    if (!prepared.ok()) {
        showRefusal(this, tr("Goal-seek"), Analysis::Wording::errorText(prepared.error(), &catalog));
        return;
    }
    // On the document's worker: the window stays live, with a busy
    // indication and Cancel. Cancel asks the search to stop: it checks
    // before each run of the model, so it ends within one step, and says so.
    auto *watcher = new QFutureWatcher<Engine::Expected<Engine::GoalSeekResult>>(this);
    auto *progress = new QProgressDialog(this);
    progress->setObjectName(QStringLiteral("goalSeekProgress"));
    progress->setWindowTitle(tr("Goal-seek: %1").arg(targetId));
    progress->setLabelText(tr("Searching the setting of %1 that reaches %2 (a few hundred runs of the model)…")
                               .arg(pick(lever->nameZh, lever->nameEn), targetId));
    progress->setRange(0, 0);  // busy: the search does not know its length
    progress->setMinimumDuration(0);
    progress->setWindowModality(Qt::WindowModal);
    progress->setAutoClose(false);
    progress->setAutoReset(false);
    progress->setAttribute(Qt::WA_DeleteOnClose);
    m_goalSeekWatcher = watcher;
    const auto stop = std::make_shared<std::atomic<bool>>(false);
    const auto steps = std::make_shared<std::atomic<int>>(0);
    m_goalSeekSteps = steps;
    connect(progress, &QProgressDialog::canceled, watcher, [progress, stop] {
        // The search stops before its next run; the dialog stays until it has.
        stop->store(true);
        progress->setLabelText(tr("Stopping the search…"));
        progress->show();
    });
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, progress, leverId, targetId, stop] {
        QObject::disconnect(progress, &QProgressDialog::canceled, watcher, nullptr);
        watcher->deleteLater();
        progress->close();
        m_goalSeekWatcher = nullptr;
        if (watcher->future().resultCount() > 0) {
            const Engine::Expected<Engine::GoalSeekResult> result = watcher->result();
            const bool stopped = !result.ok() && result.error().code == QLatin1String("goalseek.stopped");
            if (stopped || stop->load()) {
                // Stopped as asked (also when Cancel came during the last step).
                const Engine::Error said = stopped ? result.error()
                                                   : Engine::makeCodedError(QStringLiteral("stopped"), targetId, 0,
                                                                            QStringLiteral("goalseek.stopped"),
                                                                            {QString::number(goalSeekSteps())}, {});
                auto *box = new QMessageBox(QMessageBox::Information, tr("Goal-seek: %1").arg(targetId),
                                            Analysis::Wording::errorText(said), QMessageBox::Ok, this);
                box->setObjectName(QStringLiteral("goalSeekStopped"));
                box->setAttribute(Qt::WA_DeleteOnClose);
                box->open();
            } else {
                offerGoalSeek(leverId, targetId, result);
            }
        }
        Q_EMIT goalSeekFinished();
    });
    Engine::PreparedScenario run = prepared.takeValue();
    Engine::GoalSeekOptions options;
    // The draws of the projection the window shows (the command line's
    // default unless set otherwise), so the answer's probability is the one
    // the page will show once it is applied.
    options.draws = m_document->draws();
    options.stopRequested = [stop, steps] {
        if (stop->load())
            return true;
        steps->fetch_add(1);
        return false;
    };
    watcher->setFuture(QtConcurrent::run(m_document->worker(), [run = std::move(run), target = *target,
                                                                indicator = *indicator, leverId, options] {
        return Engine::goalSeek(run, target, indicator, leverId, options);
    }));
    progress->show();
}

int LeverPanel::goalSeekSteps() const
{
    return m_goalSeekSteps ? m_goalSeekSteps->load() : 0;
}

void LeverPanel::offerGoalSeek(const QString &leverId, const QString &targetId,
                               const Engine::Expected<Engine::GoalSeekResult> &result)
{
    const Engine::Catalog &catalog = m_document->catalog();
    const Engine::Lever *lever = catalog.lever(leverId);
    const Engine::Target *target = catalog.target(targetId);
    const Engine::Indicator *indicator = target ? catalog.indicator(target->indicatorId) : nullptr;
    if (!lever || !target || !indicator)
        return;
    if (!result.ok()) {
        showRefusal(this, tr("Goal-seek"), Analysis::Wording::errorText(result.error(), &catalog));
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
    box.setObjectName(QStringLiteral("goalSeekAnswer"));
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
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        refresh();  // the tool tips of mixed stages
    }
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
        m_tips.insert(id, tip);
        QLabel *label = m_names.value(id);
        label->setText(unit.isEmpty() ? name : tr("%1 (%2)").arg(name, unit));
        label->setToolTip(tip);
        const QList<QDoubleSpinBox *> spins = m_spins.value(id);
        for (int stage = 1; stage <= spins.size(); ++stage) {
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
    refresh();  // the tool tips' "in this scenario" line, in the new language
}

} // namespace Planner::Workbench
