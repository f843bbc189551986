#pragma once

#include <QImage>
#include <QList>
#include <QPagedPaintDevice>
#include <QSizeF>

#include <memory>

namespace iin {

// A paged paint device that keeps each page as an image: what the print preview shows. The
// layouts paint on it exactly as on a QPdfWriter or a QPrinter (same millimetres, same fonts in
// points), so the preview is the document that will be printed, drawn at screen resolution.
//
// Qt has no public paged device for images (its preview lives in PrintSupport, which core never
// links), so this one forwards every painting call to a QPainter on the current page's image;
// newPage() starts the next image with the painter's state carried over.
//
// Only the metrics, painting and newPage() are supported: the page layout is fixed (A4 portrait
// without margins, as the layouts expect) and pageLayout() must not be called on it.
class PageImages : public QPagedPaintDevice
{
public:
    static constexpr int DefaultDpi = 110;

    explicit PageImages(int dpi = DefaultDpi, QSizeF pageMm = {210, 297});
    ~PageImages() override;
    PageImages(const PageImages&) = delete;
    PageImages& operator=(const PageImages&) = delete;

    bool newPage() override;
    bool setPageLayout(const QPageLayout&) override { return false; }
    bool setPageSize(const QPageSize&) override { return false; }
    bool setPageOrientation(QPageLayout::Orientation) override { return false; }
    bool setPageMargins(const QMarginsF&, QPageLayout::Unit) override { return false; }
    void setPageRanges(const QPageRanges&) override {}

    QPaintEngine* paintEngine() const override;

    // The pages painted so far (the last one may still be being painted).
    const QList<QImage>& pages() const { return m_pages; }
    int dpi() const { return m_dpi; }

protected:
    int metric(PaintDeviceMetric metric) const override;

private:
    class Engine;
    friend class Engine;
    QImage blankPage() const;

    int m_dpi;
    QSize m_pagePx;
    QSizeF m_pageMm;
    QList<QImage> m_pages;
    std::unique_ptr<Engine> m_engine;
};

} // namespace iin
