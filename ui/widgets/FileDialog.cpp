#include "ui/widgets/FileDialog.h"

#include <QFileDialog>
#include <QSettings>
#include <QStandardPaths>

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
    const QString file =
        QFileDialog::getSaveFileName(parent, caption, QDir(folder).filePath(suggestedName), filter);
    if (!file.isEmpty())
        settings.setValue(key, QFileInfo(file).absolutePath());
    return file;
}

void FileDialog::setNextSaveFileName(const QString& file)
{
    s_nextSave = file;
}

} // namespace iin::ui
