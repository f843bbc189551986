#include "core/usecases/FindApplication.h"

#include "core/store/Database.h"

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

} // namespace iin
