#pragma once

#include <QByteArray>
#include <QCommandLineParser>
#include <QDate>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace iin::cli {

// Exit codes shared by every command.
enum ExitCode
{
    ExitOk = 0,
    ExitNegative = 1, // a valid question with a "no" answer: invalid IIN, incomplete package...
    ExitBadInput = 2, // unreadable or malformed input, bad arguments
    ExitFailure = 3,  // the operation itself failed (database, network)
    // The journal has operator accounts and the sign-in failed, or the operator's role does not
    // allow the command.
    ExitNotAllowed = 4,
};

// A command's own QCommandLineParser with --help and --lang already added.
class CommandLine
{
public:
    explicit CommandLine(const QString& description);

    QCommandLineParser& parser() { return m_parser; }
    void addPositional(const QString& name, const QString& description, const QString& syntax = {});
    // Parses the arguments. Returns an exit code when the command must stop now (after --help:
    // ExitOk; after an error, printed to stderr: ExitBadInput), or nullopt to go on.
    std::optional<int> parse(const QStringList& arguments, int requiredPositionals = 0);
    QStringList positionals() const { return m_parser.positionalArguments(); }

private:
    QCommandLineParser m_parser;
};

// Reads a file ("-": standard input) up to `limit` bytes: a caller that passes one byte more
// than it accepts refuses a huge file or stream without loading it whole. Prints the error and
// returns nullopt when it cannot be read.
std::optional<QByteArray> readInputUpTo(const QString& name, qsizetype limit);
// An application file: readInputUpTo() one byte past ApplicationJson::MaxBytes.
std::optional<QByteArray> readApplicationInput(const QString& name);

// "iin-desk-cli certificate verify x.pdf" → subcommand "verify", arguments
// "iin-desk-cli certificate verify" "x.pdf" for the subcommand's own parser. Empty subcommand
// when none was given (or the first argument is an option such as --help).
struct Subcommand
{
    QString name;
    QStringList arguments;
};
Subcommand splitSubcommand(const QStringList& arguments);

// A date written exactly as YYYY-MM-DD that exists in the calendar, or nullopt.
std::optional<QDate> parseIsoDate(const QString& text);

void printJson(const QJsonObject& object); // one compact line on stdout
void printLine(const QString& text);       // stdout
void printError(const QString& text);      // stderr, prefixed with the tool's name

} // namespace iin::cli
