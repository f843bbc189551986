#include "core/documents/DocumentPdf.h"

#include "core/store/Database.h"

#include <QFile>
#include <QGuiApplication>
#include <QPageLayout>
#include <QPdfWriter>

namespace iin {

Status DocumentPdf::write(const QString& path, const QString& title, const Painter& paint)
{
    if (!qobject_cast<QGuiApplication*>(QCoreApplication::instance()))
        return Error{QStringLiteral("document.gui"),
                     tr("Painting documents needs a graphical application object.")};
    // A document names its applicant: the file is its owner's alone from the first byte (an
    // existing file keeps the permissions someone gave it).
    if (!QFile::exists(path) && !Database::createPrivateFile(path))
        return Error{QStringLiteral("document.write"), tr("Cannot write %1.").arg(path)};
    Status status;
    {
        QPdfWriter writer(path);
        writer.setTitle(title);
        writer.setCreator(QStringLiteral("IIN Desk"));
        writer.setResolution(300);
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                         QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter));
        status = paint(&writer);
    } // the writer finishes the file when it goes
    if (!status) {
        QFile::remove(path);
        return status;
    }
    if (QFile(path).size() == 0)
        return Error{QStringLiteral("document.write"), tr("Cannot write %1.").arg(path)};
    return {};
}

} // namespace iin
