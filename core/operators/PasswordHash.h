#pragma once

#include "core/base/Problem.h"
#include "core/base/Result.h"

#include <QCoreApplication>
#include <QString>

namespace iin {

// Operators' passwords, hashed with argon2id (libsodium's crypto_pwhash_str: memory-hard, salted,
// parameters stored in the hash string so they can be raised later).
class PasswordHash
{
    Q_DECLARE_TR_FUNCTIONS(PasswordHash)

public:
    static Result<QString> hash(const QString& password);
    static bool verify(const QString& hash, const QString& password);
    // Runs one verification against a hash of a random password made once per process (no
    // password matches it), for a sign-in that has no account's hash to check: an unknown login
    // then costs what a wrong password costs. The first call makes that hash.
    static void verifyWithoutAccount(const QString& password);
    // How many verifications this process has run: tests compare the paths of a sign-in.
    static quint64 verifications();
    // True when the hash was made with weaker parameters than today's: rehash after a login.
    static bool needsRehash(const QString& hash);

    // At least 10 characters with a letter and a digit; problems name the fix.
    static Problems checkStrength(const QString& password);
};

} // namespace iin
