#include "core/rules/RuleSet.h"

#include "core/rules/RuleSetData.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QRegularExpression>

#include <algorithm>
#include <initializer_list>

namespace iin {

namespace {

constexpr int RuleFormatVersion = 1;
constexpr qsizetype MaxRuleFileBytes = 1024 * 1024;

// Thrown only inside this file while reading one rule file: the first thing wrong, by path.
struct RuleFileError
{
    QString path;
    QString what;
};

[[noreturn]] void fail(const QString& path, const QString& what)
{
    throw RuleFileError{path, what};
}

QString join(const QString& path, QStringView key)
{
    return path.isEmpty() ? key.toString() : path + u'.' + key;
}

void onlyKeys(const QJsonObject& o, const QString& path, std::initializer_list<QStringView> known)
{
    for (auto it = o.begin(); it != o.end(); ++it) {
        bool ok = false;
        for (QStringView k : known)
            ok = ok || it.key() == k;
        if (!ok)
            fail(join(path, it.key()), RuleSet::tr("unknown key"));
    }
}

QJsonValue need(const QJsonObject& o, const QString& path, QStringView key)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined() || v.isNull())
        fail(join(path, key), RuleSet::tr("required key is missing"));
    return v;
}

QString needString(const QJsonObject& o, const QString& path, QStringView key)
{
    const QJsonValue v = need(o, path, key);
    if (!v.isString() || v.toString().trimmed().isEmpty())
        fail(join(path, key), RuleSet::tr("expected a non-empty string"));
    return v.toString();
}

QJsonObject needObject(const QJsonObject& o, const QString& path, QStringView key)
{
    const QJsonValue v = need(o, path, key);
    if (!v.isObject())
        fail(join(path, key), RuleSet::tr("expected an object"));
    return v.toObject();
}

std::optional<bool> optionalBool(const QJsonObject& o, const QString& path, QStringView key)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined())
        return std::nullopt;
    if (!v.isBool())
        fail(join(path, key), RuleSet::tr("expected true or false"));
    return v.toBool();
}

LocalizedText text(const QJsonObject& o, const QString& path, QStringView key)
{
    const QString p = join(path, key);
    const QJsonObject t = needObject(o, path, key);
    onlyKeys(t, p, {u"kk", u"ru", u"en"});
    return {needString(t, p, u"kk"), needString(t, p, u"ru"), needString(t, p, u"en")};
}

template <typename E>
unsigned enumSet(const QJsonObject& o, const QString& path, QStringView key,
                 std::optional<E> (*fromString)(const QString&))
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined())
        return ~0u;
    const QString p = join(path, key);
    if (!v.isArray() || v.toArray().isEmpty())
        fail(p, RuleSet::tr("expected a non-empty list"));
    unsigned set = 0;
    const QJsonArray list = v.toArray();
    for (qsizetype i = 0; i < list.size(); ++i) {
        const auto e = fromString(list.at(i).toString());
        if (!list.at(i).isString() || !e)
            fail(p + QStringLiteral("[%1]").arg(i), RuleSet::tr("unknown value"));
        set |= 1u << unsigned(*e);
    }
    return set;
}

Requirement requirement(const QJsonObject& o, const QString& path)
{
    onlyKeys(o, path,
             {u"id", u"reference", u"applies_when", u"satisfied_by", u"severity", u"field",
              u"messages", u"note"});
    Requirement r;
    r.id = needString(o, path, u"id");
    static const QRegularExpression idPattern(QStringLiteral("^[a-z0-9_]+(\\.[a-z0-9_]+)*$"));
    if (!idPattern.match(r.id).hasMatch())
        fail(join(path, u"id"), RuleSet::tr("use lower-case letters, digits, '_' and '.'"));
    r.reference = text(o, path, u"reference");
    r.field = needString(o, path, u"field");
    const auto severity = severityFromString(needString(o, path, u"severity"));
    if (!severity || *severity == Severity::InvalidField)
        fail(join(path, u"severity"), RuleSet::tr("use missing_document or warning"));
    r.severity = *severity;

    if (o.contains(u"applies_when")) {
        const QString p = join(path, u"applies_when");
        const QJsonObject w = needObject(o, path, u"applies_when");
        onlyKeys(
            w, p,
            {u"channels", u"basis", u"representative", u"identity_document_in_cyrillic_or_latin"});
        r.channels = enumSet(w, p, u"channels", channelFromString);
        r.bases = enumSet(w, p, u"basis", basisFromString);
        r.representative = optionalBool(w, p, u"representative");
        r.documentInCyrillicOrLatin = optionalBool(w, p, u"identity_document_in_cyrillic_or_latin");
    }

    const QString sp = join(path, u"satisfied_by");
    const QJsonObject s = needObject(o, path, u"satisfied_by");
    onlyKeys(s, sp, {u"attachment", u"certified", u"electronic", u"notarized", u"signature"});
    if (s.contains(u"attachment")) {
        r.attachment = attachmentKindFromString(s.value(u"attachment").toString());
        if (!r.attachment)
            fail(join(sp, u"attachment"), RuleSet::tr("unknown attachment kind"));
    }
    r.certified = optionalBool(s, sp, u"certified").value_or(false);
    r.electronic = optionalBool(s, sp, u"electronic").value_or(false);
    r.notarized = optionalBool(s, sp, u"notarized").value_or(false);
    r.signature = optionalBool(s, sp, u"signature").value_or(false);
    if (!r.attachment && !r.signature)
        fail(sp, RuleSet::tr("name an attachment or the signature"));
    if (!r.attachment && (r.certified || r.electronic || r.notarized))
        fail(sp, RuleSet::tr("certified, electronic and notarized qualify an attachment"));

    const QString mp = join(path, u"messages");
    const QJsonObject m = needObject(o, path, u"messages");
    onlyKeys(m, mp, {u"missing", u"not_certified", u"not_electronic", u"not_notarized"});
    r.missing = text(m, mp, u"missing");
    // Each qualifier needs its own message, and a message needs its qualifier.
    const auto qualifier = [&](bool required, QStringView key, LocalizedText& out) {
        if (required)
            out = text(m, mp, key);
        else if (m.contains(key))
            fail(join(mp, key), RuleSet::tr("no such qualifier in satisfied_by"));
    };
    qualifier(r.certified, u"not_certified", r.notCertified);
    qualifier(r.electronic, u"not_electronic", r.notElectronic);
    qualifier(r.notarized, u"not_notarized", r.notNotarized);
    return r;
}

RuleSetData parseRules(const QByteArray& bytes)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError)
        fail(QString(), RuleSet::tr("not valid JSON at byte %1: %2")
                            .arg(error.offset)
                            .arg(error.errorString()));
    if (!doc.isObject())
        fail(QString(), RuleSet::tr("expected a JSON object"));
    const QJsonObject o = doc.object();
    const QString root;
    onlyKeys(o, root,
             {u"format_version", u"edition", u"effective_from", u"source", u"service_term",
              u"requirements", u"note"});
    if (need(o, root, u"format_version").toInt() != RuleFormatVersion)
        fail(QStringLiteral("format_version"),
             RuleSet::tr("this program reads version %1").arg(RuleFormatVersion));
    RuleSetData data;
    data.id = needString(o, root, u"edition");
    static const QRegularExpression idPattern(QStringLiteral("^[A-Za-z0-9._-]{1,40}$"));
    if (!idPattern.match(data.id).hasMatch())
        fail(QStringLiteral("edition"), RuleSet::tr("use letters, digits, '.', '_' and '-'"));
    data.effectiveFrom = QDate::fromString(needString(o, root, u"effective_from"), Qt::ISODate);
    if (!data.effectiveFrom.isValid())
        fail(QStringLiteral("effective_from"), RuleSet::tr("expected a date YYYY-MM-DD"));
    data.source = text(o, root, u"source");
    if (o.contains(u"service_term"))
        data.serviceTerm = text(o, root, u"service_term");
    const QJsonValue list = need(o, root, u"requirements");
    if (!list.isArray() || list.toArray().isEmpty())
        fail(QStringLiteral("requirements"), RuleSet::tr("expected a non-empty list"));
    const QJsonArray requirements = list.toArray();
    for (qsizetype i = 0; i < requirements.size(); ++i) {
        const QString path = QStringLiteral("requirements[%1]").arg(i);
        if (!requirements.at(i).isObject())
            fail(path, RuleSet::tr("expected an object"));
        Requirement r = requirement(requirements.at(i).toObject(), path);
        for (const Requirement& other : data.requirements) {
            if (other.id == r.id)
                fail(join(path, u"id"), RuleSet::tr("\"%1\" is used twice").arg(r.id));
        }
        data.requirements.append(std::move(r));
    }
    return data;
}

Result<std::shared_ptr<const RuleSetData>> load(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error{QStringLiteral("rules.unreadable"),
                     RuleSet::tr("Cannot read the rule file %1: %2.")
                         .arg(QFileInfo(path).fileName(), file.errorString())};
    }
    const QByteArray bytes = file.read(MaxRuleFileBytes + 1);
    try {
        if (bytes.size() > MaxRuleFileBytes)
            fail(QString(), RuleSet::tr("larger than %1 bytes").arg(MaxRuleFileBytes));
        return std::make_shared<const RuleSetData>(parseRules(bytes));
    } catch (const RuleFileError& e) {
        const QString where = e.path.isEmpty() ? QString() : e.path + QStringLiteral(": ");
        return Error{QStringLiteral("rules.malformed"),
                     RuleSet::tr("The rule file %1 is malformed: %2%3.")
                         .arg(QFileInfo(path).fileName(), where, e.what)};
    }
}

// The embedded editions, parsed once for the life of the program: a check never reads a file.
struct Catalogue
{
    QMap<QString, Result<std::shared_ptr<const RuleSetData>>> byId;
    QStringList ordered; // by effective date, oldest first; well-formed editions only
};

const Catalogue& catalogue()
{
    static const Catalogue c = [] {
        Catalogue c;
        QList<std::shared_ptr<const RuleSetData>> good;
        const QDir dir(QStringLiteral(":/rules"));
        for (const QString& name : dir.entryList({QStringLiteral("*.json")}, QDir::Files)) {
            const QString id = QFileInfo(name).completeBaseName();
            auto loaded = load(dir.filePath(name));
            if (loaded && loaded.value()->id != id) {
                loaded = Error{QStringLiteral("rules.malformed"),
                               RuleSet::tr("The rule file %1 is malformed: edition: \"%2\" does "
                                           "not match the file name.")
                                   .arg(name, loaded.value()->id)};
            }
            if (loaded)
                good.append(loaded.value());
            c.byId.insert(id, loaded);
        }
        std::sort(good.begin(), good.end(),
                  [](const auto& a, const auto& b) { return a->effectiveFrom < b->effectiveFrom; });
        for (const auto& d : good)
            c.ordered.append(d->id);
        return c;
    }();
    return c;
}

} // namespace

QStringList RuleSet::editions()
{
    return catalogue().ordered;
}

Result<RuleSet> RuleSet::edition(const QString& id)
{
    const auto it = catalogue().byId.constFind(id);
    if (it == catalogue().byId.constEnd()) {
        return Error{QStringLiteral("rules.unknown_edition"),
                     tr("There is no rule edition \"%1\"; known editions: %2.")
                         .arg(id.left(40), editions().join(QStringLiteral(", ")))};
    }
    if (!it->ok())
        return it->error();
    return RuleSet(it->value());
}

Result<RuleSet> RuleSet::effectiveOn(const QDate& date)
{
    const Catalogue& c = catalogue();
    for (auto id = c.ordered.crbegin(); id != c.ordered.crend(); ++id) {
        const auto& data = c.byId.find(*id)->value();
        if (date.isValid() && data->effectiveFrom <= date)
            return RuleSet(data);
    }
    return Error{QStringLiteral("rules.none_in_force"),
                 tr("No rule edition is in force on %1; the earliest takes effect on %2.")
                     .arg(date.toString(Qt::ISODate),
                          c.ordered.isEmpty() ? QString()
                                              : c.byId.find(c.ordered.first())
                                                    ->value()
                                                    ->effectiveFrom.toString(Qt::ISODate))};
}

Result<RuleSet> RuleSet::fromFile(const QString& path)
{
    auto loaded = load(path);
    if (!loaded)
        return loaded.error();
    return RuleSet(loaded.value());
}

QString RuleSet::id() const
{
    return m_data->id;
}

QDate RuleSet::effectiveFrom() const
{
    return m_data->effectiveFrom;
}

} // namespace iin
