#pragma once

#include "core/documents/CertificateData.h"
#include "core/documents/ReceiptData.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <optional>

namespace iin {

// Reads the JSON descriptions of the printed documents (docs/certificate.md): remembers the
// first missing or malformed field so that each fromJson() reads straight through and reports
// one error naming the field.
class DocumentJsonReader
{
    Q_DECLARE_TR_FUNCTIONS(DocumentJsonReader)

public:
    explicit DocumentJsonReader(QJsonObject object, QString path = {});

    QString string(QStringView key, bool required);
    QDate date(QStringView key, bool required);
    QDateTime dateTime(QStringView key, bool required);
    bool boolean(QStringView key);
    int integer(QStringView key, int fallback);
    BilingualText bilingual(QStringView key);
    PersonName name(QStringView key, bool required);
    IdentityDocument identityDocument(QStringView key);
    ReceiptParty party();
    QList<ReceiptItem> items(QStringView key, bool required);

    std::optional<Error> error() const { return m_error; }

    static QJsonObject bilingualToJson(const BilingualText& text);
    static QJsonObject nameToJson(const PersonName& name);
    static QJsonObject identityDocumentToJson(const IdentityDocument& document);
    static void partyToJson(const ReceiptParty& party, QJsonObject& object);
    static QJsonArray itemsToJson(const QList<ReceiptItem>& items);

private:
    QJsonObject object(QStringView key);
    void fail(QStringView key, const QString& message);
    QString fieldPath(QStringView key) const;

    QJsonObject m_object;
    QString m_path;
    std::optional<Error> m_error;
};

} // namespace iin
