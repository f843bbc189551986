#include "tests/TestSupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace iin::test;

// `iin-desk-cli mrz parse FILE|-`: the real binary, files on disk and standard input.
class TestMrzCli : public QObject
{
    Q_OBJECT

private slots:
    void specimensFromFiles_data();
    void specimensFromFiles();
    void standardInputFromAWedge();
    void checkDigitFailsWithExitOne();
    void notAZoneIsExitTwo_data();
    void notAZoneIsExitTwo();
    void unreadableFile();
    void todayDecidesTheCentury();
    void messagesFollowLanguage();
    void usage();

private:
    QTemporaryDir m_dir;
    QString write(const QString& name, const QByteArray& content);
};

namespace {

const QByteArray Td3 = "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\n"
                       "L898902C36UTO7408122F1204159ZE184226B<<<<<10\n";

QJsonObject parseLine(const QByteArray& out)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(out.trimmed(), &error);
    if (error.error != QJsonParseError::NoError)
        qWarning("not JSON: %s", out.constData());
    return doc.object();
}

QStringList problemCodes(const QJsonObject& o)
{
    QStringList codes;
    for (const QJsonValue& p : o.value(u"problems").toArray())
        codes.append(p[u"code"].toString() + u':' + p[u"field"].toString());
    return codes;
}

} // namespace

QString TestMrzCli::write(const QString& name, const QByteArray& content)
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

void TestMrzCli::specimensFromFiles_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("number");
    QTest::addColumn<QString>("nationality");
    QTest::addColumn<QString>("birth");
    QTest::addColumn<QString>("expiry");
    QTest::newRow("TD3") << Td3 << "TD3"
                         << "L898902C3"
                         << "UTO"
                         << "1974-08-12"
                         << "2012-04-15";
    QTest::newRow("TD1") << QByteArray("I<UTOD231458907<<<<<<<<<<<<<<<\n"
                                       "7408122F1204159UTO<<<<<<<<<<<6\n"
                                       "ERIKSSON<<ANNA<MARIA<<<<<<<<<<\n")
                         << "TD1"
                         << "D23145890"
                         << "UTO"
                         << "1974-08-12"
                         << "2012-04-15";
    QTest::newRow("TD2") << QByteArray("I<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<\n"
                                       "D231458907UTO7408122F1204159<<<<<<<6")
                         << "TD2"
                         << "D23145890"
                         << "UTO"
                         << "1974-08-12"
                         << "2012-04-15";
    QTest::newRow("MRV-A") << QByteArray("V<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\n"
                                         "L8988901C4XXX4009078F96121096ZE184226B<<<<<<\n")
                           << "MRVA"
                           << "L8988901C"
                           << "XXX"
                           << "1940-09-07"
                           << "2096-12-10";
    QTest::newRow("MRV-B") << QByteArray("V<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<\n"
                                         "L8988901C4XXX4009078F9612109<<<<<<<<\n")
                           << "MRVB"
                           << "L8988901C"
                           << "XXX"
                           << "1940-09-07"
                           << "2096-12-10";
}

void TestMrzCli::specimensFromFiles()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, format);
    QFETCH(QString, number);
    QFETCH(QString, nationality);
    QFETCH(QString, birth);
    QFETCH(QString, expiry);
    const ProcessResult r = runCli({"mrz", "parse", write(format + u".txt", content)});
    QCOMPARE(r.exitCode, 0);
    const QJsonObject o = parseLine(r.out);
    QCOMPARE(o.value(u"valid").toBool(), true);
    QCOMPARE(o.value(u"format").toString(), format);
    QCOMPARE(o.value(u"document_code").toString(), format.startsWith(u"MRV") ? "V"
                                                   : format == u"TD3"        ? "P"
                                                                             : "I");
    QCOMPARE(o.value(u"issuing_state").toString(), QStringLiteral("UTO"));
    QCOMPARE(o.value(u"surname").toString(), QStringLiteral("ERIKSSON"));
    QCOMPARE(o.value(u"given_names").toString(), QStringLiteral("ANNA MARIA"));
    QCOMPARE(o.value(u"document_number").toString(), number);
    QCOMPARE(o.value(u"nationality").toString(), nationality);
    QCOMPARE(o.value(u"birth_date").toString(), birth);
    QCOMPARE(o.value(u"sex").toString(), QStringLiteral("female"));
    QCOMPARE(o.value(u"expiry_date").toString(), expiry);
    QVERIFY(o.value(u"optional_data").isString());
    QCOMPARE(o.value(u"problems").toArray().size(), 0);
    QCOMPARE(o.value(u"lines").toArray().size(), format == u"TD1" ? 3 : 2);
}

void TestMrzCli::standardInputFromAWedge()
{
    // A keyboard-wedge reader: CR line ends, spaces, lower case, framed by STX/ETX.
    const QByteArray typed = "\x02p<utoeriksson<<anna<maria<<<<<<<<<<<<<<<<<<<\r"
                             "L898902C36 UTO 7408122F1204159ZE184226B<<<<<10\r\x03";
    const ProcessResult r = runCli({"mrz", "parse", "-"}, typed);
    QCOMPARE(r.exitCode, 0);
    const QJsonObject o = parseLine(r.out);
    QCOMPARE(o.value(u"valid").toBool(), true);
    QCOMPARE(o.value(u"lines").toArray().first().toString(),
             QStringLiteral("P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<"));
}

void TestMrzCli::checkDigitFailsWithExitOne()
{
    QByteArray broken = Td3;
    broken[44 + 1 + 19] = '3'; // the birth date's check digit
    const ProcessResult r = runCli({"mrz", "parse", "-"}, broken);
    QCOMPARE(r.exitCode, 1);
    const QJsonObject o = parseLine(r.out);
    QCOMPARE(o.value(u"valid").toBool(true), false);
    QCOMPARE(o.value(u"format").toString(), QStringLiteral("TD3"));
    QCOMPARE(problemCodes(o),
             (QStringList{"mrz_check_digit:birth_date", "mrz_check_digit:composite"}));
    QVERIFY(!o.value(u"problems").toArray().first()[u"message"].toString().isEmpty());
    // The fields are still there for the clerk to see.
    QCOMPARE(o.value(u"surname").toString(), QStringLiteral("ERIKSSON"));
    // A problem other than a check digit on a recognised zone: exit 1 too.
    QByteArray unknownState = Td3;
    unknownState.replace(2, 3, "QQQ");
    const ProcessResult u = runCli({"mrz", "parse", "-"}, unknownState);
    QCOMPARE(u.exitCode, 1);
    QCOMPARE(problemCodes(parseLine(u.out)), QStringList{"mrz_unknown_country:issuing_state"});
}

void TestMrzCli::notAZoneIsExitTwo_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("text") << QByteArray("Hello, world\n");
    QTest::newRow("one line") << Td3.left(45);
    QTest::newRow("binary") << QByteArray("\x00\x01\xff\xfe", 4);
}

void TestMrzCli::notAZoneIsExitTwo()
{
    QFETCH(QByteArray, content);
    const ProcessResult r = runCli({"mrz", "parse", write(QStringLiteral("not.txt"), content)});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(!r.crashed);
    const QJsonObject o = parseLine(r.out);
    QCOMPARE(o.value(u"valid").toBool(true), false);
    QVERIFY(o.value(u"format").isNull());
    QCOMPARE(problemCodes(o), QStringList{"mrz_not_recognised:"});
}

void TestMrzCli::unreadableFile()
{
    ProcessResult r = runCli({"mrz", "parse", m_dir.filePath(QStringLiteral("missing.txt"))});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.contains("missing.txt"));
    r = runCli({"mrz", "parse", "-"}, QByteArray(100 * 1024, '<'));
    QCOMPARE(r.exitCode, 2);
    QVERIFY(!r.err.isEmpty());
    r = runCli({"mrz", "parse"});
    QCOMPARE(r.exitCode, 2);
    r = runCli({"mrz", "parse", "--today", "2026-13-01", "-"}, Td3);
    QCOMPARE(r.exitCode, 2);
}

void TestMrzCli::todayDecidesTheCentury()
{
    // Born 1974-08-12; on 2073-01-01 "74" could still be 1974 but on 2075-01-01 it is 2074.
    ProcessResult r = runCli({"mrz", "parse", "--today", "2073-01-01", "-"}, Td3);
    QCOMPARE(parseLine(r.out).value(u"birth_date").toString(), QStringLiteral("1974-08-12"));
    r = runCli({"mrz", "parse", "--today", "2075-01-01", "-"}, Td3);
    QCOMPARE(parseLine(r.out).value(u"birth_date").toString(), QStringLiteral("2074-08-12"));
}

void TestMrzCli::messagesFollowLanguage()
{
    QByteArray broken = Td3;
    broken[44 + 1 + 9] = '7'; // the document number's check digit
    const auto message = [&](const char* lang) {
        const ProcessResult r =
            runCli({"mrz", "parse", "--lang", QString::fromLatin1(lang), "-"}, broken);
        return parseLine(r.out).value(u"problems").toArray().first()[u"message"].toString();
    };
    QVERIFY(message("en").contains(u"document number"));
    QVERIFY2(message("kk").contains(u"Құжат нөмірінің бақылау саны"), qPrintable(message("kk")));
    QVERIFY2(message("ru").contains(u"Контрольная цифра номера документа"),
             qPrintable(message("ru")));
}

void TestMrzCli::usage()
{
    ProcessResult r = runCli({"--help"});
    QVERIFY(r.out.contains("mrz"));
    r = runCli({"mrz", "--help"});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains("parse"));
    r = runCli({"mrz", "frobnicate"});
    QCOMPARE(r.exitCode, 2);
    r = runCli({"mrz", "parse", "--help"});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains("--today"));
}

QTEST_GUILESS_MAIN(TestMrzCli)
#include "TestMrzCli.moc"
