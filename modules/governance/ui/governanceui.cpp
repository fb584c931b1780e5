// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "governance/ui/governanceui.h"

#include "implementation/ui/indexpage.h"
#include "implementation/ui/indextablemodel.h"
#include "implementation/ui/taskstatusdelegate.h"
#include "implementation/ui/tasktablemodel.h"

#include "implementation/core/citydecomposition.h"
#include "storage/teamserver.h"
#include "workbench/chapterpage.h"
#include "workbench/conflict.h"
#include "workbench/language.h"
#include "workbench/scenariodocument.h"
#include "workbench/refusal.h"
#include "workbench/pageregistry.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace Planner::Governance {

// The plan's tasks and the composite index are the implementation module's;
// this chapter's page shows them beside its own targets.
using Implementation::IndexPage;
using Implementation::IndexTableModel;
using Implementation::TaskStatusDelegate;
using Implementation::TaskTableModel;

namespace {

// The governance chapter: its indicators and targets, and the plan's
// measures as tasks with their progress in this scenario.
class GovernancePage final : public QTabWidget
{
public:
    GovernancePage(const Workbench::PageContext &context, QWidget *parent)
        : QTabWidget(parent), m_targets(new Workbench::ChapterPage(context, this)), m_taskTab(new QWidget(this)),
          m_tasks(new QTableView(m_taskTab)), m_cityLabel(new QLabel(m_taskTab)), m_city(new QComboBox(m_taskTab)),
          m_index(new IndexPage(context.document, this))
    {
        connect(context.document, &Workbench::ScenarioDocument::scenarioChanged, m_index, &IndexPage::retranslate);
        auto *model = new TaskTableModel(context.document, this);
        // Whose record of the tasks: the province's, or one city's. A city
        // planner on a team server starts on its own city's (the only
        // record the server lets it write).
        m_city->setObjectName(QStringLiteral("taskCity"));
        m_city->addItem(QString(), QString());
        for (const QString &city : Implementation::knownCities())
            m_city->addItem(QString(), city);
        m_city->setCurrentIndex(std::max(0, m_city->findData(Storage::TeamServer::ownCity(context.document->store()))));
        model->setCity(m_city->currentData().toString());
        connect(m_city, &QComboBox::currentIndexChanged, this,
                [this, model] { model->setCity(m_city->currentData().toString()); });
        m_cityLabel->setBuddy(m_city);
        auto *bar = new QHBoxLayout;
        bar->addWidget(m_cityLabel);
        bar->addWidget(m_city);
        bar->addStretch(1);
        auto *taskLayout = new QVBoxLayout(m_taskTab);
        taskLayout->setContentsMargins(0, 0, 0, 0);
        taskLayout->addLayout(bar);
        taskLayout->addWidget(m_tasks, 1);
        m_tasks->setObjectName(QStringLiteral("taskTable"));
        m_tasks->setModel(model);
        m_tasks->setItemDelegateForColumn(TaskTableModel::StatusColumn, new TaskStatusDelegate(m_tasks));
        m_tasks->verticalHeader()->setVisible(false);
        m_tasks->horizontalHeader()->setStretchLastSection(true);
        m_tasks->setAlternatingRowColors(true);
        m_tasks->setWordWrap(false);
        m_tasks->resizeColumnsToContents();
        connect(model, &QAbstractItemModel::modelReset, m_tasks, &QTableView::resizeColumnsToContents);
        connect(model, &TaskTableModel::editRefused, this, [this](const QString &message) {
            Workbench::showRefusal(this, TaskTableModel::tr("Task not saved"), message);
        });
        Workbench::ScenarioDocument *document = context.document;
        connect(model, &TaskTableModel::forkNeeded, this, [this, document](const std::function<Engine::Error()> &apply) {
            // After the dialog: the model's cell is not being edited any more.
            QMetaObject::invokeMethod(this, [this, document, apply] {
                Workbench::EditConflict::offerFork(this, document, apply);
            }, Qt::QueuedConnection);
        });
        addTab(m_targets, QString());
        addTab(m_taskTab, QString());
        addTab(m_index, QString());
        retranslate();
    }

protected:
    void changeEvent(QEvent *event) override
    {
        if (event->type() == QEvent::LanguageChange) {
            retranslate();
            if (auto *model = qobject_cast<TaskTableModel *>(m_tasks->model()))
                model->refresh();
            m_index->model()->refresh();
            m_index->retranslate();
        }
        QTabWidget::changeEvent(event);
    }

private:
    void retranslate()
    {
        setTabText(0, TaskTableModel::tr("Indicators and targets"));
        setTabText(1, TaskTableModel::tr("The plan's measures as tasks (%1)").arg(m_tasks->model()->rowCount()));
        setTabText(2, TaskTableModel::tr("Composite assessment index"));
        m_cityLabel->setText(TaskTableModel::tr("&Record of:"));
        m_city->setItemText(0, TaskTableModel::tr("the province"));
        for (int i = 1; i < m_city->count(); ++i) {
            const QString city = m_city->itemData(i).toString();
            m_city->setItemText(i, Workbench::pick(city, Implementation::cityNameEn(city)));
        }
        m_city->setToolTip(TaskTableModel::tr("The province keeps its own record of each task, and each city its "
                                              "own; the composite index counts the province's."));
    }

    Workbench::ChapterPage *m_targets;
    QWidget *m_taskTab;
    QTableView *m_tasks;
    QLabel *m_cityLabel;
    QComboBox *m_city;
    IndexPage *m_index;
};

} // namespace

void setupUi(Workbench::PageRegistry &registry)
{
    registry.add(QStringLiteral("governance"), [](const Workbench::PageContext &context, QWidget *parent) {
        return new GovernancePage(context, parent);
    });
}

} // namespace Planner::Governance
