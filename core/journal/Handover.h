#pragma once

#include "core/application/Application.h"
#include "core/base/Problem.h"
#include "core/base/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <optional>

namespace iin {

// Paragraph 11-1 of the rules: the ready documents are handed over on presentation of the
// person's identity document, or of an electronic document from the digital documents service
// (цифрлық құжаттар сервисі / сервис цифровых документов), or to a representative acting on a
// document issued under the civil law of Kazakhstan that states the representative's powers.
enum class HandoverRecipient
{
    Applicant,       // the person, on the identity document presented
    DigitalDocument, // the person, on an electronic document from the digital documents service
    Representative,  // a representative, on the document stating the powers (power of attorney)
};

// One handover of the registration certificate: who received it and on what document. Plain
// data; Journal::recordHandover() stores it together with the status change and its audit
// record. Everything here is personal data: it lives in the `handovers` table, and reading it
// back is a view of the application (audited). JSON spelling: docs/store.md.
struct Handover
{
    Q_DECLARE_TR_FUNCTIONS(Handover)

public:
    HandoverRecipient recipient = HandoverRecipient::Applicant;
    // The identity document presented by whoever received the certificate: the person's own,
    // the one shown from the digital documents service, or the representative's.
    IdentityDocumentType documentType = IdentityDocumentType::Passport;
    QString documentNumber;
    // Digital documents service only, optional: a reference the service shows for the shared
    // document (a code or request number), when there is one.
    QString digitalReference;
    // Representative only.
    QString representativeName;
    QString powerOfAttorneyNumber;
    QDate powerOfAttorneyDate;
    QString powerOfAttorneyIssuedBy; // the notary (name, office) or other issuer
    QDate powerOfAttorneyValidUntil; // null when not limited

    // Filled by the journal when the handover is recorded.
    qint64 applicationId = 0;
    QString handedAt; // UTC ISO 8601 with milliseconds
    QString operatorId;

    // Everything wrong with the handover as entered on `today` (the local day), each problem
    // naming its field (the JSON spelling, e.g. "power_of_attorney.number") and the fix.
    // Fields of another way of handing over count as problems: they would be recorded for
    // nothing.
    Problems check(const QDate& today) const;
    // The first problem as an error (`handover.invalid`), or success.
    Status validate(const QDate& today) const;
    // Trimmed, with the fields of the other ways cleared.
    Handover normalized() const;

    QJsonObject toJson() const;

    // The table's rows (inside the caller's transaction).
    Result<qint64> insertIn(QSqlDatabase db) const;
    static Result<std::optional<Handover>> readIn(QSqlDatabase db, qint64 applicationId);

    friend bool operator==(const Handover&, const Handover&) = default;
};

namespace HandoverCodes {

QString recipient(HandoverRecipient value); // "applicant", "digital", "representative"
std::optional<HandoverRecipient> recipientFrom(const QString& code);
QStringList recipientCodes();

} // namespace HandoverCodes

} // namespace iin

Q_DECLARE_METATYPE(iin::Handover)
