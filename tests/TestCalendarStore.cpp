#include "tests/StoreTestData.h"

#include "core/calendar/CalendarStore.h"
#include "core/complaints/ComplaintRegister.h"
#include "core/journal/Journal.h"
#include "core/services/ComplaintJobs.h"
#include "core/services/StoreThread.h"
#include "core/store/AuditTrail.h"
#include "core/store/Database.h"
#include "core/usecases/CountComplaintReminders.h"
#include "core/usecases/EditCalendar.h"
#include "core/usecases/RegisterComplaint.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

using namespace iin;
using namespace iin::test;

// The edited calendar kept in the journal (CalendarStore), its JSON writer and the checks of an
// edited year, and the complaints and calendar use cases as the desk runs them: jobs on a
// StoreThread.
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
    void jobsServeTheDesk();
    void jobsSaveCalendarAndRefreshDueDates();

private:
    // Runs `job` on `store` and waits for the answer, as a window's handler receives it.
    template <class Job>
    static std::invoke_result_t<Job&, StoreContext&> answerOf(StoreThread& store, Job job);
    QString path() const { return m_dir->filePath("journal.sqlite"); }
    static CalendarYear year2027(bool withTransfer);

    std::unique_ptr<QTemporaryDir> m_dir;
};

template <class Job>
std::invoke_result_t<Job&, StoreContext&> TestCalendarStore::answerOf(StoreThread& store, Job job)
{
    using Answer = std::invoke_result_t<Job&, StoreContext&>;
    std::optional<Answer> answer;
    QObject context;
    store.run(&context, std::move(job), [&answer](Answer a) { answer.emplace(std::move(a)); });
    if (!QTest::qWaitFor([&] { return answer.has_value(); }, 10000))
        return Error{"test.timeout", "The store did not answer."};
    return std::move(*answer);
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

void TestCalendarStore::jobsServeTheDesk()
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
    {
        StoreThread store(path(), Database::OpenCheck::Deferred, "complaints");
        const QDate today(2027, 4, 30);
        const auto add = [&](const Complaint& complaint, const QString& applicationRef) {
            return answerOf(store, complaintsJob([=](ComplaintRegister& r, StoreContext& c) {
                                return registerComplaint(r, c.keep<Journal>(), complaint,
                                                         applicationRef, "boss", today);
                            }));
        };

        Complaint c;
        c.addressee = ComplaintAddressee::ServiceProvider;
        c.received = QDate(2027, 4, 1);
        c.channel = ComplaintChannel::Portal;
        c.complainant = "Қасымов Ерлан";
        c.substance = "Not formed in time";
        const Result<ComplaintEntry> unknown = add(c, "ALM99-99-999999-R");
        QVERIFY(!unknown);
        QVERIFY(unknown.errorMessage().contains("ALM99-99-999999-R"));

        const Result<ComplaintEntry> entry = add(c, number);
        QVERIFY2(entry, qPrintable(entry.errorMessage()));
        QCOMPARE(entry->complaint.applicationId, applicationId);
        QVERIFY(entry->terms.anyOverdue());

        // Paragraph 20: an employee's complaint goes to the State Corporation's head or the body
        // for informatization only.
        Complaint employee = c;
        employee.subject = ComplaintSubject::StateCorporationEmployee;
        employee.subjectPerson = "Сейткали А.";
        const Result<ComplaintEntry> refused = add(employee, {});
        QVERIFY(!refused);
        QVERIFY(refused.errorMessage().contains("paragraph 20"));

        const Result<QList<ComplaintEntry>> list =
            answerOf(store, complaintsJob([=](ComplaintRegister& r, StoreContext&) {
                         return r.ofApplication(applicationId, today);
                     }));
        QVERIFY2(list, qPrintable(list.errorMessage()));
        QCOMPARE(list->size(), 1);
        QVERIFY(list->at(0).complaint.complainant.isEmpty()); // lists carry no personal data

        const Result<ComplaintReminder> counted =
            answerOf(store, complaintsJob([=](ComplaintRegister& r, StoreContext&) {
                         return countComplaintReminders(r, today);
                     }));
        QVERIFY2(counted, qPrintable(counted.errorMessage()));
        QCOMPARE(counted->overdue, 1);
        QCOMPARE(counted->dueSoon, 0);

        const qint64 id = entry->complaint.id;
        const Result<std::optional<ComplaintRecord>> record =
            answerOf(store, complaintsJob([=](ComplaintRegister& r, StoreContext&) {
                         return r.open(id, "boss", today);
                     }));
        QVERIFY2(record && *record, qPrintable(record.errorMessage()));
        QCOMPARE((*record)->entry.complaint.complainant, "Қасымов Ерлан");
        QCOMPARE((*record)->history.size(), 1);
    }
    // The store's connection is closed with it: the file is the test's alone again.
    auto db = openOrFail(path());
    QCOMPARE(scalar(*db, "SELECT count(*) FROM audit_log WHERE action = 'complaint.viewed'"
                         " AND operator = 'boss'")
                 .toInt(),
             1);
    QVERIFY(AuditTrail::verify(db->sql()).ok);
}

void TestCalendarStore::jobsSaveCalendarAndRefreshDueDates()
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
    {
        StoreThread store(path(), Database::OpenCheck::Deferred, "complaints");
        const auto save = [&](const CalendarYear& year) {
            return answerOf(store, [=](StoreContext& c) {
                return saveCalendarYear(c.database(), c.keep<ComplaintsInForce>(), year, "boss");
            });
        };
        ComplaintQuery q;
        q.today = QDate(2027, 4, 30);
        const auto list = [&] {
            return answerOf(store, complaintsJob([=](ComplaintRegister& r, StoreContext&) {
                                return r.list(q);
                            }));
        };

        // The register is built once before the edit, so the job must notice the change.
        QVERIFY(list());

        CalendarYear bad = year2027(true);
        bad.transfers.append({QDate(2027, 5, 5), QDate(2027, 5, 6), "x"});
        QVERIFY(!save(bad));

        const Result<int> changed = save(year2027(true));
        QVERIFY2(changed, qPrintable(changed.errorMessage()));
        QCOMPARE(*changed, 1);

        const Result<QList<ComplaintEntry>> listed = list();
        QVERIFY2(listed, qPrintable(listed.errorMessage()));
        QCOMPARE(listed->size(), 1);
        const ComplaintTerm* review = listed->at(0).terms.term(ComplaintTermKind::Review);
        QCOMPARE(review->due, QDate(2027, 5, 5));
        QCOMPARE(review->storedDue, QDate(2027, 5, 5));

        const Result<JournalCalendar> loaded =
            answerOf(store, [](StoreContext& c) { return loadJournalCalendar(c.database()); });
        QVERIFY2(loaded, qPrintable(loaded.errorMessage()));
        QCOMPARE(loaded->edits.years.keys(), QList<int>{2027});
        QVERIFY(loaded->inForce.years.contains(2024));
    }
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
