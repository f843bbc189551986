#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace iin::test {

// Where the source tree and the built tools are, for tests that read examples or run programs.
QString sourcePath(const QString& relative);
QString cliPath();

struct ProcessResult
{
    int exitCode = -1;
    bool crashed = false;
    QByteArray out;
    QByteArray err;
};

// Runs a program to completion (30 s at most), feeding `input` to its standard input.
ProcessResult runProcess(const QString& program, const QStringList& arguments,
                         const QByteArray& input = {});
ProcessResult runCli(const QStringList& arguments, const QByteArray& input = {});
// The text of a PDF as poppler-utils' pdftotext reads it (UTF-8).
QString pdfText(const QString& pdf);

} // namespace iin::test
