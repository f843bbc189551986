#include "server/DeskKeys.h"

#include "core/registry/RegistryProtocol.h"
#include "core/signing/DeskKeyCertificate.h"
#include "server/RegistryStore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>

namespace iin::server {

using namespace Qt::StringLiterals;
namespace reg = iin::registry;

namespace {

Error storeError(const RegistryStore& store)
{
    return Error{
        u"store"_s,
        QCoreApplication::translate("DeskKeys", "Registry database: %1").arg(store.lastError())};
}

QJsonObject answerFor(const DeskKeyCertificate& c, const SigningKey& key)
{
    return {{u"certificate"_s, c.toJson()}, {u"registry_key"_s, key.publicEntry()}};
}

} // namespace

ServiceReply DeskKeys::certify(const QString& deskId, const QJsonObject& body,
                               const SigningKey* key)
{
    if (!key)
        return RegistryService::error(503, reg::ErrorNotSigning,
                                      u"This registry runs without a signing key: it certifies "
                                      "no desk keys."_s);
    const QByteArray publicKey =
        QByteArray::fromBase64(body.value(u"public_key"_s).toString().toLatin1());
    if (body.size() != 1 || publicKey.size() != SigningKey::PublicKeyBytes)
        return RegistryService::error(400, reg::ErrorInvalidRequest,
                                      u"The body is {\"public_key\": <32 bytes, base64>}."_s);
    const QString publicText = QString::fromLatin1(publicKey.toBase64());
    const QString keyId = SigningKey::deskKeyIdFor(publicKey);
    const ServiceReply unavailable = RegistryService::error(
        503, reg::ErrorUnavailable, u"The registry's database is unavailable; retry later."_s);

    if (!m_store.begin()) {
        m_store.rollback();
        return unavailable;
    }
    QSqlQuery* q = nullptr;
    if (!m_store.run(q,
                     u"SELECT desk_id, valid_from, valid_until, certified_by, certificate, "
                     "revoked_at, public_key FROM desk_keys WHERE key_id = ?"_s,
                     {keyId})) {
        m_store.rollback();
        return unavailable;
    }
    if (q->next()) {
        DeskKeyCertificate c;
        c.keyId = keyId;
        c.deskId = q->value(0).toString();
        c.validFrom = QDate::fromString(q->value(1).toString(), Qt::ISODate);
        c.validUntil = QDate::fromString(q->value(2).toString(), Qt::ISODate);
        c.certifiedBy = q->value(3).toString();
        c.signature = QByteArray::fromBase64(q->value(4).toString().toLatin1(),
                                             QByteArray::Base64UrlEncoding);
        c.publicKey = publicKey;
        const bool revoked = !q->value(5).isNull();
        const bool same = c.deskId == deskId && q->value(6).toString() == publicText;
        q->finish();
        m_store.rollback();
        if (!same)
            return RegistryService::error(409, reg::ErrorInvalidRequest,
                                          u"This key belongs to another desk."_s);
        if (revoked)
            return RegistryService::error(409, reg::ErrorDeskKeyRevoked,
                                          u"This desk key was revoked; make a new one."_s);
        // Certified under an earlier registry key: sign it again with today's.
        if (c.certifiedBy != key->keyId()) {
            c.certifiedBy = key->keyId();
            c.signature = key->sign(c.signedPart());
        }
        return ServiceReply{200, answerFor(c, *key), u"desk_key:known"_s, true};
    }
    q->finish();

    DeskKeyCertificate c;
    c.keyId = keyId;
    c.deskId = deskId;
    c.publicKey = publicKey;
    c.validFrom = QDate::currentDate();
    c.validUntil = c.validFrom.addDays(ValidityDays);
    c.certifiedBy = key->keyId();
    c.signature = key->sign(c.signedPart());
    const QJsonObject json = c.toJson();
    if (!m_store.run(q,
                     u"INSERT INTO desk_keys (key_id, desk_id, public_key, valid_from, "
                     "valid_until, certified_by, certificate, certified_at) "
                     "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s,
                     {keyId, deskId, publicText, json.value(u"valid_from"_s).toString(),
                      json.value(u"valid_until"_s).toString(), c.certifiedBy,
                      json.value(u"certificate"_s).toString(),
                      QDateTime::currentDateTimeUtc().toString(Qt::ISODate)}) ||
        !m_store.commit()) {
        m_store.rollback();
        return unavailable;
    }
    return ServiceReply{200, answerFor(c, *key), u"desk_key:certified"_s, false};
}

Result<QStringList> DeskKeys::revoke(const QString& deskId, const QString& keyId)
{
    if (!m_store.begin()) {
        m_store.rollback();
        return storeError(m_store);
    }
    QSqlQuery q = m_store.newQuery();
    const QString today = QDate::currentDate().toString(Qt::ISODate);
    QStringList ids;
    const bool ok =
        keyId.isEmpty()
            ? m_store.exec(q,
                           u"SELECT key_id FROM desk_keys WHERE desk_id = ? AND revoked_at IS NULL "
                           "ORDER BY key_id"_s,
                           {deskId})
            : m_store.exec(q,
                           u"SELECT key_id FROM desk_keys WHERE desk_id = ? AND revoked_at IS NULL "
                           "AND key_id = ?"_s,
                           {deskId, keyId});
    while (ok && q.next())
        ids << q.value(0).toString();
    q.finish();
    for (const QString& id : ids) {
        if (!m_store.exec(q, u"UPDATE desk_keys SET revoked_at = ? WHERE key_id = ?"_s,
                          {today, id})) {
            m_store.rollback();
            return storeError(m_store);
        }
    }
    if (!ok || !m_store.commit()) {
        m_store.rollback();
        return storeError(m_store);
    }
    return ids;
}

Result<QJsonObject> DeskKeys::trustFile(const SigningKey& key,
                                        const QList<QJsonObject>& previousKeys)
{
    QJsonArray keys{key.publicEntry()};
    for (const QJsonObject& previous : previousKeys) {
        if (previous.value(u"key_id"_s).toString() != key.keyId())
            keys.append(previous);
    }
    QSqlQuery q = m_store.newQuery();
    if (!m_store.exec(q, u"SELECT key_id, desk_id, public_key, valid_from, valid_until, revoked_at "
                         "FROM desk_keys ORDER BY desk_id, key_id"_s))
        return storeError(m_store);
    QJsonArray deskKeys;
    QJsonArray revoked;
    while (q.next()) {
        DeskKeyCertificate c;
        c.keyId = q.value(0).toString();
        c.deskId = q.value(1).toString();
        c.publicKey = QByteArray::fromBase64(q.value(2).toString().toLatin1());
        c.validFrom = QDate::fromString(q.value(3).toString(), Qt::ISODate);
        c.validUntil = QDate::fromString(q.value(4).toString(), Qt::ISODate);
        c.certifiedBy = key.keyId();
        c.signature = key.sign(c.signedPart());
        deskKeys.append(c.toJson());
        if (!q.value(5).isNull())
            revoked.append(QJsonObject{{u"key_id"_s, c.keyId},
                                       {u"desk_id"_s, c.deskId},
                                       {u"revoked_on"_s, q.value(5).toString()}});
    }
    return QJsonObject{{u"format"_s, u"iin-desk-trust"_s},
                       {u"version"_s, 2},
                       {u"keys"_s, keys},
                       {u"desk_keys"_s, deskKeys},
                       {u"revoked_desk_keys"_s, revoked}};
}

} // namespace iin::server
