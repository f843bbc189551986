// Durable registration: Journal::registerApplication (one transaction per application with
// everything the store writes: application, name keys, history, outbox entry, audit record)
// against raw SQLite inserts of the same rows with the same durability (WAL, synchronous=FULL,
// one transaction each). Both run in the same process, rounds interleaved, so that the disk's
// fsync, which dominates both, is shared fairly.
#include "bench/BenchSupport.h"
#include "bench/SyntheticPeople.h"

#include "core/application/ApplicationJson.h"
#include "core/application/ApplicationKeys.h"
#include "core/journal/Intake.h"
#include "core/journal/Journal.h"
#include "core/store/Database.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QUuid>

#include <sqlite3.h>

using namespace iin;
using namespace iin::bench;

namespace {

// The rows one registration writes, computed before the clock starts for the raw baseline.
struct Rows
{
    Application application;
    QByteArray json;
    QStringList words;
    QStringList fullNames;
};

class Raw
{
public:
    explicit Raw(const QString& path)
    {
        sqlite3_open(path.toUtf8().constData(), &m_db);
        exec("PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; PRAGMA foreign_keys=ON");
        prepare(&m_seq, "INSERT INTO desk_sequence (office, desk, last_value) VALUES (?, ?, 1)"
                        " ON CONFLICT (office, desk) DO UPDATE SET last_value = last_value + 1"
                        " RETURNING last_value");
        prepare(&m_app, "INSERT INTO applications (registration_number, status, office, desk,"
                        " created_at, created_by, updated_at, rules_edition, surname_cyr,"
                        " given_name_cyr, patronymic_cyr, surname_lat, given_name_lat,"
                        " patronymic_lat, birth_date, citizenship, document_number,"
                        " document_key, application_json)"
                        " VALUES (?,'registered',?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
        prepare(&m_key, "INSERT OR IGNORE INTO name_keys (part, key, application_id)"
                        " VALUES (?, ?, ?)");
        prepare(&m_history, "INSERT INTO status_history (application_id, from_status,"
                            " to_status, at, operator) VALUES (?, NULL, 'registered', ?, ?)");
        prepare(&m_outbox, "INSERT INTO outbox (application_id, idempotency_key, state,"
                           " attempts, next_attempt_at, created_at, updated_at)"
                           " VALUES (?, ?, 'pending', 0, ?, ?, ?)");
        prepare(&m_audit, "INSERT INTO audit_log (seq, at, operator, action, subject, details,"
                          " prev_hash, hash) VALUES (?, ?, ?, 'created', ?, ?, ?, ?)");
    }
    ~Raw()
    {
        for (sqlite3_stmt* s : {m_seq, m_app, m_key, m_history, m_outbox, m_audit})
            sqlite3_finalize(s);
        sqlite3_close(m_db);
    }

    bool add(const Rows& r)
    {
        const Application& a = r.application;
        const QByteArray now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs).toUtf8();
        bool ok = exec("BEGIN IMMEDIATE");
        bind(m_seq, 1, "ALM01");
        bind(m_seq, 2, "1");
        ok = ok && sqlite3_step(m_seq) == SQLITE_ROW;
        const qint64 seq = sqlite3_column_int64(m_seq, 0);
        sqlite3_reset(m_seq);
        const QByteArray number =
            QStringLiteral("ALM01-1-%1").arg(seq, 6, 10, QChar(u'0')).toUtf8();
        const QByteArray document = a.identityDocument->number.toUtf8();
        int i = 1;
        bind(m_app, i++, number);
        bind(m_app, i++, "ALM01");
        bind(m_app, i++, "1");
        bind(m_app, i++, now);
        bind(m_app, i++, "op1");
        bind(m_app, i++, now);
        bind(m_app, i++, "2022-02");
        for (const QString& s :
             {a.nameCyrillic.surname, a.nameCyrillic.givenName, a.nameCyrillic.patronymic,
              a.nameLatin.surname, a.nameLatin.givenName, a.nameLatin.patronymic})
            bind(m_app, i++, s.toUtf8());
        bind(m_app, i++, a.birthDate.toString(Qt::ISODate).toUtf8());
        bind(m_app, i++, a.citizenship.toUtf8());
        bind(m_app, i++, document);
        bind(m_app, i++, ApplicationKeys::documentNumber(a.identityDocument->number).toUtf8());
        sqlite3_bind_blob(m_app, i++, r.json.constData(), int(r.json.size()), SQLITE_STATIC);
        ok = ok && step(m_app);
        const qint64 id = sqlite3_last_insert_rowid(m_db);
        const auto keys = [&](const char* part, const QStringList& list) {
            for (const QString& k : list) {
                bind(m_key, 1, part);
                bind(m_key, 2, k.toUtf8());
                sqlite3_bind_int64(m_key, 3, id);
                ok = ok && step(m_key);
            }
        };
        keys("word", r.words);
        keys("full", r.fullNames);
        sqlite3_bind_int64(m_history, 1, id);
        bind(m_history, 2, now);
        bind(m_history, 3, "op1");
        ok = ok && step(m_history);
        sqlite3_bind_int64(m_outbox, 1, id);
        bind(m_outbox, 2, QUuid::createUuid().toString(QUuid::WithoutBraces).toUtf8());
        bind(m_outbox, 3, now);
        bind(m_outbox, 4, now);
        bind(m_outbox, 5, now);
        ok = ok && step(m_outbox);
        const QByteArray hash =
            QCryptographicHash::hash(QByteArray(number + now), QCryptographicHash::Sha256).toHex();
        sqlite3_bind_int64(m_audit, 1, ++m_auditSeq);
        bind(m_audit, 2, now);
        bind(m_audit, 3, "op1");
        bind(m_audit, 4, QByteArray("application:" + QByteArray::number(id)));
        bind(m_audit, 5, "{\"status\":\"registered\"}");
        bind(m_audit, 6, m_lastHash);
        bind(m_audit, 7, hash);
        ok = ok && step(m_audit);
        m_lastHash = hash;
        return exec(ok ? "COMMIT" : "ROLLBACK") && ok;
    }

private:
    bool exec(const char* sql) { return sqlite3_exec(m_db, sql, nullptr, nullptr, nullptr) == 0; }
    void prepare(sqlite3_stmt** s, const char* sql)
    {
        sqlite3_prepare_v2(m_db, sql, -1, s, nullptr);
    }
    static void bind(sqlite3_stmt* s, int i, const QByteArray& v)
    {
        sqlite3_bind_text(s, i, v.constData(), int(v.size()), SQLITE_TRANSIENT);
    }
    static bool step(sqlite3_stmt* s)
    {
        const int rc = sqlite3_step(s);
        sqlite3_reset(s);
        return rc == SQLITE_DONE;
    }

    sqlite3* m_db = nullptr;
    sqlite3_stmt *m_seq = nullptr, *m_app = nullptr, *m_key = nullptr, *m_history = nullptr,
                 *m_outbox = nullptr, *m_audit = nullptr;
    qint64 m_auditSeq = 0;
    QByteArray m_lastHash;
};

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const Options options = Options::parse(QCoreApplication::arguments());
    const int perRound = options.size(200, 40);
    const int rounds = options.size(7, 3);

    const QDir work(options.workDir.isEmpty() ? QDir::tempPath() : options.workDir);
    work.mkpath(QStringLiteral("."));
    const QString storePath = work.filePath(QStringLiteral("registration-store.sqlite"));
    const QString rawPath = work.filePath(QStringLiteral("registration-raw.sqlite"));
    for (const QString& p : {storePath, rawPath})
        for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(p + suffix);

    QList<Rows> rows;
    for (int n = 0; n < perRound * rounds; ++n) {
        Rows r{SyntheticPeople::application(n + 1), {}, {}, {}};
        r.json = ApplicationJson::toBytes(r.application);
        r.words = ApplicationKeys::searchWords(r.application.nameCyrillic, r.application.nameLatin);
        r.fullNames =
            ApplicationKeys::fullNames(r.application.nameCyrillic, r.application.nameLatin);
        rows.append(r);
    }

    auto store = Database::open(storePath);
    if (!store) {
        qCritical("%s", qPrintable(store.error().message));
        return 1;
    }
    Journal journal(**store);
    const DeskContext desk{QStringLiteral("ALM01"), QStringLiteral("1"), QStringLiteral("op1")};
    (void)Database::open(rawPath).value(); // the same schema, then closed
    Raw raw(rawPath);

    Samples storeRounds, rawRounds; // ns per registration
    QElapsedTimer timer;
    int failures = 0;
    for (int round = 0; round < rounds; ++round) {
        timer.start();
        for (int i = 0; i < perRound; ++i) {
            const Rows& r = rows[round * perRound + i];
            Intake intake;
            intake.application = r.application;
            intake.json = ApplicationJson::toBytes(r.application);
            intake.rulesEdition = QStringLiteral("2022-02");
            failures += journal.registerApplication(intake, desk) ? 0 : 1;
        }
        storeRounds.add(timer.nsecsElapsed() / perRound);
        timer.start();
        for (int i = 0; i < perRound; ++i)
            failures += raw.add(rows[round * perRound + i]) ? 0 : 1;
        rawRounds.add(timer.nsecsElapsed() / perRound);
    }
    if (failures) {
        qCritical("%d registrations failed", failures);
        return 1;
    }
    const double storePerSec = 1e9 / storeRounds.median();
    const double rawPerSec = 1e9 / rawRounds.median();
    print({.name = QStringLiteral("durable registration (Journal), per second"),
           .value = storePerSec,
           .unit = QStringLiteral("appl/s"),
           .baselineName = QStringLiteral("raw SQLite inserts of the same rows, FULL, WAL"),
           .baselineValue = rawPerSec,
           .target = QStringLiteral("ratio >= 0.5"),
           .met = storePerSec / rawPerSec >= 0.5});
    return 0;
}
