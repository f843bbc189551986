#include "core/application/ApplicationJson.h"
#include "core/base/Language.h"
#include "core/blanks/BlankLedger.h"
#include "core/complaints/ComplaintRegister.h"
#include "core/desk/DraftStore.h"
#include "core/operators/OperatorDirectory.h"
#include "core/services/StoreThread.h"
#include "core/store/Database.h"
#include "tests/ModalDialogs.h"
#include "tests/StoreTestData.h"
#include "tests/UntranslatedText.h"
#include "ui/complaints/CalendarDialog.h"
#include "ui/complaints/ComplaintsWindow.h"
#include "ui/intake/IntakeForm.h"
#include "ui/journal/ApplicationView.h"
#include "ui/journal/JournalPage.h"
#include "ui/office/AttentionWindow.h"
#include "ui/office/DashboardWindow.h"
#include "ui/office/ShiftReportDialog.h"
#include "ui/printing/BlanksDialog.h"
#include "ui/printing/PrintPreviewDialog.h"
#include "ui/shell/LoginDialog.h"
#include "ui/shell/MainWindow.h"
#include "ui/widgets/FileDialog.h"

#include <QAbstractBarSeries>
#include <QAction>
#include <QApplication>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QDialog>
#include <QDir>
#include <QFileDialog>
#include <QJsonArray>
#include <QJsonObject>
#include <QMessageBox>
#include <QPageSetupDialog>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace iin;
using namespace iin::ui;
using namespace iin::test;

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
    void qtDialogs_data();
    void qtDialogs();
    void qtCatalogueFollowsTheSwitch();

private:
    // Words of the applicant's data in Latin letters (names, places as in the passport): data,
    // not interface.
    static void addDataWords(const QJsonValue& v, QSet<QString>& words)
    {
        static const QRegularExpression word(QStringLiteral("[A-Za-z]{3,}"));
        if (v.isString()) {
            for (auto it = word.globalMatch(v.toString()); it.hasNext();)
                words.insert(it.next().captured());
        } else if (v.isObject()) {
            for (const QJsonValue& x : v.toObject())
                addDataWords(x, words);
        } else if (v.isArray()) {
            for (const QJsonValue& x : v.toArray())
                addDataWords(x, words);
        }
    }
    static inline QSet<QString> s_dataWords;

    // Every visible top-level window's suspect texts.
    static QStringList untranslated()
    {
        // The operators' logins are data (a-z by rule), and so is the applicant's data; so are
        // office codes (TRAIN: a training desk's, shown by the end-of-shift report).
        QSet<QString> allowed = s_dataWords;
        allowed << QStringLiteral("admin") << QStringLiteral("officer") << QStringLiteral("clerk")
                << QStringLiteral("supervisor") << QStringLiteral("ALM") << QStringLiteral("TRAIN");
        const iin::test::UntranslatedText finder(allowed);
        QStringList found;
        for (QWidget* w : QApplication::topLevelWidgets()) {
            if (w->isVisible())
                found << finder.scan(w);
        }
        return found;
    }
    // The texts a chart paints itself (no widget holds them): titles, axes, categories, legend.
    static QStringList untranslatedInCharts(QWidget* window)
    {
        QSet<QString> allowed = s_dataWords;
        const iin::test::UntranslatedText finder(allowed);
        QStringList found;
        for (QChartView* view : window->findChildren<QChartView*>()) {
            if (view->chart()->title().isEmpty())
                found << view->objectName() + QStringLiteral(": no title");
            QStringList texts{view->chart()->title()};
            for (QAbstractAxis* axis : view->chart()->axes()) {
                texts << axis->titleText();
                if (auto* categories = qobject_cast<QBarCategoryAxis*>(axis))
                    texts << categories->categories();
            }
            for (QAbstractSeries* series : view->chart()->series()) {
                if (auto* bars = qobject_cast<QAbstractBarSeries*>(series)) {
                    for (QBarSet* set : bars->barSets())
                        texts << set->label();
                }
            }
            for (const QString& text : std::as_const(texts)) {
                if (finder.isSuspect(text))
                    found << view->objectName() + QStringLiteral(": ") + text;
            }
        }
        return found;
    }
    // Closes the dialogs open over the main windows.
    static void cleanupDialogs()
    {
        for (QWidget* w : QApplication::topLevelWidgets()) {
            if (auto* d = qobject_cast<QDialog*>(w); d && d->isVisible())
                d->reject();
        }
        QCoreApplication::processEvents();
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
    // One application with its certificate printed (before the accounts exist: a journal with
    // accounts takes work from its own operators only), and a complaint about it.
    const Result<qint64> printed = printedApplication(**opened, 0);
    QVERIFY2(printed, qPrintable(printed.errorMessage()));
    OperatorDirectory accounts(**opened);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    // Names in Cyrillic: the operators' names are data, not interface.
    const auto admin = accounts.create("admin1", "Әкімші Бірінші", Role::Administrator,
                                       "admin2026desk", "en", {}, now);
    QVERIFY(admin.ok());
    const auto officer = accounts.create("officer1", "Офицер Екінші", Role::Officer,
                                         "officer2026desk", "en", "admin1", now);
    QVERIFY(officer.ok());
    const auto supervisor = accounts.create("supervisor1", "Жетекші Үшінші", Role::Supervisor,
                                            "super2026desk", "en", "admin1", now);
    QVERIFY(supervisor.ok());
    // Blanks in the officer's hands: the supervisor's dialog lists them, the preview proposes one.
    QVERIFY(BlankLedger::receive((*opened)->sql(), "supervisor1", "KZ", 100, 199));
    QVERIFY(BlankLedger::handOut((*opened)->sql(), "supervisor1", 100, 109, "officer1"));
    addDataWords(ApplicationJson::toJson(sampleApplication(0)), s_dataWords);
    // The logins that worked on it (shown in its history) are data too.
    {
        QSqlQuery q((*opened)->sql());
        QVERIFY(q.exec("SELECT operator FROM audit_log UNION SELECT operator FROM status_history"));
        while (q.next())
            addDataWords(q.value(0).toString(), s_dataWords);
    }
    {
        ComplaintRegister complaints(**opened, WorkingCalendar());
        Complaint c;
        c.applicationId = *printed;
        c.addressee = ComplaintAddressee::QualityControl;
        c.received = QDate::currentDate();
        c.channel = ComplaintChannel::Post;
        c.complainant = QStringLiteral("Омаров Бауыржан");
        c.substance = QStringLiteral("Жауап жоқ");
        STORE_VERIFY(complaints.add(c, "supervisor1", QDate::currentDate()));
    }
    StoreThread operators(journal, Database::OpenCheck::Deferred, QStringLiteral("operators"));
    StoreThread journalThread(journal, Database::OpenCheck::Full, "journal");
    DraftStore drafts(dir.filePath("drafts"));

    // The officer's day: the main window, both intake forms, the drafts, help, the lock screen.
    {
        MainWindow window(&operators, &drafts, *officer);
        window.setTrainingMode(true);
        window.setSyncState({false, 3, QDateTime(QDate(2026, 11, 24), QTime(6, 30), Qt::UTC), {}});
        window.setJournal(&journalThread, QStringLiteral("ALM01"), QStringLiteral("02"));
        window.show();
        switchTo(window, language);
        QTRY_VERIFY(window.journalPage() && window.journalPage()->findChild<QTableView*>());
        QTRY_COMPARE(window.journalPage()->findChild<QTableView*>()->model()->rowCount(), 1);
        QStringList found = untranslated();
        QVERIFY2(found.isEmpty(), qPrintable(found.join(u'\n')));

        // The application view (its complaints included), the handover, the print preview.
        ApplicationView* view = window.openApplication(*printed);
        QVERIFY(view);
        QTRY_VERIFY(view->isLoaded());
        found = untranslated();
        QVERIFY2(found.isEmpty(), qPrintable(found.join(u'\n')));
        window.recordHandover(*printed);
        QCoreApplication::processEvents();
        found = untranslated();
        QVERIFY2(found.isEmpty(), qPrintable(found.join(u'\n')));
        cleanupDialogs();
        window.printDocument(*printed, PrintedDocument::Certificate);
        PrintPreviewDialog* preview = nullptr;
        QTRY_VERIFY((preview = window.findChild<PrintPreviewDialog*>()) && preview->isReady());
        found = untranslated();
        QVERIFY2(found.isEmpty(), qPrintable(found.join(u'\n')));
        cleanupDialogs();

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
    // The supervisor's: the complaints, a new complaint, an outcome, the calendar.
    {
        MainWindow window(&operators, &drafts, *supervisor);
        window.setJournal(&journalThread, QStringLiteral("ALM01"), QStringLiteral("02"));
        window.show();
        switchTo(window, language);
        ComplaintsWindow* complaints = window.showComplaints();
        QVERIFY(complaints);
        QTRY_COMPARE(complaints->complaintCount(), 1);
        QVERIFY(complaints->registerComplaint());
        QVERIFY(complaints->recordOutcome());
        CalendarDialog* calendar = window.showCalendar();
        QVERIFY(calendar);
        QTRY_VERIFY(calendar->isLoaded());
        window.findChild<QAction*>("blanksAction")->trigger();
        BlanksDialog* blanks = nullptr;
        QTRY_VERIFY((blanks = window.findChild<BlanksDialog*>()) && blanks->isLoaded());
        QCOMPARE(blanks->findChild<QTableWidget*>("holdersTable")->rowCount(), 1);
        window.findChild<QAction*>("shiftReportAction")->trigger();
        ShiftReportDialog* report = nullptr;
        QTRY_VERIFY((report = window.findChild<ShiftReportDialog*>()) && report->isLoaded());
        AttentionWindow* attention = window.showAttention();
        QVERIFY(attention);
        QTRY_VERIFY(attention->list().asOf.isValid());
        DashboardWindow* dashboard = window.showDashboard();
        QVERIFY(dashboard);
        QTRY_VERIFY(dashboard->loads() > 0);
        QStringList found = untranslated();
        found << untranslatedInCharts(dashboard);
        QVERIFY2(found.isEmpty(), qPrintable(found.join(u'\n')));
        cleanupDialogs();
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
        QTRY_COMPARE(table->rowCount(), 3);
        create->click();
        window.findChild<QAction*>("settingsAction")->trigger();
        LoginDialog login(operators, &window);
        login.show();
        QCoreApplication::processEvents();
        const QStringList found = untranslated();
        QVERIFY2(found.isEmpty(), qPrintable(found.join(u'\n')));
    }
}

void TestDeskTranslations::qtDialogs_data()
{
    everyWindow_data();
}

// Qt's own dialogs as the desk opens them: the file dialogs (attaching scans, saving a document),
// the print, page setup and print preview dialogs, a message box with every standard button, and
// the context menus of the text fields. Russian comes from Qt's catalogue (qt6-translations-l10n),
// Kazakh from the project's (translations/qt_kk.ts).
void TestDeskTranslations::qtDialogs()
{
    QFETCH(QString, language);
    QVERIFY(Language::install(language));
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QSettings().setValue("ui/lastScanFolder", dir.path());
    QSettings().setValue("ui/lastSaveFolder", dir.path());
    // Folder names on the way to the test's folder, and the scans' file extensions, are data.
    QSet<QString> allowed;
    for (const QString& path : {dir.path(), QDir::homePath(), QDir::rootPath()}) {
        for (const QString& part : QDir::cleanPath(path).split(u'/', Qt::SkipEmptyParts))
            addDataWords(part, allowed);
    }
    for (const char* extension : {"png", "jpg", "jpeg", "tif", "tiff", "bmp", "pdf"})
        allowed << QString::fromLatin1(extension);
    const UntranslatedText finder(allowed);
    QWidget owner;
    owner.show();
    QVERIFY(QTest::qWaitForWindowExposed(&owner));
    QStringList found;
    // Every page of a dialog's tabs, each shown in turn.
    const auto walk = [&](QWidget* dialog, const QString& name) {
        // For looking at: IIN_SCREENSHOTS=folder saves each dialog as the test saw it.
        if (const QString folder = qEnvironmentVariable("IIN_SCREENSHOTS"); !folder.isEmpty())
            dialog->grab().save(QDir(folder).filePath(
                QString("qt-%1-%2.png").arg(language, QString(name).replace(u' ', u'-'))));
        for (const QString& f : finder.scan(dialog))
            found << name + u": " + f;
        for (QTabWidget* tabs : dialog->findChildren<QTabWidget*>()) {
            for (int i = 0; i < tabs->count(); ++i) {
                tabs->setCurrentIndex(i);
                for (const QString& f : finder.scan(dialog))
                    found << name + u": " + f;
            }
        }
    };

    // The file dialogs, opened through the desk's own FileDialog (Qt's dialog, not the system's).
    bool opened = false;
    whenModal<QFileDialog>(this, [&](QFileDialog* dialog) {
        opened = true;
        walk(dialog, "open");
        dialog->reject();
    });
    QVERIFY(FileDialog::openFileNames(&owner, IntakeForm::tr("Attach scans"),
                                      IntakeForm::tr("Scans (*.png *.jpg *.jpeg *.tif *.tiff "
                                                     "*.bmp *.pdf);;All files (*)"))
                .isEmpty());
    QVERIFY(opened);
    opened = false;
    whenModal<QFileDialog>(this, [&](QFileDialog* dialog) {
        opened = true;
        walk(dialog, "save");
        dialog->reject();
    });
    QVERIFY(FileDialog::saveFileName(&owner, QStringLiteral("—"), QStringLiteral("1.pdf"),
                                     QStringLiteral("PDF (*.pdf)"))
                .isEmpty());
    QVERIFY(opened);

    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFileName(dir.filePath("1.pdf"));
    {
        QPrintDialog dialog(&printer, &owner);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        walk(&dialog, "print");
        // Its options, folded away at first.
        for (QPushButton* b : dialog.findChildren<QPushButton*>()) {
            if (b->isVisible() && b->text().contains(u">>"))
                b->click();
        }
        walk(&dialog, "print options");
        dialog.reject();
    }
    {
        QPageSetupDialog dialog(&printer, &owner);
        // Paper sizes keep their international names (A4, Letter, Legal), in Qt's own Russian
        // catalogue as on the packs of paper.
        for (QComboBox* c : dialog.findChildren<QComboBox*>()) {
            if (c->findText("A4") >= 0)
                c->setProperty("internationalNames", true);
        }
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        walk(&dialog, "page setup");
        dialog.reject();
    }
    {
        QPrintPreviewDialog dialog(&printer, &owner);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        walk(&dialog, "print preview");
        dialog.reject();
    }
    {
        QMessageBox box(QMessageBox::Question, QStringLiteral("—"), QStringLiteral("—"),
                        QMessageBox::Ok | QMessageBox::Save | QMessageBox::SaveAll |
                            QMessageBox::Open | QMessageBox::Yes | QMessageBox::YesToAll |
                            QMessageBox::No | QMessageBox::NoToAll | QMessageBox::Abort |
                            QMessageBox::Retry | QMessageBox::Ignore | QMessageBox::Close |
                            QMessageBox::Cancel | QMessageBox::Discard | QMessageBox::Help |
                            QMessageBox::Apply | QMessageBox::Reset | QMessageBox::RestoreDefaults,
                        &owner);
        box.setDetailedText(QStringLiteral("—"));
        box.show();
        QVERIFY(QTest::qWaitForWindowExposed(&box));
        walk(&box, "message box");
        box.reject();
    }
    // The context menus of the text fields.
    QLineEdit line(&owner);
    QTextEdit text(&owner);
    for (QMenu* menu : {line.createStandardContextMenu(), text.createStandardContextMenu()}) {
        const std::function<void(QMenu*)> visit = [&](QMenu* m) {
            for (QAction* a : m->actions()) {
                if (!a->isSeparator() && finder.isSuspect(a->text()))
                    found << QStringLiteral("context menu: ") + a->text();
                if (a->menu())
                    visit(a->menu());
            }
        };
        visit(menu);
        delete menu;
    }
    found.removeDuplicates();
    QVERIFY2(found.isEmpty(), qPrintable(found.join(u'\n')));
}

// Qt's words follow the desk's language when it is switched at run time.
void TestDeskTranslations::qtCatalogueFollowsTheSwitch()
{
    const auto lookIn = [] { return QCoreApplication::translate("QFileDialog", "Look in:"); };
    const auto ok = [] { return QCoreApplication::translate("QPrintDialog", "&Print"); };
    QVERIFY(Language::install("kk"));
    QCOMPARE(lookIn(), QString::fromUtf8("Қайда қарау:"));
    QCOMPARE(ok(), QString::fromUtf8("&Басып шығару"));
    QVERIFY(Language::install("ru"));
    QCOMPARE(lookIn(), QString::fromUtf8("Перейти к:")); // Qt's own qtbase_ru
    QCOMPARE(ok(), QString::fromUtf8("&Печать"));
    QVERIFY(Language::install("en"));
    QCOMPARE(lookIn(), QString("Look in:"));
    QVERIFY(Language::install("kk"));
    QCOMPARE(lookIn(), QString::fromUtf8("Қайда қарау:"));
}

QTEST_MAIN(TestDeskTranslations)
#include "TestDeskTranslations.moc"
