#pragma once

#include "Problem.h"
#include "Result.h"

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
    // The issuing registry's key that signs a real certificate's QR (docs/certificate.md);
    // not needed in training mode, where the training key signs.
    QString signingKeyFile;
    int idleLockMinutes = DefaultIdleLockMinutes; // 1-240
    QString defaultLanguage = QStringLiteral("kk");

    bool trainingMode() const { return registryUrl.trimmed().isEmpty(); }
    // The credential as the registry client sends it ("<desk-id>:<secret>", the form
    // `iin-registryd add-desk` prints); empty in training mode.
    QString registryToken() const;

    // Each problem names the field (as the settings dialog labels it) and the fix.
    Problems validate() const;

    static DeskSettings load(const QSettings& settings);
    // Writes and syncs; an error when the settings could not be stored (a full or read-only
    // disk: QSettings::status()), so that the dialog does not report a save that did not happen.
    Status save(QSettings& settings) const;

    // What differs from `before`, for the audit trail (`settings.changed`): each changed setting
    // by its key with "from" and "to"; the desk token only as changed, never its value.
    QJsonObject changesFrom(const DeskSettings& before) const;

    friend bool operator==(const DeskSettings&, const DeskSettings&) = default;
};

} // namespace iin
