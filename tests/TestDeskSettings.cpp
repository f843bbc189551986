#include "core/desk/DeskSettings.h"
#include "core/operators/OperatorDirectory.h"
#include "core/services/StoreThread.h"
#include "core/store/AuditTrail.h"
#include "core/store/Database.h"
#include "core/usecases/RecordSettingsChanged.h"

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
    void settingsFileIsPrivateFromTheStart();
    void plainHttpMessageNamesTheField();
    void registryKeyIsNoLongerADeskSetting();
    void changesAreAuditedWithoutTheToken();
    void aFailedSaveIsReported();
    void passportReader();
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
    // http:// only to this computer: elsewhere the credential and the applicants' data would
    // cross the network in clear text.
    QTest::newRow("http elsewhere") << "http://registry.example.kz:8443"
                                    << "ALM01"
                                    << "02" << 10 << QStringList{"registryUrl", "deskId"};
    QTest::newRow("http to an address") << "http://10.1.2.3:8443"
                                        << "ALM01"
                                        << "02" << 10 << QStringList{"registryUrl", "deskId"};
    QTest::newRow("http to localhost") << "http://localhost:8443"
                                       << "ALM01"
                                       << "02" << 10 << QStringList{"deskId"};
    QTest::newRow("http to 127.0.0.1") << "http://127.0.0.1:8443"
                                       << "ALM01"
                                       << "02" << 10 << QStringList{"deskId"};
    QTest::newRow("http to ::1") << "http://[::1]:8443"
                                 << "ALM01"
                                 << "02" << 10 << QStringList{"deskId"};
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
    s.deskKeyFile = dir.filePath("desk-signing.key");
    QFile pem(dir.filePath("registry-ca.pem"));
    QVERIFY(pem.open(QIODevice::WriteOnly));
    pem.write("-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n");
    pem.close();
    s.registryCaFile = pem.fileName();
    QVERIFY(s.validate().isEmpty());
    QVERIFY(s.save(settings));
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

// The settings file holds the desk credential: never readable by others, not even for a moment
// before the first save, and not when something else (the file dialog's last folder) wrote it
// first.
void TestDeskSettings::settingsFileIsPrivateFromTheStart()
{
    QTemporaryDir dir;
    const QString file = dir.filePath("config/IIN Desk/iin-desk.conf");
    QVERIFY(DeskSettings::makeFilePrivate(file));
    QVERIFY(QFile::exists(file));
    QCOMPARE(QFile::permissions(file) & ~(QFile::ReadUser | QFile::WriteUser),
             QFile::ReadOwner | QFile::WriteOwner);
    {
        // Another writer later: the file keeps its permissions.
        QSettings other(file, QSettings::IniFormat);
        other.setValue("fileDialog/lastFolder", "/tmp");
    }
    QCOMPARE(QFile::permissions(file) & ~(QFile::ReadUser | QFile::WriteUser),
             QFile::ReadOwner | QFile::WriteOwner);

    // A file that others could read (made before this version) is narrowed before the
    // credential goes in.
    const QString old = dir.filePath("old.conf");
    {
        QSettings before(old, QSettings::IniFormat);
        before.setValue("desk/printer", "Counter 1");
    }
    QVERIFY(QFile::setPermissions(old, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup |
                                           QFile::ReadOther));
    QSettings settings(old, QSettings::IniFormat);
    DeskSettings s;
    s.registryUrl = "https://registry.example.kz";
    s.deskId = "desk-7";
    s.deskToken = "s3cr3t";
    s.officeCode = "AST02";
    s.deskCode = "7";
    QVERIFY(s.save(settings));
    QCOMPARE(QFile::permissions(old) & ~(QFile::ReadUser | QFile::WriteUser),
             QFile::ReadOwner | QFile::WriteOwner);

    // A file that cannot be written: save() says so instead of pretending.
    QSettings nowhere(dir.filePath("missing-folder-file/x/desk.ini"), QSettings::IniFormat);
    QVERIFY(QFile(dir.filePath("missing-folder-file")).open(QIODevice::WriteOnly)); // a file
    QVERIFY(!s.save(nowhere));
}

void TestDeskSettings::plainHttpMessageNamesTheField()
{
    DeskSettings s;
    s.registryUrl = "http://registry.example.kz";
    s.deskId = "desk-7";
    s.deskToken = "s3cr3t";
    s.officeCode = "AST02";
    s.deskCode = "7";
    const Problems problems = s.validate();
    QCOMPARE(problems.size(), 1);
    QCOMPARE(problems.constFirst().field, QString("registryUrl"));
    QCOMPARE(problems.constFirst().code, QString("settings.registry_plain_http"));
    QVERIFY(problems.constFirst().message.startsWith("Registry address:"));
    QVERIFY(problems.constFirst().message.contains("https://"));
}

// The former setting pointed at the registry's own signing key, which no desk may hold or use:
// it is not read any more; the desk's own key has a setting of its own.
void TestDeskSettings::registryKeyIsNoLongerADeskSetting()
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath("desk.ini"), QSettings::IniFormat);
    settings.setValue("print/signingKeyFile", "/etc/iin/registry.key");
    QVERIFY(DeskSettings::load(settings).deskKeyFile.isEmpty());
    settings.setValue("print/deskKeyFile", "/var/lib/iin/desk-signing.key");
    QCOMPARE(DeskSettings::load(settings).deskKeyFile, QString("/var/lib/iin/desk-signing.key"));
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
    // As the desk records it: a job on the journal's thread calling the use case.
    StoreThread journal(path, Database::OpenCheck::Full, "journal");
    QList<Status> answers;
    const auto record = [&](const QString& login) {
        journal.run(
            this,
            [changes, login](StoreContext& c) {
                return RecordSettingsChanged::run(c.database(), changes, login);
            },
            [&answers](Status answer) { answers.append(answer); });
    };
    record("clerk1");
    QTRY_COMPARE(answers.size(), 1);
    QVERIFY(!answers[0]); // failed
    record("admin");
    QTRY_COMPARE(answers.size(), 2);
    QVERIFY2(answers[1], qPrintable(answers[1].errorMessage())); // recorded

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

// The passport reader's serial port (docs/capture.md): defaults for the common reader, checked
// only when a port is set, kept and audited like the rest.
void TestDeskSettings::passportReader()
{
    QTemporaryDir dir;
    const DeskSettings defaults =
        DeskSettings::load(QSettings(dir.filePath("none.ini"), QSettings::IniFormat));
    QVERIFY(defaults.readerPort.isEmpty());
    QCOMPARE(defaults.readerBaudRate, 9600);
    QCOMPARE(defaults.readerDataBits, 8);
    QCOMPARE(defaults.readerParity, QString("none"));
    QCOMPARE(defaults.readerStopBits, QString("1"));
    QVERIFY(defaults.readerDtrRts);

    const auto readerProblems = [](const DeskSettings& d) {
        Problems found;
        for (const Problem& p : d.validate()) {
            if (p.code.startsWith(u"settings.reader"))
                found << p;
        }
        return found;
    };
    DeskSettings s;
    s.readerBaudRate = 0; // no port: nothing to check
    QVERIFY(readerProblems(s).isEmpty());
    s.readerPort = "ttyUSB0";
    QCOMPARE(readerProblems(s).size(), 1);
    QCOMPARE(readerProblems(s).first().field, QString("readerBaudRate"));
    s.readerBaudRate = 19200;
    s.readerParity = "sometimes";
    QCOMPARE(readerProblems(s).size(), 1);
    QCOMPARE(readerProblems(s).first().field, QString("readerDataBits"));
    s.readerParity = "even";
    s.readerDataBits = 7;
    s.readerStopBits = "2";
    s.readerDtrRts = false;
    QVERIFY(readerProblems(s).isEmpty());

    QSettings settings(dir.filePath("desk.ini"), QSettings::IniFormat);
    QVERIFY(s.save(settings));
    QSettings again(dir.filePath("desk.ini"), QSettings::IniFormat);
    QCOMPARE(DeskSettings::load(again), s);
    const QJsonObject changes = s.changesFrom(DeskSettings{});
    for (const char* key : {"reader_port", "reader_baud_rate", "reader_data_bits", "reader_parity",
                            "reader_stop_bits", "reader_dtr_rts"})
        QVERIFY2(changes.contains(QLatin1String(key)), key);
    QCOMPARE(changes.value("reader_port").toObject().value("to").toString(), QString("ttyUSB0"));
}

QTEST_GUILESS_MAIN(TestDeskSettings)
#include "TestDeskSettings.moc"
