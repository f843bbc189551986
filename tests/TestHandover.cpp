#include "tests/StoreTestData.h"
#include "tests/TestSupport.h"

#include "core/journal/Handover.h"
#include "core/journal/Journal.h"
#include "core/store/AuditTrail.h"
#include "core/store/Database.h"
#include "core/store/Migrations.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace iin;
using namespace iin::test;

// The handover of the registration certificate (rules, paragraph 11-1) on real journal files:
// the schema step that adds it, the one transaction that records it, the statuses that refuse
// it, what each way of handing over requires, and the command-line tool.
class TestHandover : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void migrationFromVersion4KeepsTheData();
    void handoverIsOneTransaction();
    void otherStatusesAreRefusedWithNothingWritten();
    void failureHalfwayLeavesNothing();
    void eachWayRequiresItsDocument_data();
    void eachWayRequiresItsDocument();
    void invalidHandoverWritesNothing();
    void commandLineRecordsAndShows();
    void commandLineExitCodes();

private:
    QString path() const { return m_dir->filePath("journal.sqlite"); }
    static Handover representative();
    struct Counts
    {
        int handovers = 0;
        int history = 0;
        int audit = 0;
        friend bool operator==(const Counts&, const Counts&) = default;
    };
    static Counts counts(Database& db);

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestHandover::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestHandover::cleanup()
{
    m_dir.reset();
}

Handover TestHandover::representative()
{
    Handover h;
    h.recipient = HandoverRecipient::Representative;
    h.documentType = IdentityDocumentType::IdCard;
    h.documentNumber = " 045 123 987 ";
    h.representativeName = "Сейтқали  Дәурен";
    h.powerOfAttorneyNumber = "2026-1187";
    h.powerOfAttorneyDate = QDate::currentDate().addDays(-10);
    h.powerOfAttorneyIssuedBy = "Нотариус Әбенова А. Қ., Алматы";
    h.powerOfAttorneyValidUntil = QDate::currentDate().addYears(1);
    return h;
}

TestHandover::Counts TestHandover::counts(Database& db)
{
    return Counts{scalar(db, "SELECT count(*) FROM handovers").toInt(),
                  scalar(db, "SELECT count(*) FROM status_history").toInt(),
                  scalar(db, "SELECT count(*) FROM audit_log").toInt()};
}

void TestHandover::migrationFromVersion4KeepsTheData()
{
    qint64 printed = 0;
    {
        Database::Options v4;
        v4.upToVersion = 4;
        auto db = Database::open(path(), v4);
        QVERIFY2(db, qPrintable(db.errorMessage()));
        QCOMPARE((*db)->schemaVersion(), 4);
        const Result<qint64> id = printedApplication(**db, 0);
        QVERIFY2(id, qPrintable(id.errorMessage()));
        printed = *id;
        STORE_VERIFY(Journal(**db).registerApplication(sampleIntake(1), sampleDesk()));
        QVERIFY(!execSql(**db, "SELECT count(*) FROM handovers"));
    }
    auto db = openOrFail(path());
    QVERIFY(db);
    QCOMPARE(db->schemaVersion(), Migrations::latest());
    QVERIFY(Migrations::latest() >= 5);
    QCOMPARE(scalar(*db, "SELECT group_concat(status, ',') FROM"
                         " (SELECT status FROM applications ORDER BY id)")
                 .toString(),
             "certificate_printed,registered");
    QCOMPARE(scalar(*db, "SELECT iin FROM applications WHERE id = 1").toString(), "800101300016");
    QCOMPARE(scalar(*db, "SELECT count(*) FROM handovers").toInt(), 0);
    QVERIFY(AuditTrail::verify(db->sql()).ok);

    Journal journal(*db);
    STORE_VERIFY(journal.recordHandover(printed, representative(), "clerk.aigerim"));
    QCOMPARE(journal.entry(printed).value()->status, ApplicationStatus::HandedOver);
    QVERIFY(AuditTrail::verify(db->sql()).ok);
}

void TestHandover::handoverIsOneTransaction()
{
    auto db = openOrFail(path());
    QVERIFY(db);
    const Result<qint64> id = printedApplication(*db, 0);
    QVERIFY2(id, qPrintable(id.errorMessage()));
    const Counts before = counts(*db);
    Journal journal(*db);

    const Result<Handover> stored = journal.recordHandover(*id, representative(), "clerk.dana");
    QVERIFY2(stored, qPrintable(stored.errorMessage()));
    QCOMPARE(stored->applicationId, *id);
    QCOMPARE(stored->operatorId, "clerk.dana");
    QCOMPARE(stored->documentNumber, "045 123 987"); // as typed, spaces tidied
    QCOMPARE(stored->representativeName, "Сейтқали Дәурен");
    QVERIFY(QDateTime::fromString(stored->handedAt, Qt::ISODateWithMs).isValid());

    const Counts after = counts(*db);
    QCOMPARE(after.handovers, before.handovers + 1);
    QCOMPARE(after.history, before.history + 1);
    QCOMPARE(after.audit, before.audit + 2); // the status change and the handover
    QCOMPARE(journal.entry(*id).value()->status, ApplicationStatus::HandedOver);
    QCOMPARE(scalar(*db, "SELECT from_status || '>' || to_status || '/' || operator FROM"
                         " status_history ORDER BY id DESC LIMIT 1")
                 .toString(),
             "certificate_printed>handed_over/clerk.dana");
    QCOMPARE(scalar(*db, "SELECT recipient || '|' || document_type || '|' || document_number"
                         " || '|' || power_of_attorney_date || '|' || operator FROM handovers")
                 .toString(),
             QString("representative|id_card|045 123 987|%1|clerk.dana")
                 .arg(QDate::currentDate().addDays(-10).toString(Qt::ISODate)));

    // The trail says which way, not who: the personal data stays in the table.
    const Result<QList<AuditRecord>> trail =
        AuditTrail::recordsFor(db->sql(), QString("application:%1").arg(*id));
    QVERIFY(trail);
    const AuditRecord& last = trail->last();
    QCOMPARE(last.action, AuditTrail::HandedOver);
    QCOMPARE(last.operatorId, "clerk.dana");
    const QJsonObject details = QJsonDocument::fromJson(last.details.toUtf8()).object();
    QCOMPARE(details.value("recipient").toString(), "representative");
    for (const AuditRecord& r : *trail) {
        for (const char* personal : {"Сейтқали", "045 123 987", "2026-1187", "Әбенова"})
            QVERIFY2(!r.details.contains(QString::fromUtf8(personal)), qPrintable(r.details));
    }
    QCOMPARE(trail->at(trail->size() - 2).action, AuditTrail::StatusChanged);
    QVERIFY(AuditTrail::verify(db->sql()).ok);

    // The record includes the handover; opening it is itself audited.
    const Result<QJsonObject> record = journal.openRecord(*id, "supervisor.asel");
    QVERIFY2(record, qPrintable(record.errorMessage()));
    const QJsonObject h = record->value("handover").toObject();
    QCOMPARE(h.value("recipient").toString(), "representative");
    QCOMPARE(h.value("representative_name").toString(), "Сейтқали Дәурен");
    QCOMPARE(h.value("power_of_attorney").toObject().value("issued_by").toString(),
             "Нотариус Әбенова А. Қ., Алматы");
    QCOMPARE(h.value("operator").toString(), "clerk.dana");
    QCOMPARE(record->value("status").toString(), "handed_over");

    // An application never handed over shows null.
    const Result<qint64> other = printedApplication(*db, 1);
    QVERIFY(other);
    QVERIFY(journal.openRecord(*other, "clerk.dana")->value("handover").isNull());
}

void TestHandover::otherStatusesAreRefusedWithNothingWritten()
{
    auto db = openOrFail(path());
    QVERIFY(db);
    Journal journal(*db);
    const Result<Registration> registered =
        journal.registerApplication(sampleIntake(0), sampleDesk());
    QVERIFY(registered);
    const Counts before = counts(*db);

    Handover h;
    h.documentNumber = "FA1000000";
    Result<Handover> r = journal.recordHandover(registered->applicationId, h, "clerk");
    QVERIFY(!r);
    QCOMPARE(r.error().code, "handover.wrong_status");
    QVERIFY2(r.errorMessage().contains("\"registered\""), qPrintable(r.errorMessage()));
    QVERIFY2(r.errorMessage().contains("\"certificate_printed\""), qPrintable(r.errorMessage()));
    QCOMPARE(counts(*db), before);
    QCOMPARE(journal.entry(registered->applicationId).value()->status,
             ApplicationStatus::Registered);

    // Handed over once: not again.
    const Result<qint64> printed = printedApplication(*db, 1);
    QVERIFY(printed);
    STORE_VERIFY(journal.recordHandover(*printed, h, "clerk"));
    const Counts once = counts(*db);
    r = journal.recordHandover(*printed, h, "clerk");
    QCOMPARE(r.error().code, "handover.wrong_status");
    QVERIFY2(r.errorMessage().contains("\"handed_over\""), qPrintable(r.errorMessage()));
    QCOMPARE(counts(*db), once);

    QCOMPARE(journal.recordHandover(999, h, "clerk").error().code, "journal.not_found");
    QCOMPARE(counts(*db), once);
    QVERIFY(AuditTrail::verify(db->sql()).ok);
}

void TestHandover::failureHalfwayLeavesNothing()
{
    auto db = openOrFail(path());
    QVERIFY(db);
    const Result<qint64> id = printedApplication(*db, 0);
    QVERIFY(id);
    const Counts before = counts(*db);
    // The status history refuses the row after the handover row is already written.
    QVERIFY(execSql(*db, "CREATE TEMP TRIGGER refuse_history BEFORE INSERT ON status_history"
                         " BEGIN SELECT RAISE(ABORT, 'history refused'); END"));
    Journal journal(*db);
    const Result<Handover> r = journal.recordHandover(*id, representative(), "clerk");
    QVERIFY(!r);
    QCOMPARE(counts(*db), before);
    QCOMPARE(journal.entry(*id).value()->status, ApplicationStatus::CertificatePrinted);
    QVERIFY(execSql(*db, "DROP TRIGGER refuse_history"));
    STORE_VERIFY(journal.recordHandover(*id, representative(), "clerk"));
    QVERIFY(AuditTrail::verify(db->sql()).ok);
}

void TestHandover::eachWayRequiresItsDocument_data()
{
    QTest::addColumn<Handover>("handover");
    QTest::addColumn<QStringList>("fields"); // the fields with problems, in order

    const QDate today = QDate::currentDate();
    Handover applicant;
    applicant.documentNumber = "N1234567";
    QTest::newRow("applicant") << applicant << QStringList();
    Handover noNumber;
    noNumber.documentNumber = "   ";
    QTest::newRow("applicant without a document") << noNumber << QStringList{"document_number"};
    Handover withPowers = applicant;
    withPowers.representativeName = "Someone";
    withPowers.powerOfAttorneyNumber = "12";
    QTest::newRow("applicant with a power of attorney")
        << withPowers << QStringList{"representative_name", "power_of_attorney"};

    Handover digital;
    digital.recipient = HandoverRecipient::DigitalDocument;
    digital.documentType = IdentityDocumentType::ResidencePermit;
    digital.documentNumber = "F01234567";
    QTest::newRow("digital without a reference") << digital << QStringList();
    digital.digitalReference = "QR 5521-0098";
    QTest::newRow("digital with a reference") << digital << QStringList();
    Handover digitalBlank = digital;
    digitalBlank.documentNumber.clear();
    QTest::newRow("digital without a document") << digitalBlank << QStringList{"document_number"};
    Handover referenceOnPaper = applicant;
    referenceOnPaper.digitalReference = "QR 1";
    QTest::newRow("paper document with a digital reference")
        << referenceOnPaper << QStringList{"digital_reference"};

    QTest::newRow("representative") << representative() << QStringList();
    Handover bare;
    bare.recipient = HandoverRecipient::Representative;
    QTest::newRow("representative with nothing")
        << bare
        << QStringList{"document_number", "representative_name", "power_of_attorney.number",
                       "power_of_attorney.date", "power_of_attorney.issued_by"};
    Handover unlimited = representative();
    unlimited.powerOfAttorneyValidUntil = {};
    QTest::newRow("power of attorney without a term") << unlimited << QStringList();
    Handover expired = representative();
    expired.powerOfAttorneyValidUntil = today.addDays(-1);
    QTest::newRow("expired power of attorney")
        << expired << QStringList{"power_of_attorney.valid_until"};
    Handover lastDay = representative();
    lastDay.powerOfAttorneyValidUntil = today;
    QTest::newRow("last day of the power of attorney") << lastDay << QStringList();
    Handover future = representative();
    future.powerOfAttorneyDate = today.addDays(1);
    QTest::newRow("power of attorney dated tomorrow")
        << future << QStringList{"power_of_attorney.date"};
    Handover reversed = representative();
    reversed.powerOfAttorneyDate = today.addDays(-10);
    reversed.powerOfAttorneyValidUntil = today.addDays(-20);
    QTest::newRow("valid until before its date")
        << reversed << QStringList{"power_of_attorney.valid_until"};
}

void TestHandover::eachWayRequiresItsDocument()
{
    QFETCH(Handover, handover);
    QFETCH(QStringList, fields);
    const Problems problems = handover.check(QDate::currentDate());
    QStringList found;
    for (const Problem& p : problems) {
        found << p.field;
        // Each message names its field, so that the person knows where to look.
        QVERIFY2(p.message.contains(u'(' + p.field + u')'), qPrintable(p.message));
        QVERIFY(p.code.startsWith("handover."));
    }
    QCOMPARE(found, fields);
    QCOMPARE(handover.validate(QDate::currentDate()).ok(), fields.isEmpty());
}

void TestHandover::invalidHandoverWritesNothing()
{
    auto db = openOrFail(path());
    QVERIFY(db);
    const Result<qint64> id = printedApplication(*db, 0);
    QVERIFY(id);
    const Counts before = counts(*db);
    Handover h = representative();
    h.powerOfAttorneyIssuedBy.clear();
    const Result<Handover> r = Journal(*db).recordHandover(*id, h, "clerk");
    QCOMPARE(r.error().code, "handover.invalid");
    QVERIFY(r.errorMessage().contains("power_of_attorney.issued_by"));
    QCOMPARE(counts(*db), before);
}

void TestHandover::commandLineRecordsAndShows()
{
    qint64 id = 0;
    QString number;
    {
        auto db = openOrFail(path());
        QVERIFY(db);
        const Result<qint64> printed = printedApplication(*db, 0);
        QVERIFY(printed);
        id = *printed;
        number = Journal(*db).entry(id).value()->registrationNumber;
    }
    const ProcessResult r =
        runCli({"handover", number.toLower(), "--db", path(), "--operator", "clerk.dana",
                "--recipient", "digital", "--document-type", "id_card", "--document-number",
                "041122334", "--digital-reference", "EGOV-7781"});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QJsonObject out = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(out.value("application_id").toInteger(), id);
    QCOMPARE(out.value("registration_number").toString(), number);
    QCOMPARE(out.value("status").toString(), "handed_over");
    QCOMPARE(out.value("handover").toObject().value("recipient").toString(), "digital");
    QCOMPARE(out.value("handover").toObject().value("digital_reference").toString(), "EGOV-7781");

    const ProcessResult shown = runCli({"show", QString::number(id), "--db", path()});
    QVERIFY2(shown.exitCode == 0, shown.err.constData());
    const QJsonObject record = QJsonDocument::fromJson(shown.out).object();
    QCOMPARE(record.value("status").toString(), "handed_over");
    const QJsonObject h = record.value("handover").toObject();
    QCOMPARE(h.value("document_type").toString(), "id_card");
    QCOMPARE(h.value("document_number").toString(), "041122334");
    QCOMPARE(h.value("operator").toString(), "clerk.dana");

    const ProcessResult audit = runCli({"audit", "verify", "--db", path()});
    QVERIFY2(audit.exitCode == 0, QByteArray(audit.err + audit.out).constData());
}

void TestHandover::commandLineExitCodes()
{
    qint64 printed = 0;
    qint64 registered = 0;
    {
        auto db = openOrFail(path());
        QVERIFY(db);
        printed = printedApplication(*db, 0).value();
        registered = Journal(*db).registerApplication(sampleIntake(1), sampleDesk())->applicationId;
    }
    const QStringList store{"--db", path(), "--operator", "clerk"};
    const auto handover = [&](qint64 id, const QStringList& options) {
        return runCli(QStringList{"handover", QString::number(id)} + store + options);
    };

    // Bad input: every problem is printed, nothing is opened.
    ProcessResult r = handover(printed, {"--recipient", "representative"});
    QCOMPARE(r.exitCode, 2);
    for (const char* field : {"document_number", "representative_name", "power_of_attorney.number",
                              "power_of_attorney.date", "power_of_attorney.issued_by"})
        QVERIFY2(r.err.contains(field), r.err.constData());
    QCOMPARE(handover(printed, {"--document-number", "N1"}).exitCode, 2); // no --recipient
    QCOMPARE(handover(printed, {"--recipient", "neighbour", "--document-number", "N1"}).exitCode,
             2);
    QCOMPARE(handover(printed, {"--recipient", "applicant", "--document-number", "N1",
                                "--document-type", "library_card"})
                 .exitCode,
             2);
    r = handover(printed, {"--recipient", "representative", "--document-number", "N1",
                           "--representative-name", "A B", "--power-of-attorney-number", "7",
                           "--power-of-attorney-date", "2026-02-30",
                           "--power-of-attorney-issued-by", "Notary"});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("--power-of-attorney-date"), r.err.constData());

    // Not in status certificate_printed, or no such application: a "no".
    r = handover(registered, {"--recipient", "applicant", "--document-number", "N1"});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("certificate_printed") && r.err.contains("registered"),
             r.err.constData());
    QCOMPARE(handover(424242, {"--recipient", "applicant", "--document-number", "N1"}).exitCode, 1);

    QCOMPARE(handover(printed, {"--recipient", "applicant", "--document-number", "N1"}).exitCode,
             0);
    QCOMPARE(handover(printed, {"--recipient", "applicant", "--document-number", "N1"}).exitCode,
             1);
    auto db = openOrFail(path());
    QVERIFY(db);
    QCOMPARE(scalar(*db, "SELECT count(*) FROM handovers").toInt(), 1);
}

QTEST_MAIN(TestHandover)
#include "TestHandover.moc"
