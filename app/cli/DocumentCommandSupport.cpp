#include "app/cli/DocumentCommandSupport.h"
#include "app/cli/CliSupport.h"

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

void addTrustOptions(QCommandLineParser& parser, const QString& trainingHelp)
{
    parser.addOption({QStringLiteral("trust"),
                      QCoreApplication::translate(
                          "Cli", "A trust file published by a registry: its keys, the desk "
                                 "keys it certified, revocations (may be repeated)."),
                      QStringLiteral("file")});
    parser.addOption({QStringLiteral("trust-training"), trainingHelp});
}

std::optional<TrustStore> loadTrust(const QCommandLineParser& parser)
{
    TrustStore trust;
    for (const QString& file : parser.values(QStringLiteral("trust"))) {
        if (Status s = trust.loadFile(file); !s) {
            printError(s.errorMessage());
            return std::nullopt;
        }
    }
    return trust;
}

} // namespace iin::cli
