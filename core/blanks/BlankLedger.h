#pragma once

#include "core/base/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <optional>

namespace iin {

// Why a blank was spoiled; the codes are what the journal and the command line use.
enum class SpoilReason
{
    Misprint,
    Jam,
    Damaged,
    Other,
};

QString spoilReasonCode(SpoilReason reason); // "misprint", "jam", "damaged", "other"
std::optional<SpoilReason> spoilReasonFrom(const QString& code);
QStringList spoilReasonCodes();

// One range of numbered blanks received by the office.
struct BlankRange
{
    qint64 id = 0;
    QString series;
    qint64 first = 0;
    qint64 last = 0;
    QString receivedBy;
    QString receivedAt; // UTC, ISO 8601
    bool training = false;
    qint64 count() const { return last - first + 1; }
};

// begin + received − issued − spoiled = on hand, for the office. The journal keeps every
// blank from the first range on, so the beginning balance of the whole journal is 0.
struct BlankBalance
{
    qint64 begin = 0;
    qint64 received = 0;
    qint64 issued = 0;
    qint64 spoiled = 0;
    qint64 onHand = 0;
    std::optional<qint64> next; // the lowest serial on hand
};

// The office's security-paper blanks (docs/office.md), in the journal: the ranges received, the
// blank each certificate print consumes, the spoiled ones. A serial serves at most once: one row
// per used serial, UNIQUE in the database. Receiving and spoiling are a supervisor's
// (Permission::ManageBlanks) and audited; the print's consumption is written by DocumentPrinter
// inside the print's own transaction (issueIn), so a failed print consumes nothing.
class BlankLedger
{
    Q_DECLARE_TR_FUNCTIONS(BlankLedger)

public:
    // A range of serials received (first ≤ last, both positive, overlapping no range received
    // before). Audited as `blanks.received`.
    static Result<BlankRange> receive(QSqlDatabase db, const QString& operatorId,
                                      const QString& series, qint64 first, qint64 last);
    // A blank on hand recorded as spoiled, countersigned by the signed-in supervisor. Audited as
    // `blanks.spoiled`.
    static Status spoil(QSqlDatabase db, const QString& supervisorId, qint64 serial,
                        SpoilReason reason);
    static Result<BlankBalance> balance(QSqlDatabase db);
    static Result<QList<BlankRange>> ranges(QSqlDatabase db);
    // The lowest serial on hand, none when every received blank was used.
    static Result<std::optional<qint64>> nextOnHand(QSqlDatabase db);
    // `blanks.none_on_hand`, `blanks.not_received` (outside every range) or `blanks.used`.
    static Status checkOnHand(QSqlDatabase db, qint64 serial);

    // Inside the caller's transaction: the serial (on hand, or the next one when not given)
    // consumed by a certificate print. Answers the serial.
    static Result<qint64> issueIn(QSqlDatabase db, std::optional<qint64> serial,
                                  qint64 applicationId, const QString& certificateNumber,
                                  bool duplicate, const QString& operatorId);
    // Inside the caller's transaction: a training journal that never received a blank gets a
    // range of training blanks (series TRAINING, 1–9999), so that the training desk prints out
    // of the box. Audited as `blanks.received` with "training": true.
    static Status seedTrainingIn(QSqlDatabase db, const QString& operatorId);

    static QString noneOnHandMessage();
};

} // namespace iin
