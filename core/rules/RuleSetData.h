#pragma once

#include "core/application/Application.h"
#include "core/base/Finding.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace iin {

// A message in the three languages of the desk, chosen at check time.
struct LocalizedText
{
    QString kk;
    QString ru;
    QString en;

    const QString& in(QStringView language) const
    {
        return language == u"kk" ? kk : language == u"ru" ? ru : en;
    }
};

// One document requirement of Annex 3 row 8, as read from the rule file (docs/rules.md).
struct Requirement
{
    QString id;              // the finding code when nothing satisfies it, e.g. "row8.translation"
    LocalizedText reference; // the legal provision, e.g. "Annex 3, row 8, item 2" in English
    Severity severity = Severity::MissingDocument;
    QString field; // "attachment:<kind>" or a JSON path such as "signature"

    // applies_when: every condition given must hold (bit sets over the enum values).
    unsigned channels = ~0u; // bit (1 << int(Channel))
    unsigned bases = ~0u;    // bit (1 << int(ApplicationBasis))
    std::optional<bool> representative;
    std::optional<bool> documentInCyrillicOrLatin;

    // satisfied_by
    std::optional<AttachmentKind> attachment;
    bool certified = false;  // the attachment is duly certified
    bool electronic = false; // the attachment is an electronic copy
    bool notarized = false;  // the representative's power of attorney is notarized
    bool signature = false;  // the request carries an EDS

    LocalizedText missing;
    LocalizedText notCertified;
    LocalizedText notElectronic;
    LocalizedText notNotarized;
};

struct RuleSetData
{
    QString id;
    QDate effectiveFrom;
    LocalizedText source; // the act this edition restates
    // The term of the service from the standard (Annex 3), printed on the receipt of
    // acceptance; empty when the file gives none.
    LocalizedText serviceTerm;
    QList<Requirement> requirements;
};

} // namespace iin
