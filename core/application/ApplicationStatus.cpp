#include "core/application/ApplicationStatus.h"

#include <array>
#include <utility>

namespace iin {

namespace {

using S = ApplicationStatus;

constexpr std::array names{
    std::pair{S::Draft, u"draft"},
    std::pair{S::Registered, u"registered"},
    std::pair{S::Sent, u"sent"},
    std::pair{S::IinAssigned, u"iin_assigned"},
    std::pair{S::Rejected, u"rejected"},
    std::pair{S::CertificatePrinted, u"certificate_printed"},
    std::pair{S::HandedOver, u"handed_over"},
    std::pair{S::RefusedAtIntake, u"refused_at_intake"},
    std::pair{S::Cancelled, u"cancelled"},
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
    QList<ApplicationStatus> list;
    for (const auto& [s, name] : names)
        list.append(s);
    return list;
}

QString ApplicationStatuses::toString(ApplicationStatus s)
{
    for (const auto& [status, name] : names) {
        if (status == s)
            return QString::fromUtf16(name);
    }
    return {};
}

std::optional<ApplicationStatus> ApplicationStatuses::fromString(QStringView s)
{
    for (const auto& [status, name] : names) {
        if (s == QStringView(name))
            return status;
    }
    return std::nullopt;
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
