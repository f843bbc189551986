#pragma once

#include "core/office/DashboardFigures.h"

#include <QAbstractTableModel>

namespace iin::ui {

// The dashboard's unfinished complaints by the term that runs out first: a row per
// ComplaintDeadline (overdue, today, soon, later), one column, the count.
class ComplaintDeadlinesModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    explicit ComplaintDeadlinesModel(QObject* parent = nullptr);

    void setCounts(const ComplaintDeadlineCounts& counts);
    qint64 count(ComplaintDeadline d) const;
    ComplaintDeadline deadlineAt(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    static QString name(ComplaintDeadline d);
    void retranslate();

private:
    ComplaintDeadlineCounts m_counts;
};

} // namespace iin::ui
