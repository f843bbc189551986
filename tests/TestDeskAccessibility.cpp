#include "core/base/Language.h"
#include "core/desk/DraftStore.h"
#include "core/operators/OperatorDirectory.h"
#include "core/services/StoreThread.h"
#include "core/store/Database.h"
#include "ui/handover/HandoverDialog.h"
#include "ui/intake/DraftsDialog.h"
#include "ui/intake/IntakeForm.h"
#include "ui/journal/ApplicationView.h"
#include "ui/operators/OperatorEditDialog.h"
#include "ui/operators/OperatorsDialog.h"
#include "ui/shell/LoginDialog.h"
#include "ui/shell/MainWindow.h"
#include "ui/shell/SettingsDialog.h"

#include <QAbstractButton>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QTemporaryDir>
#include <QTest>

using namespace iin;
using namespace iin::ui;

// Every control of every window has a name a screen reader can say, and every input of the
// intake form can be reached with the keyboard.
class TestDeskAccessibility : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void everyControlIsNamed();
    void intakeReachableByKeyboard();

private:
    static QStringList unnamed(QWidget* window);
};

void TestDeskAccessibility::initTestCase()
{
    Language::install("en");
}

QStringList TestDeskAccessibility::unnamed(QWidget* window)
{
    QStringList missing;
    QList<QWidget*> widgets = window->findChildren<QWidget*>();
    widgets.prepend(window);
    for (QWidget* w : std::as_const(widgets)) {
        if (w->focusPolicy() == Qt::NoFocus)
            continue; // not interactive
        // A combo or spin box's own parts (its line edit, its popup list) speak for it.
        if (qobject_cast<QComboBox*>(w->parentWidget()) ||
            qobject_cast<QAbstractSpinBox*>(w->parentWidget()) || w->inherits("QComboBoxListView"))
            continue;
        QAccessibleInterface* a = QAccessible::queryAccessibleInterface(w);
        const QString name = a ? a->text(QAccessible::Name).trimmed() : QString();
        if (name.isEmpty())
            missing << QStringLiteral("%1 (%2)").arg(
                w->objectName(), QString::fromLatin1(w->metaObject()->className()));
    }
    return missing;
}

void TestDeskAccessibility::everyControlIsNamed()
{
    QTemporaryDir dir;
    const QString journal = dir.filePath("journal.sqlite");
    auto opened = Database::open(journal);
    QVERIFY(opened.ok());
    OperatorDirectory accounts(**opened);
    const auto now = QDateTime::currentDateTimeUtc();
    const auto admin =
        accounts.create("admin", "Admin", Role::Administrator, "counter2026desk", "en", {}, now);
    const auto officer = accounts.create("officer1", "Officer", Role::Officer, "counter2026desk",
                                         "en", "admin", now);
    QVERIFY(admin.ok() && officer.ok());
    StoreThread operators(journal, Database::OpenCheck::Deferred, QStringLiteral("operators"));
    DraftStore drafts(dir.filePath("drafts"));

    MainWindow window(&operators, &drafts, *officer);
    window.setTrainingMode(true);
    IntakeForm* annex1 = window.newIntake(ApplicationBasis::Annex1);
    annex1->findChild<QCheckBox*>("representativeCheckBox")->setChecked(true);
    annex1->findChild<QLineEdit*>("surnameCyrillicLineEdit")->setText("Ли");
    annex1->saveDraftNow();
    window.newIntake(ApplicationBasis::Annex2);
    window.show();
    QVERIFY2(unnamed(&window).isEmpty(), qPrintable(unnamed(&window).join(", ")));
    window.lock();
    QVERIFY2(unnamed(&window).isEmpty(), qPrintable(unnamed(&window).join(", ")));

    LoginDialog login(operators);
    OperatorEditDialog first(OperatorEditDialog::Mode::FirstAdministrator, operators, {});
    OperatorEditDialog create(OperatorEditDialog::Mode::NewOperator, operators, "admin");
    OperatorEditDialog reset(OperatorEditDialog::Mode::ResetPassword, operators, "admin", nullptr,
                             *officer);
    OperatorsDialog list(operators, "admin");
    SettingsDialog settings;
    DraftsDialog draftsDialog(drafts, {});
    ApplicationView view(nullptr, *officer, 1);
    QCOMPARE(draftsDialog.count(), 1);
    for (QWidget* w : std::initializer_list<QWidget*>{&login, &first, &create, &reset, &list,
                                                      &settings, &draftsDialog, &view}) {
        w->show();
        QVERIFY2(unnamed(w).isEmpty(),
                 qPrintable(QString::fromLatin1(w->metaObject()->className()) + ": " +
                            unnamed(w).join(", ")));
    }
    // The handover dialog in each of its ways (each shows other fields).
    HandoverDialog handover(1, "ALM01-02-000001-E");
    handover.show();
    for (HandoverRecipient r : {HandoverRecipient::Applicant, HandoverRecipient::DigitalDocument,
                                HandoverRecipient::Representative}) {
        handover.setRecipient(r);
        QVERIFY2(unnamed(&handover).isEmpty(), qPrintable(unnamed(&handover).join(", ")));
    }
}

void TestDeskAccessibility::intakeReachableByKeyboard()
{
    IntakeForm form(ApplicationBasis::Annex1, Channel::StateCorporation, nullptr, "clerk1");
    form.findChild<QCheckBox*>("representativeCheckBox")->setChecked(true);
    form.show();
    QVERIFY(QTest::qWaitForWindowActive(&form));
    QSet<QWidget*> chain;
    QWidget* w = &form;
    do {
        w = w->nextInFocusChain();
        if (w->isVisible() && w->isEnabled() && (w->focusPolicy() & Qt::TabFocus))
            chain.insert(w);
    } while (w != &form);
    for (QWidget* input : form.findChildren<QWidget*>()) {
        const bool control = qobject_cast<QLineEdit*>(input) || qobject_cast<QComboBox*>(input) ||
                             qobject_cast<QAbstractButton*>(input);
        if (!control || !input->isVisible() || qobject_cast<QComboBox*>(input->parentWidget()))
            continue;
        QVERIFY2(chain.contains(input), qPrintable(input->objectName()));
    }
}

QTEST_MAIN(TestDeskAccessibility)
#include "TestDeskAccessibility.moc"
