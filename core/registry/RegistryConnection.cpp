#include "core/registry/RegistryConnection.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHostAddress>
#include <QSettings>

namespace iin {

using namespace Qt::StringLiterals;

RegistrySettings RegistrySettings::load(const QSettings& s)
{
    RegistrySettings r;
    r.url = s.value(u"registry/url"_s).toString().trimmed();
    // The settings dialog keeps the desk id and its secret apart; the registry wants them
    // joined, as add-desk printed them.
    const QString deskId = s.value(u"registry/deskId"_s).toString().trimmed();
    const QString token = s.value(u"registry/deskToken"_s).toString();
    r.deskToken =
        deskId.isEmpty() || token.startsWith(deskId + u':') ? token : deskId + u':' + token;
    r.caFile = s.value(u"registry/caFile"_s).toString();
    return r;
}

Result<RegistryConnection> RegistryConnection::fromSettings(const RegistrySettings& settings)
{
    RegistryConnection c;
    if (settings.url.trimmed().isEmpty()) {
        c.m_training = true;
        return c;
    }
    const QUrl url(settings.url.trimmed(), QUrl::StrictMode);
    if (!url.isValid() || (url.scheme() != u"https" && url.scheme() != u"http") ||
        url.host().isEmpty())
        return Error{u"registry.url"_s,
                     tr("The registry address \"%1\" is not an http:// or https:// address.")
                         .arg(settings.url)};
    if (!isAllowedScheme(url))
        return Error{u"registry.plain_http"_s,
                     tr("Registry address: \"%1\" would send the desk credential and the "
                        "applicants' data unencrypted over the network. Use https:// (http:// "
                        "is accepted only for this computer: localhost, 127.0.0.1, ::1).")
                         .arg(settings.url)};
    const qsizetype colon = settings.deskToken.indexOf(u':');
    if (colon <= 0 || colon == settings.deskToken.size() - 1)
        return Error{u"registry.credential"_s,
                     tr("The desk credential is missing or not in the form "
                        "\"<desk-id>:<secret>\" that the registry issued.")};
    c.m_endpoint.baseUrl = url;
    c.m_endpoint.deskToken = settings.deskToken;
    if (!settings.caFile.isEmpty()) {
        QFile file(settings.caFile);
        if (!file.open(QIODevice::ReadOnly))
            return Error{u"registry.ca_file"_s,
                         tr("Cannot read the registry's certificate file %1: %2.")
                             .arg(settings.caFile, file.errorString())};
        c.m_endpoint.caCertificates = QSslCertificate::fromData(file.readAll(), QSsl::Pem);
        if (c.m_endpoint.caCertificates.isEmpty())
            return Error{u"registry.ca_file"_s,
                         tr("The file %1 holds no PEM certificate.").arg(settings.caFile)};
    }
    return c;
}

bool RegistryConnection::isLoopbackHost(const QString& host)
{
    QString h = host.trimmed().toLower();
    if (h.startsWith(u'[') && h.endsWith(u']'))
        h = h.mid(1, h.size() - 2);
    if (h.endsWith(u'.'))
        h.chop(1);
    if (h == u"localhost")
        return true;
    const QHostAddress address(h);
    // 127.0.0.0/8 and ::1 (also an IPv4 loopback address written as IPv6).
    return !address.isNull() && address.isLoopback();
}

bool RegistryConnection::isAllowedScheme(const QUrl& url)
{
    if (url.scheme() == u"https")
        return true;
    return url.scheme() == u"http" && isLoopbackHost(url.host());
}

RegistryConnection RegistryConnection::training(RegistryEndpoint embedded)
{
    RegistryConnection c;
    c.m_training = true;
    c.m_endpoint = std::move(embedded);
    return c;
}

QString RegistryConnection::trainingDatabasePath(const QString& journalPath)
{
    return QFileInfo(journalPath).absoluteDir().filePath(u"training-registry.sqlite"_s);
}

} // namespace iin
