#include "FileDialog.h"

#include <QFileDialog>
#include <QSettings>

namespace iin::ui {

std::optional<QStringList> FileDialog::s_next;

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

} // namespace iin::ui
