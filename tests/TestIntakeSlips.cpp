#include "core/base/Language.h"
#include "core/desk/DraftStore.h"
#include "tests/KeyboardDriver.h"
#include "tests/ModalDialogs.h"
#include "ui/intake/IntakeForm.h"
#include "ui/shell/MainWindow.h"
#include "ui/widgets/DeskStyle.h"
#include "ui/widgets/FileDialog.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QSpontaneKeyEvent>
#include <QTemporaryDir>
#include <QTest>
#include <QWheelEvent>
#include <QWindow>

using namespace iin;
using namespace iin::test;
using namespace iin::ui;

// The slips found when the intake was tried as a new clerk would try it (issue 15, item 6),
// each driven through the real form: the wheel over a combo box, two checklist lines that read
// the same, the same scan attached twice, the keyboard lost after a file dialog, and the form
// cut off at 1280 × 768.
class TestIntakeSlips : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void wheelOverUnfocusedComboScrollsTheForm();
    void emptyChecklistHasNoTwoSameLines_data();
    void emptyChecklistHasNoTwoSameLines();
    void sameScanTwiceIsPointedOut();
    void keyboardBackInTheFormAfterTheFileDialog();
    void fitsA1280By768Screen_data();
    void fitsA1280By768Screen();

private:
    QString makeScan(const QString& name, QColor colour = Qt::white);
    // A wheel turn as the window system delivers it: to the window, spontaneous, at `widget`.
    static void turnWheel(QWidget* widget, int angle);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<DraftStore> m_drafts;
};

void TestIntakeSlips::initTestCase()
{
    // The desk's style, as app/desk/main.cpp sets it: it guards combo boxes against the wheel.
    QApplication::setStyle(new DeskStyle);
    Language::install("en");
}

void TestIntakeSlips::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_drafts = std::make_unique<DraftStore>(m_dir->filePath("drafts"));
}

void TestIntakeSlips::cleanup()
{
    Language::install("en");
    m_drafts.reset();
    m_dir.reset();
}

QString TestIntakeSlips::makeScan(const QString& name, QColor colour)
{
    QImage image(300, 200, QImage::Format_RGB32);
    image.fill(colour);
    const QString path = m_dir->filePath(name);
    return image.save(path) ? path : QString();
}

void TestIntakeSlips::turnWheel(QWidget* widget, int angle)
{
    QWidget* window = widget->window();
    const QPointF at = widget->mapTo(window, widget->rect().center());
    QWheelEvent wheel(at, widget->mapToGlobal(widget->rect().center()), QPoint(), QPoint(0, angle),
                      Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
    // As QTest sends its key events: sendEvent() would mark it as not spontaneous, and
    // QApplication hands only spontaneous wheel events on to the parents.
    QSpontaneKeyEvent::setSpontaneous(&wheel);
    qApp->notify(window->windowHandle(), &wheel);
}

void TestIntakeSlips::wheelOverUnfocusedComboScrollsTheForm()
{
    IntakeForm form(ApplicationBasis::Annex1, Channel::StateCorporation, m_drafts.get(), "clerk1");
    form.resize(1000, 500); // short enough for the form to scroll
    form.show();
    QVERIFY(QTest::qWaitForWindowActive(&form));
    auto* area = child<QScrollArea>(&form, "formScrollArea");
    QScrollBar* bar = area->verticalScrollBar();
    QVERIFY(bar->maximum() > 0);
    auto* surname = child<QLineEdit>(&form, "surnameCyrillicLineEdit");
    surname->setFocus();

    for (const char* name : {"documentTypeComboBox", "citizenshipComboBox", "sexComboBox"}) {
        auto* combo = child<QComboBox>(&form, name);
        QVERIFY2(combo, name);
        area->ensureWidgetVisible(combo, 0, 150);
        QVERIFY2(bar->value() > bar->minimum(), name);
        const int index = combo->currentIndex();
        const int scrolled = bar->value();
        turnWheel(combo, 120); // up: the form scrolls up
        QVERIFY2(bar->value() < scrolled, name);
        QCOMPARE(combo->currentIndex(), index);
        QCOMPARE(focus(), surname); // the wheel gave it no focus either
    }

    // A combo box the clerk is in takes the wheel, as before.
    auto* type = child<QComboBox>(&form, "documentTypeComboBox");
    area->ensureWidgetVisible(type);
    type->setFocus();
    type->setCurrentIndex(0);
    const int scrolled = bar->value();
    turnWheel(type, -120);
    QCOMPARE(type->currentIndex(), 1);
    QCOMPARE(bar->value(), scrolled);
}

void TestIntakeSlips::emptyChecklistHasNoTwoSameLines_data()
{
    QTest::addColumn<QString>("language");
    for (const QString& code : Language::codes())
        QTest::newRow(qPrintable(code)) << code;
}

void TestIntakeSlips::emptyChecklistHasNoTwoSameLines()
{
    QFETCH(QString, language);
    QVERIFY(Language::install(language));
    IntakeForm form(ApplicationBasis::Annex1, Channel::StateCorporation, m_drafts.get(), "clerk1");
    // The representative's name is asked too: the applicant's and the representative's
    // surnames are two more lines that must not read the same.
    child<QCheckBox>(&form, "representativeCheckBox")->setChecked(true);
    form.check();
    auto* list = child<QListWidget>(&form, "checklistListWidget");
    QVERIFY(list->count() > 5);
    QStringList lines;
    for (int i = 0; i < list->count(); ++i) {
        // The requirement itself, without the legal reference under it.
        const QString line = list->item(i)->text().section(u'\n', 0, 0);
        QVERIFY2(!lines.contains(line), qPrintable(line));
        lines << line;
    }
    const QString joined = lines.join(u'\n');
    const QString cyrillic = QString::fromUtf8(language == "kk"   ? "кириллицамен"
                                               : language == "ru" ? "кириллицей"
                                                                  : "in Cyrillic");
    QVERIFY2(joined.contains(cyrillic), qPrintable(joined));
}

void TestIntakeSlips::sameScanTwiceIsPointedOut()
{
    IntakeForm form(ApplicationBasis::Annex1, Channel::StateCorporation, m_drafts.get(), "clerk1");
    form.show();
    QVERIFY(QTest::qWaitForWindowExposed(&form));
    const QString page = makeScan("passport page.png");
    const QString other = makeScan("photo.png", Qt::gray);
    QVERIFY(!page.isEmpty() && !other.isEmpty());
    // The same bytes under another name: still the same scan.
    const QString copy = m_dir->filePath("passport page (copy).png");
    QVERIFY(QFile::copy(page, copy));
    auto* kind = child<QComboBox>(&form, "attachmentKindComboBox");
    auto* list = child<QListWidget>(&form, "attachmentsListWidget");
    QSignalSpy messages(&form, &IntakeForm::messageRequested);

    kind->setCurrentIndex(kind->findData(int(AttachmentKind::IdentityDocumentCopy)));
    FileDialog::setNextFileNames({page});
    QTest::mouseClick(child<QWidget>(&form, "attachScanButton"), Qt::LeftButton);
    QTRY_COMPARE(list->count(), 1);
    QCOMPARE(messages.size(), 0);

    // Again, under another kind, with a new scan in the same choice: the new one is attached,
    // the repeated one named in a message and left out.
    kind->setCurrentIndex(kind->findData(int(AttachmentKind::Photo)));
    FileDialog::setNextFileNames({copy, other});
    QTest::mouseClick(child<QWidget>(&form, "attachScanButton"), Qt::LeftButton);
    QTRY_COMPARE(messages.size(), 1);
    QCOMPARE(list->count(), 2);
    const QString message = messages.at(0).at(0).toString();
    QVERIFY2(message.contains("passport page (copy).png"), qPrintable(message));
    QVERIFY2(message.contains("passport page.png"), qPrintable(message)); // the one attached
    QVERIFY(messages.at(0).at(1).toBool());
    QCOMPARE(form.application().attachments.size(), 2);
    QCOMPARE(form.application().attachments.at(0).kind, AttachmentKind::IdentityDocumentCopy);

    // And the very same file once more.
    FileDialog::setNextFileNames({page});
    QTest::mouseClick(child<QWidget>(&form, "attachScanButton"), Qt::LeftButton);
    QTRY_COMPARE(messages.size(), 2);
    QCOMPARE(list->count(), 2);
}

void TestIntakeSlips::keyboardBackInTheFormAfterTheFileDialog()
{
    // The dialog starts in a folder of the test's own (the one the last scan came from).
    QSettings().setValue("ui/lastScanFolder", m_dir->path());
    const QString scan = makeScan("page.png");
    IntakeForm form(ApplicationBasis::Annex1, Channel::StateCorporation, m_drafts.get(), "clerk1");
    form.show();
    QVERIFY(QTest::qWaitForWindowActive(&form));
    auto* surname = child<QLineEdit>(&form, "surnameCyrillicLineEdit");
    surname->setFocus();
    QTRY_COMPARE(focus(), surname);
    QSignalSpy incomplete(&form, &IntakeForm::incompleteRegisterRequested);
    auto* list = child<QListWidget>(&form, "attachmentsListWidget");

    // Cancelled with Esc.
    bool seen = false;
    whenModal<QFileDialog>(this, [&](QFileDialog* dialog) {
        seen = true;
        // Qt's own dialog (it speaks the desk's language), not the platform's.
        QVERIFY(dialog->testOption(QFileDialog::DontUseNativeDialog));
        QTest::keyClick(dialog, Qt::Key_Escape);
    });
    // Attach scan… (Alt+N): the button clicks itself a moment later, the dialog runs then.
    QTest::keyClick(surname, Qt::Key_N, Qt::AltModifier);
    QTRY_VERIFY_WITH_TIMEOUT(seen, 30000);
    QTRY_COMPARE(QApplication::activeWindow(), &form);
    QTRY_COMPARE(focus(), surname);
    QTest::keyClick(focus(), Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(incomplete.size(), 1);

    // A file chosen by typing its name and Enter.
    surname->setFocus();
    seen = false;
    whenModal<QFileDialog>(this, [&](QFileDialog* dialog) {
        seen = true;
        auto* name = dialog->findChild<QLineEdit*>("fileNameEdit");
        QVERIFY(name);
        name->setFocus();
        QTest::keyClicks(name, "page.png");
        QTest::keyClick(name, Qt::Key_Return);
    });
    QTest::keyClick(surname, Qt::Key_N, Qt::AltModifier);
    QTRY_VERIFY_WITH_TIMEOUT(seen, 30000);
    QTRY_COMPARE(list->count(), 1);
    QCOMPARE(form.attachmentFiles().values(), QStringList{QFileInfo(scan).absoluteFilePath()});
    QTRY_COMPARE(QApplication::activeWindow(), &form);
    QVERIFY(form.isAncestorOf(focus()));
    QTest::keyClick(focus(), Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(incomplete.size(), 2);
}

void TestIntakeSlips::fitsA1280By768Screen_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<bool>("representative");
    for (const QString& code : Language::codes()) {
        QTest::newRow(qPrintable(code)) << code << false;
        QTest::newRow(qPrintable(code + "+representative")) << code << true;
    }
}

// The whole desk window at 1280 × 768, the smallest screen at the counters: the form scrolls
// down, never sideways, and every label of it is seen whole (wrapped where it is long).
void TestIntakeSlips::fitsA1280By768Screen()
{
    QFETCH(QString, language);
    QFETCH(bool, representative);
    QVERIFY(Language::install(language));
    const Operator clerk{1, "clerk1", "Нұрланқызы Әйгерім", Role::Clerk, language, true};
    MainWindow window(nullptr, m_drafts.get(), clerk);
    window.resize(1280, 768);
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QTest::keyClick(&window, Qt::Key_N, Qt::ControlModifier);
    IntakeForm* form = window.currentIntake();
    QVERIFY(form);
    child<QCheckBox>(form, "representativeCheckBox")->setChecked(representative);
    QCOMPARE(window.width(), 1280);
    auto* area = child<QScrollArea>(form, "formScrollArea");
    QTRY_VERIFY(area->widget()->width() > 0);
    QCoreApplication::processEvents();
    // For looking at: IIN_SCREENSHOTS=folder saves the window as the test saw it.
    if (const QString folder = qEnvironmentVariable("IIN_SCREENSHOTS"); !folder.isEmpty()) {
        const QString name =
            QString("intake-1280-%1%2").arg(language, QLatin1String(representative ? "-rep" : ""));
        window.grab().save(QDir(folder).filePath(name + ".png"));
        area->verticalScrollBar()->setValue(area->verticalScrollBar()->maximum());
        window.grab().save(QDir(folder).filePath(name + "-end.png"));
        area->verticalScrollBar()->setValue(0);
    }
    QVERIFY2(!area->horizontalScrollBar()->isVisible(),
             qPrintable(QString("contents %1 px in a viewport of %2 px")
                            .arg(area->widget()->minimumSizeHint().width())
                            .arg(area->viewport()->width())));
    QWidget* viewport = area->viewport();
    QStringList cut;
    for (QLabel* label : area->widget()->findChildren<QLabel*>()) {
        if (!label->isVisible() || label->text().isEmpty())
            continue;
        const QRect inViewport(label->mapTo(viewport, QPoint(0, 0)), label->size());
        const bool inside = inViewport.left() >= 0 && inViewport.right() < viewport->width();
        const bool whole = label->wordWrap()
                               ? label->heightForWidth(label->width()) <= label->height()
                               : label->sizeHint().width() <= label->width();
        if (!inside || !whole)
            cut << label->objectName() + ": " + label->text();
    }
    QVERIFY2(cut.isEmpty(), qPrintable(cut.join(u'\n')));
}

QTEST_MAIN(TestIntakeSlips)
#include "TestIntakeSlips.moc"
