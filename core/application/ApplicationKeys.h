#pragma once

#include <QString>
#include <QStringList>

namespace iin {

struct PersonName;

// The search and matching keys the journal stores beside an application, so that SQLite can
// find people by index even though its lower()/LIKE fold only ASCII. Name keys come from
// NameKey: Cyrillic (with Kazakh letters) and Latin spellings of a name meet in one key.
class ApplicationKeys
{
public:
    // One key per word of every name part, for word-prefix search.
    static QStringList searchWords(const PersonName& cyrillic, const PersonName& latin);
    // Keys of "surname given" (and "surname given patronymic") in both scripts, for duplicates.
    static QStringList fullNames(const PersonName& cyrillic, const PersonName& latin);
    // The document number's key (DocumentNumber::key): the same at the desk and the registry.
    static QString documentNumber(const QString& number);
};

} // namespace iin
