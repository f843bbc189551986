#include "core/registry/DeskKeyStore.h"

#include "core/signing/SigningKey.h"
#include "core/store/StoreError.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace iin {

Status DeskKeyStore::save(QSqlDatabase db, const DeskKeyCertification& c)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "INSERT INTO desk_keys (key_id, desk_id, public_key, certificate_json, registry_key_id,"
        " registry_public_key, received_at) VALUES (?, ?, ?, ?, ?, ?, ?)"
        " ON CONFLICT (key_id) DO UPDATE SET certificate_json = excluded.certificate_json,"
        " registry_key_id = excluded.registry_key_id,"
        " registry_public_key = excluded.registry_public_key,"
        " received_at = excluded.received_at"));
    q.addBindValue(c.certificate.keyId);
    q.addBindValue(c.certificate.deskId);
    q.addBindValue(QString::fromLatin1(c.certificate.publicKey.toBase64()));
    q.addBindValue(
        QString::fromUtf8(QJsonDocument(c.certificate.toJson()).toJson(QJsonDocument::Compact)));
    q.addBindValue(c.registryKeyId);
    q.addBindValue(QString::fromLatin1(c.registryPublicKey.toBase64()));
    q.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    if (!q.exec())
        return StoreError::from(q.lastError(), tr("Saving the desk key's certification"));
    return {};
}

Result<std::optional<DeskKeyCertification>> DeskKeyStore::find(QSqlDatabase db,
                                                               const QString& keyId)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT certificate_json, registry_key_id, registry_public_key"
                             " FROM desk_keys WHERE key_id = ?"));
    q.addBindValue(keyId);
    if (!q.exec())
        return StoreError::from(q.lastError(), tr("Reading the desk key's certification"));
    if (!q.next())
        return std::optional<DeskKeyCertification>();
    Result<DeskKeyCertificate> certificate =
        DeskKeyCertificate::fromJson(QJsonDocument::fromJson(q.value(0).toByteArray()).object());
    if (!certificate)
        return certificate.error();
    DeskKeyCertification c;
    c.certificate = *certificate;
    c.registryKeyId = q.value(1).toString();
    c.registryPublicKey = QByteArray::fromBase64(q.value(2).toByteArray());
    return std::optional<DeskKeyCertification>(c);
}

QString DeskKeyStore::defaultKeyFile(const QString& journalPath)
{
    return QFileInfo(journalPath).absoluteDir().filePath(QStringLiteral("desk-signing.key"));
}

Result<SigningKey> DeskKeyStore::loadOrCreate(const QString& path, const QString& deskId)
{
    if (QFileInfo::exists(path) || QFileInfo(path).isSymLink())
        return SigningKey::load(path);
    Result<SigningKey> key = SigningKey::generateForDesk(deskId);
    if (!key)
        return key;
    if (Status s = key->save(path); !s)
        return s.error();
    return key;
}

} // namespace iin
