#include "core/person/Countries.h"

#include <QCollator>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

#include <algorithm>

namespace iin {

namespace {

struct CountryTable
{
    QList<Country> entries; // sorted by alpha-3
    QHash<QString, qsizetype> byAlpha3;
    QHash<QString, qsizetype> byAlpha2;
};

CountryTable load()
{
    CountryTable table;
    QFile file(QStringLiteral(":/countries/countries.json"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("the embedded country list is missing"); // a build error, not a user's
    const QJsonArray array =
        QJsonDocument::fromJson(file.readAll()).object().value(u"countries").toArray();
    for (const QJsonValue& v : array) {
        const QJsonObject o = v.toObject();
        table.entries.append(Country{
            o.value(u"alpha2").toString(),
            o.value(u"alpha3").toString(),
            o.value(u"numeric").toString(),
            o.value(u"en").toString(),
            o.value(u"kk").toString(),
            o.value(u"ru").toString(),
        });
    }
    std::sort(table.entries.begin(), table.entries.end(),
              [](const Country& a, const Country& b) { return a.alpha3 < b.alpha3; });
    for (qsizetype i = 0; i < table.entries.size(); ++i) {
        table.byAlpha3.insert(table.entries[i].alpha3, i);
        if (!table.entries[i].alpha2.isEmpty())
            table.byAlpha2.insert(table.entries[i].alpha2, i);
    }
    return table;
}

// A function-local static is initialised exactly once even when threads race for it.
const CountryTable& table()
{
    static const CountryTable t = load();
    return t;
}

} // namespace

bool Countries::isKnownAlpha3(const QString& alpha3)
{
    return table().byAlpha3.contains(alpha3);
}

QString Countries::name(const QString& alpha3, const QString& lang)
{
    const auto c = find(alpha3);
    return c ? c->name(lang) : QString();
}

QStringList Countries::alpha3Codes()
{
    QStringList codes;
    codes.reserve(table().entries.size());
    for (const Country& c : table().entries)
        codes.append(c.alpha3);
    return codes;
}

std::optional<Country> Countries::find(const QString& alpha3)
{
    const CountryTable& t = table();
    const auto it = t.byAlpha3.constFind(alpha3);
    if (it == t.byAlpha3.cend())
        return std::nullopt;
    return t.entries[*it];
}

std::optional<Country> Countries::findByAlpha2(const QString& alpha2)
{
    const CountryTable& t = table();
    const auto it = t.byAlpha2.constFind(alpha2);
    if (it == t.byAlpha2.cend())
        return std::nullopt;
    return t.entries[*it];
}

QList<Country> Countries::sortedByName(const QString& lang)
{
    QList<Country> list = table().entries;
    const QString localeName = lang == u"kk"   ? QStringLiteral("kk_KZ")
                               : lang == u"ru" ? QStringLiteral("ru_RU")
                                               : QStringLiteral("en_US");
    QCollator collator{QLocale(localeName)};
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    const QString stateless = QString::fromLatin1(StatelessAlpha3);
    std::stable_sort(list.begin(), list.end(), [&](const Country& a, const Country& b) {
        if ((a.alpha3 == stateless) != (b.alpha3 == stateless))
            return a.alpha3 == stateless;
        return collator.compare(a.name(lang), b.name(lang)) < 0;
    });
    return list;
}

qsizetype Countries::count()
{
    return table().entries.size();
}

} // namespace iin
