#include "core/calendar/CalendarDay.h"

#include "core/base/EnumCodes.h"

namespace iin {

namespace {

using Kind = CalendarDay::Kind;

constexpr EnumCode<Kind> KindCodes[] = {
    {Kind::Working, u"working"},
    {Kind::WorkingByDecree, u"working_by_decree"},
    {Kind::Weekend, u"weekend"},
    {Kind::Holiday, u"holiday"},
    {Kind::TransferredHoliday, u"transferred_holiday"},
    {Kind::DayOffByDecree, u"day_off_by_decree"},
};

} // namespace

QString CalendarDay::kindCode() const
{
    return codeOf(KindCodes, kind);
}

QString CalendarDay::holidayName(const QString& lang) const
{
    const QString n = holidayNames.value(lang);
    return n.isEmpty() ? holidayNames.value(QStringLiteral("en"), holidayId) : n;
}

QString CalendarDay::reason(const QString& lang) const
{
    const QString related = relatedDate.toString(Qt::ISODate);
    switch (kind) {
    case Kind::Working:
        return tr("Working day.");
    case Kind::WorkingByDecree:
        return related.isEmpty()
                   ? tr("Working day by decree (%1).").arg(decree)
                   : tr("Working day by decree, in exchange for the day off on %1 (%2).")
                         .arg(related, decree);
    case Kind::Weekend:
        return tr("Weekend.");
    case Kind::Holiday:
        return tr("Public holiday: %1.").arg(holidayName(lang));
    case Kind::TransferredHoliday:
        return tr("Day off moved from %1, a weekend day: %2.").arg(related, holidayName(lang));
    case Kind::DayOffByDecree:
        return related.isEmpty()
                   ? tr("Day off by decree (%1).").arg(decree)
                   : tr("Day off by decree, moved from %1 (%2).").arg(related, decree);
    }
    return {};
}

} // namespace iin
