#include "core/capture/MrzJson.h"

#include <QJsonArray>

namespace iin {

namespace {

QJsonValue dateValue(const QDate& date)
{
    return date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue();
}

QString sexCode(Sex sex)
{
    switch (sex) {
    case Sex::Male:
        return QStringLiteral("male");
    case Sex::Female:
        return QStringLiteral("female");
    case Sex::Unknown:
        break;
    }
    return QStringLiteral("unspecified");
}

} // namespace

QJsonObject mrzRecordToJson(const MrzRecord& record)
{
    QJsonObject json;
    json.insert(QStringLiteral("valid"), record.valid);
    QJsonArray problems;
    for (const Problem& p : record.problems)
        problems.append(QJsonObject{{QStringLiteral("code"), p.code},
                                    {QStringLiteral("field"), p.field},
                                    {QStringLiteral("message"), p.message}});
    json.insert(QStringLiteral("problems"), problems);
    json.insert(QStringLiteral("lines"), QJsonArray::fromStringList(record.lines));
    if (!record.recognised) {
        json.insert(QStringLiteral("format"), QJsonValue());
        return json;
    }
    json.insert(QStringLiteral("format"), mrzFormatToString(record.format));
    json.insert(QStringLiteral("document_code"), record.documentCode);
    json.insert(QStringLiteral("issuing_state"), record.issuingState);
    json.insert(QStringLiteral("issuing_state_code"), record.issuingStateCode);
    json.insert(QStringLiteral("surname"), record.surname);
    json.insert(QStringLiteral("given_names"), record.givenNames);
    json.insert(QStringLiteral("document_number"), record.documentNumber);
    json.insert(QStringLiteral("nationality"), record.nationality);
    json.insert(QStringLiteral("nationality_code"), record.nationalityCode);
    json.insert(QStringLiteral("birth_date"), dateValue(record.birthDate));
    json.insert(QStringLiteral("sex"), sexCode(record.sex));
    json.insert(QStringLiteral("expiry_date"), dateValue(record.expiryDate));
    json.insert(QStringLiteral("optional_data"), record.optionalData);
    if (record.format == MrzFormat::TD1)
        json.insert(QStringLiteral("optional_data_2"), record.optionalData2);
    return json;
}

} // namespace iin
