#include "core/desk/DeskSettings.h"

#include "core/application/RegistrationNumber.h"
#include "core/base/Language.h"
#include "core/registry/RegistryConnection.h"
#include "core/store/Database.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSettings>
#include <QUrl>

namespace iin {

namespace {
const QString RegistryUrlKey = QStringLiteral("registry/url");
const QString DeskIdKey = QStringLiteral("registry/deskId");
const QString DeskTokenKey = QStringLiteral("registry/deskToken");
const QString CaFileKey = QStringLiteral("registry/caFile");
const QString OfficeKey = QStringLiteral("desk/officeCode");
const QString DeskKey = QStringLiteral("desk/deskCode");
const QString PrinterKey = QStringLiteral("desk/printer");
const QString OfficeNameKkKey = QStringLiteral("print/officeNameKk");
const QString OfficeNameRuKey = QStringLiteral("print/officeNameRu");
// A new name: the former "print/signingKeyFile" pointed at the registry's key, which a desk
// must not use (or even hold); it is ignored.
const QString DeskKeyFileKey = QStringLiteral("print/deskKeyFile");
const QString IdleKey = QStringLiteral("desk/idleLockMinutes");
const QString LanguageKey = QStringLiteral("desk/defaultLanguage");
const QString ReaderPortKey = QStringLiteral("reader/port");
const QString ReaderBaudKey = QStringLiteral("reader/baudRate");
const QString ReaderDataBitsKey = QStringLiteral("reader/dataBits");
const QString ReaderParityKey = QStringLiteral("reader/parity");
const QString ReaderStopBitsKey = QStringLiteral("reader/stopBits");
const QString ReaderDtrRtsKey = QStringLiteral("reader/dtrRts");
} // namespace

Problems DeskSettings::validate() const
{
    Problems problems;
    const QString url = registryUrl.trimmed();
    if (!url.isEmpty()) {
        const QUrl u(url, QUrl::StrictMode);
        if (!u.isValid() || (u.scheme() != u"http" && u.scheme() != u"https") || u.host().isEmpty())
            problems.append({QStringLiteral("settings.registry_url"), QStringLiteral("registryUrl"),
                             tr("Registry address: enter an address starting with https://, or "
                                "leave it empty for the training registry.")});
        else if (!RegistryConnection::isAllowedScheme(u))
            problems.append({QStringLiteral("settings.registry_plain_http"),
                             QStringLiteral("registryUrl"),
                             tr("Registry address: http:// would send the desk credential and "
                                "the applicants' data unencrypted over the network. Use https:// "
                                "(http:// is accepted only for this computer: localhost, "
                                "127.0.0.1, ::1).")});
        if (deskId.trimmed().isEmpty() || deskToken.isEmpty())
            problems.append({QStringLiteral("settings.desk_credential"), QStringLiteral("deskId"),
                             tr("Desk credential: enter the desk identifier and the token issued "
                                "for this desk by the registry.")});
    }
    if (!registryCaFile.trimmed().isEmpty()) {
        QFile file(registryCaFile.trimmed());
        if (!file.open(QIODevice::ReadOnly) ||
            !file.read(1024 * 1024).contains("-----BEGIN CERTIFICATE-----"))
            problems.append({QStringLiteral("settings.registry_ca_file"),
                             QStringLiteral("registryCaFile"),
                             tr("Registry's TLS certificate: choose a readable PEM file holding "
                                "a certificate, or leave it empty.")});
    }
    // The codes become part of every registration number: the number's own rules decide.
    if (!RegistrationNumber::checkOffice(officeCode))
        problems.append({QStringLiteral("settings.office_code"), QStringLiteral("officeCode"),
                         tr("Office code: use 2 to 8 capital Latin letters or digits, e.g. "
                            "ALM01.")});
    if (!RegistrationNumber::checkDesk(deskCode))
        problems.append({QStringLiteral("settings.desk_code"), QStringLiteral("deskCode"),
                         tr("Desk code: use 1 to 4 capital Latin letters or digits, e.g. 02.")});
    if (idleLockMinutes < 1 || idleLockMinutes > 240)
        problems.append({QStringLiteral("settings.idle_lock"), QStringLiteral("idleLockMinutes"),
                         tr("Lock after idle: choose between 1 and 240 minutes.")});
    if (!Language::isSupported(defaultLanguage))
        problems.append({QStringLiteral("settings.language"), QStringLiteral("defaultLanguage"),
                         tr("Default language: choose Kazakh, Russian or English.")});
    if (!readerPort.trimmed().isEmpty()) {
        static const QStringList parities{QStringLiteral("none"), QStringLiteral("even"),
                                          QStringLiteral("odd"), QStringLiteral("space"),
                                          QStringLiteral("mark")};
        static const QStringList stopBits{QStringLiteral("1"), QStringLiteral("1.5"),
                                          QStringLiteral("2")};
        if (readerBaudRate < 300 || readerBaudRate > 921600)
            problems.append({QStringLiteral("settings.reader_baud_rate"),
                             QStringLiteral("readerBaudRate"),
                             tr("Passport reader's speed: choose between 300 and 921600 baud "
                                "(most readers use 9600).")});
        if (readerDataBits < 5 || readerDataBits > 8 || !parities.contains(readerParity) ||
            !stopBits.contains(readerStopBits))
            problems.append({QStringLiteral("settings.reader_framing"),
                             QStringLiteral("readerDataBits"),
                             tr("Passport reader's data bits, parity and stop bits: choose "
                                "from the lists (most readers use 8, none, 1).")});
    }
    return problems;
}

QString DeskSettings::registryToken() const
{
    if (trainingMode())
        return {};
    return deskId.trimmed() + u':' + deskToken;
}

DeskSettings DeskSettings::load(const QSettings& s)
{
    DeskSettings d;
    d.registryUrl = s.value(RegistryUrlKey).toString();
    d.deskId = s.value(DeskIdKey).toString();
    d.deskToken = s.value(DeskTokenKey).toString();
    d.registryCaFile = s.value(CaFileKey).toString();
    d.officeCode = s.value(OfficeKey).toString();
    d.deskCode = s.value(DeskKey).toString();
    d.printerName = s.value(PrinterKey).toString();
    d.officeNameKk = s.value(OfficeNameKkKey).toString();
    d.officeNameRu = s.value(OfficeNameRuKey).toString();
    d.deskKeyFile = s.value(DeskKeyFileKey).toString();
    d.idleLockMinutes = s.value(IdleKey, DefaultIdleLockMinutes).toInt();
    d.defaultLanguage = s.value(LanguageKey, QStringLiteral("kk")).toString();
    d.readerPort = s.value(ReaderPortKey).toString();
    d.readerBaudRate = s.value(ReaderBaudKey, d.readerBaudRate).toInt();
    d.readerDataBits = s.value(ReaderDataBitsKey, d.readerDataBits).toInt();
    d.readerParity = s.value(ReaderParityKey, d.readerParity).toString();
    d.readerStopBits = s.value(ReaderStopBitsKey, d.readerStopBits).toString();
    d.readerDtrRts = s.value(ReaderDtrRtsKey, d.readerDtrRts).toBool();
    return d;
}

Status DeskSettings::makeFilePrivate(const QString& fileName)
{
    const QFileInfo info(fileName);
    if (!info.exists()) {
        // QSettings writes through a temporary file that takes over the permissions of the file
        // it replaces: an owner-only file stays owner-only at every later write.
        if (QDir().mkpath(info.absolutePath()) && Database::createPrivateFile(fileName))
            return {};
    } else if (QFile::setPermissions(fileName, QFile::ReadOwner | QFile::WriteOwner)) {
        return {};
    }
    return Error{QStringLiteral("settings.io"),
                 tr("The settings file %1 cannot be made private to this user.").arg(fileName)};
}

QJsonObject DeskSettings::changesFrom(const DeskSettings& before) const
{
    QJsonObject changes;
    const auto compare = [&](const char* key, const QJsonValue& from, const QJsonValue& to) {
        if (from != to)
            changes.insert(QLatin1String(key),
                           QJsonObject{{QStringLiteral("from"), from}, {QStringLiteral("to"), to}});
    };
    compare("registry_url", before.registryUrl.trimmed(), registryUrl.trimmed());
    compare("desk_id", before.deskId.trimmed(), deskId.trimmed());
    if (before.deskToken != deskToken)
        changes.insert(QStringLiteral("desk_token"), QStringLiteral("changed"));
    compare("registry_ca_file", before.registryCaFile.trimmed(), registryCaFile.trimmed());
    compare("office_code", before.officeCode, officeCode);
    compare("desk_code", before.deskCode, deskCode);
    compare("printer", before.printerName, printerName);
    compare("office_name_kk", before.officeNameKk.trimmed(), officeNameKk.trimmed());
    compare("office_name_ru", before.officeNameRu.trimmed(), officeNameRu.trimmed());
    compare("desk_key_file", before.deskKeyFile.trimmed(), deskKeyFile.trimmed());
    compare("idle_lock_minutes", before.idleLockMinutes, idleLockMinutes);
    compare("default_language", before.defaultLanguage, defaultLanguage);
    compare("reader_port", before.readerPort.trimmed(), readerPort.trimmed());
    compare("reader_baud_rate", before.readerBaudRate, readerBaudRate);
    compare("reader_data_bits", before.readerDataBits, readerDataBits);
    compare("reader_parity", before.readerParity, readerParity);
    compare("reader_stop_bits", before.readerStopBits, readerStopBits);
    compare("reader_dtr_rts", before.readerDtrRts, readerDtrRts);
    return changes;
}

Status DeskSettings::save(QSettings& s) const
{
    const auto notSaved = [&s] {
        return Error{QStringLiteral("settings.not_saved"),
                     tr("The settings could not be written to %1 (disk full or read-only?): "
                        "nothing was changed.")
                         .arg(s.fileName())};
    };
    // The desk credential is a secret: the settings file is the desk user's only (other local
    // accounts must not read it), before the credential is written into it.
    if (!makeFilePrivate(s.fileName()))
        return notSaved();
    const QSettings::Status statusBefore = s.status();
    s.setValue(RegistryUrlKey, registryUrl.trimmed());
    s.setValue(DeskIdKey, deskId.trimmed());
    s.setValue(DeskTokenKey, deskToken);
    s.setValue(CaFileKey, registryCaFile.trimmed());
    s.setValue(OfficeKey, officeCode);
    s.setValue(DeskKey, deskCode);
    s.setValue(PrinterKey, printerName);
    s.setValue(OfficeNameKkKey, officeNameKk.trimmed());
    s.setValue(OfficeNameRuKey, officeNameRu.trimmed());
    s.setValue(DeskKeyFileKey, deskKeyFile.trimmed());
    s.setValue(IdleKey, idleLockMinutes);
    s.setValue(LanguageKey, defaultLanguage);
    s.setValue(ReaderPortKey, readerPort.trimmed());
    s.setValue(ReaderBaudKey, readerBaudRate);
    s.setValue(ReaderDataBitsKey, readerDataBits);
    s.setValue(ReaderParityKey, readerParity);
    s.setValue(ReaderStopBitsKey, readerStopBits);
    s.setValue(ReaderDtrRtsKey, readerDtrRts);
    s.sync();
    // QSettings::status() may carry an error from before the write (an application without an
    // organization name starts with AccessError): then a settings file that is not there after
    // the sync is what shows the save failed.
    if (s.status() != QSettings::NoError &&
        (statusBefore == QSettings::NoError || !QFile::exists(s.fileName())))
        return notSaved();
    return {};
}

} // namespace iin
