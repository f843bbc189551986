#include "tests/StoreTestData.h"
#include "tests/TestSupport.h"

#include "core/backup/EncryptedBackup.h"
#include "core/backup/RecoveryKey.h"
#include "core/backup/SecretStream.h"
#include "core/store/Database.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace iin;
using namespace iin::test;

// Encrypted backups through the real command-line tool and real files: what the office keeps on
// a USB stick must be useless without its recovery key, and anything but an intact backup made
// for that key must be refused with nothing written at the journal's place.
class TestEncryptedBackup : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void keygenMakesAPrivateKeyAndNeverOverwrites();
    void roundTripKeepsEveryRecord();
    void revealsNothingWithoutTheKey();
    void wrongKeyIsRefusedNamingTheKey();
    void flippedByteIsRefused_data();
    void flippedByteIsRefused();
    void truncatedFileIsRefused_data();
    void truncatedFileIsRefused();
    void trailingBytesAreRefused();
    void unknownVersionIsRefused();
    void encryptedBackupWithoutKeyIsExplained();
    void failedBackupLeavesNothing();
    void streamBoundaries_data();
    void streamBoundaries();
    void reorderedChunksAreRefused();

private:
    QByteArray readAll(const QString& path);
    void writeAll(const QString& path, const QByteArray& bytes);
    // Restoring `file` fails with `exitCode` and a message matching `message`; nothing is left
    // at the new journal's place nor beside it.
    void expectRefused(const QString& file, int exitCode, const QString& message);
    QString keygen(const QString& key, const QString& pub);

    QTemporaryDir m_dir;
    QString m_journal, m_backup, m_key, m_pub, m_keyId;
    int m_records = 0;
};

QByteArray TestEncryptedBackup::readAll(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

void TestEncryptedBackup::writeAll(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(f.write(bytes), bytes.size());
}

QString TestEncryptedBackup::keygen(const QString& key, const QString& pub)
{
    const ProcessResult r = runCli({"backup", "keygen", "--out", key, "--public", pub});
    if (r.exitCode != 0)
        qWarning("keygen failed: %s", r.err.constData());
    return QJsonDocument::fromJson(r.out).object().value(u"key_id").toString();
}

void TestEncryptedBackup::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_journal = m_dir.filePath("journal.sqlite");
    // Enough applications for several 64 KiB chunks.
    QVERIFY(fillJournal(m_journal, 60));
    m_key = m_dir.filePath("office.key");
    m_pub = m_dir.filePath("office.pub");
    m_keyId = keygen(m_key, m_pub);
    QVERIFY(QRegularExpression("^[0-9a-f]{16}$").match(m_keyId).hasMatch());
    m_backup = m_dir.filePath("backup.iinbak");
    const ProcessResult r =
        runCli({"backup", "--db", m_journal, "--to", m_backup, "--encrypt-to", m_pub});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QJsonObject answer = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(answer.value(u"encrypted").toBool(), true);
    QCOMPARE(answer.value(u"key_id").toString(), m_keyId);
    QVERIFY(QFileInfo(m_backup).size() > 3 * SecretStream::ChunkBytes);
    auto db = openOrFail(m_journal);
    m_records = scalar(*db, "SELECT count(*) FROM applications").toInt();
    QCOMPARE(m_records, 60);
    // Recorded in the journal like a plain backup, naming the key.
    const QJsonObject details =
        QJsonDocument::fromJson(scalar(*db, "SELECT details FROM audit_log WHERE action = "
                                            "'database.backup' ORDER BY seq DESC LIMIT 1")
                                    .toByteArray())
            .object();
    QCOMPARE(details.value(u"file").toString(), QString("backup.iinbak"));
    QCOMPARE(details.value(u"encrypted").toBool(), true);
    QCOMPARE(details.value(u"key_id").toString(), m_keyId);
    // The plaintext copy was made away from the target and is gone.
    QCOMPARE(QDir(m_dir.path()).entryList({".backup-*"}, QDir::AllEntries | QDir::Hidden).size(),
             0);
}

void TestEncryptedBackup::keygenMakesAPrivateKeyAndNeverOverwrites()
{
    QTemporaryDir dir;
    const QString key = dir.filePath("k"), pub = dir.filePath("k.pub");
    QVERIFY(!keygen(key, pub).isEmpty());
    QCOMPARE(QFile::permissions(key) & ~(QFile::ReadUser | QFile::WriteUser),
             QFile::ReadOwner | QFile::WriteOwner);
    const QByteArray before = readAll(key), publicBefore = readAll(pub);

    // An existing private key is never replaced, nor is an existing public file.
    ProcessResult r = runCli({"backup", "keygen", "--out", key, "--public", dir.filePath("p2")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.contains("never overwritten"));
    QVERIFY(!QFile::exists(dir.filePath("p2")));
    r = runCli({"backup", "keygen", "--out", dir.filePath("k2"), "--public", pub});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(!QFile::exists(dir.filePath("k2")));
    QCOMPARE(readAll(key), before);
    QCOMPARE(readAll(pub), publicBefore);

    // The key loads back with the same public half.
    const Result<RecoveryKey> loaded = RecoveryKey::load(key);
    STORE_VERIFY(loaded);
    const Result<RecoveryPublicKey> loadedPublic = RecoveryPublicKey::load(pub);
    STORE_VERIFY(loadedPublic);
    QCOMPARE(loaded->publicKey().bytes(), loadedPublic->bytes());
    // A public key file is not a private one.
    QCOMPARE(RecoveryKey::load(pub).error().code, QString("recovery_key.format"));
}

void TestEncryptedBackup::roundTripKeepsEveryRecord()
{
    QTemporaryDir dir;
    const QString restored = dir.filePath("restored.sqlite");
    const ProcessResult r =
        runCli({"restore", "--from", m_backup, "--db", restored, "--key", m_key});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(QJsonDocument::fromJson(r.out).object().value(u"key_id").toString(), m_keyId);
    QCOMPARE(QFile::permissions(restored) & ~(QFile::ReadUser | QFile::WriteUser),
             QFile::ReadOwner | QFile::WriteOwner);
    // Nothing decrypted is left beside it; the journal's scan key file (format version 2)
    // comes back with it.
    QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
             (QStringList{"restored.sqlite", "restored.sqlite.scankey"}));
    {
        auto db = openOrFail(restored);
        QCOMPARE(scalar(*db, "SELECT count(*) FROM applications").toInt(), m_records);
        QCOMPARE(scalar(*db, "SELECT count(*) FROM status_history").toInt(),
                 scalar(*openOrFail(m_journal), "SELECT count(*) FROM status_history").toInt());
        const QJsonObject details =
            QJsonDocument::fromJson(scalar(*db, "SELECT details FROM audit_log WHERE action "
                                                "= 'database.restored'")
                                        .toByteArray())
                .object();
        QCOMPARE(details.value(u"from").toString(), QString("backup.iinbak"));
        QCOMPARE(details.value(u"encrypted").toBool(), true);
        QCOMPARE(details.value(u"key_id").toString(), m_keyId);
    }
    const ProcessResult verify = runCli({"audit", "verify", "--db", restored});
    QVERIFY2(verify.exitCode == 0, verify.out.constData());
    QVERIFY(runCli({"show", "1", "--db", restored}).exitCode == 0);
}

void TestEncryptedBackup::revealsNothingWithoutTheKey()
{
    const Application sample = sampleApplication(0);
    const QByteArray surname = sample.nameLatin.surname.toUtf8();
    const QByteArray surnameCyrillic = sample.nameCyrillic.surname.toUtf8();
    const QByteArray number = sample.identityDocument->number.toUtf8();
    // The journal (and a plain backup of it) holds them in clear: the search means something.
    const QString plain = m_dir.filePath("plain.sqlite");
    QCOMPARE(runCli({"backup", "--db", m_journal, "--to", plain}).exitCode, 0);
    const QByteArray clear = readAll(plain);
    QVERIFY(clear.contains(surname));
    QVERIFY(clear.contains(number));

    const QByteArray sealed = readAll(m_backup);
    QVERIFY(sealed.startsWith("IINDBENC"));
    QVERIFY(!sealed.contains(surname));
    QVERIFY(!sealed.contains(surnameCyrillic));
    QVERIFY(!sealed.contains(number));
    QVERIFY(!sealed.contains("SQLite format 3"));
    QVERIFY(!sealed.contains("application.created"));
}

void TestEncryptedBackup::expectRefused(const QString& file, int exitCode, const QString& message)
{
    QTemporaryDir dir;
    const QString target = dir.filePath("new.sqlite");
    const ProcessResult r = runCli({"restore", "--from", file, "--db", target, "--key", m_key});
    QVERIFY2(r.exitCode == exitCode,
             qPrintable(QString("exit %1: %2").arg(r.exitCode).arg(QString::fromUtf8(r.err))));
    QVERIFY2(QString::fromUtf8(r.err).contains(QRegularExpression(message)), r.err.constData());
    QVERIFY(!QFile::exists(target));
    QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
             QStringList());
}

void TestEncryptedBackup::wrongKeyIsRefusedNamingTheKey()
{
    const QString otherKey = m_dir.filePath("other.key");
    const QString otherId = keygen(otherKey, m_dir.filePath("other.pub"));
    QVERIFY(!otherId.isEmpty() && otherId != m_keyId);
    QTemporaryDir dir;
    const QString target = dir.filePath("new.sqlite");
    const ProcessResult r =
        runCli({"restore", "--from", m_backup, "--db", target, "--key", otherKey});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("another recovery key") && r.err.contains(m_keyId.toLatin1()),
             r.err.constData());
    QVERIFY(!QFile::exists(target));
}

void TestEncryptedBackup::flippedByteIsRefused_data()
{
    QTest::addColumn<qint64>("offset");
    QTest::addColumn<QString>("message");
    const qint64 stream = EncryptedBackup::EnvelopeBytes;
    const qint64 firstChunk = stream + SecretStream::HeaderBytes;
    const qint64 size = QFileInfo(m_backup).size();
    QTest::newRow("magic") << qint64(2) << "not an encrypted backup";
    QTest::newRow("algorithm") << qint64(9) << "algorithm";
    QTest::newRow("recipient") << qint64(20) << "another recovery key";
    QTest::newRow("sealed key") << qint64(60) << "changed or damaged";
    QTest::newRow("last byte of the sealed key") << stream - 1 << "changed or damaged";
    QTest::newRow("stream header") << stream + 5 << "changed or damaged";
    QTest::newRow("first chunk's length") << firstChunk + 1 << "changed or damaged|cut short";
    QTest::newRow("first chunk") << firstChunk + 100 << "changed or damaged";
    QTest::newRow("second chunk") << firstChunk + 4 + SecretStream::ChunkBytes +
                                         SecretStream::ChunkOverhead + 10
                                  << "changed or damaged";
    QTest::newRow("last chunk") << size - 20 << "changed or damaged";
    QTest::newRow("last byte") << size - 1 << "changed or damaged";
}

void TestEncryptedBackup::flippedByteIsRefused()
{
    QFETCH(qint64, offset);
    QFETCH(QString, message);
    QByteArray bytes = readAll(m_backup);
    QVERIFY(offset < bytes.size());
    bytes[offset] = char(bytes[offset] ^ 0x01);
    const QString changed = m_dir.filePath("changed.iinbak");
    writeAll(changed, bytes);
    // A damaged magic makes the file no encrypted backup at all: --key is then the wrong option.
    expectRefused(changed,
                  offset < EncryptedBackup::MagicBytes || message.contains("another") ? 2 : 3,
                  message);
}

void TestEncryptedBackup::truncatedFileIsRefused_data()
{
    QTest::addColumn<qint64>("length");
    const qint64 stream = EncryptedBackup::EnvelopeBytes;
    const qint64 firstChunkEnd = stream + SecretStream::HeaderBytes + 4 + SecretStream::ChunkBytes +
                                 SecretStream::ChunkOverhead;
    const qint64 size = QFileInfo(m_backup).size();
    QTest::newRow("inside the magic's version") << qint64(9);
    QTest::newRow("inside the sealed key") << stream - 10;
    QTest::newRow("after the envelope") << stream;
    QTest::newRow("inside the stream header") << stream + 10;
    QTest::newRow("inside a length") << stream + SecretStream::HeaderBytes + 2;
    QTest::newRow("inside the first chunk") << stream + SecretStream::HeaderBytes + 1000;
    QTest::newRow("after the first chunk") << firstChunkEnd;
    QTest::newRow("one byte short") << size - 1;
}

void TestEncryptedBackup::truncatedFileIsRefused()
{
    QFETCH(qint64, length);
    const QString cut = m_dir.filePath("cut.iinbak");
    writeAll(cut, readAll(m_backup).left(length));
    expectRefused(cut, 3, "cut short");
}

void TestEncryptedBackup::trailingBytesAreRefused()
{
    const QString longer = m_dir.filePath("longer.iinbak");
    writeAll(longer, readAll(m_backup) + QByteArray("garbage"));
    expectRefused(longer, 3, "bytes after its last part");
    writeAll(longer, readAll(m_backup) + QByteArray(1, '\0'));
    expectRefused(longer, 3, "bytes after its last part");
}

void TestEncryptedBackup::unknownVersionIsRefused()
{
    QByteArray bytes = readAll(m_backup);
    bytes[EncryptedBackup::MagicBytes] = char(3);
    const QString newer = m_dir.filePath("newer.iinbak");
    writeAll(newer, bytes);
    expectRefused(newer, 3, "format version 3; this desk reads version 2");
}

void TestEncryptedBackup::encryptedBackupWithoutKeyIsExplained()
{
    QTemporaryDir dir;
    const QString target = dir.filePath("new.sqlite");
    const ProcessResult r = runCli({"restore", "--from", m_backup, "--db", target});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("encrypted backup") && r.err.contains("--key"), r.err.constData());
    QVERIFY(!QFile::exists(target));
    // And a key for a plain backup is a mistake said as much.
    const QString plain = m_dir.filePath("plain-for-key.sqlite");
    QCOMPARE(runCli({"backup", "--db", m_journal, "--to", plain}).exitCode, 0);
    const ProcessResult p = runCli({"restore", "--from", plain, "--db", target, "--key", m_key});
    QCOMPARE(p.exitCode, 2);
    QVERIFY(p.err.contains("not an encrypted backup"));
    QVERIFY(!QFile::exists(target));
}

void TestEncryptedBackup::failedBackupLeavesNothing()
{
    // An existing target is never replaced.
    ProcessResult r =
        runCli({"backup", "--db", m_journal, "--to", m_backup, "--encrypt-to", m_pub});
    QCOMPARE(r.exitCode, 3);
    QVERIFY(r.err.contains("already exists"));
    // A target folder that is not there (the stick was pulled): nothing anywhere, no copy left.
    const QString gone = m_dir.filePath("pulled-stick/backup.iinbak");
    r = runCli({"backup", "--db", m_journal, "--to", gone, "--encrypt-to", m_pub});
    QCOMPARE(r.exitCode, 3);
    QVERIFY(!QFile::exists(gone));
    QCOMPARE(QDir(m_dir.path()).entryList({".backup-*"}, QDir::AllEntries | QDir::Hidden).size(),
             0);
    // A public key file that is no key: refused before anything is written.
    const QString target = m_dir.filePath("never.iinbak");
    r = runCli({"backup", "--db", m_journal, "--to", target, "--encrypt-to", m_key});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(!QFile::exists(target));
}

void TestEncryptedBackup::streamBoundaries_data()
{
    QTest::addColumn<qint64>("size");
    QTest::newRow("empty") << qint64(0);
    QTest::newRow("one byte") << qint64(1);
    QTest::newRow("one chunk less a byte") << SecretStream::ChunkBytes - 1;
    QTest::newRow("exactly one chunk") << SecretStream::ChunkBytes;
    QTest::newRow("one chunk and a byte") << SecretStream::ChunkBytes + 1;
    QTest::newRow("exactly two chunks") << 2 * SecretStream::ChunkBytes;
}

void TestEncryptedBackup::streamBoundaries()
{
    QFETCH(qint64, size);
    QByteArray plain(size, Qt::Uninitialized);
    for (qint64 i = 0; i < size; ++i)
        plain[i] = char(i * 7 + i / 251);
    const Result<RecoveryKey> key = RecoveryKey::load(m_key);
    STORE_VERIFY(key);
    QBuffer in(&plain), sealed;
    QVERIFY(in.open(QIODevice::ReadOnly) && sealed.open(QIODevice::WriteOnly));
    STORE_VERIFY(EncryptedBackup::encrypt(in, sealed, key->publicKey()));
    sealed.close();
    // One chunk per started ChunkBytes, at least one (the FINAL one).
    const qint64 chunks =
        qMax<qint64>(1, (size + SecretStream::ChunkBytes - 1) / SecretStream::ChunkBytes);
    QCOMPARE(sealed.size(), EncryptedBackup::EnvelopeBytes + SecretStream::HeaderBytes +
                                chunks * (4 + SecretStream::ChunkOverhead) + size);
    QBuffer back, out;
    back.setData(sealed.data());
    QVERIFY(back.open(QIODevice::ReadOnly) && out.open(QIODevice::WriteOnly));
    STORE_VERIFY(EncryptedBackup::decrypt(back, out, *key));
    QCOMPARE(out.data(), plain);
}

void TestEncryptedBackup::reorderedChunksAreRefused()
{
    const StreamKey key;
    QByteArray plain(3 * SecretStream::ChunkBytes, 'a');
    QBuffer in(&plain), sealed;
    QVERIFY(in.open(QIODevice::ReadOnly) && sealed.open(QIODevice::WriteOnly));
    STORE_VERIFY(SecretStream::encrypt(in, sealed, key, "prefix"));
    const QByteArray bytes = sealed.data();
    const qint64 chunk = 4 + SecretStream::ChunkBytes + SecretStream::ChunkOverhead;
    const QByteArray head = bytes.left(SecretStream::HeaderBytes);
    const QByteArray first = bytes.mid(SecretStream::HeaderBytes, chunk);
    const QByteArray second = bytes.mid(SecretStream::HeaderBytes + chunk, chunk);
    const QByteArray rest = bytes.mid(SecretStream::HeaderBytes + 2 * chunk);
    const auto decrypt = [&](const QByteArray& data, const QByteArray& prefix) {
        QBuffer b, out;
        b.setData(data);
        b.open(QIODevice::ReadOnly);
        out.open(QIODevice::WriteOnly);
        return SecretStream::decrypt(b, out, key, prefix);
    };
    STORE_VERIFY(decrypt(bytes, "prefix"));
    QCOMPARE(decrypt(head + second + first + rest, "prefix").error().code,
             QString("stream.damaged"));
    QCOMPARE(decrypt(head + first + first + second + rest, "prefix").error().code,
             QString("stream.damaged"));
    QCOMPARE(decrypt(head + first + rest, "prefix").error().code, QString("stream.damaged"));
    // Another header (the caller's prefix) fails the first chunk.
    QCOMPARE(decrypt(bytes, "prefiX").error().code, QString("stream.damaged"));
}

QTEST_GUILESS_MAIN(TestEncryptedBackup)
#include "TestEncryptedBackup.moc"
