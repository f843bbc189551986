#include "core/office/DiagnosticsBundle.h"

#include "core/base/NewFile.h"
#include "core/base/Redaction.h"
#include "core/store/AuditTrail.h"
#include "core/store/Database.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSettings>
#include <QSqlError>
#include <QSqlQuery>
#include <QSysInfo>

#include <zip.h>

namespace iin {

namespace {

Error sqlError(const QSqlQuery& q)
{
    return {QStringLiteral("diagnostics.sql"),
            DiagnosticsBundle::tr("The journal could not be read: %1").arg(q.lastError().text())};
}

QByteArray lines(const QStringList& list)
{
    return (list.join(u'\n') + u'\n').toUtf8();
}

Result<QByteArray> versions(Database& db, const QString& programVersion)
{
    QSqlQuery q(db.sql());
    if (!q.exec(QStringLiteral("SELECT sqlite_version()")) || !q.next())
        return sqlError(q);
    return lines({
        QStringLiteral("program: iin-desk %1").arg(programVersion),
        QStringLiteral("qt: %1").arg(QString::fromLatin1(qVersion())),
        QStringLiteral("sqlite: %1").arg(q.value(0).toString()),
        QStringLiteral("os: %1").arg(QSysInfo::prettyProductName()),
        QStringLiteral("kernel: %1 %2").arg(QSysInfo::kernelType(), QSysInfo::kernelVersion()),
        QStringLiteral("architecture: %1").arg(QSysInfo::currentCpuArchitecture()),
        QStringLiteral("journal schema: %1").arg(db.schemaVersion()),
    });
}

QByteArray settingsText(const QSettings& settings, const Redaction& redaction)
{
    QStringList out;
    QStringList keys = settings.allKeys();
    keys.sort();
    for (const QString& key : keys) {
        const QVariant v = settings.value(key);
        QString text;
        if (v.canConvert<QString>() && v.typeId() != QMetaType::QByteArray)
            text = v.toString();
        else
            text = QStringLiteral("<%1, %2 bytes>")
                       .arg(QString::fromLatin1(v.typeName()))
                       .arg(v.toByteArray().size());
        if (DiagnosticsBundle::isSecret(key, text))
            text = text.isEmpty() ? QString() : Redaction::Secret;
        out << QStringLiteral("%1 = %2").arg(key, redaction.apply(text));
    }
    if (out.isEmpty())
        out << QStringLiteral("(no settings stored)");
    return lines(out);
}

Result<QByteArray> outboxJson(Database& db, const QDateTime& now)
{
    QSqlQuery q(db.sql());
    QJsonObject counts;
    for (const char* state : {"pending", "in_flight", "done", "rejected", "cancelled"})
        counts[QLatin1String(state)] = 0;
    if (!q.exec(QStringLiteral("SELECT state, count(*) FROM outbox GROUP BY state")))
        return sqlError(q);
    while (q.next())
        counts[q.value(0).toString()] = q.value(1).toLongLong();

    QJsonObject result{{QStringLiteral("counts"), counts}};
    if (!q.exec(QStringLiteral("SELECT min(created_at) FROM outbox WHERE state = 'pending'")) ||
        !q.next())
        return sqlError(q);
    const QDateTime oldest = QDateTime::fromString(q.value(0).toString(), Qt::ISODateWithMs);
    result[QStringLiteral("oldest_pending_at")] =
        oldest.isValid() ? QJsonValue(oldest.toUTC().toString(Qt::ISODate)) : QJsonValue();
    result[QStringLiteral("oldest_pending_age_seconds")] =
        oldest.isValid() ? QJsonValue(oldest.secsTo(now)) : QJsonValue();

    // The error texts come from the registry and the network and may quote what was sent: the
    // application's own names (both scripts), document number and IIN are removed from each.
    if (!q.exec(QStringLiteral("SELECT o.id, a.registration_number, o.state, o.attempts, "
                               "o.updated_at, o.last_error,"
                               " a.surname_cyr, a.given_name_cyr, a.patronymic_cyr, a.surname_lat, "
                               "a.given_name_lat,"
                               " a.patronymic_lat, a.document_number, a.iin"
                               " FROM outbox o JOIN applications a ON a.id = o.application_id"
                               " WHERE o.last_error IS NOT NULL AND o.last_error <> ''"
                               " ORDER BY o.updated_at DESC, o.id DESC LIMIT %1")
                    .arg(DiagnosticsBundle::LastErrors)))
        return sqlError(q);
    QJsonArray errors;
    while (q.next()) {
        Redaction r;
        for (int column = 6; column <= 13; ++column)
            r.addTerm(q.value(column).toString());
        errors.append(QJsonObject{
            {QStringLiteral("outbox_id"), q.value(0).toLongLong()},
            {QStringLiteral("registration_number"), q.value(1).toString()},
            {QStringLiteral("state"), q.value(2).toString()},
            {QStringLiteral("attempts"), q.value(3).toInt()},
            {QStringLiteral("at"), q.value(4).toString()},
            {QStringLiteral("error"), r.apply(q.value(5).toString())},
        });
    }
    result[QStringLiteral("last_errors")] = errors;
    return QJsonDocument(result).toJson(QJsonDocument::Indented);
}

Result<QByteArray> integrity(Database& db)
{
    QSqlQuery q(db.sql());
    if (!q.exec(QStringLiteral("PRAGMA integrity_check")))
        return sqlError(q);
    QStringList sqlite;
    while (q.next())
        sqlite << q.value(0).toString();
    const AuditVerification audit = AuditTrail::verify(db.sql());
    QStringList out{QStringLiteral("integrity_check: %1").arg(sqlite.join(QStringLiteral("; "))),
                    QStringLiteral("audit_chain: %1")
                        .arg(audit.ok ? QStringLiteral("ok") : QStringLiteral("broken")),
                    QStringLiteral("audit_records: %1").arg(audit.records)};
    if (!audit.ok)
        out << QStringLiteral("audit_first_bad: %1").arg(audit.firstBad)
            << QStringLiteral("audit_reason: %1").arg(Redaction().apply(audit.reason));
    return lines(out);
}

// The desk writes no log file of its own; what it did is in the audit trail. Only the time, the
// action and the subject ("application:42") are taken: the details may hold personal data.
Result<QByteArray> logText(Database& db)
{
    QSqlQuery q(db.sql());
    if (!q.exec(QStringLiteral("SELECT at, action, subject FROM"
                               " (SELECT seq, at, action, subject FROM audit_log"
                               "  ORDER BY seq DESC LIMIT %1) ORDER BY seq")
                    .arg(DiagnosticsBundle::LastLogLines)))
        return sqlError(q);
    const Redaction r;
    QStringList out{QStringLiteral("# the last %1 audit records: time, action, subject")
                        .arg(DiagnosticsBundle::LastLogLines)};
    while (q.next())
        out << r.apply(
            QStringLiteral("%1 %2 %3")
                .arg(q.value(0).toString(), q.value(1).toString(), q.value(2).toString()));
    return lines(out);
}

} // namespace

bool DiagnosticsBundle::isSecret(const QString& key, const QString& value)
{
    static const QRegularExpression secretKey(
        QStringLiteral("token|password|passwd|secret|passphrase|credential|privatekey|private_key"),
        QRegularExpression::CaseInsensitiveOption);
    return key.contains(secretKey) || value.contains(QStringLiteral("PRIVATE KEY")) ||
           value.contains(QStringLiteral("-----BEGIN"));
}

Result<QMap<QString, QByteArray>> DiagnosticsBundle::collect(Database& db,
                                                             const QSettings& settings,
                                                             const QString& programVersion,
                                                             const QDateTime& now)
{
    QMap<QString, QByteArray> files;
    Result<QByteArray> v = versions(db, programVersion);
    if (!v)
        return v.error();
    files[QStringLiteral("versions.txt")] = *v;
    files[QStringLiteral("settings.txt")] = settingsText(settings, Redaction());
    Result<QByteArray> o = outboxJson(db, now);
    if (!o)
        return o.error();
    files[QStringLiteral("outbox.json")] = *o;
    Result<QByteArray> i = integrity(db);
    if (!i)
        return i.error();
    files[QStringLiteral("integrity.txt")] = *i;
    Result<QByteArray> l = logText(db);
    if (!l)
        return l.error();
    files[QStringLiteral("log.txt")] = *l;
    return files;
}

Result<QByteArray> DiagnosticsBundle::zip(const QMap<QString, QByteArray>& files)
{
    const Error failed{QStringLiteral("diagnostics.zip"),
                       tr("The diagnostics archive could not be made.")};
    zip_error_t error;
    zip_error_init(&error);
    zip_source_t* buffer = zip_source_buffer_create(nullptr, 0, 0, &error);
    if (!buffer)
        return failed;
    zip_t* archive = zip_open_from_source(buffer, ZIP_TRUNCATE, &error);
    if (!archive) {
        zip_source_free(buffer);
        return failed;
    }
    // Keep the buffer alive past zip_close(), which hands the finished archive to it.
    zip_source_keep(buffer);
    for (auto it = files.cbegin(); it != files.cend(); ++it) {
        zip_source_t* content =
            zip_source_buffer(archive, it.value().constData(), zip_uint64_t(it.value().size()), 0);
        if (!content ||
            zip_file_add(archive, it.key().toUtf8().constData(), content, ZIP_FL_ENC_UTF_8) < 0) {
            zip_source_free(content);
            zip_discard(archive);
            zip_source_free(buffer);
            return failed;
        }
    }
    if (zip_close(archive) < 0) {
        zip_discard(archive);
        zip_source_free(buffer);
        return failed;
    }
    QByteArray bytes;
    zip_stat_t st;
    if (zip_source_stat(buffer, &st) == 0 && zip_source_open(buffer) == 0) {
        bytes.resize(qsizetype(st.size));
        const zip_int64_t read = zip_source_read(buffer, bytes.data(), st.size);
        zip_source_close(buffer);
        if (read != zip_int64_t(st.size))
            bytes.clear();
    }
    zip_source_free(buffer);
    if (bytes.isEmpty())
        return failed;
    return bytes;
}

Status DiagnosticsBundle::write(Database& db, const QSettings& settings,
                                const QString& programVersion, const QString& path,
                                const QString& operatorId)
{
    const Result<QMap<QString, QByteArray>> files =
        collect(db, settings, programVersion, QDateTime::currentDateTimeUtc());
    if (!files)
        return files.error();
    const Result<QByteArray> bytes = zip(*files);
    if (!bytes)
        return bytes.error();
    if (Status s = NewFile::write(path, *bytes, NewFile::PrivateMode); !s)
        return s;
    return AuditTrail::record(
        db, {operatorId,
             AuditTrail::DiagnosticsExported,
             QStringLiteral("diagnostics"),
             {{QStringLiteral("bytes"), bytes->size()},
              {QStringLiteral("sha256"),
               QString::fromLatin1(
                   QCryptographicHash::hash(*bytes, QCryptographicHash::Sha256).toHex())}}});
}

} // namespace iin
