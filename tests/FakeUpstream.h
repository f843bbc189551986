#pragma once

#include <QByteArray>
#include <QObject>
#include <QTcpServer>

#include <functional>

class QTcpSocket;

namespace iin::test {

// A tiny HTTP upstream on loopback for the registry client and the sync worker: it reads one
// request at a time from each connection and lets the test decide what to send back (well,
// badly, hugely, slowly or not at all). The end-to-end tests use the real iin-registryd instead.
class FakeUpstream : public QObject
{
public:
    using Handler =
        std::function<void(QTcpSocket*, const QByteArray& head, const QByteArray& body)>;

    FakeUpstream();

    quint16 port() const { return m_server.serverPort(); }
    void onRequest(Handler h) { m_handler = std::move(h); }
    // Answers every request with this status, these extra header lines and this JSON body.
    void answer(int status, const QByteArray& body, const QByteArray& extraHeaders = {});
    // Writes one response on `socket`.
    static void reply(QTcpSocket* socket, int status, const QByteArray& body,
                      const QByteArray& extraHeaders = {});

    QByteArray lastHead() const { return m_lastHead; }
    QByteArray lastBody() const { return m_lastBody; }
    int requests = 0; // complete requests read so far

private:
    QTcpServer m_server;
    Handler m_handler;
    QByteArray m_lastHead;
    QByteArray m_lastBody;
};

} // namespace iin::test
