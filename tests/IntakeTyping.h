#pragma once

#include "ui/widgets/FileDialog.h"
#include "ui/intake/IntakeForm.h"
#include "tests/KeyboardDriver.h"
#include "ui/shell/MainWindow.h"

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
    return image.save(path) ? path : QString();
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
    type("Каримова");
    enter();
    type("Дильноза");
    enter();
    enter();
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
    enter();
    type("Uzbekistan");
    enter();
    enter();
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
    enter();
    enter();
    type("Алматы, ул. Абая, 10, кв. 5");
    enter();
    type("work");
    enter();
    type("+7 701 123 45 67");
    enter();
    type("karimova@example.uz");
    enter();
    key(Qt::Key_Space); // consent
    enter();
    enter(); // no representative
    if (!complete)
        return form;

    type("Application");
    key(Qt::Key_Tab);
    key(Qt::Key_Tab);
    key(Qt::Key_Tab);
    iin::ui::FileDialog::setNextFileNames({blankScan(scans.filePath("form.png"))});
    key(Qt::Key_Space);
    key(Qt::Key_Backtab);
    key(Qt::Key_Backtab);
    key(Qt::Key_Backtab);
    QTest::qWait(QApplication::keyboardInputInterval() + 100); // a new type-ahead search
    type("Identity");
    key(Qt::Key_Tab);
    key(Qt::Key_Tab);
    key(Qt::Key_Tab);
    iin::ui::FileDialog::setNextFileNames({blankScan(scans.filePath("passport.png"))});
    key(Qt::Key_Space);
    return QTest::qWaitFor([&] { return form->lastCheck().complete; }) ? form : nullptr;
}

} // namespace iin::test
