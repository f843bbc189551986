#include "tests/TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace iin::test;

// `iin-desk-cli workdays`, run as a real process.
class TestWorkdaysCli : public QObject
{
    Q_OBJECT

private slots:
    void addPrintsTheDeadline_data();
    void addPrintsTheDeadline();
    void addJson();
    void isWorkingExitCodes_data();
    void isWorkingExitCodes();
    void reasonInTheRequestedLanguage();
    void badInput_data();
    void badInput();
    void between();
    void yearListing();
    void unconfirmedYearsWarn();
    void editedCalendarFile();
    void brokenCalendarFile();
};

static QJsonObject parseLine(const QByteArray& out)
{
    const QJsonDocument doc = QJsonDocument::fromJson(out.trimmed());
    if (!doc.isObject())
        qWarning("not JSON: %s", out.constData());
    return doc.object();
}

void TestWorkdaysCli::addPrintsTheDeadline_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("n");
    QTest::addColumn<QString>("expected");
    QTest::newRow("Nauryz 2024") << "2024-03-20"
                                 << "1"
                                 << "2024-03-26";
    QTest::newRow("May 2024, 15 days") << "2024-04-30"
                                       << "15"
                                       << "2024-05-24";
    QTest::newRow("New Year 2025 decree") << "2024-12-31"
                                          << "1"
                                          << "2025-01-05";
    QTest::newRow("zero") << "2024-03-23"
                          << "0"
                          << "2024-03-23";
}

void TestWorkdaysCli::addPrintsTheDeadline()
{
    QFETCH(QString, from);
    QFETCH(QString, n);
    QFETCH(QString, expected);
    const ProcessResult r = runCli({"workdays", "add", from, n});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(QString::fromUtf8(r.out.trimmed()), expected);
}

void TestWorkdaysCli::addJson()
{
    const ProcessResult r = runCli({"workdays", "add", "2024-05-06", "2", "--json"});
    QCOMPARE(r.exitCode, 0);
    const QJsonObject o = parseLine(r.out);
    QCOMPARE(o.value("from").toString(), QString("2024-05-06"));
    QCOMPARE(o.value("working_days").toInt(), 2);
    QCOMPARE(o.value("date").toString(), QString("2024-05-13"));
    QCOMPARE(o.value("warnings").toArray().size(), 0); // 2024 is verified
}

void TestWorkdaysCli::isWorkingExitCodes_data()
{
    QTest::addColumn<QString>("date");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("kind");
    QTest::newRow("Wednesday") << "2024-11-20" << 0 << "working";
    QTest::newRow("Saturday") << "2024-11-23" << 1 << "weekend";
    QTest::newRow("Victory Day") << "2024-05-09" << 1 << "holiday";
    QTest::newRow("Nauryz moved to Monday") << "2024-03-25" << 1 << "transferred_holiday";
    QTest::newRow("decree day off") << "2023-07-07" << 1 << "day_off_by_decree";
    QTest::newRow("decree working Saturday") << "2023-07-01" << 0 << "working_by_decree";
}

void TestWorkdaysCli::isWorkingExitCodes()
{
    QFETCH(QString, date);
    QFETCH(int, exitCode);
    QFETCH(QString, kind);
    const ProcessResult r = runCli({"workdays", "is-working", date, "--json"});
    QCOMPARE(r.exitCode, exitCode);
    const QJsonObject o = parseLine(r.out);
    QCOMPARE(o.value("date").toString(), date);
    QCOMPARE(o.value("kind").toString(), kind);
    QCOMPARE(o.value("working").toBool(), exitCode == 0);
    QVERIFY(!o.value("reason").toString().isEmpty());
    // the plain form prints the date and the reason
    const ProcessResult plain = runCli({"workdays", "is-working", date});
    QCOMPARE(plain.exitCode, exitCode);
    QVERIFY(plain.out.startsWith(QByteArray(date.toUtf8() + ' ')));
}

void TestWorkdaysCli::reasonInTheRequestedLanguage()
{
    const auto name = [](const char* lang) {
        const ProcessResult r = runCli({"workdays", "is-working", "2024-03-21", "--json", "--lang",
                                        QString::fromLatin1(lang)});
        return parseLine(r.out).value("holiday_name").toString();
    };
    QCOMPARE(name("kk"), QString("Наурыз мейрамы"));
    QCOMPARE(name("en"), QString("Nauryz meiramy"));
    const ProcessResult ru = runCli({"workdays", "is-working", "2024-05-09", "--lang", "ru"});
    QCOMPARE(ru.exitCode, 1);
    QVERIFY2(QString::fromUtf8(ru.out).contains("День Победы"), ru.out.constData());
    const ProcessResult kk = runCli({"workdays", "is-working", "2023-01-07", "--lang", "kk"});
    QVERIFY2(QString::fromUtf8(kk.out).contains("Православиелік Рождество"), kk.out.constData());
}

void TestWorkdaysCli::badInput_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("impossible date") << QStringList{"is-working", "2026-02-30"};
    QTest::newRow("dotted date") << QStringList{"is-working", "21.03.2024"};
    QTest::newRow("words") << QStringList{"add", "tomorrow", "3"};
    QTest::newRow("negative count") << QStringList{"add", "2024-03-20", "-1"};
    QTest::newRow("count not a number") << QStringList{"add", "2024-03-20", "five"};
    QTest::newRow("missing count") << QStringList{"add", "2024-03-20"};
    QTest::newRow("unknown action") << QStringList{"subtract", "2024-03-20", "1"};
    QTest::newRow("no action") << QStringList{};
    QTest::newRow("bad year") << QStringList{"year", "20x4"};
}

void TestWorkdaysCli::badInput()
{
    QFETCH(QStringList, args);
    const ProcessResult r = runCli(QStringList{"workdays"} + args);
    QVERIFY(!r.crashed);
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.out.isEmpty());
    QVERIFY(!r.err.isEmpty());
}

void TestWorkdaysCli::between()
{
    const ProcessResult r = runCli({"workdays", "between", "2023-12-31", "2024-12-31", "--json"});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(parseLine(r.out).value("working_days").toInt(), 249);
    const ProcessResult plain = runCli({"workdays", "between", "2024-04-30", "2024-05-24"});
    QCOMPARE(plain.out.trimmed(), QByteArray("15"));
}

void TestWorkdaysCli::yearListing()
{
    const ProcessResult r = runCli({"workdays", "year", "2022", "--json"});
    QCOMPARE(r.exitCode, 0);
    const QJsonObject o = parseLine(r.out);
    QCOMPARE(o.value("status").toString(), QString("verified"));
    QStringList dates;
    for (const QJsonValue& v : o.value("days").toArray())
        dates << v["date"].toString();
    QVERIFY(dates.contains("2022-10-25"));
    QVERIFY(dates.contains("2022-10-24"));
    QVERIFY(dates.contains("2022-10-22"));
    QVERIFY(!dates.contains("2022-12-17"));
    QVERIFY(!dates.contains("2022-12-01"));
    QStringList sorted = dates;
    sorted.sort();
    QCOMPARE(dates, sorted);
}

void TestWorkdaysCli::unconfirmedYearsWarn()
{
    const ProcessResult r = runCli({"workdays", "add", "2027-05-14", "1", "--json"});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(parseLine(r.out).value("warnings").toArray().size(), 1);
    const ProcessResult missing = runCli({"workdays", "add", "2035-05-14", "1"});
    QCOMPARE(missing.exitCode, 0);
    QVERIFY2(missing.err.contains("2035"), missing.err.constData());
}

void TestWorkdaysCli::editedCalendarFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath("edited.json");
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    // A supervisor adds a decree the shipped data does not know: Friday 8 May 2026 off,
    // Saturday 16 May 2026 worked.
    file.write(R"json({"format": 1, "years": {"2026": {"status": "verified",
        "movable": {"kurban_ait": "2026-05-27"},
        "transfers": [{"day_off": "2026-05-08", "working_day": "2026-05-16",
                       "decree": "Order No. 1 (test)"}]}}})json");
    file.close();
    const ProcessResult plain = runCli({"workdays", "is-working", "2026-05-08"});
    QCOMPARE(plain.exitCode, 0);
    const ProcessResult edited =
        runCli({"workdays", "is-working", "2026-05-08", "--calendar", path, "--json"});
    QCOMPARE(edited.exitCode, 1);
    const QJsonObject o = parseLine(edited.out);
    QCOMPARE(o.value("kind").toString(), QString("day_off_by_decree"));
    QCOMPARE(o.value("decree").toString(), QString("Order No. 1 (test)"));
    // 7 May holiday, 8 May the new day off, 9 May (Victory Day, Saturday) moved to Monday 11
    const ProcessResult add = runCli({"workdays", "add", "2026-05-06", "1", "--calendar", path});
    QCOMPARE(add.out.trimmed(), QByteArray("2026-05-12"));
    const ProcessResult saturday =
        runCli({"workdays", "add", "2026-05-15", "1", "--calendar", path});
    QCOMPARE(saturday.out.trimmed(), QByteArray("2026-05-16"));
}

void TestWorkdaysCli::brokenCalendarFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath("broken.json");
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"({"format": 1, "years": {"2026": {"status": "verified",
        "transfers": [{"day_off": "8 May 2026"}]}}})");
    file.close();
    const ProcessResult r = runCli({"workdays", "add", "2026-05-07", "1", "--calendar", path});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.out.isEmpty());
    QVERIFY2(r.err.contains("2026"), r.err.constData());
    const ProcessResult missing =
        runCli({"workdays", "add", "2026-05-07", "1", "--calendar", dir.filePath("none.json")});
    QCOMPARE(missing.exitCode, 2);
}

QTEST_GUILESS_MAIN(TestWorkdaysCli)
#include "TestWorkdaysCli.moc"
