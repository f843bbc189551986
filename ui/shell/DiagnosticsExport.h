#pragma once

#include <QCoreApplication>
#include <QString>

class QWidget;

namespace iin {
class StoreThread;
}

namespace iin::ui {

class MessageBar;

// Help › Diagnostics for support: asks where to save the bundle (docs/diagnostics.md), writes it
// on the journal's store thread (it reads the whole outbox and checks the file) and says in the
// message bar how it went. The same bundle as `iin-desk-cli diagnostics`.
class DiagnosticsExport
{
    Q_DECLARE_TR_FUNCTIONS(iin::ui::MainWindow)

public:
    static void start(QWidget* parent, StoreThread* journal, MessageBar* messageBar,
                      const QString& login);
};

} // namespace iin::ui
