#pragma once

#include "core/blanks/BlankLedger.h"
#include "core/office/OfficeException.h"
#include "core/office/OfficeThresholds.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

namespace iin {

// What the end-of-shift report is asked for: a desk's journal, one operator or all, local days.
struct ShiftReportRequest
{
    QString office; // the desk's codes, as its settings give them
    QString desk;
    QString operatorId; // empty: the whole desk
    QDate from;         // local days of the desk, both included
    QDate to;
    OfficeThresholds thresholds;
    QDateTime now; // UTC; invalid: the clock's
    bool training = false;
};

// The counts (docs/office.md, "End-of-shift report": each one's definition).
struct ShiftCounts
{
    qint64 received = 0;
    qint64 refusedAtIntake = 0;
    qint64 registered = 0;
    qint64 sent = 0;
    qint64 iinFormed = 0;
    qint64 iinExisting = 0;
    qint64 iinRejected = 0;
    qint64 waitingForOfficer = 0;
    qint64 iinAssigned = 0;
    qint64 printed = 0;
    qint64 reprinted = 0;
    qint64 handedOver = 0;
};

// The blanks section: the office's balance, with the blanks spoiled in the period
// (balance.spoiledBlanks).
struct ShiftBlanks
{
    BlankBalance balance;
    bool any = false; // the journal ever received blanks
};

struct ShiftReportData
{
    QString office;
    QString desk;
    QString operatorId;
    QDate from, to;        // local days
    QDateTime fromUtc;     // the first moment of `from`
    QDateTime toUtc;       // the first moment after `to`
    QDateTime generatedAt; // UTC
    QDateTime exceptionsAsOf;
    bool training = false;
    ShiftCounts counts;
    ShiftBlanks blanks;
    QList<OfficeException> exceptions;
};

} // namespace iin
