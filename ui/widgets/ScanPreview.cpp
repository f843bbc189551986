#include "ui/widgets/ScanPreview.h"

#include "core/atrest/DraftScans.h"
#include "core/services/BackgroundJob.h"

#include <QBuffer>
#include <QImage>
#include <QImageReader>
#include <QLabel>
#include <QPixmap>

namespace iin::ui {

namespace {

// Reads the image scaled to fit a square of `side` pixels, turned as its metadata says.
QImage readScaled(QImageReader& reader, int side)
{
    reader.setAutoTransform(true);
    const QSize size = reader.size();
    if (size.isValid())
        reader.setScaledSize(size.scaled(side, side, Qt::KeepAspectRatio));
    return reader.read();
}

} // namespace

ScanPreview::ScanPreview(QLabel* label) : QObject(label), m_label(label) {}

void ScanPreview::showText(const QString& text)
{
    m_pictures.drop();
    m_label->clear();
    m_label->setText(text);
}

void ScanPreview::showFile(const QString& path, const QString& description,
                           const QString& unreadable)
{
    decode(
        [path](int side) {
            // Through DraftScans: the scan dialog's pages are kept encrypted.
            Result<QByteArray> content = DraftScans::read(path);
            if (!content)
                return QImage();
            QByteArray bytes = std::move(content).value();
            QBuffer buffer(&bytes);
            QImageReader reader(&buffer);
            return readScaled(reader, side);
        },
        description, unreadable);
}

void ScanPreview::showContent(const QByteArray& content, const QString& description,
                              const QString& unreadable)
{
    decode(
        [content](int side) {
            QByteArray bytes = content;
            QBuffer buffer(&bytes);
            QImageReader reader(&buffer);
            return readScaled(reader, side);
        },
        description, unreadable);
}

template <class Read>
void ScanPreview::decode(Read read, const QString& description, const QString& unreadable)
{
    m_label->clear();
    // Scales with the font, not with pixels.
    const int side = 20 * m_label->fontMetrics().height();
    BackgroundJob::run(
        m_pictures.next(), // another attachment chosen meanwhile drops this picture
        [read, side] { return read(side); },
        [this, description, unreadable](QImage image) {
            if (image.isNull()) {
                m_label->setText(unreadable);
                return;
            }
            m_label->setPixmap(QPixmap::fromImage(image));
            m_label->setAccessibleDescription(description);
        });
}

} // namespace iin::ui
