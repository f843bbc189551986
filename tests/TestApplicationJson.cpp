#include "core/application/ApplicationJson.h"
#include "tests/ApplicationSamples.h"
#include "tests/TestSupport.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTest>
#include <QTimeZone>

#include <functional>

using namespace iin;
using namespace iin::test;

class TestApplicationJson : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip_data();
    void roundTrip();
    void examplesRoundTrip();
    void byteOrderMarkIgnored();
    void rejects_data();
    void rejects();
    void reportsEveryProblem();
    void tooLarge();
    void deepNesting();
    void everyTruncationRejected();
    void randomBytesNeverCrash();
    void writesDocumentedSpellings();
};

static QByteArray mutate(const std::function<void(QJsonObject&)>& change)
{
    QJsonObject o = ApplicationJson::toJson(sampleApplication());
    change(o);
    return QJsonDocument(o).toJson();
}

// Sets a value at a dotted path ("identity_document.number") or removes it (undefined).
static void setPath(QJsonObject& o, const QString& path, const QJsonValue& v)
{
    const qsizetype dot = path.indexOf(u'.');
    if (dot < 0) {
        if (v.isUndefined())
            o.remove(path);
        else
            o.insert(path, v);
        return;
    }
    QJsonObject inner = o.value(path.left(dot)).toObject();
    setPath(inner, path.mid(dot + 1), v);
    o.insert(path.left(dot), inner);
}

void TestApplicationJson::roundTrip_data()
{
    QTest::addColumn<Application>("application");
    QTest::newRow("counter") << sampleApplication();
    Application a = sampleApplication();
    a.representative = sampleRepresentative();
    a.attachments.append(sampleAttachment(AttachmentKind::PowerOfAttorney));
    QTest::newRow("representative") << a;
    a = sampleApplication();
    a.channel = Channel::Portal;
    a.signature = {true, "AKHMEDOV BAKHTIYOR",
                   QDateTime(QDate(2025, 10, 15), QTime(9, 30, 1, 250), QTimeZone(5 * 3600))};
    a.identityDocument->hasCyrillicOrLatinData = false;
    a.identityDocument->fromDigitalDocumentsService = true;
    a.identityDocument->expiryDate = QDate();
    a.attachments = {sampleAttachment(AttachmentKind::IdentityDocumentCopy, false, true),
                     sampleAttachment(AttachmentKind::CertifiedTranslation, true, true)};
    a.attachments[0].sha256 = QString(64, u'a');
    a.attachments[0].note = QString::fromUtf8("Скан паспорта");
    QTest::newRow("portal") << a;
    a.signature.signedAt = QDateTime(QDate(2025, 10, 15), QTime(4, 0), Qt::LocalTime);
    QTest::newRow("local signing time") << a;
    QTest::newRow("annex2") << sampleAnnex2Application();
    a = sampleApplication();
    a.nameLatin.patronymic = "RUSTAMOVICH";
    a.contacts = {};
    a.addressOfStay.clear();
    a.purposeOfStay.clear();
    QTest::newRow("optional fields absent") << a;
}

void TestApplicationJson::roundTrip()
{
    QFETCH(Application, application);
    const ApplicationParse parsed = ApplicationJson::parse(ApplicationJson::toBytes(application));
    QVERIFY2(parsed.problems.isEmpty(), qPrintable(parsed.problems.value(0).message));
    QVERIFY(parsed.application.has_value());
    QVERIFY(*parsed.application == application);
}

void TestApplicationJson::byteOrderMarkIgnored()
{
    const QByteArray bytes = "\xEF\xBB\xBF" + ApplicationJson::toBytes(sampleApplication());
    const ApplicationParse parsed = ApplicationJson::parse(bytes);
    QVERIFY(parsed.problems.isEmpty());
    QVERIFY(*parsed.application == sampleApplication());
    QCOMPARE(ApplicationJson::parse("\xEF\xBB\xBF").problems.value(0).code,
             QStringLiteral("json.empty"));
}

void TestApplicationJson::examplesRoundTrip()
{
    const QDir dir(sourcePath("examples"));
    int count = 0;
    for (const QString& name : dir.entryList({"*.json"}, QDir::Files)) {
        if (name == "expected.json")
            continue;
        QFile f(dir.filePath(name));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const ApplicationParse first = ApplicationJson::parse(f.readAll());
        QVERIFY2(first.problems.isEmpty(), qPrintable(name));
        const ApplicationParse second =
            ApplicationJson::parse(ApplicationJson::toBytes(*first.application));
        QVERIFY2(second.problems.isEmpty(), qPrintable(name));
        QVERIFY2(*second.application == *first.application, qPrintable(name));
        ++count;
    }
    QVERIFY(count >= 10);
}

void TestApplicationJson::rejects_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("field");

    QTest::newRow("empty") << QByteArray() << "json.empty"
                           << "";
    QTest::newRow("blank") << QByteArray(" \n\t ") << "json.empty"
                           << "";
    QTest::newRow("binary") << QByteArray("\x00\x01\xff{", 4) << "json.not_text"
                            << "";
    QTest::newRow("bad utf8 in string")
        << QByteArray("{\"channel\":\"\xc3\x28\"}") << "json.not_text"
        << "";
    QTest::newRow("syntax") << QByteArray("{\"channel\": portal}") << "json.syntax"
                            << "";
    QTest::newRow("array") << QByteArray("[]") << "json.not_object"
                           << "";
    QTest::newRow("number") << QByteArray("42") << "json.syntax"
                            << "";
    QTest::newRow("string") << QByteArray("\"application\"") << "json.syntax"
                            << "";
    QTest::newRow("unknown top") << mutate([](QJsonObject& o) { o.insert("colour", "blue"); })
                                 << "json.unknown_field"
                                 << "colour";
    QTest::newRow("unknown nested")
        << mutate([](QJsonObject& o) { setPath(o, "identity_document.colour", "blue"); })
        << "json.unknown_field"
        << "identity_document.colour";
    QTest::newRow("missing channel")
        << mutate([](QJsonObject& o) { o.remove("channel"); }) << "json.missing_field"
        << "channel";
    QTest::newRow("missing format_version")
        << mutate([](QJsonObject& o) { o.remove("format_version"); }) << "json.missing_field"
        << "format_version";
    QTest::newRow("future format_version")
        << mutate([](QJsonObject& o) { o.insert("format_version", 2); }) << "json.format_version"
        << "format_version";
    QTest::newRow("format_version as string")
        << mutate([](QJsonObject& o) { o.insert("format_version", "1"); }) << "json.format_version"
        << "format_version";
    QTest::newRow("null required")
        << mutate([](QJsonObject& o) { o.insert("birth_date", QJsonValue::Null); })
        << "json.missing_field"
        << "birth_date";
    QTest::newRow("missing nested") << mutate([](QJsonObject& o) {
        setPath(o, "identity_document.number", QJsonValue::Undefined);
    }) << "json.missing_field"
                                    << "identity_document.number";
    QTest::newRow("missing surname")
        << mutate([](QJsonObject& o) { setPath(o, "name_latin.surname", QJsonValue::Undefined); })
        << "json.missing_field"
        << "name_latin.surname";
    QTest::newRow("bool as string")
        << mutate([](QJsonObject& o) { o.insert("consent_to_personal_data", "yes"); })
        << "json.wrong_type"
        << "consent_to_personal_data";
    QTest::newRow("string as number")
        << mutate([](QJsonObject& o) { o.insert("citizenship", 398); }) << "json.wrong_type"
        << "citizenship";
    QTest::newRow("object as string")
        << mutate([](QJsonObject& o) { o.insert("name_cyrillic", "Ахмедов"); }) << "json.wrong_type"
        << "name_cyrillic";
    QTest::newRow("attachments not array")
        << mutate([](QJsonObject& o) { o.insert("attachments", QJsonObject()); })
        << "json.wrong_type"
        << "attachments";
    QTest::newRow("attachment not object")
        << mutate([](QJsonObject& o) { o.insert("attachments", QJsonArray{1}); })
        << "json.wrong_type"
        << "attachments[0]";
    QTest::newRow("bad channel") << mutate([](QJsonObject& o) { o.insert("channel", "fax"); })
                                 << "json.bad_enum"
                                 << "channel";
    QTest::newRow("enum wrong case")
        << mutate([](QJsonObject& o) { o.insert("channel", "Portal"); }) << "json.bad_enum"
        << "channel";
    QTest::newRow("bad sex") << mutate([](QJsonObject& o) { o.insert("sex", "m"); })
                             << "json.bad_enum"
                             << "sex";
    QTest::newRow("bad basis") << mutate([](QJsonObject& o) { o.insert("basis", "annex3"); })
                               << "json.bad_enum"
                               << "basis";
    QTest::newRow("bad document type")
        << mutate([](QJsonObject& o) { setPath(o, "identity_document.type", "visa"); })
        << "json.bad_enum"
        << "identity_document.type";
    QTest::newRow("bad attachment kind") << mutate([](QJsonObject& o) {
        QJsonArray list = o.value("attachments").toArray();
        QJsonObject a = list.at(1).toObject();
        a.insert("kind", "selfie");
        list.replace(1, a);
        o.insert("attachments", list);
    }) << "json.bad_enum"
                                         << "attachments[1].kind";
    QTest::newRow("30 February") << mutate([](QJsonObject& o) {
        o.insert("birth_date", "1990-02-30");
    }) << "json.bad_date"
                                 << "birth_date";
    QTest::newRow("date with time")
        << mutate([](QJsonObject& o) { o.insert("submitted_on", "2025-10-15T10:00:00"); })
        << "json.bad_date"
        << "submitted_on";
    QTest::newRow("dotted date") << mutate([](QJsonObject& o) {
        o.insert("submitted_on", "15.10.2025");
    }) << "json.bad_date"
                                 << "submitted_on";
    QTest::newRow("bad expiry") << mutate([](QJsonObject& o) {
        setPath(o, "identity_document.expiry_date", "2029-13-01");
    }) << "json.bad_date"
                                << "identity_document.expiry_date";
    QTest::newRow("signing time without offset") << mutate([](QJsonObject& o) {
        o.insert("signature", QJsonObject{{"present", true}, {"signed_at", "2025-10-15T09:30:00"}});
    }) << "json.bad_date"
                                                 << "signature.signed_at";
    QTest::newRow("signature without present") << mutate([](QJsonObject& o) {
        o.insert("signature", QJsonObject{{"signer", "X"}});
    }) << "json.missing_field"
                                               << "signature.present";
    QTest::newRow("representative incomplete") << mutate([](QJsonObject& o) {
        o.insert("representative", QJsonObject{{"name", QJsonObject{{"surname", "A"}}}});
    }) << "json.missing_field"
                                               << "representative.name.given_name";
    QTest::newRow("power of attorney without date") << mutate([](QJsonObject& o) {
        QJsonObject r = ApplicationJson::toJson([] {
                            Application a = sampleApplication();
                            a.representative = sampleRepresentative();
                            return a;
                        }())
                            .value("representative")
                            .toObject();
        setPath(r, "power_of_attorney.date", QJsonValue::Undefined);
        o.insert("representative", r);
    }) << "json.missing_field"
                                                    << "representative.power_of_attorney.date";
    QTest::newRow("annex2 not object")
        << mutate([](QJsonObject& o) { o.insert("annex2", true); }) << "json.wrong_type"
        << "annex2";
}

void TestApplicationJson::rejects()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, code);
    QFETCH(QString, field);
    const ApplicationParse parsed = ApplicationJson::parse(bytes);
    QVERIFY(!parsed.application.has_value());
    QVERIFY(!parsed.problems.isEmpty());
    bool found = false;
    QStringList seen;
    for (const Problem& p : parsed.problems) {
        seen << p.code + "@" + p.field;
        found = found || (p.code == code && p.field == field);
        QVERIFY(!p.message.isEmpty());
        if (!p.field.isEmpty())
            QVERIFY2(p.message.contains(p.field), qPrintable(p.message));
    }
    QVERIFY2(found, qPrintable(seen.join(", ")));
}

void TestApplicationJson::reportsEveryProblem()
{
    const QByteArray bytes = mutate([](QJsonObject& o) {
        o.insert("channel", "fax");
        o.insert("sex", 1);
        o.remove("citizenship");
        o.insert("extra", 1);
    });
    const ApplicationParse parsed = ApplicationJson::parse(bytes);
    QStringList fields;
    for (const Problem& p : parsed.problems)
        fields << p.field;
    fields.sort();
    QCOMPARE(fields, QStringList({"channel", "citizenship", "extra", "sex"}));
}

void TestApplicationJson::tooLarge()
{
    QByteArray bytes = ApplicationJson::toBytes(sampleApplication());
    bytes.append(QByteArray(ApplicationJson::MaxBytes - bytes.size(), ' '));
    QVERIFY(ApplicationJson::parse(bytes).problems.isEmpty()); // exactly at the limit
    bytes.append(' ');
    const ApplicationParse parsed = ApplicationJson::parse(bytes);
    QCOMPARE(parsed.problems.size(), 1);
    QCOMPARE(parsed.problems.first().code, QStringLiteral("json.too_large"));
}

void TestApplicationJson::deepNesting()
{
    for (const int depth : {ApplicationJson::MaxDepth + 1, 1000, 100000}) {
        const QByteArray bytes = QByteArray(depth, '[') + QByteArray(depth, ']');
        const ApplicationParse parsed = ApplicationJson::parse(bytes);
        QCOMPARE(parsed.problems.value(0).code, QStringLiteral("json.too_deep"));
    }
    // Brackets inside strings do not count.
    const QByteArray inString = mutate(
        [](QJsonObject& o) { o.insert("purpose_of_stay", QString(QString(50, u'[') + "\\\"{")); });
    QVERIFY(ApplicationJson::parse(inString).problems.isEmpty());
    // Unclosed brackets are still refused, by depth or by syntax.
    QVERIFY(!ApplicationJson::parse(QByteArray(5, '{')).problems.isEmpty());
}

void TestApplicationJson::everyTruncationRejected()
{
    Application a = sampleApplication();
    a.representative = sampleRepresentative();
    const QByteArray full = ApplicationJson::toBytes(a);
    for (qsizetype n = 0; n < full.size(); ++n) {
        const ApplicationParse parsed = ApplicationJson::parse(full.left(n));
        QVERIFY2(!parsed.problems.isEmpty() && !parsed.application, qPrintable(QString::number(n)));
    }
}

void TestApplicationJson::randomBytesNeverCrash()
{
    QRandomGenerator random(20220126);
    const QByteArray valid = ApplicationJson::toBytes(sampleApplication());
    for (int i = 0; i < 3000; ++i) {
        QByteArray bytes = valid;
        // Flip a few bytes of a valid document: most results are rejections, all are clean.
        for (int k = 0; k < 1 + int(random.bounded(4)); ++k)
            bytes[random.bounded(int(bytes.size()))] = char(random.bounded(256));
        const ApplicationParse parsed = ApplicationJson::parse(bytes);
        QVERIFY(parsed.application.has_value() == parsed.problems.isEmpty());
    }
}

void TestApplicationJson::writesDocumentedSpellings()
{
    Application a = sampleApplication();
    a.channel = Channel::ServiceProvider;
    a.sex = Sex::Female;
    const QJsonObject o = ApplicationJson::toJson(a);
    QCOMPARE(o.value("format_version").toInt(), ApplicationJson::FormatVersion);
    QCOMPARE(o.value("channel").toString(), QStringLiteral("service_provider"));
    QCOMPARE(o.value("sex").toString(), QStringLiteral("female"));
    QCOMPARE(o.value("submitted_on").toString(), QStringLiteral("2025-10-15"));
    QCOMPARE(o.value("identity_document").toObject().value("type").toString(),
             QStringLiteral("passport"));
    QCOMPARE(o.value("attachments").toArray().at(0).toObject().value("kind").toString(),
             QStringLiteral("application_form"));
}

QTEST_GUILESS_MAIN(TestApplicationJson)
#include "TestApplicationJson.moc"
