// Build-time tool: turns Debian's iso-codes data (ISO 3166-1 as JSON plus the Kazakh and Russian
// gettext catalogues) into the compact countries.json that core embeds. Reading the .mo files
// ourselves keeps the build free of gettext tools and the country list free of hand typing.
//
// Usage: iin-countries-gen <iso_3166-1.json> <kk .mo> <ru .mo> <extra.json> <output.json>

#include <QByteArray>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QString>
#include <QtEndian>

#include <cstdio>
#include <cstdlib>

namespace {

using Catalogue = QHash<QString, QString>;

void fail(const QString& message)
{
    std::fprintf(stderr, "iin-countries-gen: %s\n", message.toUtf8().constData());
    std::exit(1);
}

QByteArray readAll(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        fail(QStringLiteral("cannot read %1: %2").arg(path, f.errorString()));
    return f.readAll();
}

// GNU .mo layout: magic, revision, string count N, offset of the original-string table, offset
// of the translation table; each table holds N (length, offset) pairs of 32-bit words, in the
// byte order the magic number reveals.
Catalogue readMo(const QString& path)
{
    const QByteArray data = readAll(path);
    const auto* bytes = reinterpret_cast<const uchar*>(data.constData());
    const auto size = quint64(data.size());
    if (size < 20)
        fail(QStringLiteral("%1: too short for a .mo file").arg(path));
    bool bigEndian = false;
    if (qFromLittleEndian<quint32>(bytes) == 0x950412deu)
        bigEndian = false;
    else if (qFromBigEndian<quint32>(bytes) == 0x950412deu)
        bigEndian = true;
    else
        fail(QStringLiteral("%1: not a .mo file").arg(path));
    const auto word = [&](quint64 offset) -> quint32 {
        if (offset + 4 > size)
            fail(QStringLiteral("%1: truncated").arg(path));
        return bigEndian ? qFromBigEndian<quint32>(bytes + offset)
                         : qFromLittleEndian<quint32>(bytes + offset);
    };
    const auto string = [&](quint64 table, quint32 index) {
        const quint64 length = word(table + 8ull * index);
        const quint64 offset = word(table + 8ull * index + 4);
        if (offset + length > size)
            fail(QStringLiteral("%1: string out of range").arg(path));
        return QString::fromUtf8(data.constData() + offset, qsizetype(length));
    };
    const quint32 count = word(8);
    const quint32 originals = word(12);
    const quint32 translations = word(16);
    Catalogue catalogue;
    for (quint32 i = 0; i < count; ++i) {
        const QString original = string(originals, i);
        if (original.isEmpty()) // the header entry
            continue;
        // Plural forms are NUL-separated; the first form is the one a name needs.
        const QString translated = string(translations, i).section(QChar(0), 0, 0);
        if (!translated.isEmpty())
            catalogue.insert(original.section(QChar(0), 0, 0), translated);
    }
    return catalogue;
}

QJsonObject readObject(const QString& path)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(readAll(path), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        fail(QStringLiteral("%1: %2").arg(path, error.errorString()));
    return doc.object();
}

} // namespace

int main(int argc, char* argv[])
{
    if (argc != 6)
        fail(QStringLiteral("usage: iin-countries-gen <iso_3166-1.json> <kk.mo> <ru.mo> "
                            "<extra.json> <output.json>"));
    const QJsonArray iso =
        readObject(QString::fromLocal8Bit(argv[1])).value(QStringLiteral("3166-1")).toArray();
    const Catalogue kk = readMo(QString::fromLocal8Bit(argv[2]));
    const Catalogue ru = readMo(QString::fromLocal8Bit(argv[3]));
    const QJsonObject extra = readObject(QString::fromLocal8Bit(argv[4]));
    const QJsonObject fixes = extra.value(QStringLiteral("missing_translations")).toObject();

    QJsonArray out;
    for (const QJsonValue& v : iso) {
        const QJsonObject c = v.toObject();
        const QString alpha3 = c.value(QStringLiteral("alpha_3")).toString();
        const QString en = c.value(QStringLiteral("name")).toString();
        if (alpha3.size() != 3 || en.isEmpty())
            fail(QStringLiteral("unexpected ISO 3166-1 entry %1").arg(alpha3));
        const QJsonObject fix = fixes.value(alpha3).toObject();
        // A catalogue that lags behind a renamed country (e.g. Türkiye) gets the name from
        // extra.json; failing that, the English name is better than nothing.
        const auto translate = [&](const Catalogue& catalogue, const QString& lang) {
            return catalogue.value(en, fix.value(lang).toString(en));
        };
        out.append(QJsonObject{
            {QStringLiteral("alpha2"), c.value(QStringLiteral("alpha_2")).toString()},
            {QStringLiteral("alpha3"), alpha3},
            {QStringLiteral("numeric"), c.value(QStringLiteral("numeric")).toString()},
            {QStringLiteral("en"), en},
            {QStringLiteral("kk"), translate(kk, QStringLiteral("kk"))},
            {QStringLiteral("ru"), translate(ru, QStringLiteral("ru"))},
        });
    }
    for (const QJsonValue& v : extra.value(QStringLiteral("special")).toArray())
        out.append(v);

    QSaveFile file(QString::fromLocal8Bit(argv[5]));
    if (!file.open(QIODevice::WriteOnly))
        fail(QStringLiteral("cannot write %1").arg(file.fileName()));
    file.write(QJsonDocument(QJsonObject{{QStringLiteral("countries"), out}})
                   .toJson(QJsonDocument::Compact));
    if (!file.commit())
        fail(QStringLiteral("cannot write %1").arg(file.fileName()));
    return 0;
}
