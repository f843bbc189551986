#include "app/cli/CliCommands.h"
#include "app/cli/SignIn.h"
#include "app/cli/StoreOptions.h"

#include "core/journal/Handover.h"
#include "core/store/Database.h"
#include "core/usecases/FindApplication.h"
#include "core/usecases/RecordHandover.h"

#include <QCoreApplication>

namespace iin::cli {

// Paragraph 11-1: the registration certificate handed over, recorded with who received it and
// on what document. Every problem with the description is printed before the journal is opened.
int runHandoverCommand(const QStringList& arguments)
{
    CommandLine cl(QCoreApplication::translate(
        "Cli",
        "Records the handover of the registration certificate (rules, paragraph 11-1): to the "
        "person on an identity document, to the person on an electronic document from the "
        "digital documents service, or to a representative on a power of attorney. The "
        "application must be in status certificate_printed; it moves to handed_over, recorded "
        "in the audit trail. Prints the handover as JSON. Exit 0 recorded, 1 no such application "
        "or not in status certificate_printed, 2 bad input, 3 journal error."));
    addStoreOptions(cl);
    cl.addPositional(QStringLiteral("application"),
                     QCoreApplication::translate("Cli", "Application id or registration number."),
                     QStringLiteral("<id|registration-number>"));
    cl.parser().addOptions({
        {QStringLiteral("recipient"),
         QCoreApplication::translate(
             "Cli",
             "Who receives the certificate: applicant (on the identity document), digital (on a "
             "document from the digital documents service) or representative (on a power of "
             "attorney)."),
         QStringLiteral("applicant|digital|representative")},
        {QStringLiteral("document-type"),
         QCoreApplication::translate(
             "Cli",
             "Type of the identity document presented (the person's, the digital one or the "
             "representative's): passport, stateless_travel_document, refugee_travel_document, "
             "residence_permit, id_card, other (default: passport)."),
         QStringLiteral("type"), QStringLiteral("passport")},
        {QStringLiteral("document-number"),
         QCoreApplication::translate("Cli", "Number of that identity document."),
         QStringLiteral("number")},
        {QStringLiteral("digital-reference"),
         QCoreApplication::translate(
             "Cli", "digital: the reference the digital documents service shows for the document "
                    "(optional)."),
         QStringLiteral("reference")},
        {QStringLiteral("representative-name"),
         QCoreApplication::translate(
             "Cli", "representative: surname and given name as in the representative's identity "
                    "document."),
         QStringLiteral("name")},
        {QStringLiteral("power-of-attorney-number"),
         QCoreApplication::translate("Cli", "representative: number of the power of attorney."),
         QStringLiteral("number")},
        {QStringLiteral("power-of-attorney-date"),
         QCoreApplication::translate("Cli",
                                     "representative: date of the power of attorney (YYYY-MM-DD)."),
         QStringLiteral("date")},
        {QStringLiteral("power-of-attorney-issued-by"),
         QCoreApplication::translate(
             "Cli", "representative: the notary or other issuer of the power of attorney."),
         QStringLiteral("issuer")},
        {QStringLiteral("power-of-attorney-valid-until"),
         QCoreApplication::translate(
             "Cli", "representative: the last day the power of attorney is valid (YYYY-MM-DD), if "
                    "limited."),
         QStringLiteral("date")},
    });
    if (auto exit = cl.parse(arguments, 1))
        return *exit;
    const QCommandLineParser& p = cl.parser();

    Handover h;
    const auto recipient = HandoverCodes::recipientFrom(p.value(QStringLiteral("recipient")));
    if (!recipient) {
        printError(QCoreApplication::translate("Cli", "--recipient must be one of: %1.")
                       .arg(HandoverCodes::recipientCodes().join(QStringLiteral(", "))));
        return ExitBadInput;
    }
    h.recipient = *recipient;
    const auto type = documentTypeFromString(p.value(QStringLiteral("document-type")));
    if (!type) {
        printError(QCoreApplication::translate(
                       "Cli",
                       "--document-type \"%1\" is not known: use passport, "
                       "stateless_travel_document, refugee_travel_document, residence_permit, "
                       "id_card or other.")
                       .arg(p.value(QStringLiteral("document-type"))));
        return ExitBadInput;
    }
    h.documentType = *type;
    h.documentNumber = p.value(QStringLiteral("document-number"));
    h.digitalReference = p.value(QStringLiteral("digital-reference"));
    h.representativeName = p.value(QStringLiteral("representative-name"));
    h.powerOfAttorneyNumber = p.value(QStringLiteral("power-of-attorney-number"));
    h.powerOfAttorneyIssuedBy = p.value(QStringLiteral("power-of-attorney-issued-by"));
    for (const auto& [option, date] :
         {std::pair{QStringLiteral("power-of-attorney-date"), &h.powerOfAttorneyDate},
          std::pair{QStringLiteral("power-of-attorney-valid-until"),
                    &h.powerOfAttorneyValidUntil}}) {
        if (!p.isSet(option))
            continue;
        const auto parsed = parseIsoDate(p.value(option));
        if (!parsed) {
            printError(
                QCoreApplication::translate("Cli", "--%1: \"%2\" is not a date (YYYY-MM-DD).")
                    .arg(option, p.value(option)));
            return ExitBadInput;
        }
        *date = *parsed;
    }
    const Problems problems = h.check(QDate::currentDate());
    if (!problems.isEmpty()) {
        for (const Problem& problem : problems)
            printError(problem.message);
        return ExitBadInput;
    }

    auto store = openSignedIn(p, {Permission::RecordHandover});
    if (const int* exit = std::get_if<int>(&store))
        return *exit;
    auto& [db, operatorId] = std::get<SignedInStore>(store);
    if (!db)
        return ExitFailure;
    const QString reference = cl.positionals().constFirst();
    const Result<JournalEntry> found =
        FindApplication::run(*db, reference, FindApplication::Accept::IdOrNumber);
    if (!found && found.error().code == u"journal.not_found") {
        printError(
            QCoreApplication::translate("Cli", "There is no application \"%1\".").arg(reference));
        return ExitNegative;
    }
    if (!found) {
        printError(found.errorMessage());
        return ExitFailure;
    }
    const Result<Handover> stored = RecordHandover::run(*db, found->id, h, operatorId);
    if (!stored) {
        printError(stored.errorMessage());
        const QString code = stored.error().code;
        return code == u"handover.wrong_status" || code == u"journal.not_found" ? ExitNegative
               : code == u"handover.invalid"                                    ? ExitBadInput
                                                                                : ExitFailure;
    }
    const QJsonValue null(QJsonValue::Null);
    printJson(QJsonObject{
        {QStringLiteral("application_id"), found->id},
        {QStringLiteral("registration_number"),
         found->registrationNumber.isEmpty() ? null : QJsonValue(found->registrationNumber)},
        {QStringLiteral("status"), ApplicationStatuses::toString(ApplicationStatus::HandedOver)},
        {QStringLiteral("handover"), stored->toJson()},
    });
    return ExitOk;
}

} // namespace iin::cli
