#include "core/capture/MrzToApplication.h"

#include "core/capture/CyrillicProposal.h"
#include "core/person/Countries.h"
#include "core/person/DocumentNumber.h"

#include <QLocale>

namespace iin {

namespace {

const QString SurnameLatin = QStringLiteral("name_latin.surname");
const QString GivenLatin = QStringLiteral("name_latin.given_name");
const QString SurnameCyrillic = QStringLiteral("name_cyrillic.surname");
const QString GivenCyrillic = QStringLiteral("name_cyrillic.given_name");
const QString Number = QStringLiteral("identity_document.number");
const QString IssuingState = QStringLiteral("identity_document.issuing_state");
const QString Citizenship = QStringLiteral("citizenship");
const QString BirthDate = QStringLiteral("birth_date");
const QString SexField = QStringLiteral("sex");
const QString Expiry = QStringLiteral("identity_document.expiry_date");

constexpr const char* MrzReference =
    QT_TRANSLATE_NOOP("MrzToApplication", "Identity document, machine-readable zone");

// Names as an MRZ can hold them: upper case, hyphens and apostrophes as spaces (the zone writes
// them as '<'), single spaces.
QString mrzName(const QString& name)
{
    QString out;
    for (const QChar c : name)
        out += c.isLetter() ? c.toUpper() : QChar(u' ');
    return out.simplified();
}

bool knownCountry(const QString& code)
{
    return Countries::isKnownAlpha3(code);
}

} // namespace

const QStringList& MrzToApplication::fields()
{
    static const QStringList all{SurnameLatin, GivenLatin, Number,   IssuingState,
                                 Citizenship,  BirthDate,  SexField, Expiry};
    return all;
}

QStringList MrzToApplication::fill(const MrzRecord& record, Application& application)
{
    QStringList filled;
    if (!record.surname.isEmpty()) {
        application.nameLatin.surname = record.surname;
        filled << SurnameLatin;
        if (application.nameCyrillic.surname.trimmed().isEmpty()) {
            application.nameCyrillic.surname = CyrillicProposal::forName(record.surname);
            filled << SurnameCyrillic;
        }
    }
    if (!record.givenNames.isEmpty()) {
        application.nameLatin.givenName = record.givenNames;
        filled << GivenLatin;
        if (application.nameCyrillic.givenName.trimmed().isEmpty()) {
            application.nameCyrillic.givenName = CyrillicProposal::forName(record.givenNames);
            filled << GivenCyrillic;
        }
    }
    if (!record.documentNumber.isEmpty() || knownCountry(record.issuingState) ||
        record.expiryDate.isValid()) {
        if (!application.identityDocument)
            application.identityDocument = IdentityDocument{};
        if (!record.documentNumber.isEmpty()) {
            application.identityDocument->number = record.documentNumber;
            filled << Number;
        }
        if (knownCountry(record.issuingState)) {
            application.identityDocument->issuingState = record.issuingState;
            filled << IssuingState;
        }
        if (record.expiryDate.isValid()) {
            application.identityDocument->expiryDate = record.expiryDate;
            filled << Expiry;
        }
    }
    if (knownCountry(record.nationality)) {
        application.citizenship = record.nationality;
        filled << Citizenship;
    }
    if (record.birthDate.isValid()) {
        application.birthDate = record.birthDate;
        filled << BirthDate;
    }
    if (record.sex != Sex::Unknown) {
        application.sex = record.sex;
        filled << SexField;
    }
    return filled;
}

Findings MrzToApplication::contradictions(const Application& a, const MrzRecord& record,
                                          const Catalogue& messages)
{
    Findings findings;
    if (!record.recognised)
        return findings;
    const QString reference = messages.translate("MrzToApplication", MrzReference);
    const auto differs = [&](const QString& field, const char* label, const QString& reads) {
        findings.append(
            {QStringLiteral("mrz.differs.") + field, reference, Severity::Warning, field,
             messages
                 .translate("MrzToApplication",
                            "%1 (%2) differs from the document's machine-readable zone, which "
                            "reads %3: check the document and correct one of them.")
                 .arg(messages.translate("MrzToApplication", label), field, reads)});
    };
    const QString surname = mrzName(a.nameLatin.surname);
    if (!surname.isEmpty() && !record.surname.isEmpty() && surname != mrzName(record.surname))
        differs(SurnameLatin, QT_TRANSLATE_NOOP("MrzToApplication", "Surname in Latin letters"),
                record.surname);
    const QString given = mrzName(a.nameLatin.givenName);
    // Some zones carry the patronymic after the given name.
    const QString givenAndPatronymic =
        mrzName(a.nameLatin.givenName + u' ' + a.nameLatin.patronymic);
    const QString readGiven = mrzName(record.givenNames);
    if (!given.isEmpty() && !readGiven.isEmpty() && given != readGiven &&
        givenAndPatronymic != readGiven)
        differs(GivenLatin, QT_TRANSLATE_NOOP("MrzToApplication", "Given name in Latin letters"),
                record.givenNames);
    if (a.identityDocument) {
        const IdentityDocument& d = *a.identityDocument;
        if (!d.number.trimmed().isEmpty() && !record.documentNumber.isEmpty() &&
            DocumentNumber::key(d.number) != DocumentNumber::key(record.documentNumber))
            differs(Number, QT_TRANSLATE_NOOP("MrzToApplication", "Document number"),
                    record.documentNumber);
        if (!d.issuingState.isEmpty() && knownCountry(record.issuingState) &&
            d.issuingState != record.issuingState)
            differs(IssuingState, QT_TRANSLATE_NOOP("MrzToApplication", "Issuing state"),
                    record.issuingState);
        if (d.expiryDate.isValid() && record.expiryDate.isValid() &&
            d.expiryDate != record.expiryDate)
            differs(Expiry, QT_TRANSLATE_NOOP("MrzToApplication", "Expiry date"),
                    QLocale::c().toString(record.expiryDate, QStringLiteral("dd.MM.yyyy")));
    }
    if (!a.citizenship.isEmpty() && knownCountry(record.nationality) &&
        a.citizenship != record.nationality)
        differs(Citizenship, QT_TRANSLATE_NOOP("MrzToApplication", "Citizenship"),
                record.nationality);
    if (a.birthDate.isValid() && record.birthDate.isValid() && a.birthDate != record.birthDate)
        differs(BirthDate, QT_TRANSLATE_NOOP("MrzToApplication", "Date of birth"),
                QLocale::c().toString(record.birthDate, QStringLiteral("dd.MM.yyyy")));
    if (a.sex != Sex::Unknown && record.sex != Sex::Unknown && a.sex != record.sex)
        differs(SexField, QT_TRANSLATE_NOOP("MrzToApplication", "Sex"),
                record.sex == Sex::Male ? messages.translate("MrzToApplication", "male")
                                        : messages.translate("MrzToApplication", "female"));
    return findings;
}

} // namespace iin
