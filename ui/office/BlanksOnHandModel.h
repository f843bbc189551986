#pragma once

#include "core/office/DashboardFigures.h"

#include <QAbstractTableModel>

namespace iin::ui {

// The dashboard's security-paper blanks: one row per figure (on hand, the threshold below which
// the office is short), one column.
class BlanksOnHandModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Row
    {
        OnHandRow,
        BelowRow,
        RowCount
    };

    explicit BlanksOnHandModel(QObject* parent = nullptr);

    void setBlanks(const BlanksOnHand& blanks);
    const BlanksOnHand& blanks() const { return m_blanks; }
    bool short_() const { return m_blanks.onHand < m_blanks.below; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    void retranslate();

private:
    BlanksOnHand m_blanks;
};

} // namespace iin::ui
