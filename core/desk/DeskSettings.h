#pragma once

#include "core/base/Problem.h"
#include "core/base/Result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

class QSettings;

namespace iin {

// The workstation's settings, edited by the administrator and kept with QSettings.
struct DeskSettings
{
    Q_DECLARE_TR_FUNCTIONS(DeskSettings)

public:
    static constexpr int DefaultIdleLockMinutes = 10;

    QString registryUrl; // empty: the embedded training registry
    QString deskId;      // the desk's credential at the registry
    QString deskToken;
    // PEM file with the registry's certificate or its private CA, when the system's store does
    // not trust it (RegistryConnection); empty: the system's store.
    QString registryCaFile;
    QString officeCode; // 2-8 of A-Z 0-9, part of the registration number
    QString deskCode;   // 1-4 of A-Z 0-9
    QString printerName;
    // Printed as the issuing office on the certificate and the receipts (Kazakh, Russian; one
    // may stand for both); the office code when both are empty.
    QString officeNameKk;
    QString officeNameRu;
    // This desk's own signing key (docs/certificate.md): made at the first sync with a real
    // registry, which certifies it; it signs the certificates the desk prints. Empty: the file
    // beside the journal (DeskKeyStore::defaultKeyFile). Never the registry's key: no desk
    // holds that.
    QString deskKeyFile;
    int idleLockMinutes = DefaultIdleLockMinutes; // 1-240
    // A passport reader on a serial or virtual COM port (docs/capture.md); no port: none. The
    // defaults are what most readers use: 9600 baud, 8N1, DTR and RTS asserted.
    QString readerPort;
    int readerBaudRate = 9600;
    int readerDataBits = 8;                        // 5-8
    QString readerParity = QStringLiteral("none"); // none|even|odd|space|mark
    QString readerStopBits = QStringLiteral("1");  // 1|1.5|2
    bool readerDtrRts = true;
    QString defaultLanguage = QStringLiteral("kk");

    // The codes a desk registers under while its own are not set (a training desk): the desk
    // and the command line's `submit` alike.
    static QString defaultOfficeCode() { return QStringLiteral("TRAIN"); }
    static QString defaultDeskCode() { return QStringLiteral("1"); }
    // The codes registrations carry: those set, or else the defaults.
    QString officeCodeInUse() const
    {
        return officeCode.isEmpty() ? defaultOfficeCode() : officeCode;
    }
    QString deskCodeInUse() const { return deskCode.isEmpty() ? defaultDeskCode() : deskCode; }

    bool trainingMode() const { return registryUrl.trimmed().isEmpty(); }
    // The credential as the registry client sends it ("<desk-id>:<secret>", the form
    // `iin-registryd add-desk` prints); empty in training mode.
    QString registryToken() const;

    // Each problem names the field (as the settings dialog labels it) and the fix.
    Problems validate() const;

    static DeskSettings load(const QSettings& settings);
    // Written to a settings file that is the desk user's alone from its first byte (it holds the
    // desk credential), and synced; an error when the settings could not be stored (a full or
    // read-only disk: QSettings::status()), so that the dialog does not report a save that did
    // not happen.
    Status save(QSettings& settings) const;
    // Creates the settings file owner-only when it does not exist yet, or narrows it to the owner
    // when it does. Called before anything writes settings, so that no write (the file dialog's
    // last folder, say) creates it readable by other users.
    static Status makeFilePrivate(const QString& fileName);

    // What differs from `before`, for the audit trail (`settings.changed`): each changed setting
    // by its key with "from" and "to"; the desk token only as changed, never its value.
    QJsonObject changesFrom(const DeskSettings& before) const;

    friend bool operator==(const DeskSettings&, const DeskSettings&) = default;
};

} // namespace iin
