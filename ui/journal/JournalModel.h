#pragma once

#include "core/journal/Journal.h"
#include "core/services/NewestAnswer.h"

#include <QAbstractTableModel>
#include <QList>
#include <QPointer>

namespace iin {
class StoreThread;
}

namespace iin::ui {

// The journal of applications as a table, fed page by page from the journal's thread: the view
// asks for more as it scrolls (canFetchMore/fetchMore), each page is one keyset query
// (JournalQuery::beforeId or afterId), and an answer to anything but the latest request is
// dropped. At most MaxRows rows are held, however large the journal: past that the search must
// be refined (isCapped()).
class JournalModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        RegistrationNumberColumn,
        StatusColumn,
        NameColumn,
        BirthDateColumn,
        CitizenshipColumn,
        DocumentColumn,
        IinColumn,
        RegisteredAtColumn,
        ColumnCount
    };
    enum Role
    {
        IdRole = Qt::UserRole + 1, // qint64
        StatusRole,                // int(ApplicationStatus)
    };
    static constexpr int PageSize = 100;
    static constexpr int MaxRows = 5000;

    explicit JournalModel(QObject* parent = nullptr);

    void setJournal(iin::StoreThread* journal);
    // Who reads the journal: each search (its first page, not the pages scrolled after it, nor a
    // refresh of the same search) is recorded in the audit trail as a view by this operator.
    void setOperator(const QString& login) { m_operator = login; }
    // The most rows held (MaxRows unless changed); applies from the next search.
    void setMaxRows(int rows) { m_maxRows = std::max(rows, 1); }
    int maxRows() const { return m_maxRows; }
    // A new search: the rows go and the first page is asked for (limit and paging are the
    // model's own).
    void setQuery(const iin::JournalQuery& query);
    const JournalQuery& query() const { return m_query; }
    // Reads the same search again, as many rows as are shown now; the rows shown stay until the
    // new ones are all there, then replace them at once (refreshed()).
    void refresh();

    bool hasJournal() const { return !m_journal.isNull(); }
    bool isLoading() const { return m_loading; }
    bool isCapped() const { return m_capped; }
    bool isAtEnd() const { return m_atEnd; }
    QString lastError() const { return m_error; }
    qint64 idAt(int row) const;
    int rowOf(qint64 id) const; // -1 when not among the rows held
    const JournalEntry* entryAt(int row) const;

    // The status as the operator reads it, in the interface language.
    static QString statusName(ApplicationStatus status);
    // A sent request the registry holds for its officer (a possible match, docs/sync.md).
    static QString awaitingDecisionName();

    // The interface language changed: headers and texts (status, country, dates) again.
    void retranslate();

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent = {}) const override;
    void fetchMore(const QModelIndex& parent = {}) override;

signals:
    // Loading started or ended, the cap was reached, an error came: the page updates its note.
    void stateChanged();
    // A refresh() replaced the rows.
    void refreshed();

private:
    void post(qint64 cursor, int limit);
    void onSearchFinished(const QList<iin::JournalEntry>& entries);
    void onFailed(const QString& message);
    QString text(const JournalEntry& e, int column) const;

    QPointer<StoreThread> m_journal;
    QString m_operator;
    JournalQuery m_query;
    QList<JournalEntry> m_rows;
    // The search asked last: an answer to an earlier one (a search since replaced) is dropped.
    NewestAnswer m_pages{this}; // the page awaited; an older one is dropped
    bool m_loading = false;     // its answer is awaited
    int m_asked = 0;            // the rows it asked for: fewer in the answer means the end
    bool m_atEnd = false;
    bool m_capped = false;
    int m_maxRows = MaxRows;
    QString m_error;
    // A refresh in progress: the rows read so far and how many are wanted.
    bool m_refreshing = false;
    QList<JournalEntry> m_incoming;
    int m_refreshTarget = 0;
};

} // namespace iin::ui
