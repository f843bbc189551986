#include "core/base/Language.h"
#include "core/rules/CompletenessCheck.h"
#include "core/rules/RuleSetData.h"
#include "tests/ApplicationSamples.h"

#include <QTest>

#include <functional>

using namespace iin;
using namespace iin::test;

using Change = std::function<void(Application&)>;
Q_DECLARE_METATYPE(Change)

class TestCompletenessCheck : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void combinations_data();
    void combinations();
    void findingsCarryReferenceAndField();
    void warningsKeepPackageComplete();
    void messagesFollowLanguage();
    void messagesInAGivenCatalogue();
    void includesFieldFindings();

private:
    RuleSet rules() const { return *RuleSet::edition("2022-02"); }
};

enum class Rep
{
    None,
    Notarized,
    NotNotarized,
};
enum class Translation
{
    NotNeeded,  // the document has Cyrillic/Latin data
    Missing,    // needed, not attached
    Certified,  // needed, duly certified
    Uncertified // needed, attached without certification
};

static QStringList codesOf(const Findings& findings)
{
    QStringList codes;
    for (const Finding& f : findings)
        codes << f.code;
    codes.sort();
    return codes;
}

// The portal package: signed request plus an electronic copy; the desk package: form plus copy.
static Application package(Channel channel, Rep rep, bool poaAttached, Translation translation)
{
    Application a = sampleApplication();
    a.channel = channel;
    if (channel == Channel::Portal) {
        a.signature.present = true;
        a.attachments = {sampleAttachment(AttachmentKind::IdentityDocumentCopy, false, true)};
    }
    if (rep != Rep::None) {
        a.representative = sampleRepresentative(rep == Rep::Notarized);
        if (poaAttached)
            a.attachments.append(sampleAttachment(AttachmentKind::PowerOfAttorney));
    }
    a.identityDocument->hasCyrillicOrLatinData = translation == Translation::NotNeeded;
    if (translation == Translation::Certified || translation == Translation::Uncertified)
        a.attachments.append(sampleAttachment(AttachmentKind::CertifiedTranslation,
                                              translation == Translation::Certified,
                                              channel == Channel::Portal));
    return a;
}

void TestCompletenessCheck::initTestCase()
{
    QVERIFY(Language::install("en"));
}

void TestCompletenessCheck::cleanupTestCase()
{
    Language::install("en");
}

void TestCompletenessCheck::combinations_data()
{
    QTest::addColumn<Application>("application");
    QTest::addColumn<QStringList>("codes");
    const QString channelNames[] = {"state corporation", "service provider", "portal"};

    // Every channel x representative x translation case.
    for (const Channel channel :
         {Channel::StateCorporation, Channel::ServiceProvider, Channel::Portal}) {
        const QString c = channelNames[int(channel)];
        const auto row = [&](const QString& name, const Application& a, QStringList codes) {
            codes.sort();
            QTest::newRow(qPrintable(c + ": " + name)) << a << codes;
        };
        row("person applies", package(channel, Rep::None, false, Translation::NotNeeded), {});
        row("representative, notarized power of attorney",
            package(channel, Rep::Notarized, true, Translation::NotNeeded), {});
        row("representative, no power of attorney",
            package(channel, Rep::Notarized, false, Translation::NotNeeded),
            {"row8.power_of_attorney"});
        row("representative, power of attorney not notarized",
            package(channel, Rep::NotNotarized, true, Translation::NotNeeded),
            {"row8.power_of_attorney.not_notarized"});
        row("representative, neither attached nor notarized",
            package(channel, Rep::NotNotarized, false, Translation::NotNeeded),
            {"row8.power_of_attorney"});
        row("no Latin data, certified translation",
            package(channel, Rep::None, false, Translation::Certified), {});
        row("no Latin data, no translation",
            package(channel, Rep::None, false, Translation::Missing), {"row8.translation"});
        row("no Latin data, uncertified translation",
            package(channel, Rep::None, false, Translation::Uncertified),
            {"row8.translation.not_certified"});
        row("representative and missing translation",
            package(channel, Rep::Notarized, false, Translation::Missing),
            {"row8.power_of_attorney", "row8.translation"});
        Application a = package(channel, Rep::None, false, Translation::NotNeeded);
        a.identityDocument->expiryDate = a.submittedOn.addDays(-1);
        row("expired identity document", a, {"field.identity_document.expiry_date.expired"});
        a = package(channel, Rep::None, false, Translation::NotNeeded);
        a.attachments.removeIf(
            [](const Attachment& at) { return at.kind == AttachmentKind::IdentityDocumentCopy; });
        row("no identity document copy", a,
            {channel == Channel::Portal ? QStringLiteral("row8.portal.identity_document")
                                        : QStringLiteral("row8.identity_document")});
    }

    const auto row = [](const char* name, const Application& a, QStringList codes) {
        codes.sort();
        QTest::newRow(name) << a << codes;
    };
    Application a = package(Channel::StateCorporation, Rep::None, false, Translation::NotNeeded);
    a.attachments.removeFirst();
    row("counter: no application form", a, {"row8.application_form"});
    a = package(Channel::Portal, Rep::None, false, Translation::NotNeeded);
    a.signature.present = false;
    row("portal: no EDS", a, {"row8.portal.electronic_request_eds"});
    a = package(Channel::Portal, Rep::None, false, Translation::NotNeeded);
    a.attachments = {sampleAttachment(AttachmentKind::IdentityDocumentCopy)};
    row("portal: paper copy, not electronic", a, {"row8.portal.identity_document.not_electronic"});
    a = package(Channel::Portal, Rep::None, false, Translation::NotNeeded);
    a.attachments.clear();
    a.signature.present = false;
    row("portal: neither EDS nor electronic copy", a,
        {"row8.portal.electronic_request_eds", "row8.portal.identity_document"});
    a = package(Channel::Portal, Rep::None, false, Translation::NotNeeded);
    a.attachments.append(sampleAttachment(AttachmentKind::IdentityDocumentCopy, false, false));
    row("portal: a paper and an electronic copy", a, {});
    a = package(Channel::Portal, Rep::None, false, Translation::NotNeeded);
    a.attachments = {sampleAttachment(AttachmentKind::IdentityDocumentCopy, true, false),
                     sampleAttachment(AttachmentKind::IdentityDocumentCopy, false, true)};
    row("portal: certified paper copy plus electronic copy", a, {});
    a = package(Channel::StateCorporation, Rep::None, false, Translation::Missing);
    a.attachments.append(sampleAttachment(AttachmentKind::CertifiedTranslation, false));
    a.attachments.append(sampleAttachment(AttachmentKind::CertifiedTranslation, true));
    row("counter: one of two translations certified", a, {});

    row("Annex 2 at the migration police", sampleAnnex2Application(), {});
    a = sampleAnnex2Application();
    a.attachments = {sampleAttachment(AttachmentKind::Photo)};
    row("Annex 2 without the Annex 2 application", a, {"row8.annex2_application"});
    a = sampleAnnex2Application();
    a.attachments.append(sampleAttachment(AttachmentKind::IdentityDocumentCopy));
    row("Annex 2: no form, no identity document needed", a, {});
    a = sampleAnnex2Application();
    a.identityDocument = samplePassport();
    a.identityDocument->hasCyrillicOrLatinData = false;
    row("Annex 2 with an identity document", a, {"field.identity_document.unexpected"});
    a = sampleAnnex2Application();
    a.channel = Channel::Portal;
    row("Annex 2 through the portal", a,
        {"field.channel.annex2", "row8.portal.electronic_request_eds"});
    a = sampleAnnex2Application();
    a.representative = sampleRepresentative(true);
    row("Annex 2 with a legal representative", a, {"row8.power_of_attorney"});
    a = package(Channel::StateCorporation, Rep::None, false, Translation::NotNeeded);
    a.identityDocument.reset();
    row("Annex 1 without identity document", a, {"field.identity_document.missing"});
}

void TestCompletenessCheck::combinations()
{
    QFETCH(Application, application);
    QFETCH(QStringList, codes);
    const CheckResult r = CompletenessCheck::check(application, rules());
    QCOMPARE(codesOf(r.findings), codes);
    const bool blocking = std::any_of(r.findings.cbegin(), r.findings.cend(), [](const Finding& f) {
        return f.severity != Severity::Warning;
    });
    QCOMPARE(r.complete, !blocking);
    QCOMPARE(r.rules, QStringLiteral("2022-02"));
}

void TestCompletenessCheck::findingsCarryReferenceAndField()
{
    Application a = package(Channel::Portal, Rep::NotNotarized, true, Translation::Uncertified);
    a.signature.present = false;
    const CheckResult r = CompletenessCheck::check(a, rules());
    QVERIFY(!r.complete);
    QHash<QString, Finding> byCode;
    for (const Finding& f : r.findings)
        byCode.insert(f.code, f);
    QCOMPARE(byCode.size(), 3);
    const Finding eds = byCode.value("row8.portal.electronic_request_eds");
    QCOMPARE(eds.rule, QStringLiteral("Annex 3, row 8, portal item 1"));
    QCOMPARE(eds.field, QStringLiteral("signature"));
    QCOMPARE(eds.severity, Severity::MissingDocument);
    const Finding poa = byCode.value("row8.power_of_attorney.not_notarized");
    QCOMPARE(poa.rule, QStringLiteral("Annex 3, row 8, item 3"));
    QCOMPARE(poa.field, QStringLiteral("attachment:power_of_attorney"));
    QVERIFY(poa.message.contains("notarized"));
    const Finding tr = byCode.value("row8.translation.not_certified");
    QCOMPARE(tr.rule, QStringLiteral("Annex 3, row 8, item 2"));
    QCOMPARE(tr.field, QStringLiteral("attachment:certified_translation"));
    QCOMPARE(severityToString(tr.severity), QStringLiteral("missing_document"));
}

void TestCompletenessCheck::warningsKeepPackageComplete()
{
    Application a = sampleApplication();
    a.addressOfStay.clear();
    const CheckResult r = CompletenessCheck::check(a, rules());
    QCOMPARE(codesOf(r.findings), QStringList{"field.address_of_stay.missing"});
    QCOMPARE(r.findings.first().severity, Severity::Warning);
    QVERIFY(r.complete);
}

void TestCompletenessCheck::messagesFollowLanguage()
{
    Application a =
        package(Channel::StateCorporation, Rep::Notarized, false, Translation::NotNeeded);
    const Requirement* poa = nullptr;
    const RuleSet set = rules();
    for (const Requirement& r : set.data().requirements) {
        if (r.id == "row8.power_of_attorney")
            poa = &r;
    }
    QVERIFY(poa);
    for (const QString& lang : QStringList{"kk", "ru", "en"}) {
        QVERIFY(Language::install(lang));
        const CheckResult r = CompletenessCheck::check(a, set);
        QCOMPARE(r.findings.size(), 1);
        QCOMPARE(r.findings.first().message, poa->missing.in(lang));
    }
    QVERIFY(Language::install("en"));
    QVERIFY(poa->missing.kk.contains(QString::fromUtf8("нотариалды куәландырылған сенімхат")));
}

// The receipt of refusal's two runs: a catalogue passed to the check gives what that language
// installed would give, field messages included, and the interface keeps its language.
void TestCompletenessCheck::messagesInAGivenCatalogue()
{
    Application a =
        package(Channel::StateCorporation, Rep::Notarized, false, Translation::NotNeeded);
    a.consentToPersonalData = false;
    a.nameLatin.surname = QString::fromUtf8("АХМЕДОВ");
    const RuleSet set = rules();
    for (const QString& lang : QStringList{"kk", "ru", "en"}) {
        QVERIFY(Language::install(lang));
        const Findings installed = CompletenessCheck::check(a, set).findings;
        QVERIFY(Language::install("en"));
        const Findings given = CompletenessCheck::check(a, set, Catalogue::of(lang)).findings;
        QCOMPARE(Language::current(), QString("en"));
        QVERIFY(installed.size() >= 3);
        QCOMPARE(given, installed);
    }
    QVERIFY(CompletenessCheck::check(a, set, Catalogue::of("kk")).findings !=
            CompletenessCheck::check(a, set, Catalogue::of("ru")).findings);
}

void TestCompletenessCheck::includesFieldFindings()
{
    Application a = sampleApplication();
    a.consentToPersonalData = false;
    a.nameLatin.surname = QString::fromUtf8("АХМЕДОВ");
    a.attachments.clear();
    const CheckResult r = CompletenessCheck::check(a, rules());
    QCOMPARE(codesOf(r.findings), QStringList({"field.consent_to_personal_data.not_given",
                                               "field.name_latin.surname.script",
                                               "row8.application_form", "row8.identity_document"}));
    for (const Finding& f : r.findings) {
        if (f.code.startsWith("field."))
            QCOMPARE(f.severity, Severity::InvalidField);
    }
}

QTEST_GUILESS_MAIN(TestCompletenessCheck)
#include "TestCompletenessCheck.moc"
