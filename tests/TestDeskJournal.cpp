#include "core/atrest/ScanFolder.h"
#include "core/base/Language.h"
#include "core/journal/Handover.h"
#include "core/journal/Outbox.h"
#include "core/person/Iin.h"
#include "core/services/StoreThread.h"
#include "core/store/AuditTrail.h"
#include "core/store/Database.h"
#include "tests/KeyboardDriver.h"
#include "tests/StoreTestData.h"
#include "ui/journal/ApplicationView.h"
#include "ui/journal/JournalModel.h"
#include "ui/journal/JournalPage.h"
#include "ui/shell/MainWindow.h"
#include "ui/widgets/MessageBar.h"
#include "ui/widgets/MessageBox.h"

#include <QAction>
#include <QApplication>
#include <QBuffer>
#include <QComboBox>
#include <QDialog>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

using namespace iin;
using namespace iin::test;
using namespace iin::ui;

// The journal page and the application view driven as operators do, over a real journal file
// of a few hundred applications: pages read as the table scrolls, searches, filters, the order,
// opening a record (audited), cancelling from the keyboard (audited), actions by status and role.
class TestDeskJournal : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void listsNewestFirstAndReadsMoreOnDemand();
    void rowsHeldAreCapped();
    void oldestFirst();
    void searchNarrows();
    void statusFilter();
    void administratorHasNoJournal();
    void openingShowsTheDataAndIsAudited();
    void cancelFromTheKeyboard();
    void actionsFollowStatusAndRole();
    void refreshKeepsTheSelection();
    void textsFollowTheLanguage();
    void waitingForTheRegistrysDecision();

private:
    // A window for `op` over the journal, shown, with the first page of the journal read.
    MainWindow* openWindow(const Operator& op);
    JournalModel* model() const { return m_window->journalPage()->model(); }
    QTableView* table() const { return child<QTableView>(m_window.get(), "journalTableView"); }
    bool waitIdle() const
    {
        return QTest::qWaitFor([this] { return !model()->isLoading(); }, 10000);
    }
    QList<qint64> ids() const;
    QString path() const { return m_dir.filePath("journal.sqlite"); }
    QString numberOf(qint64 id);
    QString statusOf(qint64 id);
    // Records of the audit trail for the application: action -> operator, oldest first.
    QList<std::pair<QString, QString>> auditOf(qint64 id);
    // Records of the journal list shown to `login` (one per search).
    int journalViews(const QString& login);
    ApplicationView* openById(qint64 id);

    static constexpr int Registered = 300; // registered applications; one more is refused

    QTemporaryDir m_dir;
    QString m_iin; // of application 1
    std::unique_ptr<StoreThread> m_journal;
    std::unique_ptr<MainWindow> m_window;
    Operator m_clerk{1, "clerk1", "Нұрланқызы Әйгерім", Role::Clerk, "en", true};
    Operator m_supervisor{2, "super1", "Бекова Сауле", Role::Supervisor, "en", true};
    Operator m_admin{3, "admin", "Admin", Role::Administrator, "en", true};
};

void TestDeskJournal::initTestCase()
{
    Language::install("en");
    QVERIFY(m_dir.isValid());
    auto db = openOrFail(path());
    QVERIFY(db);
    Journal journal(*db);
    for (int i = 0; i < Registered; ++i) {
        Intake intake = sampleIntake(i);
        if (i == 9) {
            // Application 10 comes with a scanned passport page, an image.
            QImage scan(300, 200, QImage::Format_RGB32);
            scan.fill(Qt::darkCyan);
            QBuffer png;
            png.open(QIODevice::WriteOnly);
            scan.save(&png, "PNG");
            intake.application.attachments[1].mediaType = "image/png";
            intake.attachmentContents = {QByteArray(), png.data()};
        }
        STORE_VERIFY(journal.registerApplication(intake, sampleDesk()));
    }
    Intake refused = sampleIntake(Registered);
    refused.findings = {Finding{"attachment.missing", "annex3.row8", Severity::MissingDocument,
                                "attachments", "The copy of the identity document is missing."}};
    STORE_VERIFY(journal.refuseAtIntake(refused, sampleDesk()));

    // Applications 1-3 answered by the registry; 2 printed, 3 handed over; 5 cancelled.
    Outbox outbox(*db);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const Result<QList<OutboxEntry>> due = outbox.takeDue(now.addSecs(60), 3, "sync");
    QVERIFY(due);
    QCOMPARE(due->size(), 3);
    for (const OutboxEntry& entry : *due) {
        const Application a = sampleApplication(int(entry.applicationId - 1));
        const std::optional<QString> prefix = Iin::prefixFor(a.birthDate, a.sex, 4000);
        QVERIFY(prefix);
        const std::optional<Iin> iin = Iin::fromPrefix(*prefix);
        QVERIFY(iin);
        if (entry.applicationId == 1)
            m_iin = iin->toString();
        STORE_VERIFY(
            outbox.recordAnswer(entry.id, formedAnswer(entry, iin->toString()), now, "sync"));
    }
    QVERIFY(!m_iin.isEmpty());
    STORE_VERIFY(journal.changeStatus(2, ApplicationStatus::CertificatePrinted, "clerk1"));
    STORE_VERIFY(journal.changeStatus(3, ApplicationStatus::CertificatePrinted, "clerk1"));
    Handover handover; // to the person, on the identity document
    handover.documentNumber = QStringLiteral("N12345678");
    STORE_VERIFY(journal.recordHandover(3, handover, "clerk1"));
    STORE_VERIFY(journal.changeStatus(5, ApplicationStatus::Cancelled, "super1", "withdrawn"));
    QCOMPARE(statusOf(1), "iin_assigned");
}

void TestDeskJournal::cleanup()
{
    m_window.reset();
    m_journal.reset();
}

MainWindow* TestDeskJournal::openWindow(const Operator& op)
{
    m_journal = std::make_unique<StoreThread>(path(), Database::OpenCheck::Full, "journal");
    m_window = std::make_unique<MainWindow>(nullptr, nullptr, op);
    m_window->setJournal(m_journal.get(), "ALM01", "02");
    m_window->resize(1200, 700);
    m_window->show();
    if (!QTest::qWaitForWindowActive(m_window.get()))
        return nullptr;
    if (m_window->journalPage() &&
        !QTest::qWaitFor([this] { return model()->rowCount() > 0 && !model()->isLoading(); },
                         10000))
        return nullptr;
    return m_window.get();
}

QList<qint64> TestDeskJournal::ids() const
{
    QList<qint64> list;
    for (int r = 0; r < model()->rowCount(); ++r)
        list << model()->idAt(r);
    return list;
}

QString TestDeskJournal::numberOf(qint64 id)
{
    auto db = openOrFail(path());
    return db ? scalar(
                    *db,
                    QString("SELECT registration_number FROM applications WHERE id = %1").arg(id))
                    .toString()
              : QString();
}

QString TestDeskJournal::statusOf(qint64 id)
{
    auto db = openOrFail(path());
    return db ? scalar(*db, QString("SELECT status FROM applications WHERE id = %1").arg(id))
                    .toString()
              : QString();
}

int TestDeskJournal::journalViews(const QString& login)
{
    auto db = openOrFail(path());
    return db ? scalar(*db, QString("SELECT count(*) FROM audit_log WHERE action ="
                                    " 'application.viewed' AND subject = 'journal' AND"
                                    " operator = '%1'")
                                .arg(login))
                    .toInt()
              : -1;
}

QList<std::pair<QString, QString>> TestDeskJournal::auditOf(qint64 id)
{
    QList<std::pair<QString, QString>> list;
    auto db = openOrFail(path());
    if (!db)
        return list;
    const Result<QList<AuditRecord>> records =
        AuditTrail::recordsFor(db->sql(), QString("application:%1").arg(id));
    if (!records)
        return list;
    for (const AuditRecord& r : *records)
        list.append({r.action, r.operatorId});
    return list;
}

// Ctrl+J, the registration number typed, Enter to the results, Enter to open.
ApplicationView* TestDeskJournal::openById(qint64 id)
{
    QTest::keyClick(m_window.get(), Qt::Key_J, Qt::ControlModifier);
    if (focus() != child<QLineEdit>(m_window.get(), "searchLineEdit"))
        return nullptr;
    type(numberOf(id));
    enter();
    if (!QTest::qWaitFor([this, id] {
            return model()->rowCount() == 1 && model()->idAt(0) == id && focus() == table() &&
                   table()->currentIndex().isValid();
        }))
        return nullptr;
    enter();
    ApplicationView* view = m_window->applicationView(id);
    if (!view || !QTest::qWaitFor([view] { return view->isLoaded(); }, 10000))
        return nullptr;
    return view;
}

void TestDeskJournal::listsNewestFirstAndReadsMoreOnDemand()
{
    const int viewsBefore = journalViews("clerk1");
    QVERIFY(openWindow(m_clerk));
    QCOMPARE(model()->rowCount(), JournalModel::PageSize);
    QList<qint64> list = ids();
    QCOMPARE(list.first(), Registered + 1); // the refusal, newest
    for (int i = 1; i < list.size(); ++i)
        QCOMPARE(list[i], list[i - 1] - 1);
    QCOMPARE(model()->data(model()->index(0, JournalModel::StatusColumn)).toString(),
             "refused at intake");
    QCOMPARE(model()->data(model()->index(0, JournalModel::RegistrationNumberColumn)).toString(),
             "(no number)");
    QCOMPARE(model()->data(model()->index(1, JournalModel::CitizenshipColumn)).toString(),
             "Uzbekistan");
    // Local time in the interface language, not the stored UTC text.
    const QString at =
        model()->data(model()->index(1, JournalModel::RegisteredAtColumn)).toString();
    QVERIFY2(!at.isEmpty() && !at.contains('T') && !at.endsWith('Z'), qPrintable(at));
    QVERIFY(model()->canFetchMore());
    auto* note = child<QLabel>(m_window.get(), "noteLabel");
    QVERIFY2(note->text().contains("scroll down for more"), qPrintable(note->text()));

    // Scrolling to the end reads the next page, until the journal ends.
    QTableView* view = table();
    view->setFocus();
    view->setCurrentIndex(model()->index(0, 0));
    for (int page = 2; page <= 4; ++page) {
        QTest::keyClick(view, Qt::Key_End, Qt::ControlModifier);
        QVERIFY(QTest::qWaitFor(
            [&] { return model()->rowCount() >= std::min(page * 100, Registered + 1); }, 10000));
        QVERIFY(waitIdle());
    }
    QCOMPARE(model()->rowCount(), Registered + 1);
    QVERIFY(model()->isAtEnd());
    QVERIFY(!model()->canFetchMore());
    QCOMPARE(ids().last(), 1);
    QCOMPARE(note->text(), "301 application(s).");
    // The list shown is a view of personal data: one record for the search, none for the
    // pages scrolled after it.
    QCOMPARE(journalViews("clerk1"), viewsBefore + 1);
}

void TestDeskJournal::rowsHeldAreCapped()
{
    QVERIFY(openWindow(m_clerk));
    model()->setMaxRows(150);
    model()->setQuery({});
    QVERIFY(waitIdle());
    while (model()->canFetchMore()) {
        model()->fetchMore();
        QVERIFY(waitIdle());
    }
    QCOMPARE(model()->rowCount(), 150);
    QVERIFY(model()->isCapped());
    QCOMPARE(child<QLabel>(m_window.get(), "noteLabel")->text(),
             "Showing the first 150 applications — refine the search to see the others.");
}

void TestDeskJournal::oldestFirst()
{
    QVERIFY(openWindow(m_clerk));
    auto* order = child<QComboBox>(m_window.get(), "orderComboBox");
    order->setFocus();
    key(Qt::Key_Down); // "Oldest first"
    QVERIFY(QTest::qWaitFor([this] { return model()->idAt(0) == 1 && !model()->isLoading(); }));
    QCOMPARE(model()->rowCount(), JournalModel::PageSize);
    model()->fetchMore();
    QVERIFY(waitIdle());
    QList<qint64> list = ids();
    QCOMPARE(list.size(), 200);
    for (int i = 0; i < list.size(); ++i)
        QCOMPARE(list[i], i + 1);
}

void TestDeskJournal::searchNarrows()
{
    QVERIFY(openWindow(m_clerk));
    QTest::keyClick(m_window.get(), Qt::Key_F3);
    auto* search = child<QLineEdit>(m_window.get(), "searchLineEdit");
    QCOMPARE(focus(), search);

    // A surname prefix, in Cyrillic: every Қасымов (each sixth sample), newest first.
    type("Қасым");
    // Searched only once typing pauses.
    QCOMPARE(model()->query().text, QString());
    QVERIFY(QTest::qWaitFor([this] { return model()->query().text == "Қасым"; }));
    QVERIFY(waitIdle());
    QCOMPARE(model()->rowCount(), Registered / 6 + 1);
    for (int r = 0; r < model()->rowCount(); ++r)
        QVERIFY(model()
                    ->data(model()->index(r, JournalModel::NameColumn))
                    .toString()
                    .contains("Қасымов"));
    QVERIFY(model()->idAt(0) > model()->idAt(1));
    // Recorded as a view, with the kind of search and never its text.
    {
        auto db = openOrFail(path());
        const QString details =
            scalar(*db, "SELECT details FROM audit_log WHERE action = 'application.viewed' AND"
                        " subject = 'journal' ORDER BY seq DESC LIMIT 1")
                .toString();
        QVERIFY2(details.contains("\"search\":true") && !details.contains("Қасым"),
                 qPrintable(details));
    }

    // The IIN.
    search->selectAll();
    type(m_iin);
    enter(); // searches at once
    QVERIFY(QTest::qWaitFor([this] { return model()->query().text == m_iin; }));
    QVERIFY(waitIdle());
    QCOMPARE(ids(), QList<qint64>{1});
    QCOMPARE(model()->data(model()->index(0, JournalModel::IinColumn)).toString(), m_iin);

    // A registration number, in lower case.
    search->setFocus();
    search->selectAll();
    type(numberOf(150).toLower());
    QVERIFY(QTest::qWaitFor([this] { return ids() == QList<qint64>{150}; }));

    // Nothing.
    search->selectAll();
    type("Zzzqx");
    QVERIFY(QTest::qWaitFor([this] { return model()->rowCount() == 0 && model()->isAtEnd(); }));
    QCOMPARE(child<QLabel>(m_window.get(), "noteLabel")->text(),
             "No application matches the search.");
}

void TestDeskJournal::statusFilter()
{
    QVERIFY(openWindow(m_clerk));
    auto* status = child<QComboBox>(m_window.get(), "statusComboBox");
    status->setCurrentIndex(status->findText("cancelled"));
    QVERIFY(QTest::qWaitFor([this] { return ids() == QList<qint64>{5}; }));
    status->setCurrentIndex(status->findText("IIN assigned"));
    QVERIFY(QTest::qWaitFor([this] { return ids() == QList<qint64>{1}; }));
    status->setCurrentIndex(status->findText("registered"));
    QVERIFY(QTest::qWaitFor([this] { return model()->rowCount() == JournalModel::PageSize; }));
    for (int r = 0; r < model()->rowCount(); ++r)
        QCOMPARE(model()->data(model()->index(r, JournalModel::StatusColumn)).toString(),
                 "registered");
    // With a name: the filter and the search together.
    child<QLineEdit>(m_window.get(), "searchLineEdit")->setText("qasymov");
    QVERIFY(QTest::qWaitFor([this] { return model()->query().text == "qasymov"; }));
    QVERIFY(waitIdle());
    // Application 1 has its IIN and the refused Қасымов is not "registered".
    QCOMPARE(model()->rowCount(), Registered / 6 - 1);
    status->setCurrentIndex(0); // all statuses
    QVERIFY(QTest::qWaitFor([this] { return model()->rowCount() == Registered / 6 + 1; }));

    // Registered today, and not tomorrow.
    auto* to = child<QLineEdit>(m_window.get(), "toDateLineEdit");
    auto* from = child<QLineEdit>(m_window.get(), "fromDateLineEdit");
    from->setFocus();
    type(QDate::currentDate().addDays(1).toString("ddMMyyyy"));
    QVERIFY(QTest::qWaitFor([this] { return model()->rowCount() == 0 && model()->isAtEnd(); }));
    from->clear();
    to->setFocus();
    type(QDate::currentDate().toString("ddMMyyyy"));
    QVERIFY(QTest::qWaitFor([this] { return model()->rowCount() == Registered / 6 + 1; }));
}

void TestDeskJournal::administratorHasNoJournal()
{
    QVERIFY(openWindow(m_admin));
    QVERIFY(!m_window->journalPage());
    QVERIFY(!child<QWidget>(m_window.get(), "journalTableView"));
    auto* action = m_window->findChild<QAction*>("journalAction");
    QVERIFY(action && !action->isVisible() && !action->isEnabled());
    QTest::keyClick(m_window.get(), Qt::Key_J, Qt::ControlModifier);
    QVERIFY(!m_window->openApplication(1));
    QVERIFY(m_window->applicationViews().isEmpty());
}

void TestDeskJournal::openingShowsTheDataAndIsAudited()
{
    QVERIFY(openWindow(m_clerk));
    const int viewsBefore = int(auditOf(10).size());
    ApplicationView* view = openById(10);
    QVERIFY(view);
    QCOMPARE(m_window->findChild<QTabWidget*>("intakeTabWidget")->currentWidget(), view);
    const QString data = child<QTextBrowser>(view, "dataBrowser")->toPlainText();
    const Application a = sampleApplication(9);
    for (const QString& expected :
         {numberOf(10), a.nameCyrillic.surname, a.nameLatin.surname, a.identityDocument->number,
          QString("Uzbekistan"), QString("Passport"), QString("State Corporation counter"),
          QLocale().toString(a.birthDate, QLocale::ShortFormat), QString("registered")})
        QVERIFY2(data.contains(expected), qPrintable(expected + " not in:\n" + data));
    QVERIFY(child<QLabel>(view, "titleLabel")->text().contains(numberOf(10)));
    QCOMPARE(child<QListWidget>(view, "attachmentsListWidget")->count(),
             sampleApplication(9).attachments.size());
    QCOMPARE(child<QTableWidget>(view, "historyTableWidget")->rowCount(), 1);
    // The scanned image is previewed (read on the journal's thread); the form was seen on
    // paper only.
    auto* attachments = child<QListWidget>(view, "attachmentsListWidget");
    auto* preview = child<QLabel>(view, "attachmentPreviewLabel");
    attachments->setCurrentRow(0);
    QVERIFY(preview->pixmap().isNull());
    QVERIFY2(preview->text().contains("there is no scan"), qPrintable(preview->text()));
    attachments->setCurrentRow(1);
    QTRY_VERIFY(!preview->pixmap().isNull());
    QVERIFY(attachments->item(1)->text().contains("passport.jpg"));
    // ...although on disk the scan is encrypted (docs/at-rest.md): no image in any file.
    const QString scans = path() + ".attachments";
    QCOMPARE(ScanFolder::count(scans).plain, 0);
    QVERIFY(ScanFolder::count(scans).encrypted > 0);
    for (const QString& digest : ScanFolder::digests(scans)) {
        QFile raw(scans + "/" + digest.left(2) + "/" + digest);
        QVERIFY(raw.open(QIODevice::ReadOnly));
        const QByteArray bytes = raw.readAll();
        QVERIFY(bytes.startsWith("IINSCAN1") && !bytes.contains("PNG"));
    }
    // The view and the scan opened are in the audit trail, by this operator.
    const auto audit = auditOf(10);
    QCOMPARE(audit.size(), viewsBefore + 2);
    QCOMPARE(audit[audit.size() - 2], (std::pair<QString, QString>{AuditTrail::Viewed, "clerk1"}));
    QCOMPARE(audit.last(), (std::pair<QString, QString>{AuditTrail::ScanOpened, "clerk1"}));
    // The clerk is not shown the audit trail (Permission::ViewAuditTrail).
    auto* sections = child<QTabWidget>(view, "sectionsTabWidget");
    QCOMPARE(sections->indexOf(view->findChild<QWidget*>("auditTab")), -1);

    // F5 reads it again: another view recorded. Escape closes it, back in the journal.
    view->setFocus();
    QTest::keyClick(focus(), Qt::Key_F5);
    QVERIFY(QTest::qWaitFor([&] { return auditOf(10).size() == audit.size() + 1; }));
    key(Qt::Key_Escape);
    QVERIFY(QTest::qWaitFor([this] { return m_window->applicationViews().isEmpty(); }));
    QCOMPARE(m_window->findChild<QTabWidget*>("intakeTabWidget")->currentWidget(),
             m_window->journalPage());

    // The supervisor is, with the view itself in it.
    cleanup();
    QVERIFY(openWindow(m_supervisor));
    ApplicationView* supervised = openById(10);
    QVERIFY(supervised);
    QVERIFY(child<QTabWidget>(supervised, "sectionsTabWidget")
                ->indexOf(supervised->findChild<QWidget*>("auditTab")) >= 0);
    auto* auditTable = child<QTableWidget>(supervised, "auditTableWidget");
    QCOMPARE(auditTable->rowCount(), auditOf(10).size());
    QCOMPARE(auditTable->item(auditTable->rowCount() - 1, 3)->text(), "viewed");
}

void TestDeskJournal::cancelFromTheKeyboard()
{
    QVERIFY(openWindow(m_supervisor));
    ApplicationView* view = openById(4);
    QVERIFY(view);
    auto* cancel = child<QPushButton>(view, "cancelButton");
    QVERIFY(cancel->isVisible() && cancel->isEnabled());
    QSignalSpy cancelled(view, &ApplicationView::cancelled);

    // A mnemonic "clicks" its button after a short animation.
    QTest::keyClick(focus(), Qt::Key_T, Qt::AltModifier);
    QTRY_COMPARE(focus(), child<QLineEdit>(view, "cancelReasonLineEdit"));
    // No reason: nothing happens but a word.
    enter();
    QCOMPARE(statusOf(4), "registered");
    QVERIFY(child<MessageBar>(view, "messageBar")->text().contains("reason"));
    // The question answered No: nothing written.
    type("applicant withdrew");
    MessageBox::setNextAnswer(QMessageBox::No);
    enter();
    QTest::qWait(200);
    QCOMPARE(statusOf(4), "registered");
    MessageBox::setNextAnswer(QMessageBox::Yes);
    enter();
    QVERIFY(QTest::qWaitFor([&] { return cancelled.size() == 1; }, 10000));
    QCOMPARE(statusOf(4), "cancelled");
    const auto audit = auditOf(4);
    bool found = false;
    auto db = openOrFail(path());
    QSqlQuery q(db->sql());
    QVERIFY(q.exec("SELECT operator, details FROM audit_log WHERE subject = 'application:4'"
                   " AND action = 'application.status_changed'"));
    while (q.next()) {
        const QJsonObject details = QJsonDocument::fromJson(q.value(1).toByteArray()).object();
        if (details["to"].toString() == "cancelled") {
            QCOMPARE(q.value(0).toString(), "super1");
            QCOMPARE(details["note"].toString(), "applicant withdrew");
            found = true;
        }
    }
    QVERIFY(found);
    QCOMPARE(scalar(*db, "SELECT state FROM outbox WHERE application_id = 4").toString(),
             "cancelled");
    // The view reads itself again; cancelling is no longer offered; the journal follows.
    QVERIFY(QTest::qWaitFor([&] { return view->status() == ApplicationStatus::Cancelled; }));
    QVERIFY(!cancel->isEnabled());
    QVERIFY(!child<QWidget>(view, "cancelFrame")->isVisible());
    QVERIFY(QTest::qWaitFor([this] {
        const int row = model()->rowOf(4);
        return row >= 0 &&
               model()->data(model()->index(row, JournalModel::StatusColumn)).toString() ==
                   "cancelled";
    }));
    // Ctrl+W closes the view for a supervisor too (who takes no applications).
    view->setFocus();
    key(Qt::Key_W, Qt::ControlModifier);
    QTRY_VERIFY(m_window->applicationViews().isEmpty());
}

void TestDeskJournal::actionsFollowStatusAndRole()
{
    struct Expected
    {
        qint64 id;
        bool certificate, reprint, receipt, handover;
    };
    QVERIFY(openWindow(m_clerk));
    QSignalSpy prints(m_window.get(), &MainWindow::printRequested);
    QSignalSpy handovers(m_window.get(), &MainWindow::handoverRequested);
    for (const Expected& e :
         {Expected{1, true, false, true, false}, Expected{2, false, true, true, true},
          Expected{3, false, true, true, false}, Expected{7, false, false, true, false},
          Expected{5, false, false, false, false},
          Expected{Registered + 1, false, false, true, false}}) {
        ApplicationView* view = m_window->openApplication(e.id);
        QVERIFY(view);
        QVERIFY(QTest::qWaitFor([view] { return view->isLoaded(); }, 10000));
        const QString at = QString("application %1").arg(e.id);
        QVERIFY2(child<QPushButton>(view, "printCertificateButton")->isEnabled() == e.certificate,
                 qPrintable(at));
        QVERIFY2(child<QPushButton>(view, "reprintCertificateButton")->isEnabled() == e.reprint,
                 qPrintable(at));
        QVERIFY2(child<QPushButton>(view, "printReceiptButton")->isEnabled() == e.receipt,
                 qPrintable(at));
        QVERIFY2(child<QPushButton>(view, "handoverButton")->isEnabled() == e.handover,
                 qPrintable(at));
        // A clerk cancels nothing.
        QVERIFY(!child<QPushButton>(view, "cancelButton")->isVisible());
        QVERIFY(!child<QPushButton>(view, "cancelButton")->isEnabled());
    }

    // The buttons ask by signal, with what to print; the main window opens its preview, closed
    // here unprinted.
    const auto closePreview = [this] {
        QDialog* preview = nullptr;
        QTRY_VERIFY((preview = m_window->findChild<QDialog*>("PrintPreviewDialog")) &&
                    preview->isVisible());
        const QPointer<QDialog> guard = preview;
        preview->reject();
        QTRY_VERIFY(!guard || !guard->isVisible());
        QTRY_VERIFY(QApplication::focusWidget());
    };
    ApplicationView* printed = m_window->applicationView(2);
    m_window->openApplication(2);
    QTest::keyClick(focus(), Qt::Key_R, Qt::AltModifier);
    QTRY_COMPARE(prints.size(), 1);
    QCOMPARE(prints[0][0].toLongLong(), 2);
    QCOMPARE(prints[0][1].value<PrintedDocument>(), PrintedDocument::Certificate);
    QCOMPARE(prints[0][2].toBool(), true);
    closePreview();
    child<QPushButton>(printed, "handoverButton")->click();
    QCOMPARE(handovers.size(), 1);
    QCOMPARE(handovers[0][0].toLongLong(), 2);
    // ... and the main window opens the handover dialog for it; closed, it records nothing.
    QDialog* handover = nullptr;
    QTRY_VERIFY((handover = m_window->findChild<QDialog*>("HandoverDialog")) &&
                handover->isVisible());
    QPointer<QDialog> guard = handover;
    handover->reject();
    QTRY_VERIFY(!guard || !guard->isVisible());
    m_window->openApplication(Registered + 1);
    QTest::keyClick(focus(), Qt::Key_E, Qt::AltModifier);
    QTRY_COMPARE(prints.size(), 2);
    QCOMPARE(prints[1][1].value<PrintedDocument>(), PrintedDocument::RefusalReceipt);
    closePreview();
    m_window->openApplication(1);
    QTest::keyClick(focus(), Qt::Key_C, Qt::AltModifier);
    QTRY_COMPARE(prints.size(), 3);
    QCOMPARE(prints[2][1].value<PrintedDocument>(), PrintedDocument::Certificate);
    QCOMPARE(prints[2][2].toBool(), false);
    closePreview();

    // A supervisor may cancel what the lifecycle allows, and only that.
    cleanup();
    QVERIFY(openWindow(m_supervisor));
    for (const auto& [id, allowed] : {std::pair<qint64, bool>{7, true}, {1, false}, {5, false}}) {
        ApplicationView* view = m_window->openApplication(id);
        QVERIFY(QTest::qWaitFor([view] { return view->isLoaded(); }, 10000));
        QVERIFY(child<QPushButton>(view, "cancelButton")->isVisible());
        QCOMPARE(child<QPushButton>(view, "cancelButton")->isEnabled(), allowed);
    }
}

void TestDeskJournal::refreshKeepsTheSelection()
{
    QVERIFY(openWindow(m_clerk));
    QVERIFY(m_window->journalPage()->selectId(290));
    // The registry answers elsewhere (the sync worker's connection): the journal changes.
    {
        auto db = openOrFail(path());
        Journal journal(*db);
        STORE_VERIFY(journal.changeStatus(290, ApplicationStatus::Sent, "sync"));
    }
    SyncState state;
    state.online = true;
    state.sent = 1;
    m_window->setSyncState(state);
    QVERIFY(QTest::qWaitFor([this] {
        const int row = model()->rowOf(290);
        return row >= 0 &&
               model()->data(model()->index(row, JournalModel::StatusColumn)).toString() ==
                   "sent to the registry";
    }));
    QCOMPARE(m_window->journalPage()->currentId(), 290);
    QCOMPARE(model()->rowCount(), JournalModel::PageSize);
}

void TestDeskJournal::textsFollowTheLanguage()
{
    QVERIFY(openWindow(m_clerk));
    ApplicationView* view = m_window->openApplication(1);
    QVERIFY(QTest::qWaitFor([view] { return view->isLoaded(); }, 10000));
    QVERIFY(Language::install("ru"));
    QCOMPARE(model()->data(model()->index(1, JournalModel::CitizenshipColumn)).toString(),
             "Узбекистан");
    QTRY_VERIFY(child<QTextBrowser>(view, "dataBrowser")->toPlainText().contains("Узбекистан"));
    QVERIFY(Language::install("en"));
    QCOMPARE(model()->data(model()->index(1, JournalModel::CitizenshipColumn)).toString(),
             "Uzbekistan");
}

// A request the registry holds for its officer (pending_review): the journal and the view say so
// in the operator's language, and the status filter finds it. Last: it sends application 4.
void TestDeskJournal::waitingForTheRegistrysDecision()
{
    qint64 waitingId = 0;
    {
        auto db = openOrFail(path());
        QVERIFY(db);
        Outbox outbox(*db);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const Result<QList<OutboxEntry>> due = outbox.takeDue(now.addSecs(60), 1, "sync");
        STORE_VERIFY(due);
        QCOMPARE(due->size(), 1);
        RegistryAnswer wait = formedAnswer(due->first(), {}, RegistryAnswer::State::PendingReview);
        wait.reviewId = 7;
        STORE_VERIFY(
            outbox.recordAwaitingDecision(due->first().id, wait, now, now.addSecs(600), "sync"));
        waitingId = due->first().applicationId;
    }
    QCOMPARE(statusOf(waitingId), "sent");

    QVERIFY(openWindow(m_clerk));
    auto* status = child<QComboBox>(m_window.get(), "statusComboBox");
    const int waitingEntry = status->findText("waiting for the registry's decision");
    QVERIFY(waitingEntry > 0);
    status->setCurrentIndex(waitingEntry);
    QVERIFY(QTest::qWaitFor([&] { return ids() == QList<qint64>{waitingId}; }));
    QCOMPARE(model()->data(model()->index(0, JournalModel::StatusColumn)).toString(),
             "waiting for the registry's decision");
    // It is still a sent application: the plain "sent" filter lists it too.
    status->setCurrentIndex(status->findText("sent to the registry"));
    QVERIFY(QTest::qWaitFor([&] { return model()->query().awaitingDecision == false; }));
    QVERIFY(waitIdle());
    QVERIFY(ids().contains(waitingId));
    status->setCurrentIndex(waitingEntry);
    QVERIFY(QTest::qWaitFor([&] { return ids() == QList<qint64>{waitingId}; }));

    ApplicationView* view = m_window->openApplication(waitingId);
    QVERIFY(view && QTest::qWaitFor([view] { return view->isLoaded(); }, 10000));
    const QString data = child<QTextBrowser>(view, "dataBrowser")->toPlainText();
    QVERIFY2(data.contains("waiting for the registry's decision (review 7)"), qPrintable(data));
    QVERIFY(
        child<QLabel>(view, "titleLabel")->text().contains("waiting for the registry's decision"));

    QVERIFY(Language::install("kk"));
    QTRY_COMPARE(model()->data(model()->index(0, JournalModel::StatusColumn)).toString(),
                 QString::fromUtf8("тізілімнің шешімін күтуде"));
    QTRY_VERIFY(status->findText(QString::fromUtf8("тізілімнің шешімін күтуде")) > 0);
    QTRY_VERIFY(child<QTextBrowser>(view, "dataBrowser")
                    ->toPlainText()
                    .contains(QString::fromUtf8("тізілімнің шешімін күтуде (қарау № 7)")));
    QVERIFY(Language::install("ru"));
    QTRY_COMPARE(model()->data(model()->index(0, JournalModel::StatusColumn)).toString(),
                 QString::fromUtf8("ожидает решения реестра"));
    QVERIFY(Language::install("en"));
}

QTEST_MAIN(TestDeskJournal)
#include "TestDeskJournal.moc"
