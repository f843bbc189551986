#pragma once

#include "core/services/NewestAnswer.h"

#include <QByteArray>
#include <QObject>
#include <QString>

class QLabel;

namespace iin::ui {

// The preview of one scanned attachment in a label, shared by the intake form (a file chosen on
// disk) and the application view (a scan read from the journal). The image is decoded and
// scaled on Qt's thread pool (BackgroundJob), never on the UI thread: scans run to 50 MiB. A
// newer show…() replaces a decode still under way, whose picture is then dropped.
class ScanPreview : public QObject
{
public:
    explicit ScanPreview(QLabel* label); // a child of the label

    // Text only (no attachment, no scan, a kind of file with no preview).
    void showText(const QString& text);
    // The image in the file at `path`, or in `content`: shown with `description` as the label's
    // accessible description, or `unreadable` in its place when it is no image Qt can read.
    void showFile(const QString& path, const QString& description, const QString& unreadable);
    void showContent(const QByteArray& content, const QString& description,
                     const QString& unreadable);

private:
    template <class Read>
    void decode(Read read, const QString& description, const QString& unreadable);

    QLabel* m_label;
    NewestAnswer m_pictures{this}; // the show…() whose picture is wanted; older ones dropped
};

} // namespace iin::ui
