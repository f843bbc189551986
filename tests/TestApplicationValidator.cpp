#include "core/application/ApplicationValidator.h"
#include "tests/ApplicationSamples.h"

#include <QRegularExpression>
#include <QTest>

#include <functional>

using namespace iin;
using namespace iin::test;

using Change = std::function<void(Application&)>;
Q_DECLARE_METATYPE(Change)

class TestApplicationValidator : public QObject
{
    Q_OBJECT

private slots:
    void samplesAreValid();
    void findings_data();
    void findings();
    void accepted_data();
    void accepted();
    void names_data();
    void names();
    void contactFormats_data();
    void contactFormats();
    void messagesForWindows();
};

// A fixed "today" so that the tests mean the same thing every year.
static const QDate Today(2025, 11, 1);

static QStringList codesOf(const Findings& findings)
{
    QStringList codes;
    for (const Finding& f : findings)
        codes << f.code;
    return codes;
}

void TestApplicationValidator::samplesAreValid()
{
    QCOMPARE(codesOf(ApplicationValidator::validate(sampleApplication(), Today)), QStringList());
    QCOMPARE(codesOf(ApplicationValidator::validate(sampleAnnex2Application(), Today)),
             QStringList());
    Application a = sampleApplication();
    a.representative = sampleRepresentative();
    QCOMPARE(codesOf(ApplicationValidator::validate(a, Today)), QStringList());
}

void TestApplicationValidator::findings_data()
{
    QTest::addColumn<Change>("change");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("field");
    QTest::addColumn<int>("severity");
    const int invalid = int(Severity::InvalidField);
    const int warning = int(Severity::Warning);
    const auto row = [&](const char* name, Change c, const char* code, const char* field,
                         int severity) {
        QTest::newRow(name) << c << QString::fromUtf8(code) << QString::fromUtf8(field) << severity;
    };

    row(
        "surname missing", [](Application& a) { a.nameCyrillic.surname.clear(); },
        "field.name_cyrillic.surname.missing", "name_cyrillic.surname", invalid);
    row(
        "given name blank", [](Application& a) { a.nameLatin.givenName = "   "; },
        "field.name_latin.given_name.missing", "name_latin.given_name", invalid);
    row(
        "Latin in Cyrillic field", [](Application& a) { a.nameCyrillic.surname = "Akhmedov"; },
        "field.name_cyrillic.surname.script", "name_cyrillic.surname", invalid);
    row(
        "Cyrillic in Latin field",
        [](Application& a) { a.nameLatin.surname = QString::fromUtf8("АХМЕДОВ"); },
        "field.name_latin.surname.script", "name_latin.surname", invalid);
    row(
        "mixed alphabets in one word",
        [](Application& a) { a.nameCyrillic.givenName = QString::fromUtf8("Бахтиёp"); },
        "field.name_cyrillic.given_name.script", "name_cyrillic.given_name", invalid);
    row(
        "diacritics in Latin field", [](Application& a) { a.nameLatin.surname = "ÖZTÜRK"; },
        "field.name_latin.surname.characters", "name_latin.surname", invalid);
    row(
        "digit in name", [](Application& a) { a.nameLatin.givenName = "BAKHTIYOR2"; },
        "field.name_latin.given_name.characters", "name_latin.given_name", invalid);
    row(
        "Chinese characters",
        [](Application& a) { a.nameCyrillic.surname = QString::fromUtf8("王"); },
        "field.name_cyrillic.surname.characters", "name_cyrillic.surname", invalid);
    row(
        "leading hyphen", [](Application& a) { a.nameLatin.surname = "-AKHMEDOV"; },
        "field.name_latin.surname.characters", "name_latin.surname", invalid);
    row(
        "double space", [](Application& a) { a.nameLatin.surname = "AL  RASHID"; },
        "field.name_latin.surname.characters", "name_latin.surname", invalid);
    row(
        "bad patronymic", [](Application& a) { a.nameCyrillic.patronymic = "Rustamovich"; },
        "field.name_cyrillic.patronymic.script", "name_cyrillic.patronymic", invalid);
    row(
        "name too long", [](Application& a) { a.nameLatin.surname = QString(101, u'A'); },
        "field.name_latin.surname.too_long", "name_latin.surname", invalid);

    row(
        "no submission date", [](Application& a) { a.submittedOn = QDate(); },
        "field.submitted_on.missing", "submitted_on", invalid);
    row(
        "submission after today", [](Application& a) { a.submittedOn = Today.addDays(1); },
        "field.submitted_on.future", "submitted_on", warning);
    row(
        "no birth date", [](Application& a) { a.birthDate = QDate(); }, "field.birth_date.missing",
        "birth_date", invalid);
    row(
        "born tomorrow", [](Application& a) { a.birthDate = Today.addDays(1); },
        "field.birth_date.future", "birth_date", invalid);
    row(
        "born 1899", [](Application& a) { a.birthDate = QDate(1899, 12, 31); },
        "field.birth_date.implausible", "birth_date", invalid);
    row(
        "born on submission day", [](Application& a) { a.birthDate = a.submittedOn; },
        "field.birth_date.after_submission", "birth_date", invalid);
    row(
        "no birth place", [](Application& a) { a.birthPlace.clear(); }, "field.birth_place.missing",
        "birth_place", invalid);
    row(
        "birth place in Arabic", [](Application& a) { a.birthPlace = QString::fromUtf8("كابل"); },
        "field.birth_place.script", "birth_place", invalid);
    row(
        "sex unknown", [](Application& a) { a.sex = Sex::Unknown; }, "field.sex.unknown", "sex",
        invalid);
    row(
        "no citizenship", [](Application& a) { a.citizenship.clear(); },
        "field.citizenship.missing", "citizenship", invalid);
    row(
        "citizenship lower case", [](Application& a) { a.citizenship = "uzb"; },
        "field.citizenship.format", "citizenship", invalid);
    row(
        "citizenship alpha-2", [](Application& a) { a.citizenship = "UZ"; },
        "field.citizenship.format", "citizenship", invalid);
    row(
        "citizenship numeric", [](Application& a) { a.citizenship = "860"; },
        "field.citizenship.format", "citizenship", invalid);
    row(
        "citizenship not a country", [](Application& a) { a.citizenship = "ABC"; },
        "field.citizenship.unknown", "citizenship", invalid);
    row(
        "issuing state not a country",
        [](Application& a) { a.identityDocument->issuingState = "QQQ"; },
        "field.identity_document.issuing_state.unknown", "identity_document.issuing_state",
        invalid);
    row(
        "no consent", [](Application& a) { a.consentToPersonalData = false; },
        "field.consent_to_personal_data.not_given", "consent_to_personal_data", invalid);
    row(
        "no address", [](Application& a) { a.addressOfStay.clear(); },
        "field.address_of_stay.missing", "address_of_stay", warning);
    row(
        "bad e-mail", [](Application& a) { a.contacts.email = "akhmedov@"; },
        "field.contacts.email.format", "contacts.email", invalid);
    row(
        "bad phone", [](Application& a) { a.contacts.phone = "12-34"; },
        "field.contacts.phone.format", "contacts.phone", invalid);

    row(
        "Annex 1 without document", [](Application& a) { a.identityDocument.reset(); },
        "field.identity_document.missing", "identity_document", invalid);
    row(
        "Annex 1 with Annex 2 block",
        [](Application& a) { a.annex2 = sampleAnnex2Application().annex2; },
        "field.annex2.unexpected", "annex2", invalid);
    row(
        "document number missing", [](Application& a) { a.identityDocument->number.clear(); },
        "field.identity_document.number.missing", "identity_document.number", invalid);
    row(
        "issuing state bad", [](Application& a) { a.identityDocument->issuingState = "Uzb"; },
        "field.identity_document.issuing_state.format", "identity_document.issuing_state", invalid);
    row(
        "issuing state XXA", [](Application& a) { a.identityDocument->issuingState = "XXA"; },
        "field.identity_document.issuing_state.format", "identity_document.issuing_state", invalid);
    row(
        "issued after submission",
        [](Application& a) { a.identityDocument->issueDate = a.submittedOn.addDays(1); },
        "field.identity_document.issue_date.after_submission", "identity_document.issue_date",
        invalid);
    row(
        "no issue date", [](Application& a) { a.identityDocument->issueDate = QDate(); },
        "field.identity_document.issue_date.missing", "identity_document.issue_date", invalid);
    row(
        "expired the day before",
        [](Application& a) { a.identityDocument->expiryDate = a.submittedOn.addDays(-1); },
        "field.identity_document.expiry_date.expired", "identity_document.expiry_date", invalid);
    row(
        "expiry before issue",
        [](Application& a) { a.identityDocument->expiryDate = QDate(2019, 1, 1); },
        "field.identity_document.expiry_date.before_issue", "identity_document.expiry_date",
        invalid);

    row(
        "representative name in two alphabets",
        [](Application& a) {
            a.representative = sampleRepresentative();
            a.representative->name.surname = QString::fromUtf8("Сейтqали");
        },
        "field.representative.name.surname.script", "representative.name.surname", invalid);
    row(
        "representative IIN wrong",
        [](Application& a) {
            a.representative = sampleRepresentative();
            a.representative->iin = "921029350852";
        },
        "field.representative.iin.format", "representative.iin", invalid);
    row(
        "representative document expired",
        [](Application& a) {
            a.representative = sampleRepresentative();
            a.representative->document.expiryDate = QDate(2025, 1, 1);
        },
        "field.representative.document.expiry_date.expired", "representative.document.expiry_date",
        invalid);
    row(
        "power of attorney without date",
        [](Application& a) {
            a.representative = sampleRepresentative();
            a.representative->powerOfAttorney.date = QDate();
        },
        "field.representative.power_of_attorney.date.missing",
        "representative.power_of_attorney.date", invalid);
    row(
        "power of attorney dated after submission",
        [](Application& a) {
            a.representative = sampleRepresentative();
            a.representative->powerOfAttorney.date = a.submittedOn.addDays(3);
        },
        "field.representative.power_of_attorney.date.after_submission",
        "representative.power_of_attorney.date", invalid);
    row(
        "power of attorney from 1850",
        [](Application& a) {
            a.representative = sampleRepresentative();
            a.representative->powerOfAttorney.date = QDate(1850, 1, 1);
        },
        "field.representative.power_of_attorney.date.implausible",
        "representative.power_of_attorney.date", invalid);
    row(
        "power of attorney expired",
        [](Application& a) {
            a.representative = sampleRepresentative();
            a.representative->powerOfAttorney.validUntil = a.submittedOn.addDays(-1);
        },
        "field.representative.power_of_attorney.valid_until.expired",
        "representative.power_of_attorney.valid_until", invalid);

    row(
        "Annex 2 without block",
        [](Application& a) {
            a = sampleAnnex2Application();
            a.annex2.reset();
        },
        "field.annex2.missing", "annex2", invalid);
    row(
        "Annex 2 with document",
        [](Application& a) {
            a = sampleAnnex2Application();
            a.identityDocument = samplePassport();
        },
        "field.identity_document.unexpected", "identity_document", invalid);
    row(
        "Annex 2 not certified",
        [](Application& a) {
            a = sampleAnnex2Application();
            a.annex2->certifiedByHead = false;
        },
        "field.annex2.certified_by_head.not_certified", "annex2.certified_by_head", invalid);
    row(
        "Annex 2 without court",
        [](Application& a) {
            a = sampleAnnex2Application();
            a.annex2->court.clear();
        },
        "field.annex2.court.missing", "annex2.court", invalid);
    row(
        "Annex 2 verdict in the future",
        [](Application& a) {
            a = sampleAnnex2Application();
            a.annex2->verdictDate = a.submittedOn.addDays(10);
        },
        "field.annex2.verdict_date.after_submission", "annex2.verdict_date", invalid);
    row(
        "Annex 2 at the counter",
        [](Application& a) {
            a = sampleAnnex2Application();
            a.channel = Channel::StateCorporation;
        },
        "field.channel.annex2", "channel", warning);

    row(
        "attachment without file name", [](Application& a) { a.attachments[1].fileName.clear(); },
        "field.attachments.file_name.missing", "attachments[1].file_name", invalid);
    row(
        "attachment digest not hex", [](Application& a) { a.attachments[0].sha256 = "abc"; },
        "field.attachments.sha256.format", "attachments[0].sha256", invalid);
}

void TestApplicationValidator::findings()
{
    QFETCH(Change, change);
    QFETCH(QString, code);
    QFETCH(QString, field);
    QFETCH(int, severity);
    Application a = sampleApplication();
    change(a);
    const Findings findings = ApplicationValidator::validate(a, Today);
    QCOMPARE(codesOf(findings), QStringList{code}); // exactly this one, nothing else
    const Finding& f = findings.first();
    QCOMPARE(f.field, field);
    QCOMPARE(int(f.severity), severity);
    QVERIFY(!f.rule.isEmpty());
    QVERIFY2(f.message.contains(field.section(u'[', 0, 0).section(u'.', 0, 0)) ||
                 f.message.contains(field),
             qPrintable(f.message)); // the message names the field
}

void TestApplicationValidator::accepted_data()
{
    QTest::addColumn<Change>("change");
    QTest::newRow("no patronymic")
        << Change([](Application& a) { a.nameCyrillic.patronymic.clear(); });
    QTest::newRow("Kazakh letters") << Change([](Application& a) {
        a.nameCyrillic = {QString::fromUtf8("Әбілқасымұлы-Ңөүһі"),
                          QString::fromUtf8("ҒАЛЫМЖАН ҚҰРМАНҰЛЫ"), QString::fromUtf8("Өмірзақұлы")};
    });
    QTest::newRow("apostrophes and hyphens") << Change([](Application& a) {
        a.nameLatin = {"O'NEIL-SMITH", "MARY ANN", "D\u2019ARCY"};
    });
    QTest::newRow("stateless") << Change([](Application& a) { a.citizenship = "XXA"; });
    QTest::newRow("expires on submission day")
        << Change([](Application& a) { a.identityDocument->expiryDate = a.submittedOn; });
    QTest::newRow("no expiry") << Change(
        [](Application& a) { a.identityDocument->expiryDate = QDate(); });
    QTest::newRow("issued on submission day")
        << Change([](Application& a) { a.identityDocument->issueDate = a.submittedOn; });
    QTest::newRow("born 1900-01-01")
        << Change([](Application& a) { a.birthDate = QDate(1900, 1, 1); });
    QTest::newRow("no contacts") << Change([](Application& a) { a.contacts = {}; });
    QTest::newRow("representative in Latin") << Change([](Application& a) {
        a.representative = sampleRepresentative();
        a.representative->name = {"SMITH", "JOHN", {}};
        a.representative->iin.clear();
    });
    QTest::newRow("power of attorney without limit") << Change([](Application& a) {
        a.representative = sampleRepresentative();
        a.representative->powerOfAttorney.validUntil = QDate();
    });
    QTest::newRow("digest") << Change(
        [](Application& a) { a.attachments[0].sha256 = QString(64, u'0'); });
}

void TestApplicationValidator::accepted()
{
    QFETCH(Change, change);
    Application a = sampleApplication();
    change(a);
    QCOMPARE(codesOf(ApplicationValidator::validate(a, Today)), QStringList());
}

void TestApplicationValidator::names_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("script");
    QTest::addColumn<bool>("valid");
    const int cyr = int(ApplicationValidator::Script::Cyrillic);
    const int lat = int(ApplicationValidator::Script::Latin);
    const int either = int(ApplicationValidator::Script::Either);
    QTest::newRow("Russian") << QString::fromUtf8("Иванов") << cyr << true;
    QTest::newRow("Kazakh") << QString::fromUtf8("Әә Ғғ Ққ Ңң Өө Ұұ Үү Һһ Іі") << cyr << true;
    QTest::newRow("Latin in Cyrillic") << "Ivanov" << cyr << false;
    QTest::newRow("MRZ") << "IVANOV" << lat << true;
    QTest::newRow("Cyrillic in Latin") << QString::fromUtf8("Иванов") << lat << false;
    QTest::newRow("either Latin") << "Ivanov" << either << true;
    QTest::newRow("either Cyrillic") << QString::fromUtf8("Иванов") << either << true;
    QTest::newRow("either mixed") << QString::fromUtf8("Ivanов") << either << false;
    QTest::newRow("empty") << "" << lat << false;
    QTest::newRow("trailing apostrophe") << "IVANOV'" << lat << false;
    QTest::newRow("hyphen space") << "IVANOV- PETROV" << lat << false;
    QTest::newRow("dot") << "ST. JOHN" << lat << false;
    QTest::newRow("tab") << "A\tB" << lat << false;
}

void TestApplicationValidator::names()
{
    QFETCH(QString, text);
    QFETCH(int, script);
    QFETCH(bool, valid);
    QCOMPARE(ApplicationValidator::isName(text, ApplicationValidator::Script(script)), valid);
}

void TestApplicationValidator::contactFormats_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("email");
    QTest::addColumn<bool>("phone");
    QTest::newRow("e-mail") << "a.b@example.kz" << true << false;
    QTest::newRow("e-mail subdomain") << "x+1@mail.gov.kz" << true << false;
    QTest::newRow("no domain dot") << "a@localhost" << false << false;
    QTest::newRow("two at") << "a@b@c.kz" << false << false;
    QTest::newRow("space") << "a b@c.kz" << false << false;
    QTest::newRow("phone") << "+7 (701) 123-45-67" << false << true;
    QTest::newRow("phone digits") << "87011234567" << false << true;
    QTest::newRow("phone short") << "123456" << false << false;
    QTest::newRow("phone long") << "+1234567890123456" << false << false;
    QTest::newRow("plus inside") << "7+7011234567" << false << false;
    QTest::newRow("letters") << "+7 701 CALL ME" << false << false;
}

void TestApplicationValidator::contactFormats()
{
    QFETCH(QString, text);
    QFETCH(bool, email);
    QFETCH(bool, phone);
    QCOMPARE(ApplicationValidator::isEmail(text), email);
    QCOMPARE(ApplicationValidator::isPhone(text), phone);
}

// Windows show the field itself: its JSON path leaves the message, the rest stays.
void TestApplicationValidator::messagesForWindows()
{
    Application a = sampleApplication();
    a.nameLatin.surname.clear();
    a.representative = Representative{};
    const Findings findings = ApplicationValidator::validate(a, Today);
    bool sawSurname = false;
    for (const Finding& f : findings) {
        QVERIFY2(!f.messageForWindow().contains(QRegularExpression("\\([a-z_]+(\\.[a-z_]+)*\\)")),
                 qPrintable(f.messageForWindow()));
        if (f.field == "name_latin.surname") {
            sawSurname = true;
            QVERIFY(f.message.contains("(name_latin.surname)"));
            QCOMPARE(f.messageForWindow(), QString(f.message).remove(" (name_latin.surname)"));
        }
    }
    QVERIFY(sawSurname);
    const Finding plain{"x", "", Severity::Warning, "", "Check the phone (if any)."};
    QCOMPARE(plain.messageForWindow(), plain.message);
}

QTEST_GUILESS_MAIN(TestApplicationValidator)
#include "TestApplicationValidator.moc"
