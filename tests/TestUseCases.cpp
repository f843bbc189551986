#include "tests/StoreTestData.h"

#include "core/operators/OperatorDirectory.h"
#include "core/store/AuditTrail.h"
#include "core/store/Database.h"
#include "core/usecases/CancelApplication.h"
#include "core/usecases/DeclineDuplicates.h"
#include "core/usecases/FindApplication.h"
#include "core/usecases/OpenRecord.h"
#include "core/usecases/ReadAttachment.h"
#include "core/usecases/RecordHandover.h"
#include "core/usecases/RecordSettingsChanged.h"
#include "core/usecases/RegisterApplication.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace iin;
using namespace iin::test;

// The desk's journal actions called as plain functions, as the desk's store jobs and the
// command line call them: a real SQLite file in a temporary folder, no thread.
class TestUseCases : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void registersACompletePackageWithItsScan();
    void refusesAnIncompletePackageAtIntake();
    void unreadableOrChangedScansWriteNothing();
    void duplicatesAreAskedAboutFirst();
    void declinedDuplicatesAreRecorded();
    void reportedDuplicatesStopNothing();
    void scansReadBeforehandAndAnEditionGiven();
    void recordsAHandoverOnce();
    void cancelsWhereTheLifecycleAllows();
    void opensARecordAndReadsAScan();
    void settingsChangesNeedTheRole();
    void findsByIdNumberIinOrDocument();
    void findSaysAmbiguousOrNotFound();
    void findByIdOrNumberOnly();
    void findShownToAnOperatorIsAViewOfTheJournal();

private:
    // A scan on disk with its attachment entry filled in, as the intake form does it.
    RegisterRequest requestWithScan(int n, const QByteArray& content = "scan of the form")
    {
        return iin::test::requestWithScan(m_dir->path(), n, content);
    }
    qint64 count(const QString& sql) { return scalar(*m_db, sql).toLongLong(); }
    RegisterOutcome registerOrFail(const RegisterRequest& request);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
};

void TestUseCases::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_db = openOrFail(m_dir->filePath("journal.sqlite"));
    QVERIFY(m_db);
}

void TestUseCases::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

RegisterOutcome TestUseCases::registerOrFail(const RegisterRequest& request)
{
    Result<RegisterOutcome> outcome = RegisterApplication::run(*m_db, request);
    if (!outcome)
        qFatal("registration failed: %s", qPrintable(outcome.errorMessage()));
    return *outcome;
}

void TestUseCases::registersACompletePackageWithItsScan()
{
    const RegisterRequest request = requestWithScan(0, "the application form, scanned");
    const Result<RegisterOutcome> outcome = RegisterApplication::run(*m_db, request);
    QVERIFY2(outcome, qPrintable(outcome.errorMessage()));
    QCOMPARE(outcome->kind, RegisterOutcome::Kind::Registered);
    QVERIFY(outcome->check.complete);
    QVERIFY(!outcome->check.rules.isEmpty());
    QVERIFY(outcome->duplicates.isEmpty());
    QVERIFY(outcome->registration.registrationNumber.startsWith("ALM01-02-"));
    QCOMPARE(outcome->applicationId, outcome->registration.applicationId);
    QCOMPARE(count(QString("SELECT COUNT(*) FROM applications WHERE id = %1 AND status = "
                           "'registered'")
                       .arg(outcome->applicationId)),
             1);
    QCOMPARE(count("SELECT COUNT(*) FROM outbox"), 1);
    const QString sha = request.application.attachments[0].sha256;
    QCOMPARE(count(QString("SELECT size FROM attachments WHERE sha256 = '%1'").arg(sha)),
             qint64(qstrlen("the application form, scanned")));
    // No duplicates: no warning recorded.
    QCOMPARE(count("SELECT COUNT(*) FROM audit_log WHERE action = "
                   "'application.duplicates_shown'"),
             0);
}

void TestUseCases::refusesAnIncompletePackageAtIntake()
{
    RegisterRequest request = requestWithScan(2);
    request.application.attachments.removeLast(); // no copy of the identity document
    const Result<RegisterOutcome> outcome = RegisterApplication::run(*m_db, request);
    QVERIFY2(outcome, qPrintable(outcome.errorMessage()));
    QCOMPARE(outcome->kind, RegisterOutcome::Kind::RefusedAtIntake);
    QVERIFY(!outcome->check.complete);
    QVERIFY(std::any_of(outcome->check.findings.cbegin(), outcome->check.findings.cend(),
                        [](const Finding& f) { return f.severity == Severity::MissingDocument; }));
    QCOMPARE(count(QString("SELECT COUNT(*) FROM applications WHERE id = %1 AND status = "
                           "'refused_at_intake' AND registration_number IS NULL")
                       .arg(outcome->applicationId)),
             1);
    QCOMPARE(count("SELECT COUNT(*) FROM outbox"), 0);
}

void TestUseCases::unreadableOrChangedScansWriteNothing()
{
    RegisterRequest missing = requestWithScan(4);
    const QString path = missing.attachmentFiles.cbegin().value();
    QVERIFY(QFile::remove(path));
    Result<RegisterOutcome> outcome = RegisterApplication::run(*m_db, missing);
    QVERIFY(!outcome);
    QCOMPARE(outcome.error().code, QString("journal.attachment_missing"));
    QVERIFY2(outcome.errorMessage().contains("application.pdf") &&
                 outcome.errorMessage().contains(path),
             qPrintable(outcome.errorMessage()));

    RegisterRequest changed = requestWithScan(5);
    QFile file(changed.attachmentFiles.cbegin().value());
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("another page scanned over it");
    file.close();
    outcome = RegisterApplication::run(*m_db, changed);
    QVERIFY(!outcome);
    QCOMPARE(outcome.error().code, QString("journal.attachment_changed"));
    QCOMPARE(count("SELECT COUNT(*) FROM applications"), 0);
    QCOMPARE(count("SELECT COUNT(*) FROM audit_log"), 0);
}

void TestUseCases::duplicatesAreAskedAboutFirst()
{
    RegisterRequest request = requestWithScan(3);
    const RegisterOutcome first = registerOrFail(request);
    QCOMPARE(first.kind, RegisterOutcome::Kind::Registered);

    // Again: the clerk is asked; only the warning is written.
    const RegisterOutcome again = registerOrFail(request);
    QCOMPARE(again.kind, RegisterOutcome::Kind::DuplicatesFound);
    QCOMPARE(again.applicationId, 0);
    QCOMPARE(again.duplicates.size(), 1);
    QCOMPARE(again.duplicates[0].entry.registrationNumber, first.registration.registrationNumber);
    QVERIFY(again.duplicates[0].reasons.contains("document"));
    QVERIFY(again.duplicates[0].reasons.contains("name_birth_date"));
    QCOMPARE(count("SELECT COUNT(*) FROM applications"), 1);
    QCOMPARE(count("SELECT COUNT(*) FROM audit_log WHERE action = "
                   "'application.duplicates_shown'"),
             1);

    // Confirmed: registered, the answer recorded with the applications shown.
    request.duplicatesConfirmed = true;
    request.duplicatesShown = {first.applicationId};
    const RegisterOutcome confirmed = registerOrFail(request);
    QCOMPARE(confirmed.kind, RegisterOutcome::Kind::Registered);
    QVERIFY(confirmed.registration.registrationNumber != first.registration.registrationNumber);
    QCOMPARE(count("SELECT COUNT(*) FROM applications"), 2);
    QCOMPARE(count("SELECT COUNT(*) FROM audit_log WHERE action = "
                   "'application.duplicates_answered'"),
             1);
    QCOMPARE(count("SELECT COUNT(*) FROM audit_log WHERE action = "
                   "'application.duplicates_shown'"),
             1);

    // An incomplete package is refused without asking.
    RegisterRequest incomplete = requestWithScan(3);
    incomplete.application.attachments.removeLast();
    QCOMPARE(registerOrFail(incomplete).kind, RegisterOutcome::Kind::RefusedAtIntake);
}

void TestUseCases::declinedDuplicatesAreRecorded()
{
    const RegisterRequest request = requestWithScan(1);
    const RegisterOutcome first = registerOrFail(request);
    QCOMPARE(registerOrFail(request).kind, RegisterOutcome::Kind::DuplicatesFound);
    STORE_VERIFY(DeclineDuplicates::run(*m_db, {first.applicationId}, "clerk.aigerim"));
    QCOMPARE(count("SELECT COUNT(*) FROM audit_log WHERE action = "
                   "'application.duplicates_answered' AND operator = 'clerk.aigerim'"),
             1);
    QCOMPARE(count("SELECT COUNT(*) FROM applications"), 1);
}

void TestUseCases::reportedDuplicatesStopNothing()
{
    RegisterRequest request = requestWithScan(1);
    registerOrFail(request);
    request.duplicateWarning = DuplicateWarning::Report;
    const RegisterOutcome again = registerOrFail(request);
    QCOMPARE(again.kind, RegisterOutcome::Kind::Registered);
    QCOMPARE(again.duplicates.size(), 1);
    // Reported for an incomplete package too.
    request.application.attachments.removeLast();
    const RegisterOutcome refused = registerOrFail(request);
    QCOMPARE(refused.kind, RegisterOutcome::Kind::RefusedAtIntake);
    QCOMPARE(refused.duplicates.size(), 2);
    QCOMPARE(count("SELECT COUNT(*) FROM audit_log WHERE action = "
                   "'application.duplicates_shown'"),
             2);
    QCOMPARE(count("SELECT COUNT(*) FROM audit_log WHERE action = "
                   "'application.duplicates_answered'"),
             0);
}

void TestUseCases::scansReadBeforehandAndAnEditionGiven()
{
    RegisterRequest request;
    request.application = sampleApplication(2);
    request.desk = sampleDesk();
    request.application.attachments[0].sha256.clear();
    QList<QByteArray> contents(request.application.attachments.size());
    contents[0] = "read by the caller";
    request.attachmentContents = contents;
    // The edition a check names is accepted back.
    const Result<CheckResult> checked = RegisterApplication::check(request.application);
    QVERIFY2(checked, qPrintable(checked.errorMessage()));
    request.rulesEdition = checked->rules;
    const RegisterOutcome outcome = registerOrFail(request);
    QCOMPARE(outcome.kind, RegisterOutcome::Kind::Registered);
    QCOMPARE(outcome.check.rules, checked->rules);
    QCOMPARE(count("SELECT COUNT(*) FROM attachments WHERE size = 18"), 1);

    QVERIFY(!RegisterApplication::check(request.application, QString("no-such-edition")));
    request.rulesEdition = "no-such-edition";
    QVERIFY(!RegisterApplication::run(*m_db, request));
}

void TestUseCases::recordsAHandoverOnce()
{
    const Result<qint64> printed = printedApplication(*m_db, 3);
    QVERIFY2(printed, qPrintable(printed.errorMessage()));
    Handover handover;
    handover.recipient = HandoverRecipient::DigitalDocument;
    handover.documentType = IdentityDocumentType::IdCard;
    handover.documentNumber = "041122334";
    const Result<Handover> stored = RecordHandover::run(*m_db, *printed, handover, "clerk.dana");
    QVERIFY2(stored, qPrintable(stored.errorMessage()));
    QCOMPARE(stored->operatorId, QString("clerk.dana"));
    QVERIFY(!stored->handedAt.isEmpty());
    QCOMPARE(count(QString("SELECT COUNT(*) FROM applications WHERE id = %1"
                           " AND status = 'handed_over'")
                       .arg(*printed)),
             1);
    const Result<Handover> again = RecordHandover::run(*m_db, *printed, handover, "clerk.dana");
    QVERIFY(!again);
    QCOMPARE(again.error().code, QString("handover.wrong_status"));
    QCOMPARE(count("SELECT COUNT(*) FROM handovers"), 1);
}

void TestUseCases::cancelsWhereTheLifecycleAllows()
{
    const qint64 id = registerOrFail(requestWithScan(0)).applicationId;
    STORE_VERIFY(CancelApplication::run(*m_db, id, "supervisor.saule", " moved away "));
    QCOMPARE(count("SELECT COUNT(*) FROM status_history WHERE to_status = 'cancelled'"
                   " AND note = 'moved away' AND operator = 'supervisor.saule'"),
             1);
    QCOMPARE(count("SELECT COUNT(*) FROM outbox WHERE state = 'cancelled'"), 1);
    QVERIFY(!CancelApplication::run(*m_db, id, "supervisor.saule", "again"));
    QCOMPARE(count("SELECT COUNT(*) FROM audit_log WHERE action = 'application.status_changed'"),
             1);
}

void TestUseCases::opensARecordAndReadsAScan()
{
    const RegisterRequest request = requestWithScan(0, "a scanned page");
    const qint64 id = registerOrFail(request).applicationId;
    const Result<QJsonObject> record = OpenRecord::run(*m_db, id, "officer.nurlan");
    QVERIFY2(record, qPrintable(record.errorMessage()));
    QCOMPARE((*record)["status"].toString(), QString("registered"));
    QCOMPARE((*record)["attachments"].toArray().size(), 2);
    QCOMPARE(count(QString("SELECT COUNT(*) FROM audit_log WHERE action = 'application.viewed'"
                           " AND subject = 'application:%1'")
                       .arg(id)),
             1);
    QVERIFY(!OpenRecord::run(*m_db, 999, "officer.nurlan"));

    const QString sha = request.application.attachments[0].sha256;
    const Result<QByteArray> scan = ReadAttachment::run(*m_db, id, sha, "clerk.aigerim");
    QVERIFY2(scan, qPrintable(scan.errorMessage()));
    QCOMPARE(*scan, QByteArray("a scanned page"));
    QCOMPARE(count("SELECT COUNT(*) FROM audit_log WHERE action = 'application.scan_opened'"
                   " AND operator = 'clerk.aigerim'"),
             1);
    QVERIFY(!ReadAttachment::run(*m_db, id, QString(64, QChar('0')), "clerk.aigerim"));
    QVERIFY(!ReadAttachment::run(*m_db, id + 1, sha, "clerk.aigerim"));
}

void TestUseCases::settingsChangesNeedTheRole()
{
    const QJsonObject changes{{"office_code", QJsonObject{{"from", "ALM01"}, {"to", "ALM02"}}}};
    OperatorDirectory operators(*m_db);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    STORE_VERIFY(
        operators.create("admin", "Admin", Role::Administrator, "correct horse 42", "kk", {}, now));
    STORE_VERIFY(
        operators.create("clerk1", "Clerk", Role::Clerk, "correct horse 42", "kk", "admin", now));
    // A clerk may not change the settings: nothing is recorded.
    QVERIFY(!RecordSettingsChanged::run(*m_db, changes, "clerk1"));
    QCOMPARE(count("SELECT COUNT(*) FROM audit_log WHERE action = 'settings.changed'"), 0);
    STORE_VERIFY(RecordSettingsChanged::run(*m_db, changes, "admin"));
    QCOMPARE(count("SELECT COUNT(*) FROM audit_log WHERE action = 'settings.changed'"
                   " AND operator = 'admin'"),
             1);
}

void TestUseCases::findsByIdNumberIinOrDocument()
{
    const Result<qint64> printed = printedApplication(*m_db, 4);
    QVERIFY2(printed, qPrintable(printed.errorMessage()));
    const QString number =
        scalar(*m_db,
               QString("SELECT registration_number FROM applications WHERE id = %1").arg(*printed))
            .toString();
    const QString document = sampleApplication(4).identityDocument->number;
    for (const QString& typed :
         {QString::number(*printed), number, QString(" " + number.toLower() + " "),
          QString("800101300016"), document}) {
        const Result<JournalEntry> found = FindApplication::run(*m_db, typed);
        QVERIFY2(found, qPrintable(typed + ": " + found.errorMessage()));
        QCOMPARE(found->id, *printed);
    }
    // Finding reads only.
    QCOMPARE(count("SELECT COUNT(*) FROM audit_log WHERE action = 'application.viewed'"), 0);
}

void TestUseCases::findSaysAmbiguousOrNotFound()
{
    // Two applications of one person with the same IIN.
    STORE_VERIFY(printedApplication(*m_db, 1));
    STORE_VERIFY(printedApplication(*m_db, 2));
    Result<JournalEntry> found = FindApplication::run(*m_db, "800101300016");
    QVERIFY(!found);
    QCOMPARE(found.error().code, QString("journal.ambiguous"));
    QVERIFY(found.errorMessage().contains("800101300016"));

    for (const QString& typed : {QString("999"), QString("ALM01-02-000999"), QString("nobody"),
                                 QString(), QString("   ")}) {
        found = FindApplication::run(*m_db, typed);
        QVERIFY(!found);
        QCOMPARE(found.error().code, QString("journal.not_found"));
    }
}

void TestUseCases::findByIdOrNumberOnly()
{
    const Result<qint64> printed = printedApplication(*m_db, 5);
    QVERIFY2(printed, qPrintable(printed.errorMessage()));
    const Result<JournalEntry> byId =
        FindApplication::run(*m_db, QString::number(*printed), FindApplication::Accept::IdOrNumber);
    QVERIFY2(byId, qPrintable(byId.errorMessage()));
    QCOMPARE(byId->id, *printed);
    for (const QString& typed :
         {QString("800101300016"), QString(sampleApplication(5).identityDocument->number)}) {
        const Result<JournalEntry> found =
            FindApplication::run(*m_db, typed, FindApplication::Accept::IdOrNumber);
        QVERIFY(!found);
        QCOMPARE(found.error().code, QString("journal.not_found"));
    }
}

void TestUseCases::findShownToAnOperatorIsAViewOfTheJournal()
{
    const Result<qint64> printed = printedApplication(*m_db, 6);
    QVERIFY2(printed, qPrintable(printed.errorMessage()));
    OperatorDirectory operators(*m_db);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    STORE_VERIFY(
        operators.create("admin", "Admin", Role::Administrator, "correct horse 42", "kk", {}, now));
    STORE_VERIFY(
        operators.create("clerk1", "Clerk", Role::Clerk, "correct horse 42", "kk", "admin", now));
    const QString views = "SELECT COUNT(*) FROM audit_log WHERE action = 'application.viewed'"
                          " AND operator = 'clerk1' AND subject = 'journal'";

    const Result<JournalEntry> found = FindApplication::shownTo(
        *m_db, QString::number(*printed), "clerk1", FindApplication::Accept::IdOrNumber);
    QVERIFY2(found, qPrintable(found.errorMessage()));
    QCOMPARE(found->id, *printed);
    QCOMPARE(count(views), 1);
    // Looking for what is not there is a view too (it showed the clerk that it is not there).
    const Result<JournalEntry> missing =
        FindApplication::shownTo(*m_db, "999", "clerk1", FindApplication::Accept::IdOrNumber);
    QCOMPARE(missing.error().code, QString("journal.not_found"));
    QCOMPARE(count(views), 2);
    // Nobody signed in: refused, nothing recorded.
    const Result<JournalEntry> refused = FindApplication::shownTo(
        *m_db, QString::number(*printed), "nobody", FindApplication::Accept::IdOrNumber);
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, QString("operator.not_signed_in"));
    QCOMPARE(count("SELECT COUNT(*) FROM audit_log WHERE action = 'application.viewed'"), 2);
}

QTEST_GUILESS_MAIN(TestUseCases)
#include "TestUseCases.moc"
