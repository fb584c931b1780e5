// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "governance/ui/governanceui.h"

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
        : QTabWidget(parent), m_targets(new Workbench::ChapterPage(context, this)), m_tasks(new QTableView(this))
    {
        auto *model = new TaskTableModel(context.document, this);
        m_tasks->setObjectName(QStringLiteral("taskTable"));
        m_tasks->setModel(model);
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
        retranslate();
    }

protected:
    void changeEvent(QEvent *event) override
    {
        if (event->type() == QEvent::LanguageChange) {
            retranslate();
            if (auto *model = qobject_cast<TaskTableModel *>(m_tasks->model()))
                model->refresh();
        }
        QTabWidget::changeEvent(event);
    }

private:
    void retranslate()
    {
        setTabText(0, TaskTableModel::tr("Indicators and targets"));
        setTabText(1, TaskTableModel::tr("The plan's measures as tasks (%1)").arg(m_tasks->model()->rowCount()));
    }

    Workbench::ChapterPage *m_targets;
    QTableView *m_tasks;
};

} // namespace

void setupUi(Workbench::PageRegistry &registry)
{
    registry.add(QStringLiteral("governance"), [](const Workbench::PageContext &context, QWidget *parent) {
        return new GovernancePage(context, parent);
    });
}

} // namespace Planner::Governance
