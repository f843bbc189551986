#pragma once

#include "core/person/Sex.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace iin {

// How the application reached the service provider (Annex 3 row 2; paragraph 3).
enum class Channel
{
    StateCorporation, // a counter of the State Corporation ("Government for Citizens")
    ServiceProvider,  // the migration police unit itself
    Portal,           // the e-government portal: an electronic request signed with an EDS
};

// Annex 1: the person (or representative) applies; Annex 2: a penitentiary institution applies
// for a sentenced person who has no identity document.
enum class ApplicationBasis
{
    Annex1,
    Annex2,
};

// ICAO 9303 code used for stateless persons in the citizenship field.
inline constexpr char16_t StatelessCode[] = u"XXA";

struct PersonName
{
    QString surname;
    QString givenName;
    QString patronymic; // optional ("if any")

    bool isEmpty() const
    {
        return surname.isEmpty() && givenName.isEmpty() && patronymic.isEmpty();
    }
    QString fullName() const; // "Surname Given Patronymic", single spaces
    friend bool operator==(const PersonName&, const PersonName&) = default;
};

enum class IdentityDocumentType
{
    Passport,
    StatelessTravelDocument, // travel document of a stateless person
    RefugeeTravelDocument,
    ResidencePermit,
    IdCard,
    Other,
};

struct IdentityDocument
{
    IdentityDocumentType type = IdentityDocumentType::Passport;
    QString number;       // series and number as printed
    QString issuingState; // ISO 3166-1 alpha-3
    QString issuingAuthority;
    QDate issueDate;
    QDate expiryDate; // null when the document has none
    // Row 8 item 2: does the document give surname, name, patronymic and place of birth in
    // Cyrillic or Latin letters? If not, a certified translation must be attached.
    bool hasCyrillicOrLatinData = true;
    // Paragraph 11-1 / definition 15: shown from the digital documents service instead of paper.
    bool fromDigitalDocumentsService = false;

    friend bool operator==(const IdentityDocument&, const IdentityDocument&) = default;
};

struct PowerOfAttorney
{
    bool notarized = false;
    QString number;
    QDate date;
    QDate validUntil; // null when not limited
    QString notary;   // the notary (name, office) who certified it

    friend bool operator==(const PowerOfAttorney&, const PowerOfAttorney&) = default;
};

// A legal representative applying for the person (row 8 item 3).
struct Representative
{
    PersonName name; // as in the representative's identity document
    QString iin;     // when the representative has one
    IdentityDocument document;
    PowerOfAttorney powerOfAttorney;

    friend bool operator==(const Representative&, const Representative&) = default;
};

enum class AttachmentKind
{
    ApplicationForm,      // the Annex 1 (or Annex 2) application, signed
    IdentityDocumentCopy, // copy or, for the portal, electronic copy of the identity document
    CertifiedTranslation, // duly certified copy of the translation of the identity document
    PowerOfAttorney,      // notarized power of attorney
    Annex2Application,    // the Annex 2 application certified by the institution's head
    Photo,
    Other,
};

// The largest scan the desk takes: the intake form attaches none larger, and the journal reads
// none larger (the desk's registration and the command line's submit alike).
inline constexpr qint64 MaxAttachmentBytes = 50 * 1024 * 1024;

struct Attachment
{
    AttachmentKind kind = AttachmentKind::Other;
    QString fileName;        // as given by the applicant or the scanner
    QString sha256;          // hex digest of the content, filled when the file is stored
    QString mediaType;       // e.g. "application/pdf", "image/jpeg"
    bool certified = false;  // for translations and copies: duly certified
    bool electronic = false; // an electronic copy that fully reproduces the original
    QString note;

    friend bool operator==(const Attachment&, const Attachment&) = default;
};

// Annex 2: the application filed by a penitentiary institution for a sentenced person.
struct Annex2Basis
{
    QString institution;               // the institution where the sentence is served
    QString institutionHead;           // the head who certified the application
    QString institutionRepresentative; // who files it
    QString court;                     // the court that passed the sentence
    QDate verdictDate;
    bool certifiedByHead = false;

    friend bool operator==(const Annex2Basis&, const Annex2Basis&) = default;
};

// The portal's electronic request is certified by an electronic digital signature (EDS).
struct ElectronicSignature
{
    bool present = false;
    QString signer; // the signer's name or IIN as read from the certificate
    QDateTime signedAt;

    friend bool operator==(const ElectronicSignature&, const ElectronicSignature&) = default;
};

struct Contacts
{
    QString phone;
    QString email;

    friend bool operator==(const Contacts&, const Contacts&) = default;
};

// One application for forming an IIN, as taken at the desk or received from the portal.
// Field meanings and the JSON spelling: docs/application-format.md.
struct Application
{
    Channel channel = Channel::StateCorporation;
    ApplicationBasis basis = ApplicationBasis::Annex1;
    QDate submittedOn; // the day of submission: expiry and plausibility are judged on it

    PersonName nameCyrillic;
    PersonName nameLatin; // as in the passport's machine-readable zone
    QDate birthDate;
    QString birthPlace;
    Sex sex = Sex::Unknown;
    QString citizenship; // ISO 3166-1 alpha-3, or StatelessCode

    std::optional<IdentityDocument> identityDocument; // absent only on the Annex 2 basis
    QString addressOfStay;
    Contacts contacts;
    bool consentToPersonalData = false;
    QString purposeOfStay;

    std::optional<Representative> representative;
    std::optional<Annex2Basis> annex2;
    ElectronicSignature signature; // portal only
    QList<Attachment> attachments;

    bool isStateless() const { return citizenship == QStringView(StatelessCode); }
    bool hasAttachment(AttachmentKind kind) const;

    friend bool operator==(const Application&, const Application&) = default;
};

// The data-format spellings of the enumerations ("state_corporation", "passport", ...).
QString channelToString(Channel c);
std::optional<Channel> channelFromString(const QString& s);
QString basisToString(ApplicationBasis b);
std::optional<ApplicationBasis> basisFromString(const QString& s);
QString documentTypeToString(IdentityDocumentType t);
std::optional<IdentityDocumentType> documentTypeFromString(const QString& s);
QString attachmentKindToString(AttachmentKind k);
std::optional<AttachmentKind> attachmentKindFromString(const QString& s);

} // namespace iin
