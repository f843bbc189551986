#include "tests/RegistryTestSupport.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTimer>
#include <QUuid>

#include <unistd.h>

namespace iin::test {

namespace {

int freePort()
{
    QTcpServer s;
    s.listen(QHostAddress::LocalHost, 0);
    return s.serverPort();
}

template <typename T, typename Start>
T wait(Start start)
{
    std::optional<T> result;
    QEventLoop loop;
    start([&](const T& r) {
        result = r;
        loop.quit();
    });
    if (!result) {
        QTimer::singleShot(120000, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return result.value_or(T{});
}

} // namespace

bool inCi()
{
    return qEnvironmentVariable("CI") == "true";
}

QStringList registrySchema1()
{
    return {
        "CREATE TABLE desks (desk_id TEXT PRIMARY KEY, token_sha256 TEXT NOT NULL,"
        " enabled INTEGER NOT NULL DEFAULT 1, created_at TEXT NOT NULL)",
        "CREATE TABLE persons (iin TEXT PRIMARY KEY, birth_date TEXT NOT NULL,"
        " sex TEXT NOT NULL, formed_at TEXT NOT NULL, desk_id TEXT NOT NULL,"
        " registration_number TEXT NOT NULL)",
        "CREATE TABLE person_keys (match_key TEXT PRIMARY KEY,"
        " iin TEXT NOT NULL REFERENCES persons(iin))",
        "CREATE TABLE serial_counters (prefix7 TEXT PRIMARY KEY, next_serial INTEGER NOT NULL)",
        "CREATE TABLE answers (desk_id TEXT NOT NULL, idempotency_key TEXT NOT NULL,"
        " body_sha256 TEXT NOT NULL, state TEXT NOT NULL, iin TEXT, reason TEXT,"
        " answered_at TEXT NOT NULL, PRIMARY KEY (desk_id, idempotency_key))",
        "CREATE TABLE schema_info (version INTEGER NOT NULL)",
        "INSERT INTO schema_info (version) VALUES (1)",
    };
}

static QString& chosenRegistryd()
{
    static QString path;
    return path;
}

QString registrydPath()
{
    const QString& chosen = chosenRegistryd();
    return chosen.isEmpty() ? QStringLiteral(IIN_REGISTRYD_PATH) : chosen;
}

void useRegistryd(const QString& path)
{
    chosenRegistryd() = path;
}

bool runRegistryd(const QStringList& args, QByteArray* out)
{
    QProcess p;
    p.start(registrydPath(), args);
    if (!p.waitForFinished(60000))
        return false;
    if (out)
        *out = p.readAllStandardOutput();
    if (p.exitCode() != 0)
        qWarning() << "iin-registryd" << args.first() << "failed:" << p.readAllStandardError();
    return p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
}

QString addDesk(const RegistryBackend& backend, const QString& deskId)
{
    QByteArray out;
    if (!runRegistryd(QStringList{"add-desk", "--desk", deskId} + backend.args, &out))
        return {};
    return QString::fromUtf8(out).trimmed();
}

// --- PostgresCluster -------------------------------------------------------------------------

PostgresCluster::PostgresCluster() : m_bin("/usr/lib/postgresql/15/bin"), m_root(geteuid() == 0) {}

PostgresCluster::~PostgresCluster()
{
    if (m_started)
        run(m_bin + "/pg_ctl", {"-D", m_dir.filePath("data"), "-m", "immediate", "stop"}, nullptr);
}

QStringList PostgresCluster::asPostgres(const QString& program, const QStringList& args) const
{
    if (m_root)
        return QStringList{"runuser", "-u", "postgres", "--", program} + args;
    return QStringList{program} + args;
}

bool PostgresCluster::run(const QString& program, const QStringList& args, QString* why) const
{
    const QStringList command = asPostgres(program, args);
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(command.first(), command.mid(1));
    const bool finished = p.waitForFinished(120000);
    if (!finished || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        if (why)
            *why = command.join(' ') + ": " + QString::fromUtf8(p.readAll()) + p.errorString();
        return false;
    }
    return true;
}

bool PostgresCluster::start(QString* why)
{
    if (!QFileInfo::exists(m_bin + "/initdb")) {
        *why = "PostgreSQL 15 is not installed (" + m_bin + "/initdb); run scripts/install-deps";
        return false;
    }
    if (!m_dir.isValid()) {
        *why = "no temporary folder";
        return false;
    }
    if (m_root) {
        // The cluster's folder must belong to the user that runs it.
        QProcess chown;
        chown.start("chown", {"-R", "postgres:postgres", m_dir.path()});
        if (!chown.waitForFinished() || chown.exitCode() != 0) {
            *why = "chown of the cluster folder to postgres failed";
            return false;
        }
    }
    const QString data = m_dir.filePath("data");
    if (!run(m_bin + "/initdb",
             {"-D", data, "-U", "postgres", "--auth=trust", "-E", "UTF8", "--no-sync"}, why))
        return false;
    m_port = freePort();
    return resume(why);
}

bool PostgresCluster::resume(QString* why)
{
    const QString options = QString("-p %1 -k %2 -c listen_addresses=127.0.0.1 -c fsync=off")
                                .arg(m_port)
                                .arg(m_dir.path());
    if (!run(m_bin + "/pg_ctl",
             {"-D", m_dir.filePath("data"), "-o", options, "-l", m_dir.filePath("server.log"), "-w",
              "-t", "60", "start"},
             why))
        return false;
    m_started = true;
    return true;
}

bool PostgresCluster::stop(QString* why)
{
    // "fast": what a service manager's stop does: every session is ended at once (clients see
    // their connection terminated), open transactions roll back.
    if (!run(m_bin + "/pg_ctl",
             {"-D", m_dir.filePath("data"), "-m", "fast", "-w", "-t", "60", "stop"}, why))
        return false;
    m_started = false;
    return true;
}

QString PostgresCluster::conninfo(const QString& database) const
{
    return QString("host=127.0.0.1 port=%1 dbname=%2 user=postgres").arg(m_port).arg(database);
}

QString PostgresCluster::createDatabase(const QString& name, QString* why)
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase("QPSQL", "pg-admin");
        db.setHostName("127.0.0.1");
        db.setPort(m_port);
        db.setDatabaseName("postgres");
        db.setUserName("postgres");
        bool ok = db.open();
        if (ok) {
            QSqlQuery q(db);
            ok = q.exec("CREATE DATABASE " + name);
            if (!ok && why)
                *why = q.lastError().text();
        } else if (why) {
            *why = db.lastError().text();
        }
        db.close();
        if (!ok) {
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase("pg-admin");
            return {};
        }
    }
    QSqlDatabase::removeDatabase("pg-admin");
    return conninfo(name);
}

// --- RegistryProcess -------------------------------------------------------------------------

RegistryProcess::~RegistryProcess()
{
    stop();
}

bool RegistryProcess::start(const RegistryBackend& backend, const QStringList& extraArgs,
                            QString* why)
{
    m_process = std::make_unique<QProcess>();
    if (m_modifier)
        m_process->setChildProcessModifier(m_modifier);
    m_process->start(registrydPath(),
                     QStringList{"--listen", "127.0.0.1:0"} + backend.args + extraArgs);
    QElapsedTimer t;
    t.start();
    QByteArray out;
    static const QRegularExpression re("listening on [^ ]+:(\\d+)");
    while (t.elapsed() < 30000) {
        m_process->waitForReadyRead(200);
        out += m_process->readAllStandardOutput();
        const auto m = re.match(QString::fromUtf8(out));
        if (m.hasMatch()) {
            m_port = m.captured(1).toUShort();
            return true;
        }
        if (m_process->state() == QProcess::NotRunning)
            break;
    }
    if (why)
        *why = "iin-registryd did not start: " + QString::fromUtf8(out) +
               QString::fromUtf8(m_process->readAllStandardError());
    return false;
}

bool RegistryProcess::isRunning() const
{
    return m_process && m_process->state() == QProcess::Running;
}

void RegistryProcess::kill()
{
    if (!m_process)
        return;
    m_process->kill();
    m_process->waitForFinished(10000);
    m_log += m_process->readAllStandardError();
}

void RegistryProcess::stop()
{
    if (!m_process || m_process->state() == QProcess::NotRunning)
        return;
    m_process->terminate();
    if (!m_process->waitForFinished(10000)) {
        m_process->kill();
        m_process->waitForFinished(10000);
    }
    m_log += m_process->readAllStandardError();
}

void RegistryProcess::signalStop()
{
    if (m_process)
        m_process->terminate();
}

bool RegistryProcess::waitForCleanExit(int timeoutMs, QString* why)
{
    if (!m_process)
        return false;
    if (m_process->state() != QProcess::NotRunning && !m_process->waitForFinished(timeoutMs)) {
        if (why)
            *why = "still running";
        return false;
    }
    m_log += m_process->readAllStandardError();
    if (m_process->exitStatus() != QProcess::NormalExit || m_process->exitCode() != 0) {
        if (why)
            *why = QString("ended with status %1, exit code %2")
                       .arg(int(m_process->exitStatus()))
                       .arg(m_process->exitCode());
        return false;
    }
    return true;
}

QByteArray RegistryProcess::log()
{
    if (m_process)
        m_log += m_process->readAllStandardError();
    return m_log;
}

// --- client helpers --------------------------------------------------------------------------

RegistryResult submitAndWait(RegistryClient& client, const RegistryRequest& request)
{
    return wait<RegistryResult>([&](auto done) { client.submit(request, done); });
}

RegistryResult queryAndWait(RegistryClient& client, const RegistryRequest& request)
{
    return wait<RegistryResult>([&](auto done) { client.query(request, done); });
}

QList<RegistryResult> batchAndWait(RegistryClient& client, const QList<RegistryRequest>& requests)
{
    return wait<QList<RegistryResult>>([&](auto done) { client.submitBatch(requests, done); });
}

RegistryRequest samplePerson(int n, QDate birthDate, Sex sex)
{
    static const QStringList surnames{"Ivanov",  "Petrov",  "Smirnov", "Kuznetsov", "Popov",
                                      "Sokolov", "Lebedev", "Kozlov",  "Novikov",   "Morozov"};
    static const QStringList given{"Aibek", "Bolat", "Chingiz", "Daniyar", "Erlan",
                                   "Farid", "Gani",  "Khasan",  "Ilyas",   "Zhan"};
    RegistryRequest r;
    r.idempotencyKey = QUuid::createUuid();
    r.registrationNumber = QString("ALM-01-%1").arg(n, 6, 10, QChar('0'));
    // Names that never collide, even after NameKey's folds (doubled letters, y/i, k/q...):
    // the number spelled out in consonant + "o" syllables.
    static const char consonants[] = "bdfglmnprt";
    QString suffix;
    for (int m = n; m > 0 || suffix.isEmpty(); m /= 10)
        suffix.prepend(QString(QChar(consonants[m % 10])) + "o");
    r.nameLatin = {surnames[n % surnames.size()].toUpper() + suffix.toUpper(),
                   given[(n / 10) % given.size()].toUpper(),
                   {}};
    r.birthDate = birthDate;
    r.sex = sex;
    r.citizenship = "KGZ";
    r.document = RegistryRequest::Document{IdentityDocumentType::Passport,
                                           QString("AC%1").arg(1000000 + n), "KGZ"};
    return r;
}

QSqlDatabase openDatabase(const RegistryBackend& backend, const QString& name, QString* why)
{
    QSqlDatabase db;
    if (backend.postgres) {
        db = QSqlDatabase::addDatabase("QPSQL", name);
        const QStringList parts = backend.args.value(1).split(' ', Qt::SkipEmptyParts);
        for (const QString& part : parts) {
            const QString key = part.section('=', 0, 0);
            const QString value = part.section('=', 1);
            if (key == "host")
                db.setHostName(value);
            else if (key == "port")
                db.setPort(value.toInt());
            else if (key == "dbname")
                db.setDatabaseName(value);
            else if (key == "user")
                db.setUserName(value);
        }
    } else {
        db = QSqlDatabase::addDatabase("QSQLITE", name);
        db.setDatabaseName(backend.args.value(1));
        db.setConnectOptions("QSQLITE_BUSY_TIMEOUT=30000");
    }
    if (!db.open() && why)
        *why = db.lastError().text();
    return db;
}

bool execSql(const RegistryBackend& backend, const QString& sql, QString* why, QVariant* firstValue)
{
    const QString name = "registry-test-hook";
    bool ok = false;
    {
        QSqlDatabase db = openDatabase(backend, name, why);
        if (db.isOpen()) {
            QSqlQuery q(db);
            ok = q.exec(sql);
            if (!ok && why)
                *why = q.lastError().text();
            if (ok && firstValue && q.next())
                *firstValue = q.value(0);
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

RegistryBackend freshBackend(PostgresCluster* pg, const QString& dir, const QString& name)
{
    RegistryBackend b;
    if (pg) {
        QString why;
        const QString conninfo = pg->createDatabase(name, &why);
        if (conninfo.isEmpty())
            qWarning() << "createdb failed:" << why;
        b.args = {"--postgres", conninfo};
        b.postgres = true;
    } else {
        b.args = {"--db", QDir(dir).filePath(name + ".sqlite")};
    }
    return b;
}

RegistryEndpoint loopbackEndpoint(quint16 port, const QString& token, std::chrono::seconds timeout)
{
    RegistryEndpoint e;
    e.baseUrl = QUrl(QString("http://127.0.0.1:%1").arg(port));
    e.deskToken = token;
    e.timeout = timeout;
    return e;
}

bool makeSelfSignedCertificate(const QString& certFile, const QString& keyFile, QString* why)
{
    QProcess openssl;
    openssl.start("openssl",
                  {"req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2", "-subj",
                   "/CN=localhost", "-addext", "subjectAltName=IP:127.0.0.1,DNS:localhost",
                   "-keyout", keyFile, "-out", certFile});
    if (openssl.waitForFinished(60000) && openssl.exitStatus() == QProcess::NormalExit &&
        openssl.exitCode() == 0)
        return true;
    if (why)
        *why = "openssl: " + QString::fromLocal8Bit(openssl.readAllStandardError()) +
               openssl.errorString();
    return false;
}

} // namespace iin::test
