#include "tests/StoreTestData.h"
#include "tests/TestSupport.h"

#include "core/base/Redaction.h"
#include "core/desk/DeskSettings.h"
#include "core/journal/Journal.h"
#include "core/journal/Outbox.h"
#include "core/operators/OperatorDirectory.h"
#include "core/store/AuditTrail.h"
#include "core/store/Database.h"

#include <QRegularExpression>
#include <QSettings>
#include <QTemporaryDir>
#include <QTemporaryFile>
#include <QTest>

using namespace iin;
using namespace iin::test;

// The diagnostics bundle for support (docs/diagnostics.md): a journal full of personal data and
// settings holding a desk token go in; the real command line writes the zip; none of the names,
// document numbers, IINs or the token come out, while the versions, the counts and "***" do.
class TestDiagnostics : public QObject
{
    Q_OBJECT

private slots:
    void redactionRemovesPersonalDataAndSecrets();
    void bundleHoldsNoPersonalData();
};

void TestDiagnostics::redactionRemovesPersonalDataAndSecrets()
{
    Redaction r;
    r.addTerm("Қасымов");
    r.addTerm("QASYMOV");
    r.addTerm("x"); // too short to be a term: ordinary words stay
    const QString out = r.apply("rejected: қасымов / QASYMOV, doc N12345678, IIN 800101300016, "
                                "token=desk7:s3cr3t; password: \"hunter 2\" at ALM01-02-000017-R "
                                "x 2026-12-06T03:10:00Z");
    QVERIFY2(!out.contains("асымов", Qt::CaseInsensitive), qPrintable(out));
    QVERIFY2(!out.contains("QASYMOV", Qt::CaseInsensitive), qPrintable(out));
    QVERIFY2(!out.contains("12345678"), qPrintable(out));
    QVERIFY2(!out.contains("800101300016"), qPrintable(out));
    QVERIFY2(!out.contains("s3cr3t"), qPrintable(out));
    QVERIFY2(!out.contains("hunter"), qPrintable(out));
    QVERIFY2(out.contains("token=***"), qPrintable(out));
    QVERIFY2(out.contains(Redaction::RemovedIin), qPrintable(out));
    // What support needs stays: the registration number, the time.
    QVERIFY2(out.contains("ALM01-02-000017-R"), qPrintable(out));
    QVERIFY2(out.contains("2026-12-06T03:10:00Z"), qPrintable(out));
    QVERIFY2(out.contains(" x "), qPrintable(out));
    // A credential after "Bearer", in a header or alone; ordinary words after "key" stay.
    const QString header = r.apply("Authorization: Bearer abc.def; then Bearer ghi.jkl");
    QVERIFY2(!header.contains("abc") && !header.contains("ghi"), qPrintable(header));
    QCOMPARE(r.apply("the key file is missing"), QString("the key file is missing"));
}

void TestDiagnostics::bundleHoldsNoPersonalData()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString journalPath = dir.filePath("journal.sqlite");
    QStringList personal;
    QStringList registrationNumbers;
    {
        std::unique_ptr<Database> db = openOrFail(journalPath);
        QVERIFY(db);
        Journal journal(*db);
        for (int n = 0; n < 6; ++n) {
            const Intake intake = sampleIntake(n);
            const Result<Registration> r = journal.registerApplication(intake, sampleDesk());
            QVERIFY2(r, qPrintable(r.errorMessage()));
            registrationNumbers << r->registrationNumber;
            const Application& a = intake.application;
            for (const QString& s :
                 {a.nameCyrillic.surname, a.nameCyrillic.givenName, a.nameCyrillic.patronymic,
                  a.nameLatin.surname, a.nameLatin.givenName, a.nameLatin.patronymic})
                if (!s.isEmpty())
                    personal << s;
            if (a.identityDocument)
                personal << a.identityDocument->number;
        }
        // Two formed with an IIN, one rejected and two failures whose texts quote the person,
        // one left in flight.
        Outbox outbox(*db);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const Result<QList<OutboxEntry>> due = outbox.takeDue(now.addSecs(60), 100, "sync");
        QVERIFY(due);
        QCOMPARE(due->size(), 6);
        const QString iin = "800101300016";
        personal << iin << "900202400027";
        QVERIFY(outbox.recordAnswer(due->at(0).id, formedAnswer(due->at(0), iin), now, "sync"));
        QVERIFY(outbox.recordAnswer(due->at(1).id, formedAnswer(due->at(1), iin), now, "sync"));
        const Application a2 = sampleApplication(2);
        QVERIFY(
            outbox.recordAnswer(due->at(2).id,
                                rejectedAnswer(due->at(2), "duplicate of " + a2.nameLatin.surname +
                                                               " IIN 900202400027"),
                                now, "sync"));
        for (int i : {3, 4}) {
            const Application a = sampleApplication(i);
            QVERIFY(outbox.recordFailure(
                due->at(i).id,
                QString("HTTP 400: surname %1 (%2), document %3, token=desk7:s3cr3t-T0ken")
                    .arg(a.nameCyrillic.surname, a.nameLatin.givenName, a.identityDocument->number),
                FailureKind::Permanent, now));
        }
        OperatorDirectory directory(*db);
        QVERIFY(
            directory.create("admin", "A", Role::Administrator, "pw-admin-0001", "en", {}, now));
        QVERIFY(directory.create("supervisor.dana", "D", Role::Supervisor, "pw-super-0001", "en",
                                 "admin", now));
        QVERIFY(directory.create("clerk.aigerim", "A", Role::Clerk, "pw-clerk-0001", "en", "admin",
                                 now));
    }
    const QString token = "desk7:s3cr3t-T0ken";
    personal << token << "s3cr3t";
    {
        QSettings settings(QStringLiteral("IIN Desk"), QStringLiteral("iin-desk"));
        DeskSettings desk;
        desk.registryUrl = "https://registry.example.kz";
        desk.deskId = "desk7";
        desk.deskToken = token;
        desk.officeCode = "ALM01";
        desk.deskCode = "02";
        QVERIFY(desk.save(settings));
        settings.setValue("backup/publicKeyFile", "/media/usb/recovery.pub");
        settings.setValue("test/adminPassword", "pw-admin-0001");
        settings.sync();
    }
    personal << "pw-admin-0001";

    const auto passwordFile = [&](const QByteArray& password) {
        auto file = std::make_unique<QTemporaryFile>(dir.filePath("pw-XXXXXX"));
        file->open();
        file->write(password);
        file->flush();
        return file;
    };
    const auto superPassword = passwordFile("pw-super-0001");
    const auto clerkPassword = passwordFile("pw-clerk-0001");
    const QString bundle = dir.filePath("bundle.zip");

    // A clerk may not write it.
    ProcessResult r = runCli({"diagnostics", "--db", journalPath, "--as", "clerk.aigerim",
                              "--password-file", clerkPassword->fileName(), "--out", bundle});
    QCOMPARE(r.exitCode, 4);
    QVERIFY(!QFile::exists(bundle));

    r = runCli({"diagnostics", "--db", journalPath, "--as", "supervisor.dana", "--password-file",
                superPassword->fileName(), "--out", bundle});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY(QFile::exists(bundle));

    const ProcessResult listing = runProcess("unzip", {"-Z1", bundle});
    QCOMPARE(listing.exitCode, 0);
    QStringList names = QString::fromUtf8(listing.out).split('\n', Qt::SkipEmptyParts);
    names.sort();
    QCOMPARE(names, QStringList({"integrity.txt", "log.txt", "outbox.json", "settings.txt",
                                 "versions.txt"}));
    const ProcessResult unzipped = runProcess("unzip", {"-p", bundle});
    QCOMPARE(unzipped.exitCode, 0);
    const QString text = QString::fromUtf8(unzipped.out);
    // As a word, so that the two-letter surname "LI" is not found inside "Linux".
    for (const QString& p : std::as_const(personal)) {
        const QRegularExpression word("(?<!\\w)" + QRegularExpression::escape(p) + "(?!\\w)",
                                      QRegularExpression::CaseInsensitiveOption |
                                          QRegularExpression::UseUnicodePropertiesOption);
        QVERIFY2(!text.contains(word),
                 qPrintable(QString("\"%1\" is in the bundle:\n%2").arg(p, text)));
    }
    QVERIFY(!text.contains("s3cr3t"));

    QVERIFY2(text.contains(QString("qt: %1").arg(QString::fromLatin1(qVersion()))),
             qPrintable(text));
    QVERIFY(text.contains("sqlite: 3."));
    QVERIFY(text.contains("program: iin-desk "));
    QVERIFY(text.contains("integrity_check: ok"));
    QVERIFY(text.contains("audit_chain: ok"));
    QVERIFY(text.contains("\"done\": 2"));
    QVERIFY(text.contains("\"rejected\": 1"));
    QVERIFY(text.contains("\"pending\": 2"));
    QVERIFY(text.contains("\"in_flight\": 1"));
    QVERIFY2(text.contains("registry/deskToken = ***"), qPrintable(text));
    QVERIFY(text.contains("test/adminPassword = ***"));
    QVERIFY(text.contains("/media/usb/recovery.pub")); // file paths stay
    QVERIFY(text.contains("application.created application:1"));
    // The last errors name their applications by registration number only.
    QVERIFY2(text.contains(registrationNumbers[3]), qPrintable(text));
    QVERIFY(text.contains(registrationNumbers[4]));

    // An existing file is refused; the export is audited.
    r = runCli({"diagnostics", "--db", journalPath, "--as", "supervisor.dana", "--password-file",
                superPassword->fileName(), "--out", bundle});
    QCOMPARE(r.exitCode, 2);
    r = runCli({"diagnostics", "--db", journalPath, "--as", "supervisor.dana"});
    QCOMPARE(r.exitCode, 2);
    std::unique_ptr<Database> db = openOrFail(journalPath);
    QVERIFY(db);
    QCOMPARE(scalar(*db, "SELECT count(*) FROM audit_log WHERE action = 'diagnostics.exported'"
                         " AND operator = 'supervisor.dana'")
                 .toInt(),
             1);
}

QTEST_GUILESS_MAIN(TestDiagnostics)
#include "TestDiagnostics.moc"
