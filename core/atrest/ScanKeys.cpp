#include "core/atrest/ScanKeys.h"

#include "core/atrest/SystemdCreds.h"
#include "core/backup/BackupSettings.h"
#include "core/backup/RecoveryKey.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <QSaveFile>
#include <QSettings>
#include <QStandardPaths>

#include <sodium.h>

#include <optional>

namespace iin {

namespace {

const QString Format = QStringLiteral("iin-desk-scan-key");

QMutex cacheLock;
QHash<QString, std::shared_ptr<const ScanCipher>>& cache()
{
    static QHash<QString, std::shared_ptr<const ScanCipher>> ciphers;
    return ciphers;
}

QString canonical(const QString& journal)
{
    return QFileInfo(journal).absoluteFilePath();
}

Status writePrivate(const QString& path, const QByteArray& bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) ||
        !file.setPermissions(QFile::ReadOwner | QFile::WriteOwner) ||
        file.write(bytes) != bytes.size() || !file.commit())
        return Error{QStringLiteral("scans.io"),
                     ScanKeys::tr("\"%1\" cannot be written: %2").arg(path, file.errorString())};
    return {};
}

Result<QByteArray> readAll(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{QStringLiteral("scans.io"),
                     ScanKeys::tr("\"%1\" cannot be read: %2").arg(path, file.errorString())};
    return file.readAll();
}

Result<QJsonObject> readMeta(const QString& journal)
{
    Result<QByteArray> bytes = readAll(ScanKeys::metaPathOf(journal));
    if (!bytes)
        return bytes.error();
    const QJsonObject meta = QJsonDocument::fromJson(*bytes).object();
    if (meta.value(QStringLiteral("format")).toString() != Format ||
        meta.value(QStringLiteral("version")).toInt() != 1)
        return Error{QStringLiteral("scans.key_file"),
                     ScanKeys::tr("\"%1\" is not a scan key file this program reads.")
                         .arg(ScanKeys::metaPathOf(journal))};
    return meta;
}

Status writeMeta(const QString& journal, const QJsonObject& meta)
{
    return writePrivate(ScanKeys::metaPathOf(journal),
                        QJsonDocument(meta).toJson(QJsonDocument::Indented));
}

QString keyFileOf(const QString& keyId)
{
    return QDir(ScanKeys::keyFolder()).filePath(keyId + QStringLiteral(".key"));
}

QByteArray bytesOf(const StreamKey& key)
{
    return QByteArray(reinterpret_cast<const char*>(key.data()), StreamKey::Bytes);
}

Result<StreamKey> keyFromBytes(QByteArray bytes, const QString& keyId)
{
    if (bytes.size() != StreamKey::Bytes)
        return Error{QStringLiteral("scans.key_unavailable"),
                     ScanKeys::tr("The scan key %1 read here has the wrong length.").arg(keyId)};
    const StreamKey key =
        StreamKey::fromBytes(reinterpret_cast<const unsigned char*>(bytes.data()));
    sodium_memzero(bytes.data(), size_t(bytes.size()));
    if (ScanCipher::keyIdOf(key) != keyId)
        return Error{
            QStringLiteral("scans.key_unavailable"),
            ScanKeys::tr("The key read here is not the journal's scan key %1.").arg(keyId)};
    return key;
}

// Keeps K for this machine by the keeper asked for (IIN_DESK_SCAN_KEEPER); returns its name.
Result<QString> keep(const QString& journal, const StreamKey& key, const QString& keyId)
{
    const QString wanted = qEnvironmentVariable("IIN_DESK_SCAN_KEEPER", QStringLiteral("auto"));
    if (wanted != u"auto" && wanted != ScanKeys::SystemdCredsKeeper &&
        wanted != ScanKeys::FileKeeper)
        return Error{
            QStringLiteral("scans.keeper"),
            ScanKeys::tr("IIN_DESK_SCAN_KEEPER is \"%1\": use auto, systemd-creds or file.")
                .arg(wanted)};
    if (wanted != ScanKeys::FileKeeper) {
        // Sealed, then opened again before it is trusted: a credential this user cannot open
        // (the host secret is root's, the TPM device not ours) is no keeper.
        // The host secret (and the TPM2 with it) first; a user who may not read the host
        // secret (systemd 252 keeps it root's) may still have the TPM2 alone.
        const QByteArray secret = bytesOf(key);
        Error failure;
        for (const QString& withKey : {QStringLiteral("auto"), QStringLiteral("tpm2")}) {
            Result<QByteArray> credential =
                SystemdCreds::encrypt(secret, ScanKeys::CredentialName, withKey);
            Result<QByteArray> back =
                credential ? SystemdCreds::decrypt(*credential, ScanKeys::CredentialName)
                           : Result<QByteArray>(credential.error());
            if (back && *back == secret) {
                if (Status s = writePrivate(ScanKeys::credentialPathOf(journal), *credential); !s)
                    return s.error();
                return ScanKeys::SystemdCredsKeeper;
            }
            if (withKey == u"auto")
                failure = back ? Error{QStringLiteral("scans.systemd_creds_failed"),
                                       ScanKeys::tr("systemd-creds gave back another secret.")}
                               : back.error();
            if (failure.code == u"scans.no_systemd_creds")
                break;
        }
        if (wanted == ScanKeys::SystemdCredsKeeper)
            return failure;
    }
    const QString folder = ScanKeys::keyFolder();
    if (!QDir().mkpath(folder))
        return Error{QStringLiteral("scans.io"),
                     ScanKeys::tr("The folder \"%1\" cannot be created.").arg(folder)};
    QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    if (Status s = writePrivate(keyFileOf(keyId), bytesOf(key)); !s)
        return s.error();
    return ScanKeys::FileKeeper;
}

Result<StreamKey> unseal(const QString& journal, const QJsonObject& meta)
{
    const QString keyId = meta.value(QStringLiteral("key_id")).toString();
    const QString keeper = meta.value(QStringLiteral("keeper")).toString();
    const auto unavailable = [&](const QString& why) {
        return Error{
            QStringLiteral("scans.key_unavailable"),
            ScanKeys::tr("The journal's scan key %1 cannot be opened on this machine (%2). "
                         "A supervisor restores it with: iin-desk-cli scans recover "
                         "--key RECOVERY_PRIVATE_KEY")
                .arg(keyId, why)};
    };
    if (keeper == ScanKeys::SystemdCredsKeeper) {
        Result<QByteArray> credential = readAll(ScanKeys::credentialPathOf(journal));
        if (!credential)
            return unavailable(credential.errorMessage());
        Result<QByteArray> secret = SystemdCreds::decrypt(*credential, ScanKeys::CredentialName);
        if (!secret)
            return unavailable(secret.errorMessage());
        Result<StreamKey> key = keyFromBytes(*secret, keyId);
        return key ? key : Result<StreamKey>(unavailable(key.errorMessage()));
    }
    if (keeper == ScanKeys::FileKeeper) {
        Result<QByteArray> secret = readAll(keyFileOf(keyId));
        if (!secret)
            return unavailable(secret.errorMessage());
        Result<StreamKey> key = keyFromBytes(*secret, keyId);
        return key ? key : Result<StreamKey>(unavailable(key.errorMessage()));
    }
    return unavailable(ScanKeys::tr("unknown keeper \"%1\"").arg(keeper));
}

QJsonObject recoveryCopyOf(const StreamKey& key, const RecoveryPublicKey& publicKey)
{
    QByteArray sealed(crypto_box_SEALBYTES + StreamKey::Bytes, '\0');
    crypto_box_seal(reinterpret_cast<unsigned char*>(sealed.data()), key.data(), StreamKey::Bytes,
                    reinterpret_cast<const unsigned char*>(publicKey.bytes().constData()));
    return {{QStringLiteral("public_key_id"), publicKey.id()},
            {QStringLiteral("sealed"), QString::fromLatin1(sealed.toBase64())}};
}

// The office's recovery key as configured in the desk's settings, when there is one.
std::optional<RecoveryPublicKey> configuredRecoveryKey()
{
    const QString file = ScanKeys::configuredRecoveryPublicKeyFile();
    if (file.isEmpty())
        return std::nullopt;
    Result<RecoveryPublicKey> key = RecoveryPublicKey::load(file);
    if (!key)
        return std::nullopt;
    return *key;
}

} // namespace

QString ScanKeys::metaPathOf(const QString& journal)
{
    return journal + QStringLiteral(".scankey");
}

QString ScanKeys::credentialPathOf(const QString& journal)
{
    return journal + QStringLiteral(".scankey.cred");
}

QString ScanKeys::keyFolder()
{
    const QString folder = qEnvironmentVariable("IIN_DESK_SCAN_KEY_FOLDER");
    if (!folder.isEmpty())
        return folder;
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) +
           QStringLiteral("/IIN Desk/scan-keys");
}

QString ScanKeys::configuredRecoveryPublicKeyFile()
{
    // The desk's own settings (the organisation and name app/desk/main.cpp sets), read by the
    // command-line tool as well.
    const QSettings settings(QStringLiteral("IIN Desk"), QStringLiteral("iin-desk"));
    return BackupSettings::load(settings).publicKeyFile.trimmed();
}

Result<ScanKeys::Access> ScanKeys::open(const QString& journal, bool create)
{
    if (sodium_init() < 0)
        return Error{QStringLiteral("scans.crypto"), tr("The encryption library cannot start.")};
    const QString path = canonical(journal);
    // One caller at a time: two threads must not both make a key for the same journal.
    QMutexLocker lock(&cacheLock);
    if (auto found = cache().constFind(path); found != cache().constEnd()) {
        // A journal removed and made again under the same name has a key of its own.
        if (QFileInfo::exists(metaPathOf(path)))
            return Access{*found, false, {}};
        cache().erase(found);
    }

    if (!QFileInfo::exists(metaPathOf(path))) {
        if (!create)
            return Error{QStringLiteral("scans.no_key"), tr("The journal has no scan key yet.")};
        const StreamKey key;
        const QString keyId = ScanCipher::keyIdOf(key);
        Result<QString> keeper = keep(path, key, keyId);
        if (!keeper)
            return keeper.error();
        QJsonObject meta{{QStringLiteral("format"), Format},
                         {QStringLiteral("version"), 1},
                         {QStringLiteral("key_id"), keyId},
                         {QStringLiteral("keeper"), *keeper}};
        if (std::optional<RecoveryPublicKey> office = configuredRecoveryKey())
            meta.insert(QStringLiteral("recovery"), recoveryCopyOf(key, *office));
        // Written last: the key's keeper holds K before anything says the key exists.
        if (Status s = writeMeta(path, meta); !s)
            return s.error();
        auto cipher = std::make_shared<const ScanCipher>(key);
        cache().insert(path, cipher);
        return Access{cipher, true, *keeper};
    }

    Result<QJsonObject> meta = readMeta(path);
    if (!meta)
        return meta.error();
    Result<StreamKey> key = unseal(path, *meta);
    if (!key)
        return key.error();
    // A recovery key configured after K was made: the copy is added now.
    if (!meta->contains(QStringLiteral("recovery"))) {
        if (std::optional<RecoveryPublicKey> office = configuredRecoveryKey()) {
            QJsonObject updated = *meta;
            updated.insert(QStringLiteral("recovery"), recoveryCopyOf(*key, *office));
            writeMeta(path, updated); // best effort: `scans status` shows it missing
        }
    }
    auto cipher = std::make_shared<const ScanCipher>(*key);
    cache().insert(path, cipher);
    return Access{cipher, false, meta->value(QStringLiteral("keeper")).toString()};
}

ScanKeys::State ScanKeys::state(const QString& journal)
{
    const QString path = canonical(journal);
    State state;
    state.exists = QFileInfo::exists(metaPathOf(path));
    if (!state.exists)
        return state;
    // Opened first: opening adds the recovery copy of a key made before one was configured.
    Result<Access> access = open(path, false);
    state.available = bool(access);
    if (!access)
        state.problem = access.errorMessage();
    Result<QJsonObject> meta = readMeta(path);
    if (!meta) {
        state.problem = meta.errorMessage();
        return state;
    }
    state.keyId = meta->value(QStringLiteral("key_id")).toString();
    state.keeper = meta->value(QStringLiteral("keeper")).toString();
    const QJsonObject recovery = meta->value(QStringLiteral("recovery")).toObject();
    state.recoveryCopy = !recovery.isEmpty();
    state.recoveryKeyId = recovery.value(QStringLiteral("public_key_id")).toString();
    return state;
}

Status ScanKeys::addRecoveryCopy(const QString& journal, const RecoveryPublicKey& publicKey)
{
    const QString path = canonical(journal);
    Result<Access> access = open(path, true);
    if (!access)
        return access.error();
    Result<QJsonObject> meta = readMeta(path);
    if (!meta)
        return meta.error();
    Result<StreamKey> key = unseal(path, *meta);
    if (!key)
        return key.error();
    meta->insert(QStringLiteral("recovery"), recoveryCopyOf(*key, publicKey));
    return writeMeta(path, *meta);
}

Result<ScanKeys::Access> ScanKeys::recover(const QString& journal, const RecoveryKey& recoveryKey)
{
    if (sodium_init() < 0)
        return Error{QStringLiteral("scans.crypto"), tr("The encryption library cannot start.")};
    const QString path = canonical(journal);
    Result<QJsonObject> meta = readMeta(path);
    if (!meta)
        return meta.error();
    const QString keyId = meta->value(QStringLiteral("key_id")).toString();
    const QJsonObject recovery = meta->value(QStringLiteral("recovery")).toObject();
    if (recovery.isEmpty())
        return Error{
            QStringLiteral("scans.no_recovery_copy"),
            tr("The journal's scan key %1 has no copy sealed to a recovery key.").arg(keyId)};
    const QString sealedFor = recovery.value(QStringLiteral("public_key_id")).toString();
    if (sealedFor != recoveryKey.publicKey().id())
        return Error{QStringLiteral("scans.recovery_key_wrong"),
                     tr("The scan key's copy is sealed to the recovery key %1, not to this one "
                        "(%2).")
                         .arg(sealedFor, recoveryKey.publicKey().id())};
    const QByteArray sealed =
        QByteArray::fromBase64(recovery.value(QStringLiteral("sealed")).toString().toLatin1());
    QByteArray secret(StreamKey::Bytes, '\0');
    if (sealed.size() != crypto_box_SEALBYTES + StreamKey::Bytes ||
        crypto_box_seal_open(
            reinterpret_cast<unsigned char*>(secret.data()),
            reinterpret_cast<const unsigned char*>(sealed.constData()), sealed.size(),
            reinterpret_cast<const unsigned char*>(recoveryKey.publicKey().bytes().constData()),
            recoveryKey.secret()) != 0)
        return Error{QStringLiteral("scans.recovery_key_wrong"),
                     tr("The recovery key does not open the scan key's copy.")};
    Result<StreamKey> key = keyFromBytes(secret, keyId);
    if (!key)
        return key.error();

    QMutexLocker lock(&cacheLock);
    Result<QString> keeper = keep(path, *key, keyId);
    if (!keeper)
        return keeper.error();
    meta->insert(QStringLiteral("keeper"), *keeper);
    if (Status s = writeMeta(path, *meta); !s)
        return s.error();
    auto cipher = std::make_shared<const ScanCipher>(*key);
    cache().insert(path, cipher);
    return Access{cipher, false, *keeper};
}

void ScanKeys::forget(const QString& journal)
{
    QMutexLocker lock(&cacheLock);
    cache().remove(canonical(journal));
}

} // namespace iin
