#pragma once

#include "core/base/Result.h"
#include "core/office/OfficeException.h"
#include "core/office/OfficeThresholds.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

namespace iin {

class Database;

// What passed the office's thresholds (docs/office.md, "Needs attention"), as a supervisor sees
// it at sign-in and on the list: the applications stuck in a state (outbox, no IIN, not printed,
// not handed over), blanks running low, and clock warnings of the last day. Reprints are events,
// not states: the end-of-shift report lists them, not this list.
struct NeedsAttention
{
    QDateTime asOf; // UTC
    OfficeThresholds thresholds;
    QList<OfficeException> items;

    int count(OfficeException::Kind kind) const;
};

class ListNeedsAttention
{
    Q_DECLARE_TR_FUNCTIONS(ListNeedsAttention)

public:
    // Permission::SuperviseOffice.
    static Result<NeedsAttention> run(Database& database, const QString& operatorId,
                                      const OfficeThresholds& thresholds, const QDateTime& now);

    // The list for the registry's help desk, with no one's name or document in it: kind,
    // registration number, since when, how long, the detail (a registry error, the skew).
    // CSV (CsvText's dialect), labels in the current language.
    static QByteArray csv(const NeedsAttention& list);
    // The same as JSON: {"as_of", "thresholds", "counts" {kind: n}, "items" [{kind,
    // application_id, registration_number, operator, since, hours, detail}]}.
    static QByteArray json(const NeedsAttention& list);

    // The export written and recorded in the audit trail (`office.attention_exported`: the
    // count and the file's SHA-256), in one go on the store's thread.
    static Status exportCsv(Database& database, const QString& operatorId,
                            const NeedsAttention& list, const QString& fileName);

    // "3 applications need attention: 2 without an IIN past 24 h, 1 not handed over past 10
    // days. Blanks on hand are below 50." — empty when nothing does.
    static QString summary(const NeedsAttention& list);
};

} // namespace iin
