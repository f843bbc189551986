#include "core/capture/SerialMrzReader.h"

#include "core/capture/MrzLineAssembler.h"

#include <QSerialPort>
#include <QThread>

namespace iin {

// Lives on the reader's thread and owns the port there: QSerialPort is not thread-safe, so
// every call on it happens on this one thread.
class SerialPortWorker : public QObject
{
    Q_OBJECT

public:
    void open(const iin::SerialReaderOptions& options);
    void close();

signals:
    void opened();
    void mrzRead(const QString& lines);
    void failed(const QString& message);

private:
    void readAvailable();
    void portError(QSerialPort::SerialPortError error);
    QString describe(QSerialPort::SerialPortError error) const;

    QSerialPort* m_port = nullptr;
    MrzLineAssembler m_assembler;
    QString m_portName;
};

namespace {

QSerialPort::Parity parityOf(const QString& parity)
{
    if (parity == u"even")
        return QSerialPort::EvenParity;
    if (parity == u"odd")
        return QSerialPort::OddParity;
    if (parity == u"space")
        return QSerialPort::SpaceParity;
    if (parity == u"mark")
        return QSerialPort::MarkParity;
    return QSerialPort::NoParity;
}

QSerialPort::StopBits stopBitsOf(const QString& stopBits)
{
    if (stopBits == u"2")
        return QSerialPort::TwoStop;
    if (stopBits == u"1.5")
        return QSerialPort::OneAndHalfStop;
    return QSerialPort::OneStop;
}

} // namespace

QString SerialPortWorker::describe(QSerialPort::SerialPortError error) const
{
    switch (error) {
    case QSerialPort::DeviceNotFoundError:
        return SerialMrzReader::tr("The passport reader's port %1 does not exist: check the "
                                   "cable and the port in the desk settings.")
            .arg(m_portName);
    case QSerialPort::PermissionError:
        return SerialMrzReader::tr("The passport reader's port %1 is in use by another program "
                                   "or not open to this user.")
            .arg(m_portName);
    case QSerialPort::ResourceError:
        return SerialMrzReader::tr("The passport reader on %1 was disconnected.").arg(m_portName);
    default:
        return SerialMrzReader::tr("The passport reader on %1 does not answer: %2")
            .arg(m_portName, m_port ? m_port->errorString() : QString());
    }
}

void SerialPortWorker::open(const SerialReaderOptions& options)
{
    close();
    m_portName = options.portName;
    m_port = new QSerialPort(options.portName, this);
    m_port->setBaudRate(options.baudRate);
    m_port->setDataBits(static_cast<QSerialPort::DataBits>(options.dataBits));
    m_port->setParity(parityOf(options.parity));
    m_port->setStopBits(stopBitsOf(options.stopBits));
    m_port->setFlowControl(QSerialPort::NoFlowControl);
    if (!m_port->open(QIODevice::ReadOnly)) {
        const QString message = describe(m_port->error());
        delete m_port;
        m_port = nullptr;
        emit failed(message);
        return;
    }
    if (options.assertDtrRts) {
        // The reader sends nothing until both are asserted. A port without modem lines (a
        // virtual one) refuses them: that is no reason not to read it.
        m_port->setDataTerminalReady(true);
        m_port->setRequestToSend(true);
        m_port->clearError();
    }
    connect(m_port, &QSerialPort::readyRead, this, &SerialPortWorker::readAvailable);
    connect(m_port, &QSerialPort::errorOccurred, this, &SerialPortWorker::portError);
    emit opened();
}

void SerialPortWorker::close()
{
    m_assembler.clear();
    if (!m_port)
        return;
    m_port->disconnect(this);
    m_port->close();
    delete m_port;
    m_port = nullptr;
}

void SerialPortWorker::readAvailable()
{
    if (!m_port)
        return;
    for (const QString& mrz : m_assembler.feed(m_port->readAll()))
        emit mrzRead(mrz);
}

void SerialPortWorker::portError(QSerialPort::SerialPortError error)
{
    if (error == QSerialPort::NoError || error == QSerialPort::TimeoutError ||
        error == QSerialPort::UnsupportedOperationError)
        return;
    const QString message = describe(error);
    close();
    emit failed(message);
}

SerialMrzReader::SerialMrzReader(QObject* parent)
    : QObject(parent), m_thread(new QThread(this)), m_worker(new SerialPortWorker)
{
    m_thread->setObjectName(QStringLiteral("SerialMrzReader"));
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &SerialPortWorker::opened, this, &SerialMrzReader::opened);
    connect(m_worker, &SerialPortWorker::mrzRead, this, &SerialMrzReader::mrzRead);
    connect(m_worker, &SerialPortWorker::failed, this, &SerialMrzReader::failed);
    m_thread->start();
}

SerialMrzReader::~SerialMrzReader()
{
    // The port is closed on its own thread before that thread ends.
    QMetaObject::invokeMethod(m_worker, &SerialPortWorker::close, Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
}

void SerialMrzReader::open(const SerialReaderOptions& options)
{
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, options] { worker->open(options); });
}

void SerialMrzReader::close()
{
    QMetaObject::invokeMethod(m_worker, &SerialPortWorker::close);
}

} // namespace iin

#include "SerialMrzReader.moc"
