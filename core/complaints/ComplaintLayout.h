#pragma once

#include "core/base/Result.h"
#include "core/complaints/ComplaintRegister.h"
#include "core/documents/CertificateData.h"

#include <QCoreApplication>
#include <QDate>

class QPagedPaintDevice;

namespace iin {

// The printable summary of one complaint, in Kazakh and Russian: who complained of what, to
// whom, when and how it arrived, the substance, the limitation check, each term with its due
// date and state on the day of printing, and the outcome so far.
class ComplaintLayout
{
    Q_DECLARE_TR_FUNCTIONS(ComplaintLayout)

public:
    struct Options
    {
        BilingualText office; // the office that registered the complaint; may be empty
        QDate printedOn;      // the day the terms are shown for
        bool training = false;
    };

    static Status paint(const ComplaintRecord& record, const Options& options,
                        QPagedPaintDevice* device);
};

} // namespace iin
