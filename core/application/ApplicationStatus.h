#pragma once

#include "core/base/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace iin {

// Where an application stands in the journal. The one place that says which moves are allowed:
// every status change in the store goes through ApplicationStatus::checkTransition().
enum class ApplicationStatus
{
    Draft,              // being typed in; nothing checked yet
    Registered,         // complete, registered at the desk, queued for the registry
    Sent,               // the request has left the desk for the registry at least once
    IinAssigned,        // the registry formed (or returned the existing) IIN
    Rejected,           // the registry refused to form an IIN, with a reason
    CertificatePrinted, // the registration certificate is printed
    HandedOver,         // the certificate was handed to the applicant (paragraph 11-1)
    RefusedAtIntake,    // incomplete package: refused at the counter, nothing queued
    Cancelled,          // withdrawn before the registry answered
};

class ApplicationStatuses
{
    Q_DECLARE_TR_FUNCTIONS(ApplicationStatuses)

public:
    static QList<ApplicationStatus> all();
    static QString toString(ApplicationStatus s); // "draft", "registered", "iin_assigned", ...
    static std::optional<ApplicationStatus> fromString(QStringView s);

    // Statuses an application may move to from `from`.
    static QList<ApplicationStatus> nextOf(ApplicationStatus from);
    static bool canMove(ApplicationStatus from, ApplicationStatus to);
    // An error naming both statuses when the move is not allowed.
    static Status checkTransition(ApplicationStatus from, ApplicationStatus to);
    // The statuses a new record may be created in (no "from").
    static bool canStartIn(ApplicationStatus s);
};

} // namespace iin
