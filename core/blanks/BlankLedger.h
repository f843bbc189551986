#pragma once

#include "core/base/Result.h"

#include <QCoreApplication>
#include <QDateTime>
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

// A range of blanks a supervisor handed to one operator's shift; closed by the return of its
// unused rest.
struct BlankHandout
{
    qint64 id = 0;
    qint64 first = 0;
    qint64 last = 0;
    QString operatorId; // who holds it
    QString handedBy;
    QString handedAt; // UTC, ISO 8601
    QString returnedBy;
    QString returnedAt;       // empty while the operator holds it
    qint64 returnedCount = 0; // the unused blanks that went back to the office
    qint64 count() const { return last - first + 1; }
};

// Whose blanks over which period.
struct BlankScope
{
    QString operatorId; // empty: the office
    QDateTime from, to; // UTC, [from, to); invalid: the journal's whole life
};

// The days `first` to `last` (inclusive) local to the desk, as a scope in UTC.
BlankScope blankScopeForDays(const QString& operatorId, QDate first, QDate last);

// A blank recorded as spoiled.
struct SpoiledBlank
{
    qint64 serial = 0;
    QString reason;     // spoilReasonCode
    QString operatorId; // whose holding it came from; the supervisor's for the office's stock
    QString countersignedBy;
    QString at; // UTC, ISO 8601
};

// begin + received − issued − spoiled − returned = on hand, for the office or one operator over
// a period. The office: received are the ranges received, on hand every unused blank (in the
// safe or in a clerk's hands), returned 0. An operator: received are the blanks handed to them,
// issued and spoiled those from their holding, returned the rest they handed back, on hand what
// they hold. The journal keeps every blank from the first range on, so the whole life begins at 0.
struct BlankBalance
{
    qint64 begin = 0;
    qint64 received = 0;
    qint64 issued = 0;
    qint64 spoiled = 0;
    qint64 returned = 0;
    qint64 onHand = 0;
    std::optional<qint64> next; // the lowest serial on hand (the operator's own for an operator)
    QList<SpoiledBlank> spoiledBlanks; // in the period
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
    // The office over the journal's whole life.
    static Result<BlankBalance> balance(QSqlDatabase db);
    static Result<BlankBalance> balance(QSqlDatabase db, const BlankScope& scope);

    // A range handed to `operatorId`'s shift by the supervisor: every serial received, unused
    // and held by nobody (`blanks.not_received`, `blanks.used`, `blanks.held`); the operator an
    // active one who may print certificates (`blanks.not_a_clerk`). Audited as
    // `blanks.handed_out`.
    static Result<BlankHandout> handOut(QSqlDatabase db, const QString& supervisorId, qint64 first,
                                        qint64 last, const QString& operatorId);
    // The unused rest of everything `operatorId` holds goes back to the office
    // (`blanks.none_held` when they hold nothing). Answers how many. Audited as
    // `blanks.returned`.
    static Result<qint64> takeBack(QSqlDatabase db, const QString& supervisorId,
                                   const QString& operatorId);
    // The operators ever handed blanks, by login.
    static Result<QStringList> holders(QSqlDatabase db);
    // Every hand-out, the oldest first.
    static Result<QList<BlankHandout>> handouts(QSqlDatabase db);
    // True once the office recorded a hand-out: from then on a print uses a blank of the
    // printing operator's own holding (docs/office.md).
    static Result<bool> handsOut(QSqlDatabase db);
    // The serial a print by `operatorId` would use: the lowest of their holding once the office
    // hands out, the lowest on hand otherwise; none when there is none.
    static Result<std::optional<qint64>> nextFor(QSqlDatabase db, const QString& operatorId);
    // Whether `operatorId` may print on `serial`: checkOnHand, and once the office hands out,
    // the serial is theirs (`blanks.held` names who holds it, `blanks.none_held`,
    // `blanks.not_held`).
    static Status checkFor(QSqlDatabase db, const QString& operatorId, qint64 serial);
    static Result<QList<BlankRange>> ranges(QSqlDatabase db);
    // The lowest serial on hand, none when every received blank was used.
    static Result<std::optional<qint64>> nextOnHand(QSqlDatabase db);
    // `blanks.none_on_hand`, `blanks.not_received` (outside every range) or `blanks.used`.
    static Status checkOnHand(QSqlDatabase db, qint64 serial);

    // Inside the caller's transaction: the serial (checkFor, or nextFor when not given)
    // consumed by a certificate print by `operatorId`. Answers the serial.
    static Result<qint64> issueIn(QSqlDatabase db, std::optional<qint64> serial,
                                  qint64 applicationId, const QString& certificateNumber,
                                  bool duplicate, const QString& operatorId);
    // Inside the caller's transaction: a training journal that never received a blank gets a
    // range of training blanks (series TRAINING, 1–9999), so that the training desk prints out
    // of the box. Audited as `blanks.received` with "training": true.
    static Status seedTrainingIn(QSqlDatabase db, const QString& operatorId);

    static QString noneOnHandMessage();
    static QString noneHeldMessage(const QString& operatorId);
};

} // namespace iin
