#pragma once

#include "core/application/Application.h"
#include "core/base/Result.h"
#include "core/journal/Journal.h"
#include "core/rules/CompletenessCheck.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace iin {

class Database;

// How the likely duplicates of a package are handled.
enum class DuplicateWarning
{
    // The desk: a complete package with likely duplicates the clerk has not confirmed is not
    // registered; the clerk is asked first (RegisterOutcome::DuplicatesFound).
    AskFirst,
    // The command line, which cannot ask: the likely duplicates of any package, complete or not,
    // are reported with the outcome and stop nothing.
    Report,
};

// What the desk asks the journal to register: the application as typed, where each scan's file
// lies (SHA-256 -> local path, as the intake form remembers it), who and where.
struct RegisterRequest
{
    Application application;
    QHash<QString, QString> attachmentFiles;
    DeskContext desk;
    // The clerk saw the likely duplicates and chose to register anyway.
    bool duplicatesConfirmed = false;
    // The applications of that warning: the answer is recorded with them
    // (Journal::recordDuplicatesAnswer) before the registration.
    QList<qint64> duplicatesShown;
    // The rule edition to apply; empty: the one in force on the date of submission.
    QString rulesEdition;
    // The scans' contents already read, index for index with application.attachments (the
    // command line reads those lying beside its file); unset: read from attachmentFiles, each
    // checked against its digest.
    std::optional<QList<QByteArray>> attachmentContents;
    DuplicateWarning duplicateWarning = DuplicateWarning::AskFirst;
};

struct RegisterOutcome
{
    enum class Kind
    {
        DuplicatesFound, // nothing written but the warning (DuplicateWarning::AskFirst)
        Registered,
        RefusedAtIntake,
    };
    Kind kind = Kind::Registered;
    CheckResult check; // the edition applied and the findings
    // The likely duplicates warned of (DuplicatesFound), or reported (DuplicateWarning::Report).
    QList<DuplicateMatch> duplicates;
    Registration registration; // Registered
    qint64 applicationId = 0;  // Registered or RefusedAtIntake
};

// Paragraph 7: a package taken at the counter. It is checked against the rule set for its day
// (CompletenessCheck); a complete one is registered (number, outbox entry, audit), an
// incomplete one is recorded as refused at intake with its findings. The likely duplicates are
// looked for first and the warning shown is recorded in the audit trail
// (Journal::warnOfDuplicates); a refusal issues no number and queues nothing, so the desk
// records it without asking. Any error (the rules, an unreadable scan, the journal) leaves
// nothing written but the warning. The one path of the desk and the command line's `submit`.
class RegisterApplication
{
    Q_DECLARE_TR_FUNCTIONS(RegisterApplication)

public:
    static Result<RegisterOutcome> run(Database& database, const RegisterRequest& request);

    // The check alone: against the edition named, or (none named) the rule set in force on the
    // date of submission (today for an undated one).
    static Result<CheckResult> check(const Application& application,
                                     const std::optional<QString>& rulesEdition = std::nullopt);

    // The scans' contents, attachment for attachment, from the files given (SHA-256 -> path); an
    // attachment without a scan (only the paper was seen) gets an empty entry. A file missing,
    // unreadable, over MaxAttachmentBytes or no longer the scan attached (its digest) is an
    // error saying which.
    static Result<QList<QByteArray>> readScans(const Application& application,
                                               const QHash<QString, QString>& files);
};

} // namespace iin
