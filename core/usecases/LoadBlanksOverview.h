#pragma once

#include "core/base/Result.h"
#include "core/blanks/BlankLedger.h"
#include "core/operators/Operator.h"

#include <QDate>
#include <QList>

namespace iin {

class Database;

// One operator's blanks as the supervisor's dialog lists them.
struct OperatorBlanks
{
    QString login;
    qint64 held = 0;         // now
    qint64 issuedToday = 0;  // printed on from their holding today
    qint64 spoiledToday = 0; // spoiled from their holding today
};

// What Supervision › Security-paper blanks shows: the office's balance, the operators a range
// can be handed to (active, allowed to print certificates; by login) and every operator ever
// handed blanks with today's figures.
struct BlanksOverview
{
    BlankBalance office;
    QList<Operator> printers;
    QList<OperatorBlanks> holders;
};

// `today` is the desk's local day.
Result<BlanksOverview> loadBlanksOverview(Database& db, const QDate& today);

} // namespace iin
