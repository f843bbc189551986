#include "tests/IntakeTyping.h"
#include "tests/KeyboardDriver.h"
#include "tests/StoreTestData.h"
#include "tests/TestSupport.h"

#include "core/base/Language.h"
#include "core/blanks/BlankLedger.h"
#include "core/desk/DraftStore.h"
#include "core/operators/OperatorDirectory.h"
#include "core/person/Iin.h"
#include "core/services/StoreThread.h"
#include "core/store/AuditTrail.h"
#include "core/store/Database.h"
#include "ui/intake/IntakeForm.h"
#include "ui/printing/BlanksDialog.h"
#include "ui/printing/DeskPrinter.h"
#include "ui/printing/PrintPreviewDialog.h"
#include "ui/shell/MainWindow.h"
#include "ui/widgets/FileDialog.h"
#include "ui/widgets/MessageBar.h"
#include "ui/widgets/MessageBox.h"

#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QImage>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSpinBox>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace iin;
using namespace iin::test;
using namespace iin::ui;

// Printing from the desk as a clerk or an officer does it: the preview painted on the journal's
// thread, Enter or Save as PDF, the PDF read back with pdftotext, the journal file (status,
// certificate number, audit trail) checked through a connection of the test's own.
class TestDeskPrinting : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void previewOfCertificateRecordsNothing();
    void certificateSavedAsPdfThenReprintedAsDuplicate();
    void noIinYetIsSaidAndNothingPrinted();
    void failedWriteRecordsNothing();
    void printCertificateAsksForTheApplication();
    void registeringLeadsToTheAcceptanceReceipt();
    void refusalAtIntakeLeadsToTheRefusalReceipt();
    void certificateConsumesTheConfirmedBlank();
    void noBlankOnHandIsSaid();
    void supervisorReceivesAndSpoilsBlanks();
    void theClerksOwnBlankIsProposed();
    void supervisorHandsBlanksToAClerk();

private:
    QString journalPath() const { return m_dir->filePath("journal.sqlite"); }
    QString file(const QString& name) const { return m_dir->filePath(name); }
    // Registers a sample application through core; with `iin`, the registry's IIN is recorded
    // as the sync worker would record it. Returns the id (and the IIN through `iinOut`).
    qint64 registerSample(int n, bool withIin, QString* iinOut = nullptr);
    PrintPreviewDialog* waitForPreview();
    QString status(qint64 id);
    QString certificateNumber(qint64 id);
    QList<QJsonObject> prints(qint64 id);
    IntakeForm* typeApplication(bool complete);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<DraftStore> m_drafts;
    std::unique_ptr<StoreThread> m_journal;
    std::unique_ptr<MainWindow> m_window;
    Operator m_officer{2, "officer.nurlan", "Сейтқали Нұрлан", Role::Officer, "en", true};
};

namespace {

QString squeezed(QString text)
{
    static const QRegularExpression space("\\s+");
    return text.remove(space);
}

// Whether the page has anything drawn on it.
bool inked(const QImage& page)
{
    for (int y = 0; y < page.height(); y += 3) {
        for (int x = 0; x < page.width(); x += 3) {
            if (qGray(page.pixel(x, y)) < 128)
                return true;
        }
    }
    return false;
}

} // namespace

void TestDeskPrinting::initTestCase()
{
    if (QStandardPaths::findExecutable("pdftotext").isEmpty())
        QSKIP("pdftotext (poppler-utils) is not installed");
    Language::install("en");
}

void TestDeskPrinting::init()
{
    QSettings().clear();
    QSettings settings;
    settings.setValue("print/officeNameKk", "Алматы қаласы ПД КҚБ");
    settings.setValue("print/officeNameRu", "УМП ДП города Алматы");
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_drafts = std::make_unique<DraftStore>(m_dir->filePath("drafts"));
    m_journal = std::make_unique<StoreThread>(journalPath(), Database::OpenCheck::Full, "journal");
    m_window = std::make_unique<MainWindow>(nullptr, m_drafts.get(), m_officer);
    m_window->setJournal(m_journal.get(), "ALM01", "02");
    m_window->setTrainingMode(true);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
}

void TestDeskPrinting::cleanup()
{
    DeskPrinter::setPrinterOutputForTesting({});
    m_window.reset();
    m_journal.reset();
    m_drafts.reset();
    m_dir.reset();
    QSettings().clear();
}

qint64 TestDeskPrinting::registerSample(int n, bool withIin, QString* iinOut)
{
    auto db = openOrFail(journalPath());
    if (!db)
        return 0;
    Journal journal(*db);
    const Result<Registration> r = journal.registerApplication(sampleIntake(n), sampleDesk());
    if (!r) {
        QTest::qFail(qPrintable(r.errorMessage()), __FILE__, __LINE__);
        return 0;
    }
    if (!withIin)
        return r->applicationId;
    const Application a = sampleApplication(n);
    const std::optional<QString> prefix = Iin::prefixFor(a.birthDate, a.sex, 4321 + n);
    const std::optional<Iin> iin = prefix ? Iin::fromPrefix(*prefix) : std::nullopt;
    if (!iin)
        return 0;
    Outbox outbox(*db);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const Result<QList<OutboxEntry>> due = outbox.takeDue(now.addSecs(60), 10, "sync");
    if (!due)
        return 0;
    for (const OutboxEntry& entry : *due) {
        if (entry.applicationId == r->applicationId &&
            outbox.recordAnswer(entry.id, formedAnswer(entry, iin->toString()), now, "sync")) {
            if (iinOut)
                *iinOut = iin->toString();
            return r->applicationId;
        }
    }
    return 0;
}

PrintPreviewDialog* TestDeskPrinting::waitForPreview()
{
    PrintPreviewDialog* dialog = nullptr;
    const bool shown = QTest::qWaitFor([&] {
        dialog = m_window->findChild<PrintPreviewDialog*>();
        return dialog && dialog->isVisible() && (dialog->isReady() || !dialog->message().isEmpty());
    });
    return shown ? dialog : nullptr;
}

QString TestDeskPrinting::status(qint64 id)
{
    auto db = openOrFail(journalPath());
    return db ? scalar(*db, QString("SELECT status FROM applications WHERE id = %1").arg(id))
                    .toString()
              : QString();
}

QString TestDeskPrinting::certificateNumber(qint64 id)
{
    auto db = openOrFail(journalPath());
    return db ? scalar(*db,
                       QString("SELECT certificate_number FROM applications WHERE id = %1").arg(id))
                    .toString()
              : QString();
}

QList<QJsonObject> TestDeskPrinting::prints(qint64 id)
{
    return printRecords(journalPath(), id);
}

void TestDeskPrinting::previewOfCertificateRecordsNothing()
{
    const qint64 id = registerSample(0, true);
    QVERIFY(id > 0);
    QCOMPARE(status(id), QString("iin_assigned"));

    m_window->printDocument(id, PrintedDocument::Certificate);
    PrintPreviewDialog* dialog = waitForPreview();
    QVERIFY(dialog);
    QVERIFY2(dialog->isReady(), qPrintable(dialog->message()));
    QCOMPARE(dialog->pageCount(), 1);
    QVERIFY(!dialog->previewRecord()->duplicate);
    QCOMPARE(dialog->previewRecord()->document, PrintedDocument::Certificate);
    QVERIFY2(dialog->summary().contains("issued when it is printed"),
             qPrintable(dialog->summary()));
    // The page is shown at screen resolution, with something on it.
    auto* page = dialog->findChild<QLabel*>("page1Label");
    QVERIFY(page);
    QVERIFY(inked(page->pixmap().toImage()));
    QCOMPARE(page->accessibleName(), QString("Page 1 of 1"));
    // Every control of the preview has a name for the screen reader.
    for (QWidget* w : dialog->findChildren<QWidget*>()) {
        if (w->focusPolicy() != Qt::NoFocus && w->isVisible())
            QVERIFY2(!w->accessibleName().isEmpty(), qPrintable(w->objectName()));
    }
    // Zoom from the keyboard.
    const int zoom = dialog->zoomPercent();
    QTest::keyClick(dialog, Qt::Key_Plus, Qt::ControlModifier);
    QVERIFY(dialog->zoomPercent() > zoom);
    QTest::keyClick(dialog, Qt::Key_Minus, Qt::ControlModifier);
    QCOMPARE(dialog->zoomPercent(), zoom);

    // Closing the preview leaves the journal as it was: no number, no status, no audit record.
    QTest::keyClick(dialog, Qt::Key_Escape);
    QTRY_VERIFY(!m_window->findChild<PrintPreviewDialog*>());
    QCOMPARE(status(id), QString("iin_assigned"));
    QVERIFY(certificateNumber(id).isEmpty());
    QVERIFY(prints(id).isEmpty());
    auto db = openOrFail(journalPath());
    QVERIFY(db);
    QCOMPARE(scalar(*db, "SELECT COUNT(*) FROM certificate_sequence").toInt(), 0);
}

void TestDeskPrinting::certificateSavedAsPdfThenReprintedAsDuplicate()
{
    QString iin;
    const qint64 id = registerSample(1, true, &iin);
    QVERIFY(id > 0);
    const Application person = sampleApplication(1);

    // No printer is configured: Enter says so and offers a PDF instead.
    m_window->printDocument(id, PrintedDocument::Certificate);
    PrintPreviewDialog* dialog = waitForPreview();
    QVERIFY(dialog && dialog->isReady());
    QVERIFY(dialog->summary().contains("No printer is configured"));
    const QString first = file("certificate.pdf");
    MessageBox::setNextAnswer(QMessageBox::Yes);
    FileDialog::setNextSaveFileName(first);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    MessageBar* bar = m_window->messageBar();
    QTRY_VERIFY2(bar->text().startsWith("Certificate "), qPrintable(bar->text()));
    QTRY_VERIFY(!m_window->findChild<PrintPreviewDialog*>());

    const QString number = certificateNumber(id);
    QVERIFY(number.startsWith("ALM01-02-"));
    QVERIFY2(bar->text().contains(number), qPrintable(bar->text()));
    QCOMPARE(status(id), QString("certificate_printed"));
    const QString text = pdfText(first);
    QVERIFY2(text.contains(iin), qPrintable(text));
    QVERIFY(text.contains(number));
    QVERIFY(squeezed(text).contains(squeezed(person.nameCyrillic.surname)));
    QVERIFY(squeezed(text).contains(squeezed(person.nameLatin.surname)));
    QVERIFY(text.contains("УМП ДП города Алматы"));
    QVERIFY(!text.contains("ДУБЛИКАТ"));
    QList<QJsonObject> audit = prints(id);
    QCOMPARE(audit.size(), 1);
    QCOMPARE(audit[0]["document"].toString(), QString("certificate"));
    QCOMPARE(audit[0]["copy"].toString(), QString("original"));
    QCOMPARE(audit[0]["certificate_number"].toString(), number);
    QCOMPARE(audit[0]["operator"].toString(), m_officer.login);

    // The second print goes to the printer (a PDF printer stands for it) and is a DUPLICATE.
    QSettings().setValue("desk/printer", "Counter printer");
    const QString second = file("printer-output.pdf");
    DeskPrinter::setPrinterOutputForTesting(second);
    m_window->printDocument(id, PrintedDocument::Certificate);
    dialog = waitForPreview();
    QVERIFY(dialog && dialog->isReady());
    QVERIFY(dialog->previewRecord()->duplicate);
    QVERIFY(dialog->summary().contains("DUPLICATE"));
    QVERIFY(dialog->summary().contains("Counter printer"));
    // A duplicate asks why it is printed again: Print waits for the reason, chosen from the
    // keyboard in the combo that has the focus.
    QVERIFY(dialog->asksReprintReason());
    auto* reason = dialog->findChild<QComboBox*>("reprintReasonCombo");
    QVERIFY(reason && reason->isVisible());
    QCOMPARE(QApplication::focusWidget(), reason);
    auto* printButton = dialog->findChild<QPushButton*>("printButton");
    QVERIFY(!printButton->isEnabled());
    QVERIFY(!dialog->reprintReason());
    QTest::keyClick(reason, Qt::Key_Down);
    QCOMPARE(dialog->reprintReason(), std::optional<ReprintReason>(ReprintReason::Lost));
    QVERIFY(printButton->isEnabled());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QTRY_VERIFY2(bar->text().startsWith("A duplicate of certificate"), qPrintable(bar->text()));
    QVERIFY(bar->text().contains("Counter printer"));
    const QString again = pdfText(second);
    QVERIFY2(again.contains("ТЕЛНҰСҚА") && again.contains("ДУБЛИКАТ"), qPrintable(again));
    QVERIFY(again.contains(number));
    QVERIFY(again.contains(iin));
    QCOMPARE(status(id), QString("certificate_printed"));
    audit = prints(id);
    QCOMPARE(audit.size(), 2);
    QCOMPARE(audit[1]["copy"].toString(), QString("duplicate"));
    QCOMPARE(audit[1]["certificate_number"].toString(), number);
    QCOMPARE(audit[1]["reason"].toString(), QString("lost"));
    QVERIFY(!audit[0].contains("reason"));
}

void TestDeskPrinting::noIinYetIsSaidAndNothingPrinted()
{
    const qint64 id = registerSample(2, false);
    QVERIFY(id > 0);
    m_window->printDocument(id, PrintedDocument::Certificate);
    PrintPreviewDialog* dialog = waitForPreview();
    QVERIFY(dialog);
    QVERIFY(!dialog->isReady());
    QVERIFY2(dialog->message().contains("no IIN yet"), qPrintable(dialog->message()));
    QVERIFY(!dialog->findChild<QPushButton*>("printButton")->isEnabled());
    QVERIFY(!dialog->findChild<QPushButton*>("savePdfButton")->isEnabled());
    QCOMPARE(status(id), QString("registered"));
    QVERIFY(prints(id).isEmpty());
}

void TestDeskPrinting::failedWriteRecordsNothing()
{
    const qint64 id = registerSample(3, true);
    QVERIFY(id > 0);
    m_window->printDocument(id, PrintedDocument::Certificate);
    PrintPreviewDialog* dialog = waitForPreview();
    QVERIFY(dialog && dialog->isReady());
    // A printer that refuses the job (a PDF printer writing into a folder that does not exist).
    DeskPrinter::setPrinterOutputForTesting(file("no-such-folder/printer.pdf"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QTRY_VERIFY2(dialog->message().contains("The printer did not accept the document"),
                 qPrintable(dialog->message()));
    QVERIFY(dialog->message().contains("Nothing was recorded"));
    QCOMPARE(status(id), QString("iin_assigned"));
    QVERIFY(prints(id).isEmpty());

    // A folder that does not exist stands for a disk that refuses the file.
    const QString nowhere = file("no-such-folder/certificate.pdf");
    FileDialog::setNextSaveFileName(nowhere);
    QTest::keyClick(dialog, Qt::Key_D, Qt::AltModifier);
    QTRY_VERIFY2(dialog->message().startsWith("The document was not printed:"),
                 qPrintable(dialog->message()));
    QVERIFY(dialog->message().contains("Nothing was recorded"));
    QVERIFY(dialog->isVisible());
    QVERIFY(dialog->findChild<QPushButton*>("savePdfButton")->isEnabled());
    QVERIFY(!QFile::exists(nowhere));
    QCOMPARE(status(id), QString("iin_assigned"));
    QVERIFY(certificateNumber(id).isEmpty());
    QVERIFY(prints(id).isEmpty());

    // Saved where it can be written, it is printed and the number is the first one.
    const QString there = file("certificate.pdf");
    FileDialog::setNextSaveFileName(there);
    QTest::keyClick(dialog, Qt::Key_D, Qt::AltModifier);
    QTRY_COMPARE(status(id), QString("certificate_printed"));
    QVERIFY(certificateNumber(id).endsWith("-000001"));
    QVERIFY(pdfText(there).contains(certificateNumber(id)));
}

void TestDeskPrinting::printCertificateAsksForTheApplication()
{
    const qint64 id = registerSample(4, true);
    QVERIFY(id > 0);
    auto db = openOrFail(journalPath());
    QVERIFY(db);
    const QString registration =
        scalar(*db, QString("SELECT registration_number FROM applications WHERE id = %1").arg(id))
            .toString();

    QTest::keyClick(m_window.get(), Qt::Key_P, Qt::ControlModifier);
    QTRY_VERIFY(m_window->findChild<QDialog*>("printCertificateInputDialog"));
    QTRY_VERIFY(focus() && focus()->inherits("QLineEdit"));
    type("NO-SUCH-1");
    enter();
    MessageBar* bar = m_window->messageBar();
    QTRY_VERIFY2(bar->text().startsWith("There is no application"), qPrintable(bar->text()));
    QVERIFY(!m_window->findChild<PrintPreviewDialog*>());

    // (The offscreen platform has no window manager to give the window back its focus.)
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QTest::keyClick(m_window.get(), Qt::Key_P, Qt::ControlModifier);
    QTRY_VERIFY(focus() && focus()->inherits("QLineEdit"));
    type(registration);
    enter();
    PrintPreviewDialog* dialog = waitForPreview();
    QVERIFY2(dialog, qPrintable(bar->text()));
    QVERIFY2(dialog->isReady(), qPrintable(dialog->message()));
    QCOMPARE(dialog->job().applicationId, id);
    QCOMPARE(dialog->previewRecord()->document, PrintedDocument::Certificate);
    QVERIFY(prints(id).isEmpty());
}

IntakeForm* TestDeskPrinting::typeApplication(bool complete)
{
    return typeSampleApplication(m_window.get(), QDir(m_dir->path()), complete);
}

void TestDeskPrinting::registeringLeadsToTheAcceptanceReceipt()
{
    QVERIFY(typeApplication(true));
    key(Qt::Key_Return, Qt::ControlModifier);
    MessageBar* bar = m_window->messageBar();
    QTRY_VERIFY2(bar->text().startsWith("Registered as ALM01-02-"), qPrintable(bar->text()));
    const QString registration = bar->text().section(' ', 2, 2);

    // The receipt's preview opens by itself; Enter prints it.
    const QString output = file("receipt.pdf");
    DeskPrinter::setPrinterOutputForTesting(output);
    PrintPreviewDialog* dialog = waitForPreview();
    QVERIFY(dialog && dialog->isReady());
    QCOMPARE(dialog->previewRecord()->document, PrintedDocument::AcceptanceReceipt);
    QVERIFY(!dialog->previewRecord()->duplicate);
    key(Qt::Key_Return);
    QTRY_VERIFY2(bar->text().startsWith("The receipt of acceptance was printed"),
                 qPrintable(bar->text()));
    const QString text = pdfText(output);
    QVERIFY2(text.contains(registration), qPrintable(text));
    QVERIFY(squeezed(text).contains(squeezed("Расписка о приеме документов")));
    QVERIFY(text.contains("ОҚУ РЕЖИМІ"));

    auto db = openOrFail(journalPath());
    QVERIFY(db);
    const qint64 id = scalar(*db, "SELECT id FROM applications").toLongLong();
    const QList<QJsonObject> audit = prints(id);
    QCOMPARE(audit.size(), 1);
    QCOMPARE(audit[0]["document"].toString(), QString("acceptance_receipt"));
    QCOMPARE(audit[0]["registration_number"].toString(), registration);
    QCOMPARE(status(id), QString("registered"));
}

void TestDeskPrinting::refusalAtIntakeLeadsToTheRefusalReceipt()
{
    QVERIFY(typeApplication(false));
    MessageBox::setNextAnswer(QMessageBox::Yes);
    QTest::keyClick(m_window.get(), Qt::Key_Return, Qt::ControlModifier);
    MessageBar* bar = m_window->messageBar();
    QTRY_VERIFY2(bar->text().startsWith("The package was refused at intake"),
                 qPrintable(bar->text()));

    PrintPreviewDialog* dialog = waitForPreview();
    QVERIFY(dialog);
    QVERIFY2(dialog->isReady(), qPrintable(dialog->message()));
    QCOMPARE(dialog->previewRecord()->document, PrintedDocument::RefusalReceipt);
    QVERIFY(dialog->pageCount() >= 2); // a copy for each side
    const QString output = file("refusal.pdf");
    FileDialog::setNextSaveFileName(output);
    QTest::keyClick(dialog, Qt::Key_D, Qt::AltModifier);
    QTRY_VERIFY2(bar->text().startsWith("The receipt of refusal was printed"),
                 qPrintable(bar->text()));
    const QString text = squeezed(pdfText(output));
    QVERIFY2(text.contains(squeezed("Расписка об отказе в приеме документов")), qPrintable(text));
    QVERIFY(text.contains(squeezed("бас тарту туралы қолхат")));
    QVERIFY(text.contains(squeezed("Каримова")));

    auto db = openOrFail(journalPath());
    QVERIFY(db);
    const qint64 id = scalar(*db, "SELECT id FROM applications").toLongLong();
    QCOMPARE(status(id), QString("refused_at_intake"));
    const QList<QJsonObject> audit = prints(id);
    QCOMPARE(audit.size(), 1);
    QCOMPARE(audit[0]["document"].toString(), QString("refusal_receipt"));
    QVERIFY(audit[0]["missing_documents"].toInt() >= 2);
    // The interface stayed in its language while the receipt's lines were made in two.
    QCOMPARE(Language::current(), QString("en"));
}

// The clerk confirms the serial of the security-paper blank in the printer; the print consumes
// that blank, recorded with the certificate's number (docs/office.md).
void TestDeskPrinting::certificateConsumesTheConfirmedBlank()
{
    const qint64 id = registerSample(1, true);
    QVERIFY(id > 0);
    {
        auto db = openOrFail(journalPath());
        QVERIFY(db);
        QVERIFY(BlankLedger::receive(db->sql(), "supervisor.dana", "KZ", 40, 42));
    }
    QSettings().setValue("desk/printer", "Counter printer");
    DeskPrinter::setPrinterOutputForTesting(file("printer-output.pdf"));
    m_window->printDocument(id, PrintedDocument::Certificate);
    PrintPreviewDialog* dialog = waitForPreview();
    QVERIFY(dialog && dialog->isReady());
    auto* serial = dialog->findChild<QSpinBox*>("blankSerialSpinBox");
    QVERIFY(serial);
    QVERIFY(serial->isVisible());
    QCOMPARE(serial->value(), 40);

    // The blank in the printer is 42: the clerk types it over the proposed one.
    serial->setFocus();
    serial->selectAll();
    QTest::keyClicks(serial, "42");
    QCOMPARE(serial->value(), 42);
    QTest::mouseClick(dialog->findChild<QPushButton*>("printButton"), Qt::LeftButton);
    MessageBar* bar = m_window->messageBar();
    QTRY_VERIFY2(bar->text().startsWith("Certificate "), qPrintable(bar->text()));
    QTRY_VERIFY(!m_window->findChild<PrintPreviewDialog*>());

    const QString number = certificateNumber(id);
    auto db = openOrFail(journalPath());
    QVERIFY(db);
    QSqlQuery q(db->sql());
    QVERIFY(q.exec("SELECT serial, certificate_number, application_id FROM blank_uses") &&
            q.next());
    QCOMPARE(q.value(0).toLongLong(), 42);
    QCOMPARE(q.value(1).toString(), number);
    QCOMPARE(q.value(2).toLongLong(), id);
    QVERIFY(!q.next());
    const QList<QJsonObject> audit = prints(id);
    QCOMPARE(audit.size(), 1);
    QCOMPARE(audit[0]["blank_serial"].toInteger(), 42);
    const Result<BlankBalance> balance = BlankLedger::balance(db->sql());
    QVERIFY(balance);
    QCOMPARE(balance->onHand, 2);
    QCOMPARE(*balance->next, 40);
}

void TestDeskPrinting::noBlankOnHandIsSaid()
{
    const qint64 id = registerSample(1, true);
    QVERIFY(id > 0);
    {
        auto db = openOrFail(journalPath());
        QVERIFY(db);
        QVERIFY(BlankLedger::receive(db->sql(), "supervisor.dana", {}, 7, 7));
        QVERIFY(BlankLedger::spoil(db->sql(), "supervisor.dana", 7, SpoilReason::Damaged));
    }
    m_window->printDocument(id, PrintedDocument::Certificate);
    PrintPreviewDialog* dialog = waitForPreview();
    QVERIFY(dialog && dialog->isReady());
    QVERIFY2(dialog->message().contains("No security-paper blank is on hand"),
             qPrintable(dialog->message()));
    QVERIFY(!dialog->findChild<QPushButton*>("printButton")->isEnabled());
    QVERIFY(!dialog->findChild<QSpinBox*>("blankSerialSpinBox")->isVisible());
    dialog->reject();
    QCOMPARE(status(id), QString("iin_assigned"));
    QCOMPARE(prints(id).size(), 0);
}

// The supervisor's dialog: a range received, a blank spoiled with its reason, the balance.
void TestDeskPrinting::supervisorReceivesAndSpoilsBlanks()
{
    QVERIFY(registerSample(1, true) > 0); // the journal exists
    const Operator supervisor{3, "supervisor.dana", "Әбілова Дана", Role::Supervisor, "en", true};
    BlanksDialog dialog(m_journal.get(), supervisor, m_window.get());
    dialog.show();
    QTRY_VERIFY2(dialog.balanceText().contains("0 on hand"), qPrintable(dialog.balanceText()));
    dialog.findChild<QLineEdit*>("seriesLineEdit")->setText("KZ");
    dialog.findChild<QSpinBox*>("firstSpinBox")->setValue(301);
    dialog.findChild<QSpinBox*>("lastSpinBox")->setValue(310);
    QTest::mouseClick(dialog.findChild<QPushButton*>("receiveButton"), Qt::LeftButton);
    QTRY_VERIFY2(dialog.balanceText().contains("10 on hand"), qPrintable(dialog.balanceText()));
    QVERIFY(dialog.message().contains("301"));
    QCOMPARE(dialog.findChild<QSpinBox*>("serialSpinBox")->value(), 301);

    auto* reason = dialog.findChild<QComboBox*>("reasonComboBox");
    reason->setCurrentIndex(reason->findData("jam"));
    QTest::mouseClick(dialog.findChild<QPushButton*>("spoilButton"), Qt::LeftButton);
    QTRY_VERIFY2(dialog.balanceText().contains("9 on hand"), qPrintable(dialog.balanceText()));
    // The same blank again: refused, said in the dialog.
    dialog.findChild<QSpinBox*>("serialSpinBox")->setValue(301);
    QTest::mouseClick(dialog.findChild<QPushButton*>("spoilButton"), Qt::LeftButton);
    QTRY_VERIFY2(dialog.message().contains("spoiled; it is not on hand"),
                 qPrintable(dialog.message()));

    auto db = openOrFail(journalPath());
    QVERIFY(db);
    QSqlQuery q(db->sql());
    QVERIFY(q.exec("SELECT reason, countersigned_by FROM blank_uses WHERE serial = 301") &&
            q.next());
    QCOMPARE(q.value(0).toString(), QString("jam"));
    QCOMPARE(q.value(1).toString(), QString("supervisor.dana"));
}

// Once the office hands blanks to each shift, the preview proposes the next of the operator's
// own, and says so when they hold none (docs/office.md).
void TestDeskPrinting::theClerksOwnBlankIsProposed()
{
    const qint64 id = registerSample(1, true);
    QVERIFY(id > 0);
    {
        auto db = openOrFail(journalPath());
        QVERIFY(db);
        QVERIFY(BlankLedger::receive(db->sql(), "supervisor.dana", "KZ", 1, 100));
        QVERIFY(BlankLedger::handOut(db->sql(), "supervisor.dana", 1, 10, "clerk.aigerim"));
    }
    m_window->printDocument(id, PrintedDocument::Certificate);
    PrintPreviewDialog* dialog = waitForPreview();
    QVERIFY(dialog && dialog->isReady());
    QVERIFY2(dialog->message().contains("officer.nurlan holds no security-paper blanks"),
             qPrintable(dialog->message()));
    QVERIFY(!dialog->findChild<QPushButton*>("printButton")->isEnabled());
    dialog->reject();
    QTRY_VERIFY(!m_window->findChild<PrintPreviewDialog*>());

    {
        auto db = openOrFail(journalPath());
        QVERIFY(db);
        QVERIFY(BlankLedger::handOut(db->sql(), "supervisor.dana", 51, 60, m_officer.login));
    }
    m_window->printDocument(id, PrintedDocument::Certificate);
    dialog = waitForPreview();
    QVERIFY(dialog && dialog->isReady());
    QCOMPARE(dialog->findChild<QSpinBox*>("blankSerialSpinBox")->value(), 51);
    QVERIFY(dialog->findChild<QPushButton*>("printButton")->isEnabled());
    QVERIFY(!dialog->asksReprintReason());
    QVERIFY(!dialog->findChild<QComboBox*>("reprintReasonCombo")->isVisible());
    dialog->reject();
}

// The supervisor hands a range to a clerk, sees the clerks' balances and takes the rest back.
void TestDeskPrinting::supervisorHandsBlanksToAClerk()
{
    QVERIFY(registerSample(1, true) > 0); // the journal exists
    {
        auto db = openOrFail(journalPath());
        QVERIFY(db);
        OperatorDirectory directory(*db);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QVERIFY(directory.create("admin", "Admin", Role::Administrator, "pw-admin-0001", "en", {},
                                 now));
        QVERIFY(directory.create("supervisor.dana", "Әбілова Дана", Role::Supervisor,
                                 "pw-super-0001", "en", "admin", now));
        QVERIFY(directory.create("clerk.aigerim", "Серікова Айгерім", Role::Clerk, "pw-clerk-0001",
                                 "en", "admin", now));
        QVERIFY(BlankLedger::receive(db->sql(), "supervisor.dana", "KZ", 501, 600));
    }
    const Operator supervisor{3, "supervisor.dana", "Әбілова Дана", Role::Supervisor, "en", true};
    BlanksDialog dialog(m_journal.get(), supervisor, m_window.get());
    dialog.show();
    auto* clerk = dialog.findChild<QComboBox*>("clerkComboBox");
    QVERIFY(clerk);
    // The operators who may print are offered; the administrator is not.
    QTRY_VERIFY(clerk->findData("clerk.aigerim") >= 0);
    QCOMPARE(clerk->findData("admin"), -1);
    clerk->setCurrentIndex(clerk->findData("clerk.aigerim"));
    dialog.findChild<QSpinBox*>("handFirstSpinBox")->setValue(501);
    dialog.findChild<QSpinBox*>("handLastSpinBox")->setValue(520);
    QTest::mouseClick(dialog.findChild<QPushButton*>("handButton"), Qt::LeftButton);
    auto* table = dialog.findChild<QTableWidget*>("holdersTable");
    QVERIFY(table);
    QTRY_COMPARE(table->rowCount(), 1);
    QVERIFY(dialog.message().contains("501"));
    QCOMPARE(table->item(0, 0)->text(), QString("clerk.aigerim"));
    QCOMPARE(table->item(0, 1)->text(), QString("20"));
    QCOMPARE(table->item(0, 2)->text(), QString("0"));
    // The same serials again: refused, said in the dialog.
    QTest::mouseClick(dialog.findChild<QPushButton*>("handButton"), Qt::LeftButton);
    QTRY_VERIFY2(dialog.message().contains("held by clerk.aigerim"), qPrintable(dialog.message()));

    QTest::mouseClick(dialog.findChild<QPushButton*>("takeBackButton"), Qt::LeftButton);
    QTRY_COMPARE(table->item(0, 1)->text(), QString("0"));
    QVERIFY2(dialog.message().contains("20"), qPrintable(dialog.message()));
    auto db = openOrFail(journalPath());
    QVERIFY(db);
    QCOMPARE(scalar(*db, "SELECT returned_count FROM blank_handouts").toInt(), 20);
}

QTEST_MAIN(TestDeskPrinting)
#include "TestDeskPrinting.moc"
