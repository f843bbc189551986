#pragma once

#include "core/backup/SecretStream.h"
#include "core/store/AttachmentCipher.h"

#include <QCoreApplication>

namespace iin {

// A journal's scan files encrypted under its scan key K (docs/at-rest.md): the 8 bytes
// "IINSCAN1", the 8 bytes of the key's id, then a SecretStream of the plain file with those 16
// bytes bound to every chunk. A file encrypted under another key is named as such; a changed
// byte or a cut file fails its check.
class ScanCipher : public AttachmentCipher
{
    Q_DECLARE_TR_FUNCTIONS(ScanCipher)

public:
    static constexpr int KeyIdBytes = 8;
    static constexpr int PrefixBytes = MagicBytes + KeyIdBytes;

    explicit ScanCipher(const StreamKey& key);

    // 16 hex digits naming the key without revealing it: a keyed BLAKE2b of a fixed text.
    static QString keyIdOf(const StreamKey& key);
    QString keyId() const { return QString::fromLatin1(m_keyId.toHex()); }
    // The key id written in an encrypted file's header, empty when the file is not one.
    static QString keyIdInFile(const QByteArray& fileStart);

    Result<QByteArray> encrypt(const QByteArray& plain) const override;
    Result<QByteArray> decrypt(const QByteArray& file, const QString& name) const override;

private:
    StreamKey m_key;
    QByteArray m_keyId; // raw, KeyIdBytes
};

} // namespace iin
