#pragma once

#include "core/backup/BackupSettings.h"
#include "core/desk/DeskSettings.h"
#include "core/office/OfficeThresholds.h"

#include <QDateTime>
#include <QDialog>
#include <QJsonObject>

#include <memory>

class QSettings;

namespace Ui {
class SettingsDialog;
}

namespace iin::ui {

// The administrator's desk settings: registry address and credential, office and desk codes,
// printer, idle lock, default language,
// the passport reader's serial port, the office's thresholds (docs/office.md), the end-of-day
// backup. Checked on OK; each problem names the field.
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SettingsDialog(QWidget* parent = nullptr);
    ~SettingsDialog() override;

    DeskSettings settings() const; // as shown in the fields
    void setSettings(const DeskSettings& settings);
    OfficeThresholds thresholds() const; // as shown in the fields
    void setThresholds(const OfficeThresholds& thresholds);
    QString message() const;
    // The end-of-day backup's settings (docs/backup.md), saved with the others.
    BackupSettings backupSettings() const;
    void setBackupSettings(const BackupSettings& settings);
    // The newest good backup in the journal's audit trail, read by the main window on the
    // store's thread (invalid: none).
    void setLastBackup(const QDateTime& lastGood);

public slots:
    void accept() override;

signals:
    // `changes`: DeskSettings::changesFrom the settings stored before, and each threshold
    // changed (its snake_case key, from, to), for the audit trail.
    void settingsSaved(const iin::DeskSettings& settings, const QJsonObject& changes);

protected:
    void changeEvent(QEvent* event) override;

private:
    void fillLanguages();
    void fillReaderChoices();

    std::unique_ptr<Ui::SettingsDialog> m_ui;
};

} // namespace iin::ui
