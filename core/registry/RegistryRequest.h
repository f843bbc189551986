#pragma once

#include "core/application/Application.h"
#include "core/base/Result.h"
#include "core/person/Sex.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QString>
#include <QUuid>

#include <optional>

namespace iin {

// What the desk sends the registry to have an IIN formed: the subset of the application the
// registry needs (docs/registry-protocol.md, "The request"), nothing more — the registry sees no
// address, contacts or attachments. The idempotency key is chosen once per application and
// reused on every retry.
struct RegistryRequest
{
    enum class OnExisting
    {
        Return, // the person already has an IIN: answer "existing" with it
        Refuse, // answer "rejected", reason iin_already_registered (rule sets from 2023)
    };

    struct Document
    {
        IdentityDocumentType type = IdentityDocumentType::Passport;
        QString number;
        QString issuingState; // ISO 3166-1 alpha-3
        friend bool operator==(const Document&, const Document&) = default;
    };

    QUuid idempotencyKey;
    QString registrationNumber; // the desk's own number for the application
    OnExisting onExisting = OnExisting::Return;
    PersonName nameCyrillic;
    PersonName nameLatin;
    QDate birthDate;
    Sex sex = Sex::Unknown;
    QString citizenship;              // ISO 3166-1 alpha-3 or XXA
    std::optional<Document> document; // absent on the Annex 2 basis

    static RegistryRequest fromApplication(const Application& application, const QUuid& key,
                                           const QString& registrationNumber);

    QJsonObject toJson() const;
    // Strict: unknown fields, wrong types, missing or over-long fields give an error whose
    // message names the field. Checks shape only; whether the data meet the rules is the
    // registry's business.
    static Result<RegistryRequest> fromJson(const QJsonObject& object);

    static QString keyToString(const QUuid& key); // lowercase 8-4-4-4-12, no braces
    static std::optional<QUuid> keyFromString(QStringView text);

    friend bool operator==(const RegistryRequest&, const RegistryRequest&) = default;
};

} // namespace iin
