// The MRZ read off scanned pages: over generated 300-dpi pages of random identities (TD3, TD2,
// TD1), scanned crooked, upside down, soft, grainy, as PNG or JPEG, the share read exactly and
// the time per page, against decoding the same file alone.
#include "bench/BenchSupport.h"
#include "tests/MrzPageRenderer.h"
#include "tests/MrzSamples.h"

#include "core/capture/MrzReader.h"

#include <QDir>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QRandomGenerator>

#include <cstdio>

using namespace iin;
using namespace iin::bench;
using namespace iin::test;

int main(int argc, char* argv[])
{
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv); // the renderer and the reader draw OCR-B glyphs
    const Options options = Options::parse(QCoreApplication::arguments());
    const int pages = options.size(120, 10);
    const QString dir = QDir(options.workDir.isEmpty() ? QDir::tempPath() : options.workDir)
                            .filePath(QStringLiteral("mrz-pages"));
    QDir().mkpath(dir);

    // The same pages every run: one seed for identities and scan conditions.
    QRandomGenerator random(15);
    const QList<MrzFormat> formats = {MrzFormat::TD3, MrzFormat::TD3, MrzFormat::TD2,
                                      MrzFormat::TD1};
    QStringList files;
    QList<QStringList> printed;
    for (int i = 0; i < pages; ++i) {
        const QStringList lines = MrzSamples::random(formats[i % formats.size()], random);
        MrzScan scan;
        scan.dpi = 300;
        scan.rotationDegrees = random.bounded(6.0) - 3.0 + (random.bounded(4) == 0 ? 180 : 0);
        scan.blurPixels = random.bounded(1.5);
        scan.noise = random.bounded(20.0);
        scan.seed = random.generate();
        const bool jpeg = random.bounded(2) == 0;
        const QString path =
            QDir(dir).filePath(QStringLiteral("page-%1.%2")
                                   .arg(i)
                                   .arg(jpeg ? QStringLiteral("jpg") : QStringLiteral("png")));
        if (!MrzPageRenderer::save(MrzPageRenderer::render(lines, scan), path, scan.dpi,
                                   60 + random.bounded(36))) {
            std::fprintf(stderr, "cannot write %s\n", qPrintable(path));
            return 1;
        }
        files.append(path);
        printed.append(lines);
    }

    const QDate today(2026, 12, 5);
    MrzReader::read(MrzPageImage::fromImage(QImage(8, 8, QImage::Format_Grayscale8)), today);
    Samples decode;
    Samples read;
    int exact = 0;
    for (qsizetype i = 0; i < files.size(); ++i) {
        QElapsedTimer timer;
        timer.start();
        const Result<MrzPageImage> page = MrzPageImage::load(files[i]);
        decode.add(timer.nsecsElapsed());
        timer.restart();
        const Result<MrzReading> reading = MrzReader::readFile(files[i], today);
        read.add(timer.nsecsElapsed());
        if (reading && reading->lines == printed[i])
            ++exact;
        else
            std::fprintf(stderr, "page %lld not read exactly: %s\n", qlonglong(i),
                         reading ? qPrintable(reading->lines.join(u' '))
                                 : qPrintable(reading.errorMessage()));
    }
    const double share = 100.0 * exact / pages;
    print({.name = QStringLiteral("mrz read, pages read exactly (300 dpi, %1 pages)").arg(pages),
           .value = share,
           .unit = QStringLiteral("%"),
           .target = QStringLiteral(">= 95 %"),
           .met = share >= 95});
    const double perPage = read.median() / 1e6;
    print({.name = QStringLiteral("mrz read, per page (median)"),
           .value = perPage,
           .unit = QStringLiteral("ms"),
           .baselineName = QStringLiteral("decoding the page file alone"),
           .baselineValue = decode.median() / 1e6,
           .target = QStringLiteral("<= 1000 ms"),
           .met = perPage <= 1000});
    const double worst = read.quantile(0.95) / 1e6;
    print({.name = QStringLiteral("mrz read, per page (p95)"),
           .value = worst,
           .unit = QStringLiteral("ms"),
           .baselineName = QStringLiteral("decoding the page file alone"),
           .baselineValue = decode.quantile(0.95) / 1e6,
           .target = QStringLiteral("<= 1000 ms"),
           .met = worst <= 1000});
    return 0;
}
