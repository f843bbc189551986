#include "core/base/Language.h"
#include "core/operators/OperatorDirectory.h"
#include "core/store/Database.h"
#include "server/TrainingRegistry.h"
#include "tests/IntakeTyping.h"
#include "tests/KeyboardDriver.h"
#include "tests/StoreTestData.h"
#include "tests/TestSupport.h"
#include "ui/handover/HandoverDialog.h"
#include "ui/journal/ApplicationView.h"
#include "ui/journal/JournalPage.h"
#include "ui/printing/DeskPrinter.h"
#include "ui/printing/PrintPreviewDialog.h"
#include "ui/shell/DeskSession.h"
#include "ui/shell/LoginDialog.h"
#include "ui/shell/MainWindow.h"

#include <QAction>
#include <QApplication>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace iin;
using namespace iin::ui;
using namespace iin::test;

// A clerk's whole day with one applicant, through the real desk as it starts (sign-in, the
// journal on its thread, the embedded training registry and the sync worker): the application
// typed and registered, its receipt printed, the IIN formed by the registry, then — switched to
// Kazakh at run time — the application found in the journal, its certificate printed and its
// handover recorded; the audit trail verifies at the end.
class TestDeskWorkday : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void intakeToHandover();

private:
    QString statusOf(const QString& journal, const QString& number)
    {
        auto db = Database::open(journal);
        if (!db)
            return {};
        return scalar(**db, QStringLiteral("SELECT status FROM applications WHERE "
                                           "registration_number = '%1'")
                                .arg(number))
            .toString();
    }
    // The preview the main window opened, once its pages are painted.
    static PrintPreviewDialog* preview(MainWindow* window)
    {
        PrintPreviewDialog* dialog = nullptr;
        // The callers check what comes back: null, or a preview not ready, fails them.
        (void)QTest::qWaitFor(
            [&] {
                dialog = window->findChild<PrintPreviewDialog*>();
                return dialog && dialog->isVisible() && dialog->isReady();
            },
            20000);
        return dialog;
    }
};

void TestDeskWorkday::initTestCase()
{
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
        QSKIP("pdftotext (poppler-utils) is not installed");
    Language::install(QStringLiteral("en"));
    QSettings().clear();
    QSettings settings;
    settings.setValue("desk/officeCode", "ALM01");
    settings.setValue("desk/deskCode", "02");
    settings.setValue("desk/printer", "Counter printer");
    settings.setValue("print/officeNameKk", "Алматы қаласы ПД КҚБ");
    settings.setValue("print/officeNameRu", "УМП ДП города Алматы");
}

void TestDeskWorkday::cleanupTestCase()
{
    DeskPrinter::setPrinterOutputForTesting({});
    QSettings().clear();
    Language::install(QStringLiteral("en"));
}

void TestDeskWorkday::intakeToHandover()
{
    QTemporaryDir dir;
    const QString journal = dir.filePath("journal.sqlite");
    {
        auto db = Database::open(journal);
        QVERIFY(db.ok());
        OperatorDirectory accounts(**db);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QVERIFY(accounts.create("admin", "Әкімші", Role::Administrator, "admin2026desk", "en", {},
                                now));
        QVERIFY(accounts.create("aigerim", "Нұрланқызы Әйгерім", Role::Clerk, "counter2026desk",
                                "en", "admin", now));
    }

    // Signing in.
    auto* signIn = new QTimer(qApp);
    signIn->setInterval(20);
    connect(signIn, &QTimer::timeout, signIn, [signIn] {
        for (QWidget* w : QApplication::topLevelWidgets()) {
            if (auto* login = qobject_cast<LoginDialog*>(w); login && login->isVisible()) {
                signIn->stop();
                signIn->deleteLater();
                login->findChild<QLineEdit*>("loginLineEdit")->setText("aigerim");
                login->findChild<QLineEdit*>("passwordLineEdit")->setText("counter2026desk");
                login->findChild<QDialogButtonBox*>("loginButtonBox")
                    ->button(QDialogButtonBox::Ok)
                    ->click();
                return;
            }
        }
    });
    signIn->start();
    DeskSession session(dir.filePath("desk"), journal, &server::TrainingRegistry::start);
    QVERIFY(session.start());
    MainWindow* window = session.mainWindow();
    QVERIFY(window);
    QVERIFY(QTest::qWaitForWindowActive(window));
    QVERIFY(window->isTrainingMode());

    // The application, typed from the keyboard and registered with Ctrl+Enter; the receipt of
    // acceptance is previewed and printed with Enter.
    const QString receipt = dir.filePath("receipt.pdf");
    DeskPrinter::setPrinterOutputForTesting(receipt);
    QVERIFY(typeSampleApplication(window, QDir(dir.path()), true));
    key(Qt::Key_Return, Qt::ControlModifier);
    PrintPreviewDialog* dialog = preview(window);
    QVERIFY(dialog);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(receipt), 20000);
    QTRY_VERIFY(!window->findChild<PrintPreviewDialog*>());
    const QString receiptText = pdfText(receipt);
    QVERIFY2(receiptText.contains("Расписка о приеме документов"), qPrintable(receiptText));
    static const QRegularExpression numberPattern("ALM01-02-\\d{6}-[0-9A-Z]");
    const QString number = numberPattern.match(receiptText).captured();
    QVERIFY2(!number.isEmpty(), qPrintable(receiptText));

    // The sync worker sends it to the training registry, which forms the IIN.
    QTRY_COMPARE_WITH_TIMEOUT(statusOf(journal, number), QString("iin_assigned"), 60000);

    // The rest of the day in Kazakh, switched from the menu.
    window->findChild<QAction*>("kazakhAction")->trigger();
    QCOMPARE(Language::current(), QString("kk"));

    // The journal: Ctrl+J, the number, Enter to search, Enter to open.
    key(Qt::Key_J, Qt::ControlModifier);
    QTRY_COMPARE(focus(), window->journalPage()->findChild<QLineEdit*>("searchLineEdit"));
    type(number);
    enter();
    auto* table = window->journalPage()->findChild<QTableView*>();
    QTRY_COMPARE(table->model()->rowCount(), 1);
    QTRY_COMPARE(focus(), table);
    enter();
    ApplicationView* view = nullptr;
    QTRY_VERIFY((view = window->applicationViews().value(0)) && view->isLoaded());

    // The certificate: its button (reached from the keyboard), the preview, Enter.
    const QString certificate = dir.filePath("certificate.pdf");
    DeskPrinter::setPrinterOutputForTesting(certificate);
    auto* print = view->findChild<QPushButton*>("printCertificateButton");
    QVERIFY(print->isEnabled());
    print->setFocus();
    key(Qt::Key_Space);
    dialog = preview(window);
    QVERIFY(dialog);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(certificate), 20000);
    QTRY_COMPARE(statusOf(journal, number), QString("certificate_printed"));
    const QString certificateText = pdfText(certificate);
    QVERIFY2(certificateText.contains("ТІРКЕУ КУӘЛІГІ"), qPrintable(certificateText));
    QVERIFY(certificateText.contains("KARIMOVA"));

    // The handover to the person, on the passport presented (paragraph 11-1).
    QTRY_VERIFY(view->findChild<QPushButton*>("handoverButton")->isEnabled());
    auto* handover = view->findChild<QPushButton*>("handoverButton");
    handover->setFocus();
    key(Qt::Key_Space);
    HandoverDialog* handoverDialog = nullptr;
    QTRY_VERIFY((handoverDialog = window->findChild<HandoverDialog*>()) &&
                handoverDialog->isVisible());
    QVERIFY(QTest::qWaitForWindowActive(handoverDialog));
    handoverDialog->findChild<QLineEdit*>("documentNumberLineEdit")->setFocus();
    QTRY_COMPARE(focus(), handoverDialog->findChild<QLineEdit*>("documentNumberLineEdit"));
    type("FA1234567");
    enter();
    QTRY_COMPARE(statusOf(journal, number), QString("handed_over"));

    // Every step is in the audit trail, and the chain holds.
    // Signed in: the journal has accounts.
    qputenv("IIN_DESK_PASSWORD", "admin2026desk");
    const ProcessResult verified = runCli({"audit", "verify", "--db", journal, "--as", "admin"});
    qunsetenv("IIN_DESK_PASSWORD");
    QVERIFY2(verified.exitCode == 0, verified.err.constData());
}

QTEST_MAIN(TestDeskWorkday)
#include "TestDeskWorkday.moc"
