#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

namespace iin {

// One thing a supervisor has to answer for (docs/office.md, "Exceptions"): an application that
// stayed in a state past its threshold, a reprint, a clock warning, the blanks running low.
struct OfficeException
{
    Q_DECLARE_TR_FUNCTIONS(OfficeException)

public:
    enum class Kind
    {
        OutboxStuck,
        IinNotAssigned,
        NotPrinted,
        NotHandedOver,
        Reprint,
        ClockWarning,
        BlanksLow,
    };

    Kind kind = Kind::OutboxStuck;
    qint64 applicationId = 0;   // 0 for blanks_low and clock_warning
    QString registrationNumber; // the application's, or empty
    QString operatorId;         // who is answerable: the clerk who registered / printed
    QDateTime since;            // UTC: when the clock started (queued, registered, printed…)
    QString detail;             // last registry error, reprint reason code, skew seconds…

    // "outbox_stuck" "iin_not_assigned" "not_printed" "not_handed_over" "reprint"
    // "clock_warning" "blanks_low"
    static QString code(Kind kind);
    // Translated, for lists and the PDF.
    static QString title(Kind kind);
    static QList<Kind> allKinds();
};

} // namespace iin
