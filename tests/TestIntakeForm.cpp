#include "core/base/Language.h"
#include "core/desk/DraftStore.h"
#include "tests/IntakeTyping.h"
#include "tests/KeyboardDriver.h"
#include "ui/intake/DraftsDialog.h"
#include "ui/intake/IntakeForm.h"
#include "ui/shell/MainWindow.h"
#include "ui/widgets/FileDialog.h"
#include "ui/widgets/MessageBar.h"
#include "ui/widgets/MessageBox.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QCryptographicHash>
#include <QGroupBox>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

using namespace iin;
using namespace iin::test;
using namespace iin::ui;

// The intake form driven the way a clerk drives it: keyboard only, the checklist following
// every keystroke, scans attached, drafts kept across a close.
class TestIntakeForm : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void completeIntakeWithKeyboardOnly();
    void incompleteShowsWhatIsMissing();
    void cyrillicDocumentNumberIsFlagged();
    void representativeSectionFollowsCheckbox();
    void attachScanShowsHashAndPreview();
    void draftSurvivesWindowClose();
    void ctrlSSavesAtOnce();
    void annex2OnlyForOfficers();
    void destroyedWithTheFocusInAField();

private:
    static QStringList checklist(IntakeForm* form);
    QString makeScan(const QString& name);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<DraftStore> m_drafts;
    Operator m_clerk{1, "clerk1", "Нұрланқызы Әйгерім", Role::Clerk, "en", true};
};

void TestIntakeForm::initTestCase()
{
    Language::install("en");
}

void TestIntakeForm::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_drafts = std::make_unique<DraftStore>(m_dir->filePath("drafts"));
}

void TestIntakeForm::cleanup()
{
    m_drafts.reset();
    m_dir.reset();
}

QStringList TestIntakeForm::checklist(IntakeForm* form)
{
    auto* list = child<QListWidget>(form, "checklistListWidget");
    QStringList rows;
    for (int i = 0; i < list->count(); ++i)
        rows << list->item(i)->text().replace('\n', " | ");
    return rows;
}

QString TestIntakeForm::makeScan(const QString& name)
{
    QImage image(400, 300, QImage::Format_RGB32);
    image.fill(Qt::white);
    const QString path = m_dir->filePath(name);
    // A page of its own: the intake points out the same scan attached twice.
    image.setPixel(0, 0, qHash(path) | 0xff000000u);
    return image.save(path) ? path : QString();
}

void TestIntakeForm::completeIntakeWithKeyboardOnly()
{
    MainWindow window(nullptr, m_drafts.get(), m_clerk);
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QTest::keyClick(&window, Qt::Key_N, Qt::ControlModifier); // Application > New intake
    IntakeForm* form = window.currentIntake();
    QVERIFY(form);
    QTRY_COMPARE(focus(), child<QWidget>(form, "surnameCyrillicLineEdit"));
    QVERIFY(!form->lastCheck().complete);

    typeSampleNamesAndBirth();
    QCOMPARE(child<QComboBox>(form, "citizenshipComboBox")->currentData().toString(),
             QString("UZB"));
    typeSampleDocumentAndContacts();
    QCOMPARE(focus(), child<QWidget>(form, "consentCheckBox"));
    giveConsentWithoutRepresentative();

    // Attachments: the kind by type-ahead, then the attach button with the keyboard.
    QCOMPARE(focus(), child<QWidget>(form, "attachmentKindComboBox"));
    chooseAttachmentKind("Application");
    QCOMPARE(focus(), child<QWidget>(form, "attachScanButton"));
    attachScan(makeScan("form.png"));
    backToAttachmentKind();
    QCOMPARE(focus(), child<QWidget>(form, "attachmentKindComboBox"));
    waitForNewTypeAhead();
    chooseAttachmentKind("Identity");
    attachScan(makeScan("passport.png"));

    QTRY_VERIFY2(form->lastCheck().complete, qPrintable(checklist(form).join('\n')));
    QVERIFY(child<QLabel>(form, "checklistSummaryLabel")->text().startsWith("Complete"));
    for (const QString& row : checklist(form))
        QVERIFY2(row.startsWith("Met: "), qPrintable(row));
    QVERIFY(checklist(form).join('\n').contains("Annex 3, row 8, item 2"));

    QSignalSpy requested(form, &IntakeForm::registerRequested);
    key(Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(requested.size(), 1);
    const auto a = requested.first().first().value<Application>();
    QCOMPARE(a.nameCyrillic.fullName(), QString("Каримова Дильноза"));
    QCOMPARE(a.birthDate, QDate(1991, 4, 17));
    QCOMPARE(a.sex, Sex::Female);
    QCOMPARE(a.identityDocument->issuingState, QString("UZB"));
    QCOMPARE(a.identityDocument->expiryDate, QDate(2031, 3, 1));
    QCOMPARE(a.contacts.email, QString("karimova@example.uz"));
    QVERIFY(a.consentToPersonalData);
    QCOMPARE(a.attachments.size(), 2);
    QVERIFY(a.hasAttachment(AttachmentKind::IdentityDocumentCopy));
}

void TestIntakeForm::incompleteShowsWhatIsMissing()
{
    MainWindow window(nullptr, m_drafts.get(), m_clerk);
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    IntakeForm* form = window.newIntake(ApplicationBasis::Annex1);
    QTRY_COMPARE(focus(), child<QWidget>(form, "surnameCyrillicLineEdit"));
    type("Smith");
    enter(); // Latin letters in the Cyrillic field
    QTRY_VERIFY(child<QWidget>(form, "surnameCyrillicLineEdit")->property("invalid").toBool());
    QVERIFY(!form->problemFor(child<QWidget>(form, "surnameCyrillicLineEdit")).isEmpty());
    // Fields not visited yet are not flagged...
    QVERIFY(!child<QWidget>(form, "birthDateLineEdit")->property("invalid").toBool());
    type("31022000");
    enter(); // ...but a date that does not exist is, once typed.
    QTRY_VERIFY(form->lastCheck().findings.size() > 0);

    QSignalSpy requested(form, &IntakeForm::registerRequested);
    key(Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(requested.size(), 0);
    QVERIFY(window.messageBar()->isVisible());
    QVERIFY2(window.messageBar()->text().contains("cannot be registered"),
             qPrintable(window.messageBar()->text()));
    QVERIFY(child<QLabel>(form, "checklistSummaryLabel")->text().startsWith("Incomplete"));
    const QString rows = checklist(form).join('\n');
    QVERIFY2(rows.contains("Missing: ") && rows.contains("Annex 3, row 8, item 1"),
             qPrintable(rows));
    QVERIFY2(rows.contains("To fix: "), qPrintable(rows));
    // After a register attempt every problem is shown, and the first one has the focus.
    QVERIFY(child<QWidget>(form, "birthDateLineEdit")->property("invalid").toBool());
    QVERIFY(child<QWidget>(form, "consentCheckBox")->property("invalid").toBool());
    QVERIFY(focus() && focus()->property("invalid").toBool());
    QVERIFY(!child<QLabel>(form, "fieldProblemLabel")->text().isEmpty());
}

// A passport number typed on a Russian or Kazakh layout ("FА…" with a Cyrillic А) looks right on
// the screen: the field says what is wrong, naming the keyboard.
void TestIntakeForm::cyrillicDocumentNumberIsFlagged()
{
    MainWindow window(nullptr, m_drafts.get(), m_clerk);
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    IntakeForm* form = window.newIntake(ApplicationBasis::Annex1);
    QTRY_COMPARE(focus(), child<QWidget>(form, "surnameCyrillicLineEdit"));
    auto* number = child<QLineEdit>(form, "documentNumberLineEdit");
    number->setFocus();
    QTRY_COMPARE(focus(), number);
    type(QString::fromUtf8("FА1234567"));
    QCOMPARE(number->text(), QString::fromUtf8("FА1234567"));
    enter();
    QTRY_VERIFY2(form->problemFor(number).contains("Cyrillic"),
                 qPrintable(form->problemFor(number)));
    QVERIFY(number->property("invalid").toBool());
    QVERIFY(form->problemFor(number).contains("Latin"));
    // Typed again in Latin letters, the problem goes.
    number->setFocus();
    number->selectAll();
    type("FA1234567");
    enter();
    QTRY_VERIFY(!form->problemFor(number).contains("Cyrillic"));
}

void TestIntakeForm::representativeSectionFollowsCheckbox()
{
    IntakeForm form(ApplicationBasis::Annex1, Channel::StateCorporation, nullptr, "clerk1");
    form.show();
    auto* box = child<QCheckBox>(&form, "representativeCheckBox");
    auto* section = child<QGroupBox>(&form, "representativeGroupBox");
    QVERIFY(!section->isVisible());
    QVERIFY(!form.application().representative);
    box->setFocus();
    QTest::keyClick(box, Qt::Key_Space);
    QVERIFY(section->isVisible());
    QVERIFY(form.application().representative);
    // The checklist now asks for the notarized power of attorney.
    QTRY_VERIFY(checklist(&form).join('\n').contains("power of attorney"));
    QTest::keyClick(box, Qt::Key_Space);
    QVERIFY(!section->isVisible());
    QVERIFY(!form.application().representative);
}

void TestIntakeForm::attachScanShowsHashAndPreview()
{
    IntakeForm form(ApplicationBasis::Annex1, Channel::StateCorporation, m_drafts.get(), "clerk1");
    form.show();
    const QString path = makeScan("passport page.png");
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString sha = QString::fromLatin1(
        QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex());
    auto* kind = child<QComboBox>(&form, "attachmentKindComboBox");
    kind->setCurrentIndex(kind->findData(int(AttachmentKind::IdentityDocumentCopy)));
    FileDialog::setNextFileNames({path});
    QTest::mouseClick(child<QWidget>(&form, "attachScanButton"), Qt::LeftButton);
    auto* list = child<QListWidget>(&form, "attachmentsListWidget");
    // Read, hashed and decoded off the UI thread: the attachment and its preview follow.
    QTRY_COMPARE(list->count(), 1);
    QVERIFY(list->item(0)->text().contains("passport page.png"));
    QVERIFY(list->item(0)->toolTip().contains(sha));
    QTRY_VERIFY(!child<QLabel>(&form, "attachmentPreviewLabel")->pixmap().isNull());
    const Application a = form.application();
    QCOMPARE(a.attachments.size(), 1);
    QCOMPARE(a.attachments.first().sha256, sha);
    QCOMPARE(a.attachments.first().mediaType, QString("image/png"));
    QCOMPARE(form.attachmentFiles().value(sha), QFileInfo(path).absoluteFilePath());

    // A file that is not there gives a message, not an attachment.
    QSignalSpy messages(&form, &IntakeForm::messageRequested);
    FileDialog::setNextFileNames({m_dir->filePath("missing.pdf")});
    QTest::mouseClick(child<QWidget>(&form, "attachScanButton"), Qt::LeftButton);
    QTRY_COMPARE(messages.size(), 1);
    QCOMPARE(list->count(), 1);
    // Cancelling the dialog changes nothing.
    FileDialog::setNextFileNames({});
    QTest::mouseClick(child<QWidget>(&form, "attachScanButton"), Qt::LeftButton);
    QCOMPARE(list->count(), 1);

    list->setCurrentRow(0);
    QTest::mouseClick(child<QWidget>(&form, "removeAttachmentButton"), Qt::LeftButton);
    QCOMPARE(list->count(), 0);
    QVERIFY(form.application().attachments.isEmpty());
}

void TestIntakeForm::draftSurvivesWindowClose()
{
    QString id;
    {
        MainWindow window(nullptr, m_drafts.get(), m_clerk);
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        IntakeForm* form = window.newIntake(ApplicationBasis::Annex1);
        QTRY_COMPARE(focus(), child<QWidget>(form, "surnameCyrillicLineEdit"));
        type("Ли");
        enter();
        type("Вэй");
        enter();
        id = form->draftId();
        // Closed at once, before the autosave delay: the draft is still written.
        QVERIFY(m_drafts->drafts().isEmpty());
        window.close();
    }
    QCOMPARE(m_drafts->drafts().size(), 1);

    MainWindow window(nullptr, m_drafts.get(), m_clerk);
    window.show();
    DraftsDialog* offer = window.offerDrafts();
    QVERIFY(offer);
    QCOMPARE(offer->count(), 1);
    QVERIFY2(offer->summary().contains("1 unfinished"), qPrintable(offer->summary()));
    QSignalSpy resumed(offer, &DraftsDialog::resumeRequested);
    QTest::mouseClick(child<QWidget>(offer, "resumeButton"), Qt::LeftButton);
    QCOMPARE(resumed.size(), 1);
    IntakeForm* form = window.currentIntake();
    QVERIFY(form);
    QCOMPARE(form->draftId(), id);
    QCOMPARE(child<QLineEdit>(form, "surnameCyrillicLineEdit")->text(), QString("Ли"));
    QCOMPARE(child<QLineEdit>(form, "givenNameCyrillicLineEdit")->text(), QString("Вэй"));
    // An open draft is not offered twice.
    QVERIFY(!window.offerDrafts());

    // Typing goes on being saved (debounced), into the same draft.
    child<QLineEdit>(form, "birthPlaceLineEdit")->setText("Урумчи");
    QTRY_COMPARE(m_drafts->load(id)->application.birthPlace, QString("Урумчи"));
    QCOMPARE(m_drafts->drafts().size(), 1);
    // Erasing everything typed erases the draft too.
    for (const char* name :
         {"surnameCyrillicLineEdit", "givenNameCyrillicLineEdit", "birthPlaceLineEdit"})
        child<QLineEdit>(form, name)->clear();
    QVERIFY(form->saveDraftNow().ok());
    QVERIFY(m_drafts->drafts().isEmpty());
    child<QLineEdit>(form, "surnameCyrillicLineEdit")->setText("Ли");
    QTRY_COMPARE(m_drafts->drafts().size(), 1);

    // Discarding asks first, then removes the draft.
    MessageBox::setNextAnswer(QMessageBox::Discard);
    QTest::mouseClick(child<QWidget>(form, "discardDraftButton"), Qt::LeftButton);
    QVERIFY(m_drafts->drafts().isEmpty());
    QVERIFY(child<QLineEdit>(form, "surnameCyrillicLineEdit")->text().isEmpty());
}

void TestIntakeForm::ctrlSSavesAtOnce()
{
    MainWindow window(nullptr, m_drafts.get(), m_clerk);
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    IntakeForm* form = window.newIntake(ApplicationBasis::Annex1);
    QTRY_COMPARE(focus(), child<QWidget>(form, "surnameCyrillicLineEdit"));
    QSignalSpy saved(form, &IntakeForm::draftSaved);
    type("Ли");
    key(Qt::Key_S, Qt::ControlModifier);
    QCOMPARE(saved.size(), 1); // now, not after the autosave delay
    QCOMPARE(m_drafts->drafts().size(), 1);
    QCOMPARE(window.statusBar()->currentMessage(), QString("Draft saved"));
}

void TestIntakeForm::annex2OnlyForOfficers()
{
    MainWindow clerkWindow(nullptr, m_drafts.get(), m_clerk);
    QVERIFY(!clerkWindow.findChild<QAction*>("newAnnex2IntakeAction")->isEnabled());
    QVERIFY(!clerkWindow.newIntake(ApplicationBasis::Annex2));

    Operator officer{2, "officer1", "Officer", Role::Officer, "en", true};
    MainWindow window(nullptr, m_drafts.get(), officer);
    window.show();
    QVERIFY(window.findChild<QAction*>("newAnnex2IntakeAction")->isEnabled());
    IntakeForm* form = window.newIntake(ApplicationBasis::Annex2);
    QVERIFY(form);
    QVERIFY(child<QWidget>(form, "annex2GroupBox")->isVisible());
    QVERIFY(!child<QWidget>(form, "documentGroupBox")->isVisible());
    QVERIFY(!child<QWidget>(form, "representativeCheckBox")->isVisible());
    const Application a = form->application();
    QCOMPARE(a.basis, ApplicationBasis::Annex2);
    QCOMPARE(a.channel, Channel::ServiceProvider);
    QVERIFY(a.annex2);
    QVERIFY(!a.identityDocument);
    QTRY_VERIFY(checklist(form).join('\n').contains("Annex 2"));
}

// A form destroyed while the keyboard is in one of its fields (a window closed by its owner,
// a test's form going out of scope): the focus leaves while the form is still whole, and what
// was typed is in the draft.
void TestIntakeForm::destroyedWithTheFocusInAField()
{
    auto form = std::make_unique<IntakeForm>(ApplicationBasis::Annex1, Channel::StateCorporation,
                                             m_drafts.get(), "clerk1");
    form->show();
    QVERIFY(QTest::qWaitForWindowActive(form.get()));
    auto* surname = child<QLineEdit>(form.get(), "surnameLatinLineEdit");
    surname->setFocus();
    QTRY_COMPARE(focus(), surname);
    QTest::keyClicks(surname, "KIM");
    form.reset();
    QVERIFY(!focus());
    QCOMPARE(m_drafts->drafts().size(), 1);
}

QTEST_MAIN(TestIntakeForm)
#include "TestIntakeForm.moc"
