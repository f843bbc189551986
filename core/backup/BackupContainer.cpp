#include "core/backup/BackupContainer.h"

#include "core/store/Database.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QtEndian>

namespace iin {

namespace {

constexpr int FixedHeaderBytes = 1 + 2 + 8; // type, name length, content length

QByteArray headerOf(BackupContainer::Record type, const QString& name, qint64 length)
{
    const QByteArray n = name.toUtf8();
    QByteArray header(FixedHeaderBytes + n.size(), Qt::Uninitialized);
    header[0] = char(type);
    qToBigEndian(quint16(n.size()), header.data() + 1);
    std::copy(n.begin(), n.end(), header.begin() + 3);
    qToBigEndian(quint64(length), header.data() + 3 + n.size());
    return header;
}

// Big-endian, read byte by byte from a header of any length already checked to hold them.
quint64 numberAt(const QByteArray& bytes, int at, int width)
{
    quint64 n = 0;
    for (int i = 0; i < width; ++i)
        n = (n << 8) | quint8(bytes[at + i]);
    return n;
}

} // namespace

QString BackupContainer::scanKeyPathOf(const QString& journal)
{
    return journal + QStringLiteral(".scankey");
}

QString BackupContainer::attachmentsPathOf(const QString& journal)
{
    return journal + QStringLiteral(".attachments");
}

bool BackupContainer::isScanName(const QString& name)
{
    static const QRegularExpression form(QStringLiteral("^([0-9a-f]{2})/([0-9a-f]{64})$"));
    const QRegularExpressionMatch m = form.match(name);
    return m.hasMatch() && m.captured(2).startsWith(m.captured(1));
}

QStringList BackupContainer::scanNames(const QString& attachmentsRoot)
{
    QStringList names;
    const QDir root(attachmentsRoot);
    for (const QString& folder : root.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
        for (const QString& file : QDir(root.filePath(folder)).entryList(QDir::Files, QDir::Name)) {
            const QString name = folder + u'/' + file;
            if (isScanName(name))
                names.append(name);
        }
    }
    return names;
}

BackupContainerSource::BackupContainerSource(QList<Entry> entries) : m_entries(std::move(entries))
{
}

bool BackupContainerSource::startNext()
{
    m_file.reset();
    m_headerAt = 0;
    if (m_next == m_entries.size()) {
        m_header = headerOf(BackupContainer::End, QString(), 0);
        m_ended = true;
        return true;
    }
    const Entry& entry = m_entries[m_next++];
    m_file = std::make_unique<QFile>(entry.path);
    if (!m_file->open(QIODevice::ReadOnly)) {
        m_failure =
            Error{QStringLiteral("backup.io"),
                  BackupContainer::tr("Cannot read %1: %2").arg(entry.path, m_file->errorString())};
        return false;
    }
    // The size of the file opened: content-addressed scans never change, and the database is
    // the backup's own private copy.
    m_left = m_file->size();
    m_header = headerOf(entry.type, entry.name, m_left);
    return true;
}

qint64 BackupContainerSource::readData(char* data, qint64 maxSize)
{
    if (failed())
        return -1;
    qint64 done = 0;
    while (done < maxSize) {
        if (m_headerAt < m_header.size()) {
            const qint64 n = qMin(maxSize - done, qint64(m_header.size()) - m_headerAt);
            std::copy_n(m_header.constData() + m_headerAt, n, data + done);
            m_headerAt += n;
            done += n;
            continue;
        }
        if (m_file && m_left > 0) {
            const qint64 n = m_file->read(data + done, qMin(maxSize - done, m_left));
            if (n <= 0) {
                m_failure = Error{QStringLiteral("backup.io"),
                                  BackupContainer::tr("%1 ended or failed while it was read: %2")
                                      .arg(m_file->fileName(), m_file->errorString())};
                return -1;
            }
            m_left -= n;
            done += n;
            continue;
        }
        if (m_ended)
            break;
        if (!startNext())
            return -1;
    }
    return done;
}

BackupContainerSink::BackupContainerSink(const QString& root) : m_root(root) {}

bool BackupContainerSink::refuse(const QString& why)
{
    m_file.reset();
    if (!failed())
        m_failure = Error{QStringLiteral("backup.container"),
                          BackupContainer::tr("The backup's contents are not what the desk "
                                              "writes: %1. Nothing was restored.")
                              .arg(why)};
    setErrorString(m_failure.message);
    return false;
}

bool BackupContainerSink::startRecord()
{
    const int nameBytes = int(numberAt(m_header, 1, 2));
    const QString name = QString::fromUtf8(m_header.constData() + 3, nameBytes);
    m_left = qint64(numberAt(m_header, 3 + nameBytes, 8));
    m_type = m_header[0];
    m_header.clear();
    if (m_left < 0)
        return refuse(BackupContainer::tr("a record claims an impossible length"));
    if (m_records++ == 0 && m_type != BackupContainer::Database)
        return refuse(BackupContainer::tr("it does not start with the database"));
    QString path;
    switch (m_type) {
    case BackupContainer::Database:
        if (m_records != 1 || name != BackupContainer::DatabaseName)
            return refuse(BackupContainer::tr("a second or misnamed database"));
        path = QDir(m_root).filePath(BackupContainer::DatabaseName);
        break;
    case BackupContainer::ScanKey:
        if (m_scanKey || name != BackupContainer::ScanKeyName ||
            m_left > BackupContainer::MaxScanKeyBytes)
            return refuse(BackupContainer::tr("a second, misnamed or oversized scan key"));
        m_scanKey = true;
        path = QDir(m_root).filePath(BackupContainer::ScanKeyName);
        break;
    case BackupContainer::Scan:
        // The name becomes a path: only a digest in its own folder, never "..", "/" or more.
        if (!BackupContainer::isScanName(name))
            return refuse(BackupContainer::tr("a scan named \"%1\", which is no scan's digest")
                              .arg(name.left(80)));
        if (m_names.contains(name))
            return refuse(BackupContainer::tr("the scan %1 twice").arg(name));
        m_names.insert(name);
        ++m_scans;
        path = QDir(m_root).filePath(BackupContainer::AttachmentsFolder + u'/' + name);
        if (!QDir().mkpath(QFileInfo(path).absolutePath()))
            return refuse(BackupContainer::tr("the folder for %1 cannot be made").arg(name));
        break;
    case BackupContainer::End:
        if (!name.isEmpty() || m_left != 0)
            return refuse(BackupContainer::tr("an end record with contents"));
        m_ended = true;
        return true;
    default:
        return refuse(BackupContainer::tr("a record of unknown type %1").arg(int(quint8(m_type))));
    }
    // Owner-only from the first byte, like the journal.
    if (!Database::createPrivateFile(path))
        return refuse(BackupContainer::tr("%1 cannot be created").arg(path));
    m_file = std::make_unique<QFile>(path);
    if (!m_file->open(QIODevice::WriteOnly))
        return refuse(BackupContainer::tr("%1 cannot be written").arg(path));
    m_inContent = true;
    return m_left > 0 || closeRecord();
}

bool BackupContainerSink::closeRecord()
{
    m_inContent = false;
    const bool ok = m_file->flush();
    const QString path = m_file->fileName();
    m_file.reset();
    if (!ok)
        return refuse(BackupContainer::tr("a file cannot be written"));
    // The scan key's file names a key id that becomes part of a file name on restore (the file
    // keeper's key): only the key file's own form, with a key id of hex digits, is let through.
    if (m_type == BackupContainer::ScanKey) {
        QFile file(path);
        const QJsonObject meta = file.open(QIODevice::ReadOnly)
                                     ? QJsonDocument::fromJson(file.readAll()).object()
                                     : QJsonObject();
        static const QRegularExpression keyId(QStringLiteral("^[0-9a-f]{8,64}$"));
        if (meta.value(QStringLiteral("format")).toString() != u"iin-desk-scan-key" ||
            !keyId.match(meta.value(QStringLiteral("key_id")).toString()).hasMatch())
            return refuse(BackupContainer::tr("a scan key file that is not one"));
    }
    return true;
}

qint64 BackupContainerSink::writeData(const char* data, qint64 size)
{
    if (failed())
        return -1;
    qint64 at = 0;
    while (at < size) {
        if (m_ended) {
            refuse(BackupContainer::tr("bytes after the end record"));
            return -1;
        }
        if (m_inContent) {
            const qint64 n = qMin(size - at, m_left);
            if (m_file->write(data + at, n) != n) {
                refuse(BackupContainer::tr("%1 cannot be written: %2")
                           .arg(m_file->fileName(), m_file->errorString()));
                return -1;
            }
            at += n;
            m_left -= n;
            if (m_left == 0 && !closeRecord())
                return -1;
            continue;
        }
        // The header: its fixed part first, then as long as its name says.
        qint64 want = 3;
        if (m_header.size() >= 3)
            want = FixedHeaderBytes + int(numberAt(m_header, 1, 2));
        if (m_header.size() >= 3 && int(numberAt(m_header, 1, 2)) > BackupContainer::MaxNameBytes) {
            refuse(BackupContainer::tr("a name too long"));
            return -1;
        }
        const qint64 n = qMin(size - at, want - m_header.size());
        m_header.append(data + at, n);
        at += n;
        if (m_header.size() == want && want > 3 && !startRecord())
            return -1;
    }
    return size;
}

Status BackupContainerSink::finish()
{
    if (failed())
        return m_failure;
    if (!m_ended) {
        refuse(BackupContainer::tr("it ends before its end record"));
        return m_failure;
    }
    return {};
}

} // namespace iin
