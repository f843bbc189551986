#include "ui/office/ComplaintDeadlinesModel.h"

#include <QLocale>

namespace iin::ui {

ComplaintDeadlinesModel::ComplaintDeadlinesModel(QObject* parent) : QAbstractTableModel(parent)
{
    m_counts.counts = QList<qint64>(ComplaintDeadlines::all().size(), 0);
}

void ComplaintDeadlinesModel::setCounts(const ComplaintDeadlineCounts& counts)
{
    beginResetModel();
    m_counts = counts;
    m_counts.counts.resize(ComplaintDeadlines::all().size());
    endResetModel();
}

qint64 ComplaintDeadlinesModel::count(ComplaintDeadline d) const
{
    return m_counts.counts.value(ComplaintDeadlines::all().indexOf(d));
}

ComplaintDeadline ComplaintDeadlinesModel::deadlineAt(int row) const
{
    return ComplaintDeadlines::all().value(row, ComplaintDeadline::Later);
}

int ComplaintDeadlinesModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(ComplaintDeadlines::all().size());
}

int ComplaintDeadlinesModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : 1;
}

QVariant ComplaintDeadlinesModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const qint64 n = m_counts.counts.value(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return QLocale().toString(n);
    case Qt::EditRole:
        return n;
    case Qt::TextAlignmentRole:
        return int(Qt::AlignRight | Qt::AlignVCenter);
    default:
        return {};
    }
}

QVariant ComplaintDeadlinesModel::headerData(int section, Qt::Orientation orientation,
                                             int role) const
{
    if (role != Qt::DisplayRole || section < 0 || section >= rowCount())
        return {};
    if (orientation == Qt::Horizontal)
        return section == 0 ? QVariant(tr("Complaints")) : QVariant();
    return name(deadlineAt(section));
}

QString ComplaintDeadlinesModel::name(ComplaintDeadline d)
{
    switch (d) {
    case ComplaintDeadline::Overdue:
        return tr("Overdue");
    case ComplaintDeadline::Today:
        return tr("Due today");
    case ComplaintDeadline::Soon:
        return tr("%1–%2 working days").arg(1).arg(ComplaintDeadlines::SoonWorkingDays);
    case ComplaintDeadline::Later:
        return tr("Later");
    }
    return {};
}

void ComplaintDeadlinesModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, 0);
    emit headerDataChanged(Qt::Vertical, 0, rowCount() - 1);
}

} // namespace iin::ui
