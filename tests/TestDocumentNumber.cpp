// One spelling of a document number for the desk and the registry (DocumentNumber): look-alike
// letters, full-width forms and separators at the intake, in the journal's keys and search, in
// the duplicate pre-check, and after journal migration 8 re-keyed an older file.
#include "core/application/ApplicationKeys.h"
#include "core/application/ApplicationValidator.h"
#include "core/journal/Journal.h"
#include "core/person/DocumentNumber.h"
#include "core/store/Database.h"
#include "core/store/Migrations.h"
#include "tests/ApplicationSamples.h"
#include "tests/StoreTestData.h"

#include <QTemporaryDir>
#include <QTest>

using namespace iin;
using namespace iin::test;

class TestDocumentNumber : public QObject
{
    Q_OBJECT

private slots:
    void keys_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("key");
        QTest::newRow("latin") << "FA1234567"
                               << "FA1234567";
        QTest::newRow("cyrillic А") << QString::fromUtf8("FА1234567") << "FA1234567";
        QTest::newRow("cyrillic lower") << QString::fromUtf8("ас5550001") << "AC5550001";
        QTest::newRow("all cyrillic look-alikes")
            << QString::fromUtf8("АВСЕНКМОРТХУ") << "ABCEHKMOPTXY";
        QTest::newRow("kazakh І Ү") << QString::fromUtf8("ІҮ12") << "IY12";
        QTest::newRow("greek") << QString::fromUtf8("ΑΒΕΗΙΚΜΝΟΡΤΥΧΖ9") << "ABEHIKMNOPTYXZ9";
        QTest::newRow("full-width") << QString::fromUtf8("ＡＣ７６５４３２１") << "AC7654321";
        QTest::newRow("separators") << "ac 555-00.01"
                                    << "AC5550001";
        QTest::newRow("numero sign") << QString::fromUtf8("№ N 12345") << "N12345";
        QTest::newRow("no-break space") << QString::fromUtf8("N\u00a012345") << "N12345";
        QTest::newRow("arabic-indic digits") << QString::fromUtf8("N١٢٣") << "N123";
        QTest::newRow("math bold") << QString::fromUtf8("\U0001D400\U0001D402") << "AC";
        // A letter with no Latin look-alike stays itself: it cannot meet a Latin number.
        QTest::newRow("cyrillic Д") << QString::fromUtf8("Д123") << QString::fromUtf8("Д123");
        QTest::newRow("empty") << ""
                               << "";
        QTest::newRow("only separators") << " - . "
                                         << "";
    }

    void keys()
    {
        QFETCH(QString, typed);
        QFETCH(QString, key);
        QCOMPARE(DocumentNumber::key(typed), key);
        QCOMPARE(ApplicationKeys::documentNumber(typed), key);
        QCOMPARE(DocumentNumber::key(key), key); // a key is its own key
    }

    void cyrillicIsRefusedAtIntake()
    {
        QVERIFY(DocumentNumber::hasCyrillic(QString::fromUtf8("FА1234567")));
        QVERIFY(!DocumentNumber::hasCyrillic(QString::fromUtf8("ＦＡ1234567")));
        QVERIFY(!DocumentNumber::hasCyrillic(QString::fromUtf8("ΑC1")));

        Application a = sampleApplication(0);
        a.identityDocument->number = QString::fromUtf8("FА1234567"); // Cyrillic А
        const Findings findings = ApplicationValidator::validate(a, QDate(2026, 11, 20));
        const auto it = std::find_if(findings.cbegin(), findings.cend(), [](const Finding& f) {
            return f.code == "field.identity_document.number.script";
        });
        QVERIFY2(it != findings.cend(), "no finding for the Cyrillic letter");
        QCOMPARE(it->field, QString("identity_document.number"));
        QCOMPARE(it->severity, Severity::InvalidField);
        QVERIFY(it->message.contains("identity_document.number"));
        QVERIFY(it->message.contains("Latin"));

        // Full-width or spaced Latin is no script fault (the key folds it).
        a.identityDocument->number = "FA 123 4567";
        for (const Finding& f : ApplicationValidator::validate(a, QDate(2026, 11, 20)))
            QVERIFY2(!f.code.startsWith("field.identity_document.number"), qPrintable(f.code));
    }

    void journalFindsLookAlikes()
    {
        QTemporaryDir dir;
        auto db = openOrFail(dir.filePath("journal.sqlite"));
        QVERIFY(db);
        Journal journal(*db);
        Application first = sampleApplication(3);
        first.identityDocument->number = QString::fromUtf8("FА1234567"); // from a file
        STORE_VERIFY(journal.registerApplication(intakeOf(first), sampleDesk()));

        // The duplicate pre-check: the same document typed in Latin, another spelling of the name.
        Application second = sampleApplication(40);
        second.identityDocument->number = "FA 1234567";
        const Result<QList<DuplicateMatch>> dups = journal.likelyDuplicates(second);
        STORE_VERIFY(dups);
        QCOMPARE(dups->size(), 1);
        QVERIFY(dups->first().reasons.contains("document"));

        for (const char* text : {"FA1234567", "ＦＡ１２３４５６７", "fa-123-4567"}) {
            JournalQuery q;
            q.text = QString::fromUtf8(text);
            const Result<QList<JournalEntry>> found = journal.search(q);
            STORE_VERIFY(found);
            QCOMPARE(found->size(), 1);
        }
    }

    // A journal of schema 7 whose keys were made the old way (letters and digits as typed,
    // upper case): migration 8 spells them as DocumentNumber does.
    void migrationEightRekeysTheJournal()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("journal.sqlite");
        {
            Result<std::unique_ptr<Database>> v7 = Database::open(path, {5000, 7});
            QVERIFY2(v7, qPrintable(v7.errorMessage()));
            QCOMPARE((*v7)->schemaVersion(), 7);
            Journal journal(**v7);
            Application a = sampleApplication(5);
            a.identityDocument->number =
                QString::fromUtf8("ＦА 765-4321"); // full-width F, Cyrillic А
            STORE_VERIFY(journal.registerApplication(intakeOf(a), sampleDesk()));
            // What version 7 stored: letters and digits as typed.
            QVERIFY(execSql(**v7, QString::fromUtf8("UPDATE applications SET document_key = "
                                                    "'ＦА7654321'")));
            QCOMPARE(scalar(**v7, "SELECT count(*) FROM pragma_table_info('outbox')"
                                  " WHERE name = 'review_id'")
                         .toInt(),
                     0);
        }
        auto db = openOrFail(path);
        QVERIFY(db);
        QCOMPARE(db->schemaVersion(), Migrations::latest());
        QVERIFY(Migrations::latest() >= 8);
        QCOMPARE(scalar(*db, "SELECT document_key FROM applications").toString(),
                 QString("FA7654321"));
        QCOMPARE(scalar(*db, "SELECT count(*) FROM outbox WHERE review_id IS NULL").toInt(), 1);
        Journal journal(*db);
        Application same = sampleApplication(60);
        same.identityDocument->number = "FA7654321";
        const Result<QList<DuplicateMatch>> dups = journal.likelyDuplicates(same);
        STORE_VERIFY(dups);
        QCOMPARE(dups->size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestDocumentNumber)
#include "TestDocumentNumber.moc"
