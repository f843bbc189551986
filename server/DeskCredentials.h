#pragma once

#include "core/base/Result.h"

#include <QByteArray>
#include <QHash>
#include <QString>

namespace iin::server {

class RegistryStore;

// Per-desk credentials. A desk presents "Authorization: Bearer <desk-id>:<secret>", where the
// secret is 32 random bytes (base64url) made by the registry and shown once. The registry keeps
// only SHA-256(secret): a 256-bit random secret cannot be guessed from its hash, so a slow
// password hash (crypto_pwhash) would add nothing but a per-request cost that an attacker could
// use to load the server. Passwords people choose would need the slow hash; these are not.
class DeskCredentials
{
public:
    enum class Verdict
    {
        Accepted,
        Unauthenticated, // no or malformed header, unknown desk, wrong secret (all alike: 401)
        Disabled,        // the desk is known and the secret right, but it was switched off (403)
        Unavailable,     // the database could not be asked: nothing is known about the desk (503)
    };

    struct Check
    {
        Verdict verdict = Verdict::Unauthenticated;
        QString deskId; // set when the header named a well-formed desk id
    };

    explicit DeskCredentials(RegistryStore& store) : m_store(store) {}

    // Extra desks from a file: one "desk-id sha256-hex" per line, '#' starts a comment. They
    // take precedence over desks in the database.
    Status loadFile(const QString& path);
    // The desks another instance read from its file: each of iin-registryd's workers has its
    // own credentials on its own connection, and the file is read once.
    void shareFileDesks(const DeskCredentials& other) { m_fileDesks = other.m_fileDesks; }

    // Unauthenticated only when the database answered that the desk or its secret is unknown or
    // wrong; a lookup that failed is Unavailable, never a verdict on the credential.
    Check check(const QByteArray& authorizationHeader) const;

    // Creates the desk or gives it a new secret (the old one stops working); returns the
    // token to hand to the desk ("<desk-id>:<secret>"). Shown once: only the hash is stored.
    Result<QString> addDesk(const QString& deskId);
    Status setEnabled(const QString& deskId, bool enabled);

    static bool isValidDeskId(const QString& deskId);
    static QString hashSecret(const QByteArray& secret); // lowercase hex SHA-256

private:
    RegistryStore& m_store;
    QHash<QString, QString> m_fileDesks; // desk id → hash
};

} // namespace iin::server
