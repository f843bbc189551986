#include "core/capture/ScanPdf.h"

#include <QBuffer>
#include <QImageWriter>
#include <QSaveFile>

namespace iin {

namespace {

QByteArray number(double value)
{
    return QByteArray::number(value, 'f', 2);
}

class PdfBuilder
{
public:
    PdfBuilder() { m_pdf = "%PDF-1.4\n%\xE2\xE3\xCF\xD3\n"; }

    int reserve()
    {
        m_offsets.append(-1);
        return int(m_offsets.size());
    }
    void object(int id, const QByteArray& body)
    {
        m_offsets[id - 1] = m_pdf.size();
        m_pdf += QByteArray::number(id) + " 0 obj\n" + body + "\nendobj\n";
    }
    void stream(int id, const QByteArray& dictionary, const QByteArray& data)
    {
        m_offsets[id - 1] = m_pdf.size();
        m_pdf += QByteArray::number(id) + " 0 obj\n<<" + dictionary + " /Length " +
                 QByteArray::number(data.size()) + ">>\nstream\n" + data + "\nendstream\nendobj\n";
    }
    QByteArray finish(int root)
    {
        const qsizetype xref = m_pdf.size();
        m_pdf += "xref\n0 " + QByteArray::number(m_offsets.size() + 1) + "\n0000000000 65535 f \n";
        for (qsizetype offset : std::as_const(m_offsets))
            m_pdf += QByteArray::number(offset).rightJustified(10, '0') + " 00000 n \n";
        m_pdf += "trailer\n<< /Size " + QByteArray::number(m_offsets.size() + 1) + " /Root " +
                 QByteArray::number(root) + " 0 R >>\nstartxref\n" + QByteArray::number(xref) +
                 "\n%%EOF\n";
        return m_pdf;
    }

private:
    QByteArray m_pdf;
    QList<qsizetype> m_offsets;
};

} // namespace

Result<QByteArray> ScanPdf::toPdf(const ScannedPages& pages, int jpegQuality)
{
    if (pages.isEmpty())
        return Error{QStringLiteral("scan_pdf.no_pages"), tr("There are no scanned pages.")};
    PdfBuilder pdf;
    const int catalog = pdf.reserve();
    const int tree = pdf.reserve();
    QByteArray kids;
    for (const ScannedPage& page : pages) {
        // Gray stays one channel (a third of the size); anything else goes as RGB.
        const bool gray = page.image.format() == QImage::Format_Grayscale8 ||
                          page.image.format() == QImage::Format_Mono || page.image.allGray();
        const QImage image =
            page.image.convertToFormat(gray ? QImage::Format_Grayscale8 : QImage::Format_RGB888);
        QByteArray jpeg;
        QBuffer buffer(&jpeg);
        buffer.open(QIODevice::WriteOnly);
        QImageWriter writer(&buffer, "jpeg");
        writer.setQuality(jpegQuality);
        if (image.isNull() || !writer.write(image))
            return Error{
                QStringLiteral("scan_pdf.encode"),
                tr("A scanned page cannot be stored as JPEG: %1").arg(writer.errorString())};
        const QSizeF size = page.sizeInPoints();
        const int pageId = pdf.reserve();
        const int contentId = pdf.reserve();
        const int imageId = pdf.reserve();
        pdf.stream(imageId,
                   " /Type /XObject /Subtype /Image /Width " + QByteArray::number(image.width()) +
                       " /Height " + QByteArray::number(image.height()) + " /ColorSpace " +
                       (gray ? "/DeviceGray" : "/DeviceRGB") +
                       " /BitsPerComponent 8 /Filter /DCTDecode",
                   jpeg);
        pdf.stream(contentId, {},
                   "q " + number(size.width()) + " 0 0 " + number(size.height()) +
                       " 0 0 cm /Im0 Do Q");
        pdf.object(pageId, "<< /Type /Page /Parent " + QByteArray::number(tree) +
                               " 0 R /MediaBox [0 0 " + number(size.width()) + ' ' +
                               number(size.height()) + "] /Resources << /XObject << /Im0 " +
                               QByteArray::number(imageId) + " 0 R >> >> /Contents " +
                               QByteArray::number(contentId) + " 0 R >>");
        kids += QByteArray::number(pageId) + " 0 R ";
    }
    pdf.object(tree, "<< /Type /Pages /Kids [" + kids.trimmed() + "] /Count " +
                         QByteArray::number(pages.size()) + " >>");
    pdf.object(catalog, "<< /Type /Catalog /Pages " + QByteArray::number(tree) + " 0 R >>");
    return pdf.finish(catalog);
}

Status ScanPdf::write(const ScannedPages& pages, const QString& path, int jpegQuality)
{
    const Result<QByteArray> pdf = toPdf(pages, jpegQuality);
    if (!pdf)
        return pdf.error();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(*pdf) != pdf->size() || !file.commit())
        return Error{QStringLiteral("scan_pdf.write"),
                     tr("The PDF %1 cannot be written: %2").arg(path, file.errorString())};
    return {};
}

} // namespace iin
