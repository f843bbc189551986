#include "core/person/Iin.h"

#include <QTest>

using namespace iin;

class TestIin : public QObject
{
    Q_OBJECT

private slots:
    void checkDigit_data();
    void checkDigit();
    void check_data();
    void check();
    void singleDigitErrors_data();
    void singleDigitErrors();
    void centuryUnknownIsAcceptedWithWarning();
    void generatedPrefixesRoundTrip();
    void centuryDigitIsNeverZero();
};

void TestIin::checkDigit_data()
{
    QTest::addColumn<QString>("prefix");
    QTest::addColumn<int>("expected"); // -1: unusable

    // Worked examples of the algorithm (facts.md).
    QTest::newRow("first pass") << "92102935085" << 1;
    QTest::newRow("second pass") << "90010130081" << 1;
    QTest::newRow("unusable") << "90010130080" << -1;
    QTest::newRow("2000-02-29 male") << "00022950001" << 8;
    QTest::newRow("1999-12-31 female") << "99123140001" << 4;
    QTest::newRow("2000-01-01 male") << "00010150001" << 1;
    QTest::newRow("too short") << "9210293508" << -1;
    QTest::newRow("not digits") << "9210293508x" << -1;
}

void TestIin::checkDigit()
{
    QFETCH(QString, prefix);
    QFETCH(int, expected);
    const auto digit = Iin::checkDigit(prefix);
    QCOMPARE(digit.value_or(-1), expected);
}

void TestIin::check_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QDate>("birthDate");
    QTest::addColumn<int>("sex"); // Sex
    QTest::addColumn<int>("century");
    QTest::addColumn<QStringList>("errors");

    const QStringList none;
    const int male = int(Sex::Male), female = int(Sex::Female), unknown = int(Sex::Unknown);
    QTest::newRow("worked example 1")
        << "921029350851" << true << QDate(1992, 10, 29) << male << 1900 << none;
    QTest::newRow("worked example 2")
        << "900101300811" << true << QDate(1990, 1, 1) << male << 1900 << none;
    QTest::newRow("unusable prefix") << "900101300800" << false << QDate(1990, 1, 1) << male << 1900
                                     << QStringList{"iin.unusable_prefix"};
    QTest::newRow("29 February 2000")
        << "000229500018" << true << QDate(2000, 2, 29) << male << 2000 << none;
    QTest::newRow("29 February 1900 does not exist")
        << "000229300015" << false << QDate() << male << 1900 << QStringList{"iin.birth_date"};
    QTest::newRow("last day of the 1900s")
        << "991231400014" << true << QDate(1999, 12, 31) << female << 1900 << none;
    QTest::newRow("first day of the 2000s")
        << "000101500011" << true << QDate(2000, 1, 1) << male << 2000 << none;
    QTest::newRow("1800s") << "850630100019" << true << QDate(1885, 6, 30) << male << 1800 << none;
    QTest::newRow("digit 7 out of range") << "921029750851" << false << QDate() << unknown << 0
                                          << QStringList{"iin.century_digit", "iin.check_digit"};
    QTest::newRow("too short") << "92102935085" << false << QDate(1992, 10, 29) << male << 1900
                               << QStringList{"iin.length"};
    QTest::newRow("letters") << "92102935085A" << false << QDate() << unknown << 0
                             << QStringList{"iin.digits"};
    QTest::newRow("empty") << "" << false << QDate() << unknown << 0 << QStringList{"iin.length"};
    QTest::newRow("month 13") << "921329350851" << false << QDate() << male << 1900
                              << QStringList{"iin.birth_date", "iin.check_digit"};
}

void TestIin::check()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QFETCH(QDate, birthDate);
    QFETCH(int, sex);
    QFETCH(int, century);
    QFETCH(QStringList, errors);

    const IinCheck c = Iin::check(text);
    QStringList codes;
    for (const Problem& p : c.errors) {
        codes << p.code;
        QVERIFY2(!p.message.isEmpty(), qPrintable(p.code));
    }
    QCOMPARE(codes, errors);
    QCOMPARE(c.valid, valid);
    QCOMPARE(c.birthDate, birthDate);
    QCOMPARE(int(c.sex), sex);
    QCOMPARE(c.century, century);
    QCOMPARE(Iin::parse(text).has_value(), valid);
}

void TestIin::singleDigitErrors_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("errors");

    // 921029350851 with one digit changed in each position.
    QTest::newRow("position 1") << "021029350851" << QStringList{"iin.check_digit"};
    QTest::newRow("position 2") << "931029350851" << QStringList{"iin.check_digit"};
    QTest::newRow("position 3") << "922029350851"
                                << QStringList{"iin.birth_date", "iin.check_digit"};
    QTest::newRow("position 4") << "921129350851" << QStringList{"iin.check_digit"};
    QTest::newRow("position 5") << "921039350851"
                                << QStringList{"iin.birth_date", "iin.check_digit"};
    QTest::newRow("position 6") << "921020350851" << QStringList{"iin.check_digit"};
    QTest::newRow("position 7") << "921029450851" << QStringList{"iin.check_digit"};
    QTest::newRow("position 8") << "921029360851" << QStringList{"iin.check_digit"};
    QTest::newRow("position 9") << "921029352851" << QStringList{"iin.check_digit"};
    QTest::newRow("position 10") << "921029350951" << QStringList{"iin.check_digit"};
    // Digit 11 has weight 11 in the first pass, which vanishes modulo 11: only numbers whose
    // check digit comes from the second pass can reveal an error there.
    QTest::newRow("position 11, second pass") << "900101300821" << QStringList{"iin.check_digit"};
    QTest::newRow("position 11 to an unusable prefix")
        << "900101300801" << QStringList{"iin.unusable_prefix"};
    QTest::newRow("position 12") << "921029350852" << QStringList{"iin.check_digit"};
}

void TestIin::singleDigitErrors()
{
    QFETCH(QString, text);
    QFETCH(QStringList, errors);
    const IinCheck c = Iin::check(text);
    QStringList codes;
    for (const Problem& p : c.errors)
        codes << p.code;
    QCOMPARE(codes, errors);
    QVERIFY(!c.valid);
}

void TestIin::centuryUnknownIsAcceptedWithWarning()
{
    // 92102905085 + check digit: digit 7 = 0, "foreign national, century unknown".
    const auto digit = Iin::checkDigit(u"92102905085");
    QVERIFY(digit.has_value());
    const QString text = QStringLiteral("92102905085") + QString::number(*digit);
    const IinCheck c = Iin::check(text);
    QVERIFY2(c.valid, c.errors.isEmpty() ? "" : qPrintable(c.errors.first().message));
    QCOMPARE(c.warnings.size(), 1);
    QCOMPARE(c.warnings.first().code, QStringLiteral("iin.century_unknown"));
    QCOMPARE(c.century, 0);
    QCOMPARE(c.sex, Sex::Unknown);
    QVERIFY(!c.birthDate.isValid());

    // 31 February exists in no century.
    const QString bad = QStringLiteral("920231050851");
    QVERIFY(Iin::check(bad).errors.first().code == u"iin.birth_date");
}

void TestIin::generatedPrefixesRoundTrip()
{
    int unusable = 0;
    const QDate day(1987, 3, 21);
    for (int serial = 0; serial < 2000; ++serial) {
        const auto prefix = Iin::prefixFor(day, Sex::Female, serial);
        QVERIFY(prefix.has_value());
        QCOMPARE(prefix->size(), 11);
        const auto iin = Iin::fromPrefix(*prefix);
        if (!iin) {
            ++unusable;
            continue;
        }
        const IinCheck c = Iin::check(iin->toString());
        QVERIFY2(c.valid, qPrintable(iin->toString()));
        QCOMPARE(iin->birthDate(), day);
        QCOMPARE(iin->sex(), Sex::Female);
        QCOMPARE(iin->serial(), serial);
    }
    // About 0.8 % of prefixes are unusable (facts.md): some, but few.
    QVERIFY2(unusable > 0 && unusable < 60, qPrintable(QString::number(unusable)));
}

void TestIin::centuryDigitIsNeverZero()
{
    QCOMPARE(Iin::centuryDigit(1899, Sex::Male).value(), 1);
    QCOMPARE(Iin::centuryDigit(1900, Sex::Female).value(), 4);
    QCOMPARE(Iin::centuryDigit(2000, Sex::Male).value(), 5);
    QCOMPARE(Iin::centuryDigit(2099, Sex::Female).value(), 6);
    QVERIFY(!Iin::centuryDigit(2100, Sex::Male));
    QVERIFY(!Iin::centuryDigit(1990, Sex::Unknown));
    QVERIFY(!Iin::prefixFor(QDate(1990, 1, 1), Sex::Male, 10000));
}

QTEST_GUILESS_MAIN(TestIin)
#include "TestIin.moc"
