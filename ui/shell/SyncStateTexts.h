#pragma once

#include "core/sync/SyncState.h"

#include <QCoreApplication>
#include <QString>

namespace iin::ui {

// The words of the status bar about the link to the registry. The texts keep the main window's
// translation context: they were its own, and the catalogues translate them there.
class SyncStateTexts
{
    Q_DECLARE_TR_FUNCTIONS(iin::ui::MainWindow)

public:
    // "Online (training registry) · waiting: 0 · last exchange 05.12.2026 10:15"
    static QString state(const SyncState& state, bool training);
    // Empty while the clock agrees with the registry's.
    static QString clockSkew(const SyncState& state);
};

} // namespace iin::ui
