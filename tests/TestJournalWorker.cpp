#include "tests/StoreTestData.h"

#include "core/store/Database.h"
#include "core/services/JournalThread.h"
#include "core/services/JournalWorker.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QTemporaryDir>
#include <QTest>

using namespace iin;
using namespace iin::test;

// The journal on its own thread, as the desk uses it: requests posted from this (the UI)
// thread, answers queued back, a real SQLite file checked through a connection of our own.
class TestJournalWorker : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void registersACompletePackageWithItsScan();
    void answersComeFromTheWorkerThread();
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
    RegisterRequest requestWithScan(int n, const QByteArray& content = "scan of the form");
    qint64 count(const QString& sql);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<JournalThread> m_journal;
};

void TestJournalWorker::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_journal = std::make_unique<JournalThread>(journalPath());
}

void TestJournalWorker::cleanup()
{
    m_journal.reset();
    m_dir.reset();
}

RegisterRequest TestJournalWorker::requestWithScan(int n, const QByteArray& content)
{
    RegisterRequest request;
    request.application = sampleApplication(n);
    request.desk = sampleDesk();
    const QString path = m_dir->filePath(QString("scan-%1.pdf").arg(n));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
        qFatal("cannot write the scan");
    const QString sha =
        QString::fromLatin1(QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex());
    request.application.attachments[0].sha256 = sha;
    request.attachmentFiles.insert(sha, path);
    return request;
}

qint64 TestJournalWorker::count(const QString& sql)
{
    std::unique_ptr<Database> db = openOrFail(journalPath());
    return db ? scalar(*db, sql).toLongLong() : -1;
}

void TestJournalWorker::registersACompletePackageWithItsScan()
{
    QSignalSpy registered(m_journal->worker(), &JournalWorker::registered);
    QSignalSpy failed(m_journal->worker(), &JournalWorker::failed);
    const RegisterRequest request = requestWithScan(0, "the application form, scanned");
    const quint64 id = m_journal->registerApplication(request);
    QTRY_VERIFY2(registered.size() == 1,
                 failed.isEmpty() ? "" : qPrintable(failed[0][1].toString()));
    QCOMPARE(registered[0][0].value<quint64>(), id);
    const auto r = registered[0][1].value<Registration>();
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
    QFile stored(db->attachmentsPath() + "/" + sha.left(2) + "/" + sha);
    QVERIFY2(stored.open(QIODevice::ReadOnly), qPrintable(stored.fileName()));
    QCOMPARE(stored.readAll(), QByteArray("the application form, scanned"));
}

void TestJournalWorker::answersComeFromTheWorkerThread()
{
    QThread* answeredOn = nullptr;
    connect(
        m_journal->worker(), &JournalWorker::registered, this,
        [&] { answeredOn = QThread::currentThread(); }, Qt::DirectConnection);
    QThread* searchedOn = nullptr;
    connect(
        m_journal->worker(), &JournalWorker::searchFinished, this,
        [&] { searchedOn = QThread::currentThread(); }, Qt::DirectConnection);
    m_journal->registerApplication(requestWithScan(1));
    m_journal->search(JournalQuery{});
    QTRY_VERIFY(answeredOn && searchedOn);
    QCOMPARE(answeredOn, m_journal->thread());
    QCOMPARE(searchedOn, m_journal->thread());
    QVERIFY(answeredOn != QThread::currentThread());
}

void TestJournalWorker::refusesAnIncompletePackage()
{
    QSignalSpy refused(m_journal->worker(), &JournalWorker::refusedAtIntake);
    QSignalSpy failed(m_journal->worker(), &JournalWorker::failed);
    RegisterRequest request = requestWithScan(2);
    request.application.attachments.removeLast(); // no copy of the identity document
    const quint64 id = m_journal->registerApplication(request);
    QTRY_VERIFY2(refused.size() == 1, failed.isEmpty() ? "" : qPrintable(failed[0][1].toString()));
    QCOMPARE(refused[0][0].value<quint64>(), id);
    const qint64 applicationId = refused[0][1].toLongLong();
    const auto findings = refused[0][2].value<Findings>();
    QVERIFY(std::any_of(findings.cbegin(), findings.cend(),
                        [](const Finding& f) { return f.severity == Severity::MissingDocument; }));
    QCOMPARE(count(QString("SELECT COUNT(*) FROM applications WHERE id = %1 AND status = "
                           "'refused_at_intake' AND registration_number IS NULL")
                       .arg(applicationId)),
             1);
    QCOMPARE(count("SELECT COUNT(*) FROM outbox"), 0);
}

void TestJournalWorker::duplicatesNeedConfirmation()
{
    QSignalSpy registered(m_journal->worker(), &JournalWorker::registered);
    QSignalSpy duplicates(m_journal->worker(), &JournalWorker::duplicatesFound);
    RegisterRequest request = requestWithScan(3);
    m_journal->registerApplication(request);
    QTRY_COMPARE(registered.size(), 1);
    const QString first = registered[0][1].value<Registration>().registrationNumber;

    const quint64 again = m_journal->registerApplication(request);
    QTRY_COMPARE(duplicates.size(), 1);
    QCOMPARE(duplicates[0][0].value<quint64>(), again);
    const auto matches = duplicates[0][1].value<QList<DuplicateMatch>>();
    QCOMPARE(matches.size(), 1);
    QCOMPARE(matches[0].entry.registrationNumber, first);
    QVERIFY(matches[0].reasons.contains("document"));
    QVERIFY(matches[0].reasons.contains("name_birth_date"));
    QCOMPARE(count("SELECT COUNT(*) FROM applications"), 1);

    request.duplicatesConfirmed = true;
    const quint64 confirmed = m_journal->registerApplication(request);
    QTRY_COMPARE(registered.size(), 2);
    QCOMPARE(registered[1][0].value<quint64>(), confirmed);
    QVERIFY(registered[1][1].value<Registration>().registrationNumber != first);
    QCOMPARE(duplicates.size(), 1);
    QCOMPARE(count("SELECT COUNT(*) FROM applications"), 2);
}

void TestJournalWorker::missingScanFailsAndWritesNothing()
{
    QSignalSpy failed(m_journal->worker(), &JournalWorker::failed);
    RegisterRequest request = requestWithScan(4);
    const QString path = request.attachmentFiles.cbegin().value();
    QVERIFY(QFile::remove(path));
    const quint64 id = m_journal->registerApplication(request);
    QTRY_COMPARE(failed.size(), 1);
    QCOMPARE(failed[0][0].value<quint64>(), id);
    const QString message = failed[0][1].toString();
    QVERIFY2(message.contains("application.pdf") && message.contains(path), qPrintable(message));
    QCOMPARE(count("SELECT COUNT(*) FROM applications"), 0);
    QCOMPARE(count("SELECT COUNT(*) FROM audit_log"), 0);
}

void TestJournalWorker::changedScanFailsAndWritesNothing()
{
    QSignalSpy failed(m_journal->worker(), &JournalWorker::failed);
    RegisterRequest request = requestWithScan(5);
    QFile file(request.attachmentFiles.cbegin().value());
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("another page scanned over it");
    file.close();
    m_journal->registerApplication(request);
    QTRY_COMPARE(failed.size(), 1);
    QVERIFY2(failed[0][1].toString().contains("has changed"), qPrintable(failed[0][1].toString()));
    QCOMPARE(count("SELECT COUNT(*) FROM applications"), 0);
}

void TestJournalWorker::searches()
{
    QSignalSpy registered(m_journal->worker(), &JournalWorker::registered);
    QSignalSpy found(m_journal->worker(), &JournalWorker::searchFinished);
    m_journal->registerApplication(requestWithScan(0));
    m_journal->registerApplication(requestWithScan(1));
    QTRY_COMPARE(registered.size(), 2);

    JournalQuery query;
    query.text = sampleApplication(1).identityDocument->number;
    const quint64 id = m_journal->search(query);
    QTRY_COMPARE(found.size(), 1);
    QCOMPARE(found[0][0].value<quint64>(), id);
    const auto entries = found[0][1].value<QList<JournalEntry>>();
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries[0].registrationNumber,
             registered[1][1].value<Registration>().registrationNumber);

    m_journal->search(JournalQuery{});
    QTRY_COMPARE(found.size(), 2);
    QCOMPARE(found[1][1].value<QList<JournalEntry>>().size(), 2);
}

void TestJournalWorker::recordsAHandover()
{
    qint64 printed = 0;
    {
        auto db = openOrFail(journalPath());
        QVERIFY(db);
        const Result<qint64> id = printedApplication(*db, 3);
        QVERIFY2(id, qPrintable(id.errorMessage()));
        printed = *id;
    }
    QSignalSpy recorded(m_journal->worker(), &JournalWorker::handoverRecorded);
    QSignalSpy failed(m_journal->worker(), &JournalWorker::failed);
    Handover handover;
    handover.recipient = HandoverRecipient::DigitalDocument;
    handover.documentType = IdentityDocumentType::IdCard;
    handover.documentNumber = "041122334";
    const quint64 first = m_journal->recordHandover(printed, handover, "clerk.dana");
    QTRY_COMPARE(recorded.size(), 1);
    QCOMPARE(recorded[0][0].value<quint64>(), first);
    QCOMPARE(recorded[0][1].toLongLong(), printed);
    const Handover stored = recorded[0][2].value<Handover>();
    QCOMPARE(stored.recipient, HandoverRecipient::DigitalDocument);
    QCOMPARE(stored.operatorId, "clerk.dana");
    QVERIFY(!stored.handedAt.isEmpty());
    QCOMPARE(count(QString("SELECT count(*) FROM applications WHERE id = %1"
                           " AND status = 'handed_over'")
                       .arg(printed)),
             1);

    // Again: refused, with the request's id.
    const quint64 second = m_journal->recordHandover(printed, handover, "clerk.dana");
    QTRY_COMPARE(failed.size(), 1);
    QCOMPARE(failed[0][0].value<quint64>(), second);
    QVERIFY(failed[0][1].toString().contains("handed_over"));
    QCOMPARE(count("SELECT count(*) FROM handovers"), 1);
}

void TestJournalWorker::opensARecordWithItsAuditTrail()
{
    QSignalSpy registered(m_journal->worker(), &JournalWorker::registered);
    QSignalSpy opened(m_journal->worker(), &JournalWorker::recordOpened);
    QSignalSpy failed(m_journal->worker(), &JournalWorker::failed);
    m_journal->registerApplication(requestWithScan(0));
    QTRY_COMPARE(registered.size(), 1);
    const qint64 application = registered[0][1].value<Registration>().applicationId;

    const quint64 id = m_journal->openRecord(application, "officer.nurlan");
    QTRY_COMPARE(opened.size(), 1);
    QCOMPARE(opened[0][0].value<quint64>(), id);
    const QJsonObject record = opened[0][1].value<QJsonObject>();
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
    const quint64 missing = m_journal->openRecord(999, "officer.nurlan");
    QTRY_COMPARE(failed.size(), 1);
    QCOMPARE(failed[0][0].value<quint64>(), missing);
    QCOMPARE(count("SELECT COUNT(*) FROM audit_log WHERE action = 'application.viewed'"), views);
}

void TestJournalWorker::cancelsWhereTheLifecycleAllows()
{
    QSignalSpy registered(m_journal->worker(), &JournalWorker::registered);
    QSignalSpy cancelled(m_journal->worker(), &JournalWorker::applicationCancelled);
    QSignalSpy failed(m_journal->worker(), &JournalWorker::failed);
    m_journal->registerApplication(requestWithScan(0));
    QTRY_COMPARE(registered.size(), 1);
    const qint64 application = registered[0][1].value<Registration>().applicationId;

    const quint64 id =
        m_journal->cancelApplication(application, "supervisor.saule", " moved away ");
    QTRY_COMPARE(cancelled.size(), 1);
    QCOMPARE(cancelled[0][0].value<quint64>(), id);
    QCOMPARE(cancelled[0][1].toLongLong(), application);
    QCOMPARE(count("SELECT COUNT(*) FROM applications WHERE status = 'cancelled'"), 1);
    QCOMPARE(count("SELECT COUNT(*) FROM status_history WHERE to_status = 'cancelled'"
                   " AND note = 'moved away' AND operator = 'supervisor.saule'"),
             1);
    QCOMPARE(count("SELECT COUNT(*) FROM outbox WHERE state = 'cancelled'"), 1);
    QCOMPARE(count("SELECT COUNT(*) FROM audit_log WHERE action = 'application.status_changed'"
                   " AND operator = 'supervisor.saule'"),
             1);

    // Cancelled already: the lifecycle refuses, nothing more is written.
    const quint64 again = m_journal->cancelApplication(application, "supervisor.saule", "again");
    QTRY_COMPARE(failed.size(), 1);
    QCOMPARE(failed[0][0].value<quint64>(), again);
    QCOMPARE(cancelled.size(), 1);
    QCOMPARE(count("SELECT COUNT(*) FROM audit_log WHERE action = 'application.status_changed'"),
             1);
}

void TestJournalWorker::readsAStoredScan()
{
    QSignalSpy registered(m_journal->worker(), &JournalWorker::registered);
    QSignalSpy read(m_journal->worker(), &JournalWorker::attachmentRead);
    QSignalSpy failed(m_journal->worker(), &JournalWorker::failed);
    const RegisterRequest request = requestWithScan(0, "a scanned page");
    m_journal->registerApplication(request);
    QTRY_COMPARE(registered.size(), 1);
    const qint64 application = registered[0][1].value<Registration>().applicationId;
    const quint64 id = m_journal->readAttachment(
        application, request.application.attachments[0].sha256, "clerk.aigerim");
    QTRY_COMPARE(read.size(), 1);
    QCOMPARE(read[0][0].value<quint64>(), id);
    QCOMPARE(read[0][1].toByteArray(), QByteArray("a scanned page"));
    // Opening the scan is recorded against its application.
    auto db = openOrFail(journalPath());
    QCOMPARE(scalar(*db, QString("SELECT operator FROM audit_log WHERE action ="
                                 " 'application.scan_opened' AND subject = 'application:%1'")
                             .arg(application))
                 .toString(),
             QString("clerk.aigerim"));
    // Neither a scan that is not there nor one of another application is read.
    m_journal->readAttachment(application, QString(64, QChar('0')), "clerk.aigerim");
    QTRY_COMPARE(failed.size(), 1);
    m_journal->readAttachment(application + 1, request.application.attachments[0].sha256,
                              "clerk.aigerim");
    QTRY_COMPARE(failed.size(), 2);
}

void TestJournalWorker::shutdownClosesTheConnection()
{
    QSignalSpy registered(m_journal->worker(), &JournalWorker::registered);
    m_journal->registerApplication(requestWithScan(2));
    QTRY_COMPARE(registered.size(), 1);
    QPointer<QThread> thread = m_journal->thread();
    const QStringList before = QSqlDatabase::connectionNames();
    QVERIFY(!before.isEmpty());
    m_journal.reset();
    QVERIFY(thread.isNull());
    // The workers' connections (the journal's and the documents') are gone with it; the file is
    // whole and holds the registration.
    QCOMPARE(QSqlDatabase::connectionNames().size(), before.size() - 2);
    QCOMPARE(count("SELECT COUNT(*) FROM applications"), 1);
}

void TestJournalWorker::unopenableJournalFails()
{
    m_journal.reset();
    QVERIFY(QDir(m_dir->path()).mkpath("folder.sqlite")); // a folder where the file should be
    JournalThread journal(m_dir->filePath("folder.sqlite"));
    QSignalSpy openFailed(journal.worker(), &JournalWorker::openFailed);
    QSignalSpy failed(journal.worker(), &JournalWorker::failed);
    const quint64 id = journal.registerApplication(requestWithScan(9));
    QTRY_COMPARE(failed.size(), 1);
    QCOMPARE(failed[0][0].value<quint64>(), id);
    QVERIFY(!failed[0][1].toString().isEmpty());
}

QTEST_GUILESS_MAIN(TestJournalWorker)
#include "TestJournalWorker.moc"
