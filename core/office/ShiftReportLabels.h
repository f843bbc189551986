#pragma once

#include "core/documents/CertificateData.h"
#include "core/office/OfficeException.h"
#include "core/office/ShiftReportData.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace iin {

// One line of the report's counts or blanks: the JSON key, the label in the interface language
// (CSV, the desk), the fixed Kazakh and Russian label (the PDF), the value.
struct ShiftReportLine
{
    QString key;
    QString label;
    BilingualText printed;
    qint64 value = 0;
};

// The wording of the end-of-shift report, in one place for its JSON, CSV, PDF and window.
class ShiftReportLabels
{
    Q_DECLARE_TR_FUNCTIONS(ShiftReportLabels)

public:
    static QList<ShiftReportLine> counts(const ShiftCounts& counts);
    static QList<ShiftReportLine> blanks(const BlankBalance& balance);
    // The kind's title in Kazakh and Russian, for the PDF.
    static BilingualText printedKind(OfficeException::Kind kind);
};

} // namespace iin
