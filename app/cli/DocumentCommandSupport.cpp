#include "app/cli/DocumentCommandSupport.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>

namespace iin::cli {

Result<QJsonObject> readJsonObject(const QString& path)
{
    QFile file;
    const bool ok = path == u"-" ? file.open(stdin, QIODevice::ReadOnly)
                                 : (file.setFileName(path), file.open(QIODevice::ReadOnly));
    if (!ok)
        return Error{
            QStringLiteral("input.read"),
            QCoreApplication::translate("Cli", "Cannot read %1: %2").arg(path, file.errorString())};
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(file.read(4 * 1024 * 1024), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return Error{QStringLiteral("input.json"),
                     QCoreApplication::translate("Cli", "%1 is not a JSON object: %2")
                         .arg(path, error.errorString())};
    return doc.object();
}

} // namespace iin::cli
