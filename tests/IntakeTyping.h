#pragma once

#include "tests/KeyboardDriver.h"
#include "ui/intake/IntakeForm.h"
#include "ui/shell/MainWindow.h"
#include "ui/widgets/FileDialog.h"

#include <QApplication>
#include <QDir>
#include <QImage>

// The sample Annex 1 application typed into the desk field by field, as a clerk does, for the
// GUI tests that register, refuse or print.
namespace iin::test {

// A white page saved as an image: a stand-in scan. Its path, or empty if it cannot be written.
inline QString blankScan(const QString& path)
{
    QImage image(400, 300, QImage::Format_RGB32);
    image.fill(Qt::white);
    // A page of its own: the intake points out the same scan attached twice.
    image.setPixel(0, 0, qHash(path) | 0xff000000u);
    return image.save(path) ? path : QString();
}

// The steps of the sample application, each typed from where the previous one left the focus,
// for tests that check the form between them.

// From the Cyrillic surname to the citizenship; leaves the focus on the document type.
inline void typeSampleNamesAndBirth()
{
    type("Каримова");
    enter();
    type("Дильноза");
    enter();
    enter(); // no patronymic
    type("KARIMOVA");
    enter();
    type("DILNOZA");
    enter();
    enter();
    type("17041991");
    enter();
    type("Ташкент");
    enter();
    type("F");
    enter(); // sex: type-ahead in the list
    type("Uzbekistan");
    enter();
}

// From the document type to the e-mail address; leaves the focus on the consent.
inline void typeSampleDocumentAndContacts()
{
    enter(); // document type: passport
    type("FA1234567");
    enter();
    type("Uzbekistan");
    enter();
    type("Ministry of Internal Affairs");
    enter();
    type("02032021");
    enter();
    type("01032031");
    enter();
    enter(); // the document gives the names in Latin letters: already ticked
    enter(); // not from the digital documents service
    type("Алматы, ул. Абая, 10, кв. 5");
    enter();
    type("work");
    enter();
    type("+7 701 123 45 67");
    enter();
    type("karimova@example.uz");
    enter();
}

// Ticks the consent, no representative; leaves the focus on the attachment kind.
inline void giveConsentWithoutRepresentative()
{
    key(Qt::Key_Space); // consent
    enter();
    enter(); // no representative
}

// Chooses the attachment kind by type-ahead; leaves the focus on the attach button.
inline void chooseAttachmentKind(const QString& typeAhead)
{
    type(typeAhead);
    key(Qt::Key_Tab);
    key(Qt::Key_Tab);
    key(Qt::Key_Tab);
}

// Presses the attach button, the file dialog answering with `file` (the FileDialog seam).
inline void attachScan(const QString& file)
{
    iin::ui::FileDialog::setNextFileNames({file});
    key(Qt::Key_Space);
}

// From the attach button back to the attachment kind.
inline void backToAttachmentKind()
{
    key(Qt::Key_Backtab);
    key(Qt::Key_Backtab);
    key(Qt::Key_Backtab);
}

// Lets the type-ahead of the attachment kind forget what was typed before.
inline void waitForNewTypeAhead()
{
    QTest::qWait(QApplication::keyboardInputInterval() + 100);
}

// Ctrl+N in `window`, then the application typed with Enter between the fields; with
// `complete` the two scans are attached from `scans` (through the FileDialog seam) and the
// form is returned once its check is complete; without, it stops before the attachments.
inline iin::ui::IntakeForm* typeSampleApplication(iin::ui::MainWindow* window, const QDir& scans,
                                                  bool complete)
{
    QTest::keyClick(window, Qt::Key_N, Qt::ControlModifier);
    iin::ui::IntakeForm* form = window->currentIntake();
    if (!form)
        return nullptr;
    if (!QTest::qWaitFor(
            [&] { return focus() == child<QWidget>(form, "surnameCyrillicLineEdit"); }))
        return nullptr;
    typeSampleNamesAndBirth();
    typeSampleDocumentAndContacts();
    giveConsentWithoutRepresentative();
    if (!complete)
        return form;

    chooseAttachmentKind("Application");
    attachScan(blankScan(scans.filePath("form.png")));
    backToAttachmentKind();
    waitForNewTypeAhead();
    chooseAttachmentKind("Identity");
    attachScan(blankScan(scans.filePath("passport.png")));
    return QTest::qWaitFor([&] { return form->lastCheck().complete; }) ? form : nullptr;
}

} // namespace iin::test
