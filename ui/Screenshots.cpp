#include "Screenshots.h"

#include "Database.h"
#include "DraftStore.h"
#include "DraftsDialog.h"
#include "IntakeForm.h"
#include "Language.h"
#include "LoginDialog.h"
#include "MainWindow.h"
#include "OperatorDirectory.h"
#include "OperatorThread.h"
#include "OperatorsDialog.h"
#include "SettingsDialog.h"

#include <QApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QTemporaryDir>

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
    }
    OperatorThread operators(journal, QString());
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
    }
    return {};
}

} // namespace iin::ui
