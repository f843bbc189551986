#include "ui/shell/SyncStateTexts.h"

#include <QLocale>
#include <QStringList>

#include <cstdlib>

namespace iin::ui {

QString SyncStateTexts::state(const SyncState& state, bool training)
{
    const QLocale locale;
    QStringList parts;
    parts << (state.online ? tr("Online") : tr("Offline"));
    if (training)
        parts.last() += QStringLiteral(" (") + tr("training registry") + QStringLiteral(")");
    parts << tr("waiting: %1").arg(locale.toString(state.pending));
    parts << (state.lastSync.isValid()
                  ? tr("last exchange %1")
                        .arg(locale.toString(state.lastSync.toLocalTime(), QLocale::ShortFormat))
                  : tr("no exchange yet"));
    if (!state.lastError.isEmpty())
        parts << tr("last error: %1").arg(state.lastError);
    if (state.clockSkewSeconds != 0)
        parts << clockSkew(state);
    return parts.join(QStringLiteral(" · "));
}

QString SyncStateTexts::clockSkew(const SyncState& state)
{
    const qint64 minutes = (std::abs(state.clockSkewSeconds) + 59) / 60;
    return state.clockSkewSeconds > 0
               ? tr("This computer's clock is %n minute(s) behind the registry's: ask the "
                    "administrator to set it.",
                    nullptr, int(minutes))
               : tr("This computer's clock is %n minute(s) ahead of the registry's: ask the "
                    "administrator to set it.",
                    nullptr, int(minutes));
}

} // namespace iin::ui
