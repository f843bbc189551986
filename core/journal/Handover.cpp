#include "core/journal/Handover.h"

#include "core/base/EnumCodes.h"
#include "core/store/StoreError.h"

#include <QJsonValue>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace iin {

namespace {

constexpr EnumCode<HandoverRecipient> Recipients[] = {
    {HandoverRecipient::Applicant, u"applicant"},
    {HandoverRecipient::DigitalDocument, u"digital"},
    {HandoverRecipient::Representative, u"representative"},
};

// Longer than any document number or name on a real document: a paste gone wrong.
constexpr qsizetype MaxText = 200;

QVariant textOrNull(const QString& s)
{
    return s.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(s);
}

QVariant dateOrNull(const QDate& d)
{
    return d.isValid() ? QVariant(d.toString(Qt::ISODate))
                       : QVariant(QMetaType(QMetaType::QString));
}

} // namespace

namespace HandoverCodes {

QString recipient(HandoverRecipient value)
{
    return codeOf(Recipients, value);
}

std::optional<HandoverRecipient> recipientFrom(const QString& code)
{
    return valueOf(Recipients, code);
}

QStringList recipientCodes()
{
    return codesOf(Recipients);
}

} // namespace HandoverCodes

Handover Handover::normalized() const
{
    Handover h = *this;
    h.documentNumber = documentNumber.simplified();
    h.digitalReference = digitalReference.simplified();
    h.representativeName = representativeName.simplified();
    h.powerOfAttorneyNumber = powerOfAttorneyNumber.simplified();
    h.powerOfAttorneyIssuedBy = powerOfAttorneyIssuedBy.simplified();
    if (recipient != HandoverRecipient::DigitalDocument)
        h.digitalReference.clear();
    if (recipient != HandoverRecipient::Representative) {
        h.representativeName.clear();
        h.powerOfAttorneyNumber.clear();
        h.powerOfAttorneyIssuedBy.clear();
        h.powerOfAttorneyDate = {};
        h.powerOfAttorneyValidUntil = {};
    }
    return h;
}

Problems Handover::check(const QDate& today) const
{
    Problems problems;
    const auto add = [&](const QString& field, const QString& code, const QString& message) {
        problems.append(Problem{QStringLiteral("handover.") + code, field, message});
    };
    const QString number = documentNumber.simplified();
    const bool representative = recipient == HandoverRecipient::Representative;
    const bool digital = recipient == HandoverRecipient::DigitalDocument;

    // On which document: every way names one (paragraph 11-1).
    if (number.isEmpty()) {
        add(QStringLiteral("document_number"), QStringLiteral("required"),
            representative ? tr("Representative's document number (document_number) is empty: "
                                "type the number of the identity document the representative "
                                "presented.")
            : digital ? tr("Document number (document_number) is empty: type the number of the "
                           "document shown from the digital documents service.")
                      : tr("Identity document number (document_number) is empty: type the "
                           "number of the identity document the person presented."));
    } else if (number.size() > MaxText) {
        add(QStringLiteral("document_number"), QStringLiteral("too_long"),
            tr("Document number (document_number) is longer than %1 characters: type the "
               "number as printed on the document.")
                .arg(MaxText));
    }
    if (digital && digitalReference.simplified().size() > MaxText)
        add(QStringLiteral("digital_reference"), QStringLiteral("too_long"),
            tr("Reference of the digital document (digital_reference) is longer than %1 "
               "characters: type the code the service shows, or leave it empty.")
                .arg(MaxText));

    if (representative) {
        const QString name = representativeName.simplified();
        if (name.isEmpty())
            add(QStringLiteral("representative_name"), QStringLiteral("required"),
                tr("Representative's name (representative_name) is empty: type the surname "
                   "and given name as in the representative's identity document."));
        else if (name.size() > MaxText)
            add(QStringLiteral("representative_name"), QStringLiteral("too_long"),
                tr("Representative's name (representative_name) is longer than %1 "
                   "characters: type the name as in the identity document.")
                    .arg(MaxText));
        if (powerOfAttorneyNumber.simplified().isEmpty())
            add(QStringLiteral("power_of_attorney.number"), QStringLiteral("required"),
                tr("Power of attorney number (power_of_attorney.number) is empty: type the "
                   "number of the document that states the representative's powers."));
        if (!powerOfAttorneyDate.isValid())
            add(QStringLiteral("power_of_attorney.date"), QStringLiteral("required"),
                tr("Date of the power of attorney (power_of_attorney.date) is missing: type "
                   "the date it was issued."));
        else if (powerOfAttorneyDate > today)
            add(QStringLiteral("power_of_attorney.date"), QStringLiteral("future"),
                tr("Date of the power of attorney (power_of_attorney.date) is after today: "
                   "check the date on the document."));
        if (powerOfAttorneyIssuedBy.simplified().isEmpty())
            add(QStringLiteral("power_of_attorney.issued_by"), QStringLiteral("required"),
                tr("Issued by (power_of_attorney.issued_by) is empty: type the notary or "
                   "other issuer of the power of attorney."));
        if (powerOfAttorneyValidUntil.isValid()) {
            if (powerOfAttorneyDate.isValid() && powerOfAttorneyValidUntil < powerOfAttorneyDate)
                add(QStringLiteral("power_of_attorney.valid_until"), QStringLiteral("order"),
                    tr("Power of attorney valid until (power_of_attorney.valid_until) is before "
                       "its date: check the dates on the document."));
            else if (powerOfAttorneyValidUntil < today)
                add(QStringLiteral("power_of_attorney.valid_until"), QStringLiteral("expired"),
                    tr("The power of attorney expired on %1 (power_of_attorney.valid_until): "
                       "the certificate cannot be handed over on it; ask for a valid one.")
                        .arg(powerOfAttorneyValidUntil.toString(Qt::ISODate)));
        }
    } else {
        const bool powers =
            !powerOfAttorneyNumber.simplified().isEmpty() || powerOfAttorneyDate.isValid() ||
            !powerOfAttorneyIssuedBy.simplified().isEmpty() || powerOfAttorneyValidUntil.isValid();
        if (!representativeName.simplified().isEmpty())
            add(QStringLiteral("representative_name"), QStringLiteral("not_representative"),
                tr("Representative's name (representative_name) is given, but the certificate "
                   "is not handed to a representative: choose the representative or clear the "
                   "name."));
        if (powers)
            add(QStringLiteral("power_of_attorney"), QStringLiteral("not_representative"),
                tr("A power of attorney (power_of_attorney) is given, but the certificate is "
                   "not handed to a representative: choose the representative or clear it."));
    }
    if (!digital && !digitalReference.simplified().isEmpty())
        add(QStringLiteral("digital_reference"), QStringLiteral("not_digital"),
            tr("Reference of the digital document (digital_reference) is given, but no "
               "document from the digital documents service was shown: choose that way or "
               "clear the reference."));
    return problems;
}

Status Handover::validate(const QDate& today) const
{
    const Problems problems = check(today);
    if (problems.isEmpty())
        return {};
    return Error{QStringLiteral("handover.invalid"), problems.first().message};
}

QJsonObject Handover::toJson() const
{
    const QJsonValue null(QJsonValue::Null);
    const auto orNull = [&](const QString& s) { return s.isEmpty() ? null : QJsonValue(s); };
    const auto dateOr = [&](const QDate& d) {
        return d.isValid() ? QJsonValue(d.toString(Qt::ISODate)) : null;
    };
    QJsonObject o{
        {QStringLiteral("recipient"), HandoverCodes::recipient(recipient)},
        {QStringLiteral("document_type"), documentTypeToString(documentType)},
        {QStringLiteral("document_number"), documentNumber},
        {QStringLiteral("handed_at"), orNull(handedAt)},
        {QStringLiteral("operator"), orNull(operatorId)},
    };
    if (recipient == HandoverRecipient::DigitalDocument)
        o.insert(QStringLiteral("digital_reference"), orNull(digitalReference));
    if (recipient == HandoverRecipient::Representative) {
        o.insert(QStringLiteral("representative_name"), representativeName);
        o.insert(QStringLiteral("power_of_attorney"),
                 QJsonObject{{QStringLiteral("number"), powerOfAttorneyNumber},
                             {QStringLiteral("date"), dateOr(powerOfAttorneyDate)},
                             {QStringLiteral("issued_by"), powerOfAttorneyIssuedBy},
                             {QStringLiteral("valid_until"), dateOr(powerOfAttorneyValidUntil)}});
    }
    return o;
}

Result<qint64> Handover::insertIn(QSqlDatabase db) const
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "INSERT INTO handovers (application_id, recipient, document_type, document_number,"
        " digital_reference, representative_name, power_of_attorney_number,"
        " power_of_attorney_date, power_of_attorney_issued_by, power_of_attorney_valid_until,"
        " handed_at, operator) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(applicationId);
    q.addBindValue(HandoverCodes::recipient(recipient));
    q.addBindValue(documentTypeToString(documentType));
    q.addBindValue(documentNumber);
    q.addBindValue(textOrNull(digitalReference));
    q.addBindValue(textOrNull(representativeName));
    q.addBindValue(textOrNull(powerOfAttorneyNumber));
    q.addBindValue(dateOrNull(powerOfAttorneyDate));
    q.addBindValue(textOrNull(powerOfAttorneyIssuedBy));
    q.addBindValue(dateOrNull(powerOfAttorneyValidUntil));
    q.addBindValue(handedAt);
    q.addBindValue(operatorId.isNull() ? QStringLiteral("") : operatorId);
    if (!q.exec())
        return StoreError::from(q.lastError(), tr("Saving the handover"));
    return q.lastInsertId().toLongLong();
}

Result<std::optional<Handover>> Handover::readIn(QSqlDatabase db, qint64 applicationId)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "SELECT recipient, document_type, document_number, digital_reference,"
        " representative_name, power_of_attorney_number, power_of_attorney_date,"
        " power_of_attorney_issued_by, power_of_attorney_valid_until, handed_at, operator"
        " FROM handovers WHERE application_id = ?"));
    q.addBindValue(applicationId);
    if (!q.exec())
        return StoreError::from(q.lastError(), tr("Reading the handover"));
    if (!q.next())
        return std::optional<Handover>();
    Handover h;
    h.applicationId = applicationId;
    h.recipient =
        HandoverCodes::recipientFrom(q.value(0).toString()).value_or(HandoverRecipient::Applicant);
    h.documentType =
        documentTypeFromString(q.value(1).toString()).value_or(IdentityDocumentType::Other);
    h.documentNumber = q.value(2).toString();
    h.digitalReference = q.value(3).toString();
    h.representativeName = q.value(4).toString();
    h.powerOfAttorneyNumber = q.value(5).toString();
    h.powerOfAttorneyDate = QDate::fromString(q.value(6).toString(), Qt::ISODate);
    h.powerOfAttorneyIssuedBy = q.value(7).toString();
    h.powerOfAttorneyValidUntil = QDate::fromString(q.value(8).toString(), Qt::ISODate);
    h.handedAt = q.value(9).toString();
    h.operatorId = q.value(10).toString();
    return std::optional<Handover>(h);
}

} // namespace iin
