#include "core/atrest/DraftScans.h"
#include "core/base/Language.h"
#include "core/capture/ScannerChoice.h"
#include "core/desk/DraftStore.h"
#include "tests/MrzPageRenderer.h"
#include "tests/MrzZones.h"
#include "tests/SaneTestConfig.h"
#include "tests/TestSupport.h"
#include "tests/UntranslatedText.h"
#include "ui/capture/ScanDialog.h"
#include "ui/intake/IntakeForm.h"
#include "ui/widgets/MessageBar.h"

#include <QApplication>
#include <QComboBox>
#include <QCryptographicHash>
#include <QFile>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace iin;
using namespace iin::test;
using namespace iin::ui;

namespace {

template <class T>
T* child(QObject* parent, const char* name)
{
    auto* w = parent->findChild<T*>(QString::fromLatin1(name));
    if (!w)
        qFatal("no child %s", name);
    return w;
}

} // namespace

// The scan dialog as the clerk uses it from the intake form, on SANE's `test` backend: two pages
// from the glass, one turned, a jam that keeps them, "Attach" → one PDF attachment.
class TestScanDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void scanRotateAttach();
    void lastDeviceIsRemembered();
    void scanPassportFillsTheForm();
    void speaksKazakhAndRussian_data();
    void speaksKazakhAndRussian();

private:
    static void waitForDevices(ScanDialog* dialog);
    // pnm backend options that make the next scan fail with "jammed".
    QList<ScanOption> jammedPage();
    static void choose(QComboBox* combo, const QVariant& data);

    QTemporaryDir m_config;
    QTemporaryDir m_dir;
};

void TestScanDialog::initTestCase()
{
    Language::install("en");
    QVERIFY(m_config.isValid());
    QVERIFY(useSaneTestBackends(m_config));
}

QList<ScanOption> TestScanDialog::jammedPage()
{
    const QString page = m_dir.filePath("jammed.pnm");
    if (!QFileInfo::exists(page))
        MrzPageRenderer::save(MrzPageRenderer::render(kazakhPassport().split(u'\n')), page, 300);
    return {{"filename", page}, {"status", "no"}, {"status-jammed", "yes"}};
}

void TestScanDialog::waitForDevices(ScanDialog* dialog)
{
    auto* devices = child<QComboBox>(dialog, "deviceComboBox");
    QTRY_VERIFY_WITH_TIMEOUT(devices->isEnabled() && devices->count() >= 4, 120000);
}

void TestScanDialog::choose(QComboBox* combo, const QVariant& data)
{
    const int index = combo->findData(data);
    QVERIFY(index >= 0);
    combo->setCurrentIndex(index);
}

void TestScanDialog::scanRotateAttach()
{
    DraftStore drafts(m_dir.filePath("drafts"));
    IntakeForm form(ApplicationBasis::Annex1, Channel::StateCorporation, &drafts, "clerk1");
    form.show();
    auto* kind = child<QComboBox>(&form, "attachmentKindComboBox");
    choose(kind, int(AttachmentKind::IdentityDocumentCopy));
    QTest::mouseClick(child<QPushButton>(&form, "scanPagesButton"), Qt::LeftButton);
    auto* dialog = form.findChild<ScanDialog*>();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    waitForDevices(dialog);
    choose(child<QComboBox>(dialog, "deviceComboBox"), "test:0");
    choose(child<QComboBox>(dialog, "resolutionComboBox"), 150);
    child<QRadioButton>(dialog, "onePageRadioButton")->setChecked(true);
    dialog->setBackendOptions({{"test-picture", "Grid"}});
    QSignalSpy scanned(dialog, &ScanDialog::pageScanned);

    auto* scan = child<QPushButton>(dialog, "scanButton");
    for (int n = 1; n <= 2; ++n) {
        QTRY_VERIFY_WITH_TIMEOUT(scan->isEnabled(), 120000);
        QTest::mouseClick(scan, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(dialog->pageCount(), n, 120000);
    }
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isScanning(), 120000);
    QCOMPARE(scanned.size(), 2); // the hook for reading the MRZ on the way
    QVERIFY(!scanned.first().first().value<QImage>().isNull());
    auto* pages = child<QListWidget>(dialog, "pagesListWidget");
    QCOMPARE(pages->count(), 2);
    QTRY_VERIFY_WITH_TIMEOUT(!pages->item(1)->icon().isNull(), 60000); // thumbnails

    // A jam: an error in the dialog, the two pages stay.
    // (Injected through the pnm backend: the test backend's read-return-value cancels its reader
    // thread in a way that now and then hangs the process at the thread's exit.)
    auto* devices = child<QComboBox>(dialog, "deviceComboBox");
    choose(devices, "pnm:0");
    dialog->setBackendOptions(jammedPage());
    QTest::mouseClick(scan, Qt::LeftButton);
    auto* bar = child<MessageBar>(dialog, "messageBar");
    QTRY_VERIFY_WITH_TIMEOUT(bar->text().contains("jammed"), 120000);
    QVERIFY2(bar->text().contains("2 page(s)"), qPrintable(bar->text()));
    QCOMPARE(dialog->pageCount(), 2);
    choose(devices, "test:0");
    dialog->setBackendOptions({{"test-picture", "Grid"}});

    // Turn the first page a quarter to the right: portrait (80 × 100 mm) becomes landscape.
    pages->setCurrentRow(0);
    const QSize before = dialog->pages().first().image.size();
    QVERIFY(before.height() > before.width());
    QTest::mouseClick(child<QPushButton>(dialog, "rotateRightButton"), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(dialog->pages().first().image.size(), before.transposed(), 60000);

    // Remove a third page scanned by mistake.
    QTRY_VERIFY_WITH_TIMEOUT(scan->isEnabled(), 120000);
    QTest::mouseClick(scan, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(dialog->pageCount(), 3, 120000);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isScanning(), 120000);
    pages->setCurrentRow(2);
    QTest::mouseClick(child<QPushButton>(dialog, "removePageButton"), Qt::LeftButton);
    QCOMPARE(dialog->pageCount(), 2);

    auto* attach = child<QPushButton>(dialog, "attachButton");
    QVERIFY(attach->isEnabled());
    QTest::mouseClick(attach, Qt::LeftButton);
    auto* attachments = child<QListWidget>(&form, "attachmentsListWidget");
    QTRY_COMPARE_WITH_TIMEOUT(attachments->count(), 1, 60000);
    QVERIFY(!dialog->isVisible());
    QCOMPARE(dialog->pageCount(), 0);
    const Application a = form.application();
    QCOMPARE(a.attachments.size(), 1);
    QCOMPARE(a.attachments.first().kind, AttachmentKind::IdentityDocumentCopy);
    QCOMPARE(a.attachments.first().mediaType, QString("application/pdf"));
    const QString kept = form.attachmentFiles().value(a.attachments.first().sha256);
    QVERIFY(QFileInfo::exists(kept));
    // Kept encrypted (docs/at-rest.md): no PDF on disk until it is read through the desk.
    {
        QFile raw(kept);
        QVERIFY(raw.open(QIODevice::ReadOnly));
        const QByteArray bytes = raw.readAll();
        QVERIFY(bytes.startsWith("IINSCAN1"));
        QVERIFY(!bytes.contains("%PDF"));
    }
    const Result<QByteArray> content = DraftScans::read(kept);
    QVERIFY2(content, qPrintable(content.errorMessage()));
    QVERIFY(content->startsWith("%PDF"));
    QCOMPARE(
        QString::fromLatin1(QCryptographicHash::hash(*content, QCryptographicHash::Sha256).toHex()),
        a.attachments.first().sha256);
    const QString pdf = m_dir.filePath("decrypted.pdf");
    {
        QFile out(pdf);
        QVERIFY(out.open(QIODevice::WriteOnly));
        QCOMPARE(out.write(*content), content->size());
    }
    const ProcessResult info = runProcess("pdfinfo", {"-f", "1", "-l", "2", pdf});
    QCOMPARE(info.exitCode, 0);
    const QString text = QString::fromUtf8(info.out);
    QVERIFY2(text.contains(QRegularExpression("Pages:\\s+2\\n")), qPrintable(text));
    // 150 dpi keeps the size: the turned page is 100 × 80 mm (283 × 226 pt), the other upright.
    QVERIFY2(text.contains(QRegularExpression("Page\\s+1 size:\\s+283\\.\\d+ x 226\\.\\d+")),
             qPrintable(text));
    QVERIFY2(text.contains(QRegularExpression("Page\\s+2 size:\\s+226\\.\\d+ x 283\\.\\d+")),
             qPrintable(text));
}

void TestScanDialog::lastDeviceIsRemembered()
{
    {
        ScanDialog dialog(nullptr, m_dir.filePath("scans"));
        dialog.show();
        waitForDevices(&dialog);
        choose(child<QComboBox>(&dialog, "deviceComboBox"), "test:1");
        choose(child<QComboBox>(&dialog, "resolutionComboBox"), 200);
        QTest::mouseClick(child<QPushButton>(&dialog, "scanButton"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(dialog.pageCount(), 1, 120000);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isScanning(), 120000);
    }
    QCOMPARE(ScannerChoice::load(QSettings()).device, QString("test:1"));
    ScanDialog again(nullptr, m_dir.filePath("scans"));
    again.show();
    waitForDevices(&again);
    QCOMPARE(child<QComboBox>(&again, "deviceComboBox")->currentData().toString(),
             QString("test:1"));
    QCOMPARE(child<QComboBox>(&again, "resolutionComboBox")->currentData().toInt(), 200);
}

// "Scan passport" (Ctrl+Shift+M) as the clerk uses it: one key scans the passport's data page
// from the glass (SANE's pnm backend returns a page rendered in OCR-B), its zone fills the form
// on the way, and Enter in the dialog attaches the page as the copy of the identity document.
void TestScanDialog::scanPassportFillsTheForm()
{
    const QStringList lines = kazakhPassport().split(u'\n');
    const QString page = m_dir.filePath("passport.pnm");
    QVERIFY(MrzPageRenderer::save(MrzPageRenderer::render(lines, MrzScan{300, 1.0}), page, 300));
    ScannerChoice choice;
    choice.device = "pnm:0";
    choice.dpi = 300;
    QSettings settings;
    choice.save(settings);
    settings.sync();

    DraftStore drafts(m_dir.filePath("drafts-passport"));
    IntakeForm form(ApplicationBasis::Annex1, Channel::StateCorporation, &drafts, "clerk1");
    form.show();
    // The pnm backend scans the file named by its option; the dialog the form keeps gets it
    // before the key is pressed.
    QTest::mouseClick(child<QPushButton>(&form, "scanPagesButton"), Qt::LeftButton);
    auto* dialog = form.findChild<ScanDialog*>();
    QVERIFY(dialog);
    dialog->setBackendOptions({{"filename", page}});
    dialog->reject();
    QTRY_VERIFY(!dialog->isVisible());

    auto* number = qobject_cast<QLineEdit*>(form.widgetForField("identity_document.number"));
    auto* surname = qobject_cast<QLineEdit*>(form.widgetForField("name_latin.surname"));
    QVERIFY(number && surname);
    form.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&form));
    surname->setFocus();
    QTRY_COMPARE(QApplication::focusWidget(), surname);
    QTest::keyClick(surname, Qt::Key_M, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_VERIFY_WITH_TIMEOUT(dialog->isVisible(), 10000);
    QTRY_COMPARE_WITH_TIMEOUT(dialog->pageCount(), 1, 120000);
    QTRY_COMPARE_WITH_TIMEOUT(number->text(), QString("N12345678"), 120000);
    QCOMPARE(surname->text(), QString("ZHUMABEKOV"));
    QCOMPARE(surname->property("fromMrz").toBool(), true); // marked for the clerk to confirm

    auto* attach = child<QPushButton>(dialog, "attachButton");
    QTRY_VERIFY_WITH_TIMEOUT(attach->isEnabled() && attach->isDefault(), 60000);
    QTest::keyClick(dialog, Qt::Key_Return);
    auto* attachments = child<QListWidget>(&form, "attachmentsListWidget");
    QTRY_COMPARE_WITH_TIMEOUT(attachments->count(), 1, 60000);
    const Application a = form.application();
    QCOMPARE(a.attachments.first().kind, AttachmentKind::IdentityDocumentCopy);
    QCOMPARE(a.nameLatin.surname, QString("ZHUMABEKOV"));
    QCOMPARE(a.birthDate, QDate(1985, 3, 15));
    // Registered or discarded, the application takes its scanned page with it.
    const QString pdf = form.attachmentFiles().value(a.attachments.first().sha256);
    QVERIFY(QFileInfo::exists(pdf));
    form.discardDraft();
    QVERIFY(!QFileInfo::exists(pdf));
}

void TestScanDialog::speaksKazakhAndRussian_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("kk") << QStringLiteral("kk");
    QTest::newRow("ru") << QStringLiteral("ru");
}

// The dialog with its scanners found, a page scanned and a scanner error shown, in Kazakh and
// Russian: no English left but the scanners' own names (they are SANE's).
void TestScanDialog::speaksKazakhAndRussian()
{
    QFETCH(QString, language);
    Language::install(language);
    ScanDialog dialog(nullptr, m_dir.filePath("scans-" + language));
    dialog.show();
    waitForDevices(&dialog);
    auto* devices = child<QComboBox>(&dialog, "deviceComboBox");
    choose(devices, "test:0");
    dialog.setBackendOptions({{"test-picture", "Grid"}});
    QTest::mouseClick(child<QPushButton>(&dialog, "scanButton"), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(dialog.pageCount(), 1, 120000);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.isScanning(), 120000);
    choose(devices, "pnm:0");
    dialog.setBackendOptions(jammedPage());
    QTest::mouseClick(child<QPushButton>(&dialog, "scanButton"), Qt::LeftButton);
    auto* bar = child<MessageBar>(&dialog, "messageBar");
    QTRY_VERIFY_WITH_TIMEOUT(!bar->text().isEmpty() && !dialog.isScanning(), 120000);

    QSet<QString> allowed;
    for (int i = 0; i < devices->count(); ++i) {
        for (const QString& word :
             devices->itemText(i).split(QRegularExpression("[^A-Za-z]+"), Qt::SkipEmptyParts))
            allowed.insert(word);
    }
    const QStringList found = UntranslatedText(allowed).scan(&dialog);
    Language::install("en");
    QVERIFY2(found.isEmpty(), qPrintable(found.join(u'\n')));
}

QTEST_MAIN(TestScanDialog)
#include "TestScanDialog.moc"
