#include "FileDialog.h"

#include <QFileDialog>
#include <QSettings>

namespace iin::ui {

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
        QFileDialog::getOpenFileNames(parent, caption, settings.value(key).toString(), filter);
    if (!files.isEmpty())
        settings.setValue(key, QFileInfo(files.first()).absolutePath());
    return files;
}

void FileDialog::setNextFileNames(const QStringList& files)
{
    s_next = files;
}

QString FileDialog::saveFileName(QWidget* parent, const QString& caption, const QString& fileName,
                                 const QString& filter)
{
    if (s_nextSave) {
        QString path = *s_nextSave;
        s_nextSave.reset();
        return path;
    }
    // Exports go where the last one went.
    QSettings settings;
    const QString key = QStringLiteral("ui/lastExportFolder");
    const QString folder = settings.value(key).toString();
    const QString path = QFileDialog::getSaveFileName(
        parent, caption, folder.isEmpty() ? fileName : folder + u'/' + fileName, filter);
    if (!path.isEmpty())
        settings.setValue(key, QFileInfo(path).absolutePath());
    return path;
}

void FileDialog::setNextSaveFileName(const QString& path)
{
    s_nextSave = path;
}

} // namespace iin::ui
