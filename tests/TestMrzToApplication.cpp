#include "core/capture/CyrillicProposal.h"
#include "core/capture/MrzParser.h"
#include "core/capture/MrzToApplication.h"
#include "tests/MrzZones.h"

#include <QTest>

using namespace iin;

class TestMrzToApplication : public QObject
{
    Q_OBJECT

private slots:
    void fillsEveryField();
    void keepsCyrillicNamesTyped();
    void unknownCountryNotFilled();
    void cyrillicProposal_data();
    void cyrillicProposal();
    void noContradictionRightAfterFilling();
    void contradictions_data();
    void contradictions();
    void emptyFieldsAreNoContradiction();

private:
    static MrzRecord kazakh()
    {
        const MrzRecord r = MrzParser::parseText(test::kazakhPassport(), QDate(2026, 12, 5));
        return r;
    }
};

void TestMrzToApplication::fillsEveryField()
{
    const MrzRecord record = kazakh();
    QVERIFY(record.valid);
    Application a;
    const QStringList filled = MrzToApplication::fill(record, a);
    QCOMPARE(filled,
             (QStringList{"name_latin.surname", "name_cyrillic.surname", "name_latin.given_name",
                          "name_cyrillic.given_name", "identity_document.number",
                          "identity_document.issuing_state", "identity_document.expiry_date",
                          "citizenship", "birth_date", "sex"}));
    QCOMPARE(a.nameLatin.surname, QStringLiteral("ZHUMABEKOV"));
    QCOMPARE(a.nameLatin.givenName, QStringLiteral("NURSULTAN"));
    QCOMPARE(a.nameCyrillic.surname, QStringLiteral("Жумабеков"));
    QCOMPARE(a.nameCyrillic.givenName, QStringLiteral("Нурсултан"));
    QVERIFY(a.identityDocument.has_value());
    QCOMPARE(a.identityDocument->number, QStringLiteral("N12345678"));
    QCOMPARE(a.identityDocument->issuingState, QStringLiteral("KAZ"));
    QCOMPARE(a.identityDocument->expiryDate, QDate(2030, 1, 1));
    QCOMPARE(a.citizenship, QStringLiteral("KAZ"));
    QCOMPARE(a.birthDate, QDate(1985, 3, 15));
    QCOMPARE(a.sex, Sex::Male);
}

void TestMrzToApplication::keepsCyrillicNamesTyped()
{
    Application a;
    a.nameCyrillic.surname = QStringLiteral("Жұмабеков");
    const QStringList filled = MrzToApplication::fill(kazakh(), a);
    QVERIFY(!filled.contains(QStringLiteral("name_cyrillic.surname")));
    QCOMPARE(a.nameCyrillic.surname, QStringLiteral("Жұмабеков"));
    QCOMPARE(a.nameCyrillic.givenName, QStringLiteral("Нурсултан"));
}

void TestMrzToApplication::unknownCountryNotFilled()
{
    // The ICAO specimen's Utopia is no country of the desk's list: left for the clerk.
    const MrzRecord record =
        MrzParser::parseText(QStringLiteral("P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\n"
                                            "L898902C36UTO7408122F1204159ZE184226B<<<<<10"),
                             QDate(2026, 12, 5));
    QVERIFY(record.valid);
    Application a;
    a.citizenship = QStringLiteral("SWE");
    const QStringList filled = MrzToApplication::fill(record, a);
    QVERIFY(!filled.contains(QStringLiteral("citizenship")));
    QVERIFY(!filled.contains(QStringLiteral("identity_document.issuing_state")));
    QCOMPARE(a.citizenship, QStringLiteral("SWE"));
    QCOMPARE(a.nameLatin.givenName, QStringLiteral("ANNA MARIA"));
    QCOMPARE(a.nameCyrillic.givenName, QStringLiteral("Анна Мариа"));
    QCOMPARE(a.sex, Sex::Female);
    QVERIFY(MrzToApplication::contradictions(a, record).isEmpty());
}

void TestMrzToApplication::cyrillicProposal_data()
{
    QTest::addColumn<QString>("latin");
    QTest::addColumn<QString>("cyrillic");
    QTest::newRow("zh") << "ZHANNA"
                        << "Жанна";
    QTest::newRow("kh") << "KHASANOV"
                        << "Хасанов";
    QTest::newRow("shch") << "SHCHERBAKOV"
                          << "Щербаков";
    QTest::newRow("ch, ts") << "CHEREPANTSEV"
                            << "Черепанцев";
    QTest::newRow("sh") << "SHAKHANOV"
                        << "Шаханов";
    QTest::newRow("yu, ya") << "YULIYA"
                            << "Юлия";
    QTest::newRow("icao iu, ia") << "IULIIA"
                                 << "Юлия";
    QTest::newRow("ye at the start") << "YERLAN"
                                     << "Ерлан";
    QTest::newRow("final y") << "NIKOLAY"
                             << "Николай";
    QTest::newRow("final i after a vowel") << "TSOI"
                                           << "Цой";
    QTest::newRow("final ii") << "DMITRII"
                              << "Дмитрий";
    QTest::newRow("y as ы") << "QASYMOV"
                            << "Касымов";
    QTest::newRow("kazakh j") << "JUMABEKULY"
                              << "Жумабекулы";
    QTest::newRow("two words") << "ANNA MARIA"
                               << "Анна Мариа";
    QTest::newRow("hyphen") << "AKHMETOVA-SMITH"
                            << "Ахметова-Смитх";
}

void TestMrzToApplication::cyrillicProposal()
{
    QFETCH(QString, latin);
    QFETCH(QString, cyrillic);
    QCOMPARE(CyrillicProposal::forName(latin), cyrillic);
}

void TestMrzToApplication::noContradictionRightAfterFilling()
{
    const MrzRecord record = kazakh();
    Application a;
    MrzToApplication::fill(record, a);
    QVERIFY(MrzToApplication::contradictions(a, record).isEmpty());
    // Spelling that the zone cannot show is no contradiction: case, hyphens, number separators.
    a.nameLatin.surname = QStringLiteral("Zhumabekov");
    a.identityDocument->number = QStringLiteral("N 1234 5678");
    QVERIFY(MrzToApplication::contradictions(a, record).isEmpty());
    // Nor a patronymic the clerk adds.
    a.nameLatin.patronymic = QStringLiteral("ABISHEVICH");
    QVERIFY(MrzToApplication::contradictions(a, record).isEmpty());
}

void TestMrzToApplication::contradictions_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("reads");
    QTest::newRow("number") << "identity_document.number"
                            << "N12345678";
    QTest::newRow("birth") << "birth_date"
                           << "15.03.1985";
    QTest::newRow("sex") << "sex"
                         << "male";
    QTest::newRow("surname") << "name_latin.surname"
                             << "ZHUMABEKOV";
    QTest::newRow("given") << "name_latin.given_name"
                           << "NURSULTAN";
    QTest::newRow("citizenship") << "citizenship"
                                 << "KAZ";
    QTest::newRow("issuing state") << "identity_document.issuing_state"
                                   << "KAZ";
    QTest::newRow("expiry") << "identity_document.expiry_date"
                            << "01.01.2030";
}

void TestMrzToApplication::contradictions()
{
    QFETCH(QString, field);
    QFETCH(QString, reads);
    const MrzRecord record = kazakh();
    Application a;
    MrzToApplication::fill(record, a);
    if (field == u"identity_document.number")
        a.identityDocument->number = QStringLiteral("N12345679");
    else if (field == u"birth_date")
        a.birthDate = QDate(1985, 5, 13);
    else if (field == u"sex")
        a.sex = Sex::Female;
    else if (field == u"name_latin.surname")
        a.nameLatin.surname = QStringLiteral("ZHUMABEKOVA");
    else if (field == u"name_latin.given_name")
        a.nameLatin.givenName = QStringLiteral("NURLAN");
    else if (field == u"citizenship")
        a.citizenship = QStringLiteral("RUS");
    else if (field == u"identity_document.issuing_state")
        a.identityDocument->issuingState = QStringLiteral("RUS");
    else if (field == u"identity_document.expiry_date")
        a.identityDocument->expiryDate = QDate(2031, 1, 1);
    const Findings findings = MrzToApplication::contradictions(a, record, Catalogue::of("en"));
    QCOMPARE(findings.size(), 1);
    const Finding& f = findings.first();
    QCOMPARE(f.code, QStringLiteral("mrz.differs.") + field);
    QCOMPARE(f.field, field);
    QCOMPARE(f.severity, Severity::Warning);
    QVERIFY2(f.message.contains(u"reads " + reads), qPrintable(f.message));
    QVERIFY2(f.message.contains(u"(" + field + u")"), qPrintable(f.message));
    QVERIFY2(!f.messageForWindow().contains(field), qPrintable(f.messageForWindow()));
    // In Russian and Kazakh too.
    for (const char* language : {"ru", "kk"}) {
        const Findings translated = MrzToApplication::contradictions(
            a, record, Catalogue::of(QString::fromLatin1(language)));
        QCOMPARE(translated.size(), 1);
        QVERIFY2(translated.first().message != f.message, language);
        const QString readsThere =
            field == u"sex"
                ? Catalogue::of(QString::fromLatin1(language)).translate("MrzToApplication", "male")
                : reads;
        QVERIFY(translated.first().message.contains(readsThere));
    }
}

void TestMrzToApplication::emptyFieldsAreNoContradiction()
{
    Application a; // nothing typed yet
    QVERIFY(MrzToApplication::contradictions(a, kazakh()).isEmpty());
}

QTEST_GUILESS_MAIN(TestMrzToApplication)
#include "TestMrzToApplication.moc"
