#pragma once

#include "core/base/Finding.h"
#include "core/base/Result.h"
#include "core/documents/CertificateData.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace iin {

// One line of a receipt: a document received, or one that is missing together with the
// provision that requires it ("3-қосымша, 8-жол, 2) тармақша" / "приложение 3, строка 8, подпункт
// 2)").
struct ReceiptItem
{
    BilingualText text;
    BilingualText reference; // the legal provision; may be empty for documents received

    // A completeness-check finding: its message goes to the slot of `language` ("kk"/"ru"; any
    // other language goes to both, so the line is never lost), its rule to the reference.
    static ReceiptItem fromFinding(const Finding& finding, const QString& language);
    // The lines of a refusal receipt from a completeness check: every finding that makes the
    // package incomplete (missing documents, invalid fields such as an expired document);
    // warnings are left out.
    static QList<ReceiptItem> fromFindings(const Findings& findings, const QString& language);
    // The same check run once in Kazakh and once in Russian: findings are paired by code and
    // field, so that every line is printed in both languages.
    static QList<ReceiptItem> fromFindings(const Findings& kazakh, const Findings& russian);

    friend bool operator==(const ReceiptItem&, const ReceiptItem&) = default;
};

// What both receipts share: who handed it over, where and when.
struct ReceiptParty
{
    BilingualText office; // the State Corporation branch / department, or the police unit
    QString clerk;        // the employee who accepted or refused
    QString applicant;    // the applicant's (or representative's) full name
    QDateTime issuedAt;   // when the receipt was made
    bool training = false;
    bool duplicate = false;

    friend bool operator==(const ReceiptParty&, const ReceiptParty&) = default;
};

// Paragraph 7: the receipt of acceptance, handed over when a complete package is registered.
struct AcceptanceReceiptData
{
    ReceiptParty party;
    QString registrationNumber;
    QList<ReceiptItem> documents; // the documents received
    BilingualText serviceTerm; // from the standard, e.g. {"1 жұмыс күні", "1 рабочий день"}
    QString portal = QStringLiteral("www.egov.kz");
    QString contactCentre = QStringLiteral("1414");
    int copies = 1;

    static Result<AcceptanceReceiptData> fromJson(const QJsonObject& object);
    QJsonObject toJson() const;
    friend bool operator==(const AcceptanceReceiptData&, const AcceptanceReceiptData&) = default;
};

// Law on public services art. 20 p.2: the receipt of refusal to accept documents, made in two
// copies, naming every missing (or expired) document with the provision that requires it.
struct RefusalReceiptData
{
    ReceiptParty party;
    QList<ReceiptItem> missingDocuments;
    int copies = 2;

    static Result<RefusalReceiptData> fromJson(const QJsonObject& object);
    QJsonObject toJson() const;
    friend bool operator==(const RefusalReceiptData&, const RefusalReceiptData&) = default;
};

} // namespace iin
