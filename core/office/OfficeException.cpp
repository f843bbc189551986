#include "core/office/OfficeException.h"

#include "core/base/EnumCodes.h"

namespace iin {

namespace {

constexpr EnumCode<OfficeException::Kind> KindCodes[] = {
    {OfficeException::Kind::OutboxStuck, u"outbox_stuck"},
    {OfficeException::Kind::IinNotAssigned, u"iin_not_assigned"},
    {OfficeException::Kind::NotPrinted, u"not_printed"},
    {OfficeException::Kind::NotHandedOver, u"not_handed_over"},
    {OfficeException::Kind::Reprint, u"reprint"},
    {OfficeException::Kind::ClockWarning, u"clock_warning"},
    {OfficeException::Kind::BlanksLow, u"blanks_low"},
};

} // namespace

QString OfficeException::code(Kind kind)
{
    return codeOf(KindCodes, kind);
}

QString OfficeException::title(Kind kind)
{
    switch (kind) {
    case Kind::OutboxStuck:
        return tr("Request stuck in the outbox");
    case Kind::IinNotAssigned:
        return tr("IIN not formed in time");
    case Kind::NotPrinted:
        return tr("IIN formed, certificate not printed");
    case Kind::NotHandedOver:
        return tr("Certificate printed, not handed over");
    case Kind::Reprint:
        return tr("Certificate reprinted");
    case Kind::ClockWarning:
        return tr("The desk's clock was wrong");
    case Kind::BlanksLow:
        return tr("Few blanks on hand");
    }
    return {};
}

QList<OfficeException::Kind> OfficeException::allKinds()
{
    return {Kind::OutboxStuck, Kind::IinNotAssigned, Kind::NotPrinted, Kind::NotHandedOver,
            Kind::Reprint,     Kind::ClockWarning,   Kind::BlanksLow};
}

} // namespace iin
