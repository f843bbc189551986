// The desk's registry client against a fake upstream (tests/FakeUpstream) that answers well,
// badly, hugely, slowly or not at all; and the protocol types' strict parsing.
#include "core/person/Iin.h"
#include "core/registry/RegistryClient.h"
#include "core/registry/RegistryRequest.h"
#include "core/signing/RegistryAttestation.h"
#include "core/signing/SigningKey.h"
#include "tests/FakeUpstream.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QThread>
#include <QTimer>

#include <functional>

using namespace iin;
using iin::test::FakeUpstream;

namespace {

RegistryRequest sampleRequest()
{
    RegistryRequest r;
    r.idempotencyKey = QUuid::fromString(QStringLiteral("0b6f8c1e-3a52-4c1d-9e7a-2f4d5c6b7a81"));
    r.registrationNumber = "ALM-01-000001";
    r.nameCyrillic = {"Қасымов", "Ерлан", "Серікұлы"};
    r.nameLatin = {"QASYMOV", "ERLAN", {}};
    r.birthDate = QDate(1992, 10, 29);
    r.sex = Sex::Male;
    r.citizenship = "KGZ";
    r.document = RegistryRequest::Document{IdentityDocumentType::Passport, "AC1234567", "KGZ"};
    return r;
}

QJsonObject goodAnswer(const QString& state = "formed", const QString& iin = "921029350851")
{
    QJsonObject o{{"idempotency_key", "0b6f8c1e-3a52-4c1d-9e7a-2f4d5c6b7a81"},
                  {"state", state},
                  {"answered_at", "2026-11-24T10:00:00Z"}};
    if (!iin.isEmpty())
        o["iin"] = iin;
    return o;
}

QByteArray bytes(const QJsonObject& o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

RegistryResult wait(const std::function<void(RegistryClient::Callback)>& start)
{
    std::optional<RegistryResult> result;
    QEventLoop loop;
    start([&](const RegistryResult& r) {
        result = r;
        loop.quit();
    });
    if (!result) {
        QTimer::singleShot(30000, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return result.value_or(RegistryResult{});
}

} // namespace

class TestRegistryClient : public QObject
{
    Q_OBJECT

    RegistryEndpoint endpoint(quint16 port, int timeoutMs = 5000) const
    {
        RegistryEndpoint e;
        e.baseUrl = QUrl(QString("http://127.0.0.1:%1").arg(port));
        e.deskToken = "ALM-01:secret";
        e.timeout = std::chrono::milliseconds(timeoutMs);
        return e;
    }

    RegistryResult submitTo(FakeUpstream& fake, int timeoutMs = 5000)
    {
        RegistryClient client(endpoint(fake.port(), timeoutMs));
        return wait([&](auto done) { client.submit(sampleRequest(), done); });
    }

private slots:
    // --- the protocol types ---------------------------------------------------------------
    void requestRoundTrip()
    {
        const RegistryRequest r = sampleRequest();
        const Result<RegistryRequest> back = RegistryRequest::fromJson(r.toJson());
        QVERIFY2(back.ok(), qPrintable(back.errorMessage()));
        QCOMPARE(*back, r);
        QCOMPARE(r.toJson()["idempotency_key"].toString(),
                 QString("0b6f8c1e-3a52-4c1d-9e7a-2f4d5c6b7a81"));
    }

    void requestFromApplicationCarriesOnlyWhatTheRegistryNeeds()
    {
        Application a;
        a.nameCyrillic = {"Қасымов", "Ерлан", "Серікұлы"};
        a.nameLatin = {"QASYMOV", "ERLAN", {}};
        a.birthDate = QDate(1992, 10, 29);
        a.sex = Sex::Male;
        a.citizenship = "KGZ";
        a.identityDocument = IdentityDocument{};
        a.identityDocument->type = IdentityDocumentType::ResidencePermit;
        a.identityDocument->number = "AC1234567";
        a.identityDocument->issuingState = "KGZ";
        a.addressOfStay = "Almaty, Abai 1";
        a.contacts.phone = "+77010000000";
        const QUuid key = QUuid::createUuid();
        const RegistryRequest r = RegistryRequest::fromApplication(a, key, "ALM-01-000007");
        QCOMPARE(r.idempotencyKey, key);
        QCOMPARE(r.registrationNumber, QString("ALM-01-000007"));
        QCOMPARE(r.nameCyrillic, a.nameCyrillic);
        QCOMPARE(r.document->type, IdentityDocumentType::ResidencePermit);
        const QByteArray json = QJsonDocument(r.toJson()).toJson();
        QVERIFY(!json.contains("Abai"));
        QVERIFY(!json.contains("+7701"));
        QVERIFY(json.contains("residence_permit"));
        QCOMPARE(*RegistryRequest::fromJson(r.toJson()), r);

        a.identityDocument.reset(); // Annex 2: no document
        QVERIFY(
            !RegistryRequest::fromApplication(a, key, "X").toJson().contains("identity_document"));
    }

    void requestParsingIsStrict_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QJsonValue>("value");
        QTest::newRow("unknown field") << "address" << QJsonValue("somewhere");
        QTest::newRow("key with braces")
            << "idempotency_key" << QJsonValue("{0b6f8c1e-3a52-4c1d-9e7a-2f4d5c6b7a81}");
        QTest::newRow("key upper case")
            << "idempotency_key" << QJsonValue("0B6F8C1E-3A52-4C1D-9E7A-2F4D5C6B7A81");
        QTest::newRow("key number") << "idempotency_key" << QJsonValue(42);
        QTest::newRow("birth date number") << "birth_date" << QJsonValue(19921029);
        QTest::newRow("birth date impossible") << "birth_date" << QJsonValue("1992-02-30");
        QTest::newRow("sex unknown") << "sex" << QJsonValue("unknown");
        QTest::newRow("citizenship lower") << "citizenship" << QJsonValue("kgz");
        QTest::newRow("citizenship unknown") << "citizenship" << QJsonValue("ZZZ");
        QTest::newRow("citizenship null") << "citizenship" << QJsonValue(QJsonValue::Null);
        QTest::newRow("document string") << "identity_document" << QJsonValue("AC1234567");
        QTest::newRow("name array") << "name_latin" << QJsonValue(QJsonArray{"A", "B"});
        QTest::newRow("on_existing other") << "on_existing" << QJsonValue("maybe");
        QTest::newRow("registration number empty") << "registration_number" << QJsonValue("");
        QTest::newRow("registration number long")
            << "registration_number" << QJsonValue(QString(65, 'x'));
        QTest::newRow("control character")
            << "registration_number" << QJsonValue(QString("ALM\u0007"));
    }
    void requestParsingIsStrict()
    {
        QFETCH(QString, field);
        QFETCH(QJsonValue, value);
        QJsonObject o = sampleRequest().toJson();
        o[field] = value;
        const Result<RegistryRequest> r = RegistryRequest::fromJson(o);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, QString("invalid_request"));
        QVERIFY2(r.errorMessage().contains(field), qPrintable(r.errorMessage()));
    }

    void requestNeedsASurnameInSomeScript()
    {
        QJsonObject o = sampleRequest().toJson();
        o.remove("name_latin");
        o.remove("name_cyrillic");
        QVERIFY(!RegistryRequest::fromJson(o).ok());
        o["name_cyrillic"] = QJsonObject{{"surname", "Иванов"}};
        QVERIFY(RegistryRequest::fromJson(o).ok());
        o["name_cyrillic"] = QJsonObject{{"surname", "Иванов"}, {"nickname", "x"}};
        QVERIFY(!RegistryRequest::fromJson(o).ok());
    }

    // --- the client against a fake upstream -------------------------------------------------
    void sendsTheDocumentedRequest()
    {
        FakeUpstream fake;
        fake.answer(200, bytes(goodAnswer()));
        const RegistryResult r = submitTo(fake);
        QVERIFY2(r.ok(), qPrintable(r.error.message));
        QVERIFY(fake.lastHead().startsWith("POST /v1/iin-requests HTTP/1.1"));
        QVERIFY(fake.lastHead().contains("Authorization: Bearer ALM-01:secret"));
        QVERIFY(fake.lastHead().toLower().contains("content-type: application/json"));
        // It understands revision 2 of the protocol (pending_review).
        QVERIFY(fake.lastHead().contains("Iin-Protocol-Revision: 2"));
        QCOMPARE(QJsonDocument::fromJson(fake.lastBody()).object(), sampleRequest().toJson());
        QCOMPARE(r.outcome, RegistryResult::Outcome::Answered);
        QCOMPARE(r.answer.state, RegistryAnswer::State::Formed);
        QCOMPARE(r.answer.iin, QString("921029350851"));
        QVERIFY(!r.replayed);
    }

    void acceptsExistingAndRejectedAnswers()
    {
        FakeUpstream fake;
        fake.answer(200, bytes(goodAnswer("existing")), "Idempotent-Replay: true\r\n");
        RegistryResult r = submitTo(fake);
        QCOMPARE(r.answer.state, RegistryAnswer::State::Existing);
        QVERIFY(r.replayed);

        QJsonObject rejected = goodAnswer("rejected", {});
        rejected["reason"] = "data_unreliable";
        rejected["some_future_field"] = true; // additions within v1 are ignored
        fake.answer(200, bytes(rejected));
        r = submitTo(fake);
        QCOMPARE(r.outcome, RegistryResult::Outcome::Answered);
        QCOMPARE(r.answer.reason, QString("data_unreliable"));
    }

    // Revision 2: a possible match waits for the registry's officer, with its review number.
    void acceptsAWaitForTheRegistrysDecision()
    {
        FakeUpstream fake;
        QJsonObject waiting = goodAnswer("pending_review", {});
        waiting["review_id"] = 12;
        fake.answer(200, bytes(waiting));
        const RegistryResult r = submitTo(fake);
        QVERIFY2(r.ok(), qPrintable(r.error.message));
        QCOMPARE(r.answer.state, RegistryAnswer::State::PendingReview);
        QCOMPARE(r.answer.reviewId, qint64(12));
        QVERIFY(r.answer.iin.isEmpty());
        QCOMPARE(RegistryAnswer::fromJson(r.answer.toJson()).value(), r.answer);
    }

    void refusesMalformedAnswers_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("code");
        auto with = [](const QString& key, const QJsonValue& v) {
            QJsonObject o = goodAnswer();
            if (v.isUndefined())
                o.remove(key);
            else
                o[key] = v;
            return bytes(o);
        };
        QTest::newRow("not json") << QByteArray("{\"state\": formed") << "malformed_answer";
        QTest::newRow("array") << QByteArray("[1,2,3]") << "malformed_answer";
        QTest::newRow("empty") << QByteArray() << "malformed_answer";
        QTest::newRow("binary") << QByteArray("\x00\xff\xfe garbage", 12) << "malformed_answer";
        QTest::newRow("iin number") << with("iin", 921029350851.0) << "malformed_answer";
        QTest::newRow("iin missing") << with("iin", QJsonValue::Undefined) << "malformed_answer";
        QTest::newRow("iin bad check digit") << with("iin", "921029350852") << "malformed_answer";
        QTest::newRow("iin short") << with("iin", "92102935085") << "malformed_answer";
        QTest::newRow("state unknown") << with("state", "maybe") << "malformed_answer";
        QTest::newRow("state bool") << with("state", true) << "malformed_answer";
        QTest::newRow("answered_at number") << with("answered_at", 1) << "malformed_answer";
        QTest::newRow("reason on formed") << with("reason", "x") << "malformed_answer";
        QTest::newRow("key missing")
            << with("idempotency_key", QJsonValue::Undefined) << "malformed_answer";
        QJsonObject noReason = goodAnswer("rejected", {});
        QTest::newRow("rejected without reason") << bytes(noReason) << "malformed_answer";
        QJsonObject wait = goodAnswer("pending_review", {});
        QTest::newRow("pending without review_id") << bytes(wait) << "malformed_answer";
        wait["review_id"] = "12";
        QTest::newRow("pending review_id text") << bytes(wait) << "malformed_answer";
        wait["review_id"] = 0;
        QTest::newRow("pending review_id 0") << bytes(wait) << "malformed_answer";
        wait["review_id"] = 1.5;
        QTest::newRow("pending review_id fraction") << bytes(wait) << "malformed_answer";
        QJsonObject waitWithIin = goodAnswer("pending_review");
        waitWithIin["review_id"] = 3;
        QTest::newRow("pending with an IIN") << bytes(waitWithIin) << "malformed_answer";
        // Well formed but not this applicant's IIN: never hand it out.
        QTest::newRow("other birth date") << with("iin", "900101300811") << "answer_mismatch";
        QTest::newRow("other sex")
            << with("iin", Iin::fromPrefix(QString("92102940001"))->toString())
            << "answer_mismatch";
        QTest::newRow("other key")
            << with("idempotency_key", "11111111-2222-4333-8444-555555555555") << "answer_mismatch";
        // The registry's attestation must be well formed, for the answer's IIN, and of the
        // applicant: a certificate made from another person's would not verify.
        const SigningKey key = SigningKey::training();
        const RegistryRequest r = sampleRequest();
        const auto attest = [&](const QString& iin, const PersonName& cyrillic) {
            return QString::fromUtf8(RegistryAttestation::make(iin, cyrillic, r.nameLatin,
                                                               r.birthDate, QDate(2026, 11, 24),
                                                               key)
                                         ->encode());
        };
        QTest::newRow("attestation not a string") << with("attestation", 1) << "malformed_answer";
        QTest::newRow("attestation garbage")
            << with("attestation", "IINA1|x") << "malformed_answer";
        QTest::newRow("attestation of another IIN")
            << with("attestation", attest("900101300811", r.nameCyrillic)) << "malformed_answer";
        QTest::newRow("attestation on a rejection") << bytes([&] {
            QJsonObject o = goodAnswer("rejected", {});
            o["reason"] = "data_unreliable";
            o["attestation"] = attest("921029350851", r.nameCyrillic);
            return o;
        }()) << "malformed_answer";
        QTest::newRow("attestation of another person")
            << with("attestation", attest("921029350851", {"Бекова", "Айгүл", ""}))
            << "answer_mismatch";
    }

    void acceptsAnAttestedAnswer()
    {
        const RegistryRequest r = sampleRequest();
        QJsonObject o = goodAnswer();
        o["attestation"] = QString::fromUtf8(
            RegistryAttestation::make("921029350851", r.nameCyrillic, r.nameLatin, r.birthDate,
                                      QDate(2026, 11, 24), SigningKey::training())
                ->encode());
        FakeUpstream fake;
        fake.answer(200, bytes(o));
        const RegistryResult result = submitTo(fake);
        QCOMPARE(result.outcome, RegistryResult::Outcome::Answered);
        QCOMPARE(result.answer.attestation, o["attestation"].toString());
        // Kept as it came, so the journal gets exactly the registry's bytes.
        QCOMPARE(result.answer.toJson()["attestation"], o["attestation"]);
    }
    void refusesMalformedAnswers()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, code);
        FakeUpstream fake;
        fake.answer(200, body);
        const RegistryResult r = submitTo(fake);
        QCOMPARE(r.outcome, RegistryResult::Outcome::Failed);
        QCOMPARE(r.error.code, code);
        QVERIFY(!r.error.message.isEmpty());
        if (code == "malformed_answer") {
            // The registry may have formed the IIN: the same key is safe to send again.
            QVERIFY(r.retryable);
            QVERIFY(r.ambiguous);
        } else {
            QVERIFY(!r.retryable);
        }
    }

    void refusesOversizedAnswers()
    {
        FakeUpstream fake;
        // Announced too large: refused from the header.
        fake.onRequest([](QTcpSocket* s, const QByteArray&, const QByteArray&) {
            s->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
                     "50000000\r\n\r\n{\"iin\": \"");
            s->write(QByteArray(1024 * 1024, 'x'));
        });
        RegistryResult r = submitTo(fake);
        QCOMPARE(r.error.code, QString("answer_too_large"));

        // Not announced (chunked), streamed on and on.
        FakeUpstream endless;
        endless.onRequest([](QTcpSocket* s, const QByteArray&, const QByteArray&) {
            s->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                     "Transfer-Encoding: chunked\r\n\r\n");
            auto* timer = new QTimer(s);
            QObject::connect(timer, &QTimer::timeout, s, [s] {
                const QByteArray chunk(64 * 1024, 'x');
                s->write(QByteArray::number(chunk.size(), 16) + "\r\n" + chunk + "\r\n");
            });
            timer->start(5);
        });
        r = submitTo(endless);
        QCOMPARE(r.error.code, QString("answer_too_large"));
        QVERIFY(r.ambiguous);
    }

    void givesUpOnSlowUpstreams()
    {
        FakeUpstream fake;
        fake.onRequest([](QTcpSocket*, const QByteArray&, const QByteArray&) {}); // silence
        RegistryResult r = submitTo(fake, 500);
        QCOMPARE(r.error.code, QString("timeout"));
        QVERIFY(r.retryable);
        QVERIFY(r.ambiguous);

        // A byte now and then keeps a transfer alive but not the exchange.
        fake.onRequest([](QTcpSocket* s, const QByteArray&, const QByteArray&) {
            s->write("HTTP/1.1 200 OK\r\nContent-Length: 1000\r\n\r\n");
            auto* timer = new QTimer(s);
            QObject::connect(timer, &QTimer::timeout, s, [s] { s->write(" "); });
            timer->start(50);
        });
        r = submitTo(fake, 800);
        QCOMPARE(r.error.code, QString("timeout"));
    }

    void reportsBrokenConnections()
    {
        FakeUpstream fake;
        fake.onRequest([](QTcpSocket* s, const QByteArray&, const QByteArray&) { s->abort(); });
        RegistryResult r = submitTo(fake);
        QCOMPARE(r.error.code, QString("network"));
        QVERIFY(r.retryable);
        QVERIFY(r.ambiguous); // it was sent: the registry may have acted

        fake.onRequest([](QTcpSocket* s, const QByteArray&, const QByteArray&) {
            s->write("SMTP ready\r\n\r\n\x01\x02");
            s->disconnectFromHost();
        });
        r = submitTo(fake);
        QCOMPARE(r.outcome, RegistryResult::Outcome::Failed);

        // Nothing listens. Still ambiguous: the client cannot tell a first attempt from
        // QNetworkAccessManager's silent resend after a closed kept-alive connection.
        quint16 closedPort = 0;
        {
            QTcpServer s;
            s.listen(QHostAddress::LocalHost, 0);
            closedPort = s.serverPort();
        }
        RegistryClient client(endpoint(closedPort));
        r = wait([&](auto done) { client.submit(sampleRequest(), done); });
        QCOMPARE(r.error.code, QString("network"));
        QVERIFY(r.retryable);
        QVERIFY(r.ambiguous);
    }

    void passesOnProtocolErrors()
    {
        FakeUpstream fake;
        fake.answer(409,
                    R"({"error":{"code":"serials_exhausted","message":"m","retryable":false}})");
        RegistryResult r = submitTo(fake);
        QCOMPARE(r.error.code, QString("serials_exhausted"));
        // The desk's own words, not the registry's English "m".
        QCOMPARE(r.error.message, RegistryClient::protocolErrorText("serials_exhausted", "m"));
        QVERIFY(r.error.message.contains("no free IIN"));
        QCOMPARE(r.httpStatus, 409);
        QVERIFY(!r.retryable);
        QVERIFY(!r.ambiguous);

        fake.answer(503,
                    R"({"error":{"code":"registry_unavailable","message":"m","retryable":true}})");
        r = submitTo(fake);
        QVERIFY(r.retryable);
        QVERIFY(!r.ambiguous);
        QVERIFY(!r.retryAfter);
        QVERIFY(r.error.message.contains("temporarily unavailable"));

        // The registry's Retry-After comes with the failure: the sync worker tries again then.
        fake.answer(503,
                    R"({"error":{"code":"registry_unavailable","message":"m","retryable":true}})",
                    "Retry-After: 2\r\n");
        r = submitTo(fake);
        QCOMPARE(r.error.code, QString("registry_unavailable"));
        QCOMPARE(r.retryAfter, std::optional<std::chrono::seconds>(std::chrono::seconds(2)));
        QCOMPARE(RegistryClient::parseRetryAfter(" 120 "),
                 std::optional<std::chrono::seconds>(std::chrono::seconds(120)));
        QVERIFY(!RegistryClient::parseRetryAfter("Fri, 31 Dec 1999 23:59:59 GMT"));
        QVERIFY(!RegistryClient::parseRetryAfter("-1"));
        QVERIFY(!RegistryClient::parseRetryAfter(""));

        fake.answer(502, "<html>Bad gateway</html>");
        r = submitTo(fake);
        QCOMPARE(r.error.code, QString("http_status"));
        QVERIFY(r.retryable);

        fake.answer(400, R"({"error":{"code":7,"message":"m","retryable":"no"}})");
        r = submitTo(fake);
        QCOMPARE(r.error.code, QString("http_status"));
        QVERIFY(!r.retryable);

        fake.answer(302, "", "Location: http://elsewhere.example/\r\n");
        r = submitTo(fake);
        QCOMPARE(r.error.code, QString("redirect"));
    }

    void queriesByKey()
    {
        FakeUpstream fake;
        fake.answer(404, R"({"error":{"code":"unknown_key","message":"m","retryable":false}})");
        RegistryClient client(endpoint(fake.port()));
        RegistryResult r = wait([&](auto done) { client.query(sampleRequest(), done); });
        QCOMPARE(r.outcome, RegistryResult::Outcome::UnknownKey);
        QVERIFY(r.ok());
        QVERIFY(fake.lastHead().startsWith(
            "GET /v1/iin-requests/0b6f8c1e-3a52-4c1d-9e7a-2f4d5c6b7a81 HTTP/1.1"));

        fake.answer(200, bytes(goodAnswer("existing")));
        r = wait([&](auto done) { client.query(sampleRequest(), done); });
        QCOMPARE(r.answer.state, RegistryAnswer::State::Existing);
    }

    void batchAnswersAreCheckedItemByItem()
    {
        RegistryRequest second = sampleRequest();
        second.idempotencyKey =
            QUuid::fromString(QStringLiteral("11111111-2222-4333-8444-555555555555"));
        const QList<RegistryRequest> requests{sampleRequest(), second};
        QJsonObject secondAnswer = goodAnswer();
        secondAnswer["idempotency_key"] = "11111111-2222-4333-8444-555555555555";
        secondAnswer["iin"] = "900101300811"; // not the applicant's birth date

        FakeUpstream fake;
        fake.answer(200,
                    bytes(QJsonObject{{"results", QJsonArray{QJsonObject{{"index", 1},
                                                                         {"status", 200},
                                                                         {"answer", secondAnswer}},
                                                             QJsonObject{{"index", 0},
                                                                         {"status", 200},
                                                                         {"answer", goodAnswer()},
                                                                         {"replayed", true}}}}}));
        RegistryClient client(endpoint(fake.port()));
        auto batch = [&]() {
            std::optional<QList<RegistryResult>> out;
            QEventLoop loop;
            client.submitBatch(requests, [&](const QList<RegistryResult>& r) {
                out = r;
                loop.quit();
            });
            if (!out)
                loop.exec();
            return *out;
        };
        QList<RegistryResult> results = batch();
        QVERIFY(fake.lastHead().startsWith("POST /v1/iin-requests/batch HTTP/1.1"));
        QCOMPARE(QJsonDocument::fromJson(fake.lastBody())["requests"].toArray().size(), 2);
        QCOMPARE(results.size(), 2);
        QCOMPARE(results[0].answer.iin, QString("921029350851"));
        QVERIFY(results[0].replayed);
        QCOMPARE(results[1].error.code, QString("answer_mismatch"));

        const QList<QByteArray> broken{
            R"({"results": [{"index": 0, "status": 200, "answer": {}}]})", // one missing
            R"({"results": [{"index": 0, "status": 200}, {"index": 0, "status": 200}]})",
            R"({"results": [{"index": "0", "status": 200}, {"index": 1, "status": 200}]})",
            R"({"results": [{"index": 0.5, "status": 200}, {"index": 1, "status": 200}]})",
            R"({"results": {"0": {}}})",
            R"([])",
        };
        for (const QByteArray& body : broken) {
            fake.answer(200, body);
            results = batch();
            QCOMPARE(results.size(), 2);
            for (const RegistryResult& r : results) {
                QCOMPARE(r.error.code, QString("malformed_answer"));
                QVERIFY(r.ambiguous);
            }
        }
    }

    void worksFromAWorkerThread()
    {
        FakeUpstream fake;
        fake.answer(200, bytes(goodAnswer()));
        QThread worker;
        worker.start();
        auto* client = new RegistryClient(endpoint(fake.port()));
        client->moveToThread(&worker);
        std::optional<RegistryResult> result;
        QThread* calledIn = nullptr;
        QEventLoop loop;
        QMetaObject::invokeMethod(client, [&, client] {
            client->submit(sampleRequest(), [&](const RegistryResult& r) {
                calledIn = QThread::currentThread();
                QMetaObject::invokeMethod(&loop, [&, r] {
                    result = r;
                    loop.quit();
                });
            });
        });
        QTimer::singleShot(10000, &loop, &QEventLoop::quit);
        loop.exec();
        QMetaObject::invokeMethod(client, &QObject::deleteLater);
        worker.quit();
        worker.wait();
        QVERIFY(result);
        QVERIFY(result->ok());
        QCOMPARE(calledIn, &worker);
    }
};

QTEST_GUILESS_MAIN(TestRegistryClient)
#include "TestRegistryClient.moc"
