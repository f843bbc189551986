#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace iin {

class Database;
class RegistryClient;

// Gets the desk's own signing key certified by the registry, at the desk's first sync with a
// real registry, so that nobody copies key files: makes the key when there is none (0600, beside
// the journal unless configured elsewhere), sends its public half (POST /v1/desk-keys,
// authenticated by the desk token) and keeps the certification in the journal (DeskKeyStore).
// Runs on the sync worker's thread with its client; asks again at most once a minute until it
// succeeds. docs/certificate.md, docs/sync.md.
class DeskKeyEnrolment
{
    Q_DECLARE_TR_FUNCTIONS(DeskKeyEnrolment)

public:
    DeskKeyEnrolment(Database& database, RegistryClient& client, QString keyFile, QString deskId)
        : m_database(database), m_client(client), m_keyFile(std::move(keyFile)),
          m_deskId(std::move(deskId))
    {
    }

    // Starts an exchange when the key is not certified yet and none is under way.
    void ensure();
    bool certified() const { return m_certified; }
    bool busy() const { return m_busy; }
    const QString& lastError() const { return m_lastError; }

private:
    Database& m_database;
    RegistryClient& m_client;
    QString m_keyFile;
    QString m_deskId;
    bool m_certified = false;
    bool m_busy = false;
    QDateTime m_lastAttempt;
    QString m_lastError;
};

} // namespace iin
