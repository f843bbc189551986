#include "tests/StoreTestData.h"

#include "core/application/RegistrationNumber.h"
#include "core/atrest/ScanKeys.h"
#include "core/journal/Journal.h"
#include "core/journal/Outbox.h"
#include "core/store/AttachmentStore.h"
#include "core/store/AuditTrail.h"
#include "core/store/Database.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace iin;
using namespace iin::test;

class TestJournal : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void registeringWritesEverythingTogether();
    void registrationNumbersPerDesk();
    void refusalRecordsFindingsAndQueuesNothing();
    void attachmentsAreContentAddressed();
    void attachmentDigestMismatchSavesNothing();
    void draftsAreSavedThenRegistered();
    void draftsAreRefused();
    void statusChangesFollowTheLifecycle();
    void cancellingWithdrawsTheQueueEntry();
    void searchByName_data();
    void searchByName();
    void searchByNumbers();
    void searchByStatusAndDate();
    void pagesAreStable();
    void namePagesNewestFirstWithoutDoubles();
    void pagesOldestFirst();
    void searchesUseIndexes_data();
    void searchesUseIndexes();
    void likelyDuplicates();
    void openingARecordIsAudited();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
};

void TestJournal::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = openOrFail(m_dir->filePath("journal.sqlite"));
    QVERIFY(m_db);
}

void TestJournal::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

static int count(Database& db, const QString& sql)
{
    return scalar(db, sql).toInt();
}

void TestJournal::registeringWritesEverythingTogether()
{
    Journal journal(*m_db);
    const Intake intake = sampleIntake(0);
    Result<Registration> r = journal.registerApplication(intake, sampleDesk());
    QVERIFY2(r, qPrintable(r.errorMessage()));
    QVERIFY(RegistrationNumber::isValid(r->registrationNumber));
    QCOMPARE(r->registrationNumber, RegistrationNumber::make("ALM01", "02", 1));
    QVERIFY(!r->idempotencyKey.isEmpty());

    Result<std::optional<JournalEntry>> e = journal.entry(r->applicationId);
    QVERIFY(e && *e);
    QCOMPARE((*e)->status, ApplicationStatus::Registered);
    QCOMPARE((*e)->createdBy, "clerk.aigerim");
    QCOMPARE((*e)->rulesEdition, "2022-02");
    QCOMPARE((*e)->nameCyrillic.surname, "Қасымов");
    QCOMPARE((*e)->documentNumber, "FA1000000");
    QVERIFY((*e)->iin.isEmpty());
    QCOMPARE(scalar(*m_db, "SELECT application_json FROM applications").toByteArray(), intake.json);

    QCOMPARE(count(*m_db, "SELECT count(*) FROM status_history WHERE to_status = 'registered'"
                          " AND from_status IS NULL"),
             1);
    QCOMPARE(count(*m_db, "SELECT count(*) FROM attachments"), 2);
    Outbox outbox(*m_db);
    Result<std::optional<OutboxEntry>> queued = outbox.entryForApplication(r->applicationId);
    QVERIFY(queued && *queued);
    QCOMPARE((*queued)->state, OutboxState::Pending);
    QCOMPARE((*queued)->idempotencyKey, r->idempotencyKey);
    QCOMPARE((*queued)->attempts, 0);
    Result<QList<AuditRecord>> audit =
        AuditTrail::recordsFor(m_db->sql(), QString("application:%1").arg(r->applicationId));
    QVERIFY(audit);
    QCOMPARE(audit->size(), 1);
    QCOMPARE(audit->first().action, AuditTrail::Created);
    QCOMPARE(audit->first().operatorId, "clerk.aigerim");
    QVERIFY(audit->first().details.contains(r->registrationNumber));
    QVERIFY(!audit->first().details.contains("Қасымов")); // no personal data in the trail
}

void TestJournal::registrationNumbersPerDesk()
{
    Journal journal(*m_db);
    QStringList numbers;
    for (int i = 0; i < 3; ++i) {
        for (const char* desk : {"01", "02"}) {
            Result<Registration> r = journal.registerApplication(
                sampleIntake(i * 2 + (desk[1] - '0')),
                DeskContext{"ALM01", QString::fromLatin1(desk), "clerk"});
            QVERIFY2(r, qPrintable(r.errorMessage()));
            numbers << r->registrationNumber;
        }
    }
    QCOMPARE(numbers.first(), RegistrationNumber::make("ALM01", "01", 1));
    QCOMPARE(numbers.last(), RegistrationNumber::make("ALM01", "02", 3));
    QCOMPARE(QSet<QString>(numbers.cbegin(), numbers.cend()).size(), 6);

    Result<Registration> bad =
        journal.registerApplication(sampleIntake(9), DeskContext{"almaty", "02", "clerk"});
    QVERIFY(!bad);
    QCOMPARE(bad.error().code, "registration.office");
    QCOMPARE(count(*m_db, "SELECT count(*) FROM applications"), 6);
}

void TestJournal::refusalRecordsFindingsAndQueuesNothing()
{
    Journal journal(*m_db);
    Intake intake = sampleIntake(0);
    intake.findings = {Finding{"row8.translation_missing", "Annex 3, row 8, item 2",
                               Severity::MissingDocument, "attachments",
                               "A certified translation is missing."}};
    Result<qint64> id = journal.refuseAtIntake(intake, sampleDesk());
    QVERIFY2(id, qPrintable(id.errorMessage()));
    Result<std::optional<JournalEntry>> e = journal.entry(*id);
    QVERIFY(e && *e);
    QCOMPARE((*e)->status, ApplicationStatus::RefusedAtIntake);
    QVERIFY((*e)->registrationNumber.isEmpty());
    QCOMPARE(count(*m_db, "SELECT count(*) FROM outbox"), 0);
    QCOMPARE(count(*m_db, "SELECT count(*) FROM desk_sequence"), 0);
    const QJsonArray findings =
        QJsonDocument::fromJson(
            scalar(*m_db, "SELECT findings_json FROM applications").toByteArray())
            .array();
    QCOMPARE(findings.size(), 1);
    QCOMPARE(findings[0]["code"].toString(), "row8.translation_missing");
    QCOMPARE(findings[0]["severity"].toString(), "missing_document");
    QCOMPARE(findings[0]["rule"].toString(), "Annex 3, row 8, item 2");
    QCOMPARE(scalar(*m_db, "SELECT action FROM audit_log").toString(), AuditTrail::Refused);
    // A refusal cannot be revived into the queue.
    const Status s = journal.changeStatus(*id, ApplicationStatus::Registered, "clerk");
    QVERIFY(!s);
    QCOMPARE(s.error().code, "status.transition");
}

void TestJournal::attachmentsAreContentAddressed()
{
    Journal journal(*m_db);
    Intake intake = sampleIntake(0);
    const QByteArray form = "%PDF-1.4 application form";
    const QByteArray scan = QByteArray(5000, '\x7f');
    intake.attachmentContents = {form, scan};
    intake.application.attachments[1].sha256 = AttachmentStore::sha256Of(scan).toUpper();
    Result<Registration> r = journal.registerApplication(intake, sampleDesk());
    QVERIFY2(r, qPrintable(r.errorMessage()));

    QSqlQuery q(m_db->sql());
    QVERIFY(q.exec("SELECT sha256, size FROM attachments ORDER BY id"));
    // Kept encrypted under the journal's scan key (docs/at-rest.md).
    const Result<ScanKeys::Access> key = ScanKeys::open(m_db->path(), false);
    QVERIFY2(key, qPrintable(key.errorMessage()));
    const AttachmentStore files(m_db->attachmentsPath(), key->cipher);
    for (const QByteArray& content : {form, scan}) {
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), AttachmentStore::sha256Of(content));
        QCOMPARE(q.value(1).toLongLong(), content.size());
        QVERIFY(QFile::exists(files.pathOf(q.value(0).toString())));
        Result<QByteArray> back = files.get(q.value(0).toString());
        QVERIFY(back);
        QCOMPARE(*back, content);
    }
    // A changed file is caught on the way out.
    QFile f(files.pathOf(AttachmentStore::sha256Of(form)));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("tampered");
    f.close();
    QCOMPARE(files.get(AttachmentStore::sha256Of(form)).error().code, "store.corrupt");
}

void TestJournal::attachmentDigestMismatchSavesNothing()
{
    Journal journal(*m_db);
    Intake intake = sampleIntake(0);
    intake.attachmentContents = {QByteArray("one"), QByteArray("two")};
    intake.application.attachments[1].sha256 = AttachmentStore::sha256Of("something else");
    Result<Registration> r = journal.registerApplication(intake, sampleDesk());
    QVERIFY(!r);
    QCOMPARE(r.error().code, "store.attachment_digest");
    for (const char* table : {"applications", "attachments", "outbox", "audit_log",
                              "status_history", "name_keys", "desk_sequence"})
        QCOMPARE(count(*m_db, QString("SELECT count(*) FROM %1").arg(QLatin1String(table))), 0);
}

void TestJournal::draftsAreSavedThenRegistered()
{
    Journal journal(*m_db);
    Result<qint64> id = journal.saveDraft(sampleIntake(0), sampleDesk());
    QVERIFY2(id, qPrintable(id.errorMessage()));
    JournalEntry e = *journal.entry(*id).value();
    QCOMPARE(e.status, ApplicationStatus::Draft);
    QVERIFY(e.registrationNumber.isEmpty());
    QCOMPARE(count(*m_db, "SELECT count(*) FROM outbox"), 0);

    // Typed on: the name changes, the old one is no longer found.
    Application edited = sampleApplication(0);
    edited.nameCyrillic.surname = "Сейтқали";
    edited.nameLatin.surname = "SEITKALI";
    STORE_VERIFY(journal.saveDraft(intakeOf(edited), sampleDesk(), *id));
    JournalQuery q;
    q.text = "қасымов";
    QVERIFY(journal.search(q)->isEmpty());
    q.text = "seitkali";
    QCOMPARE(journal.search(q)->size(), 1);
    QCOMPARE(count(*m_db, "SELECT count(*) FROM attachments"), 2);

    Result<Registration> r = journal.registerApplication(intakeOf(edited), sampleDesk(), *id);
    QVERIFY2(r, qPrintable(r.errorMessage()));
    QCOMPARE(r->applicationId, *id);
    e = *journal.entry(*id).value();
    QCOMPARE(e.status, ApplicationStatus::Registered);
    QCOMPARE(e.registrationNumber, r->registrationNumber);
    QCOMPARE(e.nameCyrillic.surname, "Сейтқали");
    QCOMPARE(count(*m_db, "SELECT count(*) FROM outbox"), 1);
    QCOMPARE(count(*m_db, "SELECT count(*) FROM status_history WHERE from_status = 'draft'"
                          " AND to_status = 'registered'"),
             1);
    QCOMPARE(count(*m_db, "SELECT count(*) FROM audit_log WHERE action = 'application.changed'"),
             2);

    // No longer a draft: it cannot be edited or registered again.
    Result<qint64> again = journal.saveDraft(sampleIntake(0), sampleDesk(), *id);
    QVERIFY(!again);
    QCOMPARE(again.error().code, "journal.not_draft");
    QCOMPARE(journal.registerApplication(sampleIntake(0), sampleDesk(), *id).error().code,
             "journal.not_draft");
    QCOMPARE(journal.entry(*id).value()->nameCyrillic.surname, "Сейтқали");
    QCOMPARE(count(*m_db, "SELECT last_value FROM desk_sequence"), 1);
    QVERIFY(AuditTrail::verify(m_db->sql()).ok);
}

void TestJournal::draftsAreRefused()
{
    Journal journal(*m_db);
    Result<qint64> id = journal.saveDraft(sampleIntake(0), sampleDesk());
    QVERIFY(id);
    Intake intake = sampleIntake(0);
    intake.findings = {Finding{"row8.application_form", "Annex 3, row 8, item 1",
                               Severity::MissingDocument, "attachments", "missing"}};
    STORE_VERIFY(journal.refuseAtIntake(intake, sampleDesk(), *id));
    QCOMPARE(journal.entry(*id).value()->status, ApplicationStatus::RefusedAtIntake);
    QCOMPARE(count(*m_db, "SELECT count(*) FROM outbox"), 0);
    QCOMPARE(journal.saveDraft(sampleIntake(0), sampleDesk(), 999).error().code,
             "journal.not_found");
}

void TestJournal::statusChangesFollowTheLifecycle()
{
    Journal journal(*m_db);
    Result<Registration> r = journal.registerApplication(sampleIntake(0), sampleDesk());
    QVERIFY(r);
    const qint64 id = r->applicationId;
    Status s = journal.changeStatus(id, ApplicationStatus::CertificatePrinted, "clerk");
    QVERIFY(!s);
    QVERIFY(s.errorMessage().contains("registered"));
    QVERIFY(s.errorMessage().contains("certificate_printed"));
    QCOMPARE(journal.entry(id).value()->status, ApplicationStatus::Registered);

    STORE_VERIFY(journal.changeStatus(id, ApplicationStatus::Sent, "sync"));
    STORE_VERIFY(journal.changeStatus(id, ApplicationStatus::IinAssigned, "sync"));
    STORE_VERIFY(journal.changeStatus(id, ApplicationStatus::CertificatePrinted, "clerk"));
    // Handed over only with the record of the handover (paragraph 11-1).
    Status bare = journal.changeStatus(id, ApplicationStatus::HandedOver, "clerk", "signed");
    QCOMPARE(bare.error().code, "handover.missing");
    QCOMPARE(journal.entry(id).value()->status, ApplicationStatus::CertificatePrinted);
    Handover handover;
    handover.documentNumber = "FA1000000";
    STORE_VERIFY(journal.recordHandover(id, handover, "clerk"));
    QCOMPARE(journal.entry(id).value()->status, ApplicationStatus::HandedOver);
    QCOMPARE(count(*m_db, "SELECT count(*) FROM status_history"), 5);
    QCOMPARE(scalar(*m_db, "SELECT to_status FROM status_history ORDER BY id DESC").toString(),
             "handed_over");
    QCOMPARE(count(*m_db, "SELECT count(*) FROM audit_log WHERE action = "
                          "'application.status_changed'"),
             4);
    QVERIFY(!journal.changeStatus(id, ApplicationStatus::Sent, "clerk"));
    QCOMPARE(journal.changeStatus(999, ApplicationStatus::Sent, "clerk").error().code,
             "journal.not_found");
    QVERIFY(AuditTrail::verify(m_db->sql()).ok);
}

void TestJournal::cancellingWithdrawsTheQueueEntry()
{
    Journal journal(*m_db);
    Result<Registration> r = journal.registerApplication(sampleIntake(0), sampleDesk());
    QVERIFY(r);
    STORE_VERIFY(journal.changeStatus(r->applicationId, ApplicationStatus::Cancelled, "clerk",
                                      "applicant withdrew"));
    QCOMPARE(scalar(*m_db, "SELECT state FROM outbox").toString(), "cancelled");
    Outbox outbox(*m_db);
    QVERIFY(outbox.takeDue(QDateTime::currentDateTimeUtc().addDays(1), 10, "sync")->isEmpty());
}

void TestJournal::searchByName_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("surnames");
    QTest::newRow("Cyrillic exact") << "Қасымов" << QStringList{"Қасымов"};
    QTest::newRow("Latin upper") << "QASYMOV" << QStringList{"Қасымов"};
    QTest::newRow("Russian spelling") << "касымов" << QStringList{"Қасымов"};
    QTest::newRow("Kazakh capitals") << "ҚАСЫМОВ" << QStringList{"Қасымов"};
    QTest::newRow("prefix") << "жұма" << QStringList{"Жұмабекова"};
    QTest::newRow("prefix Latin") << "zhumab" << QStringList{"Жұмабекова"};
    QTest::newRow("given name") << "гүлнар" << QStringList{"Жұмабекова"};
    QTest::newRow("two words") << "Ivanov Petr" << QStringList{"Иванов"};
    QTest::newRow("two words, one wrong") << "Ivanov Olga" << QStringList{};
    QTest::newRow("ә") << "Әбілқасым" << QStringList{"Әбілқасым"};
    QTest::newRow("nobody") << "Смирнов" << QStringList{};
}

void TestJournal::searchByName()
{
    QFETCH(QString, text);
    QFETCH(QStringList, surnames);
    Journal journal(*m_db);
    for (int i = 0; i < 6; ++i)
        STORE_VERIFY(journal.registerApplication(sampleIntake(i), sampleDesk()));
    JournalQuery q;
    q.text = text;
    Result<QList<JournalEntry>> found = journal.search(q);
    QVERIFY2(found, qPrintable(found.errorMessage()));
    QStringList got;
    for (const JournalEntry& e : *found)
        got << e.nameCyrillic.surname;
    QCOMPARE(got, surnames);
}

void TestJournal::searchByNumbers()
{
    Journal journal(*m_db);
    QList<Registration> regs;
    for (int i = 0; i < 4; ++i) {
        Result<Registration> r = journal.registerApplication(sampleIntake(i), sampleDesk());
        QVERIFY(r);
        regs << *r;
    }
    // The registry forms an IIN for the second one.
    Outbox outbox(*m_db);
    Result<QList<OutboxEntry>> due = outbox.takeDue(QDateTime::currentDateTimeUtc(), 10, "sync");
    QVERIFY(due);
    QCOMPARE(due->size(), 4);
    STORE_VERIFY(outbox.recordAnswer(due->at(1).id, formedAnswer(due->at(1), "800102300011"),
                                     QDateTime::currentDateTimeUtc(), "sync"));

    const auto one = [&](const QString& text) -> qint64 {
        JournalQuery q;
        q.text = text;
        Result<QList<JournalEntry>> found = journal.search(q);
        if (!found || found->size() != 1)
            return -1;
        return found->first().id;
    };
    QCOMPARE(one("800102300011"), due->at(1).applicationId);
    QCOMPARE(one(regs[2].registrationNumber), regs[2].applicationId);
    QCOMPARE(one(regs[2].registrationNumber.toLower()), regs[2].applicationId);
    QCOMPARE(one("FA1000003"), regs[3].applicationId);
    QCOMPARE(one("fa 1000003"), regs[3].applicationId);
    QCOMPARE(one("FA-999"), -1);
    Result<std::optional<JournalEntry>> byNumber = journal.find(regs[0].registrationNumber);
    QVERIFY(byNumber && *byNumber);
    QCOMPARE((*byNumber)->id, regs[0].applicationId);
    QVERIFY(!*journal.find(QString::number(regs[3].applicationId + 10)));
}

void TestJournal::searchByStatusAndDate()
{
    Journal journal(*m_db);
    for (int i = 0; i < 5; ++i)
        STORE_VERIFY(journal.registerApplication(sampleIntake(i), sampleDesk()));
    Intake refused = sampleIntake(7);
    refused.findings = {Finding{"x", "y", Severity::MissingDocument, "z", "m"}};
    STORE_VERIFY(journal.refuseAtIntake(refused, sampleDesk()));
    // An old one, written as if registered last year.
    QVERIFY(execSql(*m_db, "UPDATE applications SET created_at = '2025-03-01T05:00:00.000Z'"
                           " WHERE id = 1"));

    JournalQuery q;
    q.status = ApplicationStatus::RefusedAtIntake;
    QCOMPARE(journal.search(q)->size(), 1);
    q.status = ApplicationStatus::Registered;
    QCOMPARE(journal.search(q)->size(), 5);
    q.from = QDate(2025, 3, 1);
    q.to = QDate(2025, 3, 1);
    Result<QList<JournalEntry>> day = journal.search(q);
    QCOMPARE(day->size(), 1);
    QCOMPARE(day->first().id, 1);
    q.from = QDate::currentDate();
    q.to = QDate::currentDate();
    QCOMPARE(journal.search(q)->size(), 4);
    q.status.reset();
    QCOMPARE(journal.search(q)->size(), 5);
}

void TestJournal::pagesAreStable()
{
    Journal journal(*m_db);
    for (int i = 0; i < 25; ++i)
        STORE_VERIFY(journal.registerApplication(sampleIntake(i), sampleDesk()));
    JournalQuery q;
    q.limit = 10;
    QList<qint64> seen;
    for (;;) {
        Result<QList<JournalEntry>> page = journal.search(q);
        QVERIFY(page);
        if (page->isEmpty())
            break;
        for (const JournalEntry& e : *page)
            seen << e.id;
        q.beforeId = page->last().id;
        // A registration between pages does not shift the next page.
        STORE_VERIFY(
            journal.registerApplication(sampleIntake(100 + int(seen.size())), sampleDesk()));
    }
    QCOMPARE(seen.size(), 25);
    for (int i = 0; i < 25; ++i)
        QCOMPARE(seen[i], 25 - i);
}

// A names-only search picks the newest ids from the name keys alone; a prefix that begins
// several of one person's names must still give each person once, newest first, page after page,
// and the same people as the search that also filters by status.
void TestJournal::namePagesNewestFirstWithoutDoubles()
{
    Journal journal(*m_db);
    QList<qint64> ivans;
    for (int i = 0; i < 23; ++i) {
        Intake in = sampleIntake(i);
        if (i % 3 != 1) {
            in.application.nameCyrillic = {"Иванов", "Иван", "Иванович"};
            in.application.nameLatin = {"IVANOV", "IVAN", "IVANOVICH"};
        }
        const Result<Registration> r = journal.registerApplication(in, sampleDesk());
        STORE_VERIFY(r);
        if (i % 3 != 1)
            ivans.prepend(r->applicationId);
    }
    JournalQuery q;
    q.text = "ива";
    q.limit = 4;
    QList<qint64> seen;
    for (;;) {
        Result<QList<JournalEntry>> page = journal.search(q);
        QVERIFY(page);
        if (page->isEmpty())
            break;
        QVERIFY(page->size() <= 4);
        for (const JournalEntry& e : *page)
            seen << e.id;
        q.beforeId = page->last().id;
    }
    QCOMPARE(seen, ivans);

    JournalQuery withStatus;
    withStatus.text = "Ivan";
    withStatus.status = ApplicationStatus::Registered;
    withStatus.limit = 100;
    JournalQuery namesOnly = withStatus;
    namesOnly.status.reset();
    const Result<QList<JournalEntry>> filtered = journal.search(withStatus);
    const Result<QList<JournalEntry>> unfiltered = journal.search(namesOnly);
    QVERIFY(filtered && unfiltered);
    QList<qint64> a, b;
    for (const JournalEntry& e : *filtered)
        a << e.id;
    for (const JournalEntry& e : *unfiltered)
        b << e.id;
    QCOMPARE(a, ivans);
    QCOMPARE(b, ivans);
}

// Oldest first, page after page with `afterId`: the whole journal and a names-only search give
// every application once, in registration order.
void TestJournal::pagesOldestFirst()
{
    Journal journal(*m_db);
    QList<qint64> ivans;
    for (int i = 0; i < 17; ++i) {
        Intake in = sampleIntake(i);
        if (i % 2 == 0) {
            in.application.nameCyrillic = {"Иванов", "Иван", "Иванович"};
            in.application.nameLatin = {"IVANOV", "IVAN", "IVANOVICH"};
        }
        const Result<Registration> r = journal.registerApplication(in, sampleDesk());
        STORE_VERIFY(r);
        if (i % 2 == 0)
            ivans.append(r->applicationId);
    }
    for (const QString& text : {QString(), QStringLiteral("ива")}) {
        JournalQuery q;
        q.text = text;
        q.ascending = true;
        q.limit = 4;
        QList<qint64> seen;
        for (;;) {
            Result<QList<JournalEntry>> page = journal.search(q);
            QVERIFY(page);
            if (page->isEmpty())
                break;
            QVERIFY(page->size() <= 4);
            for (const JournalEntry& e : *page)
                seen << e.id;
            q.afterId = page->last().id;
        }
        if (text.isEmpty()) {
            QCOMPARE(seen.size(), 17);
            for (int i = 0; i < 17; ++i)
                QCOMPARE(seen[i], i + 1);
        } else {
            QCOMPARE(seen, ivans);
        }
    }
    // With a status filter too (the search that reads each row).
    JournalQuery q;
    q.text = "ivanov";
    q.status = ApplicationStatus::Registered;
    q.ascending = true;
    q.afterId = ivans[2];
    Result<QList<JournalEntry>> rest = journal.search(q);
    QVERIFY(rest);
    QCOMPARE(rest->size(), ivans.size() - 3);
    QCOMPARE(rest->first().id, ivans[3]);
}

void TestJournal::searchesUseIndexes_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("status");
    QTest::addColumn<bool>("dated");
    QTest::addColumn<bool>("ascending");
    QTest::newRow("iin") << "800102300011"
                         << "" << false << false;
    QTest::newRow("registration number")
        << RegistrationNumber::make("ALM01", "02", 5) << "" << false << false;
    QTest::newRow("document") << "FA1000003"
                              << "" << false << false;
    QTest::newRow("name") << "Қасымов"
                          << "" << false << false;
    QTest::newRow("two names") << "ivanov petr"
                               << "" << false << false;
    QTest::newRow("status") << ""
                            << "registered" << false << false;
    QTest::newRow("date range") << ""
                                << "" << true << false;
    QTest::newRow("name and status") << "ivanov"
                                     << "sent" << false << false;
    QTest::newRow("name, oldest first") << "Қасымов"
                                        << "" << false << true;
    QTest::newRow("status, oldest first") << ""
                                          << "registered" << false << true;
    QTest::newRow("date range, oldest first") << ""
                                              << "" << true << true;
    QTest::newRow("name and status, oldest first") << "ivanov"
                                                   << "sent" << false << true;
}

// Each search must reach its rows through an index: a full scan of a million-row journal at
// the counter is what this guards against.
void TestJournal::searchesUseIndexes()
{
    QFETCH(QString, text);
    QFETCH(QString, status);
    QFETCH(bool, dated);
    QFETCH(bool, ascending);
    Journal journal(*m_db);
    for (int i = 0; i < 30; ++i)
        STORE_VERIFY(journal.registerApplication(sampleIntake(i), sampleDesk()));
    // No ANALYZE: on a table this small the statistics would make any scan look cheap. Without
    // them SQLite plans as if for a large table, which is the case we guard.

    JournalQuery query;
    query.text = text;
    if (!status.isEmpty())
        query.status = ApplicationStatuses::fromString(status);
    if (dated) {
        query.from = QDate::currentDate();
        query.to = QDate::currentDate();
    }
    query.ascending = ascending;
    if (ascending)
        query.afterId = 3;
    QVariantList values;
    const QString sql = Journal::searchSql(query, &values);
    QSqlQuery q(m_db->sql());
    QVERIFY(q.prepare("EXPLAIN QUERY PLAN " + sql));
    for (const QVariant& v : values)
        q.addBindValue(v);
    QVERIFY(q.exec());
    QStringList plan;
    while (q.next())
        plan << q.value(3).toString();
    const QString text_ = plan.join(" | ");
    qInfo("%s", qPrintable(text_));
    for (const QString& step : plan) {
        if (step.startsWith("SCAN"))
            QVERIFY2(step.contains("USING") && step.contains("INDEX"), qPrintable(text_));
    }
    QVERIFY2(text_.contains("INDEX") || text_.contains("PRIMARY KEY"), qPrintable(text_));
}

void TestJournal::likelyDuplicates()
{
    Journal journal(*m_db);
    for (int i = 0; i < 4; ++i)
        STORE_VERIFY(journal.registerApplication(sampleIntake(i), sampleDesk()));
    Intake refused = sampleIntake(3);
    refused.findings = {Finding{"x", "y", Severity::MissingDocument, "z", "m"}};
    STORE_VERIFY(journal.refuseAtIntake(refused, sampleDesk()));

    // Same passport, different spelling of the name.
    Application samePassport = sampleApplication(1);
    samePassport.nameCyrillic = {"Жумабекова", "Гульнар", ""};
    samePassport.nameLatin = {};
    samePassport.birthDate = QDate(1999, 9, 9);
    Result<QList<DuplicateMatch>> d = journal.likelyDuplicates(samePassport);
    QVERIFY2(d, qPrintable(d.errorMessage()));
    QCOMPARE(d->size(), 1);
    QCOMPARE(d->first().entry.id, 2);
    QCOMPARE(d->first().reasons, QStringList{"document"});

    // New passport, same person written in Latin only: name + birth date.
    Application newPassport = sampleApplication(0);
    newPassport.identityDocument->number = "FA7777777";
    newPassport.nameCyrillic = {};
    newPassport.nameLatin = {"Kasymov", "Yerlan", ""};
    d = journal.likelyDuplicates(newPassport);
    QVERIFY(d);
    QCOMPARE(d->size(), 1);
    QCOMPARE(d->first().entry.id, 1);
    QCOMPARE(d->first().reasons, QStringList{"name_birth_date"});

    // Both reasons at once are reported once, with both.
    d = journal.likelyDuplicates(sampleApplication(2));
    QCOMPARE(d->size(), 1);
    QCOMPARE(d->first().reasons, (QStringList{"document", "name_birth_date"}));

    // Same name, other birthday, other passport: no warning. A refusal is not a match.
    Application other = sampleApplication(0);
    other.birthDate = QDate(1990, 1, 1);
    other.identityDocument->number = "N1";
    QVERIFY(journal.likelyDuplicates(other)->isEmpty());
    Application sameAsRefusedOnly = sampleApplication(3);
    QCOMPARE(journal.likelyDuplicates(sameAsRefusedOnly)->size(), 1); // the registered one
    // Same document number of another state is someone else's passport.
    Application otherState = sampleApplication(1);
    otherState.citizenship = "KGZ";
    otherState.nameCyrillic = {"Другая", "Женщина", ""};
    otherState.nameLatin = {};
    QVERIFY(journal.likelyDuplicates(otherState)->isEmpty());
}

void TestJournal::openingARecordIsAudited()
{
    Journal journal(*m_db);
    Result<Registration> r = journal.registerApplication(sampleIntake(0), sampleDesk());
    QVERIFY(r);
    Result<QJsonObject> record = journal.openRecord(r->applicationId, "inspector.bolat");
    QVERIFY2(record, qPrintable(record.errorMessage()));
    QCOMPARE((*record)["registration_number"].toString(), r->registrationNumber);
    QCOMPARE((*record)["status"].toString(), "registered");
    QVERIFY((*record)["iin"].isNull());
    QCOMPARE((*record)["application"]["name_cyrillic"]["surname"].toString(), "Қасымов");
    QCOMPARE((*record)["history"].toArray().size(), 1);
    QCOMPARE((*record)["attachments"].toArray().size(), 2);
    QCOMPARE((*record)["outbox"]["state"].toString(), "pending");
    QCOMPARE((*record)["outbox"]["idempotency_key"].toString(), r->idempotencyKey);
    QCOMPARE(scalar(*m_db, "SELECT operator FROM audit_log WHERE action = 'application.viewed'")
                 .toString(),
             "inspector.bolat");
    QCOMPARE(journal.openRecord(999, "x").error().code, "journal.not_found");
}

QTEST_GUILESS_MAIN(TestJournal)
#include "TestJournal.moc"
