#include "ui/office/OutcomesPerDayModel.h"

#include "ui/journal/JournalModel.h"

#include <QLocale>
#include <QRegularExpression>

namespace iin::ui {

OutcomesPerDayModel::OutcomesPerDayModel(QObject* parent) : QAbstractTableModel(parent) {}

void OutcomesPerDayModel::setDays(const QList<DayOutcomes>& days)
{
    beginResetModel();
    m_days = days;
    endResetModel();
}

int OutcomesPerDayModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_days.size());
}

int OutcomesPerDayModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(DashboardFigures::outcomes().size());
}

QVariant OutcomesPerDayModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const qint64 count = m_days.at(index.row()).counts.value(index.column());
    switch (role) {
    case Qt::DisplayRole:
        return QLocale().toString(count);
    case Qt::EditRole:
        return count;
    case Qt::TextAlignmentRole:
        return int(Qt::AlignRight | Qt::AlignVCenter);
    default:
        return {};
    }
}

QVariant OutcomesPerDayModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole || section < 0)
        return {};
    if (orientation == Qt::Horizontal) {
        const QList<ApplicationStatus> outcomes = DashboardFigures::outcomes();
        return section < outcomes.size() ? outcomeName(outcomes.at(section)) : QVariant();
    }
    return section < m_days.size() ? dayLabel(m_days.at(section).day) : QVariant();
}

QString OutcomesPerDayModel::dayLabel(const QDate& day)
{
    // "06.12" / "12/6": the locale's own order of day and month, without the year.
    QString format = QLocale().dateFormat(QLocale::ShortFormat);
    static const QRegularExpression year(QStringLiteral("[^dM]*y+[^dM]*"));
    format.remove(year);
    return QLocale().toString(day, format);
}

QString OutcomesPerDayModel::outcomeName(ApplicationStatus status)
{
    // Lower case in the journal's column, a legend entry here.
    QString name = JournalModel::statusName(status);
    if (!name.isEmpty())
        name[0] = name[0].toUpper();
    return name;
}

JournalQuery OutcomesPerDayModel::query(int row, int column) const
{
    JournalQuery q;
    const QList<ApplicationStatus> outcomes = DashboardFigures::outcomes();
    if (row < 0 || row >= m_days.size() || column < 0 || column >= outcomes.size())
        return q;
    q.status = outcomes.at(column);
    q.from = q.to = m_days.at(row).day;
    q.ascending = true;
    return q;
}

QString OutcomesPerDayModel::describe(int row, int column) const
{
    const QList<ApplicationStatus> outcomes = DashboardFigures::outcomes();
    if (row < 0 || row >= m_days.size() || column < 0 || column >= outcomes.size())
        return {};
    return tr("%1, registered on %2")
        .arg(outcomeName(outcomes.at(column)),
             QLocale().toString(m_days.at(row).day, QLocale::LongFormat));
}

void OutcomesPerDayModel::retranslate()
{
    if (columnCount() > 0)
        emit headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
    if (rowCount() > 0)
        emit headerDataChanged(Qt::Vertical, 0, rowCount() - 1);
}

} // namespace iin::ui
