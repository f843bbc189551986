#include "ui/office/BlanksOnHandModel.h"

#include <QLocale>

namespace iin::ui {

BlanksOnHandModel::BlanksOnHandModel(QObject* parent) : QAbstractTableModel(parent) {}

void BlanksOnHandModel::setBlanks(const BlanksOnHand& blanks)
{
    m_blanks = blanks;
    emit dataChanged(index(0, 0), index(RowCount - 1, 0));
}

int BlanksOnHandModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : RowCount;
}

int BlanksOnHandModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : 1;
}

QVariant BlanksOnHandModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const qint64 n = index.row() == OnHandRow ? m_blanks.onHand : qint64(m_blanks.below);
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

QVariant BlanksOnHandModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole || section < 0)
        return {};
    if (orientation == Qt::Horizontal)
        return section == 0 ? QVariant(tr("Blanks")) : QVariant();
    switch (section) {
    case OnHandRow:
        return tr("On hand");
    case BelowRow:
        return tr("Reorder below");
    default:
        return {};
    }
}

void BlanksOnHandModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, 0);
    emit headerDataChanged(Qt::Vertical, 0, RowCount - 1);
}

} // namespace iin::ui
