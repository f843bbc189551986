#include "core/calendar/WorkingCalendar.h"
#include "core/complaints/Complaint.h"
#include "core/complaints/ComplaintTerms.h"

#include <QTest>

using namespace iin;

// The complaint terms over the shipped calendar. Every expected date below was counted by hand
// from the law's holidays and the yearly decrees (docs/calendar.md), day by day, starting the
// day after registration.
class TestComplaintTerms : public QObject
{
    Q_OBJECT

private slots:
    void deadlines_data();
    void deadlines();
    void states_data();
    void states();
    void finishedTerms();
    void favourableActEndsBothTerms();
    void directComplaintHasNoForwardTerm();
    void limitation_data();
    void limitation();
    void unconfirmedYearWarns();
    void readsJson();
    void refusesBadJson_data();
    void refusesBadJson();

private:
    static Complaint complaint(const QDate& received, ComplaintAddressee addressee,
                               int extension = 0);
    WorkingCalendar m_calendar;
};

Complaint TestComplaintTerms::complaint(const QDate& received, ComplaintAddressee addressee,
                                        int extension)
{
    Complaint c;
    c.id = 1;
    c.received = received;
    c.addressee = addressee;
    c.extensionDays = extension;
    return c;
}

void TestComplaintTerms::deadlines_data()
{
    QTest::addColumn<QDate>("received");
    QTest::addColumn<QDate>("forward");  // 3 working days
    QTest::addColumn<QDate>("provider"); // 5
    QTest::addColumn<QDate>("quality");  // 15
    QTest::addColumn<QDate>("extended"); // 15 + 10

    // New Year: 1-2 January off, 7 January (Sunday, no transfer).
    QTest::newRow("new year 2024") << QDate(2023, 12, 29) << QDate(2024, 1, 5) << QDate(2024, 1, 9)
                                   << QDate(2024, 1, 23) << QDate(2024, 2, 6);
    // Decree 2025: Friday 3 January off, Sunday 5 January worked; 7 January (Tuesday) off.
    QTest::newRow("new year 2025 decree")
        << QDate(2024, 12, 31) << QDate(2025, 1, 8) << QDate(2025, 1, 10) << QDate(2025, 1, 24)
        << QDate(2025, 2, 7);
    // Nauryz 2024: Thursday 21, Friday 22, Saturday 23 March → Monday 25 off as well.
    QTest::newRow("nauryz 2024") << QDate(2024, 3, 20) << QDate(2024, 3, 28) << QDate(2024, 4, 1)
                                 << QDate(2024, 4, 15) << QDate(2024, 4, 29);
    // May 2024: 1 May; 7 May; decree: Wednesday 8 May off, Saturday 4 May worked; 9 May.
    QTest::newRow("may 2024 working saturday")
        << QDate(2024, 4, 30) << QDate(2024, 5, 4) << QDate(2024, 5, 10) << QDate(2024, 5, 24)
        << QDate(2024, 6, 7);
    // May 2020: the decree moved Victory Day (Saturday 9 May) to Friday 8 May and kept Monday
    // 11 May a working day, cancelling the law's transfer.
    QTest::newRow("may 2020 decree cancels transfer")
        << QDate(2020, 5, 6) << QDate(2020, 5, 13) << QDate(2020, 5, 15) << QDate(2020, 5, 29)
        << QDate(2020, 6, 12);
    // December 2023: Independence Day on Saturday 16 → Monday 18 off; then New Year.
    QTest::newRow("december 2023")
        << QDate(2023, 12, 14) << QDate(2023, 12, 20) << QDate(2023, 12, 22) << QDate(2024, 1, 9)
        << QDate(2024, 1, 23);
    // Registered on a Sunday: terms still count from the next day.
    QTest::newRow("registered on a sunday")
        << QDate(2024, 6, 2) << QDate(2024, 6, 5) << QDate(2024, 6, 7) << QDate(2024, 6, 21)
        << QDate(2024, 7, 5);
}

void TestComplaintTerms::deadlines()
{
    QFETCH(QDate, received);
    QFETCH(QDate, forward);
    QFETCH(QDate, provider);
    QFETCH(QDate, quality);
    QFETCH(QDate, extended);

    const ComplaintTerms p = ComplaintTerms::compute(
        complaint(received, ComplaintAddressee::ServiceProvider), m_calendar, received);
    QCOMPARE(p.terms.size(), 2);
    QCOMPARE(p.term(ComplaintTermKind::Forward)->due, forward);
    QCOMPARE(p.term(ComplaintTermKind::Forward)->workingDays, 3);
    QCOMPARE(p.term(ComplaintTermKind::Review)->due, provider);
    QCOMPARE(p.term(ComplaintTermKind::Review)->workingDays, 5);

    const ComplaintTerms head = ComplaintTerms::compute(
        complaint(received, ComplaintAddressee::StateCorporationHead), m_calendar, received);
    QCOMPARE(head.term(ComplaintTermKind::Review)->due, provider);

    const ComplaintTerms q = ComplaintTerms::compute(
        complaint(received, ComplaintAddressee::QualityControl), m_calendar, received);
    QCOMPARE(q.term(ComplaintTermKind::Forward)->due, forward);
    QCOMPARE(q.term(ComplaintTermKind::Review)->due, quality);
    QCOMPARE(q.term(ComplaintTermKind::Review)->workingDays, 15);

    const ComplaintTerms x = ComplaintTerms::compute(
        complaint(received, ComplaintAddressee::QualityControl, 10), m_calendar, received);
    QCOMPARE(x.term(ComplaintTermKind::Review)->due, extended);
    QCOMPARE(x.term(ComplaintTermKind::Review)->workingDays, 25);

    // The due dates fall on working days, and the count between is the term.
    for (const ComplaintTerm& t : x.terms) {
        QVERIFY(m_calendar.isWorkingDay(t.due));
        QCOMPARE(m_calendar.workingDaysBetween(received, t.due), t.workingDays);
    }
}

void TestComplaintTerms::states_data()
{
    QTest::addColumn<QDate>("today");
    QTest::addColumn<int>("dueSoonDays");
    QTest::addColumn<QString>("forward");
    QTest::addColumn<int>("forwardLeft");
    QTest::addColumn<QString>("review");
    QTest::addColumn<bool>("deemedRefusal");

    // Registered Wednesday 20 March 2024 with the service provider: forward by Thursday 28
    // March, review by Monday 1 April (Nauryz in between).
    QTest::newRow("registration day") << QDate(2024, 3, 20) << 1 << "due" << 3 << "due" << false;
    QTest::newRow("saturday during nauryz")
        << QDate(2024, 3, 23) << 1 << "due" << 3 << "due" << false;
    QTest::newRow("one day left") << QDate(2024, 3, 27) << 1 << "due_soon" << 1 << "due" << false;
    QTest::newRow("two days left, threshold 2")
        << QDate(2024, 3, 26) << 2 << "due_soon" << 2 << "due" << false;
    QTest::newRow("two days left, threshold 1")
        << QDate(2024, 3, 26) << 1 << "due" << 2 << "due" << false;
    QTest::newRow("on the due date")
        << QDate(2024, 3, 28) << 1 << "due_soon" << 0 << "due" << false;
    QTest::newRow("forward overdue")
        << QDate(2024, 3, 29) << 1 << "overdue" << -1 << "due_soon" << false;
    QTest::newRow("weekend before the review due date")
        << QDate(2024, 3, 30) << 1 << "overdue" << -1 << "due_soon" << false;
    QTest::newRow("review due today")
        << QDate(2024, 4, 1) << 0 << "overdue" << -2 << "due_soon" << false;
    QTest::newRow("both overdue: deemed refusal")
        << QDate(2024, 4, 2) << 1 << "overdue" << -3 << "overdue" << true;
}

void TestComplaintTerms::states()
{
    QFETCH(QDate, today);
    QFETCH(int, dueSoonDays);
    QFETCH(QString, forward);
    QFETCH(int, forwardLeft);
    QFETCH(QString, review);
    QFETCH(bool, deemedRefusal);

    const ComplaintTerms t =
        ComplaintTerms::compute(complaint(QDate(2024, 3, 20), ComplaintAddressee::ServiceProvider),
                                m_calendar, today, dueSoonDays);
    QCOMPARE(ComplaintCodes::termState(t.term(ComplaintTermKind::Forward)->state), forward);
    QCOMPARE(t.term(ComplaintTermKind::Forward)->workingDaysLeft, forwardLeft);
    QCOMPARE(ComplaintCodes::termState(t.term(ComplaintTermKind::Review)->state), review);
    QCOMPARE(t.deemedRefusal, deemedRefusal);
    QCOMPARE(t.anyOverdue(), forward == "overdue" || review == "overdue");
    QCOMPARE(t.anyDueSoon(), forward == "due_soon" || review == "due_soon");
}

void TestComplaintTerms::finishedTerms()
{
    Complaint c = complaint(QDate(2024, 4, 30), ComplaintAddressee::QualityControl);
    // Forwarded on the working Saturday 4 May 2024: the last of the 3 days, in time.
    c.state = ComplaintState::Forwarded;
    c.forwardedOn = QDate(2024, 5, 4);
    ComplaintTerms t = ComplaintTerms::compute(c, m_calendar, QDate(2024, 6, 3));
    QCOMPARE(t.term(ComplaintTermKind::Forward)->state, ComplaintTermState::Met);
    QCOMPARE(t.term(ComplaintTermKind::Forward)->doneOn, QDate(2024, 5, 4));
    QCOMPARE(t.term(ComplaintTermKind::Review)->state, ComplaintTermState::Overdue);
    QVERIFY(t.deemedRefusal);

    // Forwarded the next working day: late. Decided after the 15 days: late, and the silence
    // counted as a refusal meanwhile.
    c.forwardedOn = QDate(2024, 5, 6);
    c.state = ComplaintState::Decided;
    c.decision = ComplaintDecision::Satisfied;
    c.decidedOn = QDate(2024, 5, 27);
    t = ComplaintTerms::compute(c, m_calendar, QDate(2024, 6, 3));
    QCOMPARE(t.term(ComplaintTermKind::Forward)->state, ComplaintTermState::Late);
    QCOMPARE(t.term(ComplaintTermKind::Review)->state, ComplaintTermState::Late);
    QVERIFY(t.deemedRefusal);
    QVERIFY(!t.anyOverdue());

    // With the 10-day extension the same decision is in time.
    c.extensionDays = 10;
    t = ComplaintTerms::compute(c, m_calendar, QDate(2024, 6, 3));
    QCOMPARE(t.term(ComplaintTermKind::Review)->due, QDate(2024, 6, 7));
    QCOMPARE(t.term(ComplaintTermKind::Review)->state, ComplaintTermState::Met);
    QVERIFY(!t.deemedRefusal);
}

void TestComplaintTerms::favourableActEndsBothTerms()
{
    Complaint c = complaint(QDate(2024, 4, 30), ComplaintAddressee::ServiceProvider);
    c.state = ComplaintState::SatisfiedFavourably;
    c.favourableActOn = QDate(2024, 5, 3);
    const ComplaintTerms t = ComplaintTerms::compute(c, m_calendar, QDate(2024, 7, 1));
    QCOMPARE(t.term(ComplaintTermKind::Forward)->state, ComplaintTermState::Met);
    QCOMPARE(t.term(ComplaintTermKind::Review)->state, ComplaintTermState::Met);
    QVERIFY(!t.deemedRefusal);
    QVERIFY(!t.anyOverdue());
}

void TestComplaintTerms::directComplaintHasNoForwardTerm()
{
    Complaint c = complaint(QDate(2024, 3, 20), ComplaintAddressee::QualityControl);
    c.forwardToReviewingBody = false;
    const ComplaintTerms t = ComplaintTerms::compute(c, m_calendar, QDate(2024, 3, 20));
    QCOMPARE(t.terms.size(), 1);
    QVERIFY(!t.term(ComplaintTermKind::Forward));
    QCOMPARE(t.term(ComplaintTermKind::Review)->due, QDate(2024, 4, 15));
}

void TestComplaintTerms::limitation_data()
{
    QTest::addColumn<QDate>("learned");
    QTest::addColumn<bool>("instructions");
    QTest::addColumn<QDate>("received");
    QTest::addColumn<QDate>("lastDay");
    QTest::addColumn<bool>("late");

    QTest::newRow("last day") << QDate(2024, 1, 15) << true << QDate(2024, 4, 15)
                              << QDate(2024, 4, 15) << false;
    QTest::newRow("a day late") << QDate(2024, 1, 15) << true << QDate(2024, 4, 16)
                                << QDate(2024, 4, 15) << true;
    QTest::newRow("no appeal instructions: 6 months")
        << QDate(2024, 1, 15) << false << QDate(2024, 4, 16) << QDate(2024, 7, 15) << false;
    QTest::newRow("6 months exceeded")
        << QDate(2024, 1, 15) << false << QDate(2024, 7, 16) << QDate(2024, 7, 15) << true;
    QTest::newRow("end of month") << QDate(2023, 11, 30) << true << QDate(2024, 2, 29)
                                  << QDate(2024, 2, 29) << false;
}

void TestComplaintTerms::limitation()
{
    QFETCH(QDate, learned);
    QFETCH(bool, instructions);
    QFETCH(QDate, received);
    QFETCH(QDate, lastDay);
    QFETCH(bool, late);

    Complaint c = complaint(received, ComplaintAddressee::ServiceProvider);
    c.actLearned = learned;
    c.appealInstructionsGiven = instructions;
    const ComplaintTerms t = ComplaintTerms::compute(c, m_calendar, received);
    QVERIFY(t.limitation.known);
    QCOMPARE(t.limitation.lastDay, lastDay);
    QCOMPARE(t.limitation.late, late);
    QCOMPARE(t.limitation.months, instructions ? 3 : 6);
    // A warning, never a refusal: the terms run all the same.
    QCOMPARE(t.terms.size(), 2);
    QCOMPARE(t.warnings.size(), late ? 1 : 0);

    Complaint unknown = complaint(received, ComplaintAddressee::ServiceProvider);
    QVERIFY(!ComplaintTerms::compute(unknown, m_calendar, received).limitation.known);
}

void TestComplaintTerms::unconfirmedYearWarns()
{
    // Nauryz 2026: Saturday 21 and Sunday 22 March move to Tuesday 24 and Wednesday 25; the
    // year's data is unconfirmed, so the answer says so.
    const ComplaintTerms t =
        ComplaintTerms::compute(complaint(QDate(2026, 3, 20), ComplaintAddressee::ServiceProvider),
                                m_calendar, QDate(2026, 3, 20));
    QCOMPARE(t.term(ComplaintTermKind::Forward)->due, QDate(2026, 3, 30));
    QCOMPARE(t.term(ComplaintTermKind::Review)->due, QDate(2026, 4, 1));
    QCOMPARE(t.warnings.size(), 1);
    QVERIFY(t.warnings.first().contains("2026"));

    const ComplaintTerms verified =
        ComplaintTerms::compute(complaint(QDate(2024, 3, 20), ComplaintAddressee::ServiceProvider),
                                m_calendar, QDate(2024, 3, 20));
    QVERIFY(verified.warnings.isEmpty());
}

void TestComplaintTerms::readsJson()
{
    QString ref;
    const Result<Complaint> c =
        Complaint::fromJson(QJsonObject{{"application", "ALM01-02-000017-R"},
                                        {"addressee", "quality_control"},
                                        {"received", "2024-03-20"},
                                        {"channel", "post"},
                                        {"complainant", "Иванов Иван"},
                                        {"substance", "Срок нарушен"},
                                        {"act_learned", "2024-03-01"},
                                        {"appeal_instructions_given", false},
                                        {"forward_to_reviewing_body", false}},
                            &ref);
    QVERIFY2(c, qPrintable(c.errorMessage()));
    QCOMPARE(ref, "ALM01-02-000017-R");
    QCOMPARE(c->subject, ComplaintSubject::Application);
    QCOMPARE(c->addressee, ComplaintAddressee::QualityControl);
    QCOMPARE(c->channel, ComplaintChannel::Post);
    QCOMPARE(c->received, QDate(2024, 3, 20));
    QCOMPARE(c->actLearned, QDate(2024, 3, 1));
    QVERIFY(!c->appealInstructionsGiven);
    QVERIFY(!c->forwardToReviewingBody);

    ref.clear();
    const Result<Complaint> officer =
        Complaint::fromJson(QJsonObject{{"subject", "employee"},
                                        {"subject_person", "Сейткали А."},
                                        {"addressee", "state_corporation_head"},
                                        {"received", "2024-03-20"},
                                        {"channel", "in_person"},
                                        {"complainant", "X"},
                                        {"substance", "Y"}},
                            &ref);
    QVERIFY2(officer, qPrintable(officer.errorMessage()));
    QVERIFY(ref.isEmpty());
    QCOMPARE(officer->subject, ComplaintSubject::StateCorporationEmployee);
}

void TestComplaintTerms::refusesBadJson_data()
{
    QTest::addColumn<QJsonObject>("json");
    const QJsonObject good{{"application", 1},         {"addressee", "service_provider"},
                           {"received", "2024-03-20"}, {"channel", "portal"},
                           {"complainant", "X"},       {"substance", "Y"}};
    const auto with = [&](const char* key, const QJsonValue& v) {
        QJsonObject o = good;
        if (v.isUndefined())
            o.remove(QLatin1String(key));
        else
            o.insert(QLatin1String(key), v);
        return o;
    };
    QTest::newRow("no application") << with("application", QJsonValue::Undefined);
    QTest::newRow("unknown addressee") << with("addressee", "court");
    QTest::newRow("dotted date") << with("received", "20.03.2024");
    QTest::newRow("impossible date") << with("received", "2024-02-30");
    QTest::newRow("unknown channel") << with("channel", "fax");
    QTest::newRow("no complainant") << with("complainant", "  ");
    QTest::newRow("no substance") << with("substance", QJsonValue::Undefined);
    QTest::newRow("unknown field") << with("priority", "high");
    QTest::newRow("officer without name") << with("subject", "officer");
    QTest::newRow("flag not a bool") << with("forward_to_reviewing_body", "yes");
}

void TestComplaintTerms::refusesBadJson()
{
    QFETCH(QJsonObject, json);
    QString ref;
    const Result<Complaint> c = Complaint::fromJson(json, &ref);
    QVERIFY(!c);
    QCOMPARE(c.error().code, "complaint.invalid");
}

QTEST_GUILESS_MAIN(TestComplaintTerms)
#include "TestComplaintTerms.moc"
