#pragma once

#include "core/base/Problem.h"

#include <QCoreApplication>
#include <QJsonObject>

class QSettings;

namespace iin {

// The limits past which an application, or the office's stock of blanks, needs a supervisor
// (docs/office.md, "Thresholds"). Kept in the desk's settings with the others, edited by the
// administrator; the end-of-shift report, the needs-attention list and the dashboard read them.
struct OfficeThresholds
{
    Q_DECLARE_TR_FUNCTIONS(OfficeThresholds)

public:
    // An outbox entry not answered by the registry (pending or in flight) this many hours after
    // it was queued: the request is stuck on the way.
    int outboxStuckHours = 4;
    // An application registered this many hours ago without an IIN yet (registered or sent,
    // waiting for the registry's officer included).
    int iinWithinHours = 24;
    // An IIN assigned this many hours ago and its certificate not printed.
    int printWithinHours = 24;
    // A certificate printed this many days ago and not handed over.
    int handoverWithinDays = 10;
    // Fewer blanks than this on hand in the office.
    int blanksBelow = 50;

    static constexpr int MaxHours = 24 * 90;
    static constexpr int MaxDays = 365;
    static constexpr int MaxBlanks = 1000000;

    // Each problem names the field (as the settings dialog labels it) and the range.
    Problems validate() const;

    // Keys under "thresholds/"; a missing or unreadable value is its default.
    static OfficeThresholds load(const QSettings& settings);
    void save(QSettings& settings) const;
    // The JSON the audit record of a settings change and the report carry: snake_case keys.
    QJsonObject toJson() const;
};

bool operator==(const OfficeThresholds& a, const OfficeThresholds& b);

} // namespace iin
