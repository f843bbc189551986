// The registration certificate as a PDF (layout, signed QR code, embedded fonts): the first
// one of a fresh process, and a batch, against a blank A4 page from the same QPdfWriter setup.
#include "bench/BenchSupport.h"
#include "bench/SyntheticPeople.h"

#include "core/documents/CertificateData.h"
#include "core/documents/CertificateLayout.h"
#include "core/documents/DocumentFonts.h"
#include "core/documents/DocumentPdf.h"

#include <QDir>
#include <QFile>
#include <QFontMetricsF>
#include <QGuiApplication>
#include <QJsonDocument>
#include <QPainter>
#include <QPdfWriter>

using namespace iin;
using namespace iin::bench;

namespace {

Status blankPage(const QString& path)
{
    return DocumentPdf::write(path, QStringLiteral("blank"), [](QPagedPaintDevice* device) {
        QPainter painter(device);
        return Status{};
    });
}

} // namespace

int main(int argc, char* argv[])
{
    QGuiApplication app(argc, argv);
    const Options options = Options::parse(QCoreApplication::arguments());
    const int batch = options.size(1000, 50);
    const QDir work(options.workDir.isEmpty() ? QDir::tempPath() : options.workDir);
    work.mkpath(QStringLiteral("certificates"));
    const QString pdf = work.filePath(QStringLiteral("certificates/certificate.pdf"));
    const QString blank = work.filePath(QStringLiteral("certificates/blank.pdf"));

    QFile example(QStringLiteral(IIN_SOURCE_DIR "/examples/documents/certificate.json"));
    if (!example.open(QIODevice::ReadOnly))
        return 1;
    auto parsed = CertificateData::fromJson(QJsonDocument::fromJson(example.readAll()).object());
    if (!parsed)
        return 1;
    const SigningKey key = SigningKey::training();

    // Each certificate a different person: names and numbers change what is laid out.
    QList<CertificateData> people;
    for (int n = 0; n < batch; ++n) {
        CertificateData d = *parsed;
        const Application a = SyntheticPeople::application(n + 1);
        d.nameCyrillic = a.nameCyrillic;
        d.nameLatin = a.nameLatin;
        d.certificateNumber = QStringLiteral("75-2026-%1").arg(n + 1, 6, 10, QChar(u'0'));
        people.append(d);
    }
    const auto certificate = [&](const CertificateData& d) {
        const Status s = DocumentPdf::write(
            pdf, QStringLiteral("certificate"), [&](QPagedPaintDevice* device) -> Status {
                auto payload = CertificateLayout::paint(d, key, device);
                return payload ? Status{} : payload.error();
            });
        if (!s)
            qFatal("certificate: %s", qPrintable(s.errorMessage()));
    };

    // The first of a process pays for loading the fonts; the blank page goes first so that
    // it pays for the PDF engine's own start.
    QElapsedTimer timer;
    timer.start();
    if (!blankPage(blank))
        return 1;
    const double firstBlank = timer.nsecsElapsed() / 1e6;
    timer.start();
    // What the first document of a process pays once: registering the embedded fonts and the
    // font database's first look-up (the desk does both once its window is up).
    DocumentFonts::ensureRegistered();
    for (const QFont& f :
         {DocumentFonts::sans(10), DocumentFonts::sans(10, true), DocumentFonts::serif(14, true)})
        QFontMetricsF(f).horizontalAdvance(QStringLiteral("Құдайбергенов"));
    const double fonts = timer.nsecsElapsed() / 1e6;
    timer.start();
    certificate(people.first());
    const double afterFonts = timer.nsecsElapsed() / 1e6;
    const double first = fonts + afterFonts;
    print({.name = QStringLiteral("certificate PDF, first of a process"),
           .value = first,
           .unit = QStringLiteral("ms"),
           .baselineName = QStringLiteral("blank QPdfWriter page, first of a process"),
           .baselineValue = firstBlank,
           .target = QStringLiteral("<= 30 ms"),
           .met = first <= 30});
    print({.name = QStringLiteral("certificate PDF, first of a process, fonts loaded before"),
           .value = afterFonts,
           .unit = QStringLiteral("ms"),
           .baselineName = QStringLiteral("blank QPdfWriter page, first of a process"),
           .baselineValue = firstBlank,
           .target = QStringLiteral("report (the desk)"),
           .hasVerdict = false});

    Samples each;
    for (const CertificateData& d : people) {
        timer.start();
        certificate(d);
        each.add(timer.nsecsElapsed());
    }
    const Samples blanks = measure(qMin(batch, 200), [&] { blankPage(blank); });
    const double median = each.median() / 1e6;
    print({.name = QStringLiteral("certificate PDF, batch of %1, median each").arg(batch),
           .value = median,
           .unit = QStringLiteral("ms"),
           .baselineName = QStringLiteral("blank QPdfWriter page"),
           .baselineValue = blanks.median() / 1e6,
           .target = QStringLiteral("<= 30 ms"),
           .met = median <= 30});
    const double p95 = each.p95() / 1e6;
    print({.name = QStringLiteral("certificate PDF, batch of %1, p95").arg(batch),
           .value = p95,
           .unit = QStringLiteral("ms"),
           .baselineName = QStringLiteral("blank QPdfWriter page, p95"),
           .baselineValue = blanks.p95() / 1e6,
           .target = QStringLiteral("<= 30 ms"),
           .met = p95 <= 30});
    return 0;
}
