#include "StoreTestData.h"

#include "Database.h"
#include "JournalThread.h"
#include "JournalWorker.h"

#include <QCryptographicHash>
#include <QFile>
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
