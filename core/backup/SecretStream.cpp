#include "core/backup/SecretStream.h"

#include <QIODevice>
#include <QtEndian>

#include <sodium.h>

#include <vector>

namespace iin {

static_assert(SecretStream::HeaderBytes == crypto_secretstream_xchacha20poly1305_HEADERBYTES);
static_assert(SecretStream::ChunkOverhead == crypto_secretstream_xchacha20poly1305_ABYTES);
static_assert(StreamKey::Bytes == crypto_secretstream_xchacha20poly1305_KEYBYTES);

namespace {

bool sodiumReady()
{
    static const bool ready = sodium_init() >= 0;
    return ready;
}

// Reads exactly `n` bytes, or fewer at the end of the device.
QByteArray readExactly(QIODevice& in, qint64 n)
{
    QByteArray bytes;
    while (bytes.size() < n) {
        const QByteArray part = in.read(n - bytes.size());
        if (part.isEmpty() && !in.waitForReadyRead(-1))
            break;
        bytes += part;
    }
    return bytes;
}

bool writeAll(QIODevice& out, const unsigned char* data, qint64 size)
{
    return out.write(reinterpret_cast<const char*>(data), size) == size;
}

// The state holds the stream's subkey: wiped with it.
struct StreamState
{
    crypto_secretstream_xchacha20poly1305_state state;
    ~StreamState() { sodium_memzero(&state, sizeof state); }
};

} // namespace

StreamKey::StreamKey()
{
    sodiumReady();
    crypto_secretstream_xchacha20poly1305_keygen(m_bytes.data());
}

StreamKey::~StreamKey()
{
    sodium_memzero(m_bytes.data(), m_bytes.size());
}

StreamKey StreamKey::fromBytes(const unsigned char* bytes)
{
    StreamKey key{NoInit{}};
    std::copy(bytes, bytes + Bytes, key.m_bytes.begin());
    return key;
}

Status SecretStream::encrypt(QIODevice& in, QIODevice& out, const StreamKey& key,
                             const QByteArray& prefix)
{
    const auto ioError = [&out] {
        return Status(Error{QStringLiteral("stream.io"),
                            tr("Cannot write the encrypted data: %1").arg(out.errorString())});
    };
    if (!sodiumReady())
        return Error{QStringLiteral("stream.crypto"), tr("The encryption library cannot start.")};
    StreamState s;
    unsigned char header[HeaderBytes];
    crypto_secretstream_xchacha20poly1305_init_push(&s.state, header, key.data());
    if (!writeAll(out, header, HeaderBytes))
        return ioError();
    const QByteArray ad = prefix + QByteArray(reinterpret_cast<const char*>(header), HeaderBytes);

    std::vector<unsigned char> cipher(4 + ChunkBytes + ChunkOverhead);
    // One chunk read ahead: the current one is the last when nothing follows it, and only
    // then tagged FINAL (an empty input is one empty FINAL chunk).
    QByteArray current = readExactly(in, ChunkBytes);
    for (;;) {
        QByteArray next = current.size() == ChunkBytes ? readExactly(in, ChunkBytes) : QByteArray();
        const bool last = next.isEmpty();
        unsigned long long length = 0;
        crypto_secretstream_xchacha20poly1305_push(
            &s.state, cipher.data() + 4, &length,
            reinterpret_cast<const unsigned char*>(current.constData()),
            static_cast<unsigned long long>(current.size()),
            reinterpret_cast<const unsigned char*>(ad.constData()),
            static_cast<unsigned long long>(ad.size()),
            last ? crypto_secretstream_xchacha20poly1305_TAG_FINAL
                 : crypto_secretstream_xchacha20poly1305_TAG_MESSAGE);
        qToBigEndian(static_cast<quint32>(length), cipher.data());
        // The plaintext read is wiped once it is encrypted (the buffers are our own).
        sodium_memzero(current.data(), size_t(current.size()));
        if (!writeAll(out, cipher.data(), qint64(4 + length)))
            return ioError();
        if (last)
            return {};
        current = std::move(next);
    }
}

Status SecretStream::decrypt(QIODevice& in, QIODevice& out, const StreamKey& key,
                             const QByteArray& prefix)
{
    const auto truncated = [] {
        return Status(Error{QStringLiteral("stream.truncated"),
                            tr("The file ends before its last part: it was cut short (copied "
                               "incompletely or damaged).")});
    };
    const auto damaged = [](qint64 chunk) {
        return Status(
            Error{QStringLiteral("stream.damaged"),
                  tr("The file was changed or damaged: part %1 fails its check.").arg(chunk)});
    };
    if (!sodiumReady())
        return Error{QStringLiteral("stream.crypto"), tr("The encryption library cannot start.")};
    const QByteArray header = readExactly(in, HeaderBytes);
    if (header.size() != HeaderBytes)
        return truncated();
    StreamState s;
    if (crypto_secretstream_xchacha20poly1305_init_pull(
            &s.state, reinterpret_cast<const unsigned char*>(header.constData()), key.data()) != 0)
        return damaged(0);
    const QByteArray ad = prefix + header;

    std::vector<unsigned char> plain(ChunkBytes);
    for (qint64 chunk = 1;; ++chunk) {
        const QByteArray lengthBytes = readExactly(in, 4);
        if (lengthBytes.size() != 4)
            return truncated();
        const quint32 length = qFromBigEndian<quint32>(lengthBytes.constData());
        // A length no writer produces is damage, and is never allocated.
        if (length < quint32(ChunkOverhead) || length > quint32(ChunkBytes + ChunkOverhead))
            return damaged(chunk);
        const QByteArray cipher = readExactly(in, length);
        if (cipher.size() != qsizetype(length))
            return truncated();
        unsigned long long plainLength = 0;
        unsigned char tag = 0;
        if (crypto_secretstream_xchacha20poly1305_pull(
                &s.state, plain.data(), &plainLength, &tag,
                reinterpret_cast<const unsigned char*>(cipher.constData()), cipher.size(),
                reinterpret_cast<const unsigned char*>(ad.constData()),
                static_cast<unsigned long long>(ad.size())) != 0)
            return damaged(chunk);
        if (!writeAll(out, plain.data(), qint64(plainLength)))
            return Error{QStringLiteral("stream.io"),
                         tr("Cannot write the decrypted data: %1").arg(out.errorString())};
        sodium_memzero(plain.data(), plain.size());
        if (tag == crypto_secretstream_xchacha20poly1305_TAG_FINAL) {
            if (!readExactly(in, 1).isEmpty())
                return Error{QStringLiteral("stream.trailing"),
                             tr("The file has bytes after its last part: it was changed.")};
            return {};
        }
        if (tag != crypto_secretstream_xchacha20poly1305_TAG_MESSAGE)
            return damaged(chunk);
    }
}

} // namespace iin
