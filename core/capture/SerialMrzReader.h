#pragma once

#include <QCoreApplication>
#include <QObject>
#include <QString>

class QThread;

namespace iin {

// How the desk talks to a passport reader on a serial or virtual COM port (DeskSettings keeps
// them). Most readers want 9600 8N1 with DTR and RTS asserted before they send anything.
struct SerialReaderOptions
{
    QString portName; // "ttyUSB0", "/dev/ttyACM0", "COM3"
    int baudRate = 9600;
    int dataBits = 8;                        // 5-8
    QString parity = QStringLiteral("none"); // none|even|odd|space|mark
    QString stopBits = QStringLiteral("1");  // 1|1.5|2
    bool assertDtrRts = true;

    friend bool operator==(const SerialReaderOptions&, const SerialReaderOptions&) = default;
};

class SerialPortWorker;

// A passport reader on a serial port, read on a thread of its own (a worker owning the
// QSerialPort): nothing of the port ever blocks the window. Each complete MRZ the reader sends
// (MrzLineAssembler: STX/ETX frames or bare lines) arrives as one mrzRead(). Errors (the port
// missing, taken, or unplugged while open) arrive as failed() with a message in the interface's
// language; the port is closed then.
class SerialMrzReader : public QObject
{
    Q_OBJECT

public:
    explicit SerialMrzReader(QObject* parent = nullptr);
    ~SerialMrzReader() override; // closes the port and waits for the thread

    // Opens the port on the reader's thread; opened() or failed() answers.
    void open(const SerialReaderOptions& options);
    void close();

signals:
    void opened();
    void mrzRead(const QString& lines); // the MRZ lines joined by LF, as the reader sent them
    void failed(const QString& message);

private:
    QThread* m_thread;
    SerialPortWorker* m_worker;
};

} // namespace iin
