#pragma once

#include "core/base/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QMap>
#include <QString>

class QSettings;

namespace iin {

class Database;

// What a desk sends support when something goes wrong (docs/diagnostics.md): a zip of text
// files that says how the desk is set up and how its journal is, and holds no one's personal
// data. versions.txt (the program, Qt, SQLite, the OS, the journal's schema), settings.txt
// (every setting, secrets as "***"), outbox.json (counts per state, the oldest pending, the
// last errors with registration numbers only), integrity.txt (SQLite's integrity check, the
// audit chain), log.txt (the desk keeps no log file: the last audit records' time, action and
// subject). Every free text goes through Redaction.
class DiagnosticsBundle
{
    Q_DECLARE_TR_FUNCTIONS(DiagnosticsBundle)

public:
    static constexpr int LastErrors = 20;
    static constexpr int LastLogLines = 200;

    // The files by name. Reads the journal (run it on the store thread in the desk).
    static Result<QMap<QString, QByteArray>> collect(Database& db, const QSettings& settings,
                                                     const QString& programVersion,
                                                     const QDateTime& now);
    // The files as a zip archive.
    static Result<QByteArray> zip(const QMap<QString, QByteArray>& files);
    // collect(), zip(), written to `path` (which must not exist: "file.exists", owner-only),
    // then `diagnostics.exported` in the audit trail with the file's size and SHA-256.
    static Status write(Database& db, const QSettings& settings, const QString& programVersion,
                        const QString& path, const QString& operatorId);

    // Whether a setting's value is a secret by its key (token, password, secret, passphrase,
    // credential, private key) or by its content (a PEM private key).
    static bool isSecret(const QString& key, const QString& value);
};

} // namespace iin
