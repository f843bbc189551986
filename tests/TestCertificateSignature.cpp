#include "tests/TestSupport.h"

#include "core/documents/CertificatePayload.h"
#include "core/documents/CertificateVerifier.h"
#include "core/documents/QrCode.h"
#include "core/signing/DeskKeyCertificate.h"
#include "core/signing/RegistryAttestation.h"
#include "core/signing/SigningKey.h"
#include "core/signing/TrustStore.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace iin;

// The certificate's signed QR payload: canonical encoding, signing keys, trust store, verdicts.
class TestCertificateSignature : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip();
    void canonicalText();
    void refusesUnsignableText();
    void changedPayloadFails_data();
    void changedPayloadFails();
    void changedSignatureByteFails();
    void foreignKeyFails();
    void unknownKey();
    void trainingKeyRules();
    void keyFileIsPrivate();
    void keyFileRefusedWhenReadableByOthers();
    void trustFileAndRotation();
    void parseIsStrict_data();
    void parseIsStrict();
    void versionTwoRoundTrip();
    void versionTwoForgeriesFail_data();
    void versionTwoForgeriesFail();
    void revokedDeskKeyFails();
    void deskKeyValidityWindow();
    void trustFileRefusesUncertifiedDeskKeys();
    void versionTwoTraining();
    void keyFileNeverOverwritten();

private:
    static CertificateData person(bool training);
    static QByteArray signedBytes(const CertificateData& data, const SigningKey& key);
    static TrustStore storeWith(const SigningKey& key);
    static DeskKeyCertificate certify(const SigningKey& registry, const SigningKey& desk,
                                      const QDate& from = QDate(2026, 1, 1),
                                      const QDate& until = QDate(2027, 12, 31));
    static QByteArray signedV2(const CertificateData& data, const SigningKey& registry,
                               const SigningKey& desk);
};

DeskKeyCertificate TestCertificateSignature::certify(const SigningKey& registry,
                                                     const SigningKey& desk, const QDate& from,
                                                     const QDate& until)
{
    DeskKeyCertificate c;
    c.keyId = desk.keyId();
    c.deskId = "ALM-01";
    c.publicKey = desk.publicKey();
    c.validFrom = from;
    c.validUntil = until;
    c.certifiedBy = registry.keyId();
    c.signature = registry.sign(c.signedPart());
    return c;
}

QByteArray TestCertificateSignature::signedV2(const CertificateData& data,
                                              const SigningKey& registry, const SigningKey& desk)
{
    auto payload = CertificatePayload::fromCertificate(data);
    if (!payload)
        return {};
    auto attestation =
        RegistryAttestation::make(payload->iin, payload->nameCyrillic, payload->nameLatin,
                                  payload->birthDate, QDate(2026, 11, 20), registry);
    if (!attestation || !payload->sign(*attestation, desk))
        return {};
    return payload->encode();
}

CertificateData TestCertificateSignature::person(bool training)
{
    CertificateData d;
    d.iin = "921029350851";
    d.certificateNumber = "75-2026-000123";
    d.nameCyrillic = {"ҚАСЫМОВ", "ЖҰМАБЕК", "ӘСКЕРҰЛЫ"};
    d.nameLatin = {"QASYMOV", "ZHUMABEK", "ASKERULY"};
    d.birthDate = QDate(1992, 10, 29);
    d.issueDate = QDate(2026, 11, 24);
    d.training = training;
    return d;
}

QByteArray TestCertificateSignature::signedBytes(const CertificateData& data, const SigningKey& key)
{
    auto payload = CertificatePayload::fromCertificate(data);
    if (!payload || !payload->sign(key))
        return {};
    return payload->encode();
}

TrustStore TestCertificateSignature::storeWith(const SigningKey& key)
{
    TrustStore store;
    TrustedKey trusted{key.keyId(), key.publicKey(), key.issuer(), false, {}, {}};
    if (!store.add(trusted))
        qWarning("could not add the key");
    return store;
}

void TestCertificateSignature::roundTrip()
{
    auto key = SigningKey::generate("MP-2026-1", "Migration police registry");
    QVERIFY2(key, qPrintable(key.errorMessage()));
    const QByteArray bytes = signedBytes(person(false), *key);
    QVERIFY(bytes.startsWith("IINC1|MP-2026-1||921029350851|75-2026-000123|ҚАСЫМОВ|"));
    QVERIFY2(bytes.size() < 250, bytes.constData()); // compact enough for a small QR code

    auto parsed = CertificatePayload::parse(bytes);
    QVERIFY2(parsed, qPrintable(parsed.errorMessage()));
    QCOMPARE(parsed->iin, QString("921029350851"));
    QCOMPARE(parsed->nameCyrillic.patronymic, QString("ӘСКЕРҰЛЫ"));
    QCOMPARE(parsed->nameLatin.givenName, QString("ZHUMABEK"));
    QCOMPARE(parsed->birthDate, QDate(1992, 10, 29));
    QCOMPARE(parsed->issueDate, QDate(2026, 11, 24));
    QCOMPARE(parsed->encode(), bytes);

    const Verification v = CertificateVerifier::verify(bytes, storeWith(*key));
    QCOMPARE(v.verdict, Verification::Verdict::Genuine);
    QVERIFY(v.genuine());
    QCOMPARE(v.key->issuer, QString("Migration police registry"));
}

void TestCertificateSignature::canonicalText()
{
    CertificateData a = person(true);
    CertificateData b = a;
    b.nameCyrillic.surname = "  ҚАСЫМОВ ";
    b.nameLatin.givenName = "ZHUMABEK";
    // "Ә" written as a base letter plus a combining mark has no NFC composition (Ә is its own
    // letter), so use a Latin "É" to test normalization: decomposed and precomposed sign alike.
    a.nameLatin.surname = QString::fromUtf16(u"ANDR\u00c9");
    b.nameLatin.surname = QString::fromUtf16(u"ANDRE\u0301");
    b.certificateNumber = "75-2026-000123\t";
    const SigningKey key = SigningKey::training();
    QCOMPARE(signedBytes(b, key), signedBytes(a, key));
}

void TestCertificateSignature::refusesUnsignableText()
{
    CertificateData d = person(true);
    d.nameLatin.surname = "QASYMOV|X";
    QVERIFY(!CertificatePayload::fromCertificate(d));
    d = person(true);
    d.iin = "92102935085";
    QVERIFY(!CertificatePayload::fromCertificate(d));
    d = person(true);
    d.issueDate = {};
    QVERIFY(!CertificatePayload::fromCertificate(d));
}

void TestCertificateSignature::changedPayloadFails_data()
{
    QTest::addColumn<QByteArray>("from");
    QTest::addColumn<QByteArray>("to");
    QTest::newRow("iin") << QByteArray("|921029350851|") << QByteArray("|921029350862|");
    QTest::newRow("surname") << QByteArray("|QASYMOV|") << QByteArray("|QASIMOV|");
    QTest::newRow("kazakh letter") << QByteArray("ҚАСЫМОВ") << QByteArray("КАСЫМОВ");
    QTest::newRow("birth date") << QByteArray("|19921029|") << QByteArray("|19921030|");
    QTest::newRow("number") << QByteArray("000123") << QByteArray("000124");
}

void TestCertificateSignature::changedPayloadFails()
{
    QFETCH(QByteArray, from);
    QFETCH(QByteArray, to);
    auto key = SigningKey::generate("MP-2026-1", "registry");
    QVERIFY(key);
    QByteArray bytes = signedBytes(person(false), *key);
    QVERIFY(bytes.contains(from));
    bytes.replace(from, to);
    const Verification v = CertificateVerifier::verify(bytes, storeWith(*key));
    QCOMPARE(v.verdict, Verification::Verdict::NotGenuine);
    QVERIFY(!v.genuine());
}

void TestCertificateSignature::changedSignatureByteFails()
{
    auto key = SigningKey::generate("MP-2026-1", "registry");
    QVERIFY(key);
    auto payload = CertificatePayload::fromCertificate(person(false));
    QVERIFY(payload && payload->sign(*key));
    const TrustStore store = storeWith(*key);
    QVERIFY(CertificateVerifier::verify(payload->encode(), store).genuine());
    for (int i : {0, 31, 63}) {
        CertificatePayload changed = *payload;
        changed.signature[i] = char(changed.signature[i] ^ 0x01);
        const Verification v = CertificateVerifier::verify(changed.encode(), store);
        QCOMPARE(v.verdict, Verification::Verdict::NotGenuine);
    }
}

void TestCertificateSignature::foreignKeyFails()
{
    // A forger makes a key with the registry's key id: the trust store holds the real public
    // key under that id, so the forgery fails.
    auto real = SigningKey::generate("MP-2026-1", "registry");
    auto forger = SigningKey::generate("MP-2026-1", "forger");
    QVERIFY(real && forger);
    const Verification v =
        CertificateVerifier::verify(signedBytes(person(false), *forger), storeWith(*real));
    QCOMPARE(v.verdict, Verification::Verdict::NotGenuine);
}

void TestCertificateSignature::unknownKey()
{
    auto key = SigningKey::generate("MP-2030-9", "registry");
    QVERIFY(key);
    const Verification v =
        CertificateVerifier::verify(signedBytes(person(false), *key), TrustStore());
    QCOMPARE(v.verdict, Verification::Verdict::UnknownKey);
    QCOMPARE(v.payload->keyId, QString("MP-2030-9"));
    QVERIFY(!v.genuine());
}

void TestCertificateSignature::trainingKeyRules()
{
    const SigningKey training = SigningKey::training();
    QVERIFY(training.isTraining());
    QCOMPARE(training.publicKey(), SigningKey::training().publicKey()); // embedded: stable

    // The training key refuses to sign a real certificate, a real key a training one.
    auto real = CertificatePayload::fromCertificate(person(false));
    QVERIFY(real && !real->sign(training));
    auto key = SigningKey::generate("MP-2026-1", "registry");
    auto trainingPayload = CertificatePayload::fromCertificate(person(true));
    QVERIFY(trainingPayload && !trainingPayload->sign(*key));

    // A training certificate is recognized, but genuine only where training keys are trusted.
    QVERIFY(trainingPayload->sign(training));
    const QByteArray bytes = trainingPayload->encode();
    QCOMPARE(CertificateVerifier::verify(bytes, TrustStore()).verdict,
             Verification::Verdict::Training);
    QCOMPARE(CertificateVerifier::verify(bytes, TrustStore(), true).verdict,
             Verification::Verdict::Genuine);

    // Someone signs an unmarked payload with the (public) training secret by hand: refused,
    // even where training keys are trusted.
    real->keyId = training.keyId();
    real->signature = training.sign(real->signedPart());
    const Verification forged = CertificateVerifier::verify(real->encode(), TrustStore(), true);
    QCOMPARE(forged.verdict, Verification::Verdict::NotGenuine);

    QVERIFY(!SigningKey::generate("TRAINING-2", "x")); // the id prefix is reserved
}

void TestCertificateSignature::keyFileIsPrivate()
{
    QTemporaryDir dir;
    const QString path = dir.filePath("registry.key");
    auto key = SigningKey::generate("MP-2026-1", "registry");
    QVERIFY(key);
    QVERIFY2(key->save(path), qPrintable(key->save(path).errorMessage()));
    QCOMPARE(QFile(path).permissions() & ~(QFileDevice::ReadUser | QFileDevice::WriteUser),
             QFileDevice::ReadOwner | QFileDevice::WriteOwner);

    auto loaded = SigningKey::load(path);
    QVERIFY2(loaded, qPrintable(loaded.errorMessage()));
    QCOMPARE(loaded->publicKey(), key->publicKey());
    QCOMPARE(loaded->keyId(), QString("MP-2026-1"));
    QCOMPARE(loaded->sign("x"), key->sign("x"));

    // A damaged seed is caught by the stored public key.
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QJsonObject o = QJsonDocument::fromJson(f.readAll()).object();
    f.close();
    QByteArray seed = QByteArray::fromBase64(o["seed"].toString().toLatin1());
    seed[0] = char(seed[0] ^ 0x40);
    o["seed"] = QString::fromLatin1(seed.toBase64());
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(QJsonDocument(o).toJson());
    f.close();
    QVERIFY(!SigningKey::load(path));
}

void TestCertificateSignature::keyFileRefusedWhenReadableByOthers()
{
    QTemporaryDir dir;
    const QString path = dir.filePath("registry.key");
    auto key = SigningKey::generate("MP-2026-1", "registry");
    QVERIFY(key && key->save(path));
    QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadOther));
    auto loaded = SigningKey::load(path);
    QVERIFY(!loaded);
    QCOMPARE(loaded.error().code, QString("key.permissions"));
}

void TestCertificateSignature::trustFileAndRotation()
{
    QTemporaryDir dir;
    auto oldKey = SigningKey::generate("MP-2025-1", "registry");
    auto newKey = SigningKey::generate("MP-2026-1", "registry");
    QVERIFY(oldKey && newKey);
    QJsonObject oldEntry = oldKey->publicEntry();
    oldEntry["valid_until"] = "2026-06-30"; // retired: certificates after it are refused
    const QJsonObject file{{"keys", QJsonArray{oldEntry, newKey->publicEntry()}}};
    const QString path = dir.filePath("trust.json");
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QJsonDocument(file).toJson());
    f.close();

    TrustStore store;
    QVERIFY2(store.loadFile(path), qPrintable(store.loadFile(path).errorMessage()));
    QCOMPARE(store.keys().size(), 3); // training + both
    CertificateData before = person(false);
    before.issueDate = QDate(2026, 3, 1);
    QVERIFY(CertificateVerifier::verify(signedBytes(before, *oldKey), store).genuine());
    QVERIFY(CertificateVerifier::verify(signedBytes(person(false), *newKey), store).genuine());
    QCOMPARE(CertificateVerifier::verify(signedBytes(person(false), *oldKey), store).verdict,
             Verification::Verdict::NotGenuine);

    // One id may not name two keys.
    auto other = SigningKey::generate("MP-2026-1", "someone else");
    QVERIFY(!store.add({other->keyId(), other->publicKey(), {}, false, {}, {}}));
}

void TestCertificateSignature::parseIsStrict_data()
{
    QTest::addColumn<QByteArray>("bytes");
    const QByteArray good = signedBytes(person(true), SigningKey::training());
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("garbage") << QByteArray("\xff\x00\x13 hello", 9);
    QTest::newRow("url") << QByteArray("https://egov.kz/");
    QTest::newRow("version 2") << QByteArray(good).replace("IINC1|", "IINC2|");
    QTest::newRow("extra field") << QByteArray(good).replace("|T|", "|T|X|");
    QTest::newRow("unknown flag") << QByteArray(good).replace("|T|", "|Q|");
    QTest::newRow("double space") << QByteArray(good).replace("|QASYMOV|", "|QASYMOV  X|");
    QTest::newRow("short signature") << good.left(good.size() - 4);
    QTest::newRow("bad date") << QByteArray(good).replace("|19921029|", "|19921329|");
}

void TestCertificateSignature::parseIsStrict()
{
    QFETCH(QByteArray, bytes);
    QVERIFY(!CertificatePayload::parse(bytes));
    const Verification v = CertificateVerifier::verify(bytes, TrustStore(), true);
    QVERIFY(!v.genuine());
}

void TestCertificateSignature::versionTwoRoundTrip()
{
    auto registry = SigningKey::generate("MP-2026-1", "Migration police registry");
    auto desk = SigningKey::generateForDesk("ALM-01");
    QVERIFY(registry && desk);
    QCOMPARE(desk->keyId(), SigningKey::deskKeyIdFor(desk->publicKey()));
    QCOMPARE(desk->keyId().size(), 12);
    const QByteArray bytes = signedV2(person(false), *registry, *desk);
    QVERIFY(bytes.startsWith("IINC2||921029350851|75-2026-000123|ҚАСЫМОВ|"));
    // Two signatures, still a QR code that fits the certificate's corner (version ≤ 14 at M).
    QVERIFY2(bytes.size() < 360, bytes.constData());
    QVERIFY(QrCode::encode(bytes));

    auto parsed = CertificatePayload::parse(bytes);
    QVERIFY2(parsed, qPrintable(parsed.errorMessage()));
    QCOMPARE(parsed->version, 2);
    QCOMPARE(parsed->keyId, QString("MP-2026-1"));
    QCOMPARE(parsed->deskKeyId, desk->keyId());
    QCOMPARE(parsed->attestedOn, QDate(2026, 11, 20));
    QCOMPARE(parsed->encode(), bytes);

    TrustStore store = storeWith(*registry);
    // The registry's signature alone is not enough: the desk key must be certified.
    QCOMPARE(CertificateVerifier::verify(bytes, store).verdict, Verification::Verdict::UnknownKey);
    QVERIFY(store.addDeskKey(certify(*registry, *desk)));
    const Verification v = CertificateVerifier::verify(bytes, store);
    QVERIFY2(v.genuine(), qPrintable(v.reason));
    QCOMPARE(v.deskKey->certificate.deskId, QString("ALM-01"));
}

void TestCertificateSignature::versionTwoForgeriesFail_data()
{
    QTest::addColumn<QString>("forgery");
    QTest::newRow("name changed") << "name";
    QTest::newRow("number changed") << "number";
    QTest::newRow("issue date changed") << "issue";
    QTest::newRow("attestation by the desk key") << "desk-attests";
    QTest::newRow("attestation by a forger under the registry's id") << "forger-attests";
    QTest::newRow("signed by an uncertified desk key") << "other-desk";
    QTest::newRow("certificate as version 1 by the desk key") << "v1-desk";
    QTest::newRow("registry signature of another person") << "swap";
}

void TestCertificateSignature::versionTwoForgeriesFail()
{
    QFETCH(QString, forgery);
    auto registry = SigningKey::generate("MP-2026-1", "registry");
    auto desk = SigningKey::generateForDesk("ALM-01");
    auto other = SigningKey::generateForDesk("ALM-02");
    auto forger = SigningKey::generate("MP-2026-1", "forger");
    QVERIFY(registry && desk && other && forger);
    TrustStore store = storeWith(*registry);
    QVERIFY(store.addDeskKey(certify(*registry, *desk)));
    const QByteArray genuine = signedV2(person(false), *registry, *desk);
    QVERIFY(CertificateVerifier::verify(genuine, store).genuine());

    QByteArray bytes;
    auto payload = CertificatePayload::fromCertificate(person(false));
    QVERIFY(payload);
    if (forgery == "name") {
        bytes = QByteArray(genuine).replace("|QASYMOV|", "|QASIMOV|");
    } else if (forgery == "number") {
        bytes = QByteArray(genuine).replace("000123", "000124");
    } else if (forgery == "issue") {
        bytes = QByteArray(genuine).replace("|20261124|", "|20261125|");
    } else if (forgery == "desk-attests" || forgery == "forger-attests") {
        // Everything a desk holds is its own key: it signs the registry's part itself.
        const SigningKey& signer = forgery == "desk-attests" ? *desk : *forger;
        auto a = RegistryAttestation::make(payload->iin, payload->nameCyrillic, payload->nameLatin,
                                           payload->birthDate, QDate(2026, 11, 20), signer);
        QVERIFY(a);
        a->keyId = "MP-2026-1";
        a->signature = signer.sign(a->signedPart());
        QVERIFY(payload->sign(*a, *desk));
        bytes = payload->encode();
    } else if (forgery == "other-desk") {
        bytes = signedV2(person(false), *registry, *other);
    } else if (forgery == "v1-desk") {
        auto v1 = SigningKey::generate("MP-2026-1", "desk");
        QVERIFY(v1);
        bytes = signedBytes(person(false), *v1);
    } else if (forgery == "swap") {
        // A genuine attestation of someone else, under this person's names.
        CertificateData someone = person(false);
        someone.nameLatin.surname = "BEKOV";
        someone.nameCyrillic.surname = "БЕКОВ";
        const auto real = CertificatePayload::parse(signedV2(someone, *registry, *desk));
        QVERIFY(real);
        payload->version = 2;
        payload->keyId = real->keyId;
        payload->attestedOn = real->attestedOn;
        payload->signature = real->signature;
        payload->deskKeyId = desk->keyId();
        payload->deskSignature = desk->sign(payload->signedPart());
        bytes = payload->encode();
    }
    QVERIFY(!bytes.isEmpty());
    const Verification v = CertificateVerifier::verify(bytes, store);
    QVERIFY2(!v.genuine(), qPrintable(v.reason));
    QVERIFY(v.verdict == Verification::Verdict::NotGenuine ||
            v.verdict == Verification::Verdict::UnknownKey);
}

void TestCertificateSignature::revokedDeskKeyFails()
{
    QTemporaryDir dir;
    auto registry = SigningKey::generate("MP-2026-1", "registry");
    auto desk = SigningKey::generateForDesk("ALM-01");
    QVERIFY(registry && desk);
    const QByteArray bytes = signedV2(person(false), *registry, *desk);
    const auto write = [&](const QJsonArray& revoked) {
        const QString path = dir.filePath(QString("trust-%1.json").arg(revoked.size()));
        QFile f(path);
        f.open(QIODevice::WriteOnly);
        f.write(
            QJsonDocument(QJsonObject{{"keys", QJsonArray{registry->publicEntry()}},
                                      {"desk_keys", QJsonArray{certify(*registry, *desk).toJson()}},
                                      {"revoked_desk_keys", revoked}})
                .toJson());
        return path;
    };
    TrustStore before;
    QVERIFY(before.loadFile(write({})));
    QVERIFY(CertificateVerifier::verify(bytes, before).genuine());
    TrustStore after;
    QVERIFY(after.loadFile(write({QJsonObject{
        {"key_id", desk->keyId()}, {"desk_id", "ALM-01"}, {"revoked_on", "2026-12-01"}}})));
    const Verification v = CertificateVerifier::verify(bytes, after);
    QCOMPARE(v.verdict, Verification::Verdict::NotGenuine);
    QVERIFY(v.reason.contains("revoked"));
}

void TestCertificateSignature::deskKeyValidityWindow()
{
    auto registry = SigningKey::generate("MP-2026-1", "registry");
    auto desk = SigningKey::generateForDesk("ALM-01");
    QVERIFY(registry && desk);
    TrustStore store = storeWith(*registry);
    QVERIFY(store.addDeskKey(certify(*registry, *desk, QDate(2026, 1, 1), QDate(2026, 6, 30))));
    QCOMPARE(CertificateVerifier::verify(signedV2(person(false), *registry, *desk), store).verdict,
             Verification::Verdict::NotGenuine);
    CertificateData early = person(false);
    early.issueDate = QDate(2026, 6, 30);
    // Attested 2026-11-20, issued before: refused when signing already.
    auto payload = CertificatePayload::fromCertificate(early);
    auto a = RegistryAttestation::make(payload->iin, payload->nameCyrillic, payload->nameLatin,
                                       payload->birthDate, QDate(2026, 11, 20), *registry);
    QVERIFY(a && !payload->sign(*a, *desk));
}

void TestCertificateSignature::trustFileRefusesUncertifiedDeskKeys()
{
    auto registry = SigningKey::generate("MP-2026-1", "registry");
    auto desk = SigningKey::generateForDesk("ALM-01");
    QVERIFY(registry && desk);
    TrustStore store = storeWith(*registry);
    // A desk "certifies" its own key: no registry key of the store signed it.
    DeskKeyCertificate self = certify(*desk, *desk);
    self.certifiedBy = "MP-2026-1";
    self.signature = desk->sign(self.signedPart());
    QVERIFY(!store.addDeskKey(self));
    // A certification whose window was stretched after signing.
    DeskKeyCertificate stretched = certify(*registry, *desk);
    stretched.validUntil = QDate(2099, 1, 1);
    QVERIFY(!store.addDeskKey(stretched));
    // Certified by the training key: never a real desk key.
    QVERIFY(!store.addDeskKey(certify(SigningKey::training(), *desk)));
}

void TestCertificateSignature::versionTwoTraining()
{
    const QByteArray bytes =
        signedV2(person(true), SigningKey::training(), SigningKey::trainingDesk());
    QVERIFY(!bytes.isEmpty());
    QCOMPARE(CertificateVerifier::verify(bytes, TrustStore()).verdict,
             Verification::Verdict::Training);
    QVERIFY(CertificateVerifier::verify(bytes, TrustStore(), true).genuine());
    // The public training secrets cannot make a real one.
    QVERIFY(signedV2(person(false), SigningKey::training(), SigningKey::trainingDesk()).isEmpty());
}

void TestCertificateSignature::keyFileNeverOverwritten()
{
    QTemporaryDir dir;
    const QString path = dir.filePath("desk.key");
    auto first = SigningKey::generateForDesk("ALM-01");
    auto second = SigningKey::generateForDesk("ALM-01");
    QVERIFY(first && second);
    QVERIFY(first->save(path));
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray before = f.readAll();
    f.close();
    const Status again = second->save(path);
    QVERIFY(!again);
    QCOMPARE(again.error().code, QString("file.exists"));
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), before);
    f.close();
    QCOMPARE(SigningKey::load(path)->publicKey(), first->publicKey());

    // A link planted where the key goes is neither followed nor replaced.
    const QString victim = dir.filePath("victim");
    QFile v(victim);
    QVERIFY(v.open(QIODevice::WriteOnly));
    v.write("precious");
    v.close();
    const QString link = dir.filePath("link.key");
    QVERIFY(QFile::link(victim, link));
    QVERIFY(!second->save(link));
    QVERIFY(v.open(QIODevice::ReadOnly));
    QCOMPARE(v.readAll(), QByteArray("precious"));
    // A dangling link too: O_EXCL refuses it rather than creating its target.
    const QString dangling = dir.filePath("dangling.key");
    QVERIFY(QFile::link(dir.filePath("nowhere"), dangling));
    QVERIFY(!second->save(dangling));
    QVERIFY(!QFile::exists(dir.filePath("nowhere")));
}

QTEST_MAIN(TestCertificateSignature)
#include "TestCertificateSignature.moc"
