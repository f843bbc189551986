#include "core/application/ApplicationStatus.h"

#include "core/base/EnumCodes.h"

#include <array>
#include <utility>

namespace iin {

namespace {

using S = ApplicationStatus;

constexpr EnumCode<S> StatusCodes[] = {
    {S::Draft, u"draft"},
    {S::Registered, u"registered"},
    {S::Sent, u"sent"},
    {S::IinAssigned, u"iin_assigned"},
    {S::Rejected, u"rejected"},
    {S::CertificatePrinted, u"certificate_printed"},
    {S::HandedOver, u"handed_over"},
    {S::RefusedAtIntake, u"refused_at_intake"},
    {S::Cancelled, u"cancelled"},
};

// The lifecycle, in full. A reprint of the certificate is not a status change (it is audited as
// a print); "rejected" and the final statuses have no way out.
constexpr std::array transitions{
    std::pair{S::Draft, S::Registered},
    std::pair{S::Draft, S::RefusedAtIntake},
    std::pair{S::Draft, S::Cancelled},
    std::pair{S::Registered, S::Sent},
    std::pair{S::Registered, S::Cancelled},
    std::pair{S::Sent, S::IinAssigned},
    std::pair{S::Sent, S::Rejected},
    std::pair{S::IinAssigned, S::CertificatePrinted},
    std::pair{S::CertificatePrinted, S::HandedOver},
};

} // namespace

QList<ApplicationStatus> ApplicationStatuses::all()
{
    return valuesOf(StatusCodes);
}

QString ApplicationStatuses::toString(ApplicationStatus s)
{
    return codeOf(StatusCodes, s);
}

std::optional<ApplicationStatus> ApplicationStatuses::fromString(QStringView s)
{
    return valueOf(StatusCodes, s);
}

QList<ApplicationStatus> ApplicationStatuses::nextOf(ApplicationStatus from)
{
    QList<ApplicationStatus> list;
    for (const auto& [a, b] : transitions) {
        if (a == from)
            list.append(b);
    }
    return list;
}

bool ApplicationStatuses::canMove(ApplicationStatus from, ApplicationStatus to)
{
    for (const auto& [a, b] : transitions) {
        if (a == from && b == to)
            return true;
    }
    return false;
}

Status ApplicationStatuses::checkTransition(ApplicationStatus from, ApplicationStatus to)
{
    if (canMove(from, to))
        return {};
    return Error{QStringLiteral("status.transition"),
                 tr("An application in status \"%1\" cannot move to \"%2\".")
                     .arg(toString(from), toString(to))};
}

bool ApplicationStatuses::canStartIn(ApplicationStatus s)
{
    return s == S::Draft || s == S::Registered || s == S::RefusedAtIntake;
}

} // namespace iin
