#pragma once

#include <QByteArray>
#include <QFile>
#include <QRandomGenerator>
#include <QString>

// Scans for the tests of scans at rest and of the backups that carry them: PDF-looking bytes
// with a marker that must never be found on disk in clear.
namespace iin::test {

inline const QByteArray ScanMarker = "MARKER-passport-AB1234567";

// A scan of `size` bytes (a few secretstream chunks when large), the marker near the start;
// the same seed gives the same bytes.
inline QByteArray scanContent(int seed, int size)
{
    QByteArray bytes = "%PDF-1.4\n% " + ScanMarker + " page " + QByteArray::number(seed) + "\n";
    QRandomGenerator random(quint32(seed + 1));
    while (bytes.size() < size)
        bytes.append(char(random.bounded(256)));
    bytes.append("\n%%EOF\n");
    return bytes;
}

inline QByteArray readFile(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

inline bool writeFile(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

} // namespace iin::test
