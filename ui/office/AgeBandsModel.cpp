#include "ui/office/AgeBandsModel.h"

#include <QLocale>

namespace iin::ui {

AgeBandsModel::AgeBandsModel(Kind kind, QObject* parent) : QAbstractTableModel(parent), m_kind(kind)
{
}

void AgeBandsModel::setBands(const QList<AgeBand>& bands, int threshold)
{
    beginResetModel();
    m_bands = bands;
    m_threshold = threshold;
    endResetModel();
}

bool AgeBandsModel::pastThreshold(int row) const
{
    if (row < 0 || row >= m_bands.size())
        return false;
    const AgeBand& b = m_bands.at(row);
    // Hours: a band [from, to) is past a threshold of `from` or less. Days: the band counts
    // whole days from..to, past the threshold when more than `threshold` days.
    if (m_kind == Kind::Outbox)
        return b.from >= m_threshold;
    return b.to < 0 ? b.from >= m_threshold : b.from > m_threshold;
}

int AgeBandsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_bands.size());
}

int AgeBandsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : 1;
}

QVariant AgeBandsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const qint64 count = m_bands.at(index.row()).count;
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

QVariant AgeBandsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole || section < 0)
        return {};
    if (orientation == Qt::Horizontal)
        return section == 0 ? QVariant(m_kind == Kind::Outbox ? tr("Requests") : tr("Certificates"))
                            : QVariant();
    return section < m_bands.size() ? bandLabel(section) : QVariant();
}

QString AgeBandsModel::bandLabel(int row) const
{
    if (row < 0 || row >= m_bands.size())
        return {};
    const AgeBand& b = m_bands.at(row);
    const QLocale locale;
    if (m_kind == Kind::Outbox) {
        if (b.from == 0)
            return tr("under %1 h").arg(locale.toString(b.to));
        if (b.to < 0)
            return tr("over %1 h").arg(locale.toString(b.from));
        return tr("%1–%2 h").arg(locale.toString(b.from), locale.toString(b.to));
    }
    if (b.to < 0)
        return tr("over %1 days").arg(locale.toString(b.from));
    return tr("%1–%2 days").arg(locale.toString(b.from), locale.toString(b.to));
}

JournalQuery AgeBandsModel::query(int row) const
{
    JournalQuery q;
    q.ascending = true;
    if (row < 0 || row >= m_bands.size())
        return q;
    const AgeBand& b = m_bands.at(row);
    if (m_kind == Kind::Outbox) {
        q.unanswered = true;
        q.queuedSince = b.since;
        q.queuedBefore = b.before;
    } else {
        q.status = ApplicationStatus::CertificatePrinted;
        q.changedSince = b.since;
        q.changedBefore = b.before;
    }
    return q;
}

QString AgeBandsModel::describe(int row) const
{
    if (m_kind == Kind::Outbox)
        return tr("Not answered by the registry, waiting %1").arg(bandLabel(row));
    return tr("Printed, not handed over, waiting %1").arg(bandLabel(row));
}

void AgeBandsModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, 0);
    if (rowCount() > 0)
        emit headerDataChanged(Qt::Vertical, 0, rowCount() - 1);
}

} // namespace iin::ui
