#include "ui/journal/JournalModel.h"

#include "core/base/Language.h"
#include "core/person/Countries.h"
#include "core/services/StoreThread.h"

#include <QDateTime>
#include <QLocale>

namespace iin::ui {

JournalModel::JournalModel(QObject* parent) : QAbstractTableModel(parent) {}

void JournalModel::setJournal(StoreThread* journal)
{
    // The desk hands the same journal again when its settings change: nothing to read anew.
    if (journal && journal == m_journal)
        return;
    m_journal = journal;
    setQuery(m_query);
}

void JournalModel::setQuery(const JournalQuery& query)
{
    beginResetModel();
    m_query = query;
    m_query.beforeId = 0;
    m_query.afterId = 0;
    m_rows.clear();
    m_rows.squeeze();
    m_loading = false;
    m_pages.drop();
    m_atEnd = false;
    m_capped = false;
    m_error.clear();
    m_refreshing = false;
    m_incoming.clear();
    endResetModel();
    post(0, PageSize);
    emit stateChanged();
}

void JournalModel::refresh()
{
    if (!m_journal)
        return;
    // Whatever was awaited is superseded: its answer will be dropped.
    m_refreshing = true;
    m_incoming.clear();
    m_refreshTarget = std::max<int>(int(m_rows.size()), PageSize);
    m_error.clear();
    post(0, std::min(m_refreshTarget, PageSize * 10));
    emit stateChanged();
}

void JournalModel::post(qint64 cursor, int limit)
{
    m_loading = false;
    if (!m_journal)
        return;
    JournalQuery q = m_query;
    q.limit = limit;
    m_asked = limit;
    q.beforeId = q.ascending ? 0 : cursor;
    q.afterId = q.ascending ? cursor : 0;
    m_loading = true;
    // The first page of a search is recorded as a view (Journal::view).
    m_journal->run(
        m_pages.next(), // a page of a search since replaced never shows
        [q, op = m_operator, record = cursor == 0 && !m_refreshing](StoreContext& c) {
            return c.keep<Journal>().view(q, op, record);
        },
        [this](Result<QList<JournalEntry>> entries) {
            if (entries)
                onSearchFinished(*entries);
            else
                onFailed(entries.errorMessage());
        });
}

void JournalModel::onSearchFinished(const QList<JournalEntry>& entries)
{
    if (m_refreshing) {
        m_loading = false;
        m_incoming += entries;
        const bool end = entries.size() < m_asked;
        if (!end && m_incoming.size() < m_refreshTarget) {
            post(m_incoming.last().id,
                 std::min<int>(m_refreshTarget - int(m_incoming.size()), PageSize * 10));
            return;
        }
        beginResetModel();
        m_rows = std::move(m_incoming);
        m_incoming = {};
        m_refreshing = false;
        m_atEnd = end;
        m_capped = !end && m_rows.size() >= m_maxRows;
        endResetModel();
        emit refreshed();
        emit stateChanged();
        return;
    }
    // The page stays awaited (m_loading) until its rows are in: a fetchMore() while they are
    // inserted (by whoever reacts to the model's signals) would otherwise ask for them again.
    // A short page is the last one.
    m_atEnd = entries.size() < m_asked;
    if (!entries.isEmpty()) {
        const qsizetype room = m_maxRows - m_rows.size();
        const qsizetype taken = std::min<qsizetype>(room, entries.size());
        if (taken > 0) {
            beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + taken - 1));
            m_rows.append(entries.mid(0, taken));
            endInsertRows();
        }
        if (m_rows.size() >= m_maxRows && (!m_atEnd || taken < entries.size()))
            m_capped = true;
    }
    m_loading = false;
    emit stateChanged();
}

void JournalModel::onFailed(const QString& message)
{
    m_loading = false;
    m_refreshing = false;
    m_incoming.clear();
    m_error = message;
    emit stateChanged();
}

qint64 JournalModel::idAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows[row].id : 0;
}

int JournalModel::rowOf(qint64 id) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].id == id)
            return int(i);
    }
    return -1;
}

const JournalEntry* JournalModel::entryAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows[row] : nullptr;
}

bool JournalModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && m_journal && !m_atEnd && !m_capped && !m_refreshing && !m_loading &&
           m_error.isEmpty() && !m_rows.isEmpty();
}

void JournalModel::fetchMore(const QModelIndex& parent)
{
    if (!canFetchMore(parent))
        return;
    post(m_rows.last().id, PageSize);
    emit stateChanged();
}

int JournalModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int JournalModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString JournalModel::statusName(ApplicationStatus status)
{
    switch (status) {
    case ApplicationStatus::Draft:
        return tr("draft");
    case ApplicationStatus::Registered:
        return tr("registered");
    case ApplicationStatus::Sent:
        return tr("sent to the registry");
    case ApplicationStatus::IinAssigned:
        return tr("IIN assigned");
    case ApplicationStatus::Rejected:
        return tr("rejected by the registry");
    case ApplicationStatus::CertificatePrinted:
        return tr("certificate printed");
    case ApplicationStatus::HandedOver:
        return tr("handed over");
    case ApplicationStatus::RefusedAtIntake:
        return tr("refused at intake");
    case ApplicationStatus::Cancelled:
        return tr("cancelled");
    }
    return ApplicationStatuses::toString(status);
}

QString JournalModel::awaitingDecisionName()
{
    return tr("waiting for the registry's decision");
}

QString JournalModel::text(const JournalEntry& e, int column) const
{
    const QLocale locale;
    switch (column) {
    case RegistrationNumberColumn:
        return e.registrationNumber.isEmpty() ? tr("(no number)") : e.registrationNumber;
    case StatusColumn:
        return e.reviewId.isEmpty() ? statusName(e.status) : awaitingDecisionName();
    case NameColumn: {
        QStringList names;
        for (const PersonName& n : {e.nameCyrillic, e.nameLatin}) {
            if (!n.fullName().isEmpty())
                names << n.fullName();
        }
        return names.join(QStringLiteral(" / "));
    }
    case BirthDateColumn:
        return e.birthDate.isValid() ? locale.toString(e.birthDate, QLocale::ShortFormat)
                                     : QString();
    case CitizenshipColumn: {
        const QString name = Countries::name(e.citizenship, Language::current());
        return name.isEmpty() ? e.citizenship : name;
    }
    case DocumentColumn:
        return e.documentNumber;
    case IinColumn:
        return e.iin;
    case RegisteredAtColumn: {
        const QDateTime at = QDateTime::fromString(e.createdAt, Qt::ISODateWithMs);
        return at.isValid() ? locale.toString(at.toLocalTime(), QLocale::ShortFormat) : e.createdAt;
    }
    default:
        return {};
    }
}

QVariant JournalModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const JournalEntry& e = m_rows[index.row()];
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return text(e, index.column());
    case Qt::ToolTipRole:
        if (index.column() == CitizenshipColumn)
            return e.citizenship;
        return {};
    case IdRole:
        return e.id;
    case StatusRole:
        return int(e.status);
    default:
        return {};
    }
}

QVariant JournalModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case RegistrationNumberColumn:
        return tr("Registration number");
    case StatusColumn:
        return tr("Status");
    case NameColumn:
        return tr("Name (Cyrillic / Latin)");
    case BirthDateColumn:
        return tr("Birth date");
    case CitizenshipColumn:
        return tr("Citizenship");
    case DocumentColumn:
        return tr("Document number");
    case IinColumn:
        return tr("IIN");
    case RegisteredAtColumn:
        return tr("Registered at");
    default:
        return {};
    }
}

void JournalModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
}

} // namespace iin::ui
