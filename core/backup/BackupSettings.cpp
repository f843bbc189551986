#include "core/backup/BackupSettings.h"

#include "core/backup/RecoveryKey.h"

#include <QFileInfo>
#include <QSettings>

namespace iin {

namespace {
const QString FolderKey = QStringLiteral("backup/folder");
const QString PublicKeyKey = QStringLiteral("backup/publicKeyFile");
const QString KeepKey = QStringLiteral("backup/keep");
const QString AtKey = QStringLiteral("backup/at");
const QString TimeFormat = QStringLiteral("HH:mm");
} // namespace

Problems BackupSettings::validate() const
{
    Problems problems;
    const QString dir = folder.trimmed();
    if (!dir.isEmpty() && !QFileInfo(dir).isDir())
        problems.append({QStringLiteral("settings.backup_folder"), QStringLiteral("backupFolder"),
                         tr("Backup folder: %1 is not a folder. Choose an existing folder, or "
                            "leave it empty to back up only to a USB stick that has an "
                            "iin-desk-backups folder.")
                             .arg(dir)});
    const QString keyFile = publicKeyFile.trimmed();
    if (!keyFile.isEmpty() && !RecoveryPublicKey::load(keyFile))
        problems.append({QStringLiteral("settings.backup_key"),
                         QStringLiteral("backupPublicKeyFile"),
                         tr("Recovery public key: %1 is not a recovery public key file (made by "
                            "iin-desk-cli backup keygen).")
                             .arg(keyFile)});
    if (keyFile.isEmpty() && !dir.isEmpty())
        problems.append({QStringLiteral("settings.backup_key_missing"),
                         QStringLiteral("backupPublicKeyFile"),
                         tr("Recovery public key: choose the office's recovery public key file; "
                            "the desk writes its backups only encrypted.")});
    if (keep < 1 || keep > 365)
        problems.append({QStringLiteral("settings.backup_keep"), QStringLiteral("backupKeep"),
                         tr("Backups to keep: choose between 1 and 365.")});
    if (!at.isValid())
        problems.append({QStringLiteral("settings.backup_time"), QStringLiteral("backupTime"),
                         tr("End-of-day backup time: enter a time such as 18:00.")});
    return problems;
}

BackupSettings BackupSettings::load(const QSettings& s)
{
    BackupSettings b;
    b.folder = s.value(FolderKey).toString();
    b.publicKeyFile = s.value(PublicKeyKey).toString();
    b.keep = s.value(KeepKey, DefaultKeep).toInt();
    b.at = QTime::fromString(s.value(AtKey, QStringLiteral("18:00")).toString(), TimeFormat);
    return b;
}

void BackupSettings::save(QSettings& s) const
{
    s.setValue(FolderKey, folder.trimmed());
    s.setValue(PublicKeyKey, publicKeyFile.trimmed());
    s.setValue(KeepKey, keep);
    s.setValue(AtKey, at.toString(TimeFormat));
}

QJsonObject BackupSettings::changesFrom(const BackupSettings& before) const
{
    QJsonObject changes;
    const auto compare = [&](const char* key, const QJsonValue& from, const QJsonValue& to) {
        if (from != to)
            changes.insert(QLatin1String(key),
                           QJsonObject{{QStringLiteral("from"), from}, {QStringLiteral("to"), to}});
    };
    compare("backup_folder", before.folder.trimmed(), folder.trimmed());
    compare("backup_public_key_file", before.publicKeyFile.trimmed(), publicKeyFile.trimmed());
    compare("backup_keep", before.keep, keep);
    compare("backup_time", before.at.toString(TimeFormat), at.toString(TimeFormat));
    return changes;
}

} // namespace iin
