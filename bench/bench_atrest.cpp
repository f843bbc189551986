// Scans at rest (docs/at-rest.md): what encrypting the journal's scan files costs. 200 scan-sized
// files (0.5-3 MB of incompressible bytes, as JPEG pages in a PDF are) stored and read back
// through AttachmentStore with the journal's ScanCipher, against the same store writing and
// reading them in clear in the same run: both write durably (temporary file, fsync, rename) and
// both check the SHA-256 on the way out, so the ratio is the encryption's own price.
#include "bench/BenchSupport.h"

#include "core/atrest/ScanCipher.h"
#include "core/store/AttachmentStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QRandomGenerator>
#include <QTemporaryDir>

using namespace iin;
using namespace iin::bench;

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const Options options = Options::parse(QCoreApplication::arguments());
    const int files = options.size(200, 20);

    QList<QByteArray> scans;
    qint64 bytes = 0;
    QRandomGenerator random(17);
    for (int i = 0; i < files; ++i) {
        const int size = 512 * 1024 + int(random.bounded(5 * 512 * 1024)); // 0.5-3 MB
        QByteArray scan(size, Qt::Uninitialized);
        random.fillRange(reinterpret_cast<quint32*>(scan.data()), size / 4);
        scans.append(scan);
        bytes += size;
    }
    const double megabytes = double(bytes) / (1024.0 * 1024.0);

    QTemporaryDir work(options.workDir.isEmpty()
                           ? QDir::tempPath() + QStringLiteral("/atrest-XXXXXX")
                           : options.workDir + QStringLiteral("/atrest-XXXXXX"));
    if (!work.isValid())
        return 1;
    const StreamKey key;
    const auto cipher = std::make_shared<const ScanCipher>(key);
    QStringList digests;
    for (const QByteArray& scan : scans)
        digests.append(AttachmentStore::sha256Of(scan));

    // Every file is written once per store (a second put of the same content is a no-op), so
    // each side is timed once over all the files; the two alternate over three rounds, each in
    // a fresh folder, and the medians compared.
    Samples putPlain, putEncrypted, getPlain, getEncrypted;
    bool correct = true;
    for (int round = 0; round < 3; ++round) {
        const QString suffix = QString::number(round);
        const AttachmentStore p(work.filePath(QStringLiteral("plain") + suffix));
        const AttachmentStore e(work.filePath(QStringLiteral("encrypted") + suffix), cipher);
        putPlain.add(measure(1, [&] {
                         for (const QByteArray& scan : scans)
                             correct = correct && bool(p.put(scan));
                     }).median());
        putEncrypted.add(measure(1, [&] {
                             for (const QByteArray& scan : scans)
                                 correct = correct && bool(e.put(scan));
                         }).median());
        getPlain.add(measure(1, [&] {
                         for (const QString& d : digests)
                             correct = correct && bool(p.get(d));
                     }).median());
        getEncrypted.add(measure(1, [&] {
                             for (const QString& d : digests)
                                 correct = correct && bool(e.get(d));
                         }).median());
        correct = correct && e.isEncrypted(digests.first()) && !p.isEncrypted(digests.first());
    }
    if (!correct) {
        qCritical("a scan did not store or read back");
        return 1;
    }

    const auto perMegabyte = [&](const Samples& s) { return s.median() / 1e6 / megabytes; };
    print({.name = QStringLiteral("scan stored encrypted (durable put), %1 files, %2 MB")
                       .arg(files)
                       .arg(megabytes, 0, 'f', 0),
           .value = perMegabyte(putEncrypted),
           .unit = QStringLiteral("ms/MB"),
           .baselineName = QStringLiteral("the same files stored in clear"),
           .baselineValue = perMegabyte(putPlain),
           .target = QStringLiteral("<= 2x the clear store"),
           .met = putEncrypted.median() <= 2 * putPlain.median()});
    print({.name = QStringLiteral("scan read and decrypted (get, digest checked)"),
           .value = perMegabyte(getEncrypted),
           .unit = QStringLiteral("ms/MB"),
           .baselineName = QStringLiteral("the same files read in clear"),
           .baselineValue = perMegabyte(getPlain),
           .target = QStringLiteral("<= 2x the clear read"),
           .met = getEncrypted.median() <= 2 * getPlain.median()});
    return 0;
}
