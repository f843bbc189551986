#pragma once

#include "core/base/Problem.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QTime>

class QSettings;

namespace iin {

// The desk's own end-of-day backup (docs/backup.md), edited in the desk settings beside
// DeskSettings and kept with QSettings under "backup/".
struct BackupSettings
{
    Q_DECLARE_TR_FUNCTIONS(BackupSettings)

public:
    static constexpr int DefaultKeep = 14;

    // Where the backups go when no USB stick with an `iin-desk-backups` folder is mounted
    // (BackupFolder); empty: only to such a stick.
    QString folder;
    // The office's recovery public key (iin-desk-cli backup keygen): the backups are encrypted
    // to it. Empty: the desk makes no backups of its own.
    QString publicKeyFile;
    int keep = DefaultKeep;  // the newest backups of this desk kept in the folder, 1-365
    QTime at = QTime(18, 0); // the end of the day, local time

    bool enabled() const { return !publicKeyFile.trimmed().isEmpty(); }

    // Each problem names the field as the settings dialog labels it.
    Problems validate() const;
    static BackupSettings load(const QSettings& settings);
    void save(QSettings& settings) const; // the caller syncs (DeskSettings::save)
    // The changed settings by key with "from" and "to", for `settings.changed`.
    QJsonObject changesFrom(const BackupSettings& before) const;

    friend bool operator==(const BackupSettings&, const BackupSettings&) = default;
};

} // namespace iin
