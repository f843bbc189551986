#include "app/desk/Screenshots.h"

#include "core/application/ApplicationJson.h"
#include "core/base/Language.h"
#include "core/blanks/BlankLedger.h"
#include "core/complaints/Complaint.h"
#include "core/complaints/ComplaintRegister.h"
#include "core/desk/DraftStore.h"
#include "core/journal/Journal.h"
#include "core/journal/Outbox.h"
#include "core/operators/OperatorDirectory.h"
#include "core/rules/RuleSet.h"
#include "core/services/StoreThread.h"
#include "core/store/Database.h"
#include "ui/complaints/CalendarDialog.h"
#include "ui/complaints/ComplaintsWindow.h"
#include "ui/handover/HandoverDialog.h"
#include "ui/intake/DraftsDialog.h"
#include "ui/intake/IntakeForm.h"
#include "ui/journal/ApplicationView.h"
#include "ui/journal/JournalModel.h"
#include "ui/journal/JournalPage.h"
#include "ui/office/DashboardWindow.h"
#include "ui/office/ShiftReportDialog.h"
#include "ui/operators/OperatorsDialog.h"
#include "ui/printing/PrintPreviewDialog.h"
#include "ui/shell/LoginDialog.h"
#include "ui/shell/MainWindow.h"
#include "ui/shell/SettingsDialog.h"

#include <QAction>
#include <QApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QHash>
#include <QTemporaryDir>
#include <QUuid>

namespace iin::ui {

namespace {

Application sampleApplication()
{
    Application a;
    a.submittedOn = QDate::currentDate();
    a.nameCyrillic = {QStringLiteral("Каримова"), QStringLiteral("Дильноза"), QString()};
    a.nameLatin = {QStringLiteral("KARIMOVA"), QStringLiteral("DILNOZA"), QString()};
    a.birthDate = QDate(1991, 4, 17);
    a.birthPlace = QStringLiteral("Ташкент");
    a.sex = Sex::Female;
    a.citizenship = QStringLiteral("UZB");
    IdentityDocument d;
    d.number = QStringLiteral("FA1234567");
    d.issuingState = QStringLiteral("UZB");
    d.issueDate = QDate(2021, 3, 2);
    d.expiryDate = QDate(2031, 3, 1);
    a.identityDocument = d;
    return a;
}

// Runs the event loop until `done` holds (answers from the journal's thread), at most 10 s.
template <typename Done>
void waitFor(Done done)
{
    for (QDeadlineTimer deadline(10000); !done() && !deadline.hasExpired();)
        QApplication::processEvents(QEventLoop::AllEvents, 50);
}

// A few applications in the journal, for the journal page and the application view: the
// sample and two more people.
Result<qint64> registerSamples(Database& db, const QString& clerk)
{
    Journal journal(db);
    const DeskContext desk{QStringLiteral("ALM01"), QStringLiteral("02"), clerk};
    const struct
    {
        const char16_t* surname;
        const char16_t* given;
        const char16_t* latinSurname;
        const char16_t* latinGiven;
        const char16_t* document;
    } people[] = {
        {u"Ван", u"Лэй", u"WANG", u"LEI", u"E12345678"},
        {u"Мюллер", u"Анна", u"MUELLER", u"ANNA", u"C01X00T47"},
        {u"Каримова", u"Дильноза", u"KARIMOVA", u"DILNOZA", u"FA1234567"},
    };
    qint64 last = 0;
    for (const auto& p : people) {
        Application a = sampleApplication();
        a.nameCyrillic = {QString::fromUtf16(p.surname), QString::fromUtf16(p.given), QString()};
        a.nameLatin = {QString::fromUtf16(p.latinSurname), QString::fromUtf16(p.latinGiven),
                       QString()};
        a.identityDocument->number = QString::fromUtf16(p.document);
        // The papers taken at the counter (descriptions only: the receipt lists them).
        a.attachments = {{AttachmentKind::ApplicationForm, QStringLiteral("application.pdf")},
                         {AttachmentKind::IdentityDocumentCopy, QStringLiteral("passport.pdf")}};
        Intake intake;
        intake.application = a;
        intake.json = ApplicationJson::toBytes(a);
        intake.attachmentContents = {QByteArray(), QByteArray()};
        intake.rulesEdition = RuleSet::effectiveOn(a.submittedOn)->id();
        const Result<Registration> r = journal.registerApplication(intake, desk);
        if (!r)
            return r.error();
        last = r->applicationId;
    }
    return last;
}

// A day at the office for the supervisor's dashboard: more applications, answered by the
// registry, rejected, printed, handed over or still on the way, a refusal, blanks received.
Status officeSamples(Database& db, const QString& clerk, const QString& supervisor)
{
    Journal journal(db);
    const DeskContext desk{QStringLiteral("ALM01"), QStringLiteral("02"), clerk};
    using S = ApplicationStatus;
    const QList<S> outcomes{
        S::Sent,        S::Sent,       S::IinAssigned,        S::IinAssigned,
        S::IinAssigned, S::Rejected,   S::CertificatePrinted, S::CertificatePrinted,
        S::HandedOver,  S::HandedOver, S::Registered};
    QHash<qint64, S> wanted;
    for (qsizetype i = 0; i < outcomes.size(); ++i) {
        Application a = sampleApplication();
        a.nameLatin.surname = QStringLiteral("SAMPLE");
        a.nameCyrillic.surname = QStringLiteral("Үлгі");
        a.identityDocument->number = QStringLiteral("SM%1").arg(1000000 + i);
        a.attachments = {{AttachmentKind::ApplicationForm, QStringLiteral("application.pdf")},
                         {AttachmentKind::IdentityDocumentCopy, QStringLiteral("passport.pdf")}};
        Intake intake;
        intake.application = a;
        intake.json = ApplicationJson::toBytes(a);
        intake.attachmentContents = {QByteArray(), QByteArray()};
        intake.rulesEdition = RuleSet::effectiveOn(a.submittedOn)->id();
        const Result<Registration> r = journal.registerApplication(intake, desk);
        if (!r)
            return r.error();
        wanted.insert(r->applicationId, outcomes[i]);
    }
    Outbox outbox(db);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const Result<QList<OutboxEntry>> due = outbox.takeDue(now.addSecs(60), 1000, clerk);
    if (!due)
        return due.error();
    for (const OutboxEntry& entry : *due) {
        const S target = wanted.value(entry.applicationId, S::Sent);
        if (target == S::Sent || target == S::Registered)
            continue;
        RegistryAnswer answer;
        answer.idempotencyKey = QUuid::fromString(entry.idempotencyKey);
        answer.answeredAt = now;
        if (target == S::Rejected) {
            answer.state = RegistryAnswer::State::Rejected;
            answer.reason = QStringLiteral("document_invalid");
        } else {
            answer.state = RegistryAnswer::State::Formed;
            answer.iin = QStringLiteral("800101300016");
        }
        if (Status s = outbox.recordAnswer(entry.id, answer, now, clerk); !s)
            return s;
        for (S step : {S::CertificatePrinted, S::HandedOver}) {
            if (int(step) > int(target) || target == S::Rejected || target == S::IinAssigned)
                break;
            if (step == S::HandedOver) {
                Handover h;
                h.documentNumber = QStringLiteral("SM%1").arg(entry.applicationId);
                if (const Result<Handover> r =
                        journal.recordHandover(entry.applicationId, h, clerk);
                    !r)
                    return r.error();
            } else if (Status s = journal.changeStatus(entry.applicationId, step, clerk); !s) {
                return s;
            }
        }
    }
    Intake refused;
    refused.application = sampleApplication();
    refused.application.identityDocument.reset();
    refused.json = ApplicationJson::toBytes(refused.application);
    refused.rulesEdition = RuleSet::effectiveOn(refused.application.submittedOn)->id();
    if (const Result<qint64> r = journal.refuseAtIntake(refused, desk); !r)
        return r.error();
    if (const Result<BlankRange> r =
            BlankLedger::receive(db.sql(), supervisor, QStringLiteral("AB"), 1001, 1040);
        !r)
        return r.error();
    return {};
}

Status grab(QWidget* widget, const QString& path)
{
    widget->show();
    for (int i = 0; i < 5; ++i)
        QApplication::processEvents();
    if (!widget->grab().save(path))
        return Error{QStringLiteral("screenshots.write"),
                     QStringLiteral("cannot write %1").arg(path)};
    return {};
}

} // namespace

Status writeScreenshots(const QString& folder)
{
    QTemporaryDir data;
    if (!data.isValid() || !QDir().mkpath(folder))
        return Error{QStringLiteral("screenshots.folder"),
                     QStringLiteral("cannot create %1").arg(folder)};
    // The accounts are made before any window exists; the windows then use the operators'
    // thread as the desk does.
    const QString journal = data.filePath(QStringLiteral("journal.sqlite"));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QString password = QStringLiteral("sample-password-2026");
    Result<Operator> clerk = Operator{};
    Result<Operator> supervisor = Operator{};
    qint64 application = 0;
    {
        auto db = Database::open(journal);
        if (!db)
            return db.error();
        OperatorDirectory operators(**db);
        const Result<Operator> admin =
            operators.create(QStringLiteral("admin"), QStringLiteral("Сейтжанов Ерлан"),
                             Role::Administrator, password, QStringLiteral("kk"), QString(), now);
        if (!admin)
            return admin.error();
        clerk = operators.create(QStringLiteral("aigerim"), QStringLiteral("Нұрланқызы Әйгерім"),
                                 Role::Clerk, password, QStringLiteral("kk"),
                                 QStringLiteral("admin"), now);
        if (!clerk)
            return clerk.error();
        supervisor = operators.create(QStringLiteral("saule"), QStringLiteral("Әлиева Сәуле"),
                                      Role::Supervisor, password, QStringLiteral("kk"),
                                      QStringLiteral("admin"), now);
        if (!supervisor)
            return supervisor.error();
        const Result<qint64> sample = registerSamples(**db, clerk->login);
        if (!sample)
            return sample.error();
        application = *sample;
        if (Status s = officeSamples(**db, clerk->login, supervisor->login); !s)
            return s;
        ComplaintRegister complaints(**db, WorkingCalendar());
        Complaint c;
        c.applicationId = application;
        c.addressee = ComplaintAddressee::QualityControl;
        c.received = QDate::currentDate().addDays(-12);
        c.channel = ComplaintChannel::Post;
        c.complainant = QStringLiteral("Каримова Дильноза");
        c.substance = QStringLiteral("Жауап берілмеді");
        if (const Result<ComplaintEntry> e = complaints.add(c, supervisor->login, c.received); !e)
            return e.error();
    }
    StoreThread operators(journal, Database::OpenCheck::Deferred, QStringLiteral("operators"));
    StoreThread journalThread(journal, Database::OpenCheck::Full, QStringLiteral("journal"));
    for (const QString& lang : {QStringLiteral("kk"), QStringLiteral("ru")}) {
        Language::install(lang);
        DraftStore drafts(data.filePath(QStringLiteral("drafts-") + lang));
        const QString suffix = u'-' + lang + QStringLiteral(".png");

        MainWindow window(&operators, &drafts, *clerk);
        window.resize(1366, 860);
        window.setTrainingMode(true);
        window.setSyncState({false, 2, now.addSecs(-600), QString()});
        IntakeForm* form = window.newIntake(ApplicationBasis::Annex1);
        form->setApplication(sampleApplication());
        form->check();
        if (Status s = grab(&window, folder + QStringLiteral("/desk-intake") + suffix); !s)
            return s;
        form->saveDraftNow();

        DraftsDialog draftsDialog(drafts, {});
        if (Status s = grab(&draftsDialog, folder + QStringLiteral("/desk-drafts") + suffix); !s)
            return s;
        LoginDialog login(operators);
        if (Status s = grab(&login, folder + QStringLiteral("/desk-login") + suffix); !s)
            return s;
        SettingsDialog settings;
        if (Status s = grab(&settings, folder + QStringLiteral("/desk-settings") + suffix); !s)
            return s;
        OperatorsDialog operatorsDialog(operators, QStringLiteral("admin"));
        operatorsDialog.resize(720, 420);
        for (QDeadlineTimer deadline(10000); operatorsDialog.isBusy() && !deadline.hasExpired();)
            QApplication::processEvents(QEventLoop::AllEvents, 50);
        if (Status s = grab(&operatorsDialog, folder + QStringLiteral("/desk-operators") + suffix);
            !s)
            return s;
        window.lock();
        if (Status s = grab(&window, folder + QStringLiteral("/desk-locked") + suffix); !s)
            return s;
        window.unlock();

        // The journal, an application, its receipt in the print preview.
        window.setJournal(&journalThread, QStringLiteral("ALM01"), QStringLiteral("02"));
        window.showJournal();
        waitFor([&] { return window.journalPage()->model()->rowCount() >= 3; });
        if (Status s = grab(&window, folder + QStringLiteral("/desk-journal") + suffix); !s)
            return s;
        ApplicationView* view = window.openApplication(application);
        waitFor([&] { return view && view->isLoaded(); });
        if (Status s = grab(&window, folder + QStringLiteral("/desk-application") + suffix); !s)
            return s;
        window.printDocument(application, PrintedDocument::AcceptanceReceipt);
        PrintPreviewDialog* preview = nullptr;
        waitFor([&] {
            preview = window.findChild<PrintPreviewDialog*>();
            return preview && preview->isReady();
        });
        if (preview) {
            preview->resize(900, 820);
            if (Status s = grab(preview, folder + QStringLiteral("/desk-print-preview") + suffix);
                !s)
                return s;
            preview->reject();
        }

        // The handover dialog for the same application (nothing is recorded: it is closed).
        window.recordHandover(application);
        if (auto* handover = window.findChild<HandoverDialog*>()) {
            if (Status s = grab(handover, folder + QStringLiteral("/desk-handover") + suffix); !s)
                return s;
            handover->reject();
        }

        // The supervisor's complaints.
        MainWindow supervising(&operators, &drafts, *supervisor);
        supervising.setJournal(&journalThread, QStringLiteral("ALM01"), QStringLiteral("02"));
        ComplaintsWindow* complaints = supervising.showComplaints();
        waitFor([&] { return complaints && complaints->complaintCount() > 0; });
        if (complaints) {
            complaints->resize(1100, 560);
            if (Status s = grab(complaints, folder + QStringLiteral("/desk-complaints") + suffix);
                !s)
                return s;
            complaints->close();
        }
        DashboardWindow* dashboard = supervising.showDashboard();
        waitFor([&] { return dashboard && dashboard->loads() > 0; });
        if (dashboard) {
            dashboard->resize(1280, 820);
            if (Status s = grab(dashboard, folder + QStringLiteral("/desk-dashboard") + suffix); !s)
                return s;
            dashboard->close();
        }
        CalendarDialog* calendar = supervising.showCalendar();
        waitFor([&] { return calendar && calendar->isLoaded(); });
        if (calendar) {
            if (Status s = grab(calendar, folder + QStringLiteral("/desk-calendar") + suffix); !s)
                return s;
            calendar->close();
        }
        // The end-of-shift report (docs/office.md).
        supervising.findChild<QAction*>(QStringLiteral("shiftReportAction"))->trigger();
        ShiftReportDialog* report = nullptr;
        waitFor([&] {
            report = supervising.findChild<ShiftReportDialog*>();
            return report && report->isLoaded();
        });
        if (report) {
            report->resize(900, 640);
            if (Status s = grab(report, folder + QStringLiteral("/desk-shift-report") + suffix); !s)
                return s;
            report->close();
        }
    }
    return {};
}

} // namespace iin::ui
