#include "tests/StoreTestData.h"

#include "core/atrest/ScanKeys.h"
#include "core/services/StoreThread.h"
#include "core/store/AttachmentStore.h"
#include "core/store/Database.h"
#include "core/usecases/CancelApplication.h"
#include "core/usecases/OpenRecord.h"
#include "core/usecases/ReadAttachment.h"
#include "core/usecases/RecordHandover.h"
#include "core/usecases/RegisterApplication.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QPointer>
#include <QSqlDatabase>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <optional>
#include <type_traits>

using namespace iin;
using namespace iin::test;

// The journal on its own thread, as the desk uses it: jobs calling the use cases posted from
// this (the UI) thread to the journal's StoreThread, answers handed back here, a real SQLite
// file checked through a connection of our own.
class TestJournalJobs : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void registersACompletePackageWithItsScan();
    void jobsRunOnTheStoreThreadAnswersComeHere();
    void refusesAnIncompletePackage();
    void duplicatesNeedConfirmation();
    void missingScanFailsAndWritesNothing();
    void changedScanFailsAndWritesNothing();
    void searches();
    void recordsAHandover();
    void opensARecordWithItsAuditTrail();
    void cancelsWhereTheLifecycleAllows();
    void readsAStoredScan();
    void shutdownClosesTheConnection();
    void unopenableJournalFails();

private:
    QString journalPath() const { return m_dir->filePath("journal.sqlite"); }
    // A scan on disk with its attachment entry filled in, as the intake form does it.
    RegisterRequest requestWithScan(int n, const QByteArray& content = "scan of the form")
    {
        return iin::test::requestWithScan(m_dir->path(), n, content);
    }
    qint64 count(const QString& sql);
    // Runs `job` on `store`'s thread and waits here for its answer (none: timed out).
    template <class Job>
    std::optional<std::invoke_result_t<Job&, StoreContext&>> ask(StoreThread& store, Job job)
    {
        std::optional<std::invoke_result_t<Job&, StoreContext&>> answer;
        store.run(this, std::move(job), [&answer](auto a) { answer.emplace(std::move(a)); });
        (void)QTest::qWaitFor([&] { return answer.has_value(); }, 10000); // none: the caller says
        return answer;
    }
    template <class Job>
    auto ask(Job job)
    {
        return ask(*m_journal, std::move(job));
    }
    auto registerApplication(const RegisterRequest& request)
    {
        return ask(
            [request](StoreContext& c) { return RegisterApplication::run(c.database(), request); });
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<StoreThread> m_journal;
};

void TestJournalJobs::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_journal = std::make_unique<StoreThread>(journalPath(), Database::OpenCheck::Full, "journal");
}

void TestJournalJobs::cleanup()
{
    m_journal.reset();
    m_dir.reset();
}

qint64 TestJournalJobs::count(const QString& sql)
{
    std::unique_ptr<Database> db = openOrFail(journalPath());
    return db ? scalar(*db, sql).toLongLong() : -1;
}

// A registration that must have been made: the answer came and is Registered.
#define VERIFY_REGISTERED(answer)                                                                  \
    do {                                                                                           \
        QVERIFY2((answer).has_value(), "no answer");                                               \
        QVERIFY2(*(answer), qPrintable((answer)->errorMessage()));                                 \
        QCOMPARE((*(answer))->kind, RegisterOutcome::Kind::Registered);                            \
    } while (false)

void TestJournalJobs::registersACompletePackageWithItsScan()
{
    const RegisterRequest request = requestWithScan(0, "the application form, scanned");
    const auto answer = registerApplication(request);
    VERIFY_REGISTERED(answer);
    const Registration r = (*answer)->registration;
    QVERIFY(r.applicationId > 0);
    QVERIFY(r.registrationNumber.startsWith("ALM01-02-"));

    std::unique_ptr<Database> db = openOrFail(journalPath());
    QVERIFY(db);
    QCOMPARE(
        scalar(*db, QString("SELECT status FROM applications WHERE id = %1").arg(r.applicationId))
            .toString(),
        QString("registered"));
    QCOMPARE(scalar(*db, "SELECT COUNT(*) FROM outbox").toInt(), 1);
    // The scan was copied into the content-addressed folder; the paper-only one has no size.
    const QString sha = request.application.attachments[0].sha256;
    QCOMPARE(
        scalar(*db, QString("SELECT size FROM attachments WHERE sha256 = '%1'").arg(sha)).toInt(),
        int(qstrlen("the application form, scanned")));
    QCOMPARE(scalar(*db, "SELECT COUNT(*) FROM attachments WHERE size IS NULL").toInt(), 1);
    // Kept encrypted (docs/at-rest.md): read back through the journal's scan key.
    QFile stored(db->attachmentsPath() + "/" + sha.left(2) + "/" + sha);
    QVERIFY2(stored.open(QIODevice::ReadOnly), qPrintable(stored.fileName()));
    QVERIFY(!stored.readAll().contains("the application form"));
    const Result<ScanKeys::Access> key = ScanKeys::open(db->path(), false);
    QVERIFY2(key, qPrintable(key.errorMessage()));
    const Result<QByteArray> content =
        AttachmentStore(db->attachmentsPath(), key->cipher).get(sha.toLower());
    QVERIFY2(content, qPrintable(content.errorMessage()));
    QCOMPARE(*content, QByteArray("the application form, scanned"));
}

void TestJournalJobs::jobsRunOnTheStoreThreadAnswersComeHere()
{
    QThread* registeredOn = nullptr;
    QThread* searchedOn = nullptr;
    QThread* answeredOn = nullptr;
    const RegisterRequest request = requestWithScan(1);
    m_journal->run(
        this,
        [&registeredOn, request](StoreContext& c) {
            registeredOn = QThread::currentThread();
            return RegisterApplication::run(c.database(), request);
        },
        [&answeredOn](const Result<RegisterOutcome>&) { answeredOn = QThread::currentThread(); });
    const auto found = ask([&searchedOn](StoreContext& c) {
        searchedOn = QThread::currentThread();
        return c.keep<Journal>().view(JournalQuery{}, QString(), false);
    });
    QVERIFY(found && *found);
    QTRY_VERIFY(answeredOn);
    QCOMPARE(registeredOn, m_journal->thread());
    QCOMPARE(searchedOn, m_journal->thread());
    QVERIFY(registeredOn != QThread::currentThread());
    QCOMPARE(answeredOn, QThread::currentThread());
}

void TestJournalJobs::refusesAnIncompletePackage()
{
    RegisterRequest request = requestWithScan(2);
    request.application.attachments.removeLast(); // no copy of the identity document
    const auto answer = registerApplication(request);
    QVERIFY(answer.has_value());
    QVERIFY2(*answer, qPrintable(answer->errorMessage()));
    QCOMPARE((*answer)->kind, RegisterOutcome::Kind::RefusedAtIntake);
    const qint64 applicationId = (*answer)->applicationId;
    const Findings findings = (*answer)->check.findings;
    QVERIFY(std::any_of(findings.cbegin(), findings.cend(),
                        [](const Finding& f) { return f.severity == Severity::MissingDocument; }));
    QCOMPARE(count(QString("SELECT COUNT(*) FROM applications WHERE id = %1 AND status = "
                           "'refused_at_intake' AND registration_number IS NULL")
                       .arg(applicationId)),
             1);
    QCOMPARE(count("SELECT COUNT(*) FROM outbox"), 0);
}

void TestJournalJobs::duplicatesNeedConfirmation()
{
    RegisterRequest request = requestWithScan(3);
    const auto first = registerApplication(request);
    VERIFY_REGISTERED(first);
    const QString firstNumber = (*first)->registration.registrationNumber;

    const auto again = registerApplication(request);
    QVERIFY(again.has_value() && *again);
    QCOMPARE((*again)->kind, RegisterOutcome::Kind::DuplicatesFound);
    const QList<DuplicateMatch> matches = (*again)->duplicates;
    QCOMPARE(matches.size(), 1);
    QCOMPARE(matches[0].entry.registrationNumber, firstNumber);
    QVERIFY(matches[0].reasons.contains("document"));
    QVERIFY(matches[0].reasons.contains("name_birth_date"));
    QCOMPARE(count("SELECT COUNT(*) FROM applications"), 1);

    request.duplicatesConfirmed = true;
    const auto confirmed = registerApplication(request);
    VERIFY_REGISTERED(confirmed);
    QVERIFY((*confirmed)->registration.registrationNumber != firstNumber);
    QCOMPARE(count("SELECT COUNT(*) FROM applications"), 2);
}

void TestJournalJobs::missingScanFailsAndWritesNothing()
{
    RegisterRequest request = requestWithScan(4);
    const QString path = request.attachmentFiles.cbegin().value();
    QVERIFY(QFile::remove(path));
    const auto answer = registerApplication(request);
    QVERIFY(answer.has_value());
    QVERIFY(!*answer);
    const QString message = answer->errorMessage();
    QVERIFY2(message.contains("application.pdf") && message.contains(path), qPrintable(message));
    QCOMPARE(count("SELECT COUNT(*) FROM applications"), 0);
    QCOMPARE(count("SELECT COUNT(*) FROM audit_log"), 0);
}

void TestJournalJobs::changedScanFailsAndWritesNothing()
{
    RegisterRequest request = requestWithScan(5);
    QFile file(request.attachmentFiles.cbegin().value());
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("another page scanned over it");
    file.close();
    const auto answer = registerApplication(request);
    QVERIFY(answer.has_value());
    QVERIFY(!*answer);
    QVERIFY2(answer->errorMessage().contains("has changed"), qPrintable(answer->errorMessage()));
    QCOMPARE(count("SELECT COUNT(*) FROM applications"), 0);
}

void TestJournalJobs::searches()
{
    const auto first = registerApplication(requestWithScan(0));
    VERIFY_REGISTERED(first);
    const auto second = registerApplication(requestWithScan(1));
    VERIFY_REGISTERED(second);

    // As the journal page asks (Journal::view, not recorded as a view here).
    JournalQuery query;
    query.text = sampleApplication(1).identityDocument->number;
    const auto found =
        ask([query](StoreContext& c) { return c.keep<Journal>().view(query, QString(), false); });
    QVERIFY(found.has_value() && *found);
    const QList<JournalEntry> entries = **found;
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries[0].registrationNumber, (*second)->registration.registrationNumber);

    const auto all = ask(
        [](StoreContext& c) { return c.keep<Journal>().view(JournalQuery{}, QString(), false); });
    QVERIFY(all.has_value() && *all);
    QCOMPARE((**all).size(), 2);
}

void TestJournalJobs::recordsAHandover()
{
    qint64 printed = 0;
    {
        auto db = openOrFail(journalPath());
        QVERIFY(db);
        const Result<qint64> id = printedApplication(*db, 3);
        QVERIFY2(id, qPrintable(id.errorMessage()));
        printed = *id;
    }
    Handover handover;
    handover.recipient = HandoverRecipient::DigitalDocument;
    handover.documentType = IdentityDocumentType::IdCard;
    handover.documentNumber = "041122334";
    const auto record = [&] {
        return ask([printed, handover](StoreContext& c) {
            return RecordHandover::run(c.database(), printed, handover, "clerk.dana");
        });
    };
    const auto first = record();
    QVERIFY(first.has_value());
    QVERIFY2(*first, qPrintable(first->errorMessage()));
    const Handover stored = **first;
    QCOMPARE(stored.recipient, HandoverRecipient::DigitalDocument);
    QCOMPARE(stored.operatorId, "clerk.dana");
    QVERIFY(!stored.handedAt.isEmpty());
    QCOMPARE(count(QString("SELECT count(*) FROM applications WHERE id = %1"
                           " AND status = 'handed_over'")
                       .arg(printed)),
             1);

    // Again: refused, to the job that asked.
    const auto second = record();
    QVERIFY(second.has_value());
    QVERIFY(!*second);
    QVERIFY(second->errorMessage().contains("handed_over"));
    QCOMPARE(count("SELECT count(*) FROM handovers"), 1);
}

void TestJournalJobs::opensARecordWithItsAuditTrail()
{
    const auto registered = registerApplication(requestWithScan(0));
    VERIFY_REGISTERED(registered);
    const qint64 application = (*registered)->registration.applicationId;

    const auto opened = ask([application](StoreContext& c) {
        return OpenRecord::run(c.database(), application, "officer.nurlan");
    });
    QVERIFY(opened.has_value());
    QVERIFY2(*opened, qPrintable(opened->errorMessage()));
    const QJsonObject record = **opened;
    QCOMPARE(record["status"].toString(), "registered");
    QCOMPARE(record["attachments"].toArray().size(), 2);
    // The audit trail of the record, the view just made included, oldest first.
    const QJsonArray audit = record["audit"].toArray();
    QCOMPARE(audit.size(), 2);
    QCOMPARE(audit[0]["action"].toString(), "application.created");
    QCOMPARE(audit[0]["details"]["status"].toString(), "registered");
    QCOMPARE(audit[1]["action"].toString(), "application.viewed");
    QCOMPARE(audit[1]["operator"].toString(), "officer.nurlan");
    QVERIFY(audit[0]["seq"].toInteger() < audit[1]["seq"].toInteger());

    // No such application: failed, nothing recorded.
    const qint64 views = count("SELECT COUNT(*) FROM audit_log WHERE action = "
                               "'application.viewed'");
    const auto missing =
        ask([](StoreContext& c) { return OpenRecord::run(c.database(), 999, "officer.nurlan"); });
    QVERIFY(missing.has_value());
    QVERIFY(!*missing);
    QCOMPARE(count("SELECT COUNT(*) FROM audit_log WHERE action = 'application.viewed'"), views);
}

void TestJournalJobs::cancelsWhereTheLifecycleAllows()
{
    const auto registered = registerApplication(requestWithScan(0));
    VERIFY_REGISTERED(registered);
    const qint64 application = (*registered)->registration.applicationId;
    const auto cancel = [&](const QString& reason) {
        return ask([application, reason](StoreContext& c) {
            return CancelApplication::run(c.database(), application, "supervisor.saule", reason);
        });
    };

    const auto cancelled = cancel(" moved away ");
    QVERIFY(cancelled.has_value());
    QVERIFY2(*cancelled, qPrintable(cancelled->errorMessage()));
    QCOMPARE(count("SELECT COUNT(*) FROM applications WHERE status = 'cancelled'"), 1);
    QCOMPARE(count("SELECT COUNT(*) FROM status_history WHERE to_status = 'cancelled'"
                   " AND note = 'moved away' AND operator = 'supervisor.saule'"),
             1);
    QCOMPARE(count("SELECT COUNT(*) FROM outbox WHERE state = 'cancelled'"), 1);
    QCOMPARE(count("SELECT COUNT(*) FROM audit_log WHERE action = 'application.status_changed'"
                   " AND operator = 'supervisor.saule'"),
             1);

    // Cancelled already: the lifecycle refuses, nothing more is written.
    const auto again = cancel("again");
    QVERIFY(again.has_value());
    QVERIFY(!*again);
    QCOMPARE(count("SELECT COUNT(*) FROM audit_log WHERE action = 'application.status_changed'"),
             1);
}

void TestJournalJobs::readsAStoredScan()
{
    const RegisterRequest request = requestWithScan(0, "a scanned page");
    const auto registered = registerApplication(request);
    VERIFY_REGISTERED(registered);
    const qint64 application = (*registered)->registration.applicationId;
    const auto read = [&](qint64 id, const QString& sha) {
        return ask([id, sha](StoreContext& c) {
            return ReadAttachment::run(c.database(), id, sha, "clerk.aigerim");
        });
    };
    const QString sha = request.application.attachments[0].sha256;
    const auto content = read(application, sha);
    QVERIFY(content.has_value());
    QVERIFY2(*content, qPrintable(content->errorMessage()));
    QCOMPARE(**content, QByteArray("a scanned page"));
    // Opening the scan is recorded against its application.
    auto db = openOrFail(journalPath());
    QCOMPARE(scalar(*db, QString("SELECT operator FROM audit_log WHERE action ="
                                 " 'application.scan_opened' AND subject = 'application:%1'")
                             .arg(application))
                 .toString(),
             QString("clerk.aigerim"));
    // Neither a scan that is not there nor one of another application is read.
    const auto absent = read(application, QString(64, QChar('0')));
    QVERIFY(absent.has_value() && !*absent);
    const auto other = read(application + 1, sha);
    QVERIFY(other.has_value() && !*other);
}

void TestJournalJobs::shutdownClosesTheConnection()
{
    const auto registered = registerApplication(requestWithScan(2));
    VERIFY_REGISTERED(registered);
    QPointer<QThread> thread = m_journal->thread();
    const QStringList before = QSqlDatabase::connectionNames();
    QVERIFY(!before.isEmpty());
    m_journal.reset();
    QVERIFY(thread.isNull());
    // The store's one connection is gone with it; the file is whole and holds the registration.
    QCOMPARE(QSqlDatabase::connectionNames().size(), before.size() - 1);
    QCOMPARE(count("SELECT COUNT(*) FROM applications"), 1);
}

void TestJournalJobs::unopenableJournalFails()
{
    m_journal.reset();
    QVERIFY(QDir(m_dir->path()).mkpath("folder.sqlite")); // a folder where the file should be
    StoreThread journal(m_dir->filePath("folder.sqlite"), Database::OpenCheck::Full, "journal");
    const RegisterRequest request = requestWithScan(9);
    const auto answer = ask(journal, [request](StoreContext& c) {
        return RegisterApplication::run(c.database(), request);
    });
    QVERIFY(answer.has_value());
    QVERIFY(!*answer);
    QVERIFY(!answer->errorMessage().isEmpty());
}

QTEST_GUILESS_MAIN(TestJournalJobs)
#include "TestJournalJobs.moc"
