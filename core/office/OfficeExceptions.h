#pragma once

#include "core/base/Result.h"
#include "core/office/OfficeException.h"
#include "core/office/OfficeThresholds.h"

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace iin {

struct ExceptionScope
{
    QDateTime from, to; // events (reprints, clock warnings) inside [from, to);
                        // invalid: the journal's whole life
    QString operatorId; // empty: the whole desk
};

// What passed the office's thresholds (docs/office.md, "Exceptions"). Read-only; every query
// runs on an index (the applications' status, an application's history, the audit trail's
// action and time).
class OfficeExceptions
{
    Q_DECLARE_TR_FUNCTIONS(OfficeExceptions)

public:
    // The states past a threshold as of `now`, and the events in the scope's period. An
    // application is listed once, under its most specific kind: a reprint before its state,
    // a request stuck in the outbox before the IIN not assigned that it explains. Ordered by
    // kind, then by when the clock started.
    static Result<QList<OfficeException>> find(QSqlDatabase db, const OfficeThresholds& t,
                                               const QDateTime& now, const ExceptionScope& s);

    // The SQL each part runs, for checking their query plans.
    static QStringList queries();
};

} // namespace iin
