#pragma once

#include <QString>
#include <QStringList>

#include <optional>

class QTextStream;

namespace iin::server {

class RegistryService;
class RegistryStore;

// What a registry officer runs (docs/registry.md, "Duplicates" and "Review"). Output: one JSON
// object per line on `out`; errors on `err`. Return the exit code: 0 done, 1 refused or failed,
// 2 wrong usage.
struct OfficerCommands
{
    // `iin-registryd duplicates`: the persons that the document keys show to be one, one group
    // a line. Merges nothing.
    static int duplicates(RegistryStore& store, QTextStream& out, QTextStream& err);
    // `iin-registryd review list | show ID | decide ID --same-as IIN | --new-person`.
    // `args` are the words after "review".
    static int review(RegistryStore& store, RegistryService& service, const QStringList& args,
                      const std::optional<QString>& sameAs, bool newPerson, QTextStream& out,
                      QTextStream& err);
};

} // namespace iin::server
