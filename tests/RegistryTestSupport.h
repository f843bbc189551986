#pragma once

#include "core/registry/RegistryClient.h"

#include <QProcess>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <functional>
#include <memory>

namespace iin::test {

// A private PostgreSQL cluster on loopback in a temporary folder, for as long as the object
// lives. As root it runs as the `postgres` user (PostgreSQL refuses to run as root).
class PostgresCluster
{
public:
    PostgresCluster();
    ~PostgresCluster();
    bool start(QString* why);
    // A restart in two steps, on the same port and data: stop() ends every session ("fast"),
    // resume() starts the cluster again and waits until it accepts connections.
    bool stop(QString* why);
    bool resume(QString* why);
    // A fresh database in the cluster; returns the conninfo for iin-registryd --postgres.
    QString createDatabase(const QString& name, QString* why);
    QString conninfo(const QString& database) const;

private:
    QStringList asPostgres(const QString& program, const QStringList& args) const;
    bool run(const QString& program, const QStringList& args, QString* why) const;

    QTemporaryDir m_dir;
    QString m_bin;
    int m_port = 0;
    bool m_started = false;
    bool m_root = false;
};

// Where the registry keeps its data in a test: a SQLite file or a PostgreSQL database.
struct RegistryBackend
{
    QStringList args; // {"--db", file} or {"--postgres", conninfo}
    bool postgres = false;
};

// A fresh, empty registry database for one test: a database in `pg` when one is given, else a
// SQLite file in the folder `dir`.
RegistryBackend freshBackend(PostgresCluster* pg, const QString& dir, const QString& name);

// The registry on 127.0.0.1:`port` as a desk with `token` reaches it.
RegistryEndpoint loopbackEndpoint(quint16 port, const QString& token,
                                  std::chrono::seconds timeout = std::chrono::seconds(60));

// A self-signed certificate for 127.0.0.1 and localhost and its key (openssl), for a TLS
// registry in a test; false with the reason when openssl failed.
bool makeSelfSignedCertificate(const QString& certFile, const QString& keyFile, QString* why);

// One iin-registryd process on 127.0.0.1 and a port it chose itself.
class RegistryProcess
{
public:
    RegistryProcess() = default;
    ~RegistryProcess();
    bool start(const RegistryBackend& backend, const QStringList& extraArgs = {},
               QString* why = nullptr);
    void kill(); // SIGKILL: no chance to clean up
    void stop();
    void signalStop(); // SIGTERM, without waiting
    // Waits until the process has ended; true when it ended by itself with exit code 0.
    bool waitForCleanExit(int timeoutMs, QString* why = nullptr);
    quint16 port() const { return m_port; }
    qint64 pid() const { return m_process ? m_process->processId() : 0; }
    // Runs in the child between fork and exec of the next start() (e.g. a lower setrlimit).
    void setChildProcessModifier(std::function<void()> modifier) { m_modifier = modifier; }
    QByteArray log(); // everything it wrote to stderr so far
    bool isRunning() const;

private:
    std::unique_ptr<QProcess> m_process;
    std::function<void()> m_modifier;
    quint16 m_port = 0;
    QByteArray m_log;
};

// The iin-registryd the helpers start: the release build unless a suite chose another one (the
// fault suite runs the build with its fault hook compiled in).
QString registrydPath();
void useRegistryd(const QString& path);
// Runs `iin-registryd add-desk` and returns the token (empty on failure).
QString addDesk(const RegistryBackend& backend, const QString& deskId);
bool runRegistryd(const QStringList& args, QByteArray* out = nullptr);

// Blocking helpers over the asynchronous client, for tests.
RegistryResult submitAndWait(RegistryClient& client, const RegistryRequest& request);
RegistryResult queryAndWait(RegistryClient& client, const RegistryRequest& request);
QList<RegistryResult> batchAndWait(RegistryClient& client, const QList<RegistryRequest>& requests);

// A plausible request for a person; `n` varies the document number and the name.
RegistryRequest samplePerson(int n, QDate birthDate = QDate(1992, 10, 29), Sex sex = Sex::Male);

// A connection of the test's own to the backend's database (test hooks); remove it with
// QSqlDatabase::removeDatabase(connectionName) once every copy is gone.
QSqlDatabase openDatabase(const RegistryBackend& backend, const QString& connectionName,
                          QString* why = nullptr);

// Runs an SQL statement against the backend's database directly (test hooks).
bool execSql(const RegistryBackend& backend, const QString& sql, QString* why = nullptr,
             QVariant* firstValue = nullptr);

bool inCi(); // CI=true: what may be skipped locally must fail there

// The tables of registry schema 1 as an iin-registryd of that version created them, and its
// version row: the start of the fixtures that test migrations from it (rows are the test's own).
QStringList registrySchema1();

} // namespace iin::test

// Starts a PostgreSQL cluster of the test's own into `pg` (a std::unique_ptr<PostgresCluster>);
// the test case is skipped where one cannot be started, except in CI, where that fails. A macro,
// because QSKIP and QFAIL return from the test function itself.
#define IIN_START_POSTGRES(pg)                                                                     \
    do {                                                                                           \
        pg = std::make_unique<iin::test::PostgresCluster>();                                       \
        QString pgWhy_;                                                                            \
        if (!pg->start(&pgWhy_)) {                                                                 \
            if (iin::test::inCi())                                                                 \
                QFAIL(qPrintable("PostgreSQL could not be started in CI: " + pgWhy_));             \
            QSKIP(qPrintable("PostgreSQL could not be started: " + pgWhy_));                       \
        }                                                                                          \
    } while (false)
