#include "tests/StoreTestData.h"
#include "tests/TestSupport.h"

#include "core/application/ApplicationJson.h"
#include "core/application/RegistrationNumber.h"
#include "core/atrest/ScanKeys.h"
#include "core/store/AttachmentStore.h"
#include "core/store/AuditTrail.h"
#include "core/store/Database.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace iin;
using namespace iin::test;

class TestSubmitCli : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void completePackageIsRegistered();
    void storedApplicationRoundTrips();
    void repeatedPersonIsFlagged();
    void incompletePackageIsRefused();
    void badInputWritesNothing_data();
    void badInputWritesNothing();
    void attachmentsBesideTheFileAreStored();
    void submittedPeopleAreFoundInEitherScript();

private:
    QString path() const { return m_dir->filePath("journal.sqlite"); }
    ProcessResult submit(const QString& file, const QStringList& extra = {});

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestSubmitCli::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestSubmitCli::cleanup()
{
    m_dir.reset();
}

ProcessResult TestSubmitCli::submit(const QString& file, const QStringList& extra)
{
    return runCli(QStringList{"submit", file, "--db", path(), "--office", "ALM01", "--desk", "02",
                              "--operator", "clerk.aigerim"} +
                  extra);
}

void TestSubmitCli::completePackageIsRegistered()
{
    const ProcessResult r = submit(sourcePath("examples/counter-complete.json"));
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QJsonObject o = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(o["status"].toString(), "registered");
    QCOMPARE(o["registration_number"].toString(), RegistrationNumber::make("ALM01", "02", 1));
    QVERIFY(o["application_id"].toInteger() > 0);
    QVERIFY(o["findings"].isArray());
    QCOMPARE(o["duplicates"].toArray().size(), 0);
    QVERIFY(!o["rules"].toString().isEmpty());

    auto db = openOrFail(path());
    QCOMPARE(scalar(*db, "SELECT status FROM applications").toString(), "registered");
    QCOMPARE(scalar(*db, "SELECT rules_edition FROM applications").toString(),
             o["rules"].toString());
    QCOMPARE(scalar(*db, "SELECT created_by FROM applications").toString(), "clerk.aigerim");
    QCOMPARE(scalar(*db, "SELECT state FROM outbox").toString(), "pending");
    QCOMPARE(scalar(*db, "SELECT action FROM audit_log").toString(), AuditTrail::Created);
    QVERIFY(AuditTrail::verify(db->sql()).ok);
}

void TestSubmitCli::storedApplicationRoundTrips()
{
    const QString file = sourcePath("examples/counter-complete.json");
    QVERIFY(submit(file).exitCode == 0);
    QFile f(file);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const ApplicationParse original = ApplicationJson::parse(f.readAll());
    QVERIFY(original.application);
    auto db = openOrFail(path());
    const ApplicationParse stored = ApplicationJson::parse(
        scalar(*db, "SELECT application_json FROM applications").toByteArray());
    QVERIFY(stored.application);
    QVERIFY(*stored.application == *original.application);
}

void TestSubmitCli::repeatedPersonIsFlagged()
{
    const QString file = sourcePath("examples/counter-complete.json");
    const ProcessResult first = submit(file);
    QCOMPARE(first.exitCode, 0);
    const ProcessResult second = submit(file);
    QCOMPARE(second.exitCode, 0); // a warning, not a refusal: the clerk decides
    const QJsonObject o = QJsonDocument::fromJson(second.out).object();
    QCOMPARE(o["registration_number"].toString(), RegistrationNumber::make("ALM01", "02", 2));
    const QJsonArray dups = o["duplicates"].toArray();
    QCOMPARE(dups.size(), 1);
    QCOMPARE(dups[0]["registration_number"].toString(),
             QJsonDocument::fromJson(first.out)["registration_number"].toString());
    QCOMPARE(dups[0]["reasons"].toArray(), (QJsonArray{"document", "name_birth_date"}));
}

void TestSubmitCli::incompletePackageIsRefused()
{
    const ProcessResult r = submit(sourcePath("examples/counter-without-application-form.json"));
    QCOMPARE(r.exitCode, 1);
    const QJsonObject o = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(o["status"].toString(), "refused_at_intake");
    QVERIFY(o["registration_number"].isNull());
    QVERIFY(o["application_id"].toInteger() > 0);
    QStringList codes;
    for (const QJsonValue& f : o["findings"].toArray())
        codes << f["code"].toString();
    QVERIFY2(codes.contains("row8.application_form"), qPrintable(codes.join(",")));

    auto db = openOrFail(path());
    QCOMPARE(scalar(*db, "SELECT status FROM applications").toString(), "refused_at_intake");
    QVERIFY(scalar(*db, "SELECT findings_json FROM applications")
                .toString()
                .contains("row8.application_form"));
    QCOMPARE(scalar(*db, "SELECT count(*) FROM outbox").toInt(), 0);
    QCOMPARE(scalar(*db, "SELECT action FROM audit_log").toString(), AuditTrail::Refused);
}

void TestSubmitCli::badInputWritesNothing_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QStringList>("extra");
    QTest::newRow("malformed") << "examples/malformed/truncated.json" << QStringList{};
    QTest::newRow("unknown field") << "examples/malformed/unknown-field.json" << QStringList{};
    QTest::newRow("binary") << "examples/malformed/binary.json" << QStringList{};
    QTest::newRow("missing file") << "examples/no-such-file.json" << QStringList{};
    QTest::newRow("bad office") << "examples/counter-complete.json"
                                << QStringList{"--office", "almaty"};
    QTest::newRow("bad desk") << "examples/counter-complete.json" << QStringList{"--desk", "12345"};
    QTest::newRow("unknown rules")
        << "examples/counter-complete.json" << QStringList{"--rules", "1999-01"};
}

void TestSubmitCli::badInputWritesNothing()
{
    QFETCH(QString, file);
    QFETCH(QStringList, extra);
    const ProcessResult r = submit(sourcePath(file), extra);
    QCOMPARE(r.exitCode, 2);
    QVERIFY(!r.err.isEmpty());
    QVERIFY(r.out.isEmpty());
    QVERIFY(!QFile::exists(path())); // not even created
}

void TestSubmitCli::attachmentsBesideTheFileAreStored()
{
    const QString folder = m_dir->filePath("package");
    QVERIFY(QDir().mkpath(folder));
    QVERIFY(
        QFile::copy(sourcePath("examples/counter-complete.json"), folder + "/application.json"));
    const QByteArray form = "%PDF-1.4 signed application form";
    const QByteArray passport = "%PDF-1.4 passport copy";
    for (const auto& [name, content] :
         {std::pair{"application.pdf", form}, std::pair{"passport.pdf", passport}}) {
        QFile f(folder + "/" + QLatin1String(name));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(content);
    }
    const ProcessResult r = submit(folder + "/application.json");
    QVERIFY2(r.exitCode == 0, r.err.constData());
    auto db = openOrFail(path());
    QSqlQuery q(db->sql());
    QVERIFY(q.exec("SELECT file_name, sha256, size FROM attachments ORDER BY id"));
    // Kept encrypted under the journal's scan key (docs/at-rest.md).
    const Result<ScanKeys::Access> key = ScanKeys::open(db->path(), false);
    QVERIFY2(key, qPrintable(key.errorMessage()));
    const AttachmentStore files(db->attachmentsPath(), key->cipher);
    for (const QByteArray& content : {form, passport}) {
        QVERIFY(q.next());
        QCOMPARE(q.value(1).toString(), AttachmentStore::sha256Of(content));
        QCOMPARE(q.value(2).toLongLong(), content.size());
        QCOMPARE(*files.get(q.value(1).toString()), content);
    }
}

void TestSubmitCli::submittedPeopleAreFoundInEitherScript()
{
    QCOMPARE(submit(sourcePath("examples/counter-complete.json")).exitCode, 0);
    QCOMPARE(submit(sourcePath("examples/counter-stateless-complete.json")).exitCode, 0);
    for (const QString& text : {QString("ахмедов"), QString("AKHMEDOV"),
                                QString("Akhmedov Bakhtiyor"), QString("АХМЕДОВ БАХТИЁР")}) {
        const ProcessResult r = runCli({"list", "--db", path(), "--search", text});
        QCOMPARE(r.exitCode, 0);
        const QList<QByteArray> rows = r.out.trimmed().split('\n');
        QVERIFY2(rows.size() == 1 && !rows[0].isEmpty(), qPrintable(text));
        QCOMPARE(QJsonDocument::fromJson(rows[0])["name_latin"]["surname"].toString(), "AKHMEDOV");
    }
    // Both examples carry the same passport number (of different states): both are listed.
    const ProcessResult r = runCli({"list", "--db", path(), "--search", "fa 1234567"});
    QCOMPARE(r.out.trimmed().split('\n').size(), 2);
    const ProcessResult k = runCli({"list", "--db", path(), "--search", "ҚАСЫМОВА"});
    QCOMPARE(QJsonDocument::fromJson(k.out.trimmed())["name_latin"]["surname"].toString(),
             "KASYMOVA");
}

QTEST_GUILESS_MAIN(TestSubmitCli)
#include "TestSubmitCli.moc"
