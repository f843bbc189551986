#pragma once

#include "core/base/Result.h"

#include <QCoreApplication>
#include <QString>

namespace iin {

// The desk's registration number (paragraph 7): OFFICE-DESK-SEQUENCE-CHECK, e.g.
// "ALM01-02-000017-R". Unique by construction: the office code and the desk code are fixed per
// workstation and the sequence grows per desk inside the registration transaction, never
// reused. The check character (Luhn mod 36 over the letters and digits) catches any one mistyped
// or misheard character and any swap of two neighbours (except "0" with "Z", which never meet
// in the digits of the sequence). Format: docs/store.md.
class RegistrationNumber
{
    Q_DECLARE_TR_FUNCTIONS(RegistrationNumber)

public:
    static constexpr int SequenceDigits = 6; // zero-padded; grows beyond when it must

    // Office: 2-8 of A-Z 0-9; desk: 1-4 of A-Z 0-9 (upper case).
    static Status checkOffice(const QString& office);
    static Status checkDesk(const QString& desk);
    static QString make(const QString& office, const QString& desk, qint64 sequence);
    static QChar checkCharacter(QStringView payload); // over A-Z 0-9 only, hyphens skipped
    // Well formed and the check character matches (case-insensitive, surrounding spaces ignored).
    static bool isValid(QStringView text);
    static QString normalized(QStringView text); // upper case, trimmed
};

} // namespace iin
