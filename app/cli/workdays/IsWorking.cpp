#include "app/cli/workdays/WorkdaysRequest.h"

#include "app/cli/CliSupport.h"

namespace iin::cli::workdays {

// workdays is-working <YYYY-MM-DD>: exit 0 for a working day, 1 for a day off, with the reason.
int isWorking(const Request& r)
{
    if (r.args.size() != 2)
        return r.wrongArguments();
    const auto d = r.date(1);
    if (!d)
        return ExitBadInput;
    const CalendarDay day = r.calendar.day(*d);
    r.finish(dayJson(day, r.lang), d->toString(Qt::ISODate) + u' ' + day.reason(r.lang),
             yearWarnings(r.calendar, *d, *d));
    return day.isWorking() ? ExitOk : ExitNegative;
}

} // namespace iin::cli::workdays
