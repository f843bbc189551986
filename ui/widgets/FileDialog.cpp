#include "ui/widgets/FileDialog.h"

#include <QApplication>
#include <QFileDialog>
#include <QPointer>
#include <QSettings>
#include <QStandardPaths>

namespace iin::ui {

namespace {

// Qt's own dialog, not the platform's: it speaks the desk's language (Qt's catalogue and the
// desk's Kazakh one, core/base/Language), where a desktop portal's dialog speaks the system's.
QStringList runDialog(QWidget* parent, const QString& caption, const QString& path,
                      const QString& filter, QFileDialog::AcceptMode mode)
{
    // Where the keyboard was: the clerk goes on there (Ctrl+Enter registers) once the dialog
    // is gone. Not every window system hands the activation back to the desk's window by itself.
    const QPointer<QWidget> focus = QApplication::focusWidget();
    const QPointer<QWidget> owner = parent;
    QFileDialog dialog(parent, caption, path, filter);
    dialog.setOption(QFileDialog::DontUseNativeDialog);
    dialog.setAcceptMode(mode);
    dialog.setFileMode(mode == QFileDialog::AcceptOpen ? QFileDialog::ExistingFiles
                                                       : QFileDialog::AnyFile);
    const QStringList files =
        dialog.exec() == QDialog::Accepted ? dialog.selectedFiles() : QStringList();
    if (owner) {
        owner->window()->activateWindow();
        if (focus && focus->isVisible() && focus->isEnabled())
            focus->setFocus(Qt::ActiveWindowFocusReason);
        else
            owner->setFocus(Qt::ActiveWindowFocusReason);
    }
    return files;
}

} // namespace

std::optional<QStringList> FileDialog::s_next;
std::optional<QString> FileDialog::s_nextSave;

QStringList FileDialog::openFileNames(QWidget* parent, const QString& caption,
                                      const QString& filter)
{
    if (s_next) {
        QStringList files = *s_next;
        s_next.reset();
        return files;
    }
    // Scanners save into one folder: start where the last scan was taken from.
    QSettings settings;
    const QString key = QStringLiteral("ui/lastScanFolder");
    const QStringList files =
        runDialog(parent, caption, settings.value(key).toString(), filter, QFileDialog::AcceptOpen);
    if (!files.isEmpty())
        settings.setValue(key, QFileInfo(files.first()).absolutePath());
    return files;
}

void FileDialog::setNextFileNames(const QStringList& files)
{
    s_next = files;
}

QString FileDialog::saveFileName(QWidget* parent, const QString& caption,
                                 const QString& suggestedName, const QString& filter)
{
    if (s_nextSave) {
        QString file = *s_nextSave;
        s_nextSave.reset();
        return file;
    }
    QSettings settings;
    const QString key = QStringLiteral("ui/lastSaveFolder");
    const QString folder =
        settings.value(key, QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
            .toString();
    const QStringList chosen = runDialog(parent, caption, QDir(folder).filePath(suggestedName),
                                         filter, QFileDialog::AcceptSave);
    const QString file = chosen.value(0);
    if (!file.isEmpty())
        settings.setValue(key, QFileInfo(file).absolutePath());
    return file;
}

void FileDialog::setNextSaveFileName(const QString& file)
{
    s_nextSave = file;
}

} // namespace iin::ui
