#pragma once

#include "core/base/Result.h"

#include <QCoreApplication>

namespace iin {

// The scanner's troubles as errors with stable codes (for programs and tests) and messages the
// operator can act on, in the interface's language. SANE's statuses map one to one; the rest are
// the desk's own (an option the device does not have, no feeder, a cancel).
class ScannerErrors
{
    Q_DECLARE_TR_FUNCTIONS(ScannerErrors)

public:
    // Codes, also in docs/capture.md.
    static inline const QString Jammed = QStringLiteral("scanner.jammed");
    static inline const QString NoDocuments = QStringLiteral("scanner.no_documents");
    static inline const QString CoverOpen = QStringLiteral("scanner.cover_open");
    static inline const QString Busy = QStringLiteral("scanner.busy");
    static inline const QString IoError = QStringLiteral("scanner.io_error");
    static inline const QString NoMemory = QStringLiteral("scanner.no_memory");
    static inline const QString AccessDenied = QStringLiteral("scanner.access_denied");
    static inline const QString DeviceNotFound = QStringLiteral("scanner.device_not_found");
    static inline const QString Unsupported = QStringLiteral("scanner.unsupported");
    static inline const QString Cancelled = QStringLiteral("scanner.cancelled");
    static inline const QString Failed = QStringLiteral("scanner.failed");
    static inline const QString Unavailable = QStringLiteral("scanner.unavailable");
    static inline const QString NoFeeder = QStringLiteral("scanner.no_feeder");
    static inline const QString UnknownOption = QStringLiteral("scanner.option_unknown");
    static inline const QString OptionInactive = QStringLiteral("scanner.option_inactive");
    static inline const QString OptionValue = QStringLiteral("scanner.option_value");
    static inline const QString BadImage = QStringLiteral("scanner.bad_image");

    // What a SANE status returned while opening or scanning means for the operator. `opening`:
    // SANE_STATUS_INVAL from sane_open means the device is not there (unplugged, renamed).
    static Error fromStatus(int saneStatus, bool opening = false);
    static Error unavailable(const QString& detail);
    static Error cancelled();
    static Error noFeeder();
    static Error unknownOption(const QString& name);
    static Error optionInactive(const QString& name);
    static Error optionValue(const QString& name, const QString& value, const QString& allowed);
    static Error badImage();
};

} // namespace iin
