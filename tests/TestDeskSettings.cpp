#include "DeskSettings.h"

#include <QSettings>
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
    QVERIFY(s.validate().isEmpty());
    s.save(settings);
    QSettings again(dir.filePath("desk.ini"), QSettings::IniFormat);
    QCOMPARE(DeskSettings::load(again), s);
    QCOMPARE(s.registryToken(), QString("desk-7:s3cr3t"));
    s.registryUrl.clear();
    QVERIFY(s.registryToken().isEmpty()); // the training registry needs no credential
    QCOMPARE(DeskSettings::load(QSettings(dir.filePath("none.ini"), QSettings::IniFormat))
                 .idleLockMinutes,
             DeskSettings::DefaultIdleLockMinutes);
}

QTEST_GUILESS_MAIN(TestDeskSettings)
#include "TestDeskSettings.moc"
