#pragma once

#include "core/base/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace iin {

// systemd's way of keeping a small secret sealed to this machine (systemd-creds(1), systemd 250
// and later): `encrypt` seals with the host's credential secret and the TPM2 when there is one
// (`--with-key=auto`), `decrypt` opens it only here. Runs the tool as a child process, the secret
// through its standard input and output, never on a command line. Blocks: never on the UI thread.
class SystemdCreds
{
    Q_DECLARE_TR_FUNCTIONS(SystemdCreds)

public:
    // The tool's path, empty when the machine has none.
    static QString program();
    // `withKey`: "auto" (the host secret, and the TPM2 too when there is one: needs root on
    // systemd 252) or "tpm2" (the TPM2 alone: any user who may open /dev/tpmrm0).
    static Result<QByteArray> encrypt(const QByteArray& secret, const QString& name,
                                      const QString& withKey = QStringLiteral("auto"));
    static Result<QByteArray> decrypt(const QByteArray& credential, const QString& name);
};

} // namespace iin
