#pragma once

#include "core/application/Application.h"
#include "core/base/Result.h"
#include "core/person/Sex.h"

#include <QDate>
#include <QJsonObject>
#include <QString>

namespace iin {

// A text printed in both languages of the documents: the state language first, then Russian.
// One of the two may be empty (e.g. a name of an office known only in one language).
struct BilingualText
{
    QString kk;
    QString ru;

    bool isEmpty() const { return kk.isEmpty() && ru.isEmpty(); }
    friend bool operator==(const BilingualText&, const BilingualText&) = default;
};

// Everything the registration certificate shows (definition 7 of the rules: the document
// confirming the assigned IIN). Plain data: the journal, the desk and the CLI fill it in.
// JSON spelling: docs/certificate.md.
struct CertificateData
{
    QString iin;               // the 12 digits
    QString certificateNumber; // as issued, e.g. "KZ-2026-000123"
    PersonName nameCyrillic;
    PersonName nameLatin;
    QDate birthDate;
    QString birthPlace;
    Sex sex = Sex::Unknown;
    QString citizenship; // ISO 3166-1 alpha-3 or "XXA" (stateless)
    BilingualText citizenshipName; // e.g. {"Қытай", "Китай"}; "азаматтығы жоқ адам" for XXA
    IdentityDocument identityDocument;
    QDate issueDate;
    BilingualText issuingOffice; // the migration police unit that formed the IIN
    QString issuingOfficer;      // the officer's name as signed
    bool training = false;       // issued in training mode: marked on every page and in the QR
    bool duplicate = false;      // a reprint: marked DUPLICATE

    // Fills the person's part from an application (citizenship names from Countries); the
    // caller adds the IIN, number, issue date, office, officer and the marks.
    static CertificateData fromApplication(const Application& application);

    static Result<CertificateData> fromJson(const QJsonObject& object);
    QJsonObject toJson() const;

    friend bool operator==(const CertificateData&, const CertificateData&) = default;
};

} // namespace iin
