#include "core/operators/PasswordHash.h"

#include <sodium.h>

#include <atomic>

namespace iin {

namespace {

// Interactive limits (64 MiB, 2 passes): a login at the counter stays well under a second.
constexpr unsigned long long OpsLimit = crypto_pwhash_OPSLIMIT_INTERACTIVE;
constexpr size_t MemLimit = crypto_pwhash_MEMLIMIT_INTERACTIVE;

bool sodiumReady()
{
    static const bool ready = sodium_init() >= 0;
    return ready;
}

std::atomic<quint64> verificationCount{0};

// Made with today's parameters, so that checking it costs what checking a stored hash costs.
const QString& hashOfNothing()
{
    static const QString hash = [] {
        unsigned char random[32];
        if (sodiumReady())
            randombytes_buf(random, sizeof random);
        const Result<QString> h = PasswordHash::hash(QString::fromLatin1(
            QByteArray(reinterpret_cast<const char*>(random), sizeof random).toBase64()));
        return h ? *h : QString();
    }();
    return hash;
}

} // namespace

Result<QString> PasswordHash::hash(const QString& password)
{
    if (!sodiumReady())
        return Error{QStringLiteral("crypto.init"),
                     tr("The cryptography library failed to start.")};
    const QByteArray utf8 = password.toUtf8();
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str(out, utf8.constData(), size_t(utf8.size()), OpsLimit, MemLimit) != 0)
        return Error{QStringLiteral("crypto.memory"),
                     tr("Not enough memory to hash the password.")};
    return QString::fromLatin1(out);
}

bool PasswordHash::verify(const QString& hash, const QString& password)
{
    ++verificationCount;
    if (!sodiumReady())
        return false;
    const QByteArray h = hash.toLatin1();
    if (h.isEmpty() || h.size() >= crypto_pwhash_STRBYTES)
        return false;
    const QByteArray utf8 = password.toUtf8();
    return crypto_pwhash_str_verify(h.constData(), utf8.constData(), size_t(utf8.size())) == 0;
}

void PasswordHash::verifyWithoutAccount(const QString& password)
{
    verify(hashOfNothing(), password);
}

quint64 PasswordHash::verifications()
{
    return verificationCount.load();
}

bool PasswordHash::needsRehash(const QString& hash)
{
    const QByteArray h = hash.toLatin1();
    return crypto_pwhash_str_needs_rehash(h.constData(), OpsLimit, MemLimit) != 0;
}

Problems PasswordHash::checkStrength(const QString& password)
{
    Problems problems;
    const auto add = [&](const char* code, const QString& message) {
        problems.append({QString::fromLatin1(code), QStringLiteral("password"), message});
    };
    if (password.size() < 10)
        add("password.short", tr("The password must have at least 10 characters."));
    bool letter = false, digit = false;
    for (QChar c : password) {
        letter = letter || c.isLetter();
        digit = digit || c.isDigit();
    }
    if (!letter || !digit)
        add("password.mix", tr("The password must contain both letters and digits."));
    return problems;
}

} // namespace iin
