#include "core/office/ShiftReportJson.h"

#include "core/office/ShiftReportLabels.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace iin::ShiftReportJson {

namespace {

QJsonValue timeOrNull(const QDateTime& t)
{
    return t.isValid() ? QJsonValue(t.toUTC().toString(Qt::ISODate)) : QJsonValue();
}

QJsonValue textOrNull(const QString& s)
{
    return s.isEmpty() ? QJsonValue() : QJsonValue(s);
}

} // namespace

QJsonObject exceptionToJson(const OfficeException& e)
{
    return {{QStringLiteral("kind"), OfficeException::code(e.kind)},
            {QStringLiteral("application_id"),
             e.applicationId ? QJsonValue(e.applicationId) : QJsonValue()},
            {QStringLiteral("registration_number"), textOrNull(e.registrationNumber)},
            {QStringLiteral("operator"), textOrNull(e.operatorId)},
            {QStringLiteral("since"), timeOrNull(e.since)},
            {QStringLiteral("detail"), e.detail}};
}

QJsonObject toJson(const ShiftReportData& r)
{
    QJsonObject o;
    for (const ShiftReportLine& line : ShiftReportLabels::counts(r.counts))
        o.insert(line.key, line.value);
    QJsonObject blanks;
    for (const ShiftReportLine& line : ShiftReportLabels::blanks(r.blanks.balance))
        blanks.insert(line.key, line.value);
    QJsonArray spoiled;
    for (const SpoiledBlank& b : r.blanks.balance.spoiledBlanks)
        spoiled.append(QJsonObject{{QStringLiteral("serial"), b.serial},
                                   {QStringLiteral("reason"), b.reason},
                                   {QStringLiteral("countersigned_by"), b.countersignedBy}});
    blanks.insert(QStringLiteral("spoiled_serials"), spoiled);
    blanks.insert(QStringLiteral("next"),
                  r.blanks.balance.next ? QJsonValue(*r.blanks.balance.next) : QJsonValue());
    o.insert(QStringLiteral("blanks"), blanks);
    QJsonArray exceptions;
    for (const OfficeException& e : r.exceptions)
        exceptions.append(exceptionToJson(e));
    o.insert(QStringLiteral("exceptions"), exceptions);
    o.insert(QStringLiteral("exceptions_as_of"), timeOrNull(r.exceptionsAsOf));
    o.insert(QStringLiteral("period"),
             QJsonObject{{QStringLiteral("from"), r.from.toString(Qt::ISODate)},
                         {QStringLiteral("to"), r.to.toString(Qt::ISODate)},
                         {QStringLiteral("from_utc"), timeOrNull(r.fromUtc)},
                         {QStringLiteral("to_utc"), timeOrNull(r.toUtc)}});
    o.insert(QStringLiteral("office"), r.office);
    o.insert(QStringLiteral("desk"), r.desk);
    o.insert(QStringLiteral("operator"), textOrNull(r.operatorId));
    o.insert(QStringLiteral("generated_at"), timeOrNull(r.generatedAt));
    o.insert(QStringLiteral("training"), r.training);
    return o;
}

QByteArray canonical(const ShiftReportData& report)
{
    return QJsonDocument(toJson(report)).toJson(QJsonDocument::Compact);
}

} // namespace iin::ShiftReportJson
