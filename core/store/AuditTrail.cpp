#include "core/store/AuditTrail.h"

#include "core/store/Database.h"
#include "core/store/StatementCache.h"
#include "core/store/StoreError.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace iin {

namespace {

QString nowUtc()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

// Netstring-style: "<byte length>:<UTF-8 bytes>," per field, so no field can bleed into the
// next whatever characters it holds.
void addField(QByteArray& out, const QString& field)
{
    const QByteArray bytes = field.toUtf8();
    out += QByteArray::number(bytes.size()) + ':' + bytes + ',';
}

AuditRecord fromQuery(const QSqlQuery& q)
{
    return AuditRecord{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                       q.value(3).toString(),   q.value(4).toString(), q.value(5).toString(),
                       q.value(6).toString(),   q.value(7).toString()};
}

const QString columns =
    QStringLiteral("seq, at, operator, action, subject, details, prev_hash, hash");

} // namespace

QString AuditTrail::hashOf(const AuditRecord& r)
{
    QByteArray canonical;
    addField(canonical, QString::number(r.seq));
    addField(canonical, r.at);
    addField(canonical, r.operatorId);
    addField(canonical, r.action);
    addField(canonical, r.subject);
    addField(canonical, r.details);
    addField(canonical, r.prevHash);
    return QString::fromLatin1(
        QCryptographicHash::hash(canonical, QCryptographicHash::Sha256).toHex());
}

Status AuditTrail::append(QSqlDatabase db, const AuditEvent& event)
{
    const QString what = tr("Writing the audit trail");
    AuditRecord r;
    r.prevHash = QString::fromLatin1(GenesisHash);
    {
        QSqlQuery fallback;
        QSqlQuery& last = StatementCache::prepare(
            db, QStringLiteral("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1"),
            fallback);
        if (!last.exec())
            return StoreError::from(last.lastError(), what);
        if (last.next()) {
            r.seq = last.value(0).toLongLong();
            r.prevHash = last.value(1).toString();
        }
        last.finish();
    }
    r.seq += 1;
    r.at = nowUtc();
    // Null and empty strings hash alike; the columns are NOT NULL.
    r.operatorId = event.operatorId.isNull() ? QStringLiteral("") : event.operatorId;
    r.action = event.action;
    r.subject = event.subject;
    r.details = QString::fromUtf8(QJsonDocument(event.details).toJson(QJsonDocument::Compact));
    r.hash = hashOf(r);

    QSqlQuery insertFallback;
    QSqlQuery& insert =
        StatementCache::prepare(db,
                                QStringLiteral("INSERT INTO audit_log (") + columns +
                                    QStringLiteral(") VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                                insertFallback);
    insert.addBindValue(r.seq);
    insert.addBindValue(r.at);
    insert.addBindValue(r.operatorId);
    insert.addBindValue(r.action);
    insert.addBindValue(r.subject);
    insert.addBindValue(r.details);
    insert.addBindValue(r.prevHash);
    insert.addBindValue(r.hash);
    if (!insert.exec())
        return StoreError::from(insert.lastError(), what);

    QSqlQuery headFallback;
    QSqlQuery& head = StatementCache::prepare(
        db,
        QStringLiteral("INSERT INTO meta (key, value) VALUES ('audit_head', ?)"
                       " ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
        headFallback);
    head.addBindValue(QString(QString::number(r.seq) % u' ' % r.hash));
    if (!head.exec())
        return StoreError::from(head.lastError(), what);
    return {};
}

Status AuditTrail::record(Database& database, const AuditEvent& event)
{
    Transaction tx(database.sql());
    if (Status s = tx.begin(); !s)
        return s;
    if (Status s = append(database.sql(), event); !s)
        return s;
    return tx.commit();
}

AuditVerification AuditTrail::verify(QSqlDatabase db)
{
    AuditVerification v;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT ") + columns +
                QStringLiteral(" FROM audit_log ORDER BY seq"))) {
        v.reason = StoreError::from(q.lastError(), tr("Reading the audit trail")).message;
        return v;
    }
    QString prevHash = QString::fromLatin1(GenesisHash);
    qint64 expected = 1;
    while (q.next()) {
        const AuditRecord r = fromQuery(q);
        if (r.seq != expected) {
            v.firstBad = expected;
            v.reason = tr("Audit record %1 is missing: records were deleted.").arg(expected);
            return v;
        }
        if (r.prevHash != prevHash) {
            v.firstBad = r.seq;
            v.reason = tr("Audit record %1 does not follow record %2: records were deleted or "
                          "reordered.")
                           .arg(r.seq)
                           .arg(r.seq - 1);
            return v;
        }
        if (hashOf(r) != r.hash) {
            v.firstBad = r.seq;
            v.reason = tr("Audit record %1 was altered after it was written.").arg(r.seq);
            return v;
        }
        prevHash = r.hash;
        ++expected;
        ++v.records;
    }

    QSqlQuery head(db);
    if (!head.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'audit_head'"))) {
        v.reason = StoreError::from(head.lastError(), tr("Reading the audit trail")).message;
        return v;
    }
    if (head.next()) {
        const QString expectedHead = QString(QString::number(v.records) % u' ' % prevHash);
        if (head.value(0).toString() != expectedHead) {
            v.firstBad = v.records + 1;
            v.reason = tr("Audit records from %1 on are missing: the trail ends at record %2, "
                          "but its recorded head is record %3. The newest records were deleted.")
                           .arg(v.records + 1)
                           .arg(v.records)
                           .arg(head.value(0).toString().section(u' ', 0, 0));
            return v;
        }
    } else if (v.records > 0) {
        v.firstBad = 1;
        v.reason = tr("The head of the audit trail is missing.");
        return v;
    }
    v.ok = true;
    return v;
}

Result<QList<AuditRecord>> AuditTrail::recordsFor(QSqlDatabase db, const QString& subject)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT ") + columns +
              QStringLiteral(" FROM audit_log WHERE subject = ? ORDER BY seq"));
    q.addBindValue(subject);
    if (!q.exec())
        return StoreError::from(q.lastError(), tr("Reading the audit trail"));
    QList<AuditRecord> list;
    while (q.next())
        list.append(fromQuery(q));
    return list;
}

} // namespace iin
