#include "app/cli/CliSupport.h"

#include "core/application/ApplicationJson.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QRegularExpression>

#include <cstdio>

namespace iin::cli {

CommandLine::CommandLine(const QString& description)
{
    m_parser.setApplicationDescription(description);
    m_parser.addHelpOption();
    m_parser.addOption(QCommandLineOption(
        QStringLiteral("lang"),
        QCoreApplication::translate("Cli", "Language of the messages: kk, ru or en."),
        QStringLiteral("kk|ru|en"), QStringLiteral("en")));
}

void CommandLine::addPositional(const QString& name, const QString& description,
                                const QString& syntax)
{
    m_parser.addPositionalArgument(name, description, syntax);
}

std::optional<int> CommandLine::parse(const QStringList& arguments, int requiredPositionals)
{
    if (!m_parser.parse(arguments)) {
        printError(m_parser.errorText());
        return ExitBadInput;
    }
    if (m_parser.isSet(QStringLiteral("help"))) {
        printLine(m_parser.helpText());
        return ExitOk;
    }
    if (m_parser.positionalArguments().size() < requiredPositionals) {
        printError(QCoreApplication::translate("Cli", "Missing argument. See --help."));
        return ExitBadInput;
    }
    return std::nullopt;
}

std::optional<QByteArray> readInputUpTo(const QString& name, qsizetype limit)
{
    QFile file;
    const bool opened = name == u"-" ? file.open(stdin, QIODevice::ReadOnly)
                                     : (file.setFileName(name), file.open(QIODevice::ReadOnly));
    if (!opened) {
        printError(QCoreApplication::translate("Cli", "Cannot read %1: %2.")
                       .arg(name, file.errorString()));
        return std::nullopt;
    }
    // A pipe gives what it holds at the moment: read on until the limit or the end.
    QByteArray bytes;
    while (bytes.size() < limit) {
        const QByteArray chunk = file.read(limit - bytes.size());
        if (chunk.isEmpty())
            break;
        bytes += chunk;
    }
    return bytes;
}

std::optional<QByteArray> readApplicationInput(const QString& name)
{
    return readInputUpTo(name, ApplicationJson::MaxBytes + 1);
}

std::optional<QDate> parseIsoDate(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    if (!pattern.match(text).hasMatch())
        return std::nullopt;
    const QDate date = QDate::fromString(text, Qt::ISODate);
    if (!date.isValid())
        return std::nullopt;
    return date;
}

void printJson(const QJsonObject& object)
{
    const QByteArray bytes = QJsonDocument(object).toJson(QJsonDocument::Compact);
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

void printLine(const QString& text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    if (!text.endsWith(u'\n'))
        std::fputc('\n', stdout);
    std::fflush(stdout);
}

void printError(const QString& text)
{
    const QByteArray bytes = (QStringLiteral("iin-desk-cli: ") + text).toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr);
    std::fputc('\n', stderr);
}

Subcommand splitSubcommand(const QStringList& arguments)
{
    Subcommand s;
    if (arguments.size() < 2 || arguments[1].startsWith(u'-')) {
        s.arguments = arguments;
        return s;
    }
    s.name = arguments[1];
    s.arguments = arguments.mid(2);
    s.arguments.prepend(arguments[0] + u' ' + s.name);
    return s;
}

} // namespace iin::cli
