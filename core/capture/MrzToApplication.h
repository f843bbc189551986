#pragma once

#include "core/application/Application.h"
#include "core/base/Catalogue.h"
#include "core/base/Finding.h"
#include "core/capture/MrzRecord.h"

#include <QCoreApplication>
#include <QStringList>

namespace iin {

// What a machine-readable zone gives the intake, and what the intake must keep agreeing with.
// Fields are named by their JSON paths (docs/application-format.md).
class MrzToApplication
{
    Q_DECLARE_TR_FUNCTIONS(MrzToApplication)

public:
    // The fields an MRZ can fill, in the order of the form.
    static const QStringList& fields();

    // Writes what the record says into `application` (Latin names, document number, issuing
    // state, citizenship, birth date, sex, expiry) and proposes the Cyrillic surname and given
    // name (CyrillicProposal) where those are empty. Returns the paths of the fields it wrote,
    // the proposed Cyrillic names included. A field the record leaves open (a date the zone does
    // not give, sex X, a code that is no country the desk knows) is left as it was.
    static QStringList fill(const MrzRecord& record, Application& application);

    // One warning per field that says something else than the MRZ read (the field typed or
    // corrected later): code "mrz.differs.<path>", naming the field and what the zone reads.
    // Empty fields are no contradiction (the completeness check names those).
    static Findings contradictions(const Application& application, const MrzRecord& record,
                                   const Catalogue& messages = Catalogue::installed());
};

} // namespace iin
