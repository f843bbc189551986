#include "core/application/ApplicationKeys.h"

#include "core/application/Application.h"
#include "core/person/DocumentNumber.h"
#include "core/person/NameKey.h"

namespace iin {

namespace {

void addUnique(QStringList& list, const QString& key)
{
    if (!key.isEmpty() && !list.contains(key))
        list.append(key);
}

} // namespace

QStringList ApplicationKeys::searchWords(const PersonName& cyrillic, const PersonName& latin)
{
    QStringList keys;
    for (const PersonName* name : {&cyrillic, &latin}) {
        for (const QString* part : {&name->surname, &name->givenName, &name->patronymic}) {
            for (const QString& key : NameKey::words(*part))
                addUnique(keys, key);
        }
    }
    return keys;
}

QStringList ApplicationKeys::fullNames(const PersonName& cyrillic, const PersonName& latin)
{
    QStringList keys;
    for (const PersonName* name : {&cyrillic, &latin}) {
        if (name->surname.isEmpty() && name->givenName.isEmpty())
            continue;
        addUnique(keys, NameKey::of(QString(name->surname % u' ' % name->givenName)));
        if (!name->patronymic.isEmpty())
            addUnique(keys, NameKey::of(name->fullName()));
    }
    return keys;
}

QString ApplicationKeys::documentNumber(const QString& number)
{
    return DocumentNumber::key(number);
}

} // namespace iin
