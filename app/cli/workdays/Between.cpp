#include "app/cli/workdays/WorkdaysRequest.h"

#include "app/cli/CliSupport.h"

#include <QCoreApplication>

namespace iin::cli::workdays {

// workdays between <YYYY-MM-DD> <YYYY-MM-DD>: working days after the first date up to and
// including the second.
int between(const Request& r)
{
    if (r.args.size() != 3)
        return r.wrongArguments();
    const auto from = r.date(1);
    if (!from)
        return ExitBadInput;
    const auto to = r.date(2);
    if (!to)
        return ExitBadInput;
    if (std::abs(from->daysTo(*to)) > 366 * 50) {
        printError(
            QCoreApplication::translate("Cli", "The dates are too far apart (50 years at most)."));
        return ExitBadInput;
    }
    const int n = r.calendar.workingDaysBetween(*from, *to);
    r.finish({{QStringLiteral("from"), from->toString(Qt::ISODate)},
              {QStringLiteral("to"), to->toString(Qt::ISODate)},
              {QStringLiteral("working_days"), n}},
             QString::number(n), yearWarnings(r.calendar, *from, *to));
    return ExitOk;
}

} // namespace iin::cli::workdays
