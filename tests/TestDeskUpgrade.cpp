#include "core/base/Language.h"
#include "core/operators/OperatorDirectory.h"
#include "core/store/Database.h"
#include "core/store/Migrations.h"
#include "server/TrainingRegistry.h"
#include "tests/ModalDialogs.h"
#include "tests/StoreTestData.h"
#include "ui/shell/DeskSession.h"
#include "ui/shell/LoginDialog.h"
#include "ui/shell/MainWindow.h"
#include "ui/widgets/MessageBar.h"

#include <QApplication>
#include <QCryptographicHash>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <functional>

using namespace iin;
using namespace iin::ui;

// The desk on a journal of the previous schema tells, once, that it upgraded it and where the
// backup is; on a journal of a newer schema it says why it does not start (docs/upgrades.md).
class TestDeskUpgrade : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void upgradeIsToldOnceInTheWindow();
    void newerJournalIsRefusedWithTheReason();

private:
    static void signInAsClerk()
    {
        test::whenVisible<LoginDialog>([](LoginDialog* login) {
            login->findChild<QLineEdit*>("loginLineEdit")->setText("clerk.aigerim");
            login->findChild<QLineEdit*>("passwordLineEdit")->setText("counter2026desk");
            login->findChild<QDialogButtonBox*>("loginButtonBox")
                ->button(QDialogButtonBox::Ok)
                ->click();
        });
    }
    static bool addClerk(Database& db)
    {
        return OperatorDirectory(db)
            .create("clerk.aigerim", "Clerk", Role::Clerk, "counter2026desk", "en", {},
                    QDateTime::currentDateTimeUtc())
            .ok();
    }
    QTemporaryDir m_dir;
};

void TestDeskUpgrade::initTestCase()
{
    QVERIFY(m_dir.isValid());
    Language::install("en");
    QSettings().clear();
}

void TestDeskUpgrade::upgradeIsToldOnceInTheWindow()
{
    QTemporaryDir data;
    const QString journal = m_dir.filePath("old/journal.sqlite");
    QVERIFY(QDir().mkpath(m_dir.filePath("old")));
    {
        Database::Options old;
        old.upToVersion = Migrations::latest() - 1;
        Result<std::unique_ptr<Database>> db = Database::open(journal, old);
        QVERIFY2(db, qPrintable(db.errorMessage()));
        QVERIFY(addClerk(**db));
        QVERIFY(iin::test::applicationWithIin(**db, 1) > 0);
    }
    signInAsClerk();
    DeskSession session(data.path(), journal, &server::TrainingRegistry::start);
    QVERIFY(session.start());
    MainWindow* window = session.mainWindow();
    QVERIFY(window);
    const QStringList backups =
        QDir(m_dir.filePath("old/upgrade-backups")).entryList({"*.sqlite"}, QDir::Files);
    QCOMPARE(backups.size(), 1);
    const QString text = window->messageBar()->text();
    QVERIFY2(text.contains(QString("upgraded from schema %1 to %2")
                               .arg(Migrations::latest() - 1)
                               .arg(Migrations::latest())),
             qPrintable(text));
    QVERIFY2(text.contains(backups[0]), qPrintable(text));
    QCOMPARE(iin::test::scalar(*iin::test::openOrFail(journal), "PRAGMA user_version").toInt(),
             Migrations::latest());
}

void TestDeskUpgrade::newerJournalIsRefusedWithTheReason()
{
    QTemporaryDir data;
    const QString journal = m_dir.filePath("newer/journal.sqlite");
    QVERIFY(QDir().mkpath(m_dir.filePath("newer")));
    {
        auto db = iin::test::openOrFail(journal);
        QVERIFY(db);
        QVERIFY(addClerk(*db));
        QVERIFY(iin::test::execSql(
            *db, QString("PRAGMA user_version=%1").arg(Migrations::latest() + 1)));
    }
    const auto digest = [&] {
        QFile f(journal);
        f.open(QIODevice::ReadOnly);
        return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
    };
    const QByteArray before = digest();
    QString shown;
    test::whenVisible<QMessageBox>([&](QMessageBox* box) {
        shown = box->text();
        box->button(QMessageBox::Ok) ? box->button(QMessageBox::Ok)->click() : box->accept();
    });
    DeskSession session(data.path(), journal, &server::TrainingRegistry::start);
    QVERIFY(!session.start());
    QVERIFY(!session.mainWindow());
    QVERIFY2(shown.contains(QString("schema is %1").arg(Migrations::latest() + 1)),
             qPrintable(shown));
    QVERIFY2(shown.contains("newer version"), qPrintable(shown));
    QCOMPARE(digest(), before);
}

QTEST_MAIN(TestDeskUpgrade)
#include "TestDeskUpgrade.moc"
