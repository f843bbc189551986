#include "Database.h"
#include "DraftStore.h"
#include "IntakeForm.h"
#include "Language.h"
#include "LoginDialog.h"
#include "MainWindow.h"
#include "OperatorDirectory.h"
#include "OperatorThread.h"
#include "UntranslatedText.h"

#include <QAction>
#include <QApplication>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace iin;
using namespace iin::ui;

// Walks every window of the desk in Kazakh and in Russian, switched from the menu at run time as
// an operator would, and fails on any visible text, title, menu entry, header, tooltip or
// accessible name still in English.
class TestDeskTranslations : public QObject
{
    Q_OBJECT

private slots:
    void cleanup();
    void everyWindow_data();
    void everyWindow();

private:
    // Every visible top-level window's suspect texts.
    static QStringList untranslated()
    {
        // The operators' logins are data (a-z by rule).
        const iin::test::UntranslatedText finder(
            {QStringLiteral("admin"), QStringLiteral("officer")});
        QStringList found;
        for (QWidget* w : QApplication::topLevelWidgets()) {
            if (w->isVisible())
                found << finder.scan(w);
        }
        return found;
    }
    static void switchTo(MainWindow& window, const QString& language)
    {
        const QString action =
            language == u"kk" ? QStringLiteral("kazakhAction") : QStringLiteral("russianAction");
        window.findChild<QAction*>(action)->trigger();
        QCoreApplication::processEvents(); // LanguageChange is posted to every window
        QCoreApplication::processEvents();
    }
};

void TestDeskTranslations::cleanup()
{
    for (QWidget* w : QApplication::topLevelWidgets())
        w->close();
    Language::install(QStringLiteral("en"));
}

void TestDeskTranslations::everyWindow_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("kk") << QStringLiteral("kk");
    QTest::newRow("ru") << QStringLiteral("ru");
}

void TestDeskTranslations::everyWindow()
{
    QFETCH(QString, language);
    Language::install(QStringLiteral("en"));
    QTemporaryDir dir;
    const QString journal = dir.filePath("journal.sqlite");
    auto opened = Database::open(journal);
    QVERIFY(opened.ok());
    OperatorDirectory accounts(**opened);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    // Names in Cyrillic: the operators' names are data, not interface.
    const auto admin = accounts.create("admin1", "Әкімші Бірінші", Role::Administrator,
                                       "admin2026desk", "en", {}, now);
    QVERIFY(admin.ok());
    const auto officer = accounts.create("officer1", "Офицер Екінші", Role::Officer,
                                         "officer2026desk", "en", "admin1", now);
    QVERIFY(officer.ok());
    OperatorThread operators(journal, QString());
    DraftStore drafts(dir.filePath("drafts"));

    // The officer's day: the main window, both intake forms, the drafts, help, the lock screen.
    {
        MainWindow window(&operators, &drafts, *officer);
        window.setTrainingMode(true);
        window.setSyncState({false, 3, QDateTime(QDate(2026, 11, 24), QTime(6, 30), Qt::UTC), {}});
        window.show();
        switchTo(window, language);
        QStringList found = untranslated();
        QVERIFY2(found.isEmpty(), qPrintable(found.join(u'\n')));

        IntakeForm* annex1 = window.newIntake(ApplicationBasis::Annex1);
        annex1->check();
        found = untranslated();
        IntakeForm* annex2 = window.newIntake(ApplicationBasis::Annex2);
        annex2->check();
        found << untranslated();
        window.findChild<QAction*>("unfinishedAction")->trigger();
        window.findChild<QAction*>("shortcutsAction")->trigger();
        window.findChild<QAction*>("aboutAction")->trigger();
        QCoreApplication::processEvents();
        found << untranslated();
        window.lock();
        found << untranslated();
        found.removeDuplicates();
        QVERIFY2(found.isEmpty(), qPrintable(found.join(u'\n')));
        window.unlock();
    }
    // The administrator's: operators, a new operator, settings; and the sign-in dialog.
    {
        MainWindow window(&operators, &drafts, *admin);
        window.show();
        switchTo(window, language);
        window.findChild<QAction*>("operatorsAction")->trigger();
        QCoreApplication::processEvents();
        QPushButton* create = nullptr;
        for (QWidget* w : QApplication::topLevelWidgets()) {
            if (!create)
                create = w->findChild<QPushButton*>("createOperatorButton");
        }
        QVERIFY(create);
        // The accounts arrive from the operators' thread.
        auto* table = create->window()->findChild<QTableWidget*>("operatorsTableWidget");
        QVERIFY(table);
        QTRY_COMPARE(table->rowCount(), 2);
        create->click();
        window.findChild<QAction*>("settingsAction")->trigger();
        LoginDialog login(operators, &window);
        login.show();
        QCoreApplication::processEvents();
        const QStringList found = untranslated();
        QVERIFY2(found.isEmpty(), qPrintable(found.join(u'\n')));
    }
}

QTEST_MAIN(TestDeskTranslations)
#include "TestDeskTranslations.moc"
