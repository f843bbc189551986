#include "tests/StoreTestData.h"

#include "core/complaints/ComplaintRegister.h"
#include "core/store/AuditTrail.h"
#include "core/store/Database.h"
#include "core/store/Migrations.h"

#include <QFile>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace iin;
using namespace iin::test;

class TestComplaintRegister : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void upgradesVersion2Database();
    void failedUpgradeLeavesVersion2();
    void registersWithTermsAndAudit();
    void refusesImpossibleComplaints();
    void favourableActWithinThreeDays();
    void forwardThenDecide();
    void extensionUpToTenDays();
    void finishedComplaintTakesNoMore();
    void listsWithFilters();
    void openIsAuditedListIsNot();
    void editedCalendarMovesOpenDueDates();

private:
    QString path() const { return m_dir->filePath("journal.sqlite"); }
    qint64 registerApplication(Database& db, int n = 0);
    static Complaint complaint(qint64 applicationId, const QDate& received,
                               ComplaintAddressee addressee = ComplaintAddressee::ServiceProvider);
    static ComplaintOutcome outcome(ComplaintOutcome::Kind kind, const QDate& on);
    static QList<AuditRecord> auditOf(Database& db, qint64 complaintId);

    std::unique_ptr<QTemporaryDir> m_dir;
    WorkingCalendar m_calendar;
};

void TestComplaintRegister::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestComplaintRegister::cleanup()
{
    m_dir.reset();
}

qint64 TestComplaintRegister::registerApplication(Database& db, int n)
{
    Journal journal(db);
    Result<Registration> r = journal.registerApplication(sampleIntake(n), sampleDesk());
    if (!r)
        qWarning("registration failed: %s", qPrintable(r.errorMessage()));
    return r ? r->applicationId : 0;
}

Complaint TestComplaintRegister::complaint(qint64 applicationId, const QDate& received,
                                           ComplaintAddressee addressee)
{
    Complaint c;
    c.applicationId = applicationId;
    c.addressee = addressee;
    c.received = received;
    c.channel = ComplaintChannel::Post;
    c.complainant = "Қасымов Ерлан";
    c.contact = "Алматы, Абай 1";
    c.substance = "Өтініш мерзімінде қаралмады";
    return c;
}

ComplaintOutcome TestComplaintRegister::outcome(ComplaintOutcome::Kind kind, const QDate& on)
{
    ComplaintOutcome o;
    o.kind = kind;
    o.on = on;
    return o;
}

QList<AuditRecord> TestComplaintRegister::auditOf(Database& db, qint64 complaintId)
{
    Result<QList<AuditRecord>> records =
        AuditTrail::recordsFor(db.sql(), QStringLiteral("complaint:%1").arg(complaintId));
    return records ? *records : QList<AuditRecord>();
}

void TestComplaintRegister::upgradesVersion2Database()
{
    qint64 applicationId = 0;
    {
        Result<std::unique_ptr<Database>> v2 = Database::open(path(), {5000, 2});
        QVERIFY2(v2, qPrintable(v2.errorMessage()));
        QCOMPARE((*v2)->schemaVersion(), 2);
        QCOMPARE(
            scalar(**v2, "SELECT count(*) FROM sqlite_schema WHERE name = 'complaints'").toInt(),
            0);
        applicationId = registerApplication(**v2);
        QVERIFY(applicationId > 0);
    }
    auto db = openOrFail(path());
    QVERIFY(db);
    QCOMPARE(db->schemaVersion(), Migrations::latest());
    QVERIFY(Migrations::latest() >= 3);
    // The journal written at version 2 is intact and complaints can be recorded against it.
    QCOMPARE(scalar(*db, "SELECT count(*) FROM applications").toInt(), 1);
    ComplaintRegister reg(*db, m_calendar);
    Result<ComplaintEntry> added =
        reg.add(complaint(applicationId, QDate(2024, 3, 20)), "clerk", QDate(2024, 3, 20));
    QVERIFY2(added, qPrintable(added.errorMessage()));
    QVERIFY(!added->complaint.registrationNumber.isEmpty());
    QVERIFY(AuditTrail::verify(db->sql()).ok);
}

void TestComplaintRegister::failedUpgradeLeavesVersion2()
{
    {
        Result<std::unique_ptr<Database>> v2 = Database::open(path(), {5000, 2});
        QVERIFY(v2);
        // Something in the way of step 3: its CREATE TABLE must fail.
        QVERIFY(execSql(**v2, "CREATE TABLE complaint_events (x INTEGER)"));
    }
    Result<std::unique_ptr<Database>> failed = Database::open(path());
    QVERIFY(!failed);
    QVERIFY(failed.errorMessage().contains("complaint_events"));
    Result<std::unique_ptr<Database>> v2 = Database::open(path(), {5000, 2});
    QVERIFY(v2);
    QCOMPARE((*v2)->schemaVersion(), 2);
    // The whole step rolled back: not even its first table is left.
    QCOMPARE(scalar(**v2, "SELECT count(*) FROM sqlite_schema WHERE name = 'complaints'").toInt(),
             0);
}

void TestComplaintRegister::registersWithTermsAndAudit()
{
    auto db = openOrFail(path());
    QVERIFY(db);
    const qint64 app = registerApplication(*db);
    ComplaintRegister reg(*db, m_calendar);
    Complaint c = complaint(app, QDate(2024, 4, 30), ComplaintAddressee::QualityControl);
    c.actLearned = QDate(2024, 1, 10);
    Result<ComplaintEntry> added = reg.add(c, "clerk", QDate(2024, 5, 2));
    QVERIFY2(added, qPrintable(added.errorMessage()));
    const qint64 id = added->complaint.id;
    QVERIFY(id > 0);
    // The stored due dates are those of the calendar.
    QCOMPARE(added->complaint.storedForwardDue, QDate(2024, 5, 4));
    QCOMPARE(added->complaint.storedReviewDue, QDate(2024, 5, 24));
    QCOMPARE(scalar(*db, "SELECT forward_due FROM complaints").toString(), "2024-05-04");
    QCOMPARE(scalar(*db, "SELECT review_due FROM complaints").toString(), "2024-05-24");
    QVERIFY(!added->terms.calendarChanged());
    // Filed more than 3 months after learning of the act: registered, with a warning.
    QVERIFY(added->terms.limitation.late);
    QCOMPARE(added->terms.warnings.size(), 1);

    const QList<AuditRecord> audit = auditOf(*db, id);
    QCOMPARE(audit.size(), 1);
    QCOMPARE(audit[0].action, ComplaintRegister::Registered);
    QCOMPARE(audit[0].operatorId, "clerk");
    // Identifiers and dates only: never the complainant or the substance.
    QVERIFY(audit[0].details.contains("\"review_due\":\"2024-05-24\""));
    QVERIFY(audit[0].details.contains("\"limitation_late\":true"));
    QVERIFY(!audit[0].details.contains("Қасымов"));
    QVERIFY(!audit[0].details.contains("мерзімінде"));
    QCOMPARE(scalar(*db, "SELECT count(*) FROM complaint_events WHERE kind = 'registered'").toInt(),
             1);
    QVERIFY(AuditTrail::verify(db->sql()).ok);
}

void TestComplaintRegister::refusesImpossibleComplaints()
{
    auto db = openOrFail(path());
    QVERIFY(db);
    const qint64 app = registerApplication(*db);
    ComplaintRegister reg(*db, m_calendar);
    const QDate today(2024, 3, 20);

    Result<ComplaintEntry> r = reg.add(complaint(app + 100, today), "clerk", today);
    QVERIFY(!r);
    QCOMPARE(r.error().code, "complaint.no_application");
    r = reg.add(complaint(app, today.addDays(1)), "clerk", today);
    QVERIFY(!r);
    QCOMPARE(r.error().code, "complaint.invalid");
    Complaint learnedLater = complaint(app, today);
    learnedLater.actLearned = today.addDays(1);
    QVERIFY(!reg.add(learnedLater, "clerk", today));
    // Nothing of the refused ones was written.
    QCOMPARE(scalar(*db, "SELECT count(*) FROM complaints").toInt(), 0);
    QCOMPARE(scalar(*db, "SELECT count(*) FROM audit_log WHERE action LIKE 'complaint.%'").toInt(),
             0);

    // A complaint about a State Corporation employee needs no application.
    Complaint employee = complaint(0, today, ComplaintAddressee::StateCorporationHead);
    employee.subject = ComplaintSubject::StateCorporationEmployee;
    employee.subjectPerson = "Сейткали А.";
    r = reg.add(employee, "clerk", today);
    QVERIFY2(r, qPrintable(r.errorMessage()));
    QCOMPARE(r->terms.term(ComplaintTermKind::Review)->due, QDate(2024, 4, 1));
}

void TestComplaintRegister::favourableActWithinThreeDays()
{
    auto db = openOrFail(path());
    QVERIFY(db);
    const qint64 app = registerApplication(*db);
    ComplaintRegister reg(*db, m_calendar);
    const QDate received(2024, 4, 30); // forward due Saturday 4 May 2024 (a working Saturday)
    const qint64 late = reg.add(complaint(app, received), "clerk", received)->complaint.id;
    const qint64 inTime = reg.add(complaint(app, received), "clerk", received)->complaint.id;

    // Monday 6 May is the 4th working day: too late to keep it from the reviewing body.
    Result<ComplaintEntry> r = reg.recordOutcome(
        late, outcome(ComplaintOutcome::Kind::SatisfiedFavourably, QDate(2024, 5, 6)), "head",
        QDate(2024, 5, 6));
    QVERIFY(!r);
    QCOMPARE(r.error().code, "complaint.outcome_refused");
    QVERIFY(r.errorMessage().contains("2024-05-04"));

    ComplaintOutcome act = outcome(ComplaintOutcome::Kind::SatisfiedFavourably, QDate(2024, 5, 4));
    act.reference = "No. 12-34";
    r = reg.recordOutcome(inTime, act, "head", QDate(2024, 5, 6));
    QVERIFY2(r, qPrintable(r.errorMessage()));
    QCOMPARE(r->complaint.state, ComplaintState::SatisfiedFavourably);
    QCOMPARE(r->terms.term(ComplaintTermKind::Forward)->state, ComplaintTermState::Met);
    QCOMPARE(r->terms.term(ComplaintTermKind::Review)->state, ComplaintTermState::Met);

    // Not forwarded afterwards: the matter is closed.
    QVERIFY(!reg.recordOutcome(inTime,
                               outcome(ComplaintOutcome::Kind::Forwarded, QDate(2024, 5, 6)),
                               "head", QDate(2024, 5, 6)));

    const QList<AuditRecord> audit = auditOf(*db, inTime);
    QCOMPARE(audit.size(), 2);
    QCOMPARE(audit[1].action, ComplaintRegister::OutcomeRecorded);
    QVERIFY(audit[1].details.contains("\"outcome\":\"satisfied_favourably\""));
    QVERIFY(audit[1].details.contains("\"reference\":\"No. 12-34\""));
    QCOMPARE(auditOf(*db, late).size(), 1); // the refused outcome left no trace
    QVERIFY(AuditTrail::verify(db->sql()).ok);
}

void TestComplaintRegister::forwardThenDecide()
{
    auto db = openOrFail(path());
    QVERIFY(db);
    const qint64 app = registerApplication(*db);
    ComplaintRegister reg(*db, m_calendar);
    const QDate received(2024, 3, 20);
    const qint64 id =
        reg.add(complaint(app, received, ComplaintAddressee::QualityControl), "clerk", received)
            ->complaint.id;

    ComplaintOutcome decided = outcome(ComplaintOutcome::Kind::Decided, QDate(2024, 3, 27));
    decided.decision = ComplaintDecision::Refused;
    decided.reference = "R-1";
    // It goes with the case file first.
    QVERIFY(!reg.recordOutcome(id, decided, "clerk", QDate(2024, 3, 27)));
    // No outcome in the future, none before registration.
    QVERIFY(!reg.recordOutcome(id, outcome(ComplaintOutcome::Kind::Forwarded, QDate(2024, 3, 28)),
                               "clerk", QDate(2024, 3, 27)));
    QVERIFY(!reg.recordOutcome(id, outcome(ComplaintOutcome::Kind::Forwarded, QDate(2024, 3, 19)),
                               "clerk", QDate(2024, 3, 27)));

    ComplaintOutcome forwarded = outcome(ComplaintOutcome::Kind::Forwarded, QDate(2024, 3, 27));
    forwarded.forwardedTo = "Quality-control authority, Almaty";
    Result<ComplaintEntry> r = reg.recordOutcome(id, forwarded, "clerk", QDate(2024, 3, 27));
    QVERIFY2(r, qPrintable(r.errorMessage()));
    QCOMPARE(r->complaint.state, ComplaintState::Forwarded);
    QCOMPARE(r->terms.term(ComplaintTermKind::Forward)->state, ComplaintTermState::Met);
    QCOMPARE(r->terms.term(ComplaintTermKind::Review)->state, ComplaintTermState::Due);

    decided.reference.clear();
    QVERIFY(!reg.recordOutcome(id, decided, "clerk", QDate(2024, 4, 10))); // needs its reference
    decided.reference = "R-1";
    decided.on = QDate(2024, 4, 10);
    r = reg.recordOutcome(id, decided, "clerk", QDate(2024, 4, 10));
    QVERIFY2(r, qPrintable(r.errorMessage()));
    QCOMPARE(r->complaint.state, ComplaintState::Decided);
    QCOMPARE(r->complaint.decision, ComplaintDecision::Refused);
    QCOMPARE(r->terms.term(ComplaintTermKind::Review)->state, ComplaintTermState::Met);
    QVERIFY(!r->terms.deemedRefusal);

    QCOMPARE(scalar(*db, "SELECT state || ',' || decision || ',' || decided_on || ','"
                         " || decision_reference FROM complaints")
                 .toString(),
             "decided,refused,2024-04-10,R-1");
    const QList<AuditRecord> audit = auditOf(*db, id);
    QCOMPARE(audit.size(), 3);
    QVERIFY(audit[2].details.contains("\"decision\":\"refused\""));
    QVERIFY(AuditTrail::verify(db->sql()).ok);
}

void TestComplaintRegister::extensionUpToTenDays()
{
    auto db = openOrFail(path());
    QVERIFY(db);
    const qint64 app = registerApplication(*db);
    ComplaintRegister reg(*db, m_calendar);
    const QDate received(2024, 4, 30);
    const qint64 provider = reg.add(complaint(app, received), "clerk", received)->complaint.id;
    const qint64 quality =
        reg.add(complaint(app, received, ComplaintAddressee::QualityControl), "clerk", received)
            ->complaint.id;

    ComplaintOutcome extend = outcome(ComplaintOutcome::Kind::Extended, QDate(2024, 5, 20));
    extend.extensionDays = 4;
    extend.reason = "Additional check of the case file";
    // The service provider's 5 days cannot be extended.
    QVERIFY(!reg.recordOutcome(provider, extend, "head", QDate(2024, 5, 20)));

    extend.reason.clear();
    QVERIFY(!reg.recordOutcome(quality, extend, "head", QDate(2024, 5, 20))); // needs a reason
    extend.reason = "Additional check of the case file";
    Result<ComplaintEntry> r = reg.recordOutcome(quality, extend, "head", QDate(2024, 5, 20));
    QVERIFY2(r, qPrintable(r.errorMessage()));
    QCOMPARE(r->complaint.extensionDays, 4);
    QCOMPARE(r->terms.term(ComplaintTermKind::Review)->due, QDate(2024, 5, 30));
    QCOMPARE(r->complaint.storedReviewDue, QDate(2024, 5, 30));

    extend.extensionDays = 7; // 11 in all
    extend.on = QDate(2024, 5, 27);
    QVERIFY(!reg.recordOutcome(quality, extend, "head", QDate(2024, 5, 27)));
    extend.extensionDays = 6; // 10 in all
    r = reg.recordOutcome(quality, extend, "head", QDate(2024, 5, 27));
    QVERIFY2(r, qPrintable(r.errorMessage()));
    QCOMPARE(r->terms.term(ComplaintTermKind::Review)->due, QDate(2024, 6, 7));
    QCOMPARE(r->terms.term(ComplaintTermKind::Review)->workingDays, 25);

    // The reason is kept in the register's history, not in the audit trail.
    QCOMPARE(scalar(*db, "SELECT count(*) FROM complaint_events WHERE kind = 'extended'"
                         " AND reason = 'Additional check of the case file'")
                 .toInt(),
             2);
    for (const AuditRecord& a : auditOf(*db, quality))
        QVERIFY(!a.details.contains("Additional"));

    // A term that has run out is not extended afterwards.
    const qint64 expired =
        reg.add(complaint(app, received, ComplaintAddressee::QualityControl), "clerk", received)
            ->complaint.id;
    extend.extensionDays = 2;
    extend.on = QDate(2024, 5, 27); // the 15 days ended on 24 May
    QVERIFY(!reg.recordOutcome(expired, extend, "head", QDate(2024, 5, 27)));
    QVERIFY(AuditTrail::verify(db->sql()).ok);
}

void TestComplaintRegister::finishedComplaintTakesNoMore()
{
    auto db = openOrFail(path());
    QVERIFY(db);
    const qint64 app = registerApplication(*db);
    ComplaintRegister reg(*db, m_calendar);
    const QDate received(2024, 3, 20);
    Complaint direct = complaint(app, received);
    direct.forwardToReviewingBody = false;
    const qint64 id = reg.add(direct, "clerk", received)->complaint.id;
    // Lodged with its reviewing body: never forwarded, decided directly.
    QVERIFY(!reg.recordOutcome(id, outcome(ComplaintOutcome::Kind::Forwarded, received), "clerk",
                               received));
    ComplaintOutcome decided = outcome(ComplaintOutcome::Kind::Decided, QDate(2024, 3, 26));
    decided.decision = ComplaintDecision::Satisfied;
    decided.reference = "S-9";
    QVERIFY(reg.recordOutcome(id, decided, "clerk", QDate(2024, 3, 26)));
    Result<ComplaintEntry> again = reg.recordOutcome(id, decided, "clerk", QDate(2024, 3, 26));
    QVERIFY(!again);
    QCOMPARE(again.error().code, "complaint.outcome_refused");
    QCOMPARE(reg.recordOutcome(999, decided, "clerk", QDate(2024, 3, 26)).error().code,
             "complaint.not_found");
}

void TestComplaintRegister::listsWithFilters()
{
    auto db = openOrFail(path());
    QVERIFY(db);
    const qint64 app1 = registerApplication(*db, 1);
    const qint64 app2 = registerApplication(*db, 2);
    ComplaintRegister reg(*db, m_calendar);
    // On 27 March 2024: complaint a's forward term (due 28 March) is due soon; b's (registered
    // 14 March, due 19 March) is overdue; c (registered 27 March) is due; d is finished.
    const qint64 a =
        reg.add(complaint(app1, QDate(2024, 3, 20)), "c", QDate(2024, 3, 27))->complaint.id;
    const qint64 b =
        reg.add(complaint(app2, QDate(2024, 3, 14)), "c", QDate(2024, 3, 27))->complaint.id;
    const qint64 c =
        reg.add(complaint(app1, QDate(2024, 3, 27)), "c", QDate(2024, 3, 27))->complaint.id;
    const qint64 d =
        reg.add(complaint(app2, QDate(2024, 3, 14)), "c", QDate(2024, 3, 27))->complaint.id;
    QVERIFY(reg.recordOutcome(
        d, outcome(ComplaintOutcome::Kind::SatisfiedFavourably, QDate(2024, 3, 15)), "c",
        QDate(2024, 3, 27)));

    const auto ids = [&](ComplaintQuery q) {
        q.today = QDate(2024, 3, 27);
        QList<qint64> list;
        Result<QList<ComplaintEntry>> r = reg.list(q);
        if (!r)
            qWarning("%s", qPrintable(r.errorMessage()));
        else
            for (const ComplaintEntry& e : *r)
                list << e.complaint.id;
        return list;
    };
    QCOMPARE(ids({}), (QList<qint64>{d, c, b, a}));
    ComplaintQuery overdue;
    overdue.overdue = true;
    QCOMPARE(ids(overdue), QList<qint64>{b});
    ComplaintQuery soon;
    soon.dueSoon = true;
    QCOMPARE(ids(soon), QList<qint64>{a});
    ComplaintQuery either;
    either.overdue = either.dueSoon = true;
    QCOMPARE(ids(either), (QList<qint64>{b, a}));
    ComplaintQuery open;
    open.openOnly = true;
    QCOMPARE(ids(open), (QList<qint64>{c, b, a}));
    ComplaintQuery ofApp;
    ofApp.applicationId = app2;
    QCOMPARE(ids(ofApp), (QList<qint64>{d, b}));
    ComplaintQuery page;
    page.beforeId = c;
    page.limit = 1;
    QCOMPARE(ids(page), QList<qint64>{b});

    Result<QList<ComplaintEntry>> of = reg.ofApplication(app1, QDate(2024, 3, 27));
    QVERIFY(of);
    QCOMPARE(of->size(), 2);
    // Lists carry no personal data.
    for (const ComplaintEntry& e : *of) {
        QVERIFY(e.complaint.complainant.isEmpty());
        QVERIFY(e.complaint.substance.isEmpty());
        QVERIFY(!e.complaint.registrationNumber.isEmpty());
    }
}

void TestComplaintRegister::openIsAuditedListIsNot()
{
    auto db = openOrFail(path());
    QVERIFY(db);
    const qint64 app = registerApplication(*db);
    ComplaintRegister reg(*db, m_calendar);
    const qint64 id =
        reg.add(complaint(app, QDate(2024, 3, 20)), "clerk", QDate(2024, 3, 20))->complaint.id;
    const int before = scalar(*db, "SELECT count(*) FROM audit_log").toInt();
    ComplaintQuery q;
    q.today = QDate(2024, 3, 20);
    QVERIFY(reg.list(q));
    QCOMPARE(scalar(*db, "SELECT count(*) FROM audit_log").toInt(), before);

    Result<std::optional<ComplaintRecord>> r = reg.open(id, "supervisor", QDate(2024, 3, 20));
    QVERIFY2(r, qPrintable(r.errorMessage()));
    QVERIFY(r->has_value());
    QCOMPARE((*r)->entry.complaint.complainant, "Қасымов Ерлан");
    QCOMPARE((*r)->entry.complaint.substance, "Өтініш мерзімінде қаралмады");
    QCOMPARE((*r)->history.size(), 1);
    QCOMPARE((*r)->history[0].kind, "registered");
    const QList<AuditRecord> audit = auditOf(*db, id);
    QCOMPARE(audit.last().action, ComplaintRegister::Viewed);
    QCOMPARE(audit.last().operatorId, "supervisor");

    Result<std::optional<ComplaintRecord>> none = reg.open(id + 1, "supervisor", QDate());
    QVERIFY(none);
    QVERIFY(!none->has_value());
}

void TestComplaintRegister::editedCalendarMovesOpenDueDates()
{
    auto db = openOrFail(path());
    QVERIFY(db);
    const qint64 app = registerApplication(*db);
    const QDate received(2024, 3, 20);
    qint64 open = 0, finished = 0;
    {
        ComplaintRegister reg(*db, m_calendar);
        open = reg.add(complaint(app, received), "clerk", received)->complaint.id;
        finished = reg.add(complaint(app, received), "clerk", received)->complaint.id;
        QVERIFY(reg.recordOutcome(
            finished, outcome(ComplaintOutcome::Kind::SatisfiedFavourably, QDate(2024, 3, 26)),
            "clerk", QDate(2024, 3, 26)));
    }
    // A decree (as edited by the supervisor) makes Wednesday 27 March 2024 a day off.
    const QString edited = m_dir->filePath("kz-calendar.json");
    QFile f(edited);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(R"({"format": 1, "years": {"2024": {"status": "verified",
        "movable": {"kurban_ait": "2024-06-16"},
        "transfers": [{"day_off": "2024-05-08", "working_day": "2024-05-04", "decree": "G24G0000109"},
                      {"day_off": "2024-03-27", "decree": "test decree"}]}}})");
    f.close();
    Result<WorkingCalendar> calendar = WorkingCalendar::withOverrideFile(edited);
    QVERIFY2(calendar, qPrintable(calendar.errorMessage()));

    ComplaintRegister reg(*db, *calendar);
    Result<std::optional<ComplaintRecord>> r = reg.open(open, "clerk", QDate(2024, 3, 26));
    QVERIFY(r && r->has_value());
    const ComplaintTerms& terms = (*r)->entry.terms;
    // The calendar in force decides; the stored dates show what was computed before.
    QCOMPARE(terms.term(ComplaintTermKind::Forward)->due, QDate(2024, 3, 29));
    QCOMPARE(terms.term(ComplaintTermKind::Forward)->storedDue, QDate(2024, 3, 28));
    QCOMPARE(terms.term(ComplaintTermKind::Review)->due, QDate(2024, 4, 2));
    QVERIFY(terms.calendarChanged());

    Result<int> changed = reg.refreshDueDates("supervisor");
    QVERIFY2(changed, qPrintable(changed.errorMessage()));
    QCOMPARE(*changed, 1); // the finished complaint keeps its record
    QCOMPARE(scalar(*db, QString("SELECT forward_due || ',' || review_due FROM complaints"
                                 " WHERE id = %1")
                             .arg(open))
                 .toString(),
             "2024-03-29,2024-04-02");
    QCOMPARE(scalar(*db, QString("SELECT forward_due FROM complaints WHERE id = %1").arg(finished))
                 .toString(),
             "2024-03-28");
    QCOMPARE(auditOf(*db, open).last().action, ComplaintRegister::DueDatesRefreshed);
    r = reg.open(open, "clerk", QDate(2024, 3, 26));
    QVERIFY(!(*r)->entry.terms.calendarChanged());
    QCOMPARE(*reg.refreshDueDates("supervisor"), 0);
    QVERIFY(AuditTrail::verify(db->sql()).ok);
}

QTEST_GUILESS_MAIN(TestComplaintRegister)
#include "TestComplaintRegister.moc"
