#include "bench/JournalLoader.h"

#include "bench/SyntheticPeople.h"
#include "core/application/ApplicationJson.h"
#include "core/application/ApplicationKeys.h"
#include "core/application/RegistrationNumber.h"
#include "core/person/Iin.h"
#include "core/store/Database.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QTimeZone>
#include <QUuid>

#include <sqlite3.h>

namespace iin::bench {

namespace {

constexpr int FormatVersion = 1;

// Offices and their desks: a registration number's office and desk.
const QStringList& offices()
{
    static const QStringList list{QStringLiteral("ALM01"), QStringLiteral("ALM02"),
                                  QStringLiteral("AST01"), QStringLiteral("SHY01"),
                                  QStringLiteral("KRG01"), QStringLiteral("AKT01")};
    return list;
}

class Statement
{
public:
    Statement(sqlite3* db, const char* sql) { sqlite3_prepare_v2(db, sql, -1, &m_stmt, nullptr); }
    ~Statement() { sqlite3_finalize(m_stmt); }
    bool ok() const { return m_stmt != nullptr; }
    void text(int i, const QString& s)
    {
        if (s.isNull()) {
            sqlite3_bind_null(m_stmt, i);
            return;
        }
        const QByteArray utf8 = s.toUtf8();
        sqlite3_bind_text(m_stmt, i, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
    }
    void blob(int i, const QByteArray& b)
    {
        sqlite3_bind_blob(m_stmt, i, b.constData(), int(b.size()), SQLITE_TRANSIENT);
    }
    void integer(int i, qint64 v) { sqlite3_bind_int64(m_stmt, i, v); }
    bool run()
    {
        const int rc = sqlite3_step(m_stmt);
        sqlite3_reset(m_stmt);
        return rc == SQLITE_DONE;
    }

private:
    sqlite3_stmt* m_stmt = nullptr;
};

bool exec(sqlite3* db, const char* sql, QString* why)
{
    char* error = nullptr;
    if (sqlite3_exec(db, sql, nullptr, nullptr, &error) == SQLITE_OK)
        return true;
    *why = QString::fromUtf8(error ? error : "sqlite error");
    sqlite3_free(error);
    return false;
}

QString iinFor(const QDate& birthDate, Sex sex, qint64 n)
{
    for (int attempt = 0; attempt < 10; ++attempt) {
        const int serial = int((n * 7 + attempt) % 9999) + 1;
        if (const auto prefix = Iin::prefixFor(birthDate, sex, serial))
            if (const auto iin = Iin::fromPrefix(*prefix))
                return iin->toString();
    }
    return {};
}

} // namespace

QString JournalLoader::pathFor(const QString& directory, qint64 count)
{
    return QDir(directory).filePath(
        QStringLiteral("journal-%1-v%2.sqlite").arg(count).arg(FormatVersion));
}

QString JournalLoader::ensure(const QString& directory, qint64 count, QString* why)
{
    QDir().mkpath(directory);
    const QString path = pathFor(directory, count);
    if (QFile::exists(path))
        return path;
    const QString partial = path + QStringLiteral(".partial");
    for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(partial + suffix);
    if (!load(partial, count, why))
        return {};
    if (!QFile::rename(partial, path)) {
        *why = QStringLiteral("cannot rename %1").arg(partial);
        return {};
    }
    return path;
}

bool JournalLoader::load(const QString& path, qint64 count, QString* why, qint64 queued)
{
    {
        // The schema, exactly as the store makes it.
        auto database = Database::open(path);
        if (!database) {
            *why = database.error().message;
            return false;
        }
    }
    sqlite3* db = nullptr;
    if (sqlite3_open(path.toUtf8().constData(), &db) != SQLITE_OK) {
        *why = QStringLiteral("cannot open %1").arg(path);
        sqlite3_close(db);
        return false;
    }
    bool ok = exec(db,
                   "PRAGMA synchronous=OFF; PRAGMA cache_size=-262144;"
                   " PRAGMA wal_autocheckpoint=100000",
                   why);
    {
        Statement app(db, "INSERT INTO applications (id, registration_number, status, office, desk,"
                          " created_at, created_by, updated_at, rules_edition, surname_cyr,"
                          " given_name_cyr, patronymic_cyr, surname_lat, given_name_lat,"
                          " patronymic_lat, birth_date, citizenship, document_number, document_key,"
                          " iin, application_json) VALUES"
                          " (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
        Statement key(db, "INSERT OR IGNORE INTO name_keys (part, key, application_id)"
                          " VALUES (?, ?, ?)");
        Statement history(db, "INSERT INTO status_history (application_id, from_status,"
                              " to_status, at, operator) VALUES (?, NULL, ?, ?, ?)");
        Statement outbox(db, "INSERT INTO outbox (application_id, idempotency_key, state,"
                             " attempts, next_attempt_at, created_at, updated_at)"
                             " VALUES (?, ?, 'pending', 0, ?, ?, ?)");
        Statement sequence(db, "INSERT INTO desk_sequence (office, desk, last_value)"
                               " VALUES (?, ?, ?)");
        ok = ok && app.ok() && key.ok() && history.ok() && outbox.ok() && sequence.ok();
        if (!ok && why->isEmpty())
            *why = QString::fromUtf8(sqlite3_errmsg(db));

        QHash<QString, qint64> sequences; // "office/desk" -> last value
        const QDateTime first(QDate(2019, 1, 9), QTime(3, 0), Qt::UTC);
        const qint64 spanSecs = qint64(7) * 365 * 24 * 3600; // seven years of an office
        const qint64 batch = 50000;
        for (qint64 n = 1; ok && n <= count; ++n) {
            if ((n - 1) % batch == 0)
                ok = exec(db, "BEGIN", why);
            Application a = SyntheticPeople::application(n);
            const QDateTime created = first.addSecs(spanSecs * n / (count + 1));
            a.submittedOn = created.date();
            const QString office = offices()[int(n % offices().size())];
            const QString desk = QString::number(1 + (n / 7) % 6);
            const qint64 seq = ++sequences[office + u'/' + desk];
            const QString number = RegistrationNumber::make(office, desk, seq);
            // Older applications are done with; the last few hundred are still moving.
            const qint64 age = count - n;
            const bool waiting = age < queued;
            const char* status = waiting      ? "registered"
                                 : age > 2000 ? "handed_over"
                                 : age > 500  ? "iin_assigned"
                                 : age > 100  ? "sent"
                                              : "registered";
            const QString createdAt = created.toString(Qt::ISODateWithMs);
            const QString document = a.identityDocument->number;
            app.integer(1, n);
            app.text(2, number);
            app.text(3, QString::fromLatin1(status));
            app.text(4, office);
            app.text(5, desk);
            app.text(6, createdAt);
            app.text(7, QStringLiteral("op%1").arg(n % 40));
            app.text(8, createdAt);
            app.text(9, QStringLiteral("2022-02"));
            app.text(10, a.nameCyrillic.surname);
            app.text(11, a.nameCyrillic.givenName);
            app.text(12, a.nameCyrillic.patronymic.isNull() ? QStringLiteral("")
                                                            : a.nameCyrillic.patronymic);
            app.text(13, a.nameLatin.surname);
            app.text(14, a.nameLatin.givenName);
            app.text(15,
                     a.nameLatin.patronymic.isNull() ? QStringLiteral("") : a.nameLatin.patronymic);
            app.text(16, a.birthDate.toString(Qt::ISODate));
            app.text(17, a.citizenship);
            app.text(18, document);
            app.text(19, ApplicationKeys::documentNumber(document));
            app.text(20, qstrcmp(status, "registered") && qstrcmp(status, "sent")
                             ? iinFor(a.birthDate, a.sex, n)
                             : QString());
            app.blob(21, ApplicationJson::toBytes(a));
            ok = app.run();
            const auto keys = [&](const char* part, const QStringList& list) {
                for (const QString& k : list) {
                    key.text(1, QString::fromLatin1(part));
                    key.text(2, k);
                    key.integer(3, n);
                    ok = ok && key.run();
                }
            };
            keys("word", ApplicationKeys::searchWords(a.nameCyrillic, a.nameLatin));
            keys("full", ApplicationKeys::fullNames(a.nameCyrillic, a.nameLatin));
            history.integer(1, n);
            history.text(2, QString::fromLatin1(status));
            history.text(3, createdAt);
            history.text(4, QStringLiteral("op%1").arg(n % 40));
            ok = ok && history.run();
            if (waiting) {
                const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
                outbox.integer(1, n);
                outbox.text(2, QUuid::createUuid().toString(QUuid::WithoutBraces));
                outbox.text(3, now);
                outbox.text(4, now);
                outbox.text(5, now);
                ok = ok && outbox.run();
            }
            if (!ok && why->isEmpty())
                *why = QString::fromUtf8(sqlite3_errmsg(db));
            if (ok && (n % batch == 0 || n == count))
                ok = exec(db, "COMMIT", why);
        }
        for (auto it = sequences.cbegin(); ok && it != sequences.cend(); ++it) {
            sequence.text(1, it.key().section(u'/', 0, 0));
            sequence.text(2, it.key().section(u'/', 1));
            sequence.integer(3, it.value());
            ok = sequence.run();
        }
    }
    ok = ok && exec(db, "PRAGMA wal_checkpoint(TRUNCATE)", why);
    sqlite3_close(db);
    return ok;
}

} // namespace iin::bench
