#pragma once

#include "core/base/Result.h"
#include "core/signing/TrustStore.h"

#include <QCommandLineParser>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace iin::cli {

// What the document commands (certificate, receipt) share.

// Reads a JSON object from a file, or from standard input for "-".
Result<QJsonObject> readJsonObject(const QString& path);

// The options of a command that checks a signed document offline (certificate verify, report
// verify): --trust FILE (repeated) and --trust-training, described by `trainingHelp`.
void addTrustOptions(QCommandLineParser& parser, const QString& trainingHelp);
// The trust files named by --trust, loaded; nullopt after printing why one could not be.
std::optional<TrustStore> loadTrust(const QCommandLineParser& parser);

} // namespace iin::cli
