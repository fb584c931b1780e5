// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/observedimportdialog.h"

#include "implementation/core/citydecomposition.h"
#include "workbench/language.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace Planner::Shell {

using Kind = Exchange::ObservedChange::Kind;

ObservedPreviewModel::ObservedPreviewModel(Exchange::ObservedPreview preview, QObject *parent)
    : QAbstractTableModel(parent), m_preview(std::move(preview))
{
}

int ObservedPreviewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_preview.changes.size() + m_preview.rejected.size());
}

int ObservedPreviewModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ObservedPreviewModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || role != Qt::DisplayRole)
        return {};
    const QLocale locale;
    const qsizetype row = index.row();
    if (row < m_preview.changes.size()) {
        const Exchange::ObservedChange &c = m_preview.changes.at(row);
        switch (index.column()) {
        case RowColumn: return c.row;
        case IndicatorColumn: return c.indicatorId;
        case CityColumn: return c.city.isEmpty() ? tr("province") : Workbench::pick(c.city, Implementation::cityNameEn(c.city));
        case YearColumn: return c.year;
        case ChangeColumn:
            return c.kind == Kind::New ? tr("new") : c.kind == Kind::Changed ? tr("changed") : tr("unchanged");
        case OldColumn: return c.oldValue ? locale.toString(*c.oldValue, 'g', 15) : QString();
        case NewColumn: return locale.toString(c.value, 'g', 15);
        default: return {};
        }
    }
    const Exchange::RejectedRow &r = m_preview.rejected.at(row - m_preview.changes.size());
    switch (index.column()) {
    case RowColumn: return r.row;
    case IndicatorColumn: return r.cells.value(0);
    case ChangeColumn: return tr("rejected");
    case ReasonColumn: return r.reason;
    default: return {};
    }
}

QVariant ObservedPreviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case RowColumn: return tr("Row");
    case IndicatorColumn: return tr("Indicator");
    case CityColumn: return tr("Where");
    case YearColumn: return tr("Year");
    case ChangeColumn: return tr("Change");
    case OldColumn: return tr("Stored value");
    case NewColumn: return tr("Value in the file");
    case ReasonColumn: return tr("Reason");
    default: return {};
    }
}

ObservedImportDialog::ObservedImportDialog(const Storage::Store &store, Exchange::ObservedPreview preview,
                                           const QString &fileName, QWidget *parent, Apply apply)
    : QDialog(parent), m_store(store), m_apply(std::move(apply)), m_model(new ObservedPreviewModel(std::move(preview), this))
{
    setWindowTitle(tr("Import observed data"));
    const Exchange::ObservedPreview &p = m_model->preview();
    auto *summary = new QLabel(tr("%1 into scenario \"%2\": %3 new, %4 changed, %5 unchanged, %6 rejected. "
                                  "Nothing is written until you choose Import.")
                                   .arg(fileName, p.scenario).arg(p.count(Kind::New)).arg(p.count(Kind::Changed))
                                   .arg(p.count(Kind::Unchanged)).arg(p.rejected.size()),
                               this);
    summary->setWordWrap(true);
    auto *table = new QTableView(this);
    table->setModel(m_model);
    table->horizontalHeader()->setStretchLastSection(true);
    table->verticalHeader()->hide();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_import = buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    m_import->setEnabled(p.count(Kind::New) + p.count(Kind::Changed) > 0);
    connect(buttons, &QDialogButtonBox::accepted, this, &ObservedImportDialog::write);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(summary);
    layout->addWidget(table);
    layout->addWidget(buttons);
    resize(760, 480);
}

void ObservedImportDialog::write()
{
    QString error;
    if (m_apply) {
        error = m_apply(m_model->preview());
        if (!error.isEmpty()) {
            QMessageBox::warning(this, windowTitle(), tr("Nothing was imported: %1").arg(error));
            return;
        }
    } else if (!Exchange::applyObservedImport(m_store, m_model->preview(), &error)) {
        QMessageBox::warning(this, windowTitle(), tr("Nothing was imported: %1").arg(error));
        return;
    }
    accept();
}

} // namespace Planner::Shell
