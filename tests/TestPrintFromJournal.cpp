#include "tests/StoreTestData.h"
#include "tests/TestSupport.h"

#include "core/application/ApplicationJson.h"
#include "core/person/Iin.h"
#include "core/store/AuditTrail.h"
#include "core/store/Database.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace iin;
using namespace iin::test;

// Printing the documents of applications in the journal through `iin-desk-cli certificate
// <id>` and `receipt <id>`: real examples submitted with the CLI, the IIN recorded through the
// outbox as the sync worker would, PDFs read back with pdftotext, the audit trail verified.
class TestPrintFromJournal : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void certificateFirstOriginalThenDuplicate();
    void realCertificateNeedsAttestationAndDeskKey();
    void applicationWithoutIinIsRefused();
    void refusalReceiptListsTheMissingDocuments();
    void acceptanceReceiptNamesTheDocumentsReceived();
    void unknownRecordIsReported();
    void restoredJournalNeverReusesCertificateNumbers();
    void blanksBalanceAfterAScriptedSequence();
    void certificateBlankNotOnHand();
    void blanksHandedToClerksAndReprintReasons();

private:
    QString path() const { return m_dir->filePath("journal.sqlite"); }
    QString pdf(const QString& name) const { return m_dir->filePath(name); }
    qint64 submit(const QString& example, int expectedExit);
    QString assignIin(qint64 id, const QString& example);
    ProcessResult print(const QString& command, const QString& record, const QString& out,
                        const QStringList& extra = {"--training"});
    QList<QJsonObject> prints(qint64 id);
    ProcessResult blanks(const QStringList& arguments);
    QString status(qint64 id);

    std::unique_ptr<QTemporaryDir> m_dir;
};

namespace {

// pdftotext breaks long lines where the layout wrapped them: compare without white space.
QString squeezed(QString text)
{
    static const QRegularExpression space("\\s+");
    return text.remove(space);
}

// The settings the command-line tool reads (the test's private configuration folder).
QSettings& cliSettings()
{
    static QSettings settings("IIN Desk", "iin-desk-cli");
    return settings;
}

QJsonObject json(const ProcessResult& r)
{
    return QJsonDocument::fromJson(r.out).object();
}

} // namespace

void TestPrintFromJournal::initTestCase()
{
    if (QStandardPaths::findExecutable("pdftotext").isEmpty())
        QSKIP("pdftotext (poppler-utils) is not installed");
}

void TestPrintFromJournal::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestPrintFromJournal::cleanup()
{
    cliSettings().clear();
    m_dir.reset();
}

qint64 TestPrintFromJournal::submit(const QString& example, int expectedExit)
{
    const ProcessResult r =
        runCli({"submit", sourcePath("examples/" + example), "--db", path(), "--office", "ALM01",
                "--desk", "02", "--operator", "clerk.aigerim"});
    if (r.exitCode != expectedExit) {
        QTest::qFail(r.err.constData(), __FILE__, __LINE__);
        return 0;
    }
    return json(r)["application_id"].toInteger();
}

// The registry's answer as the sync worker records it, with an IIN formed from the person's
// birth date and sex.
QString TestPrintFromJournal::assignIin(qint64 id, const QString& example)
{
    QFile file(sourcePath("examples/" + example));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const ApplicationParse parsed = ApplicationJson::parse(file.readAll());
    if (!parsed.application)
        return {};
    const std::optional<QString> prefix =
        Iin::prefixFor(parsed.application->birthDate, parsed.application->sex, 4321);
    const std::optional<Iin> iin = prefix ? Iin::fromPrefix(*prefix) : std::nullopt;
    if (!iin)
        return {};

    auto db = openOrFail(path());
    if (!db)
        return {};
    Outbox outbox(*db);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const Result<QList<OutboxEntry>> due = outbox.takeDue(now.addSecs(60), 10, "sync");
    if (!due)
        return {};
    for (const OutboxEntry& entry : *due) {
        if (entry.applicationId == id &&
            outbox.recordAnswer(entry.id, formedAnswer(entry, iin->toString()), now, "sync"))
            return iin->toString();
    }
    return {};
}

ProcessResult TestPrintFromJournal::print(const QString& command, const QString& record,
                                          const QString& out, const QStringList& extra)
{
    return runCli(QStringList{command, record, "--db", path(), "--pdf", out, "--operator",
                              "officer.nurlan", "--office-name", "Алматы қаласы ПД КҚБ",
                              "--office-name", "УМП ДП города Алматы"} +
                  extra);
}

// The print records of the application in the audit trail, oldest first.
QList<QJsonObject> TestPrintFromJournal::prints(qint64 id)
{
    return printRecords(path(), id);
}

QString TestPrintFromJournal::status(qint64 id)
{
    auto db = openOrFail(path());
    return db ? scalar(*db, QStringLiteral("SELECT status FROM applications WHERE id = %1").arg(id))
                    .toString()
              : QString();
}

void TestPrintFromJournal::certificateFirstOriginalThenDuplicate()
{
    const qint64 id = submit("counter-complete.json", 0);
    QVERIFY(id > 0);
    const QString iin = assignIin(id, "counter-complete.json");
    QVERIFY(!iin.isEmpty());
    QCOMPARE(status(id), "iin_assigned");

    // The first print: the original, and the status moves on.
    const ProcessResult first = print("certificate", QString::number(id), pdf("first.pdf"));
    QVERIFY2(first.exitCode == 0, first.err.constData());
    const QJsonObject o1 = json(first);
    QCOMPARE(o1["duplicate"].toBool(), false);
    QCOMPARE(o1["training"].toBool(), true);
    QCOMPARE(o1["status"].toString(), "certificate_printed");
    const QString number = o1["certificate_number"].toString();
    QVERIFY2(QRegularExpression("^ALM01-02-\\d{4}-000001$").match(number).hasMatch(),
             qPrintable(number));
    QCOMPARE(status(id), "certificate_printed");
    const QString text1 = pdfText(pdf("first.pdf"));
    QVERIFY(text1.contains(iin));
    QVERIFY(text1.contains(number));
    QVERIFY(text1.contains("ОҚУ РЕЖИМІ"));
    QVERIFY2(!text1.contains("ДУБЛИКАТ") && !text1.contains("ТЕЛНҰСҚА"), qPrintable(text1));

    // The second, found by registration number: a duplicate with the same number.
    auto db = openOrFail(path());
    QVERIFY(db);
    const QString registration =
        scalar(*db,
               QStringLiteral("SELECT registration_number FROM applications WHERE id = %1").arg(id))
            .toString();
    db.reset();
    // No registry configured: the desk is on the training registry, --training or not.
    const ProcessResult second =
        print("certificate", registration.toLower(), pdf("second.pdf"), {});
    QVERIFY2(second.exitCode == 0, second.err.constData());
    const QJsonObject o2 = json(second);
    QCOMPARE(o2["duplicate"].toBool(), true);
    QCOMPARE(o2["training"].toBool(), true);
    QCOMPARE(o2["certificate_number"].toString(), number);
    QCOMPARE(o2["issue_date"].toString(), o1["issue_date"].toString());
    QCOMPARE(o2["status"].toString(), "certificate_printed");
    QCOMPARE(status(id), "certificate_printed");
    const QString text2 = pdfText(pdf("second.pdf"));
    QVERIFY(text2.contains("ДУБЛИКАТ"));
    QVERIFY(text2.contains("ТЕЛНҰСҚА"));
    QVERIFY(text2.contains(number));

    // Both audited, in a chain that holds.
    const QList<QJsonObject> records = prints(id);
    QCOMPARE(records.size(), 2);
    QCOMPARE(records[0]["document"].toString(), "certificate");
    QCOMPARE(records[0]["copy"].toString(), "original");
    QCOMPARE(records[1]["copy"].toString(), "duplicate");
    for (const QJsonObject& r : records) {
        QCOMPARE(r["certificate_number"].toString(), number);
        QCOMPARE(r["operator"].toString(), "officer.nurlan");
        QCOMPARE(r["training"].toBool(), true);
        QVERIFY(!r["at"].toString().isEmpty());
    }
    QCOMPARE(o1["audit_seq"].toInteger() < o2["audit_seq"].toInteger(), true);
    const ProcessResult audit = runCli({"audit", "verify", "--db", path()});
    QVERIFY2(audit.exitCode == 0, audit.out.constData());
    db = openOrFail(path());
    QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM status_history WHERE application_id"
                                        " = %1 AND to_status = 'certificate_printed'")
                             .arg(id))
                 .toInt(),
             1);
    QCOMPARE(
        scalar(*db,
               QStringLiteral("SELECT certificate_number FROM applications WHERE id = %1").arg(id))
            .toString(),
        number);
    db.reset();

    // The QR code on the page carries the same number, signed with the training key.
    if (!QStandardPaths::findExecutable("pdftoppm").isEmpty()) {
        const ProcessResult verify =
            runCli({"certificate", "verify", pdf("second.pdf"), "--trust-training"});
        QVERIFY2(verify.exitCode == 0, verify.out.constData());
        QCOMPARE(json(verify)["certificate_number"].toString(), number);
        QCOMPARE(json(verify)["iin"].toString(), iin);
    }
}

void TestPrintFromJournal::realCertificateNeedsAttestationAndDeskKey()
{
    const qint64 id = submit("counter-stateless-complete.json", 0);
    QVERIFY(id > 0);
    QVERIFY(!assignIin(id, "counter-stateless-complete.json").isEmpty());

    // A desk connected to the real registry; no desk key: nothing printed, nothing recorded.
    cliSettings().setValue("registry/url", "https://registry.example.kz");
    cliSettings().sync();
    const ProcessResult unsigned_ = print("certificate", QString::number(id), pdf("x.pdf"), {});
    QCOMPARE(unsigned_.exitCode, 2);
    QVERIFY(!QFile::exists(pdf("x.pdf")));

    // With the desk's own key (beside the journal) but an IIN that came without the registry's
    // attestation: still nothing, the desk cannot vouch for the person by itself.
    const ProcessResult keygen =
        runCli({"certificate", "keygen", "--out", m_dir->filePath("desk-signing.key")});
    QVERIFY2(keygen.exitCode == 0, keygen.err.constData());
    // Real prints need blanks on hand (docs/office.md): the office received a range.
    const ProcessResult received = runCli({"blanks", "receive", "--first", "1", "--last", "10",
                                           "--db", path(), "--operator", "supervisor.dana"});
    QVERIFY2(received.exitCode == 0, received.err.constData());
    const ProcessResult unattested = print("certificate", QString::number(id), pdf("y.pdf"), {});
    QCOMPARE(unattested.exitCode, 1);
    QVERIFY2(unattested.err.contains("attestation"), unattested.err.constData());
    QVERIFY(!QFile::exists(pdf("y.pdf")));
    QCOMPARE(status(id), "iin_assigned");
    QCOMPARE(prints(id).size(), 0);

    // A real registry's key is of no use to the desk either: it is not a certified desk key.
    const QString registryKey = m_dir->filePath("registry.key");
    QCOMPARE(runCli({"certificate", "keygen", "--id", "MP-TEST-1", "--out", registryKey}).exitCode,
             0);
    QVERIFY(
        print("certificate", QString::number(id), pdf("z.pdf"), {"--key", registryKey}).exitCode !=
        0);
    QCOMPARE(prints(id).size(), 0);

    // Training prints still work on such a desk, marked as such.
    const ProcessResult training = print("certificate", QString::number(id), pdf("t.pdf"));
    QVERIFY2(training.exitCode == 0, training.err.constData());
    QCOMPARE(json(training)["training"].toBool(), true);
    QVERIFY(pdfText(pdf("t.pdf")).contains("ОҚУ РЕЖИМІ"));
}

void TestPrintFromJournal::applicationWithoutIinIsRefused()
{
    const qint64 id = submit("counter-complete.json", 0);
    QVERIFY(id > 0);
    const ProcessResult r = print("certificate", QString::number(id), pdf("none.pdf"));
    QCOMPARE(r.exitCode, 1);
    const QString message = QString::fromUtf8(r.err);
    QVERIFY2(message.contains("\"registered\"") && message.contains("no IIN"), qPrintable(message));
    QVERIFY(!QFile::exists(pdf("none.pdf")));
    QCOMPARE(status(id), "registered");
    QCOMPARE(prints(id).size(), 0);

    // A refusal at intake has no certificate either.
    const qint64 refused = submit("counter-without-identity-document-copy.json", 1);
    const ProcessResult r2 = print("certificate", QString::number(refused), pdf("none.pdf"));
    QCOMPARE(r2.exitCode, 1);
    QVERIFY(QString::fromUtf8(r2.err).contains("\"refused_at_intake\""));
}

void TestPrintFromJournal::refusalReceiptListsTheMissingDocuments()
{
    const qint64 id = submit("counter-without-identity-document-copy.json", 1);
    QVERIFY(id > 0);
    const ProcessResult r = print("receipt", QString::number(id), pdf("refusal.pdf"), {});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(json(r)["document"].toString(), "refusal_receipt");
    QCOMPARE(json(r)["duplicate"].toBool(), false);
    QCOMPARE(json(r)["status"].toString(), "refused_at_intake");

    // Each missing document in both languages, from the rule edition it was checked against,
    // with its provision.
    QFile rulesFile(sourcePath("resources/rules/2022-02.json"));
    QVERIFY(rulesFile.open(QIODevice::ReadOnly));
    QJsonObject requirement;
    for (const QJsonValue& v :
         QJsonDocument::fromJson(rulesFile.readAll())["requirements"].toArray())
        if (v["id"].toString() == "row8.identity_document")
            requirement = v.toObject();
    QVERIFY(!requirement.isEmpty());
    const QJsonObject missing = requirement["messages"].toObject()["missing"].toObject();
    const QString text = squeezed(pdfText(pdf("refusal.pdf")));
    QVERIFY2(text.contains(squeezed(missing["kk"].toString())), qPrintable(text));
    QVERIFY2(text.contains(squeezed(missing["ru"].toString())), qPrintable(text));
    // ... and its provision in both languages, not the English of the rule file.
    const QJsonObject reference = requirement["reference"].toObject();
    QVERIFY2(text.contains(squeezed("Негіз: " + reference["kk"].toString() +
                                    " / Основание: " + reference["ru"].toString())),
             qPrintable(text));
    QVERIFY(!text.contains(reference["en"].toString()));
    QVERIFY(!text.contains("ДУБЛИКАТ"));

    const ProcessResult again = print("receipt", QString::number(id), pdf("again.pdf"), {});
    QVERIFY2(again.exitCode == 0, again.err.constData());
    QCOMPARE(json(again)["duplicate"].toBool(), true);
    QVERIFY(pdfText(pdf("again.pdf")).contains("ДУБЛИКАТ"));

    const QList<QJsonObject> records = prints(id);
    QCOMPARE(records.size(), 2);
    QCOMPARE(records[0]["document"].toString(), "refusal_receipt");
    QCOMPARE(records[0]["copy"].toString(), "original");
    QCOMPARE(records[1]["copy"].toString(), "duplicate");
    QCOMPARE(records[0]["missing_documents"].toInt(), 1);
    QCOMPARE(runCli({"audit", "verify", "--db", path()}).exitCode, 0);
}

void TestPrintFromJournal::acceptanceReceiptNamesTheDocumentsReceived()
{
    const qint64 id = submit("counter-representative-complete.json", 0);
    QVERIFY(id > 0);
    const ProcessResult r = print("receipt", QString::number(id), pdf("acceptance.pdf"));
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(json(r)["document"].toString(), "acceptance_receipt");
    auto db = openOrFail(path());
    const QString registration =
        scalar(*db,
               QStringLiteral("SELECT registration_number FROM applications WHERE id = %1").arg(id))
            .toString();
    db.reset();
    const QString text = pdfText(pdf("acceptance.pdf"));
    QVERIFY(text.contains(registration));
    QVERIFY(text.contains("www.egov.kz"));
    QVERIFY(text.contains("1414"));
    QVERIFY(text.contains("рабочий день"));
    QVERIFY(text.contains("ОҚУ РЕЖИМІ"));
    const QString flat = squeezed(text);
    QVERIFY2(flat.contains(squeezed("нотариально удостоверенная доверенность")), qPrintable(text));
    QVERIFY(flat.contains(squeezed("копия документа, удостоверяющего личность")));
    QCOMPARE(status(id), "registered");
    const QList<QJsonObject> records = prints(id);
    QCOMPARE(records.size(), 1);
    QCOMPARE(records[0]["document"].toString(), "acceptance_receipt");
    QCOMPARE(records[0]["registration_number"].toString(), registration);
    QCOMPARE(runCli({"audit", "verify", "--db", path()}).exitCode, 0);
}

void TestPrintFromJournal::unknownRecordIsReported()
{
    QVERIFY(submit("counter-complete.json", 0) > 0);
    const ProcessResult r = print("certificate", "999", pdf("x.pdf"));
    QCOMPARE(r.exitCode, 1);
    QVERIFY(QString::fromUtf8(r.err).contains("999"));
    const ProcessResult r2 = print("receipt", "ZZZ01-01-000001-X", pdf("x.pdf"));
    QCOMPARE(r2.exitCode, 1);
    QVERIFY(!QFile::exists(pdf("x.pdf")));
}

void TestPrintFromJournal::restoredJournalNeverReusesCertificateNumbers()
{
    const qint64 id = submit("counter-complete.json", 0);
    QVERIFY(id > 0);
    const QString backup = m_dir->filePath("backup.sqlite");
    QCOMPARE(runCli({"backup", "--db", path(), "--to", backup}).exitCode, 0);
    // Printed after the backup: lost with the journal, but the paper is in the applicant's hands.
    QVERIFY(!assignIin(id, "counter-complete.json").isEmpty());
    const ProcessResult lost = print("certificate", QString::number(id), pdf("lost.pdf"));
    QVERIFY2(lost.exitCode == 0, lost.err.constData());
    QVERIFY(QFile::rename(path(), path() + ".damaged"));
    QFile::remove(path() + "-wal");
    QFile::remove(path() + "-shm");

    const ProcessResult restored =
        runCli({"restore", "--from", backup, "--db", path(), "--skip", "10"});
    QVERIFY2(restored.exitCode == 0, restored.err.constData());
    QVERIFY(!assignIin(id, "counter-complete.json").isEmpty());
    const ProcessResult again = print("certificate", QString::number(id), pdf("again.pdf"));
    QVERIFY2(again.exitCode == 0, again.err.constData());
    QCOMPARE(json(again)["duplicate"].toBool(), false);
    const QString before = json(lost)["certificate_number"].toString();
    const QString after = json(again)["certificate_number"].toString();
    QVERIFY2(after != before, qPrintable(after));
    QVERIFY(after.section('-', 3).toInt() > before.section('-', 3).toInt());
}

// On `blanks balance`, --operator names whose blanks (docs/office.md); a journal without accounts
// needs no one named for a balance.
ProcessResult TestPrintFromJournal::blanks(const QStringList& arguments)
{
    const bool balance = arguments.value(0) == u"balance";
    return runCli(QStringList{"blanks"} + arguments + QStringList{"--db", path()} +
                  (balance ? QStringList{} : QStringList{"--operator", "supervisor.dana"}));
}

// The blanks ledger through the command line (docs/office.md): two ranges received, three
// prints (one a DUPLICATE, one on a blank the clerk named), one blank spoiled.
void TestPrintFromJournal::blanksBalanceAfterAScriptedSequence()
{
    // Each answered before the next is queued: the answer takes every due entry.
    const qint64 a = submit("counter-complete.json", 0);
    QVERIFY(a > 0);
    QVERIFY(!assignIin(a, "counter-complete.json").isEmpty());
    const qint64 b = submit("counter-stateless-complete.json", 0);
    QVERIFY(b > 0);
    QVERIFY(!assignIin(b, "counter-stateless-complete.json").isEmpty());

    QCOMPARE(blanks({"receive", "--first", "1001", "--last", "1010", "--series", "KZ"}).exitCode,
             0);
    QCOMPARE(blanks({"receive", "--first", "2001", "--last", "2005"}).exitCode, 0);
    QCOMPARE(blanks({"receive", "--first", "1005", "--last", "1020"}).exitCode, 1); // overlaps

    const ProcessResult first = print("certificate", QString::number(a), pdf("1.pdf"));
    QVERIFY2(first.exitCode == 0, first.err.constData());
    QCOMPARE(json(first)["blank_serial"].toInteger(), 1001);
    const ProcessResult spoiled = blanks({"spoil", "--serial", "1002", "--reason", "jam"});
    QVERIFY2(spoiled.exitCode == 0, spoiled.err.constData());
    QCOMPARE(blanks({"spoil", "--serial", "1002", "--reason", "jam"}).exitCode, 1);
    QCOMPARE(blanks({"spoil", "--serial", "1003", "--reason", "coffee"}).exitCode, 2);
    const ProcessResult duplicate = print("certificate", QString::number(a), pdf("2.pdf"));
    QVERIFY2(duplicate.exitCode == 0, duplicate.err.constData());
    QCOMPARE(json(duplicate)["duplicate"].toBool(), true);
    QCOMPARE(json(duplicate)["blank_serial"].toInteger(), 1003);
    const ProcessResult named =
        print("certificate", QString::number(b), pdf("3.pdf"), {"--training", "--blank", "2004"});
    QVERIFY2(named.exitCode == 0, named.err.constData());
    QCOMPARE(json(named)["blank_serial"].toInteger(), 2004);

    const ProcessResult balance = blanks({"balance", "--json"});
    QVERIFY2(balance.exitCode == 0, balance.err.constData());
    const QJsonObject o = json(balance);
    QCOMPARE(o["received"].toInteger(), 15);
    QCOMPARE(o["issued"].toInteger(), 3);
    QCOMPARE(o["spoiled"].toInteger(), 1);
    QCOMPARE(o["on_hand"].toInteger(), 11);
    QCOMPARE(o["next"].toInteger(), 1004);
    // Each print's audit record names its blank.
    const QList<QJsonObject> printed = prints(a);
    QCOMPARE(printed.size(), 2);
    QCOMPARE(printed.at(1)["blank_serial"].toInteger(), 1003);
    QCOMPARE(runCli({"audit", "verify", "--db", path()}).exitCode, 0);
}

void TestPrintFromJournal::certificateBlankNotOnHand()
{
    const qint64 id = submit("counter-complete.json", 0);
    QVERIFY(id > 0);
    QVERIFY(!assignIin(id, "counter-complete.json").isEmpty());
    QCOMPARE(blanks({"receive", "--first", "5", "--last", "5"}).exitCode, 0);

    // A serial the office never received: nothing printed, nothing recorded.
    const ProcessResult stranger =
        print("certificate", QString::number(id), pdf("x.pdf"), {"--training", "--blank", "6"});
    QCOMPARE(stranger.exitCode, 1);
    QVERIFY2(stranger.err.contains("not in any range"), stranger.err.constData());
    QVERIFY(!QFile::exists(pdf("x.pdf")));
    QCOMPARE(status(id), "iin_assigned");
    QCOMPARE(print("certificate", QString::number(id), pdf("y.pdf"), {"--training", "--blank", "x"})
                 .exitCode,
             2);

    QCOMPARE(print("certificate", QString::number(id), pdf("ok.pdf")).exitCode, 0);
    // None on hand now: the print fails with the message, whether a serial is named or not.
    for (const QStringList& extra :
         {QStringList{"--training"}, QStringList{"--training", "--blank", "5"}}) {
        const ProcessResult none =
            print("certificate", QString::number(id), pdf("none.pdf"), extra);
        QCOMPARE(none.exitCode, 1);
        QVERIFY2(none.err.contains("No security-paper blank is on hand"), none.err.constData());
        QVERIFY(!QFile::exists(pdf("none.pdf")));
    }
    QCOMPARE(prints(id).size(), 1);
    const QJsonObject balance = json(blanks({"balance", "--json"}));
    QCOMPARE(balance["on_hand"].toInteger(), 0);
    QCOMPARE(balance["issued"].toInteger(), 1);
}

// Blanks handed to two clerks' shifts and taken back, prints from each clerk's own blanks, and
// the reasons of duplicates (docs/office.md).
void TestPrintFromJournal::blanksHandedToClerksAndReprintReasons()
{
    const qint64 id = submit("counter-complete.json", 0);
    QVERIFY(id > 0);
    QVERIFY(!assignIin(id, "counter-complete.json").isEmpty());
    QCOMPARE(blanks({"receive", "--first", "1", "--last", "20"}).exitCode, 0);
    const ProcessResult handed =
        blanks({"hand", "--first", "1", "--last", "5", "--to", "clerk.aigerim"});
    QVERIFY2(handed.exitCode == 0, handed.err.constData());
    QCOMPARE(json(handed)["count"].toInteger(), 5);
    QCOMPARE(json(handed)["to"].toString(), "clerk.aigerim");
    const ProcessResult overlap =
        blanks({"hand", "--first", "3", "--last", "8", "--to", "clerk.bolat"});
    QCOMPARE(overlap.exitCode, 1);
    QVERIFY2(overlap.err.contains("clerk.aigerim"), overlap.err.constData());
    QCOMPARE(blanks({"hand", "--first", "6", "--last", "10"}).exitCode, 2);
    QCOMPARE(blanks({"hand", "--first", "6", "--last", "10", "--to", "clerk.bolat"}).exitCode, 0);

    const QStringList aigerim{"--training", "--operator", "clerk.aigerim"};
    const ProcessResult first = print("certificate", QString::number(id), pdf("1.pdf"), aigerim);
    QVERIFY2(first.exitCode == 0, first.err.constData());
    QCOMPARE(json(first)["blank_serial"].toInteger(), 1);
    QVERIFY(!json(first).contains("reason"));
    const ProcessResult lost = print("certificate", QString::number(id), pdf("2.pdf"),
                                     aigerim + QStringList{"--reason", "lost"});
    QVERIFY2(lost.exitCode == 0, lost.err.constData());
    QCOMPARE(json(lost)["blank_serial"].toInteger(), 2);
    QCOMPARE(json(lost)["reason"].toString(), "lost");
    QCOMPARE(print("certificate", QString::number(id), pdf("x.pdf"),
                   aigerim + QStringList{"--reason", "coffee"})
                 .exitCode,
             2);
    // An old script without --reason still prints; the trail says it was not given.
    const ProcessResult unspecified =
        print("certificate", QString::number(id), pdf("3.pdf"), aigerim);
    QVERIFY2(unspecified.exitCode == 0, unspecified.err.constData());
    // Another clerk's blank is refused, naming its holder; one who holds none prints nothing.
    const ProcessResult others =
        print("certificate", QString::number(id), pdf("y.pdf"),
              {"--training", "--operator", "clerk.bolat", "--blank", "4", "--reason", "damaged"});
    QCOMPARE(others.exitCode, 1);
    QVERIFY2(others.err.contains("clerk.aigerim"), others.err.constData());
    QVERIFY(!QFile::exists(pdf("y.pdf")));
    QCOMPARE(print("certificate", QString::number(id), pdf("z.pdf"),
                   {"--training", "--operator", "clerk.dias", "--reason", "damaged"})
                 .exitCode,
             1);
    const QList<QJsonObject> printed = prints(id);
    QCOMPARE(printed.size(), 3);
    QVERIFY(!printed.at(0).contains("reason"));
    QCOMPARE(printed.at(1)["reason"].toString(), "lost");
    QCOMPARE(printed.at(2)["reason"].toString(), "unspecified");

    const ProcessResult back = blanks({"return", "--from", "clerk.aigerim"});
    QVERIFY2(back.exitCode == 0, back.err.constData());
    QCOMPARE(json(back)["returned"].toInteger(), 2);
    QCOMPARE(blanks({"return", "--from", "clerk.aigerim"}).exitCode, 1);
    QCOMPARE(blanks({"return"}).exitCode, 2);

    const QString today = QDate::currentDate().toString(Qt::ISODate);
    const ProcessResult clerk =
        blanks({"balance", "--json", "--operator", "clerk.aigerim", "--date", today});
    QVERIFY2(clerk.exitCode == 0, clerk.err.constData());
    const QJsonObject c = json(clerk);
    QCOMPARE(c["begin"].toInteger(), 0);
    QCOMPARE(c["received"].toInteger(), 5);
    QCOMPARE(c["issued"].toInteger(), 3);
    QCOMPARE(c["spoiled"].toInteger(), 0);
    QCOMPARE(c["returned"].toInteger(), 2);
    QCOMPARE(c["on_hand"].toInteger(), 0);
    QVERIFY(c["spoiled_serials"].isArray());
    QVERIFY(blanks({"spoil", "--serial", "7", "--reason", "jam"}).exitCode == 0);
    const QJsonObject office = json(blanks({"balance", "--json"}));
    QCOMPARE(office["received"].toInteger(), 20);
    QCOMPARE(office["issued"].toInteger(), 3);
    QCOMPARE(office["spoiled"].toInteger(), 1);
    QCOMPARE(office["returned"].toInteger(), 0);
    QCOMPARE(office["on_hand"].toInteger(), 16);
    const QJsonArray spoiled = office["spoiled_serials"].toArray();
    QCOMPARE(spoiled.size(), 1);
    QCOMPARE(spoiled.at(0)["serial"].toInteger(), 7);
    QCOMPARE(spoiled.at(0)["operator"].toString(), "clerk.bolat");
    QCOMPARE(blanks({"balance", "--date", "2026-02-30"}).exitCode, 2);
    QCOMPARE(blanks({"balance", "--to", today}).exitCode, 2);
    QCOMPARE(runCli({"audit", "verify", "--db", path()}).exitCode, 0);
}

QTEST_GUILESS_MAIN(TestPrintFromJournal)
#include "TestPrintFromJournal.moc"
