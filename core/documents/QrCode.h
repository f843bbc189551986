#pragma once

#include "core/base/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QImage>
#include <QList>
#include <QRectF>

class QPainter;

namespace iin {

// A QR code symbol (libqrencode), byte mode, error correction level M: enough redundancy for a
// creased or stamped paper, small enough for the certificate's ~200-byte payload.
class QrCode
{
    Q_DECLARE_TR_FUNCTIONS(QrCode)

public:
    static constexpr int QuietZone = 4; // modules of white border required around the symbol

    static Result<QrCode> encode(const QByteArray& data);

    int size() const { return m_size; } // modules per side, without the quiet zone
    bool dark(int x, int y) const { return m_modules.at(y * m_size + x) != 0; }

    // Draws the symbol with its quiet zone into `target` as filled rectangles, so that a PDF
    // keeps it sharp at any zoom. `target` should be square.
    void paint(QPainter& painter, const QRectF& target) const;
    QImage toImage(int pixelsPerModule) const; // with quiet zone, for tests and tools

private:
    int m_size = 0;
    QByteArray m_modules; // m_size * m_size bytes, row by row; non-zero = dark
};

// Finds QR codes in images and documents (ZXing) and returns their raw bytes.
class QrReader
{
    Q_DECLARE_TR_FUNCTIONS(QrReader)

public:
    static QList<QByteArray> read(const QImage& image);
    // A PNG/JPEG image, or a PDF rasterized page by page with pdftoppm (poppler-utils).
    static Result<QList<QByteArray>> readFile(const QString& path);
};

} // namespace iin
