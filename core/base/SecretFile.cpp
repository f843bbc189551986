#include "core/base/SecretFile.h"

#include <QFile>
#include <QFileInfo>

namespace iin {

Result<QString> SecretFile::read(const QString& path, const QString& option)
{
    const QFileInfo info(path);
    if (!info.exists() || !info.isFile())
        return Error{QStringLiteral("secret.missing"),
                     tr("%1: the file %2 does not exist.").arg(option, path)};
    constexpr QFile::Permissions shared =
        QFile::ReadGroup | QFile::WriteGroup | QFile::ReadOther | QFile::WriteOther;
    if (info.permissions() & shared)
        return Error{QStringLiteral("secret.readable"),
                     tr("%1: the file %2 can be read by other users; make it the owner's alone "
                        "(chmod 600 %2) and issue a new secret if others may have read it.")
                         .arg(option, path)};
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{QStringLiteral("secret.unreadable"),
                     tr("%1: cannot read %2: %3.").arg(option, path, file.errorString())};
    // A secret is a line; a larger file is not one.
    const QByteArray content = file.read(64 * 1024);
    const qsizetype end = content.indexOf('\n');
    QString secret = QString::fromUtf8(end < 0 ? content : content.left(end));
    if (secret.endsWith(u'\r'))
        secret.chop(1);
    if (secret.isEmpty())
        return Error{QStringLiteral("secret.empty"),
                     tr("%1: the file %2 is empty.").arg(option, path)};
    return secret;
}

} // namespace iin
