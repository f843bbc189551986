#include "tests/FakeUpstream.h"

#include <QTcpSocket>

#include <memory>

namespace iin::test {

FakeUpstream::FakeUpstream()
{
    m_server.listen(QHostAddress::LocalHost, 0);
    connect(&m_server, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket* s = m_server.nextPendingConnection()) {
            auto buffer = std::make_shared<QByteArray>();
            connect(s, &QTcpSocket::readyRead, s, [this, s, buffer] {
                *buffer += s->readAll();
                const qsizetype end = buffer->indexOf("\r\n\r\n");
                if (end < 0)
                    return;
                const QByteArray head = buffer->left(end);
                qsizetype length = 0;
                for (const QByteArray& line : head.split('\n')) {
                    if (line.toLower().startsWith("content-length:"))
                        length = line.mid(15).trimmed().toLongLong();
                }
                if (buffer->size() < end + 4 + length)
                    return;
                const QByteArray body = buffer->mid(end + 4, length);
                buffer->clear();
                m_lastHead = head;
                m_lastBody = body;
                ++requests;
                if (m_handler)
                    m_handler(s, head, body);
            });
        }
    });
}

void FakeUpstream::answer(int status, const QByteArray& body, const QByteArray& extraHeaders)
{
    onRequest([=](QTcpSocket* s, const QByteArray&, const QByteArray&) {
        reply(s, status, body, extraHeaders);
    });
}

void FakeUpstream::reply(QTcpSocket* socket, int status, const QByteArray& body,
                         const QByteArray& extraHeaders)
{
    socket->write("HTTP/1.1 " + QByteArray::number(status) + " X\r\n" + extraHeaders +
                  "Content-Type: application/json\r\nContent-Length: " +
                  QByteArray::number(body.size()) + "\r\n\r\n" + body);
}

} // namespace iin::test
