#include "server/DeskCredentials.h"

#include "server/RegistryStore.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QFile>
#include <QRandomGenerator>
#include <QRegularExpression>

namespace iin::server {

using namespace Qt::StringLiterals;

namespace {

// Compares two strings in time that depends only on their length, so that response timing
// does not reveal how much of a guessed hash was right.
bool constantTimeEquals(const QByteArray& a, const QByteArray& b)
{
    if (a.size() != b.size())
        return false;
    unsigned char diff = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        diff |= static_cast<unsigned char>(a[i] ^ b[i]);
    return diff == 0;
}

Error credentialError(const QString& message)
{
    return Error{u"credentials"_s, message};
}

} // namespace

bool DeskCredentials::isValidDeskId(const QString& deskId)
{
    static const QRegularExpression re(u"^[A-Za-z0-9_.-]{1,64}$"_s);
    return re.match(deskId).hasMatch();
}

QString DeskCredentials::hashSecret(const QByteArray& secret)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(secret, QCryptographicHash::Sha256).toHex());
}

Status DeskCredentials::loadFile(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return credentialError(
            QCoreApplication::translate("DeskCredentials", "Cannot read the desks file %1: %2")
                .arg(path, f.errorString()));
    static const QRegularExpression hashRe(u"^[0-9a-f]{64}$"_s);
    int lineNo = 0;
    while (!f.atEnd()) {
        ++lineNo;
        QString line = QString::fromUtf8(f.readLine());
        if (const qsizetype hash = line.indexOf(u'#'); hash >= 0)
            line.truncate(hash);
        const QStringList parts = line.simplified().split(u' ', Qt::SkipEmptyParts);
        if (parts.isEmpty())
            continue;
        if (parts.size() != 2 || !isValidDeskId(parts[0]) || !hashRe.match(parts[1]).hasMatch())
            return credentialError(
                QCoreApplication::translate("DeskCredentials",
                                            "Desks file %1, line %2: expected \"desk-id "
                                            "sha256-hex\"")
                    .arg(path)
                    .arg(lineNo));
        m_fileDesks.insert(parts[0], parts[1]);
    }
    return {};
}

DeskCredentials::Check DeskCredentials::check(const QByteArray& header) const
{
    Check c;
    // The scheme name is case-insensitive (RFC 9110).
    if (header.size() < 7 || header.left(7).toLower() != "bearer ")
        return c;
    const QByteArray token = header.mid(7).trimmed();
    const qsizetype colon = token.indexOf(':');
    if (colon <= 0 || token.size() > 256)
        return c;
    const QString deskId = QString::fromLatin1(token.left(colon));
    if (!isValidDeskId(deskId))
        return c;
    c.deskId = deskId;
    const QByteArray presented = hashSecret(token.mid(colon + 1)).toLatin1();

    if (auto it = m_fileDesks.constFind(deskId); it != m_fileDesks.constEnd()) {
        if (constantTimeEquals(presented, it->toLatin1()))
            c.verdict = Verdict::Accepted;
        return c;
    }
    const QString sql = u"SELECT token_sha256, enabled FROM desks WHERE desk_id = ?"_s;
    QSqlQuery q = m_store.newQuery();
    bool found = m_store.exec(q, sql, {deskId});
    // A connection lost while idle (the database restarted between requests) shows at this,
    // every request's first statement: when it opens again at once, ask once more.
    if (!found && m_store.lastErrorIsUnavailable() && m_store.recover()) {
        q = m_store.newQuery();
        found = m_store.exec(q, sql, {deskId});
    }
    if (!found) {
        c.verdict = Verdict::Unavailable;
        return c;
    }
    if (!q.next())
        return c;
    if (!constantTimeEquals(presented, q.value(0).toString().toLatin1()))
        return c;
    c.verdict = q.value(1).toInt() != 0 ? Verdict::Accepted : Verdict::Disabled;
    return c;
}

Result<QString> DeskCredentials::addDesk(const QString& deskId)
{
    if (!isValidDeskId(deskId))
        return credentialError(QCoreApplication::translate(
            "DeskCredentials", "A desk id is 1 to 64 letters, digits, '.', '_' or '-'."));
    // QRandomGenerator::system() draws from the operating system's cryptographic source.
    QByteArray raw(32, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32*>(raw.data()), 8);
    const QByteArray secret =
        raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    const QString hash = hashSecret(secret);
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);

    if (!m_store.begin())
        return credentialError(m_store.lastError());
    QSqlQuery q = m_store.newQuery();
    const bool ok = m_store.exec(q, u"DELETE FROM desks WHERE desk_id = ?"_s, {deskId}) &&
                    m_store.exec(q,
                                 u"INSERT INTO desks (desk_id, token_sha256, enabled, created_at) "
                                 "VALUES (?, ?, 1, ?)"_s,
                                 {deskId, hash, now}) &&
                    m_store.commit();
    if (!ok) {
        m_store.rollback();
        return credentialError(m_store.lastError());
    }
    return QString(deskId + u':' + QString::fromLatin1(secret));
}

Status DeskCredentials::setEnabled(const QString& deskId, bool enabled)
{
    QSqlQuery q = m_store.newQuery();
    if (!m_store.exec(q, u"UPDATE desks SET enabled = ? WHERE desk_id = ?"_s,
                      {enabled ? 1 : 0, deskId}))
        return credentialError(m_store.lastError());
    if (q.numRowsAffected() != 1)
        return credentialError(
            QCoreApplication::translate("DeskCredentials", "No desk \"%1\".").arg(deskId));
    return {};
}

} // namespace iin::server
