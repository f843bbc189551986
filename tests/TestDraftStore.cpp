#include "core/application/ApplicationJson.h"
#include "core/desk/DraftStore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace iin;

// Drafts of unfinished applications: saved atomically, read back whole even when half filled,
// listed newest first; damaged files are reported and left in place.
class TestDraftStore : public QObject
{
    Q_OBJECT

private slots:
    void halfFilledRoundTrip();
    void listNewestFirstAndDiscard();
    void damagedFileIsReportedNotDeleted();
    void idsCannotEscapeTheFolder();
};

void TestDraftStore::halfFilledRoundTrip()
{
    QTemporaryDir dir;
    DraftStore store(dir.filePath("drafts"));
    Draft d;
    d.id = DraftStore::newId();
    d.savedAt = QDateTime(QDate(2026, 11, 24), QTime(10, 15), Qt::UTC);
    d.operatorLogin = "clerk1";
    d.application.nameCyrillic.surname = "Қасымов";
    d.application.citizenship = "UZB";
    d.application.representative = Representative{};
    d.application.representative->powerOfAttorney.notarized = true;
    d.application.attachments.append(
        {AttachmentKind::Photo, "photo.jpg", QString(64, '0'), "image/jpeg", false, false, {}});
    d.attachmentFiles.insert(QString(64, '0'), "/scans/photo.jpg");
    // No birth date, no submission date, no document: still a draft worth keeping.
    QVERIFY2(store.save(d).ok(), "save");
    const auto back = store.load(d.id);
    QVERIFY2(back.ok(), qPrintable(back.errorMessage()));
    QCOMPARE(back->application, d.application);
    QCOMPARE(back->operatorLogin, d.operatorLogin);
    QCOMPARE(back->savedAt, d.savedAt);
    QCOMPARE(back->attachmentFiles, d.attachmentFiles);
    // Only drafts are read leniently: the format itself stays strict.
    QVERIFY(!ApplicationJson::fromObject(ApplicationJson::toJson(d.application)).application);
    QVERIFY(ApplicationJson::parseDraft(ApplicationJson::toJson(d.application)).application);
    // Saved again over the same file: still one draft, the newer content.
    d.application.nameCyrillic.givenName = "Ерлан";
    QVERIFY(store.save(d).ok());
    QCOMPARE(store.drafts().size(), 1);
    QCOMPARE(store.drafts().first().application.nameCyrillic.givenName, QString("Ерлан"));
    QCOMPARE(QDir(store.folder()).entryList(QDir::Files).size(), 1); // no temporary leftovers
    QCOMPARE(QFileInfo(store.folder()).permissions() & (QFile::ReadOther | QFile::ReadGroup),
             QFile::Permissions());
}

void TestDraftStore::listNewestFirstAndDiscard()
{
    QTemporaryDir dir;
    DraftStore store(dir.filePath("drafts"));
    QStringList ids;
    for (int i = 0; i < 3; ++i) {
        Draft d;
        d.id = DraftStore::newId();
        d.savedAt = QDateTime(QDate(2026, 11, 24), QTime(9, i), Qt::UTC);
        d.application.nameLatin.surname = QString("PERSON%1").arg(i);
        QVERIFY(store.save(d).ok());
        ids << d.id;
    }
    const QList<Draft> list = store.drafts();
    QCOMPARE(list.size(), 3);
    QCOMPARE(list.first().id, ids.last());
    QVERIFY(store.discard(ids.at(1)).ok());
    QCOMPARE(store.drafts().size(), 2);
    QVERIFY(!store.load(ids.at(1)).ok());
}

void TestDraftStore::damagedFileIsReportedNotDeleted()
{
    QTemporaryDir dir;
    DraftStore store(dir.filePath("drafts"));
    Draft d;
    d.id = DraftStore::newId();
    d.savedAt = QDateTime::currentDateTimeUtc();
    d.application.nameLatin.surname = "SMITH";
    QVERIFY(store.save(d).ok());
    const QString broken = DraftStore::newId();
    QFile file(store.folder() + "/" + broken + ".draft.json");
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("{\"draft_format\": 1, \"id\": \"" + broken.toUtf8() + "\", \"applic");
    file.close();
    QStringList unreadable;
    QCOMPARE(store.drafts(&unreadable).size(), 1);
    QCOMPARE(unreadable.size(), 1);
    QVERIFY(QFile::exists(file.fileName()));
}

void TestDraftStore::idsCannotEscapeTheFolder()
{
    QTemporaryDir dir;
    DraftStore store(dir.filePath("drafts"));
    Draft d;
    d.id = "../../etc/passwd";
    QVERIFY(!store.save(d).ok());
    QVERIFY(!store.load("../x").ok());
    QVERIFY(!store.discard("../x").ok());
}

QTEST_GUILESS_MAIN(TestDraftStore)
#include "TestDraftStore.moc"
