#include "core/capture/SaneScanner.h"
#include "core/capture/ScanPdf.h"
#include "core/capture/ScannerErrors.h"
#include "core/capture/ScannerService.h"
#include "tests/SaneTestConfig.h"
#include "tests/TestSupport.h"

#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPainter>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <sane/sane.h>

using namespace iin;
using namespace iin::test;

namespace {
// For QVERIFY2, which builds its message even when the check holds.
QString messageOf(const ScanOutcome& outcome)
{
    return outcome.error ? outcome.error->message : QString();
}
} // namespace

// Scanners through libsane with SANE's own `test` and `pnm` backends: the real calls
// (sane_get_devices, options, sane_start/sane_read, the error statuses), no hardware. The desk's
// path goes through ScannerService's worker thread; the command line through iin-desk-cli.
class TestScanner : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void listsVirtualDevices();
    void scansGridPageOnWorkerThread();
    void feederBatchOfThree();
    void feederUntilEmptyEndsCleanly();
    void framesOfEveryKind();
    void errorsHaveCodesAndMessages_data();
    void errorsHaveCodesAndMessages();
    void settingErrors();
    void pagesBeforeAnErrorAreKept();
    void pnmReturnsTheKnownPage();
    void cancelStopsTheScan();
    void pdfKeepsPagesSizesAndStaysSmall();
    void rotation();
    void cliLists();
    void cliScans();
    void cliErrors();

private:
    ScanOutcome scanThroughService(const ScanRequest& request);
    QString renderPage(const QString& name);
    static ScanRequest testRequest(int dpi = 100);
    static int darkPixels(const QImage& image, const QRect& area);

    QTemporaryDir m_config;
    QTemporaryDir m_dir;
};

void TestScanner::initTestCase()
{
    QVERIFY(m_config.isValid());
    QVERIFY(m_dir.isValid());
    QVERIFY(useSaneTestBackends(m_config));
}

ScanRequest TestScanner::testRequest(int dpi)
{
    ScanRequest r;
    r.device = QStringLiteral("test:0");
    r.dpi = dpi;
    r.options = {{QStringLiteral("test-picture"), QStringLiteral("Grid")}};
    return r;
}

ScanOutcome TestScanner::scanThroughService(const ScanRequest& request)
{
    ScannerService service;
    QSignalSpy finished(&service, &ScannerService::scanFinished);
    service.scan(request);
    [&] { QVERIFY(finished.wait(120000)); }();
    return finished.isEmpty() ? ScanOutcome{} : finished.first().first().value<ScanOutcome>();
}

int TestScanner::darkPixels(const QImage& image, const QRect& area)
{
    const QImage gray = image.convertToFormat(QImage::Format_Grayscale8);
    int dark = 0;
    for (int y = area.top(); y <= area.bottom(); ++y)
        for (int x = area.left(); x <= area.right(); ++x)
            dark += qGray(gray.pixel(x, y)) < 100 ? 1 : 0;
    return dark;
}

// An A6 page at 200 dpi (827 × 1165): white with a black block in its upper left quarter and a
// line of text, written as binary PPM for the pnm backend.
QString TestScanner::renderPage(const QString& name)
{
    QImage page(827, 1165, QImage::Format_RGB888);
    page.fill(Qt::white);
    QPainter painter(&page);
    painter.fillRect(QRect(100, 100, 200, 300), Qt::black);
    QFont font;
    font.setPixelSize(40);
    painter.setFont(font);
    painter.drawText(QRect(100, 800, 700, 100), Qt::AlignLeft, QStringLiteral("P<KAZ TEST"));
    painter.end();
    const QString path = m_dir.filePath(name);
    [&] { QVERIFY(page.save(path, "PPM")); }();
    return path;
}

void TestScanner::listsVirtualDevices()
{
    ScannerService service;
    std::optional<Result<ScanDevices>> devices;
    connect(&service, &ScannerService::devicesListed, this,
            [&](const Result<ScanDevices>& answer) { devices = answer; });
    service.listDevices();
    QTRY_VERIFY_WITH_TIMEOUT(devices.has_value(), 120000);
    QVERIFY2(devices->ok(), qPrintable(devices->errorMessage()));
    QStringList names;
    for (const ScanDevice& d : devices->value()) {
        names << d.name;
        // Virtual devices are listed, not filtered out as some frontends do.
        QCOMPARE(d.type, QStringLiteral("virtual device"));
    }
    QVERIFY2(names.contains("test:0") && names.contains("test:1") && names.contains("pnm:0"),
             qPrintable(names.join(' ')));
}

void TestScanner::scansGridPageOnWorkerThread()
{
    ScannerService service;
    QSignalSpy pages(&service, &ScannerService::pageScanned);
    QSignalSpy finished(&service, &ScannerService::scanFinished);
    QThread* workerThread = nullptr;
    connect(&service, &ScannerService::pageScanned, this,
            [&] { workerThread = QThread::currentThread(); });
    service.scan(testRequest(100));
    QVERIFY(finished.wait(120000));
    QCOMPARE(pages.size(), 1);
    QCOMPARE(workerThread, QThread::currentThread()); // answers come back to the caller
    const auto outcome = finished.first().first().value<ScanOutcome>();
    QVERIFY2(outcome.ok(), qPrintable(messageOf(outcome)));
    QCOMPARE(outcome.pages.size(), 1);
    const ScannedPage& page = outcome.pages.first();
    QCOMPARE(page.dpi, 100);
    // The test backend's default area: 80 × 100 mm.
    QVERIFY2(qAbs(page.image.width() - 315) <= 1, qPrintable(QString::number(page.image.width())));
    QVERIFY(qAbs(page.image.height() - 394) <= 1);
    QCOMPARE(page.image.dotsPerMeterX(), 3937);
    // A grid: black lines and white squares.
    const int dark = darkPixels(page.image, page.image.rect());
    QVERIFY(dark > 0 && dark < page.image.width() * page.image.height());
}

void TestScanner::feederBatchOfThree()
{
    ScanRequest r = testRequest(75);
    r.source = ScanSource::Feeder;
    r.pages = 3;
    const ScanOutcome outcome = scanThroughService(r);
    QVERIFY2(outcome.ok(), qPrintable(messageOf(outcome)));
    QCOMPARE(outcome.pages.size(), 3);
    for (const ScannedPage& page : outcome.pages)
        QVERIFY(!page.image.isNull());
}

void TestScanner::feederUntilEmptyEndsCleanly()
{
    // The test backend's feeder holds 10 sheets; SANE_STATUS_NO_DOCS after them ends the batch.
    ScanRequest r = testRequest(50);
    r.source = ScanSource::Feeder;
    r.pages = 0;
    const ScanOutcome outcome = scanThroughService(r);
    QVERIFY2(outcome.ok(), qPrintable(messageOf(outcome)));
    QCOMPARE(outcome.pages.size(), 10);
}

void TestScanner::framesOfEveryKind()
{
    const auto scan = [&](QList<ScanOption> extra) {
        ScanRequest r = testRequest(60);
        r.options += extra;
        const ScanOutcome o = scanThroughService(r);
        [&] { QVERIFY2(o.ok(), qPrintable(messageOf(o))); }();
        return o.pages.isEmpty() ? QImage() : o.pages.first().image;
    };
    const QImage gray8 = scan({});
    QCOMPARE(gray8.format(), QImage::Format_Grayscale8);
    // 16-bit samples (host order) and 1-bit line art give the same grid.
    const QImage gray16 = scan({{"depth", "16"}});
    QCOMPARE(gray16.size(), gray8.size());
    QCOMPARE(darkPixels(gray16, gray16.rect()), darkPixels(gray8, gray8.rect()));
    const QImage lineart = scan({{"depth", "1"}});
    QCOMPARE(lineart.height(), gray8.height());
    QVERIFY(qAbs(darkPixels(lineart, lineart.rect()) - darkPixels(gray8, gray8.rect())) <
            gray8.height() * 4);
    // Colour in one frame and in three passes (red, green, blue frames) are the same picture.
    const QImage rgb = scan({{"mode", "Color"}, {"test-picture", "Color pattern"}});
    QCOMPARE(rgb.format(), QImage::Format_RGB888);
    const QImage threePass = scan({{"mode", "Color"},
                                   {"test-picture", "Color pattern"},
                                   {"three-pass", "yes"},
                                   {"three-pass-order", "GBR"}});
    QCOMPARE(threePass, rgb);
    const QImage rgb16 =
        scan({{"mode", "Color"}, {"test-picture", "Color pattern"}, {"depth", "16"}});
    QCOMPARE(rgb16.size(), rgb.size());
    // A hand scanner does not know the height before the end (lines = -1).
    const QImage hand = scan({{"hand-scanner", "yes"}});
    QVERIFY(!hand.isNull());
    QVERIFY(hand.height() > 0);
}

// Errors are injected through the pnm backend's status options: the test backend's
// read-return-value works too, but its reader thread is cancelled with pthread_cancel while it
// may hold the allocator's lock, and the process then hangs at the thread's exit now and then.
void TestScanner::errorsHaveCodesAndMessages_data()
{
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("code");
    QTest::newRow("jammed") << "status-jammed" << ScannerErrors::Jammed;
    QTest::newRow("empty feeder") << "status-nodocs" << ScannerErrors::NoDocuments;
    QTest::newRow("cover open") << "status-coveropen" << ScannerErrors::CoverOpen;
    QTest::newRow("i/o (device gone)") << "status-ioerror" << ScannerErrors::IoError;
    QTest::newRow("no memory") << "status-nomem" << ScannerErrors::NoMemory;
    QTest::newRow("access denied") << "status-accessdenied" << ScannerErrors::AccessDenied;
}

void TestScanner::errorsHaveCodesAndMessages()
{
    QFETCH(QString, status);
    QFETCH(QString, code);
    ScanRequest r;
    r.device = QStringLiteral("pnm:0");
    r.dpi = 75;
    r.options = {{QStringLiteral("filename"), renderPage("error.ppm")},
                 {QStringLiteral("status"), QStringLiteral("no")},
                 {status, QStringLiteral("yes")}};
    const ScanOutcome outcome = scanThroughService(r);
    QVERIFY(!outcome.ok());
    QCOMPARE(outcome.error->code, code);
    QVERIFY(!outcome.error->message.isEmpty());
    QVERIFY(outcome.pages.isEmpty());
    // A busy device has no simulation in either backend: its meaning is checked directly.
    QCOMPARE(ScannerErrors::fromStatus(SANE_STATUS_DEVICE_BUSY).code, ScannerErrors::Busy);
}

void TestScanner::settingErrors()
{
    ScanRequest r = testRequest(50);
    r.options.append(ScanOption{"no-such-option", "1"});
    QCOMPARE(scanThroughService(r).error->code, ScannerErrors::UnknownOption);
    r = testRequest(50);
    r.options.append(ScanOption{"mode", "Purple"});
    ScanOutcome o = scanThroughService(r);
    QCOMPARE(o.error->code, ScannerErrors::OptionValue);
    QVERIFY2(o.error->message.contains("Gray") && o.error->message.contains("Color"),
             qPrintable(o.error->message)); // says what it takes
    r = testRequest(50);
    r.options.append(ScanOption{"three-pass", "yes"}); // only in colour
    QCOMPARE(scanThroughService(r).error->code, ScannerErrors::OptionInactive);
    r = testRequest(50);
    r.device = "test:99";
    QCOMPARE(scanThroughService(r).error->code, ScannerErrors::DeviceNotFound);
    // The pnm backend has no feeder.
    r = ScanRequest{};
    r.device = "pnm:0";
    r.source = ScanSource::Feeder;
    QCOMPARE(scanThroughService(r).error->code, ScannerErrors::NoFeeder);
    // Numbers snap to the range or the word list: 1000000 dpi is the test backend's 1200,
    // 280 dpi on pnm's list (75, 90, ..., 285, 300) is 285.
    r = testRequest(50);
    r.options = {{"resolution", "1000000"}, {"tl-x", "0"}, {"br-x", "2"}, {"br-y", "2"}};
    o = scanThroughService(r);
    QVERIFY2(o.ok(), qPrintable(messageOf(o)));
    QCOMPARE(o.pages.first().dpi, 1200);
    r = ScanRequest{};
    r.device = "pnm:0";
    r.dpi = 280;
    r.options = {{"filename", renderPage("snap.ppm")}};
    o = scanThroughService(r);
    QVERIFY2(o.ok(), qPrintable(messageOf(o)));
    QCOMPARE(o.pages.first().dpi, 285);
}

void TestScanner::pagesBeforeAnErrorAreKept()
{
    // Three pages from the glass of the pnm backend; the file goes away after the first (the
    // callback runs between two pages on this very thread): the second page fails, the first
    // is returned with the error.
    const QString file = renderPage("vanishing.ppm");
    ScanRequest r;
    r.device = "pnm:0";
    r.pages = 3;
    r.options = {{"filename", file}};
    SaneScanner sane;
    QVERIFY(sane.ready().ok());
    const std::atomic_bool cancel(false);
    int seen = 0;
    const ScanOutcome outcome = sane.scan(r, cancel, [&](const ScannedPage&) {
        ++seen;
        QFile::remove(file);
    });
    QCOMPARE(seen, 1);
    QVERIFY(!outcome.ok());
    QCOMPARE(outcome.pages.size(), 1);
    QVERIFY(!outcome.pages.first().image.isNull());
}

void TestScanner::pnmReturnsTheKnownPage()
{
    ScanRequest r;
    r.device = "pnm:0";
    r.dpi = 200;
    r.options = {{"filename", renderPage("known.ppm")}};
    const ScanOutcome outcome = scanThroughService(r);
    QVERIFY2(outcome.ok(), qPrintable(messageOf(outcome)));
    const ScannedPage page = outcome.pages.first();
    QCOMPARE(page.image.size(), QSize(827, 1165));
    QCOMPARE(page.dpi, 200);
    QCOMPARE(darkPixels(page.image, QRect(100, 100, 200, 300)), 200 * 300);
    QCOMPARE(darkPixels(page.image, QRect(400, 100, 300, 300)), 0);
}

void TestScanner::cancelStopsTheScan()
{
    // Cancelled while the feeder still holds sheets (the flag is set as the first page comes
    // in, between two pages): the page is kept, the error says cancelled.
    ScanRequest r = testRequest(50);
    r.source = ScanSource::Feeder;
    r.pages = 0;
    SaneScanner sane;
    std::atomic_bool cancel(false);
    const ScanOutcome outcome = sane.scan(r, cancel, [&](const ScannedPage&) { cancel = true; });
    QVERIFY(!outcome.ok());
    QCOMPARE(outcome.error->code, ScannerErrors::Cancelled);
    QCOMPARE(outcome.pages.size(), 1);

    // Through the service: cancel() stops the scan asked for, and the next scan runs normally.
    ScannerService service;
    QSignalSpy finished(&service, &ScannerService::scanFinished);
    service.scan(r);
    QVERIFY(service.isScanning());
    service.cancel();
    QVERIFY(finished.wait(120000));
    const auto cancelled = finished.takeFirst().first().value<ScanOutcome>();
    QCOMPARE(cancelled.error->code, ScannerErrors::Cancelled);
    QVERIFY(cancelled.pages.size() < 10);
    QVERIFY(!service.isScanning());
    service.scan(testRequest(50));
    QVERIFY(finished.wait(120000));
    const auto next = finished.takeFirst().first().value<ScanOutcome>();
    QVERIFY2(next.ok(), qPrintable(messageOf(next)));
    QCOMPARE(next.pages.size(), 1);
}

void TestScanner::pdfKeepsPagesSizesAndStaysSmall()
{
    ScanRequest r = testRequest(300);
    r.source = ScanSource::Feeder;
    r.pages = 2;
    r.mode = ScanMode::Color;
    ScanOutcome outcome = scanThroughService(r);
    QVERIFY2(outcome.ok(), qPrintable(messageOf(outcome)));
    ScanRequest pnm;
    pnm.device = "pnm:0";
    pnm.dpi = 200;
    pnm.options = {{"filename", renderPage("pdf.ppm")}};
    const ScanOutcome known = scanThroughService(pnm);
    QVERIFY(known.ok());
    ScannedPages pages = outcome.pages + known.pages;
    pages[1] = pages[1].rotated(1);
    const QString pdf = m_dir.filePath("scan.pdf");
    const Status written = ScanPdf::write(pages, pdf);
    QVERIFY2(written.ok(), qPrintable(written.errorMessage()));

    const ProcessResult info = runProcess("pdfinfo", {pdf});
    QCOMPARE(info.exitCode, 0);
    const QString text = QString::fromUtf8(info.out);
    QVERIFY2(text.contains(QRegularExpression("Pages:\\s+3\\n")), qPrintable(text));
    // Page sizes follow pixels and dpi: 80 × 100 mm at 300 dpi; the turned one 100 × 80 mm;
    // the pnm page 827 × 1165 px at 200 dpi = 297.72 × 419.4 pt.
    const ProcessResult sizes = runProcess("pdfinfo", {"-f", "1", "-l", "3", pdf});
    const QString s = QString::fromUtf8(sizes.out);
    QVERIFY2(s.contains(QRegularExpression("Page\\s+1 size:\\s+226\\.\\d+ x 283\\.\\d+ pts")),
             qPrintable(s));
    QVERIFY2(s.contains(QRegularExpression("Page\\s+2 size:\\s+283\\.\\d+ x 226\\.\\d+ pts")),
             qPrintable(s));
    QVERIFY2(s.contains(QRegularExpression("Page\\s+3 size:\\s+297\\.72 x 419\\.4 pts")),
             qPrintable(s));
    // JPEG-compressed: far below the raw pixels (two 944 × 1181 RGB pages alone are 6.7 MB).
    const qint64 raw = 2 * 944LL * 1181 * 3 + 827LL * 1165 * 3;
    QVERIFY2(QFileInfo(pdf).size() < raw / 10, qPrintable(QString::number(QFileInfo(pdf).size())));
    // Readable by poppler: text extraction runs (image pages have no text), and the known page
    // renders with its black block where it was drawn.
    QCOMPARE(runProcess("pdftotext", {pdf, m_dir.filePath("scan.txt")}).exitCode, 0);
    QCOMPARE(runProcess("pdftoppm",
                        {"-f", "3", "-l", "3", "-r", "100", "-png", pdf, m_dir.filePath("page")})
                 .exitCode,
             0);
    const QImage rendered(m_dir.filePath("page-3.png"));
    QVERIFY(!rendered.isNull());
    // At 100 dpi the 200-dpi page is halved: the block is at (50, 50), 100 × 150.
    QVERIFY(qAbs(rendered.width() - 414) <= 1);
    QVERIFY(darkPixels(rendered, QRect(55, 55, 90, 140)) > 90 * 140 * 95 / 100);
    QVERIFY(darkPixels(rendered, QRect(200, 55, 150, 140)) < 100);
}

void TestScanner::rotation()
{
    QImage image(4, 2, QImage::Format_Grayscale8);
    image.fill(255);
    image.setPixel(0, 0, qRgb(0, 0, 0)); // the top left corner is black
    const ScannedPage page{image, 300};
    const ScannedPage right = page.rotated(1);
    QCOMPARE(right.image.size(), QSize(2, 4));
    QCOMPARE(qGray(right.image.pixel(1, 0)), 0); // now at the top right
    const ScannedPage left = page.rotated(-1);
    QCOMPARE(qGray(left.image.pixel(0, 3)), 0); // the bottom left
    QCOMPARE(page.rotated(4).image, image);
    QCOMPARE(page.rotated(2).rotated(2).image, image);
    QCOMPARE(right.dpi, 300);
}

void TestScanner::cliLists()
{
    ProcessResult list = runCli({"scan", "--list"});
    QCOMPARE(list.exitCode, 0);
    QVERIFY2(list.out.contains("test:0\tNoname\tfrontend-tester\tvirtual device\n"),
             list.out.constData());
    QVERIFY(list.out.contains("pnm:0\t"));
    ProcessResult json = runCli({"scan", "--list", "--json"});
    QCOMPARE(json.exitCode, 0);
    const QJsonObject o = QJsonDocument::fromJson(json.out).object();
    bool found = false;
    for (const QJsonValue v : o.value("devices").toArray())
        found = found || (v["name"] == "test:1" && v["vendor"] == "Noname" &&
                          v["model"] == "frontend-tester" && v["type"] == "virtual device");
    QVERIFY2(found, json.out.constData());
}

void TestScanner::cliScans()
{
    const QString three = m_dir.filePath("cli-three.pdf");
    ProcessResult r = runCli({"scan", "--device", "test:0", "--pages", "3", "--dpi", "100", "--set",
                              "test-picture=Grid", "--out", three});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY(QString::fromUtf8(runProcess("pdfinfo", {three}).out)
                .contains(QRegularExpression("Pages:\\s+3\\n")));
    // The pnm backend returns the file named by its `filename` option.
    const QString pdf = m_dir.filePath("cli-pnm.pdf");
    r = runCli({"scan", "--device", "pnm:0", "--dpi", "200", "--set",
                "filename=" + renderPage("cli.ppm"), "--out", pdf});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY(QString::fromUtf8(runProcess("pdfinfo", {pdf}).out)
                .contains("Page size:       297.72 x 419.4 pts"));
}

void TestScanner::cliErrors()
{
    const QString out = m_dir.filePath("cli-error.pdf");
    ProcessResult r =
        runCli({"scan", "--device", "pnm:0", "--set", "filename=" + renderPage("cli-error.ppm"),
                "--set", "status=no", "--set", "status-jammed=yes", "--out", out, "--lang", "ru"});
    QCOMPARE(r.exitCode, 3);
    QVERIFY2(QString::fromUtf8(r.err).contains(QString::fromUtf8("Замятие")), r.err.constData());
    QVERIFY(!QFile::exists(out)); // nothing scanned, nothing written
    r = runCli({"scan", "--device", "pnm:0", "--set", "filename=" + renderPage("cli-error.ppm"),
                "--set", "status=no", "--set", "status-nodocs=yes", "--out", out, "--lang", "kk"});
    QCOMPARE(r.exitCode, 3);
    QVERIFY(!r.err.trimmed().isEmpty());
    r = runCli({"scan", "--device", "test:0", "--set", "nonsense=1", "--out", out});
    QCOMPARE(r.exitCode, 2);
    r = runCli({"scan", "--device", "test:0", "--set", "nonsense", "--out", out});
    QCOMPARE(r.exitCode, 2);
    r = runCli({"scan", "--device", "test:0"});
    QCOMPARE(r.exitCode, 2);
    r = runCli({"scan", "--device", "nowhere:0", "--out", out});
    QCOMPARE(r.exitCode, 3);
    QVERIFY(r.err.contains("not connected"));
}

QTEST_MAIN(TestScanner)
#include "TestScanner.moc"
