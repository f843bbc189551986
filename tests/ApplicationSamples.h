#pragma once

#include "core/application/Application.h"

// Well-formed applications for the tests to mutate: each test changes one thing and names what
// it expects, so a passing base is the first thing every table checks.
namespace iin::test {

inline IdentityDocument samplePassport()
{
    IdentityDocument d;
    d.type = IdentityDocumentType::Passport;
    d.number = "FA1234567";
    d.issuingState = "UZB";
    d.issuingAuthority = "Ministry of Internal Affairs";
    d.issueDate = QDate(2019, 5, 20);
    d.expiryDate = QDate(2029, 5, 19);
    return d;
}

inline Attachment sampleAttachment(AttachmentKind kind, bool certified = false,
                                   bool electronic = false)
{
    Attachment a;
    a.kind = kind;
    a.fileName = attachmentKindToString(kind) + ".pdf";
    a.mediaType = "application/pdf";
    a.certified = certified;
    a.electronic = electronic;
    return a;
}

// Annex 1 at a State Corporation counter, the person applying, nothing missing.
inline Application sampleApplication()
{
    Application a;
    a.channel = Channel::StateCorporation;
    a.basis = ApplicationBasis::Annex1;
    a.submittedOn = QDate(2025, 10, 15);
    a.nameCyrillic = {QString::fromUtf8("Ахмедов"), QString::fromUtf8("Бахтиёр"),
                      QString::fromUtf8("Рустамович")};
    a.nameLatin = {"AKHMEDOV", "BAKHTIYOR", {}};
    a.birthDate = QDate(1990, 4, 12);
    a.birthPlace = "Samarkand";
    a.sex = Sex::Male;
    a.citizenship = "UZB";
    a.identityDocument = samplePassport();
    a.addressOfStay = "Almaty, Abay Ave 10, apt 5";
    a.contacts = {"+7 701 123 4567", "b.akhmedov@example.uz"};
    a.consentToPersonalData = true;
    a.purposeOfStay = "work";
    a.attachments = {sampleAttachment(AttachmentKind::ApplicationForm),
                     sampleAttachment(AttachmentKind::IdentityDocumentCopy)};
    return a;
}

inline Representative sampleRepresentative(bool notarized = true)
{
    Representative r;
    r.name = {QString::fromUtf8("Сейтқали"), QString::fromUtf8("Әсел"),
              QString::fromUtf8("Ғабитқызы")};
    r.iin = "921029350851";
    r.document = samplePassport();
    r.document.type = IdentityDocumentType::IdCard;
    r.document.issuingState = "KAZ";
    r.powerOfAttorney.notarized = notarized;
    r.powerOfAttorney.number = "2025-1187";
    r.powerOfAttorney.date = QDate(2025, 9, 30);
    r.powerOfAttorney.validUntil = QDate(2026, 9, 30);
    r.powerOfAttorney.notary = "Notary Zh. Omarova, Almaty";
    return r;
}

// Annex 2: a sentenced person without an identity document, filed with the migration police.
inline Application sampleAnnex2Application()
{
    Application a = sampleApplication();
    a.channel = Channel::ServiceProvider;
    a.basis = ApplicationBasis::Annex2;
    a.identityDocument.reset();
    a.citizenship = "XXA";
    Annex2Basis b;
    b.institution = "Institution 166/18";
    b.institutionHead = "Colonel N. Bekov";
    b.institutionRepresentative = "Captain A. Sadykov";
    b.court = "Karaganda city court No. 2";
    b.verdictDate = QDate(2023, 6, 14);
    b.certifiedByHead = true;
    a.annex2 = b;
    a.attachments = {sampleAttachment(AttachmentKind::Annex2Application),
                     sampleAttachment(AttachmentKind::Photo)};
    return a;
}

} // namespace iin::test
