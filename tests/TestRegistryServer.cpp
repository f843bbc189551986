// The registry server as a process on loopback, driven through the protocol by RegistryClient
// and by raw HTTP. Built twice: against SQLite (TestRegistrySqlite) and against a private
// PostgreSQL cluster (TestRegistryPostgres, IIN_REGISTRY_POSTGRES).
#include "core/person/Iin.h"
#include "core/registry/RegistryClient.h"
#include "core/signing/RegistryAttestation.h"
#include "core/signing/SigningKey.h"
#include "tests/RegistryTestSupport.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSet>
#include <QSslCertificate>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace iin;
using namespace iin::test;

namespace {

struct RawReply
{
    int status = 0;
    QByteArray body;
    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
    QString errorCode() const { return json()["error"].toObject()["code"].toString(); }
};

RawReply rawHttp(quint16 port, const QByteArray& method, const QString& path,
                 const QByteArray& token, const QByteArray& body = {},
                 const QByteArray& contentType = "application/json")
{
    QNetworkAccessManager network;
    QNetworkRequest request(QUrl(QString("http://127.0.0.1:%1%2").arg(port).arg(path)));
    if (!token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + token);
    if (!contentType.isEmpty())
        request.setRawHeader("Content-Type", contentType);
    QNetworkReply* reply = network.sendCustomRequest(request, method, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(30000, &loop, &QEventLoop::quit);
    loop.exec();
    RawReply r;
    r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    r.body = reply->readAll();
    reply->deleteLater();
    return r;
}

} // namespace

class TestRegistryServer : public QObject
{
    Q_OBJECT

private:
    RegistryEndpoint endpoint(quint16 port, const QString& token) const
    {
        return loopbackEndpoint(port, token, std::chrono::seconds(60));
    }

    // A fresh, empty registry database for one test.
    RegistryBackend newBackend(const QString& name)
    {
        return freshBackend(m_pg.get(), m_dir.path(), name);
    }

    // Runs an officer's command of iin-registryd on the test's registry; returns its exit code.
    int officer(const QStringList& args, QByteArray* out = nullptr) const
    {
        QProcess p;
        p.start(registrydPath(), args + m_backend.args);
        if (!p.waitForFinished(60000))
            return -1;
        if (out)
            *out = p.readAllStandardOutput();
        return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    }

    // How many person keys match `pattern` (SQL LIKE).
    int keyCount(const QString& pattern) const
    {
        QVariant v;
        QString sql = QString("SELECT count(*) FROM person_keys WHERE match_key LIKE '%1'")
                          .arg(QString(pattern).replace('\'', "''"));
        if (!execSql(m_backend, sql, nullptr, &v))
            return -1;
        return v.toInt();
    }

    QTemporaryDir m_dir;
    std::unique_ptr<PostgresCluster> m_pg;
    RegistryBackend m_backend;
    RegistryProcess m_server;
    QString m_token1;
    QString m_token2;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
#ifdef IIN_REGISTRY_POSTGRES
        IIN_START_POSTGRES(m_pg);
#endif
        m_backend = newBackend("main");
        m_token1 = addDesk(m_backend, "ALM-01");
        m_token2 = addDesk(m_backend, "AST-02");
        QVERIFY(m_token1.startsWith("ALM-01:"));
        QVERIFY(m_token2.startsWith("AST-02:"));
        QVERIFY(m_token1.size() > 40);
        QString why;
        QVERIFY2(m_server.start(m_backend, {}, &why), qPrintable(why));
    }

    // The database password is never a command-line argument (every local user can read
    // /proc/<pid>/cmdline): refused inside --postgres, read from an owner-only file instead.
    void postgresPasswordNeverOnTheCommandLine()
    {
        const auto run = [](const QStringList& args, QByteArray* err) {
            QProcess p;
            p.start(registrydPath(), args);
            if (!p.waitForFinished(30000))
                return -1;
            *err = p.readAllStandardError();
            return p.exitCode();
        };
        QByteArray err;
        QCOMPARE(run({"add-desk", "--desk", "PW-01", "--postgres",
                      "host=127.0.0.1 port=1 dbname=x user=y password=hunter2"},
                     &err),
                 2);
        QVERIFY2(err.contains("--postgres-password-file") && err.contains("PGPASSFILE"),
                 err.constData());
        QVERIFY(!err.contains("hunter2"));

        QFile file(m_dir.filePath("pg.password"));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("hunter2\n");
        file.close();
        QVERIFY(file.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ReadOther));
        QCOMPARE(run({"add-desk", "--desk", "PW-01", "--postgres",
                      "host=127.0.0.1 port=1 dbname=x user=y", "--postgres-password-file",
                      file.fileName()},
                     &err),
                 2);
        QVERIFY2(err.contains("chmod 600"), err.constData());
        QCOMPARE(run({"add-desk", "--desk", "PW-01", "--db", m_dir.filePath("pw.sqlite"),
                      "--postgres-password-file", file.fileName()},
                     &err),
                 2);
#ifdef IIN_REGISTRY_POSTGRES
        // Owner-only: handed to libpq (the test cluster trusts loopback, so any password opens).
        QVERIFY(file.setPermissions(QFile::ReadOwner | QFile::WriteOwner));
        QCOMPARE(run(QStringList{"add-desk", "--desk", "PW-01", "--postgres-password-file",
                                 file.fileName()} +
                         m_backend.args,
                     &err),
                 0);
#endif
    }

    // Every answer carries the registry's clock (HTTP Date), which desks compare with theirs.
    void answersCarryTheRegistryDate()
    {
        RegistryClient client(endpoint(m_server.port(), m_token1));
        QDateTime registryTime;
        QDateTime deskTime;
        connect(&client, &RegistryClient::clocksRead, this,
                [&](const QDateTime& r, const QDateTime& d) {
                    registryTime = r;
                    deskTime = d;
                });
        const RegistryResult result = submitAndWait(client, samplePerson(990));
        QVERIFY2(result.ok(), qPrintable(result.error.message));
        QVERIFY(registryTime.isValid());
        QCOMPARE(registryTime.timeSpec(), Qt::UTC);
        QVERIFY2(qAbs(registryTime.secsTo(deskTime)) <= 2,
                 qPrintable(registryTime.toString(Qt::ISODate)));
        QCOMPARE(RegistryClient::parseHttpDate("Sun, 06 Nov 1994 08:49:37 GMT"),
                 QDateTime(QDate(1994, 11, 6), QTime(8, 49, 37), Qt::UTC));
        QVERIFY(!RegistryClient::parseHttpDate("Sunday, 06-Nov-94 08:49:37").isValid());
        QVERIFY(!RegistryClient::parseHttpDate("").isValid());
    }

    void formsValidIinsWithDistinctSerials()
    {
        RegistryClient client(endpoint(m_server.port(), m_token1));
        QSet<QString> iins;
        QList<int> serials;
        for (int i = 0; i < 5; ++i) {
            const RegistryRequest r = samplePerson(100 + i, QDate(1985, 3, 7), Sex::Female);
            const RegistryResult result = submitAndWait(client, r);
            QVERIFY2(result.ok(), qPrintable(result.error.code + ": " + result.error.message));
            QCOMPARE(result.answer.state, RegistryAnswer::State::Formed);
            const auto iin = Iin::parse(result.answer.iin);
            QVERIFY(iin);
            QCOMPARE(iin->birthDate(), QDate(1985, 3, 7));
            QCOMPARE(iin->sex(), Sex::Female);
            QVERIFY(result.answer.iin.startsWith("8503074")); // 1900s, female
            iins.insert(result.answer.iin);
            serials << iin->serial();
        }
        QCOMPARE(iins.size(), 5);
        for (int i = 1; i < serials.size(); ++i)
            QVERIFY(serials[i] > serials[i - 1]); // never reused, unusable ones skipped
    }

    void skipsUnusablePrefixes()
    {
        // 90010130080 is unusable (docs/iin.md): serial 0080 is skipped for 0081.
        QVERIFY(!Iin::fromPrefix(QString("90010130080")));
        QVERIFY(execSql(m_backend, "INSERT INTO serial_counters (prefix7, next_serial) "
                                   "VALUES ('9001013', 80)"));
        RegistryClient client(endpoint(m_server.port(), m_token1));
        const RegistryResult r = submitAndWait(client, samplePerson(150, QDate(1990, 1, 1)));
        QVERIFY2(r.ok(), qPrintable(r.error.message));
        QCOMPARE(r.answer.iin.left(11), QString("90010130081"));
    }

    void sameKeySameAnswer()
    {
        RegistryClient client(endpoint(m_server.port(), m_token1));
        const RegistryRequest r = samplePerson(200);
        const RegistryResult first = submitAndWait(client, r);
        QVERIFY(first.ok());
        QVERIFY(!first.replayed);
        const RegistryResult again = submitAndWait(client, r);
        QVERIFY(again.ok());
        QVERIFY(again.replayed);
        QCOMPARE(again.answer, first.answer);
        const RegistryResult asked = queryAndWait(client, r);
        QCOMPARE(asked.outcome, RegistryResult::Outcome::Answered);
        QCOMPARE(asked.answer, first.answer);

        RegistryRequest changed = r;
        changed.nameLatin.givenName = "SOMEONE";
        const RegistryResult reused = submitAndWait(client, changed);
        QCOMPARE(reused.outcome, RegistryResult::Outcome::Failed);
        QCOMPARE(reused.httpStatus, 409);
        QCOMPARE(reused.error.code, QString("idempotency_key_reused"));
        QVERIFY(!reused.retryable);
    }

    void unknownKeysAndOtherDesksKeys()
    {
        RegistryClient desk1(endpoint(m_server.port(), m_token1));
        RegistryClient desk2(endpoint(m_server.port(), m_token2));
        const RegistryRequest r = samplePerson(210);
        QCOMPARE(queryAndWait(desk1, r).outcome, RegistryResult::Outcome::UnknownKey);
        QVERIFY(submitAndWait(desk1, r).ok());
        // Keys are per desk: another desk can neither see nor take over this one's answers.
        QCOMPARE(queryAndWait(desk2, r).outcome, RegistryResult::Outcome::UnknownKey);
        // ...and its own request under the same key is its own: the same person, so the IIN
        // comes back as existing, not as a replay of desk 1's answer.
        const RegistryResult own = submitAndWait(desk2, r);
        QVERIFY(own.ok());
        QVERIFY(!own.replayed);
        QCOMPARE(own.answer.state, RegistryAnswer::State::Existing);
    }

    void existingPersonByDocument()
    {
        RegistryClient desk1(endpoint(m_server.port(), m_token1));
        RegistryClient desk2(endpoint(m_server.port(), m_token2));
        const RegistryRequest first = samplePerson(300);
        const RegistryResult formed = submitAndWait(desk1, first);
        QCOMPARE(formed.answer.state, RegistryAnswer::State::Formed);

        RegistryRequest again = first;
        again.idempotencyKey = QUuid::createUuid();
        again.nameLatin = {"SOMEBODY", "ELSE", {}}; // spelled differently, same passport
        again.document->number = "ac 1000300";      // spaces and case do not matter
        const RegistryResult existing = submitAndWait(desk2, again);
        QVERIFY2(existing.ok(), qPrintable(existing.error.message));
        QCOMPARE(existing.answer.state, RegistryAnswer::State::Existing);
        QCOMPARE(existing.answer.iin, formed.answer.iin);
    }

    void existingPersonByTransliteratedName()
    {
        RegistryClient client(endpoint(m_server.port(), m_token1));
        RegistryRequest cyrillic;
        cyrillic.idempotencyKey = QUuid::createUuid();
        cyrillic.registrationNumber = "ALM-01-000400";
        cyrillic.nameCyrillic = {"Қасымов", "Ерлан", "Серікұлы"};
        cyrillic.birthDate = QDate(1992, 10, 29);
        cyrillic.sex = Sex::Male;
        cyrillic.citizenship = "UZB";
        cyrillic.document =
            RegistryRequest::Document{IdentityDocumentType::Passport, "FA0000001", "UZB"};
        const RegistryResult formed = submitAndWait(client, cyrillic);
        QCOMPARE(formed.answer.state, RegistryAnswer::State::Formed);

        // A new passport, the name only in Latin letters: the name, birth date and citizenship
        // alone make a possible match, which an officer decides. No IIN yet, no key attached.
        RegistryRequest latin = cyrillic;
        latin.idempotencyKey = QUuid::createUuid();
        latin.nameCyrillic = {};
        latin.nameLatin = {"QASYMOV", "ERLAN", {}};
        latin.document->number = "FA0000002";
        const RegistryResult waiting = submitAndWait(client, latin);
        QVERIFY2(waiting.ok(), qPrintable(waiting.error.message));
        QCOMPARE(waiting.answer.state, RegistryAnswer::State::PendingReview);
        QVERIFY(waiting.answer.iin.isEmpty());
        QVERIFY(waiting.answer.reviewId > 0);
        QCOMPARE(keyCount("doc|UZB|FA0000002"), 0);

        // The officer confirms: the same person. The desk learns it by asking again.
        QCOMPARE(officer({"review", "decide", QString::number(waiting.answer.reviewId), "--same-as",
                          formed.answer.iin}),
                 0);
        const RegistryResult decided = queryAndWait(client, latin);
        QCOMPARE(decided.outcome, RegistryResult::Outcome::Answered);
        QCOMPARE(decided.answer.state, RegistryAnswer::State::Existing);
        QCOMPARE(decided.answer.iin, formed.answer.iin);

        // The new passport is remembered: next time it alone finds the person.
        RegistryRequest byNewPassport = latin;
        byNewPassport.idempotencyKey = QUuid::createUuid();
        byNewPassport.nameLatin = {"KASYMOFF", "YERLAN", {}};
        const RegistryResult again = submitAndWait(client, byNewPassport);
        QCOMPARE(again.answer.state, RegistryAnswer::State::Existing);
        QCOMPARE(again.answer.iin, formed.answer.iin);

        // Same name, another birth date: another person.
        RegistryRequest other = latin;
        other.idempotencyKey = QUuid::createUuid();
        other.document->number = "FA0000003";
        other.birthDate = QDate(1993, 10, 29);
        const RegistryResult another = submitAndWait(client, other);
        QCOMPARE(another.answer.state, RegistryAnswer::State::Formed);
        QVERIFY(another.answer.iin != formed.answer.iin);
    }

    // Review finding 3: a passport number typed with Cyrillic look-alike letters, in full-width
    // forms or with separators, together with another spelling of the name, formed a second IIN
    // and then blocked the person as data_unreliable.
    void lookAlikeDocumentNumbersAreOneDocument()
    {
        RegistryClient desk1(endpoint(m_server.port(), m_token1));
        RegistryClient desk2(endpoint(m_server.port(), m_token2));
        RegistryRequest latin;
        latin.idempotencyKey = QUuid::createUuid();
        latin.registrationNumber = "ALM-01-000450";
        latin.nameLatin = {"BEKOV", "ASKAR", {}};
        latin.birthDate = QDate(1975, 3, 3);
        latin.sex = Sex::Male;
        latin.citizenship = "UZB";
        latin.document =
            RegistryRequest::Document{IdentityDocumentType::Passport, "AC5550001", "UZB"};
        const RegistryResult formed = submitAndWait(desk1, latin);
        QCOMPARE(formed.answer.state, RegistryAnswer::State::Formed);

        const QStringList spellings{
            QString::fromUtf8("АС5550001"),          // Cyrillic А and С (a ru/kk layout)
            QString::fromUtf8("ΑC5550001"),          // Greek Alpha
            QString::fromUtf8("ＡＣ５５５０００１"), // full-width
            "ac 555-00.01",                          // spaces, hyphens, dots, lower case
            QString::fromUtf8("ас５５５０００１"),   // lower-case Cyrillic, full-width digits
        };
        const QStringList names{"BEKOV ASKHAR", "BEKOF ASQAR", "BEKOVV ASKARR", "BIEKOV ASKAR",
                                "BEKOW ASKHAR"};
        for (qsizetype i = 0; i < spellings.size(); ++i) {
            RegistryRequest r = latin;
            r.idempotencyKey = QUuid::createUuid();
            r.registrationNumber = QString("AST-02-%1").arg(460 + i, 6, 10, QChar('0'));
            r.nameLatin = {names[i].section(' ', 0, 0), names[i].section(' ', 1), {}};
            r.document->number = spellings[i];
            const RegistryResult same = submitAndWait(i % 2 ? desk1 : desk2, r);
            QVERIFY2(same.ok(), qPrintable(same.error.code + ": " + same.error.message));
            QCOMPARE(same.answer.state, RegistryAnswer::State::Existing);
            QCOMPARE(same.answer.iin, formed.answer.iin);
        }
        // The first spelling with the second name: still the one person, never data_unreliable.
        RegistryRequest back = latin;
        back.idempotencyKey = QUuid::createUuid();
        back.nameLatin = {"BEKOV", "ASKHAR", {}};
        const RegistryResult after = submitAndWait(desk1, back);
        QCOMPARE(after.answer.state, RegistryAnswer::State::Existing);
        QCOMPARE(after.answer.iin, formed.answer.iin);
        // One key for the document, in Latin letters.
        QCOMPARE(keyCount("doc|UZB|AC5550001"), 1);
        QCOMPARE(keyCount("doc|UZB|%5550001"), 1);
    }

    // Review finding 5: a name, birth date and sex let one desk attach a new passport to an
    // existing person; the real holder of that passport then received that person's IIN.
    void nameMatchAloneAttachesNothing()
    {
        RegistryClient deskA(endpoint(m_server.port(), m_token1));
        RegistryClient deskB(endpoint(m_server.port(), m_token2));
        RegistryRequest p;
        p.idempotencyKey = QUuid::createUuid();
        p.registrationNumber = "ALM-01-000470";
        p.nameLatin = {"ALIEV", "RUSTAM", {}};
        p.birthDate = QDate(1988, 8, 8);
        p.sex = Sex::Male;
        p.citizenship = "UZB";
        p.document = RegistryRequest::Document{IdentityDocumentType::Passport, "PP1000001", "UZB"};
        const RegistryResult formed = submitAndWait(deskA, p);
        QCOMPARE(formed.answer.state, RegistryAnswer::State::Formed);

        // Desk B: P's name, birth date and sex with another passport. Even "refuse" learns
        // nothing: the request waits, and the passport is nobody's.
        RegistryRequest poison = p;
        poison.idempotencyKey = QUuid::createUuid();
        poison.registrationNumber = "AST-02-000471";
        poison.onExisting = RegistryRequest::OnExisting::Refuse;
        poison.document->number = "VV2000002";
        const RegistryResult held = submitAndWait(deskB, poison);
        QCOMPARE(held.answer.state, RegistryAnswer::State::PendingReview);
        QVERIFY(held.answer.iin.isEmpty());
        QCOMPARE(keyCount("doc|UZB|VV2000002"), 0);
        // Sent again or asked about: the same wait, nothing more.
        const RegistryResult replay = submitAndWait(deskB, poison);
        QVERIFY(replay.replayed);
        QCOMPARE(replay.answer, held.answer);
        QCOMPARE(queryAndWait(deskB, poison).answer, held.answer);

        // The real holder of VV2000002, same birth date and sex: not P's IIN. Their document is
        // under review, so they wait for the same officer rather than get a second IIN later.
        RegistryRequest victim = p;
        victim.idempotencyKey = QUuid::createUuid();
        victim.registrationNumber = "ALM-01-000472";
        victim.nameLatin = {"KARIMOV", "BOBUR", {}};
        victim.document->number = "VV2000002";
        const RegistryResult victimAnswer = submitAndWait(deskA, victim);
        QCOMPARE(victimAnswer.answer.state, RegistryAnswer::State::PendingReview);
        QVERIFY(victimAnswer.answer.reviewId != held.answer.reviewId);

        // The officer sees both, with the candidate and the keys the registry holds.
        QByteArray out;
        QCOMPARE(officer({"review", "list"}, &out), 0);
        QStringList open;
        for (const QByteArray& l : out.split('\n')) {
            if (!l.isEmpty())
                open << QString::number(
                    QJsonDocument::fromJson(l).object()["review_id"].toInteger());
        }
        QVERIFY(open.contains(QString::number(held.answer.reviewId)));
        QVERIFY(open.contains(QString::number(victimAnswer.answer.reviewId)));
        QCOMPARE(officer({"review", "show", QString::number(held.answer.reviewId)}, &out), 0);
        const QJsonObject shown = QJsonDocument::fromJson(out).object();
        QCOMPARE(shown["state"].toString(), QString("open"));
        QCOMPARE(shown["desk_id"].toString(), QString("AST-02"));
        QCOMPARE(shown["request"].toObject()["identity_document"].toObject()["number"].toString(),
                 QString("VV2000002"));
        QCOMPARE(shown["candidates"].toArray().size(), 1);
        QCOMPARE(shown["candidates"].toArray().first().toObject()["iin"].toString(),
                 formed.answer.iin);

        // Decisions: usage and refusals first.
        QCOMPARE(officer({"review", "decide", QString::number(held.answer.reviewId)}), 2);
        QCOMPARE(officer({"review", "decide", "999999", "--new-person"}), 1);
        QCOMPARE(officer({"review", "decide", QString::number(held.answer.reviewId), "--same-as",
                          "900101300011"}),
                 1); // no such person

        // Desk B's request was not P: a new person. Its "refuse" no longer matters.
        QCOMPARE(
            officer({"review", "decide", QString::number(held.answer.reviewId), "--new-person"},
                    &out),
            0);
        const RegistryResult newPerson = queryAndWait(deskB, poison);
        QCOMPARE(newPerson.answer.state, RegistryAnswer::State::Formed);
        QVERIFY(newPerson.answer.iin != formed.answer.iin);
        QCOMPARE(QJsonDocument::fromJson(out).object()["answer"].toObject()["iin"].toString(),
                 newPerson.answer.iin);
        QCOMPARE(
            officer({"review", "decide", QString::number(held.answer.reviewId), "--new-person"}),
            1); // decided once only
        // The victim's passport is now that new person's: taking it for P is refused.
        QCOMPARE(officer({"review", "decide", QString::number(victimAnswer.answer.reviewId),
                          "--same-as", formed.answer.iin}),
                 1);
        QCOMPARE(queryAndWait(deskA, victim).answer.state, RegistryAnswer::State::PendingReview);
        // P is still found by P's passport alone, and only P is.
        RegistryRequest pAgain = p;
        pAgain.idempotencyKey = QUuid::createUuid();
        QCOMPARE(submitAndWait(deskA, pAgain).answer.iin, formed.answer.iin);
    }

    // A desk that names no protocol revision does not know pending_review: it gets a retryable
    // protocol error until the officer's answer is there, then the answer.
    void olderDesksAreToldToRetry()
    {
        RegistryClient desk(endpoint(m_server.port(), m_token1));
        RegistryRequest p = samplePerson(480);
        QCOMPARE(submitAndWait(desk, p).answer.state, RegistryAnswer::State::Formed);
        RegistryRequest q = p;
        q.idempotencyKey = QUuid::createUuid();
        q.document->number = "AC9990480";
        const QByteArray body = QJsonDocument(q.toJson()).toJson(QJsonDocument::Compact);
        const RawReply old =
            rawHttp(m_server.port(), "POST", "/v1/iin-requests", m_token1.toUtf8(), body);
        QCOMPARE(old.status, 202);
        QCOMPARE(old.errorCode(), QString("pending_review"));
        QVERIFY(old.json()["error"].toObject()["retryable"].toBool());
        const QString key = RegistryRequest::keyToString(q.idempotencyKey);
        QCOMPARE(
            rawHttp(m_server.port(), "GET", "/v1/iin-requests/" + key, m_token1.toUtf8(), {}, {})
                .status,
            202);
        const RawReply batch =
            rawHttp(m_server.port(), "POST", "/v1/iin-requests/batch", m_token1.toUtf8(),
                    QJsonDocument(QJsonObject{{"requests", QJsonArray{q.toJson()}}})
                        .toJson(QJsonDocument::Compact));
        QCOMPARE(batch.status, 200);
        const QJsonObject item = batch.json()["results"].toArray().first().toObject();
        QCOMPARE(item["status"].toInt(), 202);
        QCOMPARE(item["error"].toObject()["code"].toString(), QString("pending_review"));
        // A revision-2 desk sees the wait itself.
        const RegistryResult now = queryAndWait(desk, q);
        QCOMPARE(now.answer.state, RegistryAnswer::State::PendingReview);

        QCOMPARE(officer({"review", "decide", QString::number(now.answer.reviewId), "--same-as",
                          submitAndWait(desk, p).answer.iin}),
                 0);
        const RawReply decided =
            rawHttp(m_server.port(), "POST", "/v1/iin-requests", m_token1.toUtf8(), body);
        QCOMPARE(decided.status, 200);
        QCOMPARE(decided.json()["state"].toString(), QString("existing"));
    }

    // A registry of schema version 1 with two persons whose passports differ only by look-alike
    // letters: the migration gives both the one key, keeps it with one of them, and lists them
    // for an officer, merging nothing.
    void migrationRekeysAndListsDuplicates()
    {
        const RegistryBackend old = newBackend("version1");
        const QStringList v1 =
            registrySchema1() +
            QStringList{
                "INSERT INTO serial_counters VALUES ('9004123', 2)",
                "INSERT INTO persons VALUES ('900412300008', '1990-04-12', 'male',"
                " '2026-11-01T10:00:00Z', 'ALM-01', 'ALM-01-000001')",
                "INSERT INTO persons VALUES ('900412300018', '1990-04-12', 'male',"
                " '2026-11-02T10:00:00Z', 'AST-02', 'AST-02-000001')",
                "INSERT INTO person_keys VALUES ('doc|UZB|FA1234567', '900412300008')",
                QString::fromUtf8(
                    "INSERT INTO person_keys VALUES ('doc|UZB|FА1234567', '900412300018')"),
                QString::fromUtf8("INSERT INTO person_keys VALUES ('doc|UZB|ＦＡ７６５４３２１', "
                                  "'900412300018')"),
            };
        for (const QString& sql : v1) {
            QString why;
            QVERIFY2(execSql(old, sql, &why), qPrintable(sql + ": " + why));
        }
        QVERIFY(Iin::parse(u"900412300008") && Iin::parse(u"900412300018"));

        QByteArray out;
        QVERIFY(runRegistryd(QStringList{"duplicates"} + old.args, &out));
        const QList<QByteArray> lines = out.trimmed().split('\n');
        QCOMPARE(lines.size(), 1);
        const QJsonObject group = QJsonDocument::fromJson(lines[0]).object();
        QCOMPARE(group["document_number"].toString(), QString("FA1234567"));
        QCOMPARE(group["issuing_state"].toString(), QString("UZB"));
        const QJsonArray persons = group["persons"].toArray();
        QCOMPARE(persons.size(), 2);
        QCOMPARE(persons[0].toObject()["iin"].toString(), QString("900412300008")); // holder
        QCOMPARE(persons[1].toObject()["iin"].toString(), QString("900412300018"));

        QVariant v;
        QVERIFY(execSql(old, "SELECT max(version) FROM schema_info", nullptr, &v));
        QCOMPARE(v.toInt(), 2);
        QVERIFY(execSql(old, "SELECT count(*) FROM persons", nullptr, &v));
        QCOMPARE(v.toInt(), 2); // nothing merged
        QVERIFY(execSql(old, "SELECT iin FROM person_keys WHERE match_key = 'doc|UZB|FA7654321'",
                        nullptr, &v));
        QCOMPARE(v.toString(), QString("900412300018"));
        QVERIFY(execSql(old, "SELECT count(*) FROM person_keys", nullptr, &v));
        QCOMPARE(v.toInt(), 2);
        // A second start migrates nothing again and lists the same.
        QByteArray again;
        QVERIFY(runRegistryd(QStringList{"duplicates"} + old.args, &again));
        QCOMPARE(again, out);
    }

    void refusalGrounds()
    {
        RegistryClient client(endpoint(m_server.port(), m_token1));
        const RegistryRequest person = samplePerson(500);
        const RegistryResult formed = submitAndWait(client, person);
        QCOMPARE(formed.answer.state, RegistryAnswer::State::Formed);

        // 2023+: the standard refuses when an IIN is already registered.
        RegistryRequest refuse = person;
        refuse.idempotencyKey = QUuid::createUuid();
        refuse.onExisting = RegistryRequest::OnExisting::Refuse;
        const RegistryResult refused = submitAndWait(client, refuse);
        QCOMPARE(refused.answer.state, RegistryAnswer::State::Rejected);
        QCOMPARE(refused.answer.reason, QString("iin_already_registered"));
        QCOMPARE(refused.answer.iin, formed.answer.iin);

        // Same passport, another birth date: unreliable data.
        RegistryRequest conflicting = person;
        conflicting.idempotencyKey = QUuid::createUuid();
        conflicting.birthDate = QDate(1970, 1, 1);
        const RegistryResult unreliable = submitAndWait(client, conflicting);
        QCOMPARE(unreliable.answer.state, RegistryAnswer::State::Rejected);
        QCOMPARE(unreliable.answer.reason, QString("data_unreliable"));
        QVERIFY(unreliable.answer.iin.isEmpty());

        // A citizen of Kazakhstan does not get an IIN here; nor someone born tomorrow.
        RegistryRequest citizen = samplePerson(501);
        citizen.citizenship = "KAZ";
        citizen.document->issuingState = "KAZ";
        QCOMPARE(submitAndWait(client, citizen).answer.reason, QString("requirements_not_met"));
        RegistryRequest unborn = samplePerson(502, QDate::currentDate().addDays(2));
        const RegistryResult future = submitAndWait(client, unborn);
        QCOMPARE(future.answer.reason, QString("requirements_not_met"));
        // A rejection is an answer too: the same key gets it again.
        const RegistryResult futureAgain = submitAndWait(client, unborn);
        QCOMPARE(futureAgain.answer, future.answer);
        QVERIFY(futureAgain.replayed);
    }

    void protocolErrors()
    {
        const quint16 port = m_server.port();
        const QByteArray token = m_token1.toUtf8();
        const QByteArray good =
            QJsonDocument(samplePerson(600).toJson()).toJson(QJsonDocument::Compact);

        QCOMPARE(rawHttp(port, "GET", "/v1/health", {}).status, 200);
        RawReply r = rawHttp(port, "POST", "/v1/iin-requests", token, "{not json");
        QCOMPARE(r.status, 400);
        QCOMPARE(r.errorCode(), QString("invalid_request"));

        QJsonObject extra = samplePerson(601).toJson();
        extra["shoe_size"] = 44;
        r = rawHttp(port, "POST", "/v1/iin-requests", token, QJsonDocument(extra).toJson());
        QCOMPARE(r.status, 400);
        QVERIFY(r.json()["error"].toObject()["message"].toString().contains("shoe_size"));

        QJsonObject wrongType = samplePerson(602).toJson();
        wrongType["birth_date"] = 19921029;
        r = rawHttp(port, "POST", "/v1/iin-requests", token, QJsonDocument(wrongType).toJson());
        QCOMPARE(r.status, 400);
        QVERIFY(r.json()["error"].toObject()["message"].toString().contains("birth_date"));
        QCOMPARE(r.json()["error"].toObject()["retryable"].toBool(true), false);

        QJsonObject badKey = samplePerson(603).toJson();
        badKey["idempotency_key"] = "{0A0B0C0D-0000-0000-0000-000000000000}";
        QCOMPARE(
            rawHttp(port, "POST", "/v1/iin-requests", token, QJsonDocument(badKey).toJson()).status,
            400);

        QCOMPARE(rawHttp(port, "POST", "/v1/iin-requests", token, good, "text/plain").status, 415);
        QCOMPARE(rawHttp(port, "PUT", "/v1/iin-requests", token, good).status, 405);
        QCOMPARE(rawHttp(port, "GET", "/v2/iin-requests", token).status, 404);
        QCOMPARE(rawHttp(port, "GET", "/v1/iin-requests/not-a-key", token).status, 400);

        // Bodies over the limit: refused from the announced length, before they are read.
        QJsonObject big = samplePerson(604).toJson();
        big["registration_number"] = QString(70 * 1024, 'x');
        r = rawHttp(port, "POST", "/v1/iin-requests", token, QJsonDocument(big).toJson());
        QCOMPARE(r.status, 413);
        QCOMPARE(r.errorCode(), QString("body_too_large"));
        r = rawHttp(port, "POST", "/v1/iin-requests/batch", token,
                    QByteArray(3 * 1024 * 1024, ' '));
        QCOMPARE(r.status, 413);
        // The server is still there.
        QCOMPARE(rawHttp(port, "POST", "/v1/iin-requests", token, good).status, 200);
    }

    void refusesUnknownDesksAndBadCredentials()
    {
        const quint16 port = m_server.port();
        const QByteArray body =
            QJsonDocument(samplePerson(700).toJson()).toJson(QJsonDocument::Compact);
        const QByteArray secret = m_token1.section(':', 1).toUtf8();

        QCOMPARE(rawHttp(port, "POST", "/v1/iin-requests", {}, body).status, 401);
        QCOMPARE(rawHttp(port, "POST", "/v1/iin-requests", "ALM-01:wrong", body).status, 401);
        QCOMPARE(rawHttp(port, "POST", "/v1/iin-requests", "NOBODY:" + secret, body).status, 401);
        // Another desk's secret under this desk's name.
        QCOMPARE(rawHttp(port, "POST", "/v1/iin-requests",
                         "ALM-01:" + m_token2.section(':', 1).toUtf8(), body)
                     .status,
                 401);
        const RawReply ok = rawHttp(port, "POST", "/v1/iin-requests", m_token1.toUtf8(), body);
        QCOMPARE(ok.status, 200);

        // A disabled desk is known but refused; enabled again, it works.
        QVERIFY(runRegistryd(QStringList{"disable-desk", "--desk", "AST-02"} + m_backend.args));
        RegistryClient desk2(endpoint(port, m_token2));
        const RegistryResult refused = submitAndWait(desk2, samplePerson(701));
        QCOMPARE(refused.httpStatus, 403);
        QCOMPARE(refused.error.code, QString("desk_disabled"));
        QVERIFY(runRegistryd(QStringList{"enable-desk", "--desk", "AST-02"} + m_backend.args));
        QVERIFY(submitAndWait(desk2, samplePerson(702)).ok());

        // The log names desks, routes and codes; never the applicant or the IIN.
        const QString log = QString::fromUtf8(m_server.log());
        QVERIFY(log.contains("desk NOBODY submit -> 401 unauthenticated"));
        QVERIFY(log.contains("desk AST-02 submit -> 403 desk_disabled"));
        const QString iin = QJsonDocument::fromJson(ok.body).object()["iin"].toString();
        QVERIFY(!iin.isEmpty());
        QVERIFY(!log.contains(iin));
        QVERIFY(!log.contains("AC1000700"));
        QVERIFY(!log.contains("PETROV", Qt::CaseInsensitive));
        QVERIFY(!log.contains(QString::fromUtf8(secret)));
    }

    void acceptsDesksFromAFile()
    {
        // "desk-id sha256-hex" lines, as docs/registry.md shows how to make them.
        const QByteArray secret = "a-long-random-secret-made-elsewhere-0123456789";
        QFile file(m_dir.filePath("desks.txt"));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("# desks managed in configuration\n\nFILE-01 " +
                   QCryptographicHash::hash(secret, QCryptographicHash::Sha256).toHex() +
                   "  # counter 1\n");
        file.close();
        RegistryProcess server;
        QString why;
        QVERIFY2(server.start(m_backend, {"--desks", file.fileName()}, &why), qPrintable(why));
        RegistryClient fileDesk(endpoint(server.port(), "FILE-01:" + QString::fromLatin1(secret)));
        const RegistryResult r = submitAndWait(fileDesk, samplePerson(750));
        QVERIFY2(r.ok(), qPrintable(r.error.message));
        RegistryClient wrong(endpoint(server.port(), "FILE-01:not-it"));
        QCOMPARE(submitAndWait(wrong, samplePerson(751)).httpStatus, 401);
        // Desks in the database still work next to the file's.
        RegistryClient dbDesk(endpoint(server.port(), m_token1));
        QVERIFY(submitAndWait(dbDesk, samplePerson(752)).ok());

        // A broken line stops the server at start, with the line number.
        QVERIFY(file.open(QIODevice::Append));
        file.write("FILE-02 not-a-hash\n");
        file.close();
        RegistryProcess broken;
        QVERIFY(!broken.start(m_backend, {"--desks", file.fileName()}, &why));
        QVERIFY2(why.contains("line 4"), qPrintable(why));
    }

    void batchAnswersEachRequest()
    {
        RegistryClient client(endpoint(m_server.port(), m_token1));
        QList<RegistryRequest> requests;
        for (int i = 0; i < 60; ++i)
            requests << samplePerson(800 + i, QDate(2001, 5, 17));
        requests[10] = requests[3]; // the same person again under another key
        requests[10].idempotencyKey = QUuid::createUuid();
        requests[20].citizenship = "KAZ";
        const QList<RegistryResult> results = batchAndWait(client, requests);
        QCOMPARE(results.size(), requests.size());
        QSet<QString> iins;
        for (int i = 0; i < results.size(); ++i) {
            QVERIFY2(results[i].ok(), qPrintable(results[i].error.message));
            if (i == 20) {
                QCOMPARE(results[i].answer.reason, QString("requirements_not_met"));
                continue;
            }
            QVERIFY(results[i].answer.iin.startsWith("0105175")); // 2000s, male
            if (i != 10)
                iins.insert(results[i].answer.iin);
        }
        QCOMPARE(iins.size(), 58); // 60, less the repeat and the refusal
        QCOMPARE(results[10].answer.state, RegistryAnswer::State::Existing);
        QCOMPARE(results[10].answer.iin, results[3].answer.iin);

        // The whole batch again: every answer replayed unchanged.
        const QList<RegistryResult> again = batchAndWait(client, requests);
        for (int i = 0; i < again.size(); ++i) {
            QCOMPARE(again[i].answer, results[i].answer);
            QVERIFY(again[i].replayed);
        }

        // One bad item is answered on its own; the others still get answers.
        QJsonArray items;
        items.append(samplePerson(870).toJson());
        items.append(QJsonObject{{"idempotency_key", "nope"}});
        items.append(42);
        const RawReply raw =
            rawHttp(m_server.port(), "POST", "/v1/iin-requests/batch", m_token1.toUtf8(),
                    QJsonDocument(QJsonObject{{"requests", items}}).toJson());
        QCOMPARE(raw.status, 200);
        const QJsonArray res = raw.json()["results"].toArray();
        QCOMPARE(res.size(), 3);
        QCOMPARE(res[0].toObject()["status"].toInt(), 200);
        QCOMPARE(res[0].toObject()["answer"].toObject()["state"].toString(), QString("formed"));
        QCOMPARE(res[1].toObject()["status"].toInt(), 400);
        QCOMPARE(res[2].toObject()["error"].toObject()["code"].toString(),
                 QString("invalid_request"));
        QCOMPARE(rawHttp(m_server.port(), "POST", "/v1/iin-requests/batch", m_token1.toUtf8(),
                         R"({"requests": []})")
                     .status,
                 400);
    }

    void concurrentClientsNeverShareAnIin()
    {
        // Two server processes on one database, eight clients, one busy birth date: the
        // database, not the process, must keep IINs unique.
        RegistryProcess second;
        QString why;
        QVERIFY2(second.start(m_backend, {}, &why), qPrintable(why));
        std::vector<std::unique_ptr<RegistryClient>> clients;
        for (int c = 0; c < 8; ++c)
            clients.push_back(std::make_unique<RegistryClient>(endpoint(
                c % 2 ? second.port() : m_server.port(), c % 4 < 2 ? m_token1 : m_token2)));

        constexpr int People = 240;
        QList<RegistryRequest> requests;
        for (int i = 0; i < People; ++i)
            requests << samplePerson(2000 + i, QDate(1999, 12, 31),
                                     i % 2 ? Sex::Male : Sex::Female);
        // 60 more: people already in the list, again, under new keys, from other clients.
        for (int i = 0; i < 60; ++i) {
            RegistryRequest again = requests[i * 3];
            again.idempotencyKey = QUuid::createUuid();
            requests << again;
        }

        QList<RegistryResult> results(requests.size());
        int pending = requests.size();
        QEventLoop loop;
        for (int i = 0; i < requests.size(); ++i) {
            clients[i % clients.size()]->submit(requests[i], [&, i](const RegistryResult& r) {
                results[i] = r;
                if (--pending == 0)
                    loop.quit();
            });
        }
        QTimer::singleShot(240000, &loop, &QEventLoop::quit);
        loop.exec();
        QCOMPARE(pending, 0);

        QHash<QString, int> owner; // IIN → person index
        for (int i = 0; i < results.size(); ++i) {
            QVERIFY2(results[i].ok(), qPrintable(QString::number(i) + " " + results[i].error.code +
                                                 ": " + results[i].error.message));
            const int person = i < People ? i : (i - People) * 3;
            const QString iin = results[i].answer.iin;
            QVERIFY(!iin.isEmpty());
            if (owner.contains(iin))
                QCOMPARE(owner[iin], person); // the same IIN only ever for the same person
            owner[iin] = person;
        }
        QCOMPARE(owner.size(), People); // one IIN per person, none shared
        for (int i = 0; i < 60; ++i)
            QCOMPARE(results[People + i].answer.iin, results[i * 3].answer.iin);
        QVariant count;
        QVERIFY(execSql(m_backend, "SELECT count(*) FROM persons WHERE birth_date = '1999-12-31'",
                        nullptr, &count));
        QCOMPARE(count.toInt(), People);
    }

    void serialExhaustionIsAnExplicitError()
    {
        // Test hook: the counter of 1977-07-07, female (prefix 7707074) is nearly used up.
        QVERIFY(execSql(m_backend, "INSERT INTO serial_counters (prefix7, next_serial) "
                                   "VALUES ('7707074', 9997)"));
        int usable = 0;
        for (int s = 9997; s <= 9999; ++s)
            usable += Iin::fromPrefix(QString("7707074%1").arg(s)).has_value();
        RegistryClient client(endpoint(m_server.port(), m_token1));
        for (int i = 0; i < usable; ++i) {
            const RegistryResult r =
                submitAndWait(client, samplePerson(3000 + i, QDate(1977, 7, 7), Sex::Female));
            QCOMPARE(r.answer.state, RegistryAnswer::State::Formed);
            QVERIFY(Iin::parse(r.answer.iin)->serial() >= 9997);
        }
        const RegistryRequest last = samplePerson(3100, QDate(1977, 7, 7), Sex::Female);
        const RegistryResult exhausted = submitAndWait(client, last);
        QCOMPARE(exhausted.outcome, RegistryResult::Outcome::Failed);
        QCOMPARE(exhausted.error.code, QString("serials_exhausted"));
        QCOMPARE(exhausted.httpStatus, 409);
        QVERIFY(!exhausted.retryable);
        QVERIFY(!exhausted.ambiguous);
        // Nothing was recorded under the key.
        QCOMPARE(queryAndWait(client, last).outcome, RegistryResult::Outcome::UnknownKey);
        // Other prefixes are not affected: the male counter of the same day works.
        QCOMPARE(
            submitAndWait(client, samplePerson(3101, QDate(1977, 7, 7), Sex::Male)).answer.state,
            RegistryAnswer::State::Formed);
    }

    void killedMidLoadLosesNothing()
    {
        RegistryBackend backend = newBackend("crash");
        const QString token = addDesk(backend, "ALM-09");
        RegistryProcess server;
        QString why;
        QVERIFY2(server.start(backend, {}, &why), qPrintable(why));

        QList<RegistryRequest> requests;
        for (int i = 0; i < 300; ++i)
            requests << samplePerson(4000 + i, QDate(1988, 8, 8), i % 2 ? Sex::Male : Sex::Female);
        std::vector<std::unique_ptr<RegistryClient>> clients;
        for (int c = 0; c < 8; ++c)
            clients.push_back(std::make_unique<RegistryClient>(endpoint(server.port(), token)));

        QList<RegistryResult> before(requests.size());
        int finished = 0;
        int answered = 0;
        QEventLoop loop;
        for (int i = 0; i < requests.size(); ++i) {
            clients[i % 8]->submit(requests[i], [&, i](const RegistryResult& r) {
                before[i] = r;
                ++finished;
                if (r.ok() && ++answered == 60)
                    server.kill(); // SIGKILL in the middle of the load
                if (finished == requests.size())
                    loop.quit();
            });
        }
        QTimer::singleShot(240000, &loop, &QEventLoop::quit);
        loop.exec();
        QCOMPARE(finished, requests.size());
        QVERIFY(answered >= 60);
        QVERIFY(answered < requests.size()); // some were cut off
        int ambiguous = 0;
        for (const RegistryResult& r : before) {
            if (!r.ok()) {
                QVERIFY(r.retryable);
                ambiguous += r.ambiguous;
            }
        }
        QVERIFY(ambiguous > 0); // requests in flight when it died: the desk cannot know

        // Restarted on the same database, every request is sent again with its key.
        RegistryProcess restarted;
        QVERIFY2(restarted.start(backend, {}, &why), qPrintable(why));
        RegistryClient client(endpoint(restarted.port(), token));
        QSet<QString> iins;
        for (int i = 0; i < requests.size(); ++i) {
            const RegistryResult after = submitAndWait(client, requests[i]);
            QVERIFY2(after.ok(), qPrintable(after.error.message));
            QCOMPARE(after.answer.state, RegistryAnswer::State::Formed);
            if (before[i].ok()) {
                QCOMPARE(after.answer, before[i].answer); // an answer once given never changes
                QVERIFY(after.replayed);
            }
            iins.insert(after.answer.iin);
        }
        QCOMPARE(iins.size(), requests.size());
        QVariant count;
        QVERIFY(execSql(backend, "SELECT count(*) FROM persons", nullptr, &count));
        QCOMPARE(count.toInt(), requests.size());
    }

    void servesOverTls()
    {
        const QString cert = m_dir.filePath("registry.crt");
        const QString key = m_dir.filePath("registry.key");
        QString certWhy;
        QVERIFY2(makeSelfSignedCertificate(cert, key, &certWhy), qPrintable(certWhy));

        RegistryProcess tls;
        QString why;
        QVERIFY2(tls.start(m_backend, {"--tls-cert", cert, "--tls-key", key}, &why),
                 qPrintable(why));
        RegistryEndpoint e = endpoint(tls.port(), m_token1);
        e.baseUrl = QUrl(QString("https://127.0.0.1:%1").arg(tls.port()));
        e.caCertificates = QSslCertificate::fromPath(cert);
        QCOMPARE(e.caCertificates.size(), 1);
        RegistryClient trusting(e);
        const RegistryResult r = submitAndWait(trusting, samplePerson(5000));
        QVERIFY2(r.ok(), qPrintable(r.error.code + ": " + r.error.message));
        QCOMPARE(r.answer.state, RegistryAnswer::State::Formed);

        // Without the certificate the desk refuses to talk: not retryable, needs a person.
        e.caCertificates.clear();
        RegistryClient wary(e);
        const RegistryResult refused = submitAndWait(wary, samplePerson(5001));
        QCOMPARE(refused.error.code, QString("tls"));
        QVERIFY(!refused.retryable);

        // Plain HTTP to the TLS port gets no answer.
        RegistryClient plain(endpoint(tls.port(), m_token1));
        QVERIFY(!submitAndWait(plain, samplePerson(5002)).ok());
    }

    void cutsOffSlowClients()
    {
        RegistryProcess server;
        QString why;
        QVERIFY2(server.start(m_backend, {"--request-timeout", "1000"}, &why), qPrintable(why));
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, server.port());
        QVERIFY(socket.waitForConnected(5000));
        socket.write("POST /v1/iin-requests HTTP/1.1\r\nHost: x\r\nContent-Length: 500\r\n\r\n{");
        QVERIFY(socket.waitForBytesWritten(5000));
        QElapsedTimer t;
        t.start();
        while (socket.state() == QAbstractSocket::ConnectedState && t.elapsed() < 15000)
            socket.waitForDisconnected(500);
        QCOMPARE(socket.state(), QAbstractSocket::UnconnectedState);
        QVERIFY(t.elapsed() >= 500);
    }

    // A registry with a signing key attests every formed/existing answer, the same bytes on a
    // replay and a query; it certifies desk keys and refuses revoked ones. Without a key
    // (m_server) answers carry no attestation and desk keys are not certified.
    void attestsAnswersAndCertifiesDeskKeys()
    {
        const QString keyFile = m_dir.filePath("signing.key");
        QByteArray out;
        QVERIFY(runRegistryd({"keygen", "--out", keyFile, "--id", "MP-TEST-1"}, &out));
        const auto key = SigningKey::load(keyFile);
        QVERIFY(key);
        const RegistryBackend backend = newBackend("signing");
        const QString token = addDesk(backend, "ALM-01");
        const QString other = addDesk(backend, "AST-02");
        RegistryProcess server;
        QString why;
        QVERIFY2(server.start(backend, {"--signing-key", keyFile}, &why), qPrintable(why));
        RegistryClient client(endpoint(server.port(), token));

        RegistryRequest r = samplePerson(900);
        r.nameCyrillic = {"ИВАНОВ", "АЙБЕК", ""};
        const RegistryResult formed = submitAndWait(client, r);
        QVERIFY2(formed.ok(), qPrintable(formed.error.message));
        QCOMPARE(formed.answer.state, RegistryAnswer::State::Formed);
        const auto a = RegistryAttestation::parse(formed.answer.attestation.toUtf8());
        QVERIFY2(a, qPrintable(formed.answer.attestation));
        QVERIFY(a->verify(key->publicKey()));
        QVERIFY(a->matches(formed.answer.iin, r.nameCyrillic, r.nameLatin, r.birthDate));
        QCOMPARE(a->keyId, "MP-TEST-1");
        QVERIFY(!a->training);

        // The same key again, and asked by key: byte for byte the same answer.
        const QByteArray body = QJsonDocument(r.toJson()).toJson(QJsonDocument::Compact);
        const RawReply first =
            rawHttp(server.port(), "POST", "/v1/iin-requests", token.toUtf8(), body);
        const RawReply second =
            rawHttp(server.port(), "POST", "/v1/iin-requests", token.toUtf8(), body);
        QCOMPARE(first.status, 200);
        QCOMPARE(second.body, first.body);
        QCOMPARE(first.json()["attestation"].toString(), formed.answer.attestation);
        const RawReply asked =
            rawHttp(server.port(), "GET",
                    "/v1/iin-requests/" + RegistryRequest::keyToString(r.idempotencyKey),
                    token.toUtf8(), {}, {});
        QCOMPARE(asked.json()["attestation"].toString(), formed.answer.attestation);

        // The person again under a new key and a new spelling: existing, attested as asked.
        RegistryRequest again = r;
        again.idempotencyKey = QUuid::createUuid();
        again.nameCyrillic = {"ИВАНОВ", "АЙБЕК", "СЕРИКОВИЧ"};
        const RegistryResult existing = submitAndWait(client, again);
        QCOMPARE(existing.answer.state, RegistryAnswer::State::Existing);
        const auto b = RegistryAttestation::parse(existing.answer.attestation.toUtf8());
        QVERIFY(b && b->verify(key->publicKey()));
        QCOMPARE(b->iin, formed.answer.iin);
        QCOMPARE(b->nameCyrillic.patronymic, "СЕРИКОВИЧ");

        // A refusal is not attested; a batch's formed answers are.
        RegistryRequest citizen = samplePerson(901);
        citizen.citizenship = "KAZ";
        const QList<RegistryResult> batch = batchAndWait(client, {citizen, samplePerson(902)});
        QCOMPARE(batch[0].answer.state, RegistryAnswer::State::Rejected);
        QVERIFY(batch[0].answer.attestation.isEmpty());
        QCOMPARE(batch[1].answer.state, RegistryAnswer::State::Formed);
        QVERIFY(RegistryAttestation::parse(batch[1].answer.attestation.toUtf8())
                    ->verify(key->publicKey()));

        // Desk keys: certified for the desk the token names, the same again, never for another.
        const auto deskKey = SigningKey::generateForDesk("ALM-01");
        const QByteArray keyBody =
            QJsonDocument(
                QJsonObject{{"public_key", QString::fromLatin1(deskKey->publicKey().toBase64())}})
                .toJson(QJsonDocument::Compact);
        const RawReply certified =
            rawHttp(server.port(), "POST", "/v1/desk-keys", token.toUtf8(), keyBody);
        QCOMPARE(certified.status, 200);
        const auto c1 = DeskKeyCertificate::fromJson(certified.json()["certificate"].toObject());
        QVERIFY(c1);
        QCOMPARE(c1->deskId, "ALM-01");
        QCOMPARE(c1->keyId, deskKey->keyId());
        QVERIFY(c1->verify(key->publicKey()));
        QCOMPARE(rawHttp(server.port(), "POST", "/v1/desk-keys", token.toUtf8(), keyBody).json(),
                 certified.json());
        QCOMPARE(rawHttp(server.port(), "POST", "/v1/desk-keys", other.toUtf8(), keyBody).status,
                 409);
        QCOMPARE(rawHttp(server.port(), "POST", "/v1/desk-keys", {}, keyBody).status, 401);
        QCOMPARE(rawHttp(server.port(), "POST", "/v1/desk-keys", token.toUtf8(),
                         "{\"public_key\": \"AAAA\"}")
                     .errorCode(),
                 "invalid_request");

        // The trust file lists it; revoked, it is listed as such and not certified again.
        QVERIFY(
            runRegistryd(QStringList{"trust-file", "--signing-key", keyFile} + backend.args, &out));
        QJsonObject trust = QJsonDocument::fromJson(out).object();
        QCOMPARE(trust["desk_keys"].toArray().size(), 1);
        QCOMPARE(trust["revoked_desk_keys"].toArray().size(), 0);
        QVERIFY(
            runRegistryd(QStringList{"revoke-desk-key", "--desk", "ALM-01"} + backend.args, &out));
        QVERIFY(!runRegistryd(QStringList{"revoke-desk-key", "--desk", "ALM-01"} + backend.args));
        QVERIFY(
            runRegistryd(QStringList{"trust-file", "--signing-key", keyFile} + backend.args, &out));
        trust = QJsonDocument::fromJson(out).object();
        QCOMPARE(trust["revoked_desk_keys"].toArray().first().toObject()["key_id"].toString(),
                 deskKey->keyId());
        QCOMPARE(
            rawHttp(server.port(), "POST", "/v1/desk-keys", token.toUtf8(), keyBody).errorCode(),
            "desk_key_revoked");
        server.stop();

        // The registry without a signing key: no attestation, no desk keys.
        RegistryClient plain(endpoint(m_server.port(), m_token1));
        const RegistryResult unsigned_ = submitAndWait(plain, samplePerson(903));
        QCOMPARE(unsigned_.answer.state, RegistryAnswer::State::Formed);
        QVERIFY(unsigned_.answer.attestation.isEmpty());
        QCOMPARE(rawHttp(m_server.port(), "POST", "/v1/desk-keys", m_token1.toUtf8(), keyBody)
                     .errorCode(),
                 "not_signing");
    }

    void cleanupTestCase()
    {
        m_server.stop();
    }
};

QTEST_GUILESS_MAIN(TestRegistryServer)
#include "TestRegistryServer.moc"
