// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exchange/observedimport.h"

#include <QAbstractTableModel>
#include <QDialog>

#include <functional>

class QLabel;
class QPushButton;

namespace Planner::Storage { class Store; }

namespace Planner::Shell {

// The rows of an observed-value import as they will be treated: new,
// changed (old -> new), unchanged, and every rejected row with its reason.
class ObservedPreviewModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { RowColumn, IndicatorColumn, CityColumn, YearColumn, ChangeColumn, OldColumn, NewColumn, ReasonColumn, ColumnCount };

    explicit ObservedPreviewModel(Exchange::ObservedPreview preview, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const Exchange::ObservedPreview &preview() const { return m_preview; }

private:
    Exchange::ObservedPreview m_preview;
};

// Shows the preview of an observed-value import before anything is written;
// Import writes the new and changed values in one transaction (refused when
// the scenario changed since the preview). With `apply` given, Import hands
// the preview to it instead (the window's undoable edit of the cities'
// values); it returns the refusal's message, empty when written.
class ObservedImportDialog final : public QDialog
{
    Q_OBJECT

public:
    using Apply = std::function<QString(const Exchange::ObservedPreview &)>;
    ObservedImportDialog(const Storage::Store &store, Exchange::ObservedPreview preview, const QString &fileName,
                         QWidget *parent = nullptr, Apply apply = {});

    ObservedPreviewModel *model() const { return m_model; }
    QPushButton *importButton() const { return m_import; }

private:
    void write();

    const Storage::Store &m_store;
    Apply m_apply;
    ObservedPreviewModel *m_model;
    QPushButton *m_import;
};

} // namespace Planner::Shell
