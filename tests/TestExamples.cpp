#include "tests/TestSupport.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace iin::test;

// Runs the real iin-desk-cli on every file in examples/ and compares with examples/expected.json.
class TestExamples : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void manifestListsEveryFile();
    void check_data();
    void check();
    void malformed_data();
    void malformed();
    void standardInput();
    void rulesOption();
    void hostileInput_data();
    void hostileInput();
    void fiftyMegabytes();
    void messagesInKazakhAndRussian();

private:
    QJsonObject m_manifest;
};

void TestExamples::initTestCase()
{
    QFile f(sourcePath("examples/expected.json"));
    QVERIFY(f.open(QIODevice::ReadOnly));
    m_manifest = QJsonDocument::fromJson(f.readAll()).object();
    QVERIFY(!m_manifest.value("check").toObject().isEmpty());
}

void TestExamples::manifestListsEveryFile()
{
    QStringList onDisk;
    const QDir dir(sourcePath("examples"));
    for (const QString& name : dir.entryList({"*.json"}, QDir::Files)) {
        if (name != "expected.json")
            onDisk << name;
    }
    for (const QString& name : QDir(dir.filePath("malformed")).entryList(QDir::Files))
        onDisk << "malformed/" + name;
    QStringList listed = m_manifest.value("check").toObject().keys() +
                         m_manifest.value("malformed").toObject().keys();
    onDisk.sort();
    listed.sort();
    QCOMPARE(listed, onDisk);
}

void TestExamples::check_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<bool>("complete");
    QTest::addColumn<QStringList>("codes");
    const QJsonObject cases = m_manifest.value("check").toObject();
    for (auto it = cases.begin(); it != cases.end(); ++it) {
        QStringList codes;
        for (const QJsonValue& c : it->toObject().value("findings").toArray())
            codes << c.toString();
        codes.sort();
        QTest::newRow(qPrintable(it.key()))
            << it.key() << it->toObject().value("complete").toBool() << codes;
    }
}

void TestExamples::check()
{
    QFETCH(QString, file);
    QFETCH(bool, complete);
    QFETCH(QStringList, codes);
    const ProcessResult r = runCli({"check", sourcePath("examples/" + file)});
    QVERIFY(!r.crashed);
    QCOMPARE(r.exitCode, complete ? 0 : 1);
    QJsonParseError error;
    const QJsonObject out = QJsonDocument::fromJson(r.out, &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(out.value("complete").toBool(), complete);
    QCOMPARE(out.value("rules").toString(), QStringLiteral("2022-02"));
    QStringList seen;
    for (const QJsonValue& v : out.value("findings").toArray()) {
        const QJsonObject f = v.toObject();
        seen << f.value("code").toString();
        for (const char* key : {"code", "rule", "severity", "field", "message"})
            QVERIFY2(!f.value(QLatin1String(key)).toString().isEmpty(), key);
        QVERIFY(QStringList({"missing_document", "invalid_field", "warning"})
                    .contains(f.value("severity").toString()));
    }
    seen.sort();
    QCOMPARE(seen, codes);
}

void TestExamples::malformed_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("field");
    const QJsonObject cases = m_manifest.value("malformed").toObject();
    for (auto it = cases.begin(); it != cases.end(); ++it) {
        QTest::newRow(qPrintable(it.key())) << it.key() << it->toObject().value("field").toString();
    }
}

void TestExamples::malformed()
{
    QFETCH(QString, file);
    QFETCH(QString, field);
    const ProcessResult r = runCli({"check", sourcePath("examples/" + file)});
    QVERIFY(!r.crashed);
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.out.isEmpty());
    QVERIFY(r.err.startsWith("iin-desk-cli: "));
    if (!field.isEmpty())
        QVERIFY2(r.err.contains((field + ":").toUtf8()), r.err.constData());
}

void TestExamples::standardInput()
{
    QFile f(sourcePath("examples/portal-without-eds.json"));
    QVERIFY(f.open(QIODevice::ReadOnly));
    const ProcessResult r = runCli({"check", "-"}, f.readAll());
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.out.contains("row8.portal.electronic_request_eds"));
    const ProcessResult empty = runCli({"check", "-"});
    QCOMPARE(empty.exitCode, 2);
    QVERIFY(empty.err.contains("empty"));
}

void TestExamples::rulesOption()
{
    const QString file = sourcePath("examples/counter-complete.json");
    ProcessResult r = runCli({"check", file, "--rules", "2022-02"});
    QCOMPARE(r.exitCode, 0);
    r = runCli({"check", file, "--rules", "1999-01"});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.contains("1999-01"));
    r = runCli({"check", sourcePath("examples/no-such-file.json")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.contains("no-such-file.json"));
    r = runCli({"check"});
    QCOMPARE(r.exitCode, 2);
    r = runCli({"check", "--help"});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains("--rules"));
    // Submitted before the earliest edition took effect: no rules apply, unless named.
    QFile f(file);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QJsonObject o = QJsonDocument::fromJson(f.readAll()).object();
    o.insert("submitted_on", "2021-12-01");
    const QByteArray early = QJsonDocument(o).toJson();
    r = runCli({"check", "-"}, early);
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.contains("2021-12-01"));
    r = runCli({"check", "-", "--rules", "2022-02"}, early);
    QVERIFY(r.exitCode == 0 || r.exitCode == 1);
}

void TestExamples::hostileInput_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QByteArray>("reason");
    QTest::newRow("empty") << QByteArray() << QByteArray("empty");
    QTest::newRow("NUL bytes") << QByteArray(1000, '\0') << QByteArray("UTF-8");
    QByteArray random(64 * 1024, 0);
    QRandomGenerator generator(26680);
    for (char& c : random)
        c = char(generator.bounded(256));
    QTest::newRow("random") << random << QByteArray("UTF-8");
    QTest::newRow("nested a million deep")
        << QByteArray(1000000, '[') + QByteArray(1000000, ']') << QByteArray("deeper");
    QTest::newRow("unclosed object")
        << QByteArray("{\"format_version\": 1, \"channel\": \"por") << QByteArray("JSON");
    QTest::newRow("number") << QByteArray("1e999999") << QByteArray("JSON");
    QTest::newRow("array") << QByteArray("[{}]") << QByteArray("object");
}

void TestExamples::hostileInput()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QByteArray, reason);
    QTemporaryDir dir;
    QFile f(dir.filePath("input.json"));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(bytes);
    f.close();
    for (const ProcessResult& r :
         {runCli({"check", f.fileName()}), runCli({"check", "-"}, bytes)}) {
        QVERIFY(!r.crashed);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(reason), r.err.constData());
    }
}

void TestExamples::fiftyMegabytes()
{
    QTemporaryDir dir;
    QFile f(dir.filePath("huge.json"));
    QVERIFY(f.open(QIODevice::WriteOnly));
    // A valid start, then 50 MB of one string value.
    f.write("{\"format_version\":1,\"purpose_of_stay\":\"");
    const QByteArray block(1024 * 1024, 'x');
    for (int i = 0; i < 50; ++i)
        f.write(block);
    f.write("\"}");
    f.close();
    const ProcessResult r = runCli({"check", f.fileName()});
    QVERIFY(!r.crashed);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("at most"), r.err.constData());
}

void TestExamples::messagesInKazakhAndRussian()
{
    const QString file =
        sourcePath("examples/counter-representative-power-of-attorney-not-notarized.json");
    const auto message = [&](const QString& lang) {
        const ProcessResult r = runCli({"check", file, "--lang", lang});
        return QJsonDocument::fromJson(r.out)
            .object()
            .value("findings")
            .toArray()
            .at(0)
            .toObject()
            .value("message")
            .toString();
    };
    QVERIFY(message("kk").contains(QString::fromUtf8("нотариалды куәландырылған сенімхат")));
    QVERIFY(message("ru").contains(QString::fromUtf8("нотариально удостоверенная доверенность")));
    QVERIFY(message("en").contains("notarized power of attorney"));
}

QTEST_GUILESS_MAIN(TestExamples)
#include "TestExamples.moc"
