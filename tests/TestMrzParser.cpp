#include "core/base/Language.h"
#include "core/capture/MrzComposer.h"
#include "core/capture/MrzCountryCode.h"
#include "core/capture/MrzJson.h"
#include "core/capture/MrzLayout.h"
#include "core/capture/MrzParser.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace iin;

class TestMrzParser : public QObject
{
    Q_OBJECT

private slots:
    void cleanup();
    void charValues();
    void checkDigits_data();
    void checkDigits();
    void layouts();
    void guess();
    void specimens_data();
    void specimens();
    void generatedRecordsRoundTrip_data();
    void generatedRecordsRoundTrip();
    void everyCheckDigitBrokenInTurn_data();
    void everyCheckDigitBrokenInTurn();
    void misreadCharacterFailsItsChecks();
    void td1LongDocumentNumber();
    void td2LongDocumentNumber();
    void emptyPersonalNumber_data();
    void emptyPersonalNumber();
    void centuryAroundToday_data();
    void centuryAroundToday();
    void badDates();
    void names_data();
    void names();
    void countryCodes_data();
    void countryCodes();
    void sexCodes_data();
    void sexCodes();
    void badCharacters();
    void wedgeInput_data();
    void wedgeInput();
    void notRecognised_data();
    void notRecognised();
    void json();
    void messagesFollowLanguage();
};

namespace {

const QDate Today(2026, 12, 5);

const QStringList Td3Specimen = {QStringLiteral("P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<"),
                                 QStringLiteral("L898902C36UTO7408122F1204159ZE184226B<<<<<10")};
const QStringList Td1Specimen = {QStringLiteral("I<UTOD231458907<<<<<<<<<<<<<<<"),
                                 QStringLiteral("7408122F1204159UTO<<<<<<<<<<<6"),
                                 QStringLiteral("ERIKSSON<<ANNA<MARIA<<<<<<<<<<")};
const QStringList Td2Specimen = {QStringLiteral("I<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<"),
                                 QStringLiteral("D231458907UTO7408122F1204159<<<<<<<6")};
const QStringList MrvaSpecimen = {QStringLiteral("V<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<"),
                                  QStringLiteral("L8988901C4XXX4009078F96121096ZE184226B<<<<<<")};
const QStringList MrvbSpecimen = {QStringLiteral("V<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<"),
                                  QStringLiteral("L8988901C4XXX4009078F9612109<<<<<<<<")};

QStringList codes(const Problems& problems)
{
    QStringList list;
    for (const Problem& p : problems)
        list.append(p.code + u':' + p.field);
    return list;
}

// The lines with every check digit computed again (after a test changed a field).
QStringList withChecks(QStringList lines)
{
    const MrzLayout& layout = MrzLayout::of(*MrzLayout::guess(lines));
    for (const MrzCheck& check : layout.checks()) {
        QString covered;
        for (const MrzSpan& span : check.covered)
            covered += lines[span.line].mid(span.start, span.length);
        lines[check.line][check.position] = mrzCheckDigit(covered);
    }
    return lines;
}

// The lines with the composite check digit (the last one) computed again, the others kept.
QStringList withComposite(QStringList lines)
{
    const MrzCheck& check = MrzLayout::of(*MrzLayout::guess(lines)).checks().last();
    QString covered;
    for (const MrzSpan& span : check.covered)
        covered += lines[span.line].mid(span.start, span.length);
    lines[check.line][check.position] = mrzCheckDigit(covered);
    return lines;
}

QStringList replaced(QStringList lines, int line, int position, const QString& text)
{
    lines[line].replace(position, text.size(), text);
    return lines;
}

// A small generator: a record per format with fields that exercise letters, digits and fillers
// in every field, varied by `seed`.
MrzRecord generated(MrzFormat format, int seed)
{
    static const char* const Surnames[] = {"IVANOV", "NURLANULY", "O<BRIEN", "SMITH<JONES", "LI"};
    static const char* const Given[] = {"PYOTR", "ASEL", "MARY<KATE", "", "WEI"};
    static const char* const States[] = {"KAZ", "DEU", "RUS", "GBR", "XXA"};
    MrzRecord r;
    r.format = format;
    r.documentCode = format == MrzFormat::TD3 ? QStringLiteral("P")
                     : format == MrzFormat::MRVA || format == MrzFormat::MRVB
                         ? QStringLiteral("V")
                         : QStringLiteral("ID");
    r.issuingState = QString::fromLatin1(States[seed % 5]);
    r.nationality = QString::fromLatin1(States[(seed + 2) % 5]);
    r.surname = QString::fromLatin1(Surnames[seed % 5]).replace(u'<', u' ');
    r.givenNames = QString::fromLatin1(Given[seed % 5]).replace(u'<', u' ');
    r.documentNumber = QStringLiteral("N%1").arg(1234567 + seed * 7919, 8, 10, QLatin1Char('0'));
    r.birthDate = QDate(1950, 1, 1).addDays(seed * 3211);
    r.expiryDate = QDate(2027, 1, 1).addDays(seed * 397);
    r.sex = seed % 3 == 0 ? Sex::Male : seed % 3 == 1 ? Sex::Female : Sex::Unknown;
    const bool narrow = format == MrzFormat::TD2 || format == MrzFormat::MRVB; // 7 or 8 characters
    if (seed % 2)
        r.optionalData = narrow ? QStringLiteral("K%1").arg(seed)
                                : QStringLiteral("%1KZ").arg(870101300000 + seed);
    if (format == MrzFormat::TD1)
        r.optionalData2 = QStringLiteral("A%1").arg(seed);
    return r;
}

} // namespace

void TestMrzParser::cleanup()
{
    Language::install(QStringLiteral("en"));
}

void TestMrzParser::charValues()
{
    QCOMPARE(mrzCharValue(u'0'), 0);
    QCOMPARE(mrzCharValue(u'9'), 9);
    QCOMPARE(mrzCharValue(u'A'), 10);
    QCOMPARE(mrzCharValue(u'Z'), 35);
    QCOMPARE(mrzCharValue(u'<'), 0);
    QCOMPARE(mrzCharValue(u'a'), -1);
    QCOMPARE(mrzCharValue(u' '), -1);
    QCOMPARE(mrzCharValue(QChar(0x0411)), -1); // Б
}

void TestMrzParser::checkDigits_data()
{
    QTest::addColumn<QString>("characters");
    QTest::addColumn<QString>("digit");
    // PassportEye's doctests (passporteye/mrz/text.py).
    QTest::newRow("PassportEye 111111111") << "111111111"
                                           << "3";
    QTest::newRow("PassportEye 123456789") << "123456789"
                                           << "7";
    QTest::newRow("PassportEye BCDEFGHIJ") << "BCDEFGHIJ"
                                           << "7";
    QTest::newRow("PassportEye 0") << "0"
                                   << "0";
    QTest::newRow("PassportEye 0000000000") << "0000000000"
                                            << "0";
    QTest::newRow("PassportEye A") << "A"
                                   << "0";
    QTest::newRow("PassportEye AAAAAAAAAA") << "AAAAAAAAAA"
                                            << "0";
    QTest::newRow("fillers") << "<<<<<<<<<"
                             << "0";
    QTest::newRow("empty") << ""
                           << "0";
    // The ICAO specimens' fields (Doc 9303 part 4 appendix A).
    QTest::newRow("number L898902C3") << "L898902C3"
                                      << "6";
    QTest::newRow("birth 740812") << "740812"
                                  << "2";
    QTest::newRow("expiry 120415") << "120415"
                                   << "9";
    QTest::newRow("personal ZE184226B<<<<<") << "ZE184226B<<<<<"
                                             << "1";
    QTest::newRow("number D23145890") << "D23145890"
                                      << "7";
    QTest::newRow("long number D23145890734") << "D23145890734"
                                              << "9";
    QTest::newRow("visa L8988901C") << "L8988901C"
                                    << "4";
    QTest::newRow("lower case is no zone character") << "l898902c3"
                                                     << "";
    QTest::newRow("space is no zone character") << "L898 902C3"
                                                << "";
}

void TestMrzParser::checkDigits()
{
    QFETCH(QString, characters);
    QFETCH(QString, digit);
    const QChar computed = mrzCheckDigit(characters);
    QCOMPARE(computed.isNull() ? QString() : QString(computed), digit);
}

void TestMrzParser::layouts()
{
    struct Shape
    {
        MrzFormat format;
        int lines, length;
        QStringList checks;
    };
    const QStringList four{"document_number", "birth_date", "expiry_date", "composite"};
    const QStringList three{"document_number", "birth_date", "expiry_date"};
    const QList<Shape> shapes = {
        {MrzFormat::TD1, 3, 30, four},
        {MrzFormat::TD2, 2, 36, four},
        {MrzFormat::TD3,
         2,
         44,
         {"document_number", "birth_date", "expiry_date", "personal_number", "composite"}},
        {MrzFormat::MRVA, 2, 44, three},
        {MrzFormat::MRVB, 2, 36, three},
    };
    for (const Shape& shape : shapes) {
        const MrzLayout& layout = MrzLayout::of(shape.format);
        QCOMPARE(layout.format(), shape.format);
        QCOMPARE(layout.lineCount(), shape.lines);
        QCOMPARE(layout.lineLength(), shape.length);
        QStringList checks;
        for (const MrzCheck& c : layout.checks()) {
            checks.append(c.field);
            QCOMPARE(layout.classAt(c.line, c.position), MrzCharClass::Numeric);
            int covered = 0;
            for (const MrzSpan& span : c.covered) {
                QVERIFY(span.start + span.length <= shape.length);
                covered += span.length;
            }
            QVERIFY(covered > 0);
        }
        QCOMPARE(checks, shape.checks);
        // Every position of the zone belongs to a field or a check digit, save TD1's fillers.
        for (int line = 0; line < shape.lines; ++line) {
            for (int position = 0; position < shape.length; ++position)
                QVERIFY2(!layout.fieldAt(line, position).isEmpty(),
                         qPrintable(QStringLiteral("%1 %2:%3")
                                        .arg(mrzFormatToString(shape.format))
                                        .arg(line)
                                        .arg(position)));
        }
        QCOMPARE(layout.classAt(0, 2), MrzCharClass::Alpha); // the issuing state
        QCOMPARE(mrzFormatFromString(mrzFormatToString(shape.format)), shape.format);
    }
    // The composite of TD1 covers line 1 after the state, line 2 but sex and nationality.
    const MrzCheck composite = MrzLayout::of(MrzFormat::TD1).checks().last();
    QCOMPARE(composite.line, 1);
    QCOMPARE(composite.position, 29);
    QCOMPARE(composite.covered, (QList<MrzSpan>{{0, 5, 25}, {1, 0, 7}, {1, 8, 7}, {1, 18, 11}}));
    const MrzLayout& td3 = MrzLayout::of(MrzFormat::TD3);
    QCOMPARE(td3.classAt(1, 13), MrzCharClass::Numeric);     // birth date
    QCOMPARE(td3.classAt(1, 20), MrzCharClass::Alpha);       // sex
    QCOMPARE(td3.classAt(1, 0), MrzCharClass::AlphaNumeric); // document number
    QCOMPARE(td3.classAt(0, 10), MrzCharClass::Alpha);       // names
    QCOMPARE(td3.classAt(5, 0), MrzCharClass::AlphaNumeric); // outside
    QCOMPARE(td3.field(u"personal_number")->start, 28);
    QVERIFY(!td3.field(u"optional_data_2"));
}

void TestMrzParser::guess()
{
    QCOMPARE(MrzLayout::guess(Td3Specimen), MrzFormat::TD3);
    QCOMPARE(MrzLayout::guess(Td2Specimen), MrzFormat::TD2);
    QCOMPARE(MrzLayout::guess(Td1Specimen), MrzFormat::TD1);
    QCOMPARE(MrzLayout::guess(MrvaSpecimen), MrzFormat::MRVA);
    QCOMPARE(MrzLayout::guess(MrvbSpecimen), MrzFormat::MRVB);
    QVERIFY(!MrzLayout::guess({}));
    QVERIFY(!MrzLayout::guess(Td1Specimen.mid(0, 2)));
    QVERIFY(!MrzLayout::guess({Td3Specimen[0], Td3Specimen[1].left(43)}));
    QVERIFY(!MrzLayout::guess({Td3Specimen[0], Td3Specimen[1], Td3Specimen[1]}));
}

void TestMrzParser::specimens_data()
{
    QTest::addColumn<QStringList>("lines");
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("number");
    QTest::addColumn<QString>("nationality");
    QTest::addColumn<QDate>("birth");
    QTest::addColumn<QDate>("expiry");
    QTest::addColumn<QString>("optional");
    // ICAO Doc 9303 specimens of Utopia (parts 4–7), checked against the ICAO text.
    QTest::newRow("TD3") << Td3Specimen << "TD3"
                         << "P"
                         << "L898902C3"
                         << "UTO" << QDate(1974, 8, 12) << QDate(2012, 4, 15) << "ZE184226B";
    QTest::newRow("TD1") << Td1Specimen << "TD1"
                         << "I"
                         << "D23145890"
                         << "UTO" << QDate(1974, 8, 12) << QDate(2012, 4, 15) << "";
    QTest::newRow("TD2") << Td2Specimen << "TD2"
                         << "I"
                         << "D23145890"
                         << "UTO" << QDate(1974, 8, 12) << QDate(2012, 4, 15) << "";
    // The visas' expiry 961210 is read as 20YY, as every expiry date.
    QTest::newRow("MRV-A") << MrvaSpecimen << "MRVA"
                           << "V"
                           << "L8988901C"
                           << "XXX" << QDate(1940, 9, 7) << QDate(2096, 12, 10) << "6ZE184226B";
    QTest::newRow("MRV-B") << MrvbSpecimen << "MRVB"
                           << "V"
                           << "L8988901C"
                           << "XXX" << QDate(1940, 9, 7) << QDate(2096, 12, 10) << "";
}

void TestMrzParser::specimens()
{
    QFETCH(QStringList, lines);
    QFETCH(QString, format);
    QFETCH(QString, code);
    QFETCH(QString, number);
    QFETCH(QString, nationality);
    QFETCH(QDate, birth);
    QFETCH(QDate, expiry);
    QFETCH(QString, optional);
    const MrzRecord r = MrzParser::parse(lines, Today);
    QVERIFY2(r.problems.isEmpty(), qPrintable(codes(r.problems).join(u' ')));
    QVERIFY(r.recognised);
    QVERIFY(r.valid);
    QCOMPARE(mrzFormatToString(r.format), format);
    QCOMPARE(r.documentCode, code);
    QCOMPARE(r.issuingState, QStringLiteral("UTO"));
    QCOMPARE(r.surname, QStringLiteral("ERIKSSON"));
    QCOMPARE(r.givenNames, QStringLiteral("ANNA MARIA"));
    QCOMPARE(r.documentNumber, number);
    QCOMPARE(r.nationality, nationality);
    QCOMPARE(r.birthDate, birth);
    QCOMPARE(r.expiryDate, expiry);
    QCOMPARE(r.sex, Sex::Female);
    QCOMPARE(r.optionalData, optional);
    QCOMPARE(r.lines, lines);
}

void TestMrzParser::generatedRecordsRoundTrip_data()
{
    QTest::addColumn<int>("format");
    QTest::addColumn<int>("seed");
    for (const MrzFormat f :
         {MrzFormat::TD1, MrzFormat::TD2, MrzFormat::TD3, MrzFormat::MRVA, MrzFormat::MRVB}) {
        for (int seed = 0; seed < 6; ++seed)
            QTest::addRow("%s %d", qPrintable(mrzFormatToString(f)), seed) << int(f) << seed;
    }
}

void TestMrzParser::generatedRecordsRoundTrip()
{
    QFETCH(int, format);
    QFETCH(int, seed);
    const MrzRecord fields = generated(MrzFormat(format), seed);
    const QStringList lines = MrzComposer::compose(fields);
    QCOMPARE(MrzLayout::guess(lines), MrzFormat(format));
    const MrzRecord r = MrzParser::parse(lines, Today);
    QVERIFY2(r.valid, qPrintable(codes(r.problems).join(u' ') + u'\n' + lines.join(u'\n')));
    QCOMPARE(r.documentCode, fields.documentCode);
    QCOMPARE(r.issuingState, fields.issuingState);
    QCOMPARE(r.nationality, fields.nationality);
    QCOMPARE(r.surname, fields.surname);
    QCOMPARE(r.givenNames, fields.givenNames);
    QCOMPARE(r.documentNumber, fields.documentNumber);
    QCOMPARE(r.birthDate, fields.birthDate);
    QCOMPARE(r.expiryDate, fields.expiryDate);
    QCOMPARE(r.sex, fields.sex);
    QCOMPARE(r.optionalData, fields.optionalData);
    QCOMPARE(r.optionalData2, fields.optionalData2);
    if (fields.issuingState == u"DEU")
        QCOMPARE(lines[0].mid(2, 3), QStringLiteral("D<<"));
}

void TestMrzParser::everyCheckDigitBrokenInTurn_data()
{
    QTest::addColumn<int>("format");
    QTest::addColumn<int>("seed");
    QTest::addColumn<int>("check");
    for (const MrzFormat f :
         {MrzFormat::TD1, MrzFormat::TD2, MrzFormat::TD3, MrzFormat::MRVA, MrzFormat::MRVB}) {
        const QList<MrzCheck>& checks = MrzLayout::of(f).checks();
        for (int seed = 0; seed < 3; ++seed) {
            for (int i = 0; i < checks.size(); ++i)
                QTest::addRow("%s %d %s", qPrintable(mrzFormatToString(f)), seed,
                              qPrintable(checks[i].field))
                    << int(f) << seed << i;
        }
    }
}

// A wrong check digit is found and named; the composite covers the other check digits, so
// breaking one of those breaks the composite too, and nothing else.
void TestMrzParser::everyCheckDigitBrokenInTurn()
{
    QFETCH(int, format);
    QFETCH(int, seed);
    QFETCH(int, check);
    QStringList lines = MrzComposer::compose(generated(MrzFormat(format), seed));
    const MrzLayout& layout = MrzLayout::of(MrzFormat(format));
    const MrzCheck& broken = layout.checks()[check];
    QChar& digit = lines[broken.line][broken.position];
    digit = QChar(u'0' + (digit.unicode() - u'0' + 1) % 10);

    const MrzRecord r = MrzParser::parse(lines, Today);
    QVERIFY(r.recognised);
    QVERIFY(!r.valid);
    QStringList expected{QStringLiteral("mrz_check_digit:") + broken.field};
    const bool hasComposite = layout.checks().last().field == u"composite";
    if (hasComposite && broken.field != u"composite")
        expected.append(QStringLiteral("mrz_check_digit:composite"));
    QCOMPARE(codes(r.problems), expected);
}

void TestMrzParser::misreadCharacterFailsItsChecks()
{
    // 0/O in the document number: a valid character, caught by its check digit and the composite.
    const QStringList lines = replaced(Td3Specimen, 1, 4, QStringLiteral("O"));
    MrzRecord r = MrzParser::parse(lines, Today);
    QCOMPARE(codes(r.problems),
             (QStringList{"mrz_check_digit:document_number", "mrz_check_digit:composite"}));
    QCOMPARE(r.documentNumber, QStringLiteral("L898O02C3"));
    // The names carry no check digit: a misread letter there goes through.
    r = MrzParser::parse(replaced(Td3Specimen, 0, 6, QStringLiteral("B")), Today);
    QVERIFY(r.valid);
    QCOMPARE(r.surname, QStringLiteral("EBIKSSON"));
    // A TD1 optional data character: only the composite covers it.
    r = MrzParser::parse(replaced(Td1Specimen, 1, 20, QStringLiteral("B")), Today);
    QCOMPARE(codes(r.problems), QStringList{"mrz_check_digit:composite"});
}

void TestMrzParser::td1LongDocumentNumber()
{
    // Doc 9303 part 5, note j: D23145890734 in TD1 form, composed by hand.
    const QStringList lines = withComposite({QStringLiteral("I<UTOD23145890<7349<<<<<<<<<<<"),
                                             QStringLiteral("7408122F1204159UTO<<<<<<<<<<<0"),
                                             QStringLiteral("ERIKSSON<<ANNA<MARIA<<<<<<<<<<")});
    MrzRecord r = MrzParser::parse(lines, Today);
    QVERIFY2(r.valid, qPrintable(codes(r.problems).join(u' ')));
    QCOMPARE(r.documentNumber, QStringLiteral("D23145890734"));
    QCOMPARE(r.optionalData, QString());

    // Optional data after the number's continuation.
    MrzRecord fields = generated(MrzFormat::TD1, 1);
    fields.documentNumber = QStringLiteral("AB1234567890");
    fields.optionalData = QStringLiteral("XYZ12");
    const QStringList composed = MrzComposer::compose(fields);
    QCOMPARE(composed[0].mid(5, 15),
             QStringLiteral("AB1234567<890") + mrzCheckDigit(u"AB1234567890") + u'<');
    r = MrzParser::parse(composed, Today);
    QVERIFY2(r.valid, qPrintable(codes(r.problems).join(u' ')));
    QCOMPARE(r.documentNumber, QStringLiteral("AB1234567890"));
    QCOMPARE(r.optionalData, QStringLiteral("XYZ12"));

    // The long number's own check digit broken: named as the document number's, and the composite.
    QStringList broken = composed;
    QChar& digit = broken[0][18];
    digit = QChar(u'0' + (digit.unicode() - u'0' + 1) % 10);
    r = MrzParser::parse(broken, Today);
    QCOMPARE(codes(r.problems),
             (QStringList{"mrz_check_digit:document_number", "mrz_check_digit:composite"}));

    // '<' in the check position but nothing continues the number.
    r = MrzParser::parse(withComposite(replaced(Td1Specimen, 0, 14, QStringLiteral("<"))), Today);
    QCOMPARE(codes(r.problems), QStringList{"mrz_check_digit:document_number"});
}

void TestMrzParser::td2LongDocumentNumber()
{
    // TD3 has no long form: '<' for the number's check digit is a wrong check digit.
    const MrzRecord td3 =
        MrzParser::parse(withComposite(replaced(Td3Specimen, 1, 9, QStringLiteral("<"))), Today);
    QCOMPARE(codes(td3.problems), QStringList{"mrz_check_digit:document_number"});

    MrzRecord fields = generated(MrzFormat::TD2, 2);
    fields.documentNumber = QStringLiteral("X98765432101");
    fields.optionalData.clear();
    const QStringList lines = MrzComposer::compose(fields);
    QCOMPARE(lines[1][9], u'<');
    const MrzRecord r = MrzParser::parse(lines, Today);
    QVERIFY2(r.valid, qPrintable(codes(r.problems).join(u' ')));
    QCOMPARE(r.documentNumber, QStringLiteral("X98765432101"));
}

void TestMrzParser::emptyPersonalNumber_data()
{
    QTest::addColumn<QString>("check");
    QTest::addColumn<bool>("valid");
    QTest::newRow("filler") << "<" << true;
    QTest::newRow("zero") << "0" << true;
    QTest::newRow("other digit") << "3" << false;
}

void TestMrzParser::emptyPersonalNumber()
{
    QFETCH(QString, check);
    QFETCH(bool, valid);
    const QStringList lines =
        withComposite(replaced(Td3Specimen, 1, 28, QStringLiteral("<<<<<<<<<<<<<<") + check));
    const MrzRecord r = MrzParser::parse(lines, Today);
    QCOMPARE(r.valid, valid);
    QCOMPARE(r.optionalData, QString());
    if (!valid)
        QCOMPARE(codes(r.problems), QStringList{"mrz_check_digit:personal_number"});
}

void TestMrzParser::centuryAroundToday_data()
{
    QTest::addColumn<QString>("yymmdd");
    QTest::addColumn<QDate>("today");
    QTest::addColumn<QDate>("birth");
    QTest::newRow("born today") << "261205" << Today << QDate(2026, 12, 5);
    QTest::newRow("tomorrow is last century") << "261206" << Today << QDate(1926, 12, 6);
    QTest::newRow("yesterday") << "261204" << Today << QDate(2026, 12, 4);
    QTest::newRow("new year's eve") << "991231" << Today << QDate(1999, 12, 31);
    QTest::newRow("2000-01-01") << "000101" << Today << QDate(2000, 1, 1);
    QTest::newRow("leap day 2000") << "000229" << Today << QDate(2000, 2, 29);
    QTest::newRow("next year is last century") << "270101" << Today << QDate(1927, 1, 1);
    QTest::newRow("other today") << "100615" << QDate(2009, 1, 1) << QDate(1910, 6, 15);
    QTest::newRow("other today, same day") << "090101" << QDate(2009, 1, 1) << QDate(2009, 1, 1);
}

void TestMrzParser::centuryAroundToday()
{
    QFETCH(QString, yymmdd);
    QFETCH(QDate, today);
    QFETCH(QDate, birth);
    const QStringList lines = withChecks(replaced(Td3Specimen, 1, 13, yymmdd));
    const MrzRecord r = MrzParser::parse(lines, today);
    QVERIFY2(r.valid, qPrintable(codes(r.problems).join(u' ')));
    QCOMPARE(r.birthDate, birth);
    // The expiry date is 20YY whatever today is.
    QCOMPARE(r.expiryDate, QDate(2012, 4, 15));
}

void TestMrzParser::badDates()
{
    MrzRecord r =
        MrzParser::parse(withChecks(replaced(Td3Specimen, 1, 13, QStringLiteral("741312"))), Today);
    QCOMPARE(codes(r.problems), QStringList{"mrz_bad_date:birth_date"});
    QVERIFY(!r.birthDate.isValid());
    QVERIFY(r.recognised);
    r = MrzParser::parse(withChecks(replaced(Td3Specimen, 1, 21, QStringLiteral("230229"))), Today);
    QCOMPARE(codes(r.problems), QStringList{"mrz_bad_date:expiry_date"});
    // A birth date partly unknown ('<' for the day) is no date.
    r = MrzParser::parse(withChecks(replaced(Td3Specimen, 1, 13, QStringLiteral("7408<<"))), Today);
    QCOMPARE(codes(r.problems), QStringList{"mrz_bad_date:birth_date"});
}

void TestMrzParser::names_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("surname");
    QTest::addColumn<QString>("given");
    QTest::newRow("two given names") << "ERIKSSON<<ANNA<MARIA"
                                     << "ERIKSSON"
                                     << "ANNA MARIA";
    QTest::newRow("surname of parts") << "VAN<DER<BERG<<JAN"
                                      << "VAN DER BERG"
                                      << "JAN";
    QTest::newRow("no given name") << "NURLANULY"
                                   << "NURLANULY"
                                   << "";
    QTest::newRow("no given name, separator") << "NURLANULY<<"
                                              << "NURLANULY"
                                              << "";
    QTest::newRow("truncated") << "ABCDEFGHIJKLMNOPQRSTUVWXYZ<<ABCDEFGHIJK"
                               << "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
                               << "ABCDEFGHIJK";
    QTest::newRow("only given names") << "<<ASEL"
                                      << ""
                                      << "ASEL";
}

void TestMrzParser::names()
{
    QFETCH(QString, field);
    QFETCH(QString, surname);
    QFETCH(QString, given);
    const QStringList lines = replaced(Td3Specimen, 0, 5, field.leftJustified(39, u'<'));
    const MrzRecord r = MrzParser::parse(lines, Today);
    QVERIFY(r.valid);
    QCOMPARE(r.surname, surname);
    QCOMPARE(r.givenNames, given);
}

void TestMrzParser::countryCodes_data()
{
    QTest::addColumn<QString>("printed");
    QTest::addColumn<QString>("code");
    QTest::addColumn<bool>("known");
    QTest::newRow("Germany") << "D<<"
                             << "DEU" << true;
    QTest::newRow("Kazakhstan") << "KAZ"
                                << "KAZ" << true;
    QTest::newRow("stateless") << "XXA"
                               << "XXA" << true;
    QTest::newRow("refugee 1951") << "XXB"
                                  << "XXB" << true;
    QTest::newRow("refugee other") << "XXC"
                                   << "XXC" << true;
    QTest::newRow("unspecified") << "XXX"
                                 << "XXX" << true;
    QTest::newRow("Utopia") << "UTO"
                            << "UTO" << true;
    QTest::newRow("British overseas territories") << "GBD"
                                                  << "GBR" << true;
    QTest::newRow("British national overseas") << "GBN"
                                               << "GBR" << true;
    QTest::newRow("British overseas citizen") << "GBO"
                                              << "GBR" << true;
    QTest::newRow("British protected person") << "GBP"
                                              << "GBR" << true;
    QTest::newRow("British subject") << "GBS"
                                     << "GBR" << true;
    QTest::newRow("European Union") << "EUE"
                                    << "EUE" << true;
    QTest::newRow("United Nations") << "UNO"
                                    << "UNO" << true;
    QTest::newRow("UN agency") << "UNA"
                               << "UNA" << true;
    QTest::newRow("UNMIK") << "UNK"
                           << "UNK" << true;
    QTest::newRow("Interpol") << "XPO"
                              << "XPO" << true;
    QTest::newRow("unknown") << "QQQ"
                             << "QQQ" << false;
    QTest::newRow("Germany without fillers is unknown") << "DEX"
                                                        << "DEX" << false;
}

void TestMrzParser::countryCodes()
{
    QFETCH(QString, printed);
    QFETCH(QString, code);
    QFETCH(bool, known);
    QStringList lines = replaced(Td3Specimen, 0, 2, printed);
    lines = withChecks(replaced(lines, 1, 10, printed));
    const MrzRecord r = MrzParser::parse(lines, Today);
    QCOMPARE(r.issuingState, code);
    QCOMPARE(r.nationality, code);
    QCOMPARE(r.issuingStateCode, QString(printed).remove(u'<'));
    if (known) {
        QVERIFY2(r.valid, qPrintable(codes(r.problems).join(u' ')));
    } else {
        QCOMPARE(codes(r.problems), (QStringList{"mrz_unknown_country:issuing_state",
                                                 "mrz_unknown_country:nationality"}));
    }
    QCOMPARE(MrzCountryCode::toPrinted(u"DEU"), QStringLiteral("D"));
    QVERIFY(MrzCountryCode::isNonCountry(u"XXB"));
    QVERIFY(!MrzCountryCode::isNonCountry(u"XXA"));
}

void TestMrzParser::sexCodes_data()
{
    QTest::addColumn<QString>("printed");
    QTest::addColumn<int>("sex");
    QTest::addColumn<QString>("json");
    QTest::addColumn<bool>("valid");
    QTest::newRow("M") << "M" << int(Sex::Male) << "male" << true;
    QTest::newRow("F") << "F" << int(Sex::Female) << "female" << true;
    QTest::newRow("X") << "X" << int(Sex::Unknown) << "unspecified" << true;
    QTest::newRow("<") << "<" << int(Sex::Unknown) << "unspecified" << true;
    QTest::newRow("A") << "A" << int(Sex::Unknown) << "unspecified" << false;
}

void TestMrzParser::sexCodes()
{
    QFETCH(QString, printed);
    QFETCH(int, sex);
    QFETCH(QString, json);
    QFETCH(bool, valid);
    const MrzRecord r = MrzParser::parse(replaced(Td3Specimen, 1, 20, printed), Today);
    QCOMPARE(int(r.sex), sex);
    QCOMPARE(r.valid, valid);
    QCOMPARE(mrzRecordToJson(r).value(u"sex").toString(), json);
    if (!valid)
        QCOMPARE(codes(r.problems), QStringList{"mrz_bad_character:sex"});
}

void TestMrzParser::badCharacters()
{
    // A digit in the issuing state (UT0): the class of the position forbids it.
    MrzRecord r = MrzParser::parse(replaced(Td3Specimen, 0, 4, QStringLiteral("0")), Today);
    QCOMPARE(codes(r.problems),
             (QStringList{"mrz_bad_character:issuing_state", "mrz_unknown_country:issuing_state"}));
    QVERIFY(r.problems.first().message.contains(u"Line 1, position 5"));
    // A letter in the birth date (O for 0), also failing its check digit and the composite.
    r = MrzParser::parse(replaced(Td3Specimen, 1, 13, QStringLiteral("O")), Today);
    QCOMPARE(codes(r.problems),
             (QStringList{"mrz_bad_character:birth_date", "mrz_check_digit:birth_date",
                          "mrz_check_digit:composite", "mrz_bad_date:birth_date"}));
    // Something that is no zone character at all, in a name.
    r = MrzParser::parse(replaced(Td3Specimen, 0, 10, QStringLiteral("-")), Today);
    QCOMPARE(codes(r.problems), QStringList{"mrz_bad_character:names"});
    // One problem per field however many characters are wrong.
    r = MrzParser::parse(replaced(Td3Specimen, 0, 5, QStringLiteral("3R1K55ON")), Today);
    QCOMPARE(codes(r.problems), QStringList{"mrz_bad_character:names"});
}

void TestMrzParser::wedgeInput_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("lines");
    const QString td3 = Td3Specimen.join(QString());
    QTest::newRow("plain lines") << Td3Specimen.join(u'\n') << Td3Specimen;
    QTest::newRow("CR LF and a trailing newline")
        << Td3Specimen.join(QStringLiteral("\r\n")) + u"\r\n"
        << Td3Specimen;
    QTest::newRow("CR only") << Td3Specimen.join(u'\r') << Td3Specimen;
    QTest::newRow("STX ETX framing") << u'\x02' + Td3Specimen.join(u'\r') + u'\x03' << Td3Specimen;
    QTest::newRow("one run of 88") << td3 << Td3Specimen;
    QTest::newRow("spaces and tabs")
        << QStringLiteral("P<UTO ERIKSSON<<ANNA<MARIA <<<<<<<<<<<<<<<<<<<\n"
                          "L898902C3 6 UTO 7408122 F 1204159 ZE184226B<<<<< 1 0\t")
        << Td3Specimen;
    QTest::newRow("lower case") << Td3Specimen.join(u'\n').toLower() << Td3Specimen;
    QTest::newRow("blank lines") << u"\n\n" + Td1Specimen.join(QStringLiteral("\n\n")) + u"\n\n"
                                 << Td1Specimen;
    QTest::newRow("broken anywhere")
        << td3.left(20) + u'\n' + td3.mid(20, 50) + u'\n' + td3.mid(70) << Td3Specimen;
    QTest::newRow("TD1 run of 90") << Td1Specimen.join(QString()) << Td1Specimen;
    QTest::newRow("TD2 run of 72") << Td2Specimen.join(QString()) << Td2Specimen;
}

void TestMrzParser::wedgeInput()
{
    QFETCH(QString, text);
    QFETCH(QStringList, lines);
    QCOMPARE(MrzParser::normalisedLines(text), lines);
    QVERIFY(MrzParser::parseText(text, Today).valid);
}

void TestMrzParser::notRecognised_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("empty") << "";
    QTest::newRow("a word") << "hello";
    QTest::newRow("one line of a passport") << Td3Specimen.first();
    QTest::newRow("a character short") << Td3Specimen.join(u'\n').chopped(1);
    QTest::newRow("digits first") << "1" + Td1Specimen.join(u'\n').mid(1);
}

void TestMrzParser::notRecognised()
{
    QFETCH(QString, text);
    const MrzRecord r = MrzParser::parseText(text, Today);
    QVERIFY(!r.recognised);
    QVERIFY(!r.valid);
    QCOMPARE(codes(r.problems), QStringList{"mrz_not_recognised:"});
    const QJsonObject json = mrzRecordToJson(r);
    QCOMPARE(json.value(u"valid").toBool(true), false);
    QVERIFY(json.value(u"format").isNull());
}

void TestMrzParser::json()
{
    const QJsonObject json = mrzRecordToJson(MrzParser::parse(Td1Specimen, Today));
    for (const char* key : {"valid", "format", "document_code", "issuing_state", "surname",
                            "given_names", "document_number", "nationality", "birth_date", "sex",
                            "expiry_date", "optional_data", "optional_data_2", "problems", "lines"})
        QVERIFY2(json.contains(QLatin1String(key)), key);
    QCOMPARE(json.value(u"format").toString(), QStringLiteral("TD1"));
    QCOMPARE(json.value(u"birth_date").toString(), QStringLiteral("1974-08-12"));
    QCOMPARE(json.value(u"sex").toString(), QStringLiteral("female"));
    QCOMPARE(json.value(u"lines").toArray().size(), 3);
    const QJsonObject broken =
        mrzRecordToJson(MrzParser::parse(replaced(Td1Specimen, 1, 29, QStringLiteral("1")), Today));
    const QJsonObject problem = broken.value(u"problems").toArray().first().toObject();
    QCOMPARE(problem.value(u"code").toString(), QStringLiteral("mrz_check_digit"));
    QCOMPARE(problem.value(u"field").toString(), QStringLiteral("composite"));
    QVERIFY(!problem.value(u"message").toString().isEmpty());
}

void TestMrzParser::messagesFollowLanguage()
{
    const QStringList lines = replaced(Td3Specimen, 1, 19, QStringLiteral("3"));
    QStringList seen;
    for (const char* lang : {"en", "kk", "ru"}) {
        QVERIFY(Language::install(QLatin1String(lang)));
        const MrzRecord r = MrzParser::parse(lines, Today);
        QCOMPARE(codes(r.problems).first(), QStringLiteral("mrz_check_digit:birth_date"));
        seen.append(r.problems.first().message);
    }
    QVERIFY2(seen[0].contains(u"date of birth"), qPrintable(seen[0]));
    QVERIFY2(seen[1].contains(u"туған күн", Qt::CaseInsensitive), qPrintable(seen[1]));
    QVERIFY2(seen[2].contains(u"даты рождения"), qPrintable(seen[2]));
}

QTEST_GUILESS_MAIN(TestMrzParser)
#include "TestMrzParser.moc"
