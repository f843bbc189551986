#pragma once

#include "core/base/Result.h"
#include "core/complaints/ComplaintRegister.h"

#include <QString>

#include <memory>

namespace iin {

class Database;

// The complaints register over the calendar in force for a journal: the shipped calendar (and
// the user's edited file) with the years edited in the journal laid over it
// (CalendarStore::inForce). The desk keeps one per connection (StoreContext::keep) and the
// command-line tool makes one per command: both count the same terms.
//
// The journal's edited calendar is read again at every get(), and the register built again when
// it changed, so an edit made at another desk or by the command-line tool counts at once.
// The register holds `database` by reference: it must outlive this.
class ComplaintsInForce
{
public:
    explicit ComplaintsInForce(Database& database,
                               int dueSoonDays = ComplaintTerms::DefaultDueSoonDays);
    // Over `calendar` instead of the journal's (the command-line tool's --calendar FILE).
    ComplaintsInForce(Database& database, WorkingCalendar calendar, int dueSoonDays);

    // Valid until the next get().
    Result<ComplaintRegister*> get();

private:
    Database& m_database;
    int m_dueSoonDays;
    std::unique_ptr<ComplaintRegister> m_register;
    QString m_calendarJson; // the journal's edited copy m_register was built with
    bool m_fixed = false;   // built over a calendar given by the caller
};

} // namespace iin
