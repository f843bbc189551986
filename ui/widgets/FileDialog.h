#pragma once

#include <QStringList>

#include <optional>

class QWidget;

namespace iin::ui {

// Choosing files to attach, and where to save a document, in Qt's own file dialog (in the desk's
// language); afterwards the keyboard is back where it was. Tests tell it the next answer
// beforehand (the files, or an empty list / name for "cancelled"), so a GUI test need not drive
// the dialog.
class FileDialog
{
public:
    static QStringList openFileNames(QWidget* parent, const QString& caption,
                                     const QString& filter);
    static void setNextFileNames(const QStringList& files);
    // Where to save a new file, starting with `suggestedName` in the folder used last; empty
    // when cancelled.
    static QString saveFileName(QWidget* parent, const QString& caption,
                                const QString& suggestedName, const QString& filter);
    static void setNextSaveFileName(const QString& file);

private:
    static std::optional<QStringList> s_next;
    static std::optional<QString> s_nextSave;
};

} // namespace iin::ui
