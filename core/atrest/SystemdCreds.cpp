#include "core/atrest/SystemdCreds.h"

#include <QProcess>
#include <QStandardPaths>

namespace iin {

namespace {

// Generous: a TPM2 can take seconds, and the suite runs on a loaded machine.
constexpr int TimeoutMs = 60000;

Result<QByteArray> run(const QStringList& arguments, const QByteArray& input)
{
    const QString tool = SystemdCreds::program();
    if (tool.isEmpty())
        return Error{QStringLiteral("scans.no_systemd_creds"),
                     SystemdCreds::tr("systemd-creds is not installed on this machine.")};
    QProcess process;
    process.start(tool, arguments);
    if (!process.waitForStarted(TimeoutMs))
        return Error{
            QStringLiteral("scans.no_systemd_creds"),
            SystemdCreds::tr("systemd-creds cannot be started: %1").arg(process.errorString())};
    process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(TimeoutMs)) {
        process.kill();
        process.waitForFinished(TimeoutMs);
        return Error{QStringLiteral("scans.systemd_creds_failed"),
                     SystemdCreds::tr("systemd-creds did not finish.")};
    }
    const QByteArray output = process.readAllStandardOutput();
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        // Its message says why (no access to the host secret, no TPM): kept for the report,
        // it carries no secret.
        const QString why =
            QString::fromLocal8Bit(process.readAllStandardError()).trimmed().section(u'\n', -1);
        return Error{QStringLiteral("scans.systemd_creds_failed"),
                     SystemdCreds::tr("systemd-creds failed: %1").arg(why)};
    }
    return output;
}

} // namespace

QString SystemdCreds::program()
{
    return QStandardPaths::findExecutable(QStringLiteral("systemd-creds"));
}

Result<QByteArray> SystemdCreds::encrypt(const QByteArray& secret, const QString& name,
                                         const QString& withKey)
{
    return run({QStringLiteral("encrypt"), QStringLiteral("--name=") + name,
                QStringLiteral("--with-key=") + withKey, QStringLiteral("-"), QStringLiteral("-")},
               secret);
}

Result<QByteArray> SystemdCreds::decrypt(const QByteArray& credential, const QString& name)
{
    return run({QStringLiteral("decrypt"), QStringLiteral("--name=") + name, QStringLiteral("-"),
                QStringLiteral("-")},
               credential);
}

} // namespace iin
