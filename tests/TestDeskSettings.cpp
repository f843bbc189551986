#include "AuditTrail.h"
#include "Database.h"
#include "DeskSettings.h"
#include "JournalThread.h"
#include "OperatorDirectory.h"

#include <QFile>
#include <QJsonDocument>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace iin;

// The desk's settings: validation names the field, and they survive a round trip.
class TestDeskSettings : public QObject
{
    Q_OBJECT

private slots:
    void validate_data();
    void validate();
    void roundTrip();
    void registryCertificateFile();
    void changesAreAuditedWithoutTheToken();
    void aFailedSaveIsReported();
};

void TestDeskSettings::validate_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("office");
    QTest::addColumn<QString>("desk");
    QTest::addColumn<int>("idle");
    QTest::addColumn<QStringList>("fields");
    QTest::newRow("training") << ""
                              << "ALM01"
                              << "02" << 10 << QStringList{};
    QTest::newRow("https") << "https://registry.example.kz/api"
                           << "ALM01"
                           << "02" << 10 << QStringList{"deskId"};
    QTest::newRow("ftp") << "ftp://registry.example.kz"
                         << "ALM01"
                         << "02" << 10 << QStringList{"registryUrl", "deskId"};
    QTest::newRow("no scheme") << "registry.example.kz"
                               << "ALM01"
                               << "02" << 10 << QStringList{"registryUrl", "deskId"};
    QTest::newRow("lower-case office") << ""
                                       << "alm01"
                                       << "02" << 10 << QStringList{"officeCode"};
    QTest::newRow("long desk") << ""
                               << "ALM01"
                               << "00002" << 10 << QStringList{"deskCode"};
    QTest::newRow("idle 0") << ""
                            << "ALM01"
                            << "02" << 0 << QStringList{"idleLockMinutes"};
}

void TestDeskSettings::validate()
{
    QFETCH(QString, url);
    QFETCH(QString, office);
    QFETCH(QString, desk);
    QFETCH(int, idle);
    QFETCH(QStringList, fields);
    DeskSettings s;
    s.registryUrl = url;
    s.officeCode = office;
    s.deskCode = desk;
    s.idleLockMinutes = idle;
    QStringList got;
    for (const Problem& p : s.validate()) {
        got << p.field;
        QVERIFY(!p.message.isEmpty());
    }
    QCOMPARE(got, fields);
    QCOMPARE(s.trainingMode(), url.isEmpty());
}

void TestDeskSettings::roundTrip()
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath("desk.ini"), QSettings::IniFormat);
    DeskSettings s;
    s.registryUrl = "https://registry.example.kz";
    s.deskId = "desk-7";
    s.deskToken = "s3cr3t";
    s.officeCode = "AST02";
    s.deskCode = "7";
    s.printerName = "Counter 7";
    s.idleLockMinutes = 5;
    s.defaultLanguage = "ru";
    QFile pem(dir.filePath("registry-ca.pem"));
    QVERIFY(pem.open(QIODevice::WriteOnly));
    pem.write("-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n");
    pem.close();
    s.registryCaFile = pem.fileName();
    QVERIFY(s.validate().isEmpty());
    s.save(settings);
    // The file holds the desk credential: its owner's only.
    QCOMPARE(QFile::permissions(dir.filePath("desk.ini")) & ~(QFile::ReadUser | QFile::WriteUser),
             QFile::ReadOwner | QFile::WriteOwner);
    QSettings again(dir.filePath("desk.ini"), QSettings::IniFormat);
    QCOMPARE(DeskSettings::load(again), s);
    QCOMPARE(s.registryToken(), QString("desk-7:s3cr3t"));
    s.registryUrl.clear();
    QVERIFY(s.registryToken().isEmpty()); // the training registry needs no credential
    QCOMPARE(DeskSettings::load(QSettings(dir.filePath("none.ini"), QSettings::IniFormat))
                 .idleLockMinutes,
             DeskSettings::DefaultIdleLockMinutes);
}

// The registry's TLS certificate: optional, but when given, a readable PEM certificate; the
// registry link reads the same setting (registry/caFile).
void TestDeskSettings::registryCertificateFile()
{
    QTemporaryDir dir;
    DeskSettings s;
    s.officeCode = "ALM01";
    s.deskCode = "02";
    s.registryCaFile = dir.filePath("missing.pem");
    QCOMPARE(s.validate().size(), 1);
    QCOMPARE(s.validate().constFirst().field, QString("registryCaFile"));
    QFile notPem(dir.filePath("key.txt"));
    QVERIFY(notPem.open(QIODevice::WriteOnly));
    notPem.write("not a certificate");
    notPem.close();
    s.registryCaFile = notPem.fileName();
    QCOMPARE(s.validate().size(), 1);
    s.registryCaFile.clear();
    QVERIFY(s.validate().isEmpty());
    QSettings settings(dir.filePath("desk.ini"), QSettings::IniFormat);
    s.registryCaFile = "/etc/iin-desk/registry-ca.pem";
    s.save(settings);
    QCOMPARE(settings.value("registry/caFile").toString(), s.registryCaFile);
}

// Who pointed the desk where: each change is recorded by the administrator, the token only as
// changed, never its value; only a role that may edit the settings records them.
void TestDeskSettings::changesAreAuditedWithoutTheToken()
{
    DeskSettings before;
    before.officeCode = "ALM01";
    before.deskCode = "02";
    DeskSettings after = before;
    after.registryUrl = "https://registry.example.kz";
    after.deskId = "ALM-02";
    after.deskToken = "s3cr3t-token-value";
    after.printerName = "Counter 2";
    const QJsonObject changes = after.changesFrom(before);
    QCOMPARE(changes.value("registry_url").toObject().value("to").toString(),
             QString("https://registry.example.kz"));
    QCOMPARE(changes.value("desk_token").toString(), QString("changed"));
    QCOMPARE(changes.value("printer").toObject().value("to").toString(), QString("Counter 2"));
    QVERIFY(!changes.contains("office_code"));
    QVERIFY(after.changesFrom(after).isEmpty());

    QTemporaryDir dir;
    const QString path = dir.filePath("journal.sqlite");
    {
        auto db = Database::open(path);
        QVERIFY(db);
        OperatorDirectory d(**db);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QVERIFY(d.create("admin", "Admin", Role::Administrator, "counter2026desk", "kk", {}, now));
        QVERIFY(d.create("clerk1", "Clerk", Role::Clerk, "counter2026desk", "kk", "admin", now));
    }
    JournalThread journal(path);
    QSignalSpy recorded(journal.worker(), &JournalWorker::recorded);
    QSignalSpy failed(journal.worker(), &JournalWorker::failed);
    journal.recordSettingsChanged(changes, "clerk1");
    QTRY_COMPARE(failed.size(), 1);
    journal.recordSettingsChanged(changes, "admin");
    QTRY_COMPARE(recorded.size(), 1);

    auto db = Database::open(path);
    QVERIFY(db);
    QSqlQuery q((*db)->sql());
    QVERIFY(q.exec("SELECT operator, subject, details FROM audit_log WHERE action ="
                   " 'settings.changed'"));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), QString("admin"));
    QCOMPARE(q.value(1).toString(), QString("settings"));
    const QString details = q.value(2).toString();
    QVERIFY2(details.contains("registry.example.kz") && !details.contains("s3cr3t"),
             qPrintable(details));
    QVERIFY(!q.next());
}

// A settings file that cannot be written is reported, not taken for saved: here its folder is
// a file (a full or read-only disk answers the same way).
void TestDeskSettings::aFailedSaveIsReported()
{
    QTemporaryDir dir;
    QFile blocker(dir.filePath("not-a-folder"));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    QSettings settings(dir.filePath("not-a-folder/desk.ini"), QSettings::IniFormat);
    DeskSettings s;
    s.officeCode = "ALM01";
    s.deskCode = "02";
    const Status saved = s.save(settings);
    QVERIFY(!saved);
    QCOMPARE(saved.error().code, QString("settings.not_saved"));
}

QTEST_GUILESS_MAIN(TestDeskSettings)
#include "TestDeskSettings.moc"
