#pragma once

#include <QCommandLineParser>
#include <QString>

#include <optional>

namespace iin::server {

class RegistryService;
class RegistryStore;

// iin-registryd's key commands (docs/certificate.md, "Setting up"): `keygen --out FILE`,
// `trust-file --signing-key FILE [--previous OLD-TRUST-FILE]...`, `revoke-desk-key --desk ID
// [--key KEY-ID]`, and `--signing-key FILE` for serve.
namespace signing {

void addOptions(QCommandLineParser& parser);
// Commands that need no database (keygen): the exit code, or nullopt for another command.
std::optional<int> runWithoutStore(const QString& command, const QCommandLineParser& parser);
// Commands on the registry's database: the exit code, or nullopt for another command.
std::optional<int> run(const QString& command, const QCommandLineParser& parser,
                       RegistryStore& store);
// serve: loads --signing-key into the service when given; false (after a message) when the
// key cannot be used.
bool configureService(const QCommandLineParser& parser, RegistryService& service);

} // namespace signing

} // namespace iin::server
