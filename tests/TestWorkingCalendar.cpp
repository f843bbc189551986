#include "core/calendar/WorkingCalendar.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using iin::CalendarData;
using iin::CalendarDay;
using iin::WorkingCalendar;

// Expected dates below come from Kazakhstan's published production calendars (press reports of
// the decrees and of the law's weekend transfers), not from this code.
class TestWorkingCalendar : public QObject
{
    Q_OBJECT

private slots:
    void deadlines_data();
    void deadlines();
    void registrationTerms_data();
    void registrationTerms();
    void dayKinds_data();
    void dayKinds();
    void lawChangedIn2022();
    void holidayNamesInThreeLanguages();
    void betweenIsTheInverseOfAdd();
    void backwardsAndZero();
    void yearStatus();
    void shippedDataCoversTheYears();
    void shippedTransfersSwapRealDays();
    void editedCopyReplacesAYear();
    void editedCopyFromTheDeskDataFolder();
    void brokenFilesAreRejected_data();
    void brokenFilesAreRejected();
    void yearsWithoutDataUseTheLawOnly();
};

static QDate d(const char* iso)
{
    return QDate::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

void TestWorkingCalendar::deadlines_data()
{
    QTest::addColumn<QDate>("from");
    QTest::addColumn<int>("n");
    QTest::addColumn<QDate>("expected");

    // New Year and 7 January
    QTest::newRow("2024 New Year, Mon-Tue") << d("2023-12-29") << 1 << d("2024-01-03");
    QTest::newRow("2024 7 Jan on Sunday: no transfer") << d("2023-12-29") << 5 << d("2024-01-09");
    QTest::newRow("2023 1 Jan Sunday -> 3 Jan") << d("2022-12-30") << 1 << d("2023-01-04");
    QTest::newRow("2023 7 Jan Saturday: no transfer") << d("2023-01-06") << 1 << d("2023-01-09");
    QTest::newRow("2022 1-2 Jan weekend -> 3-4 Jan") << d("2021-12-31") << 1 << d("2022-01-05");
    QTest::newRow("2025 7 Jan Tuesday") << d("2025-01-06") << 1 << d("2025-01-08");
    // decree: Friday 3 Jan off, Sunday 5 Jan working (2020 and 2025)
    QTest::newRow("2020 decree: working Sunday 5 Jan") << d("2019-12-31") << 1 << d("2020-01-05");
    QTest::newRow("2025 decree: working Sunday 5 Jan") << d("2024-12-31") << 1 << d("2025-01-05");
    QTest::newRow("2025 decree, then Christmas") << d("2024-12-31") << 3 << d("2025-01-08");
    // 8 March
    QTest::newRow("2026 8 Mar Sunday -> 9 Mar") << d("2026-03-06") << 1 << d("2026-03-10");
    QTest::newRow("2022 decree: working Sat 5 Mar") << d("2022-03-04") << 1 << d("2022-03-05");
    QTest::newRow("2022 decree: 7 Mar off") << d("2022-03-05") << 1 << d("2022-03-09");
    // Nauryz
    QTest::newRow("2023 Nauryz Tue-Thu") << d("2023-03-20") << 1 << d("2023-03-24");
    QTest::newRow("2023 Nauryz, 3 days") << d("2023-03-20") << 3 << d("2023-03-28");
    QTest::newRow("2024 Nauryz Sat -> Mon 25") << d("2024-03-20") << 1 << d("2024-03-26");
    QTest::newRow("2020 Nauryz Sat+Sun -> 24, 25") << d("2020-03-20") << 1 << d("2020-03-26");
    QTest::newRow("2025 Nauryz Sat+Sun -> 24, 25") << d("2025-03-20") << 1 << d("2025-03-26");
    QTest::newRow("2026 Nauryz Sat+Sun -> 24, 25") << d("2026-03-20") << 1 << d("2026-03-26");
    // May holidays
    QTest::newRow("2021 1 May Sat -> 3 May") << d("2021-04-30") << 1 << d("2021-05-04");
    QTest::newRow("2021 9 May Sun -> 10 May") << d("2021-05-07") << 1 << d("2021-05-11");
    QTest::newRow("2022 7 May Sat -> 10 May") << d("2022-05-06") << 1 << d("2022-05-11");
    QTest::newRow("2024 decree: working Sat 4 May") << d("2024-05-03") << 1 << d("2024-05-04");
    QTest::newRow("2024 decree: 7-9 May off") << d("2024-05-06") << 1 << d("2024-05-10");
    QTest::newRow("2024 decree: 7-9 May off, 2") << d("2024-05-06") << 2 << d("2024-05-13");
    QTest::newRow("2025 no May transfer: 8 May works") << d("2025-05-06") << 1 << d("2025-05-08");
    QTest::newRow("2020 decree: 8 May off, 11 May works")
        << d("2020-05-06") << 1 << d("2020-05-11");
    QTest::newRow("2019 decree: 10 May off") << d("2019-05-08") << 1 << d("2019-05-13");
    // 6 July
    QTest::newRow("2021 decree: working Sat 3 Jul") << d("2021-07-02") << 1 << d("2021-07-03");
    QTest::newRow("2021 decree: 5-6 Jul off") << d("2021-07-02") << 2 << d("2021-07-07");
    QTest::newRow("2023 decree: 7 Jul off") << d("2023-07-05") << 1 << d("2023-07-10");
    QTest::newRow("2024 6 Jul Sat -> 8 Jul") << d("2024-07-05") << 1 << d("2024-07-09");
    QTest::newRow("2019 6 Jul Sat -> 8 Jul") << d("2019-07-05") << 1 << d("2019-07-09");
    // 30 August
    QTest::newRow("2020 30 Aug Sun -> 31 Aug") << d("2020-08-28") << 1 << d("2020-09-01");
    QTest::newRow("2022 decree: working Sat 27 Aug") << d("2022-08-26") << 1 << d("2022-08-27");
    QTest::newRow("2022 decree: 29-30 Aug off") << d("2022-08-26") << 2 << d("2022-08-31");
    QTest::newRow("2025 30 Aug Sat -> 1 Sep") << d("2025-08-29") << 1 << d("2025-09-02");
    // 25 October: a working day in 2021, a holiday again from 2022
    QTest::newRow("2021 25 Oct works") << d("2021-10-22") << 1 << d("2021-10-25");
    QTest::newRow("2022 decree: working Sat 22 Oct") << d("2022-10-21") << 1 << d("2022-10-22");
    QTest::newRow("2022 decree: 24-25 Oct off") << d("2022-10-21") << 2 << d("2022-10-26");
    QTest::newRow("2023 25 Oct Wednesday") << d("2023-10-24") << 1 << d("2023-10-26");
    QTest::newRow("2025 25 Oct Sat -> 27 Oct") << d("2025-10-24") << 1 << d("2025-10-28");
    // December: 1 Dec and 16-17 Dec until 2021, 16 Dec only from 2022
    QTest::newRow("2019 1 Dec Sun -> 2 Dec") << d("2019-11-29") << 1 << d("2019-12-03");
    QTest::newRow("2021 1 Dec Wednesday") << d("2021-11-30") << 1 << d("2021-12-02");
    QTest::newRow("2021 16-17 Dec Thu-Fri") << d("2021-12-15") << 1 << d("2021-12-20");
    QTest::newRow("2020 decree: 18 Dec off, Sun 20 Dec works")
        << d("2020-12-15") << 1 << d("2020-12-20");
    QTest::newRow("2022 1 Dec works") << d("2022-11-30") << 1 << d("2022-12-01");
    QTest::newRow("2022 16 Dec only") << d("2022-12-15") << 1 << d("2022-12-19");
    QTest::newRow("2023 16 Dec Sat -> 18 Dec") << d("2023-12-15") << 1 << d("2023-12-19");
    QTest::newRow("2024 16 Dec Monday") << d("2024-12-13") << 1 << d("2024-12-17");
    // Kurban Ait: a day off, never transferred
    QTest::newRow("2023 Kurban Ait Wed 28 Jun") << d("2023-06-27") << 1 << d("2023-06-29");
    QTest::newRow("2024 Kurban Ait Sun 16 Jun: Mon works")
        << d("2024-06-14") << 1 << d("2024-06-17");
    QTest::newRow("2022 Kurban Ait Sat 9 Jul") << d("2022-07-08") << 1 << d("2022-07-11");
    QTest::newRow("2025 Kurban Ait Fri 6 Jun") << d("2025-06-05") << 1 << d("2025-06-09");
    QTest::newRow("2021 Kurban Ait Tue 20 Jul") << d("2021-07-19") << 1 << d("2021-07-21");
    // plain weeks
    QTest::newRow("ordinary Friday") << d("2024-11-15") << 1 << d("2024-11-18");
    QTest::newRow("registered on Saturday") << d("2024-11-16") << 1 << d("2024-11-18");
}

void TestWorkingCalendar::deadlines()
{
    QFETCH(QDate, from);
    QFETCH(int, n);
    QFETCH(QDate, expected);
    const WorkingCalendar calendar;
    QCOMPARE(calendar.addWorkingDays(from, n), expected);
    QVERIFY(calendar.isWorkingDay(expected));
}

void TestWorkingCalendar::registrationTerms_data()
{
    QTest::addColumn<QDate>("registered");
    QTest::addColumn<int>("days");
    QTest::addColumn<QDate>("deadline");
    // 3 working days (APC art. 91), 5 (complaint to the provider), 15 (to the authority)
    QTest::newRow("3 over New Year 2024") << d("2023-12-29") << 3 << d("2024-01-05");
    QTest::newRow("3 over Nauryz 2025") << d("2025-03-19") << 3 << d("2025-03-27");
    QTest::newRow("5 over Nauryz 2024") << d("2024-03-19") << 5 << d("2024-03-29");
    QTest::newRow("5 over May 2025") << d("2025-04-29") << 5 << d("2025-05-08");
    QTest::newRow("15 over May 2024") << d("2024-04-30") << 15 << d("2024-05-24");
    QTest::newRow("15 over March 2022") << d("2022-03-01") << 15 << d("2022-03-28");
    QTest::newRow("15 over December 2021") << d("2021-11-29") << 15 << d("2021-12-23");
}

void TestWorkingCalendar::registrationTerms()
{
    QFETCH(QDate, registered);
    QFETCH(int, days);
    QFETCH(QDate, deadline);
    const WorkingCalendar calendar;
    QCOMPARE(calendar.addWorkingDays(registered, days), deadline);
    QCOMPARE(calendar.workingDaysBetween(registered, deadline), days);
}

void TestWorkingCalendar::dayKinds_data()
{
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("holiday");
    QTest::addColumn<QDate>("related");
    QTest::newRow("weekday") << d("2024-11-20") << "working"
                             << "" << QDate();
    QTest::newRow("weekend") << d("2024-11-23") << "weekend"
                             << "" << QDate();
    QTest::newRow("Nauryz") << d("2024-03-21") << "holiday"
                            << "nauryz" << QDate();
    QTest::newRow("Nauryz on Saturday") << d("2024-03-23") << "holiday"
                                        << "nauryz" << QDate();
    QTest::newRow("Nauryz moved") << d("2024-03-25") << "transferred_holiday"
                                  << "nauryz" << d("2024-03-23");
    QTest::newRow("Christmas on Sunday") << d("2024-01-07") << "holiday"
                                         << "orthodox_christmas" << QDate();
    QTest::newRow("Monday after Christmas") << d("2024-01-08") << "working"
                                            << "" << QDate();
    QTest::newRow("decree day off") << d("2024-05-08") << "day_off_by_decree"
                                    << "" << d("2024-05-04");
    QTest::newRow("decree working Saturday") << d("2024-05-04") << "working_by_decree"
                                             << "" << d("2024-05-08");
    QTest::newRow("decree cancels a law transfer") << d("2020-05-11") << "working_by_decree"
                                                   << "" << d("2020-05-08");
    QTest::newRow("Kurban Ait") << d("2023-06-28") << "holiday"
                                << "kurban_ait" << QDate();
    QTest::newRow("two Nauryz days moved (2nd)") << d("2020-03-25") << "transferred_holiday"
                                                 << "nauryz" << d("2020-03-22");
}

void TestWorkingCalendar::dayKinds()
{
    QFETCH(QDate, date);
    QFETCH(QString, kind);
    QFETCH(QString, holiday);
    QFETCH(QDate, related);
    const CalendarDay day = WorkingCalendar().day(date);
    QCOMPARE(day.date, date);
    QCOMPARE(day.kindCode(), kind);
    QCOMPARE(day.holidayId, holiday);
    QCOMPARE(day.relatedDate, related);
    QCOMPARE(day.isWorking(), kind.startsWith("working"));
    QVERIFY(!day.reason("en").isEmpty());
    if (kind.contains("decree"))
        QVERIFY2(day.decree.contains("adilet"), qPrintable(day.decree));
}

void TestWorkingCalendar::lawChangedIn2022()
{
    const WorkingCalendar c;
    QCOMPARE(c.day(d("2021-10-25")).kindCode(), QString("working"));
    QCOMPARE(c.day(d("2022-10-25")).holidayId, QString("republic_day"));
    QCOMPARE(c.day(d("2021-12-01")).holidayId, QString("first_president_day"));
    QCOMPARE(c.day(d("2022-12-01")).kindCode(), QString("working"));
    QCOMPARE(c.day(d("2021-12-17")).holidayId, QString("independence_day"));
    QCOMPARE(c.day(d("2022-12-17")).kindCode(), QString("weekend")); // Saturday, no holiday
    QCOMPARE(c.day(d("2026-10-26")).kindCode(), QString("transferred_holiday")); // 25 Oct Sun
    QCOMPARE(c.day(d("2020-12-01")).holidayId, QString("first_president_day"));
    QCOMPARE(c.day(d("2019-12-02")).kindCode(), QString("transferred_holiday"));
}

void TestWorkingCalendar::holidayNamesInThreeLanguages()
{
    const CalendarDay nauryz = WorkingCalendar().day(d("2025-03-21"));
    QCOMPARE(nauryz.holidayName("kk"), QString("Наурыз мейрамы"));
    QCOMPARE(nauryz.holidayName("en"), QString("Nauryz meiramy"));
    const CalendarDay kurban = WorkingCalendar().day(d("2025-06-06"));
    QCOMPARE(kurban.holidayName("kk"), QString("Құрбан айт"));
    QCOMPARE(kurban.holidayName("ru"), QString("Курбан айт"));
    QVERIFY(kurban.reason("kk").contains("Құрбан айт"));
    const CalendarDay victory = WorkingCalendar().day(d("2023-05-09"));
    QCOMPARE(victory.holidayName("ru"), QString("День Победы"));
    QCOMPARE(victory.holidayName("de"), QString("Victory Day")); // unknown language: English
    for (const iin::HolidayRule& h : CalendarData::shipped().holidays)
        for (const char* lang : {"kk", "ru", "en"})
            QVERIFY2(!h.names.value(QString::fromLatin1(lang)).isEmpty(),
                     qPrintable(h.id + " " + lang));
}

void TestWorkingCalendar::betweenIsTheInverseOfAdd()
{
    const WorkingCalendar c;
    for (QDate from = d("2019-12-20"); from < d("2026-12-31"); from = from.addDays(9)) {
        for (int n : {1, 3, 5, 15, 40}) {
            const QDate to = c.addWorkingDays(from, n);
            QVERIFY(to > from);
            QVERIFY(c.isWorkingDay(to));
            QCOMPARE(c.workingDaysBetween(from, to), n);
            QCOMPARE(c.workingDaysBetween(from, to.addDays(-1)), n - 1);
            QCOMPARE(c.workingDaysBetween(to, from), -(n - 1) - (c.isWorkingDay(from) ? 1 : 0));
        }
    }
}

void TestWorkingCalendar::backwardsAndZero()
{
    const WorkingCalendar c;
    QCOMPARE(c.addWorkingDays(d("2024-03-26"), -1), d("2024-03-20"));
    QCOMPARE(c.addWorkingDays(d("2024-01-03"), -1), d("2023-12-29"));
    QCOMPARE(c.addWorkingDays(d("2024-03-23"), 0), d("2024-03-23"));
    QCOMPARE(c.workingDaysBetween(d("2024-03-20"), d("2024-03-20")), 0);
    QVERIFY(!c.addWorkingDays(QDate(), 3).isValid());
    // the 2024 calendar: 366 days, 262 weekdays, 13 weekday holidays or moved days off, one
    // decree swap (8 May off, Saturday 4 May worked): 249 working days
    QCOMPARE(c.workingDaysBetween(d("2023-12-31"), d("2024-12-31")), 249);
}

void TestWorkingCalendar::yearStatus()
{
    const WorkingCalendar c;
    QCOMPARE(c.yearStatus(2024), WorkingCalendar::YearStatus::Verified);
    QCOMPARE(c.yearStatus(2027), WorkingCalendar::YearStatus::Unconfirmed);
    QCOMPARE(c.yearStatus(2035), WorkingCalendar::YearStatus::Missing);
}

void TestWorkingCalendar::shippedDataCoversTheYears()
{
    const CalendarData& data = CalendarData::shipped();
    for (int year = 2019; year <= 2027; ++year) {
        QVERIFY2(data.years.contains(year), qPrintable(QString::number(year)));
        QVERIFY2(data.years[year].movable.contains("kurban_ait"),
                 qPrintable(QString::number(year)));
    }
    // The shipped file in the source tree is the one embedded.
    QFile source(QStringLiteral(IIN_SOURCE_DIR "/resources/calendar/kz-calendar.json"));
    QVERIFY(source.open(QIODevice::ReadOnly));
    auto fromSource = CalendarData::fromJson(source.readAll());
    QVERIFY2(fromSource.ok(), qPrintable(fromSource.errorMessage()));
    QCOMPARE(fromSource->years.keys(), data.years.keys());
}

void TestWorkingCalendar::shippedTransfersSwapRealDays()
{
    // Every decree swap must turn a day the law makes working into a day off, and a day the law
    // makes a day off into a working day; otherwise the data has a typo.
    CalendarData lawOnly = CalendarData::shipped();
    for (iin::CalendarYear& y : lawOnly.years)
        y.transfers.clear();
    const WorkingCalendar law(lawOnly);
    const WorkingCalendar decreed;
    for (const iin::CalendarYear& y : CalendarData::shipped().years) {
        for (const iin::DayTransfer& t : y.transfers) {
            const QString what =
                t.dayOff.toString(Qt::ISODate) + "/" + t.workingDay.toString(Qt::ISODate);
            QVERIFY2(!t.decree.isEmpty(), qPrintable(what));
            if (t.dayOff.isValid()) {
                QVERIFY2(law.isWorkingDay(t.dayOff), qPrintable(what));
                QVERIFY2(!decreed.isWorkingDay(t.dayOff), qPrintable(what));
            }
            if (t.workingDay.isValid()) {
                QVERIFY2(!law.isWorkingDay(t.workingDay), qPrintable(what));
                QVERIFY2(decreed.isWorkingDay(t.workingDay), qPrintable(what));
            }
        }
    }
}

static QByteArray editedCopy()
{
    // A supervisor's copy that changes 2024 only: Kurban Ait as first announced (Monday 17
    // June) and no May transfer.
    return R"({
        "format": 1,
        "years": {
            "2024": { "status": "unconfirmed", "movable": { "kurban_ait": "2024-06-17" },
                      "transfers": [] }
        }
    })";
}

void TestWorkingCalendar::editedCopyReplacesAYear()
{
    auto edits = CalendarData::fromJson(editedCopy());
    QVERIFY2(edits.ok(), qPrintable(edits.errorMessage()));
    const WorkingCalendar c(CalendarData::shipped().withOverride(*edits));
    QCOMPARE(c.day(d("2024-06-17")).holidayId, QString("kurban_ait"));
    QVERIFY(c.isWorkingDay(d("2024-06-16")) == false); // a Sunday anyway
    QVERIFY(c.isWorkingDay(d("2024-05-08")));
    QVERIFY(!c.isWorkingDay(d("2024-05-04")));
    QCOMPARE(c.yearStatus(2024), WorkingCalendar::YearStatus::Unconfirmed);
    // the other years and the law's holidays are untouched
    QVERIFY(!c.isWorkingDay(d("2023-07-07")));
    QCOMPARE(c.day(d("2024-03-21")).holidayId, QString("nauryz"));
}

void TestWorkingCalendar::editedCopyFromTheDeskDataFolder()
{
    // tests run with a private XDG_DATA_HOME, so this is a throwaway folder
    const QString path = WorkingCalendar::overridePath();
    QVERIFY(path.startsWith(QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)));
    QFile::remove(path);
    auto plain = WorkingCalendar::standard();
    QVERIFY(plain.ok());
    QVERIFY(plain->isWorkingDay(d("2024-06-17")));

    QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(editedCopy());
    file.close();
    auto edited = WorkingCalendar::standard();
    QVERIFY2(edited.ok(), qPrintable(edited.errorMessage()));
    QVERIFY(!edited->isWorkingDay(d("2024-06-17")));

    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write("{ not json");
    file.close();
    auto broken = WorkingCalendar::standard();
    QVERIFY(!broken.ok()); // never silently fall back to the shipped data
    QVERIFY2(broken.errorMessage().contains(path), qPrintable(broken.errorMessage()));
    QFile::remove(path);
}

void TestWorkingCalendar::brokenFilesAreRejected_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::newRow("not JSON") << QByteArray("{");
    QTest::newRow("wrong format") << QByteArray(R"({"format": 2})");
    QTest::newRow("dotted date") << QByteArray(
        R"({"format":1,"years":{"2024":{"status":"verified","transfers":[{"day_off":"08.05.2024"}]}}})");
    QTest::newRow("impossible date") << QByteArray(
        R"({"format":1,"years":{"2024":{"status":"verified","transfers":[{"day_off":"2024-02-30"}]}}})");
    QTest::newRow("empty transfer") << QByteArray(
        R"({"format":1,"years":{"2024":{"status":"verified","transfers":[{"decree":"x"}]}}})");
    QTest::newRow("same day both ways") << QByteArray(
        R"({"format":1,"years":{"2024":{"status":"verified","transfers":[{"day_off":"2024-05-08","working_day":"2024-05-08"}]}}})");
    QTest::newRow("no status") << QByteArray(R"({"format":1,"years":{"2024":{}}})");
    QTest::newRow("Kurban Ait in another year") << QByteArray(
        R"({"format":1,"years":{"2024":{"status":"verified","movable":{"kurban_ait":"2023-06-28"}}}})");
    QTest::newRow("not a year") << QByteArray(
        R"({"format":1,"years":{"20x4":{"status":"verified"}}})");
    QTest::newRow("holiday without date")
        << QByteArray(R"({"format":1,"holidays":[{"id":"x","names":{"en":"X"}}]})");
    QTest::newRow("holiday bad date") << QByteArray(
        R"({"format":1,"holidays":[{"id":"x","names":{"en":"X"},"dates":[{"date":"13-01"}]}]})");
}

void TestWorkingCalendar::brokenFilesAreRejected()
{
    QFETCH(QByteArray, json);
    const auto data = CalendarData::fromJson(json);
    QVERIFY(!data.ok());
    QCOMPARE(data.error().code, QString("calendar.invalid"));
    QVERIFY(!data.errorMessage().isEmpty());
}

void TestWorkingCalendar::yearsWithoutDataUseTheLawOnly()
{
    const WorkingCalendar c;
    // 2035: no year entry, still the law's fixed holidays and weekend transfers
    QCOMPARE(c.day(d("2035-03-21")).holidayId, QString("nauryz"));
    QCOMPARE(c.day(d("2035-12-17")).kindCode(), QString("transferred_holiday")); // 16 Dec Sunday
    QCOMPARE(c.addWorkingDays(d("2035-03-20"), 1), d("2035-03-26")); // Wed; 24-25 weekend
}

QTEST_GUILESS_MAIN(TestWorkingCalendar)
#include "TestWorkingCalendar.moc"
