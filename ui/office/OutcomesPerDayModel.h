#pragma once

#include "core/journal/Journal.h"
#include "core/office/DashboardFigures.h"

#include <QAbstractTableModel>

namespace iin::ui {

// The dashboard's applications per day: a row per local day (oldest first), a column per
// outcome (DashboardFigures::outcomes()), each cell the count.
class OutcomesPerDayModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    explicit OutcomesPerDayModel(QObject* parent = nullptr);

    void setDays(const QList<DayOutcomes>& days);
    const QList<DayOutcomes>& days() const { return m_days; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // The day's label on the chart: short, in the interface language's conventions.
    static QString dayLabel(const QDate& day);
    static QString outcomeName(ApplicationStatus status);
    // What the journal shows for a cell: that status, registered that day.
    JournalQuery query(int row, int column) const;
    // "Refused at intake on 5 December", for the journal's filter note.
    QString describe(int row, int column) const;
    // The header texts again in the interface language.
    void retranslate();

private:
    QList<DayOutcomes> m_days;
};

} // namespace iin::ui
