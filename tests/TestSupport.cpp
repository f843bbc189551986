#include "tests/TestSupport.h"

#include <QDir>
#include <QProcess>

namespace iin::test {

QString sourcePath(const QString& relative)
{
    return QDir(QStringLiteral(IIN_SOURCE_DIR)).filePath(relative);
}

QString cliPath()
{
    return QStringLiteral(IIN_CLI_PATH);
}

ProcessResult runProcess(const QString& program, const QStringList& arguments,
                         const QByteArray& input)
{
    QProcess p;
    p.start(program, arguments);
    ProcessResult r;
    if (!p.waitForStarted(10000)) {
        r.err = p.errorString().toUtf8();
        return r;
    }
    if (!input.isEmpty())
        p.write(input);
    p.closeWriteChannel();
    if (!p.waitForFinished(30000)) {
        p.kill();
        p.waitForFinished();
        r.err = "timed out";
        return r;
    }
    r.crashed = p.exitStatus() == QProcess::CrashExit;
    r.exitCode = p.exitCode();
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

ProcessResult runCli(const QStringList& arguments, const QByteArray& input)
{
    return runProcess(cliPath(), arguments, input);
}

QString pdfText(const QString& pdf)
{
    return QString::fromUtf8(
        runProcess(QStringLiteral("pdftotext"),
                   {QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, QStringLiteral("-")})
            .out);
}

} // namespace iin::test
