#pragma once

#include "core/base/Result.h"

#include <QCoreApplication>
#include <QString>

#include <functional>

class QPagedPaintDevice;

namespace iin {

// Writes a printed document to a PDF file: A4 portrait, 300 dpi, no device margins (the
// layouts keep their own), fonts embedded. The same layouts print through a QPrinter in ui/.
class DocumentPdf
{
    Q_DECLARE_TR_FUNCTIONS(DocumentPdf)

public:
    using Painter = std::function<Status(QPagedPaintDevice*)>;
    static Status write(const QString& path, const QString& title, const Painter& paint);
};

} // namespace iin
