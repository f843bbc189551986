#pragma once

#include "core/base/Result.h"
#include "core/journal/Journal.h"

#include <QCoreApplication>
#include <QString>

namespace iin {

class Database;

// The one policy for finding an application from what a clerk typed (surrounding blanks
// ignored): its id ("42") or registration number, or else an IIN or a document number that
// names exactly one application. Errors: `journal.not_found` (nothing named so),
// `journal.ambiguous` (an IIN or document number naming several), or the store's. Reads only:
// nothing is audited.
class FindApplication
{
    Q_DECLARE_TR_FUNCTIONS(FindApplication)

public:
    enum class Accept
    {
        // Id, registration number, IIN or document number: the desk.
        AnyReference,
        // Id or registration number only: the command line's commands that name an application
        // (`show`, `handover`, `certificate`, `receipt`), whose arguments say just that.
        IdOrNumber,
    };

    static Result<JournalEntry> run(Database& database, const QString& text,
                                    Accept accept = Accept::AnyReference);
    // The same for a lookup whose answer is shown to `operatorId` (the desk's handover): their
    // role must allow viewing applications, and the lookup is recorded as a view of the journal
    // in the same transaction (how many it found, never what was typed).
    static Result<JournalEntry> shownTo(Database& database, const QString& text,
                                        const QString& operatorId,
                                        Accept accept = Accept::AnyReference);
};

} // namespace iin
