#include "core/base/Language.h"
#include "core/desk/DraftStore.h"
#include "core/operators/OperatorDirectory.h"
#include "core/person/Countries.h"
#include "core/services/StoreThread.h"
#include "core/store/AuditTrail.h"
#include "core/store/Database.h"
#include "ui/intake/IntakeForm.h"
#include "ui/shell/LoginDialog.h"
#include "ui/shell/MainWindow.h"
#include "ui/widgets/MessageBar.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

using namespace iin;
using namespace iin::ui;

// Switching the language from the menu, without a restart, in every open window: texts from
// the forms, texts set from code (country names, the checklist, the status bar), Qt's own
// buttons; typed data and choices stay as they were; the operator's choice is remembered.
class TestDeskLanguage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void switchAtRunTime();
    void clockSkewWarning();

private:
    template <typename T>
    static T* child(QObject* parent, const char* name)
    {
        return parent->findChild<T*>(QString::fromLatin1(name));
    }
};

void TestDeskLanguage::initTestCase()
{
    Language::install("en");
}

void TestDeskLanguage::cleanupTestCase()
{
    Language::install("en");
}

void TestDeskLanguage::switchAtRunTime()
{
    QTemporaryDir dir;
    const QString journal = dir.filePath("journal.sqlite");
    auto opened = Database::open(journal);
    QVERIFY(opened.ok());
    OperatorDirectory accounts(**opened); // the test's own view of the accounts
    const auto now = QDateTime::currentDateTimeUtc();
    QVERIFY(accounts.create("admin", "Admin", Role::Administrator, "counter2026desk", "en", {}, now)
                .ok());
    const auto clerk =
        accounts.create("clerk1", "Clerk One", Role::Clerk, "counter2026desk", "en", "admin", now);
    QVERIFY(clerk.ok());
    StoreThread operators(journal, Database::OpenCheck::Deferred, QStringLiteral("operators"));
    DraftStore drafts(dir.filePath("drafts"));
    MainWindow window(&operators, &drafts, *clerk);
    window.setSyncState({false, 1, QDateTime(QDate(2026, 11, 24), QTime(6, 30), Qt::UTC), {}});
    window.show();
    IntakeForm* form = window.newIntake(ApplicationBasis::Annex1);
    auto* citizenship = child<QComboBox>(form, "citizenshipComboBox");
    citizenship->setCurrentIndex(citizenship->findData("CHN"));
    child<QLineEdit>(form, "surnameCyrillicLineEdit")->setText("Ли");
    form->check();
    LoginDialog login(operators, &window);
    login.show();
    auto* cancel =
        child<QDialogButtonBox>(&login, "loginButtonBox")->button(QDialogButtonBox::Cancel);
    QCOMPARE(cancel->text(), QString("Cancel"));
    QCOMPARE(citizenship->currentText(), QString("China"));
    const auto checklist = [&] {
        QStringList rows;
        auto* list = child<QListWidget>(form, "checklistListWidget");
        for (int i = 0; i < list->count(); ++i)
            rows << list->item(i)->text();
        return rows.join('\n');
    };
    QVERIFY(checklist().contains("application on the Annex 1 form is missing"));
    const QString englishSync = child<QLabel>(&window, "syncStateLabel")->text();

    struct Case
    {
        const char* action;
        const char* code;
        QString cancel;
        QString china;
        QString applicationWord; // in the rule set's own kk/ru message
        QString date;
    };
    const QList<Case> cases{
        {"kazakhAction", "kk", "Болдырмау", Countries::name("CHN", "kk"), "өтініш", "24.11."},
        {"russianAction", "ru", "Отмена", Countries::name("CHN", "ru"), "заявление", "24.11."},
        {"englishAction", "en", "Cancel", "China", "application", "11/24/26"},
    };
    for (const Case& c : cases) {
        window.findChild<QAction*>(QString::fromLatin1(c.action))->trigger();
        QCOMPARE(Language::current(), QString::fromLatin1(c.code));
        QVERIFY(window.findChild<QAction*>(QString::fromLatin1(c.action))->isChecked());
        // Qt posts LanguageChange to every window: it arrives with the next events.
        QTRY_COMPARE(cancel->text(), c.cancel);                          // Qt's own catalogue
        QCOMPARE(citizenship->currentText(), c.china);                   // rebuilt from code
        QCOMPARE(citizenship->currentData().toString(), QString("CHN")); // the choice stays
        QCOMPARE(child<QLineEdit>(form, "surnameCyrillicLineEdit")->text(), QString("Ли"));
        QVERIFY2(checklist().contains(c.applicationWord), qPrintable(checklist()));
        const QString sync = child<QLabel>(&window, "syncStateLabel")->text();
        QVERIFY2(sync.contains(c.date), qPrintable(sync));
        // The operator's language is remembered for the next sign-in.
        // (written on the operators' thread, with its audit record)
        QTRY_COMPARE(accounts.find("clerk1")->language, QString::fromLatin1(c.code));
    }
    QCOMPARE(child<QLabel>(&window, "syncStateLabel")->text(), englishSync);
    // The records are kept in a variable: a range-for over `*recordsFor(...)` would walk a list
    // whose Result is already gone.
    const Result<QList<AuditRecord>> records =
        AuditTrail::recordsFor((*opened)->sql(), "operator:clerk1");
    QVERIFY2(records, qPrintable(records.errorMessage()));
    int changes = 0;
    for (const AuditRecord& r : *records)
        changes += r.action == AuditTrail::LanguageChanged;
    QCOMPARE(changes, 3); // en -> kk -> ru -> en
    QVERIFY(Countries::name("CHN", "kk") != "China");
}

// The sync worker reports a clock that differs from the registry's: the message bar warns once,
// the status bar says so while it lasts, in the operator's language.
void TestDeskLanguage::clockSkewWarning()
{
    QTemporaryDir dir;
    const QString journal = dir.filePath("journal.sqlite");
    auto opened = Database::open(journal);
    QVERIFY(opened.ok());
    OperatorDirectory accounts(**opened);
    const auto now = QDateTime::currentDateTimeUtc();
    QVERIFY(accounts.create("admin", "Admin", Role::Administrator, "counter2026desk", "en", {}, now)
                .ok());
    const auto clerk =
        accounts.create("clerk1", "Clerk One", Role::Clerk, "counter2026desk", "en", "admin", now);
    QVERIFY(clerk.ok());
    StoreThread operators(journal, Database::OpenCheck::Deferred, QStringLiteral("operators"));
    DraftStore drafts(dir.filePath("drafts"));
    MainWindow window(&operators, &drafts, *clerk);
    window.show();
    MessageBar* bar = window.messageBar();
    QVERIFY(bar);
    auto* status = child<QLabel>(&window, "syncStateLabel");

    SyncState state{true, 0, now, {}};
    window.setSyncState(state);
    QVERIFY(!status->text().contains("clock"));
    state.clockSkewSeconds = -2400; // the registry's clock is 40 minutes behind this one
    window.setSyncState(state);
    QVERIFY2(bar->text().contains("40 minute(s) ahead of the registry's"), qPrintable(bar->text()));
    QCOMPARE(bar->kind(), MessageBar::Kind::Warning);
    QVERIFY(status->text().contains("40 minute(s) ahead"));
    // Told once: a later state of the same episode does not put it up again.
    bar->clearMessage();
    state.pending = 2;
    window.setSyncState(state);
    QVERIFY(bar->text().isEmpty());

    for (const char* action : {"kazakhAction", "russianAction"}) {
        window.findChild<QAction*>(QString::fromLatin1(action))->trigger();
        QTRY_VERIFY2(status->text().contains("40") && !status->text().contains("clock"),
                     qPrintable(status->text()));
    }
    window.findChild<QAction*>("englishAction")->trigger();
    QTRY_VERIFY(status->text().contains("clock"));
    // Set right: the status bar says nothing more, and a warning still up is taken down.
    state.clockSkewSeconds = 2400;
    window.setSyncState(state);
    bar->showMessage(window.clockSkewText(), MessageBar::Kind::Warning);
    state.clockSkewSeconds = 0;
    window.setSyncState(state);
    QVERIFY(!status->text().contains("clock"));
    QVERIFY(bar->text().isEmpty());
}

QTEST_MAIN(TestDeskLanguage)
#include "TestDeskLanguage.moc"
