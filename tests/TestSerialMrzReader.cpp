#include "core/capture/MrzLineAssembler.h"
#include "core/capture/SerialMrzReader.h"

#include <QSignalSpy>
#include <QTest>

#include <fcntl.h>
#include <pty.h>
#include <termios.h>
#include <unistd.h>

using namespace iin;

namespace {

const QByteArray Line1 = "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<";
const QByteArray Line2 = "L898902C36UTO7408122F1204159ZE184226B<<<<<10";
const QString Specimen = QString::fromLatin1(Line1 + '\n' + Line2);
const QString Td1 = QStringLiteral("I<UTOD231458907<<<<<<<<<<<<<<<\n"
                                   "7408122F1204159UTO<<<<<<<<<<<6\n"
                                   "ERIKSSON<<ANNA<MARIA<<<<<<<<<<");

// A pseudo-terminal standing in for the reader: the test writes to the master side, the
// desk's reader opens the slave side by its name, as it would /dev/ttyUSB0.
class PseudoTerminal
{
public:
    PseudoTerminal()
    {
        char name[256] = {};
        if (openpty(&m_master, &m_slave, name, nullptr, nullptr) != 0)
            return;
        m_name = QString::fromLocal8Bit(name);
        // Raw: the line discipline must hand over CR, STX and ETX untouched.
        termios raw{};
        tcgetattr(m_slave, &raw);
        cfmakeraw(&raw);
        tcsetattr(m_slave, TCSANOW, &raw);
    }
    ~PseudoTerminal()
    {
        if (m_slave >= 0)
            ::close(m_slave);
        if (m_master >= 0)
            ::close(m_master);
    }
    QString name() const { return m_name; }
    bool write(const QByteArray& bytes)
    {
        return ::write(m_master, bytes.constData(), size_t(bytes.size())) == bytes.size();
    }

private:
    int m_master = -1;
    int m_slave = -1;
    QString m_name;
};

} // namespace

class TestSerialMrzReader : public QObject
{
    Q_OBJECT

private slots:
    void framedRead();
    void bareLines();
    void frameWithoutLineBreaks();
    void noiseBeforeAFrame();
    void readerOnPseudoTerminal();
    void readerInPieces();
    void missingPort();
};

void TestSerialMrzReader::framedRead()
{
    MrzLineAssembler assembler;
    QVERIFY(assembler.feed("\x02" + Line1 + "\r").isEmpty());
    QVERIFY(assembler.feed(Line2 + "\r").isEmpty());
    QCOMPARE(assembler.feed(QByteArray("\x03\x06")), QStringList{Specimen});
}

void TestSerialMrzReader::bareLines()
{
    MrzLineAssembler assembler;
    // A TD1 with CR LF line ends: two lines of 30 are not yet a card, three are.
    const QStringList lines = Td1.split(u'\n');
    QVERIFY(assembler.feed(lines[0].toLatin1() + "\r\n").isEmpty());
    QVERIFY(assembler.feed(lines[1].toLatin1() + "\r\n").isEmpty());
    QCOMPARE(assembler.feed(lines[2].toLatin1() + "\r\n"), QStringList{Td1});
    // A passport right after it, with LF only.
    QCOMPARE(assembler.feed(Line1 + '\n' + Line2 + '\n'), QStringList{Specimen});
}

void TestSerialMrzReader::frameWithoutLineBreaks()
{
    MrzLineAssembler assembler;
    QCOMPARE(assembler.feed("\x02" + Line1 + Line2 + "\x03"),
             QStringList{QString::fromLatin1(Line1 + Line2)});
}

void TestSerialMrzReader::noiseBeforeAFrame()
{
    MrzLineAssembler assembler;
    QVERIFY(assembler.feed(QByteArray("garbage\r\x15half a li")).isEmpty());
    QCOMPARE(assembler.feed("\x02" + Line1 + "\r" + Line2 + "\r\x03"), QStringList{Specimen});
}

void TestSerialMrzReader::readerOnPseudoTerminal()
{
    PseudoTerminal terminal;
    QVERIFY2(!terminal.name().isEmpty(), "openpty failed");
    SerialMrzReader reader;
    QSignalSpy opened(&reader, &SerialMrzReader::opened);
    QSignalSpy failed(&reader, &SerialMrzReader::failed);
    QSignalSpy read(&reader, &SerialMrzReader::mrzRead);
    SerialReaderOptions options;
    options.portName = terminal.name();
    reader.open(options); // 9600 8N1, DTR and RTS asserted: a pty has no modem lines
    QTRY_VERIFY_WITH_TIMEOUT(opened.size() == 1 || failed.size() == 1, 30000);
    QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed[0][0].toString()));
    QVERIFY(terminal.write("\x02" + Line1 + "\r" + Line2 + "\r\x03"));
    QTRY_COMPARE_WITH_TIMEOUT(read.size(), 1, 30000);
    QCOMPARE(read[0][0].toString(), Specimen);
    QVERIFY(failed.isEmpty());
}

void TestSerialMrzReader::readerInPieces()
{
    PseudoTerminal terminal;
    QVERIFY2(!terminal.name().isEmpty(), "openpty failed");
    SerialMrzReader reader;
    QSignalSpy opened(&reader, &SerialMrzReader::opened);
    QSignalSpy read(&reader, &SerialMrzReader::mrzRead);
    SerialReaderOptions options;
    options.portName = terminal.name();
    options.baudRate = 115200;
    options.parity = QStringLiteral("even");
    options.dataBits = 7;
    reader.open(options);
    QTRY_COMPARE_WITH_TIMEOUT(opened.size(), 1, 30000);
    // The reader's bytes in pieces cut anywhere, even inside a line: one read all the same.
    const QByteArray bytes = "\x02" + Line1 + "\r" + Line2 + "\r\x03";
    for (qsizetype at = 0; at < bytes.size(); at += 7) {
        QVERIFY(terminal.write(bytes.mid(at, 7)));
        QTest::qWait(5); // let the port hand over a piece at a time; nothing is timed
    }
    QTRY_COMPARE_WITH_TIMEOUT(read.size(), 1, 30000);
    QCOMPARE(read[0][0].toString(), Specimen);
    // Then bare lines from the same reader.
    QVERIFY(terminal.write(Td1.toLatin1().replace('\n', '\r') + '\r'));
    QTRY_COMPARE_WITH_TIMEOUT(read.size(), 2, 30000);
    QCOMPARE(read[1][0].toString(), Td1);
}

void TestSerialMrzReader::missingPort()
{
    SerialMrzReader reader;
    QSignalSpy failed(&reader, &SerialMrzReader::failed);
    SerialReaderOptions options;
    options.portName = QStringLiteral("/dev/ttyNoSuchReader");
    reader.open(options);
    QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 30000);
    QVERIFY(failed[0][0].toString().contains(QStringLiteral("ttyNoSuchReader")));
}

QTEST_GUILESS_MAIN(TestSerialMrzReader)
#include "TestSerialMrzReader.moc"
