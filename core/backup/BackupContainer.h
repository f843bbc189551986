#pragma once

#include "core/base/Result.h"

#include <QCoreApplication>
#include <QFile>
#include <QIODevice>
#include <QList>
#include <QSet>
#include <QString>

#include <memory>

namespace iin {

// The plaintext inside an encrypted backup of format version 2 (docs/backup.md): framed
// records, each a type byte, a name and a length, then that many bytes. The journal's database
// comes first, then the scan key's file (no secret in clear: its only key material is the copy
// sealed to the office's recovery key), then every file of "<journal>.attachments/" as it lies
// on disk (already encrypted under the scan key), then an end record. Written and read as a
// stream, one file at a time, so that memory stays bounded however many scans there are.
class BackupContainer
{
    Q_DECLARE_TR_FUNCTIONS(BackupContainer)

public:
    enum Record : char
    {
        Database = 'D', // name "journal.sqlite"
        ScanKey = 'K',  // name "scankey"
        Scan = 'S',     // name "ab/abcd…" (the 64 lower-case hex digits of the scan's digest)
        End = 'E',      // empty name, no bytes
    };
    static constexpr int MaxNameBytes = 255;
    static constexpr qint64 MaxScanKeyBytes = 64 * 1024;

    static inline const QString DatabaseName = QStringLiteral("journal.sqlite");
    static inline const QString ScanKeyName = QStringLiteral("scankey");
    static inline const QString AttachmentsFolder = QStringLiteral("attachments");

    // The scan key's file beside a journal (ScanKeys::metaPathOf names the same file; the test
    // of backups with scans checks that they agree).
    static QString scanKeyPathOf(const QString& journal);
    static QString attachmentsPathOf(const QString& journal);

    // "ab/abcd…": a digest's 64 lower-case hex digits under the folder of its first two.
    static bool isScanName(const QString& name);
    // The scan files under `attachmentsRoot`, as record names, sorted; anything else lying there
    // (a half-written temporary file) is not a scan and is left out.
    static QStringList scanNames(const QString& attachmentsRoot);
};

// Reads as the container made of the files given: what SecretStream::encrypt reads from. A file
// that cannot be read or ends early makes read() fail; failure() says why, and the caller must
// discard what was written.
class BackupContainerSource : public QIODevice
{
public:
    struct Entry
    {
        BackupContainer::Record type;
        QString name;
        QString path;
    };
    explicit BackupContainerSource(QList<Entry> entries);
    bool isSequential() const override { return true; }
    const Error& failure() const { return m_failure; }
    bool failed() const { return !m_failure.code.isEmpty(); }

protected:
    qint64 readData(char* data, qint64 maxSize) override;
    qint64 writeData(const char*, qint64) override { return -1; }

private:
    bool startNext();

    QList<Entry> m_entries;
    int m_next = 0;
    bool m_ended = false;
    QByteArray m_header;
    qint64 m_headerAt = 0;
    std::unique_ptr<QFile> m_file;
    qint64 m_left = 0;
    Error m_failure;
};

// Takes the decrypted container (SecretStream::decrypt writes to it) and lays its files out in
// `root`: DatabaseName, ScanKeyName and AttachmentsFolder/ab/abcd…. Everything is checked as it
// comes, the file being treated as hostile: a record of unknown type, a name that is not a
// digest in its folder (a path, "..", another folder), a repeated name, a database that is not
// first or not there, a scan key too large, bytes after the end record. write() then fails and
// failure() says why; the caller removes `root`.
class BackupContainerSink : public QIODevice
{
public:
    explicit BackupContainerSink(const QString& root);
    bool isSequential() const override { return true; }
    const Error& failure() const { return m_failure; }
    bool failed() const { return !m_failure.code.isEmpty(); }
    // After the stream: the end record was read (else `backup.container` failure).
    Status finish();
    int scans() const { return m_scans; }
    bool hasScanKey() const { return m_scanKey; }

protected:
    qint64 readData(char*, qint64) override { return -1; }
    qint64 writeData(const char* data, qint64 size) override;

private:
    bool refuse(const QString& why);
    bool startRecord();
    bool closeRecord();

    QString m_root;
    QByteArray m_header; // the record's header being read
    std::unique_ptr<QFile> m_file;
    qint64 m_left = 0;
    bool m_inContent = false;
    char m_type = 0;
    int m_records = 0;
    int m_scans = 0;
    bool m_scanKey = false;
    bool m_ended = false;
    QSet<QString> m_names;
    Error m_failure;
};

} // namespace iin
