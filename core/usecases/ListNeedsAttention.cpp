#include "core/usecases/ListNeedsAttention.h"

#include "core/base/CsvText.h"
#include "core/office/OfficeExceptions.h"
#include "core/operators/Authorization.h"
#include "core/store/AuditTrail.h"
#include "core/store/Database.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSaveFile>

namespace iin {

namespace {

using Kind = OfficeException::Kind;

// Clock warnings older than this are history, not something to act on.
constexpr qint64 ClockWarningWindowSeconds = 24 * 3600;

qint64 hoursSince(const OfficeException& e, const QDateTime& asOf)
{
    return e.since.isValid() ? qMax<qint64>(0, e.since.secsTo(asOf) / 3600) : 0;
}

} // namespace

int NeedsAttention::count(OfficeException::Kind kind) const
{
    return int(std::count_if(items.cbegin(), items.cend(),
                             [kind](const OfficeException& e) { return e.kind == kind; }));
}

Result<NeedsAttention> ListNeedsAttention::run(Database& database, const QString& operatorId,
                                               const OfficeThresholds& thresholds,
                                               const QDateTime& now)
{
    QSqlDatabase db = database.sql();
    if (Status s = Authorization::require(db, operatorId, Permission::SuperviseOffice); !s)
        return s.error();
    // The states as of now (an empty period: no events), then the clock warnings of the last
    // day. Asked apart because a reprint in the period would stand in for its application's
    // state, and this list is about states.
    auto states = OfficeExceptions::find(db, thresholds, now, ExceptionScope{now, now, {}});
    if (!states)
        return states.error();
    auto recent = OfficeExceptions::find(
        db, thresholds, now, ExceptionScope{now.addSecs(-ClockWarningWindowSeconds), now, {}});
    if (!recent)
        return recent.error();
    NeedsAttention list;
    list.asOf = now.toUTC();
    list.thresholds = thresholds;
    for (const OfficeException& e : *states) {
        if (e.kind != Kind::Reprint && e.kind != Kind::ClockWarning)
            list.items << e;
    }
    for (const OfficeException& e : *recent) {
        if (e.kind == Kind::ClockWarning)
            list.items << e;
    }
    return list;
}

QByteArray ListNeedsAttention::csv(const NeedsAttention& list)
{
    QList<QStringList> rows;
    rows << QStringList{tr("Kind"),  tr("Kind code"), tr("Registration number"),
                        tr("Since"), tr("Hours"),     tr("Detail")};
    const QLocale locale;
    for (const OfficeException& e : list.items) {
        rows << QStringList{OfficeException::title(e.kind),
                            OfficeException::code(e.kind),
                            e.registrationNumber,
                            e.since.isValid() ? locale.toString(e.since.toLocalTime(),
                                                                QStringLiteral("yyyy-MM-dd HH:mm"))
                                              : QString(),
                            QString::number(hoursSince(e, list.asOf)),
                            e.detail};
    }
    return CsvText::document(rows);
}

QByteArray ListNeedsAttention::json(const NeedsAttention& list)
{
    QJsonArray items;
    QJsonObject counts;
    for (const OfficeException& e : list.items) {
        const QString code = OfficeException::code(e.kind);
        counts.insert(code, counts.value(code).toInt() + 1);
        items.append(QJsonObject{
            {QStringLiteral("kind"), code},
            {QStringLiteral("application_id"), e.applicationId},
            {QStringLiteral("registration_number"), e.registrationNumber},
            {QStringLiteral("operator"), e.operatorId},
            {QStringLiteral("since"),
             e.since.isValid() ? e.since.toUTC().toString(Qt::ISODate) : QString()},
            {QStringLiteral("hours"), hoursSince(e, list.asOf)},
            {QStringLiteral("detail"), e.detail},
        });
    }
    const QJsonObject out{
        {QStringLiteral("as_of"), list.asOf.toString(Qt::ISODate)},
        {QStringLiteral("thresholds"), list.thresholds.toJson()},
        {QStringLiteral("counts"), counts},
        {QStringLiteral("items"), items},
    };
    return QJsonDocument(out).toJson(QJsonDocument::Indented);
}

Status ListNeedsAttention::exportCsv(Database& database, const QString& operatorId,
                                     const NeedsAttention& list, const QString& fileName)
{
    QSqlDatabase db = database.sql();
    if (Status s = Authorization::require(db, operatorId, Permission::SuperviseOffice); !s)
        return s;
    const QByteArray bytes = csv(list);
    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return Error{
            QStringLiteral("file.write"),
            tr("The list could not be written to %1: %2.").arg(fileName, file.errorString())};
    // The file is written first: an export that failed is not recorded as made, and one that was
    // made but whose record failed is said to the supervisor (the caller shows the error).
    return AuditTrail::record(
        database,
        {operatorId, AuditTrail::AttentionExported, QStringLiteral("office"),
         QJsonObject{{QStringLiteral("items"), int(list.items.size())},
                     {QStringLiteral("sha256"),
                      QString::fromLatin1(
                          QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex())}}});
}

QString ListNeedsAttention::summary(const NeedsAttention& list)
{
    if (list.items.isEmpty())
        return {};
    QStringList parts;
    const OfficeThresholds& t = list.thresholds;
    if (int n = list.count(Kind::OutboxStuck))
        parts << tr("%n stuck in the outbox past %1 h", nullptr, n).arg(t.outboxStuckHours);
    if (int n = list.count(Kind::IinNotAssigned))
        parts << tr("%n without an IIN past %1 h", nullptr, n).arg(t.iinWithinHours);
    if (int n = list.count(Kind::NotPrinted))
        parts << tr("%n not printed past %1 h", nullptr, n).arg(t.printWithinHours);
    if (int n = list.count(Kind::NotHandedOver))
        parts << tr("%n not handed over past %1 days", nullptr, n).arg(t.handoverWithinDays);
    QString text;
    if (!parts.isEmpty())
        text = tr("Needs attention: %1.").arg(parts.join(QStringLiteral(", ")));
    if (list.count(Kind::BlanksLow))
        text += (text.isEmpty() ? QString() : QStringLiteral(" ")) +
                tr("Blanks on hand: fewer than %1.").arg(t.blanksBelow);
    if (list.count(Kind::ClockWarning))
        text += (text.isEmpty() ? QString() : QStringLiteral(" ")) +
                tr("The desk's clock differed from the registry's in the last day.");
    return text + QStringLiteral(" ") + tr("See Supervision > Needs attention (Ctrl+Shift+A).");
}

} // namespace iin
