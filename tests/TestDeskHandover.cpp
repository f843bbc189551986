#include "tests/KeyboardDriver.h"
#include "tests/StoreTestData.h"

#include "core/application/RegistrationNumber.h"
#include "core/base/Language.h"
#include "core/services/StoreThread.h"
#include "core/store/AuditTrail.h"
#include "core/store/Database.h"
#include "ui/handover/HandoverDialog.h"
#include "ui/shell/MainWindow.h"
#include "ui/widgets/MessageBar.h"

#include <QApplication>
#include <QComboBox>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace iin;
using namespace iin::test;
using namespace iin::ui;

// The handover of the certificate (paragraph 11-1) at the desk, the way a clerk records it:
// Application > Record handover (Ctrl+Shift+H), the registration number typed, the way chosen
// with the arrow keys, the fields typed and tabbed through, Enter; the answer of the journal's
// thread in the message bar and the journal file checked through a connection of the test's own.
class TestDeskHandover : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void representativeByKeyboard();
    void digitalDocumentFromTheSlot();
    void otherStatusIsSaidBeforeTyping();
    void journalRefusalKeepsTheDialog();
    void roleWithoutThePermissionCannot();
    void documentOnFileAndAnotherNumber();

private:
    QString journalPath() const { return m_dir->filePath("journal.sqlite"); }
    void startWindow(const Operator& op);
    // Ctrl+Shift+H and the number typed; the dialog once it is up (null if it is not).
    HandoverDialog* askFor(const QString& number);
    HandoverDialog* waitForDialog();
    QString status(qint64 id);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<StoreThread> m_journal;
    std::unique_ptr<MainWindow> m_window;
    qint64 m_printed = 0;
    QString m_printedNumber;
    qint64 m_registered = 0;
    QString m_registeredNumber;
    Operator m_clerk{1, "clerk1", "Нұрланқызы Әйгерім", Role::Clerk, "en", true};
};

void TestDeskHandover::initTestCase()
{
    Language::install("en");
}

void TestDeskHandover::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    // One application brought to certificate_printed through core, one only registered.
    auto db = openOrFail(journalPath());
    QVERIFY(db);
    const Result<qint64> printed = printedApplication(*db, 0);
    QVERIFY2(printed, qPrintable(printed.errorMessage()));
    m_printed = *printed;
    Journal journal(*db);
    m_printedNumber = journal.entry(m_printed).value()->registrationNumber;
    const Result<Registration> registered =
        journal.registerApplication(sampleIntake(1), sampleDesk());
    QVERIFY(registered);
    m_registered = registered->applicationId;
    m_registeredNumber = registered->registrationNumber;
    db.reset();
    startWindow(m_clerk);
}

void TestDeskHandover::startWindow(const Operator& op)
{
    m_window.reset();
    m_journal = std::make_unique<StoreThread>(journalPath(), Database::OpenCheck::Full, "journal");
    m_window = std::make_unique<MainWindow>(nullptr, nullptr, op);
    m_window->setJournal(m_journal.get(), "ALM01", "02");
    m_window->show();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
}

void TestDeskHandover::cleanup()
{
    m_window.reset();
    m_journal.reset();
    m_dir.reset();
}

QString TestDeskHandover::status(qint64 id)
{
    auto db = openOrFail(journalPath());
    return db ? scalar(*db, QString("SELECT status FROM applications WHERE id = %1").arg(id))
                    .toString()
              : QString();
}

HandoverDialog* TestDeskHandover::waitForDialog()
{
    HandoverDialog* dialog = nullptr;
    if (!QTest::qWaitFor([&] {
            dialog = m_window->findChild<HandoverDialog*>();
            return dialog && dialog->isVisible() && QApplication::activeWindow() == dialog;
        }))
        return nullptr;
    return dialog;
}

HandoverDialog* TestDeskHandover::askFor(const QString& number)
{
    QTest::keyClick(m_window.get(), Qt::Key_H, Qt::ControlModifier | Qt::ShiftModifier);
    QInputDialog* ask = nullptr;
    if (!QTest::qWaitFor([&] {
            ask = m_window->findChild<QInputDialog*>("handoverNumberDialog");
            return ask && ask->isVisible() && qobject_cast<QLineEdit*>(focus());
        }))
        return nullptr;
    type(number);
    enter();
    return waitForDialog();
}

void TestDeskHandover::representativeByKeyboard()
{
    QSignalSpy recorded(m_window.get(), &MainWindow::handoverRecorded);
    // Read aloud at the counter and typed in lower case: the number is found all the same.
    HandoverDialog* dialog = askFor(m_printedNumber.toLower());
    QVERIFY(dialog);
    QVERIFY(dialog->windowTitle().contains(m_printedNumber));
    QCOMPARE(focus()->objectName(), "applicantRadioButton");
    QCOMPARE(dialog->recipient(), HandoverRecipient::Applicant);
    // The person's way shows only the document.
    QVERIFY(child<QWidget>(dialog, "documentNumberLineEdit")->isVisible());
    QVERIFY(!child<QWidget>(dialog, "representativeNameLineEdit")->isVisible());
    QVERIFY(!child<QWidget>(dialog, "digitalReferenceLineEdit")->isVisible());

    key(Qt::Key_Down);
    QCOMPARE(dialog->recipient(), HandoverRecipient::DigitalDocument);
    QVERIFY(child<QWidget>(dialog, "digitalReferenceLineEdit")->isVisible());
    key(Qt::Key_Down);
    QCOMPARE(dialog->recipient(), HandoverRecipient::Representative);
    QVERIFY(!child<QWidget>(dialog, "digitalReferenceLineEdit")->isVisible());
    for (const char* name : {"representativeNameLineEdit", "powerOfAttorneyNumberLineEdit",
                             "powerOfAttorneyDateLineEdit", "powerOfAttorneyIssuedByLineEdit",
                             "powerOfAttorneyValidUntilLineEdit"}) {
        QWidget* w = child<QWidget>(dialog, name);
        QVERIFY2(w->isVisible() && w->isEnabled(), name);
        QVERIFY2(!w->accessibleName().isEmpty(), name);
    }

    // Tab goes through the representative's fields in order, past the hidden ones.
    key(Qt::Key_Tab);
    QCOMPARE(focus()->objectName(), "representativeNameLineEdit");
    type("Сейтқали Дәурен");
    key(Qt::Key_Tab);
    QCOMPARE(focus()->objectName(), "documentTypeComboBox");
    type("I"); // "Identity card"
    QCOMPARE(child<QComboBox>(dialog, "documentTypeComboBox")->currentText(), "Identity card");
    key(Qt::Key_Tab);
    QCOMPARE(focus()->objectName(), "documentNumberLineEdit");
    type("045123987");
    key(Qt::Key_Tab);
    QCOMPARE(focus()->objectName(), "powerOfAttorneyNumberLineEdit");
    type("2026-1187");
    key(Qt::Key_Tab);
    QCOMPARE(focus()->objectName(), "powerOfAttorneyDateLineEdit");
    key(Qt::Key_Home);
    type(QDate::currentDate().addDays(-30).toString("ddMMyyyy"));

    // Enter before the issuer is typed: the problem is named in the dialog, nothing is written.
    enter();
    QVERIFY(dialog->isVisible());
    QVERIFY2(dialog->message().contains("power_of_attorney.issued_by"),
             qPrintable(dialog->message()));
    QCOMPARE(focus()->objectName(), "powerOfAttorneyIssuedByLineEdit");
    QVERIFY(!dialog->isBusy());
    QTest::qWait(100);
    QCOMPARE(status(m_printed), "certificate_printed");

    type("Нотариус Ахметова Г. С., Алматы");
    enter();
    QTRY_VERIFY(recorded.count() == 1);
    QCOMPARE(recorded.at(0).at(0).toLongLong(), m_printed);
    MessageBar* bar = m_window->messageBar();
    QVERIFY2(bar->text().startsWith("The certificate of " + m_printedNumber +
                                    " is recorded as handed over to a representative"),
             qPrintable(bar->text()));
    QCOMPARE(bar->kind(), MessageBar::Kind::Positive);
    QTRY_VERIFY(!m_window->findChild<HandoverDialog*>());

    QCOMPARE(status(m_printed), "handed_over");
    auto db = openOrFail(journalPath());
    QVERIFY(db);
    QCOMPARE(scalar(*db, "SELECT recipient || '|' || document_type || '|' || document_number || '|'"
                         " || representative_name || '|' || power_of_attorney_number || '|'"
                         " || power_of_attorney_date || '|' || power_of_attorney_issued_by"
                         " || '|' || coalesce(power_of_attorney_valid_until, '-') || '|'"
                         " || operator FROM handovers")
                 .toString(),
             QString("representative|id_card|045123987|Сейтқали Дәурен|2026-1187|%1|"
                     "Нотариус Ахметова Г. С., Алматы|-|clerk1")
                 .arg(QDate::currentDate().addDays(-30).toString(Qt::ISODate)));
    QCOMPARE(scalar(*db, "SELECT count(*) FROM audit_log WHERE action = 'application.handed_over'"
                         " AND operator = 'clerk1'")
                 .toInt(),
             1);
    QVERIFY(AuditTrail::verify(db->sql()).ok);
}

void TestDeskHandover::digitalDocumentFromTheSlot()
{
    // As the application view asks for it: by id.
    m_window->recordHandover(m_printed);
    HandoverDialog* dialog = waitForDialog();
    QVERIFY(dialog);
    QCOMPARE(dialog->applicationId(), m_printed);
    key(Qt::Key_Down);
    QCOMPARE(dialog->recipient(), HandoverRecipient::DigitalDocument);
    QVERIFY(!child<QWidget>(dialog, "powerOfAttorneyNumberLineEdit")->isVisible());
    key(Qt::Key_Tab);
    QCOMPARE(focus()->objectName(), "documentTypeComboBox");
    type("R"); // "Refugee travel document", then "Residence permit"
    type("e");
    type("s");
    QCOMPARE(child<QComboBox>(dialog, "documentTypeComboBox")->currentText(), "Residence permit");
    key(Qt::Key_Tab);
    QCOMPARE(focus()->objectName(), "documentNumberLineEdit");
    QCOMPARE(focus()->accessibleName(),
             "Number of the document from the digital documents service");
    type("F01234567");
    key(Qt::Key_Tab);
    QCOMPARE(focus()->objectName(), "digitalReferenceLineEdit");
    type("EGOV-7781");
    key(Qt::Key_Tab);
    QVERIFY2(focus()->objectName() != "powerOfAttorneyNumberLineEdit",
             qPrintable(focus()->objectName()));
    QTest::keyClick(dialog, Qt::Key_Return);
    QTRY_VERIFY(!m_window->findChild<HandoverDialog*>());
    QTRY_COMPARE(status(m_printed), "handed_over");
    auto db = openOrFail(journalPath());
    QVERIFY(db);
    QCOMPARE(scalar(*db, "SELECT recipient || '|' || document_type || '|' || document_number"
                         " || '|' || digital_reference || '|' || coalesce(representative_name, '-')"
                         " FROM handovers")
                 .toString(),
             "digital|residence_permit|F01234567|EGOV-7781|-");
}

void TestDeskHandover::otherStatusIsSaidBeforeTyping()
{
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QTest::keyClick(m_window.get(), Qt::Key_H, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_VERIFY(qobject_cast<QLineEdit*>(focus()));
    type(m_registeredNumber);
    enter();
    MessageBar* bar = m_window->messageBar();
    QTRY_VERIFY2(bar->text().startsWith("Application " + m_registeredNumber),
                 qPrintable(bar->text()));
    QVERIFY2(bar->text().contains("registered") && bar->text().contains("certificate printed"),
             qPrintable(bar->text()));
    QTest::qWait(100);
    QVERIFY(!m_window->findChild<HandoverDialog*>());

    // Not a number at all, and a number not in the journal.
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QTest::keyClick(m_window.get(), Qt::Key_H, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_VERIFY(qobject_cast<QLineEdit*>(focus()));
    type("Karimova");
    enter();

    QTRY_VERIFY2(bar->text().contains("is not a registration number"), qPrintable(bar->text()));
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QTest::keyClick(m_window.get(), Qt::Key_H, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_VERIFY(qobject_cast<QLineEdit*>(focus()));
    const QString unknown = RegistrationNumber::make("ALM01", "02", 99);
    type(unknown);
    enter();
    QTRY_VERIFY2(bar->text().startsWith("There is no application " + unknown),
                 qPrintable(bar->text()));
    QVERIFY(!m_window->findChild<HandoverDialog*>());
    QCOMPARE(status(m_registered), "registered");
}

void TestDeskHandover::journalRefusalKeepsTheDialog()
{
    m_window->recordHandover(m_registered);
    HandoverDialog* dialog = waitForDialog();
    QVERIFY(dialog);
    key(Qt::Key_Tab);
    key(Qt::Key_Tab);
    QCOMPARE(focus()->objectName(), "documentNumberLineEdit");
    type("FA1000001");
    enter();
    QTRY_VERIFY2(dialog->message().contains("\"registered\""), qPrintable(dialog->message()));
    QVERIFY(dialog->message().contains("\"certificate_printed\""));
    QVERIFY(dialog->isVisible());
    QVERIFY(!dialog->isBusy());
    QVERIFY(m_window->messageBar()->text().startsWith("The handover was not recorded"));
    QCOMPARE(m_window->messageBar()->kind(), MessageBar::Kind::Error);
    QCOMPARE(status(m_registered), "registered");
    key(Qt::Key_Escape);
    QTRY_VERIFY(!m_window->findChild<HandoverDialog*>());
}

void TestDeskHandover::roleWithoutThePermissionCannot()
{
    startWindow(Operator{2, "admin", "Administrator", Role::Administrator, "en", true});
    QTest::keyClick(m_window.get(), Qt::Key_H, Qt::ControlModifier | Qt::ShiftModifier);
    m_window->recordHandover(m_printed);
    QTest::qWait(200);
    QVERIFY(!m_window->findChild<HandoverDialog*>());
    QVERIFY(!m_window->findChild<QInputDialog*>());
    QCOMPARE(status(m_printed), "certificate_printed");
}

// The dialog shows the document the application was registered on, and warns while the number
// typed for the person's own document is another one, compared as the duplicate check compares
// numbers: spaces, hyphens, case and a Cyrillic letter that looks Latin do not count.
void TestDeskHandover::documentOnFileAndAnotherNumber()
{
    auto db = openOrFail(journalPath());
    QVERIFY(db);
    const QString onFile = scalar(*db, QString("SELECT document_number FROM applications"
                                               " WHERE id = %1")
                                           .arg(m_printed))
                               .toString();
    db.reset();
    QVERIFY(onFile.size() > 3);
    HandoverDialog* dialog = askFor(m_printedNumber);
    QVERIFY(dialog);
    QTRY_VERIFY(!dialog->documentOnFileText().isEmpty());
    QVERIFY2(dialog->documentOnFileText().contains(onFile),
             qPrintable(dialog->documentOnFileText()));
    QVERIFY2(dialog->documentOnFileText().contains("Passport"),
             qPrintable(dialog->documentOnFileText()));
    QVERIFY(child<QLabel>(dialog, "documentOnFileLabel")->isVisible());
    QCOMPARE(dialog->documentMismatch(), QString());

    key(Qt::Key_Tab);
    key(Qt::Key_Tab);
    QCOMPARE(focus()->objectName(), "documentNumberLineEdit");
    type("N0000001");
    QVERIFY2(dialog->documentMismatch().contains("N0000001") &&
                 dialog->documentMismatch().contains(onFile),
             qPrintable(dialog->documentMismatch()));
    QVERIFY(child<QLabel>(dialog, "documentMismatchLabel")->isVisible());

    // The same number as read aloud and typed: lower case, with a space and a hyphen, its first
    // letter on the Russian layout (a Cyrillic letter that looks Latin, where there is one).
    QString spoken = onFile.toLower();
    spoken.insert(2, " ");
    spoken.insert(5, "-");
    spoken.replace(
        0, 1,
        QString(onFile.at(0)).toLower().replace("a", "а").replace("e", "е").replace("c", "с"));
    auto* number = child<QLineEdit>(dialog, "documentNumberLineEdit");
    number->selectAll();
    type(spoken);
    QCOMPARE(number->text(), spoken);
    QCOMPARE(dialog->documentMismatch(), QString());
    QVERIFY(!child<QLabel>(dialog, "documentMismatchLabel")->isVisible());

    // A representative's document is another one by nature: no warning.
    number->selectAll();
    type("045123987");
    QVERIFY(!dialog->documentMismatch().isEmpty());
    dialog->setRecipient(HandoverRecipient::Representative);
    QCOMPARE(dialog->documentMismatch(), QString());
    QTest::keyClick(dialog, Qt::Key_Escape);
    QTRY_VERIFY(!m_window->findChild<HandoverDialog*>());
}

QTEST_MAIN(TestDeskHandover)
#include "TestDeskHandover.moc"
