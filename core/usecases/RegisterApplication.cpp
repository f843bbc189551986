#include "core/usecases/RegisterApplication.h"

#include "core/atrest/DraftScans.h"
#include "core/journal/Intake.h"
#include "core/rules/RuleSet.h"
#include "core/store/Database.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>

namespace iin {

Result<CheckResult> RegisterApplication::check(const Application& application,
                                               const std::optional<QString>& rulesEdition)
{
    const QDate day =
        application.submittedOn.isValid() ? application.submittedOn : QDate::currentDate();
    const Result<RuleSet> rules =
        rulesEdition ? RuleSet::edition(*rulesEdition) : RuleSet::effectiveOn(day);
    if (!rules)
        return rules.error();
    return CompletenessCheck::check(application, *rules);
}

Result<QList<QByteArray>> RegisterApplication::readScans(const Application& application,
                                                         const QHash<QString, QString>& files)
{
    QList<QByteArray> contents;
    for (const Attachment& a : application.attachments) {
        // An attachment without a scan (only the paper was seen) has no file to copy.
        const QString path =
            a.sha256.isEmpty() ? QString() : files.value(a.sha256, files.value(a.sha256.toLower()));
        if (path.isEmpty()) {
            contents.append(QByteArray());
            continue;
        }
        const QString name = QFileInfo(path).fileName();
        QFile file(path);
        if (!file.exists())
            return Error{QStringLiteral("journal.attachment_missing"),
                         tr("The scan \"%1\" is no longer at %2. Attach it again, then register.")
                             .arg(a.fileName.isEmpty() ? name : a.fileName, path)};
        if (file.size() > MaxAttachmentBytes)
            return Error{QStringLiteral("journal.attachment_unreadable"),
                         tr("The scan \"%1\" at %2 cannot be read. Attach it again, then "
                            "register.")
                             .arg(a.fileName.isEmpty() ? name : a.fileName, path)};
        // The scan dialog's pages are kept encrypted (docs/at-rest.md): read through DraftScans.
        Result<QByteArray> read = DraftScans::read(path);
        if (!read)
            return Error{QStringLiteral("journal.attachment_unreadable"),
                         tr("The scan \"%1\" at %2 cannot be read. Attach it again, then "
                            "register.")
                             .arg(a.fileName.isEmpty() ? name : a.fileName, path)};
        QByteArray content = std::move(read).value();
        // The file must still be the scan the clerk attached and saw.
        const QString digest = QString::fromLatin1(
            QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex());
        if (digest.compare(a.sha256, Qt::CaseInsensitive) != 0)
            return Error{QStringLiteral("journal.attachment_changed"),
                         tr("The scan \"%1\" at %2 has changed since it was attached. Attach it "
                            "again, then register.")
                             .arg(a.fileName.isEmpty() ? name : a.fileName, path)};
        contents.append(std::move(content));
    }
    return contents;
}

Result<RegisterOutcome> RegisterApplication::run(Database& database, const RegisterRequest& request)
{
    const Application& application = request.application;
    RegisterOutcome outcome;
    {
        Result<CheckResult> checked =
            check(application, request.rulesEdition.isEmpty()
                                   ? std::nullopt
                                   : std::optional<QString>(request.rulesEdition));
        if (!checked)
            return checked.error();
        outcome.check = std::move(checked).value();
    }
    const CheckResult& check = outcome.check;

    Journal journal(database);
    // The duplicate warning matters before a number is issued; a refusal issues none and queues
    // nothing, so the desk records it without asking.
    const bool ask = request.duplicateWarning == DuplicateWarning::AskFirst;
    if (!ask || (check.complete && !request.duplicatesConfirmed)) {
        Result<QList<DuplicateMatch>> matches =
            journal.warnOfDuplicates(application, request.desk.operatorId);
        if (!matches)
            return matches.error();
        outcome.duplicates = std::move(matches).value();
        if (ask && !outcome.duplicates.isEmpty()) {
            outcome.kind = RegisterOutcome::Kind::DuplicatesFound;
            return outcome;
        }
    }

    if (request.duplicatesConfirmed && !request.duplicatesShown.isEmpty()) {
        if (Status s = journal.recordDuplicatesAnswer(request.duplicatesShown, true,
                                                      request.desk.operatorId);
            !s)
            return s.error();
    }

    Intake intake = Intake::from(application, check);
    if (request.attachmentContents) {
        intake.attachmentContents = *request.attachmentContents;
    } else {
        Result<QList<QByteArray>> contents = readScans(application, request.attachmentFiles);
        if (!contents)
            return contents.error();
        intake.attachmentContents = std::move(contents).value();
    }

    if (check.complete) {
        const Result<Registration> r = journal.registerApplication(intake, request.desk);
        if (!r)
            return r.error();
        outcome.kind = RegisterOutcome::Kind::Registered;
        outcome.registration = *r;
        outcome.applicationId = r->applicationId;
        return outcome;
    }
    const Result<qint64> refused = journal.refuseAtIntake(intake, request.desk);
    if (!refused)
        return refused.error();
    outcome.kind = RegisterOutcome::Kind::RefusedAtIntake;
    outcome.applicationId = *refused;
    return outcome;
}

} // namespace iin
