#include "tests/TestSupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace iin::test;

class TestCli : public QObject
{
    Q_OBJECT

private slots:
    void iinValid();
    void iinInvalidNamesTheProblem_data();
    void iinInvalidNamesTheProblem();
    void iinMessagesFollowLanguage();
    void helpAndUsage();
    void unknownCommandAndLanguage();
    void signInIsOfferedInEveryLanguage();
};

static QJsonObject parseLine(const QByteArray& out)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(out.trimmed(), &error);
    if (error.error != QJsonParseError::NoError)
        qWarning("not JSON: %s", out.constData());
    return doc.object();
}

void TestCli::iinValid()
{
    const ProcessResult r = runCli({QStringLiteral("iin"), QStringLiteral("921029350851")});
    QCOMPARE(r.exitCode, 0);
    const QJsonObject o = parseLine(r.out);
    QCOMPARE(o.value(u"iin").toString(), QStringLiteral("921029350851"));
    QCOMPARE(o.value(u"valid").toBool(), true);
    QCOMPARE(o.value(u"birth_date").toString(), QStringLiteral("1992-10-29"));
    QCOMPARE(o.value(u"sex").toString(), QStringLiteral("male"));
    QCOMPARE(o.value(u"century").toInt(), 1900);
    QCOMPARE(o.value(u"errors").toArray().size(), 0);
    QCOMPARE(o.value(u"warnings").toArray().size(), 0);
}

void TestCli::iinInvalidNamesTheProblem_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("code");
    QTest::newRow("check digit") << "921029350852"
                                 << "iin.check_digit";
    QTest::newRow("unusable") << "900101300800"
                              << "iin.unusable_prefix";
    QTest::newRow("length") << "1234"
                            << "iin.length";
    QTest::newRow("binary") << QString::fromLatin1("\x01\x02\xff") << "iin.digits";
}

void TestCli::iinInvalidNamesTheProblem()
{
    QFETCH(QString, text);
    QFETCH(QString, code);
    const ProcessResult r = runCli({QStringLiteral("iin"), text});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(!r.crashed);
    const QJsonObject o = parseLine(r.out);
    QCOMPARE(o.value(u"valid").toBool(), false);
    const QJsonArray errors = o.value(u"errors").toArray();
    QVERIFY(!errors.isEmpty());
    QStringList codes;
    for (const QJsonValue& e : errors)
        codes << e[u"code"].toString();
    QVERIFY2(codes.contains(code), qPrintable(codes.join(u',')));
}

void TestCli::iinMessagesFollowLanguage()
{
    const QStringList args{QStringLiteral("iin"), QStringLiteral("921029350852")};
    const auto message = [&](const QString& lang) {
        const ProcessResult r = runCli(args + QStringList{QStringLiteral("--lang"), lang});
        return parseLine(r.out).value(u"errors").toArray().first()[u"message"].toString();
    };
    const QString en = message(QStringLiteral("en"));
    const QString kk = message(QStringLiteral("kk"));
    const QString ru = message(QStringLiteral("ru"));
    QVERIFY(en.contains(u"check digit"));
    QVERIFY2(kk.contains(u"ЖСН"), qPrintable(kk));
    QVERIFY2(ru.contains(u"ИИН"), qPrintable(ru));
}

void TestCli::helpAndUsage()
{
    ProcessResult r = runCli({QStringLiteral("iin"), QStringLiteral("--help")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains("--lang"));
    r = runCli({QStringLiteral("--help")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains("iin"));
    // Qt's own help lines come in the language asked for too (translations/qt_*.ts).
    r = runCli({"iin", "--help", "--lang", "kk"});
    QCOMPARE(r.exitCode, 0);
    QString help = QString::fromUtf8(r.out);
    QVERIFY2(help.contains("Қолданылуы:") && help.contains("Параметрлер:"), qPrintable(help));
    QVERIFY2(!help.contains("Displays help"), qPrintable(help));
    r = runCli({"iin", "--help", "--lang", "ru"});
    help = QString::fromUtf8(r.out);
    QVERIFY2(help.contains("Показывает справку"), qPrintable(help));
    r = runCli({});
    QCOMPARE(r.exitCode, 2);
    r = runCli({QStringLiteral("iin")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(!r.err.isEmpty());
}

void TestCli::unknownCommandAndLanguage()
{
    ProcessResult r = runCli({QStringLiteral("frobnicate")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.contains("frobnicate"));
    r = runCli({QStringLiteral("iin"), QStringLiteral("921029350851"), QStringLiteral("--lang"),
                QStringLiteral("de")});
    QCOMPARE(r.exitCode, 2);
}

// The sign-in of a journal with operator accounts: listed in the usage and in each journal
// command's help, its messages in the language asked for.
void TestCli::signInIsOfferedInEveryLanguage()
{
    ProcessResult r = runCli({"--help"});
    QVERIFY2(r.out.contains("operator") && r.out.contains("--as LOGIN"), r.out.constData());
    r = runCli({"operator", "--help"});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains("reset-password"), r.out.constData());
    r = runCli({"list", "--help", "--lang", "ru"});
    QVERIFY2(QString::fromUtf8(r.out).contains("Войти как этот оператор"), r.out.constData());

    QTemporaryDir dir;
    const QString journal = dir.filePath("journal.sqlite");
    QFile password(dir.filePath("admin.password"));
    QVERIFY(password.open(QIODevice::WriteOnly));
    password.write("counter2026desk\n");
    password.close();
    QVERIFY(password.setPermissions(QFile::ReadOwner | QFile::WriteOwner));
    r = runCli({"operator", "add", "admin", "--db", journal, "--role", "administrator",
                "--full-name", "Admin", "--new-password-file", password.fileName()});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    r = runCli({"list", "--db", journal, "--lang", "kk"});
    QCOMPARE(r.exitCode, 4);
    QVERIFY2(QString::fromUtf8(r.err).contains("есептік жазбалары бар"), r.err.constData());
    r = runCli({"list", "--db", journal, "--lang", "ru", "--as", "admin", "--password-file",
                password.fileName()});
    QCOMPARE(r.exitCode, 4); // the administrator sees no personal data
    QVERIFY2(QString::fromUtf8(r.err).contains("не позволяет"), r.err.constData());
}

QTEST_GUILESS_MAIN(TestCli)
#include "TestCli.moc"
