#include "core/store/Database.h"

#include "core/store/AuditTrail.h"
#include "core/store/Migrations.h"
#include "core/store/StatementCache.h"
#include "core/store/StoreError.h"
#include "core/store/UpgradeBackup.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QLockFile>
#include <QMutex>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>

namespace iin {

namespace {

QString nextConnectionName()
{
    static QAtomicInt counter;
    return QStringLiteral("iin-store-%1").arg(counter.fetchAndAddRelaxed(1) + 1);
}

// The files this process has open as a Database, with how many connections each. POSIX advisory
// locks belong to a process and a file, not to a descriptor: closing ANY descriptor of the
// journal drops the locks that every SQLite connection of this process holds on it (SQLite's
// "How To Corrupt", 2.2). Another process then believes it is alone, checkpoints and deletes
// the WAL under our connections, and their commits are lost. So the header is read by hand
// (checkHeader) only while no connection of this process has the file open.
struct OpenFiles
{
    QMutex mutex;
    QHash<QString, int> connections;
};

OpenFiles& openFiles()
{
    static OpenFiles files;
    return files;
}

// Reads the file's first bytes without opening it through SQLite: a file that is not a SQLite
// database at all must not be "repaired" into an empty one.
Status checkHeader(const QString& path)
{
    QFile file(path);
    if (!file.exists() || file.size() == 0)
        return {};
    if (!file.open(QIODevice::ReadOnly))
        return Error{
            QStringLiteral("store.io"),
            Database::tr("The database \"%1\" cannot be read: %2").arg(path, file.errorString())};
    static const QByteArray magic("SQLite format 3\0", 16);
    if (file.read(16) != magic)
        return StoreError::corrupt(path, Database::tr("not a SQLite database"));
    return {};
}

Result<QString> pragmaValue(QSqlDatabase db, const QString& statement)
{
    QSqlQuery q(db);
    if (!q.exec(statement))
        return StoreError::from(q.lastError(), Database::tr("Opening the database"));
    return q.next() ? q.value(0).toString() : QString();
}

} // namespace

// AppDataLocation is per program (".../IIN Desk/iin-desk", ".../IIN Desk/iin-desk-cli"); the
// desk and the command-line tool must see the same journal, so it lives one level up, in the
// organization's folder.
QString Database::defaultPath()
{
    QString organization = QCoreApplication::organizationName();
    if (organization.isEmpty())
        organization = QStringLiteral("IIN Desk");
    return QDir(QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation))
        .filePath(organization % QStringLiteral("/journal.sqlite"));
}

Database::Database(QString path, QString connection)
    : m_path(std::move(path)), m_connection(std::move(connection)),
      m_thread(QThread::currentThread())
{
}

Database::~Database()
{
    m_statements.reset();
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
    // Counted in open(), uncounted only once the connection is closed (OpenFiles).
    QMutexLocker lock(&openFiles().mutex);
    if (--openFiles().connections[m_path] == 0)
        openFiles().connections.remove(m_path);
}

bool Database::createPrivateFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::NewOnly | QIODevice::WriteOnly))
        return false;
    return file.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
}

Result<std::unique_ptr<Database>> Database::open(const QString& path)
{
    return open(path, Options{});
}

Result<std::unique_ptr<Database>> Database::open(const QString& path, const Options& options)
{
    const QFileInfo info(path);
    if (info.exists() && !info.isFile())
        return Error{QStringLiteral("store.io"), tr("\"%1\" is not a database file.").arg(path)};
    // A file marked read-only (no write bit at all) is refused even for an administrator whom
    // the system would let write: someone set it so on purpose, e.g. an archived journal.
    constexpr QFile::Permissions anyWrite =
        QFile::WriteOwner | QFile::WriteGroup | QFile::WriteOther;
    if (info.exists() && (!info.isWritable() || !(info.permissions() & anyWrite)))
        return Error{
            QStringLiteral("store.read_only"),
            tr("The database \"%1\" is read-only: the desk needs to write to it.").arg(path)};
    std::unique_ptr<Database> database;
    {
        QMutexLocker lock(&openFiles().mutex);
        // Already open here: its header was read when it was first opened, and reading it again
        // would drop our connections' locks (OpenFiles).
        if (!openFiles().connections.contains(info.absoluteFilePath())) {
            if (Status header = checkHeader(path); !header)
                return header.error();
        }
        if (!info.exists() && !QDir().mkpath(info.absolutePath()))
            return Error{QStringLiteral("store.io"),
                         tr("The folder \"%1\" cannot be created.").arg(info.absolutePath())};
        // A new journal is private from its first byte (SQLite gives its -wal and -shm files
        // the same permissions). Another process may create it at the same moment (the desk
        // and a tool opening a new journal together): then it is there, made private by them.
        if (!info.exists() && !createPrivateFile(info.absoluteFilePath()) &&
            !QFileInfo::exists(info.absoluteFilePath()))
            return Error{QStringLiteral("store.io"),
                         tr("The database file \"%1\" cannot be created.").arg(path)};
        database.reset(new Database(info.absoluteFilePath(), nextConnectionName()));
        ++openFiles().connections[database->m_path];
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), database->m_connection);
    db.setDatabaseName(database->m_path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(options.busyTimeoutMs));
    if (!db.open())
        return StoreError::from(db.lastError(), tr("Opening the database"));
    database->m_statements = std::make_unique<StatementCache>(database->m_connection);
    if (Status s = database->configure(options); !s)
        return s.error();
    return database;
}

Status Database::configure(const Options& options)
{
    QSqlDatabase db = sql();
    // Nothing is written before the checks below: not a damaged file (read-only check first),
    // and not a file of a newer schema, which the older program must leave byte for byte as it
    // found it (not even the journal mode is set).
    if (options.check == OpenCheck::Full) {
        if (Status s = checkIntegrity(); !s)
            return s;
    }
    // Deferred: reading the schema and its version still refuses a file whose header or schema
    // is damaged; a migration would write, so it waits for the whole check.
    Result<int> version = Migrations::currentVersion(db);
    if (!version) {
        if (version.error().code == u"store.corrupt")
            return StoreError::corrupt(m_path, version.error().message);
        return version.error();
    }
    if (options.check == OpenCheck::Deferred) {
        QSqlQuery schema(db);
        if (!schema.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) || !schema.next())
            return StoreError::corrupt(m_path, schema.lastError().databaseText());
    }
    if (*version > Migrations::latest())
        return newerSchema(*version);
    const int target = options.upToVersion < 0 ? Migrations::latest()
                                               : qMin(options.upToVersion, Migrations::latest());
    if (options.check == OpenCheck::Deferred && *version != target) {
        if (Status s = checkIntegrity(); !s)
            return s;
    }

    // An existing journal of an older schema is copied before the first step changes it. The
    // lock file serializes the copy and the migration between programs starting together: the
    // second one waits, then finds the file upgraded and copies nothing.
    std::unique_ptr<QLockFile> upgradeLock;
    std::optional<UpgradeBackup::Made> backup;
    int from = *version;
    if (from > 0 && from < target) {
        const QString folder = UpgradeBackup::folderFor(m_path);
        const auto refused = [&](const QString& why) {
            return Error{
                QStringLiteral("store.upgrade_backup"),
                tr("The journal \"%1\" must be upgraded from schema %2 to %3, and a backup of it "
                   "is made first. The backup failed, so nothing was changed. %4 Make the folder "
                   "\"%5\" writable for this user and free some disk space there, then start the "
                   "program again.")
                    .arg(QDir::toNativeSeparators(m_path))
                    .arg(from)
                    .arg(target)
                    .arg(why, QDir::toNativeSeparators(folder))};
        };
        Result<std::unique_ptr<QLockFile>> locked = UpgradeBackup::lock(m_path);
        if (!locked)
            return refused(locked.errorMessage());
        upgradeLock = std::move(locked).value();
        version = Migrations::currentVersion(db);
        if (!version)
            return version.error();
        from = *version;
        if (from > Migrations::latest())
            return newerSchema(from);
        if (from > 0 && from < target) {
            Result<UpgradeBackup::Made> made = UpgradeBackup::write(db, m_path, from);
            if (!made)
                return refused(made.errorMessage());
            backup = *made;
        }
    }

    // WAL lets the sync worker read while the counter writes. Where the file system cannot do
    // it (some network shares), SQLite keeps the old mode: fall back to a rollback journal.
    Result<QString> mode = pragmaValue(db, QStringLiteral("PRAGMA journal_mode=WAL"));
    if (!mode)
        return mode.error();
    if (mode->compare(u"wal", Qt::CaseInsensitive) != 0) {
        mode = pragmaValue(db, QStringLiteral("PRAGMA journal_mode=DELETE"));
        if (!mode)
            return mode.error();
    }
    m_journalMode = mode->toLower();

    for (const QString& statement :
         {QStringLiteral("PRAGMA foreign_keys=ON"), QStringLiteral("PRAGMA synchronous=FULL"),
          QStringLiteral("PRAGMA busy_timeout=%1").arg(options.busyTimeoutMs)}) {
        if (Result<QString> r = pragmaValue(db, statement); !r)
            return r.error();
    }
    Result<QString> fk = pragmaValue(db, QStringLiteral("PRAGMA foreign_keys"));
    if (!fk)
        return fk.error();
    if (*fk != u"1")
        return Error{QStringLiteral("store.sql"),
                     tr("This SQLite build cannot enforce foreign keys.")};

    if (Status s = Migrations::apply(db, options.upToVersion); !s)
        return s;
    if (backup) {
        const Result<int> current = Migrations::currentVersion(db);
        const int to = current ? *current : target;
        if (Status s = AuditTrail::record(
                *this, {QStringLiteral("system"), AuditTrail::Upgraded, QStringLiteral("database"),
                        QJsonObject{{QStringLiteral("from"), from},
                                    {QStringLiteral("to"), to},
                                    {QStringLiteral("backup"), QFileInfo(backup->file).fileName()},
                                    {QStringLiteral("sha256"), backup->sha256}}});
            !s)
            return s;
        m_upgrade = Upgrade{from, to, backup->file, backup->sha256};
    }
    return {};
}

Error Database::newerSchema(int version) const
{
    const QString program = QCoreApplication::applicationVersion();
    const QString text =
        program.isEmpty()
            ? tr("The journal \"%1\" was written by a newer version of IIN Desk: its schema is "
                 "%2, and this program knows schemas up to %3. The file was left unchanged. "
                 "Install the newer version again, or restore the backup made before it was "
                 "upgraded.")
                  .arg(QDir::toNativeSeparators(m_path))
                  .arg(version)
                  .arg(Migrations::latest())
            : tr("The journal \"%1\" was written by a newer version of IIN Desk: its schema is "
                 "%2, and this program, version %3, knows schemas up to %4. The file was left "
                 "unchanged. Install the newer version again, or restore the backup made before "
                 "it was upgraded.")
                  .arg(QDir::toNativeSeparators(m_path))
                  .arg(version)
                  .arg(program)
                  .arg(Migrations::latest());
    return Error{QStringLiteral("store.newer_schema"), text};
}

Status Database::checkIntegrity()
{
    QSqlQuery q(sql());
    if (!q.exec(QStringLiteral("PRAGMA quick_check"))) {
        const Error e = StoreError::from(q.lastError(), tr("Checking the database"));
        if (e.code == u"store.corrupt")
            return StoreError::corrupt(m_path, q.lastError().databaseText());
        return e;
    }
    QStringList problems;
    while (q.next())
        problems.append(q.value(0).toString());
    if (problems != QStringList{QStringLiteral("ok")})
        return StoreError::corrupt(m_path, problems.mid(0, 3).join(u"; "));
    return {};
}

QSqlDatabase Database::sql() const
{
    Q_ASSERT_X(QThread::currentThread() == m_thread, "Database::sql",
               "a connection is used only by the thread that opened it");
    return QSqlDatabase::database(m_connection, false);
}

QString Database::attachmentsPath() const
{
    return m_path + QStringLiteral(".attachments");
}

int Database::schemaVersion() const
{
    Result<int> v = Migrations::currentVersion(sql());
    return v ? *v : -1;
}

Transaction::~Transaction()
{
    rollback();
}

Status Transaction::begin()
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("BEGIN IMMEDIATE")))
        return StoreError::from(q.lastError(), Database::tr("Starting a transaction"));
    m_open = true;
    return {};
}

Status Transaction::commit()
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("COMMIT"))) {
        const Error e = StoreError::from(q.lastError(), Database::tr("Saving"));
        rollback();
        return e;
    }
    m_open = false;
    return {};
}

void Transaction::rollback()
{
    if (!m_open)
        return;
    m_open = false;
    QSqlQuery q(m_db);
    q.exec(QStringLiteral("ROLLBACK")); // fails only when SQLite already rolled back itself
}

} // namespace iin
