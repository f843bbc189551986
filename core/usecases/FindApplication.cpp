#include "core/usecases/FindApplication.h"

#include "core/operators/Authorization.h"
#include "core/store/AuditTrail.h"
#include "core/store/Database.h"

#include <QJsonObject>

namespace iin {

Result<JournalEntry> FindApplication::run(Database& database, const QString& typed, Accept accept)
{
    const QString text = typed.trimmed();
    Journal journal(database);
    const Result<std::optional<JournalEntry>> found = journal.find(text);
    if (!found)
        return found.error();
    if (*found)
        return **found;
    // Not an id nor a registration number: an IIN or a document number naming one application.
    JournalQuery query;
    query.text = text;
    query.limit = 2;
    const Result<QList<JournalEntry>> entries = text.isEmpty() || accept == Accept::IdOrNumber
                                                    ? QList<JournalEntry>()
                                                    : journal.search(query);
    if (!entries)
        return entries.error();
    if (entries->size() == 1)
        return entries->constFirst();
    if (entries->size() > 1)
        return Error{
            QStringLiteral("journal.ambiguous"),
            tr("\"%1\" names more than one application; give its registration number.").arg(text)};
    return Error{QStringLiteral("journal.not_found"),
                 tr("There is no application \"%1\" in the journal. Give its registration "
                    "number, IIN or id.")
                     .arg(text)};
}

Result<JournalEntry> FindApplication::shownTo(Database& database, const QString& text,
                                              const QString& operatorId, Accept accept)
{
    QSqlDatabase db = database.sql();
    Transaction tx(db);
    if (Status s = tx.begin(); !s)
        return s.error();
    if (Status s = Authorization::require(db, operatorId, Permission::ViewApplications); !s)
        return s.error();
    Result<JournalEntry> found = run(database, text, accept);
    const bool looked = found || found.error().code == u"journal.not_found" ||
                        found.error().code == u"journal.ambiguous";
    if (!looked)
        return found;
    // As Journal::view records a search: what kind, never its text.
    const QJsonObject details{{QStringLiteral("listed"), found ? 1 : 0},
                              {QStringLiteral("search"), true}};
    if (Status s = AuditTrail::append(
            db, {operatorId, AuditTrail::Viewed, QStringLiteral("journal"), details});
        !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return found;
}

} // namespace iin
