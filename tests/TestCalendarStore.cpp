#include "tests/StoreTestData.h"

#include "core/store/AuditTrail.h"
#include "core/calendar/CalendarStore.h"
#include "core/services/ComplaintClient.h"
#include "core/complaints/ComplaintRegister.h"
#include "core/store/Database.h"
#include "core/journal/Journal.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace iin;
using namespace iin::test;

// The edited calendar kept in the journal (CalendarStore), its JSON writer and the checks of an
// edited year, and the ComplaintWorker that serves the desk from the journal's thread.
class TestCalendarStore : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void shippedDataRoundTrips();
    void editedCopyRoundTrips();
    void shippedYearsPassTheEditCheck();
    void editCheckRefuses_data();
    void editCheckRefuses();
    void savesYearInTheJournalAudited();
    void damagedCopyIsAnError();
    void workerServesTheDesk();
    void workerSavesCalendarAndRefreshesDueDates();

private:
    // The worker's answers emitted again by `to`, an idle worker on the test's thread: queued,
    // so a spy on `to` is only fed inside its wait() and never misses an early answer.
    static void relay(ComplaintWorker* from, ComplaintWorker* to);
    QString path() const { return m_dir->filePath("journal.sqlite"); }
    static CalendarYear year2027(bool withTransfer);

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestCalendarStore::relay(ComplaintWorker* from, ComplaintWorker* to)
{
    connect(from, &ComplaintWorker::listed, to, &ComplaintWorker::listed);
    connect(from, &ComplaintWorker::opened, to, &ComplaintWorker::opened);
    connect(from, &ComplaintWorker::added, to, &ComplaintWorker::added);
    connect(from, &ComplaintWorker::remindersCounted, to, &ComplaintWorker::remindersCounted);
    connect(from, &ComplaintWorker::calendarLoaded, to, &ComplaintWorker::calendarLoaded);
    connect(from, &ComplaintWorker::calendarSaved, to, &ComplaintWorker::calendarSaved);
    connect(from, &ComplaintWorker::failed, to, &ComplaintWorker::failed);
}

void TestCalendarStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestCalendarStore::cleanup()
{
    m_dir.reset();
}

CalendarYear TestCalendarStore::year2027(bool withTransfer)
{
    CalendarYear y;
    y.year = 2027;
    y.status = "verified";
    y.note = "edited at the desk";
    y.movable.insert("kurban_ait", QDate(2027, 5, 16));
    if (withTransfer)
        // Saturday 8 May worked, Tuesday 4 May off: the bridge between 3 May and 7 May.
        y.transfers.append({QDate(2027, 5, 4), QDate(2027, 5, 8), "Order No. 1 (test)"});
    return y;
}

void TestCalendarStore::shippedDataRoundTrips()
{
    const CalendarData& shipped = CalendarData::shipped();
    const QByteArray json = shipped.toJson();
    Result<CalendarData> back = CalendarData::fromJson(json);
    QVERIFY2(back, qPrintable(back.errorMessage()));
    QCOMPARE(back->toJson(), json);
    QCOMPARE(back->holidays.size(), shipped.holidays.size());
    QCOMPARE(back->years.keys(), shipped.years.keys());
    QCOMPARE(back->years.value(2020).transfers.size(), 3);
    QCOMPARE(back->years.value(2024).movable.value("kurban_ait"), QDate(2024, 6, 16));
    // The same days come out of both.
    const WorkingCalendar a(shipped), b(*back);
    for (QDate d(2019, 1, 1); d <= QDate(2027, 12, 31); d = d.addDays(1))
        QCOMPARE(b.isWorkingDay(d), a.isWorkingDay(d));
    const HolidayRule* independence = back->holiday("independence_day");
    QVERIFY(independence);
    QCOMPARE(independence->dates.size(), 2);
    QCOMPARE(independence->dates.at(1).until, 2021);
}

void TestCalendarStore::editedCopyRoundTrips()
{
    CalendarData edits;
    edits.years.insert(2027, year2027(true));
    const QByteArray json = edits.toJson();
    const QJsonObject root = QJsonDocument::fromJson(json).object();
    QVERIFY(!root.contains("holidays")); // a copy of years only lays over the shipped holidays
    Result<CalendarData> back = CalendarData::fromJson(json);
    QVERIFY2(back, qPrintable(back.errorMessage()));
    const CalendarYear y = back->years.value(2027);
    QCOMPARE(y.status, "verified");
    QCOMPARE(y.note, "edited at the desk");
    QCOMPARE(y.transfers.size(), 1);
    QCOMPARE(y.transfers.at(0).dayOff, QDate(2027, 5, 4));
    QCOMPARE(y.transfers.at(0).workingDay, QDate(2027, 5, 8));
    QCOMPARE(y.transfers.at(0).decree, "Order No. 1 (test)");
}

void TestCalendarStore::shippedYearsPassTheEditCheck()
{
    const CalendarData& shipped = CalendarData::shipped();
    for (const CalendarYear& y : shipped.years) {
        const Status s = shipped.checkEditedYear(y);
        QVERIFY2(s, qPrintable(QString("%1: %2").arg(y.year).arg(s.errorMessage())));
    }
}

void TestCalendarStore::editCheckRefuses_data()
{
    QTest::addColumn<CalendarYear>("year");
    QTest::addColumn<QString>("says");
    const auto with = [](QDate off, QDate working) {
        CalendarYear y = year2027(false);
        y.transfers.append({off, working, "decree"});
        return y;
    };
    QTest::newRow("working day already working")
        << with(QDate(2027, 5, 4), QDate(2027, 5, 5)) << "2027-05-05 is already a working day";
    QTest::newRow("day off on a Saturday")
        << with(QDate(2027, 5, 8), QDate(2027, 5, 15)) << "2027-05-08 is already a day off";
    QTest::newRow("day off on a holiday")
        << with(QDate(2027, 3, 8), QDate(2027, 3, 6)) << "2027-03-08 is already a day off";
    QTest::newRow("another year") << with(QDate(2028, 1, 3), QDate(2027, 12, 25))
                                  << "2028-01-03 is not a date of that year";
    CalendarYear twice = with(QDate(2027, 5, 4), QDate(2027, 5, 8));
    twice.transfers.append({QDate(2027, 5, 4), QDate(2027, 5, 15), "decree"});
    QTest::newRow("date twice") << twice << "2027-05-04 is moved twice";
    CalendarYear kurban = year2027(false);
    kurban.movable.insert("kurban_ait", QDate(2026, 5, 27));
    QTest::newRow("Kurban Ait in another year") << kurban << "must be a date of that year";
    CalendarYear status = year2027(false);
    status.status = "guessed";
    QTest::newRow("status") << status << "verified or unconfirmed";
    CalendarYear empty = year2027(false);
    empty.transfers.append(DayTransfer{});
    QTest::newRow("empty transfer") << empty << "a transfer needs";
}

void TestCalendarStore::editCheckRefuses()
{
    QFETCH(CalendarYear, year);
    QFETCH(QString, says);
    const Status s = CalendarData::shipped().checkEditedYear(year);
    QVERIFY(!s);
    QCOMPARE(s.error().code, "calendar.invalid");
    QVERIFY2(s.errorMessage().contains(says), qPrintable(s.errorMessage()));
}

void TestCalendarStore::savesYearInTheJournalAudited()
{
    auto db = openOrFail(path());
    CalendarStore store(*db);
    Result<WorkingCalendar> before = store.inForce();
    QVERIFY(before);
    QVERIFY(before->isWorkingDay(QDate(2027, 5, 4)));

    STORE_VERIFY(store.saveYear(year2027(true), "boss"));
    Result<WorkingCalendar> after = store.inForce();
    QVERIFY(after);
    QVERIFY(!after->isWorkingDay(QDate(2027, 5, 4)));
    QVERIFY(after->isWorkingDay(QDate(2027, 5, 8)));
    QCOMPARE(after->yearStatus(2027), WorkingCalendar::YearStatus::Verified);
    // Other years stay as shipped.
    QVERIFY(!after->isWorkingDay(QDate(2024, 5, 8)));
    QVERIFY(after->isWorkingDay(QDate(2024, 5, 4)));
    QVERIFY(scalar(*db, "SELECT value FROM meta WHERE key = 'calendar_edits'")
                .toString()
                .contains("2027-05-08"));

    // The same year again changes nothing and records nothing.
    const Status again = store.saveYear(year2027(true), "boss");
    QVERIFY(!again);
    QCOMPARE(again.error().code, "calendar.unchanged");
    // An invalid year is refused without a trace.
    CalendarYear bad = year2027(true);
    bad.transfers.append({QDate(2027, 5, 5), QDate(2027, 5, 6), "x"});
    QVERIFY(!store.saveYear(bad, "boss"));

    STORE_VERIFY(store.revertYear(2027, "boss"));
    Result<WorkingCalendar> reverted = store.inForce();
    QVERIFY(reverted && reverted->isWorkingDay(QDate(2027, 5, 4)));
    QCOMPARE(scalar(*db, "SELECT count(*) FROM meta WHERE key = 'calendar_edits'").toInt(), 0);
    STORE_VERIFY(store.revertYear(2027, "boss")); // nothing left to revert: no record

    Result<QList<AuditRecord>> records = AuditTrail::recordsFor(db->sql(), "calendar:2027");
    QVERIFY(records);
    QCOMPARE(records->size(), 2);
    QCOMPARE(records->at(0).action, CalendarStore::Edited);
    QCOMPARE(records->at(0).operatorId, "boss");
    const QJsonObject details = QJsonDocument::fromJson(records->at(0).details.toUtf8()).object();
    QCOMPARE(details.value("year").toInt(), 2027);
    QCOMPARE(details.value("before").toObject().value("status").toString(), "unconfirmed");
    QVERIFY(records->at(0).details.contains("2027-05-08"));
    QCOMPARE(records->at(1).action, CalendarStore::Reverted);
    QVERIFY(AuditTrail::verify(db->sql()).ok);
}

void TestCalendarStore::damagedCopyIsAnError()
{
    auto db = openOrFail(path());
    QVERIFY(execSql(*db, "INSERT INTO meta (key, value) VALUES ('calendar_edits', '{\"format\": 1,"
                         " \"years\": {\"2027\": {\"status\": \"verified\", \"transfers\":"
                         " [{\"day_off\": \"4.5.2027\"}]}}}')"));
    // A wrong deadline is worse than a visible problem: never silently the shipped data.
    Result<WorkingCalendar> calendar = CalendarStore(*db).inForce();
    QVERIFY(!calendar);
    QVERIFY2(calendar.errorMessage().contains("damaged"), qPrintable(calendar.errorMessage()));
}

void TestCalendarStore::workerServesTheDesk()
{
    qint64 applicationId = 0;
    QString number;
    {
        auto db = openOrFail(path());
        Journal journal(*db);
        Result<Registration> r = journal.registerApplication(sampleIntake(), sampleDesk());
        QVERIFY2(r, qPrintable(r.errorMessage()));
        applicationId = r->applicationId;
        number = r->registrationNumber;
    }
    QThread thread;
    thread.start();
    {
        ComplaintClient client(&thread, path());
        ComplaintWorker answers(path());
        relay(client.worker(), &answers);
        ComplaintWorker* w = &answers;
        QSignalSpy added(w, &ComplaintWorker::added);
        QSignalSpy listed(w, &ComplaintWorker::listed);
        QSignalSpy opened(w, &ComplaintWorker::opened);
        QSignalSpy failed(w, &ComplaintWorker::failed);
        QSignalSpy reminders(w, &ComplaintWorker::remindersCounted);

        Complaint c;
        c.addressee = ComplaintAddressee::ServiceProvider;
        c.received = QDate(2027, 4, 1);
        c.channel = ComplaintChannel::Portal;
        c.complainant = "Қасымов Ерлан";
        c.substance = "Not formed in time";
        const quint64 unknown = client.add(c, "ALM99-99-999999-R", "boss", QDate(2027, 4, 30));
        QVERIFY(failed.wait());
        QCOMPARE(failed.at(0).at(0).value<quint64>(), unknown);
        QVERIFY(failed.at(0).at(1).toString().contains("ALM99-99-999999-R"));

        const quint64 id = client.add(c, number, "boss", QDate(2027, 4, 30));
        QVERIFY(added.wait());
        QCOMPARE(added.at(0).at(0).value<quint64>(), id);
        const ComplaintEntry entry = added.at(0).at(1).value<ComplaintEntry>();
        QCOMPARE(entry.complaint.applicationId, applicationId);
        QVERIFY(entry.terms.anyOverdue());

        // Paragraph 20: an employee's complaint goes to the State Corporation's head or the body
        // for informatization only.
        Complaint employee = c;
        employee.subject = ComplaintSubject::StateCorporationEmployee;
        employee.subjectPerson = "Сейткали А.";
        client.add(employee, {}, "boss", QDate(2027, 4, 30));
        QVERIFY(failed.wait());
        QVERIFY(failed.last().at(1).toString().contains("paragraph 20"));

        const quint64 listId = client.ofApplication(applicationId, QDate(2027, 4, 30));
        QVERIFY(listed.wait());
        QCOMPARE(listed.at(0).at(0).value<quint64>(), listId);
        const auto list = listed.at(0).at(1).value<QList<ComplaintEntry>>();
        QCOMPARE(list.size(), 1);
        QVERIFY(list.at(0).complaint.complainant.isEmpty()); // lists carry no personal data

        client.countReminders(QDate(2027, 4, 30));
        QVERIFY(reminders.wait());
        const auto counted = reminders.at(0).at(1).value<ComplaintWorker::Reminder>();
        QCOMPARE(counted.overdue, 1);
        QCOMPARE(counted.dueSoon, 0);

        client.open(entry.complaint.id, "boss", QDate(2027, 4, 30));
        QVERIFY(opened.wait());
        const auto record = opened.at(0).at(1).value<ComplaintRecord>();
        QCOMPARE(record.entry.complaint.complainant, "Қасымов Ерлан");
        QCOMPARE(record.history.size(), 1);
    }
    thread.quit();
    thread.wait();
    // The worker's connection is closed with it: the file is the test's alone again.
    auto db = openOrFail(path());
    QCOMPARE(scalar(*db, "SELECT count(*) FROM audit_log WHERE action = 'complaint.viewed'"
                         " AND operator = 'boss'")
                 .toInt(),
             1);
    QVERIFY(AuditTrail::verify(db->sql()).ok);
}

void TestCalendarStore::workerSavesCalendarAndRefreshesDueDates()
{
    {
        auto db = openOrFail(path());
        ComplaintRegister reg(*db, WorkingCalendar());
        Complaint c;
        c.subject = ComplaintSubject::Officer;
        c.subjectPerson = "Officer A.";
        c.addressee = ComplaintAddressee::ServiceProvider;
        c.received = QDate(2027, 4, 26);
        c.complainant = "X";
        c.substance = "Y";
        Result<ComplaintEntry> e = reg.add(c, "boss", QDate(2027, 4, 30));
        QVERIFY2(e, qPrintable(e.errorMessage()));
        QCOMPARE(e->terms.term(ComplaintTermKind::Review)->due, QDate(2027, 5, 4));
    }
    QThread thread;
    thread.start();
    {
        ComplaintClient client(&thread, path());
        ComplaintWorker answers(path());
        relay(client.worker(), &answers);
        ComplaintWorker* w = &answers;
        QSignalSpy saved(w, &ComplaintWorker::calendarSaved);
        QSignalSpy loaded(w, &ComplaintWorker::calendarLoaded);
        QSignalSpy listed(w, &ComplaintWorker::listed);
        QSignalSpy failed(w, &ComplaintWorker::failed);

        // The register is built once before the edit, so the worker must notice the change.
        ComplaintQuery q;
        q.today = QDate(2027, 4, 30);
        client.list(q);
        QVERIFY(listed.wait());

        CalendarYear bad = year2027(true);
        bad.transfers.append({QDate(2027, 5, 5), QDate(2027, 5, 6), "x"});
        client.saveCalendarYear(bad, "boss");
        QVERIFY(failed.wait());

        client.saveCalendarYear(year2027(true), "boss");
        QVERIFY(saved.wait());
        QCOMPARE(saved.at(0).at(1).toInt(), 2027);
        QCOMPARE(saved.at(0).at(2).toInt(), 1);

        client.list(q);
        QVERIFY(listed.wait());
        const auto list = listed.last().at(1).value<QList<ComplaintEntry>>();
        QCOMPARE(list.size(), 1);
        const ComplaintTerm* review = list.at(0).terms.term(ComplaintTermKind::Review);
        QCOMPARE(review->due, QDate(2027, 5, 5));
        QCOMPARE(review->storedDue, QDate(2027, 5, 5));

        client.loadCalendar();
        QVERIFY(loaded.wait());
        const auto edits = loaded.at(0).at(2).value<CalendarData>();
        QCOMPARE(edits.years.keys(), QList<int>{2027});
        QVERIFY(loaded.at(0).at(1).value<CalendarData>().years.contains(2024));
    }
    thread.quit();
    thread.wait();
    auto db = openOrFail(path());
    QCOMPARE(scalar(*db, "SELECT review_due FROM complaints").toString(), "2027-05-05");
    QCOMPARE(scalar(*db, "SELECT count(*) FROM audit_log WHERE action = 'calendar.edited'").toInt(),
             1);
    QCOMPARE(scalar(*db, "SELECT count(*) FROM audit_log"
                         " WHERE action = 'complaint.due_dates_refreshed'")
                 .toInt(),
             1);
    QVERIFY(AuditTrail::verify(db->sql()).ok);
}

QTEST_GUILESS_MAIN(TestCalendarStore)
#include "TestCalendarStore.moc"
