#include "core/application/ApplicationStatus.h"

#include <QTest>

using namespace iin;

class TestApplicationStatus : public QObject
{
    Q_OBJECT

private slots:
    void namesRoundTrip();
    void lifecycle_data();
    void lifecycle();
    void finalStatusesHaveNoWayOut();
    void refusalNamesBothStatuses();
};

void TestApplicationStatus::namesRoundTrip()
{
    QCOMPARE(ApplicationStatuses::all().size(), 9);
    for (ApplicationStatus s : ApplicationStatuses::all()) {
        const QString name = ApplicationStatuses::toString(s);
        QVERIFY(!name.isEmpty());
        QCOMPARE(ApplicationStatuses::fromString(name), s);
    }
    QCOMPARE(ApplicationStatuses::toString(ApplicationStatus::IinAssigned), "iin_assigned");
    QVERIFY(!ApplicationStatuses::fromString(u"Registered"));
}

void TestApplicationStatus::lifecycle_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::addColumn<bool>("allowed");
    QTest::newRow("register") << "draft"
                              << "registered" << true;
    QTest::newRow("refuse at intake") << "draft"
                                      << "refused_at_intake" << true;
    QTest::newRow("send") << "registered"
                          << "sent" << true;
    QTest::newRow("cancel queued") << "registered"
                                   << "cancelled" << true;
    QTest::newRow("iin") << "sent"
                         << "iin_assigned" << true;
    QTest::newRow("reject") << "sent"
                            << "rejected" << true;
    QTest::newRow("print") << "iin_assigned"
                           << "certificate_printed" << true;
    QTest::newRow("hand over") << "certificate_printed"
                               << "handed_over" << true;
    QTest::newRow("skip sending") << "registered"
                                  << "iin_assigned" << false;
    QTest::newRow("print without iin") << "sent"
                                       << "certificate_printed" << false;
    QTest::newRow("hand over unprinted") << "iin_assigned"
                                         << "handed_over" << false;
    QTest::newRow("cancel after sending") << "sent"
                                          << "cancelled" << false;
    QTest::newRow("back to registered") << "sent"
                                        << "registered" << false;
    QTest::newRow("same status") << "registered"
                                 << "registered" << false;
    QTest::newRow("revive refusal") << "refused_at_intake"
                                    << "registered" << false;
}

void TestApplicationStatus::lifecycle()
{
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(bool, allowed);
    const auto f = ApplicationStatuses::fromString(from);
    const auto t = ApplicationStatuses::fromString(to);
    QVERIFY(f && t);
    QCOMPARE(ApplicationStatuses::canMove(*f, *t), allowed);
    QCOMPARE(bool(ApplicationStatuses::checkTransition(*f, *t)), allowed);
    QCOMPARE(ApplicationStatuses::nextOf(*f).contains(*t), allowed);
}

void TestApplicationStatus::finalStatusesHaveNoWayOut()
{
    for (ApplicationStatus s : {ApplicationStatus::HandedOver, ApplicationStatus::Rejected,
                                ApplicationStatus::RefusedAtIntake, ApplicationStatus::Cancelled})
        QVERIFY(ApplicationStatuses::nextOf(s).isEmpty());
}

void TestApplicationStatus::refusalNamesBothStatuses()
{
    const Status s =
        ApplicationStatuses::checkTransition(ApplicationStatus::Sent, ApplicationStatus::Cancelled);
    QVERIFY(!s);
    QCOMPARE(s.error().code, "status.transition");
    QVERIFY(s.errorMessage().contains("sent"));
    QVERIFY(s.errorMessage().contains("cancelled"));
}

QTEST_GUILESS_MAIN(TestApplicationStatus)
#include "TestApplicationStatus.moc"
