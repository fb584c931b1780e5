// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "governance/ui/governanceui.h"

#include "governance/ui/indextablemodel.h"
#include "governance/ui/taskstatusdelegate.h"
#include "governance/ui/tasktablemodel.h"

#include "workbench/chapterpage.h"
#include "workbench/refusal.h"
#include "workbench/pageregistry.h"

#include <QEvent>
#include <QHeaderView>
#include <QMessageBox>
#include <QTabWidget>
#include <QTableView>

namespace Planner::Governance {

namespace {

// The governance chapter: its indicators and targets, and the plan's
// measures as tasks with their progress in this scenario.
class GovernancePage final : public QTabWidget
{
public:
    GovernancePage(const Workbench::PageContext &context, QWidget *parent)
        : QTabWidget(parent), m_targets(new Workbench::ChapterPage(context, this)), m_tasks(new QTableView(this)),
          m_index(new QTableView(this))
    {
        auto *indexModel = new IndexTableModel(context.document, this);
        m_index->setObjectName(QStringLiteral("indexTable"));
        m_index->setModel(indexModel);
        m_index->verticalHeader()->setVisible(false);
        m_index->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
        m_index->setToolTip(TaskTableModel::tr("Each target scores 0–100 by its progress from the value the run "
                                               "starts from to the target, at P50 in the target's year; tasks by their "
                                               "progress; a chapter's index is 0.7 × targets + 0.3 × tasks, the overall "
                                               "index the mean of the chapters, after the equal weights of the "
                                               "Beautiful China assessment."));
        auto *model = new TaskTableModel(context.document, this);
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
        addTab(m_targets, QString());
        addTab(m_tasks, QString());
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
            if (auto *model = qobject_cast<IndexTableModel *>(m_index->model()))
                model->refresh();
        }
        QTabWidget::changeEvent(event);
    }

private:
    void retranslate()
    {
        setTabText(0, TaskTableModel::tr("Indicators and targets"));
        setTabText(1, TaskTableModel::tr("The plan's measures as tasks (%1)").arg(m_tasks->model()->rowCount()));
        setTabText(2, TaskTableModel::tr("Composite assessment index"));
    }

    Workbench::ChapterPage *m_targets;
    QTableView *m_tasks;
    QTableView *m_index;
};

} // namespace

void setupUi(Workbench::PageRegistry &registry)
{
    registry.add(QStringLiteral("governance"), [](const Workbench::PageContext &context, QWidget *parent) {
        return new GovernancePage(context, parent);
    });
}

} // namespace Planner::Governance
