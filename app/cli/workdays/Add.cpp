#include "app/cli/workdays/WorkdaysRequest.h"

#include "app/cli/CliSupport.h"

#include <QCoreApplication>

namespace iin::cli::workdays {

// workdays add <YYYY-MM-DD> <N>: the N-th working day after the date.
int add(const Request& r)
{
    if (r.args.size() != 3)
        return r.wrongArguments();
    const auto from = r.date(1);
    if (!from)
        return ExitBadInput;
    bool isNumber = false;
    const int n = r.args[2].toInt(&isNumber);
    if (!isNumber || n < 0 || n > 10000) {
        printError(QCoreApplication::translate(
                       "Cli", "\"%1\" is not a number of working days (0 to 10000).")
                       .arg(r.args[2]));
        return ExitBadInput;
    }
    const QDate result = r.calendar.addWorkingDays(*from, n);
    if (!result.isValid()) {
        printError(QCoreApplication::translate("Cli", "The date is out of range."));
        return ExitBadInput;
    }
    r.finish({{QStringLiteral("from"), from->toString(Qt::ISODate)},
              {QStringLiteral("working_days"), n},
              {QStringLiteral("date"), result.toString(Qt::ISODate)}},
             result.toString(Qt::ISODate), yearWarnings(r.calendar, *from, result));
    return ExitOk;
}

} // namespace iin::cli::workdays
