#pragma once

#include <QStringList>

#include <optional>

class QWidget;

namespace iin::ui {

// Choosing files to attach. Tests tell it the next answer beforehand (the files, or an empty
// list for "cancelled"), so a GUI test never blocks on the native dialog.
class FileDialog
{
public:
    static QStringList openFileNames(QWidget* parent, const QString& caption,
                                     const QString& filter);
    static void setNextFileNames(const QStringList& files);
    // Where to save a document (a PDF export): the chosen path, or empty for "cancelled".
    static QString saveFileName(QWidget* parent, const QString& caption, const QString& fileName,
                                const QString& filter);
    static void setNextSaveFileName(const QString& path);

private:
    static std::optional<QStringList> s_next;
    static std::optional<QString> s_nextSave;
};

} // namespace iin::ui
