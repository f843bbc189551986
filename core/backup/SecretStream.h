#pragma once

#include "core/base/Result.h"

#include <QByteArray>
#include <QCoreApplication>

#include <array>

class QIODevice;

namespace iin {

// A 32-byte key for SecretStream, wiped from memory when it goes (sodium_memzero). Copies wipe
// their own bytes.
class StreamKey
{
public:
    static constexpr int Bytes = 32;

    StreamKey(); // a new random key
    ~StreamKey();
    StreamKey(const StreamKey&) = default;
    StreamKey& operator=(const StreamKey&) = default;

    static StreamKey fromBytes(const unsigned char* bytes); // Bytes long

    const unsigned char* data() const { return m_bytes.data(); }
    unsigned char* data() { return m_bytes.data(); }

private:
    struct NoInit
    {
    };
    explicit StreamKey(NoInit) {}
    std::array<unsigned char, Bytes> m_bytes{};
};

// Authenticated encryption of a stream of any length in bounded memory: libsodium's
// crypto_secretstream_xchacha20poly1305 over chunks of at most ChunkBytes, each written with a
// 4-byte big-endian length in front of it, the last one tagged FINAL. Chunks are chained by the
// stream's state, so a removed, repeated or reordered chunk fails like a changed byte, and the
// FINAL tag tells a whole stream from a truncated one. The caller's own header (`prefix`, already
// written to or read from the device) is bound to every chunk as additional data together with
// the stream's 24-byte header: a changed header fails the first chunk.
//
// Used by encrypted backups (EncryptedBackup); meant for anything else kept encrypted under a
// key of its own (scans at rest). Byte format: docs/backup.md.
class SecretStream
{
    Q_DECLARE_TR_FUNCTIONS(SecretStream)

public:
    static constexpr int HeaderBytes = 24;          // crypto_secretstream_..._HEADERBYTES
    static constexpr int ChunkOverhead = 17;        // crypto_secretstream_..._ABYTES
    static constexpr qint64 ChunkBytes = 64 * 1024; // plaintext per chunk

    // Writes the stream header, then `in` as chunks, to `out`.
    static Status encrypt(QIODevice& in, QIODevice& out, const StreamKey& key,
                          const QByteArray& prefix);
    // Reads the stream header and the chunks from `in` (positioned just after `prefix`) and
    // writes the plaintext to `out`. Refuses a chunk that fails its check (`stream.damaged`),
    // a stream that ends before its FINAL chunk (`stream.truncated`) and bytes after it
    // (`stream.trailing`). On failure `out` holds an unchecked part: the caller discards it.
    static Status decrypt(QIODevice& in, QIODevice& out, const StreamKey& key,
                          const QByteArray& prefix);
};

} // namespace iin
