#include "ui/shell/DiagnosticsExport.h"

#include "core/office/DiagnosticsBundle.h"
#include "core/services/StoreThread.h"
#include "ui/widgets/FileDialog.h"
#include "ui/widgets/MessageBar.h"

#include <QDate>
#include <QFile>
#include <QFileInfo>
#include <QPointer>
#include <QSettings>

namespace iin::ui {

void DiagnosticsExport::start(QWidget* parent, StoreThread* journal, MessageBar* messageBar,
                              const QString& login)
{
    const QString path =
        FileDialog::saveFileName(parent, tr("Diagnostics for support"),
                                 QStringLiteral("iin-desk-diagnostics-%1.zip")
                                     .arg(QDate::currentDate().toString(Qt::ISODate)),
                                 tr("Zip archives (*.zip)"));
    if (path.isEmpty())
        return;
    messageBar->showMessage(tr("Writing the diagnostics…"), MessageBar::Kind::Information);
    journal->run(
        messageBar,
        [path, login, version = QCoreApplication::applicationVersion()](StoreContext& c) -> Status {
            // The save dialog asked before replacing a file; the bundle itself never overwrites.
            if (QFileInfo::exists(path) && !QFile::remove(path))
                return Error{QStringLiteral("file.exists"),
                             tr("%1 could not be replaced.").arg(path)};
            const QSettings settings(QStringLiteral("IIN Desk"), QStringLiteral("iin-desk"));
            return DiagnosticsBundle::write(c.database(), settings, version, path, login);
        },
        [bar = QPointer<MessageBar>(messageBar), path](const Status& written) {
            if (!bar)
                return;
            if (written)
                bar->showMessage(
                    tr("The diagnostics are written to %1. They hold no names, document numbers "
                       "or IINs.")
                        .arg(path),
                    MessageBar::Kind::Positive);
            else
                bar->showMessage(
                    tr("The diagnostics could not be written: %1").arg(written.errorMessage()),
                    MessageBar::Kind::Warning);
        });
}

} // namespace iin::ui
