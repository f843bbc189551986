#pragma once

#include "core/journal/Journal.h"
#include "core/office/DashboardFigures.h"

#include <QAbstractTableModel>

namespace iin::ui {

// A dashboard chart of ages: a row per band, one column, the count. The outbox's entries not
// answered by the registry (bands in hours since queued) or the certificates printed and not
// handed over (bands in days since printing).
class AgeBandsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum class Kind
    {
        Outbox,
        Handover,
    };

    explicit AgeBandsModel(Kind kind, QObject* parent = nullptr);

    Kind kind() const { return m_kind; }
    // `threshold`: hours (outbox) or days (handover) past which an entry needs a supervisor.
    void setBands(const QList<AgeBand>& bands, int threshold);
    const QList<AgeBand>& bands() const { return m_bands; }
    int threshold() const { return m_threshold; }
    // A band all of whose entries are past the threshold.
    bool pastThreshold(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // "1–4 h", "more than 10 days".
    QString bandLabel(int row) const;
    // What the journal shows for a band: exactly the applications it counts.
    JournalQuery query(int row) const;
    QString describe(int row) const;
    void retranslate();

private:
    Kind m_kind;
    QList<AgeBand> m_bands;
    int m_threshold = 0;
};

} // namespace iin::ui
