#include "core/office/OfficeThresholds.h"

#include <QSettings>

namespace iin {

namespace {

const QString OutboxKey = QStringLiteral("thresholds/outboxStuckHours");
const QString IinKey = QStringLiteral("thresholds/iinWithinHours");
const QString PrintKey = QStringLiteral("thresholds/printWithinHours");
const QString HandoverKey = QStringLiteral("thresholds/handoverWithinDays");
const QString BlanksKey = QStringLiteral("thresholds/blanksBelow");

int readInt(const QSettings& s, const QString& key, int fallback)
{
    bool ok = false;
    const int value = s.value(key, fallback).toInt(&ok);
    return ok ? value : fallback;
}

} // namespace

Problems OfficeThresholds::validate() const
{
    Problems problems;
    const auto inRange = [&](int value, int low, int high, const char* field,
                             const QString& label) {
        if (value < low || value > high)
            problems.append(
                {QStringLiteral("settings.threshold"), QLatin1String(field),
                 tr("%1: give a whole number from %2 to %3.").arg(label).arg(low).arg(high)});
    };
    inRange(outboxStuckHours, 1, MaxHours, "outboxStuckHours",
            tr("Request stuck in the outbox after (hours)"));
    inRange(iinWithinHours, 1, MaxHours, "iinWithinHours", tr("IIN not formed within (hours)"));
    inRange(printWithinHours, 1, MaxHours, "printWithinHours",
            tr("Certificate not printed within (hours)"));
    inRange(handoverWithinDays, 1, MaxDays, "handoverWithinDays",
            tr("Certificate not handed over within (days)"));
    inRange(blanksBelow, 0, MaxBlanks, "blanksBelow", tr("Blanks on hand fewer than"));
    return problems;
}

OfficeThresholds OfficeThresholds::load(const QSettings& s)
{
    OfficeThresholds t;
    t.outboxStuckHours = readInt(s, OutboxKey, t.outboxStuckHours);
    t.iinWithinHours = readInt(s, IinKey, t.iinWithinHours);
    t.printWithinHours = readInt(s, PrintKey, t.printWithinHours);
    t.handoverWithinDays = readInt(s, HandoverKey, t.handoverWithinDays);
    t.blanksBelow = readInt(s, BlanksKey, t.blanksBelow);
    return t;
}

void OfficeThresholds::save(QSettings& s) const
{
    s.setValue(OutboxKey, outboxStuckHours);
    s.setValue(IinKey, iinWithinHours);
    s.setValue(PrintKey, printWithinHours);
    s.setValue(HandoverKey, handoverWithinDays);
    s.setValue(BlanksKey, blanksBelow);
}

QJsonObject OfficeThresholds::toJson() const
{
    return {{QStringLiteral("outbox_stuck_hours"), outboxStuckHours},
            {QStringLiteral("iin_within_hours"), iinWithinHours},
            {QStringLiteral("print_within_hours"), printWithinHours},
            {QStringLiteral("handover_within_days"), handoverWithinDays},
            {QStringLiteral("blanks_below"), blanksBelow}};
}

bool operator==(const OfficeThresholds& a, const OfficeThresholds& b)
{
    return a.toJson() == b.toJson();
}

} // namespace iin
