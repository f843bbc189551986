#include "core/registry/RegistryRequest.h"

#include "core/person/Countries.h"
#include "core/registry/RegistryProtocol.h"

#include <QJsonValue>
#include <QRegularExpression>
#include <QSet>

namespace iin {

namespace {

using namespace Qt::StringLiterals;

Error shapeError(const QString& field, const QString& what)
{
    return Error{
        QString::fromUtf16(registry::ErrorInvalidRequest),
        QCoreApplication::translate("RegistryRequest", "Field \"%1\": %2").arg(field, what)};
}

bool hasControlCharacters(const QString& s)
{
    for (QChar c : s) {
        if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format)
            return true;
    }
    return false;
}

// Reads the fields of one JSON object strictly, remembering the first problem.
class StrictObject
{
public:
    StrictObject(const QJsonObject& object, QString path, QStringList allowed)
        : m_object(object), m_path(std::move(path))
    {
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (!allowed.contains(it.key()) && !m_error)
                m_error = shapeError(name(it.key()), QCoreApplication::translate("RegistryRequest",
                                                                                 "unknown field"));
        }
    }

    QString name(const QString& key) const { return m_path.isEmpty() ? key : m_path + u'.' + key; }

    QString text(const QString& key, int maxLength, bool required)
    {
        const QJsonValue v = m_object.value(key);
        if (v.isUndefined() || v.isNull()) {
            if (required)
                fail(key, QCoreApplication::translate("RegistryRequest", "required"));
            return {};
        }
        if (!v.isString()) {
            fail(key, QCoreApplication::translate("RegistryRequest", "must be a string"));
            return {};
        }
        const QString s = v.toString();
        if (s.size() > maxLength)
            fail(key, QCoreApplication::translate("RegistryRequest", "longer than %1 characters")
                          .arg(maxLength));
        else if (hasControlCharacters(s))
            fail(key,
                 QCoreApplication::translate("RegistryRequest", "contains control characters"));
        else if (required && s.trimmed().isEmpty())
            fail(key, QCoreApplication::translate("RegistryRequest", "required"));
        return s;
    }

    std::optional<QJsonObject> object(const QString& key, bool required)
    {
        const QJsonValue v = m_object.value(key);
        if (v.isUndefined() || v.isNull()) {
            if (required)
                fail(key, QCoreApplication::translate("RegistryRequest", "required"));
            return std::nullopt;
        }
        if (!v.isObject()) {
            fail(key, QCoreApplication::translate("RegistryRequest", "must be an object"));
            return std::nullopt;
        }
        return v.toObject();
    }

    void fail(const QString& key, const QString& what)
    {
        if (!m_error)
            m_error = shapeError(name(key), what);
    }
    void take(const std::optional<Error>& other)
    {
        if (!m_error && other)
            m_error = other;
    }
    const std::optional<Error>& error() const { return m_error; }

private:
    QJsonObject m_object;
    QString m_path;
    std::optional<Error> m_error;
};

QJsonObject nameToJson(const PersonName& n)
{
    QJsonObject o{{u"surname"_s, n.surname}, {u"given_name"_s, n.givenName}};
    if (!n.patronymic.isEmpty())
        o.insert(u"patronymic"_s, n.patronymic);
    return o;
}

PersonName nameFromJson(const QJsonObject& o, const QString& path, StrictObject& parent)
{
    StrictObject r(o, path, {u"surname"_s, u"given_name"_s, u"patronymic"_s});
    PersonName n;
    n.surname = r.text(u"surname"_s, registry::MaxNameLength, false).trimmed();
    n.givenName = r.text(u"given_name"_s, registry::MaxNameLength, false).trimmed();
    n.patronymic = r.text(u"patronymic"_s, registry::MaxNameLength, false).trimmed();
    parent.take(r.error());
    return n;
}

// ISO 3166-1 alpha-3 as the project knows it (core/Countries), plus XXA for stateless persons.
bool isAlpha3(const QString& s)
{
    return Countries::isKnownAlpha3(s);
}

} // namespace

QString RegistryRequest::keyToString(const QUuid& key)
{
    return key.toString(QUuid::WithoutBraces);
}

std::optional<QUuid> RegistryRequest::keyFromString(QStringView text)
{
    static const QRegularExpression re(
        u"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"_s);
    if (!re.match(text).hasMatch())
        return std::nullopt;
    const QUuid key = QUuid::fromString(text);
    if (key.isNull())
        return std::nullopt;
    return key;
}

RegistryRequest RegistryRequest::fromApplication(const Application& a, const QUuid& key,
                                                 const QString& registrationNumber)
{
    RegistryRequest r;
    r.idempotencyKey = key;
    r.registrationNumber = registrationNumber;
    r.nameCyrillic = a.nameCyrillic;
    r.nameLatin = a.nameLatin;
    r.birthDate = a.birthDate;
    r.sex = a.sex;
    r.citizenship = a.citizenship;
    if (a.identityDocument)
        r.document = Document{a.identityDocument->type, a.identityDocument->number,
                              a.identityDocument->issuingState};
    return r;
}

QJsonObject RegistryRequest::toJson() const
{
    QJsonObject o{
        {u"idempotency_key"_s, keyToString(idempotencyKey)},
        {u"registration_number"_s, registrationNumber},
        {u"on_existing"_s, onExisting == OnExisting::Refuse ? u"refuse"_s : u"return"_s},
        {u"birth_date"_s, birthDate.toString(Qt::ISODate)},
        {u"sex"_s, sexToString(sex)},
        {u"citizenship"_s, citizenship},
    };
    if (!nameCyrillic.isEmpty())
        o.insert(u"name_cyrillic"_s, nameToJson(nameCyrillic));
    if (!nameLatin.isEmpty())
        o.insert(u"name_latin"_s, nameToJson(nameLatin));
    if (document)
        o.insert(u"identity_document"_s,
                 QJsonObject{{u"type"_s, documentTypeToString(document->type)},
                             {u"number"_s, document->number},
                             {u"issuing_state"_s, document->issuingState}});
    return o;
}

Result<RegistryRequest> RegistryRequest::fromJson(const QJsonObject& o)
{
    StrictObject r(o, QString(),
                   {u"idempotency_key"_s, u"registration_number"_s, u"on_existing"_s,
                    u"name_cyrillic"_s, u"name_latin"_s, u"birth_date"_s, u"sex"_s,
                    u"citizenship"_s, u"identity_document"_s});
    RegistryRequest q;

    const QString key = r.text(u"idempotency_key"_s, 36, true);
    if (!r.error()) {
        if (auto k = keyFromString(key))
            q.idempotencyKey = *k;
        else
            r.fail(u"idempotency_key"_s,
                   QCoreApplication::translate("RegistryRequest",
                                               "must be a lowercase UUID (8-4-4-4-12)"));
    }
    q.registrationNumber =
        r.text(u"registration_number"_s, registry::MaxRegistrationNumberLength, true);

    const QString onExisting = r.text(u"on_existing"_s, 10, false);
    if (onExisting == u"refuse")
        q.onExisting = OnExisting::Refuse;
    else if (!onExisting.isEmpty() && onExisting != u"return")
        r.fail(u"on_existing"_s,
               QCoreApplication::translate("RegistryRequest", "must be \"return\" or \"refuse\""));

    if (auto n = r.object(u"name_cyrillic"_s, false))
        q.nameCyrillic = nameFromJson(*n, u"name_cyrillic"_s, r);
    if (auto n = r.object(u"name_latin"_s, false))
        q.nameLatin = nameFromJson(*n, u"name_latin"_s, r);
    if (!r.error() && q.nameCyrillic.surname.isEmpty() && q.nameLatin.surname.isEmpty())
        r.fail(u"name_latin.surname"_s,
               QCoreApplication::translate("RegistryRequest",
                                           "a surname is required in Cyrillic or Latin letters"));

    const QString birth = r.text(u"birth_date"_s, 10, true);
    if (!r.error()) {
        q.birthDate = QDate::fromString(birth, Qt::ISODate);
        if (!q.birthDate.isValid() || birth.size() != 10)
            r.fail(u"birth_date"_s,
                   QCoreApplication::translate("RegistryRequest", "must be a date YYYY-MM-DD"));
    }
    const QString sex = r.text(u"sex"_s, 10, true);
    q.sex = sexFromString(sex);
    if (!r.error() && q.sex == Sex::Unknown)
        r.fail(u"sex"_s,
               QCoreApplication::translate("RegistryRequest", "must be \"male\" or \"female\""));
    q.citizenship = r.text(u"citizenship"_s, 3, true);
    if (!r.error() && !isAlpha3(q.citizenship))
        r.fail(u"citizenship"_s,
               QCoreApplication::translate("RegistryRequest",
                                           "must be a known ISO 3166-1 alpha-3 code or XXA"));

    if (auto d = r.object(u"identity_document"_s, false)) {
        StrictObject dr(*d, u"identity_document"_s, {u"type"_s, u"number"_s, u"issuing_state"_s});
        Document doc;
        const QString type = dr.text(u"type"_s, 40, true);
        if (!dr.error()) {
            if (auto t = documentTypeFromString(type))
                doc.type = *t;
            else
                dr.fail(u"type"_s,
                        QCoreApplication::translate("RegistryRequest", "unknown document type"));
        }
        doc.number = dr.text(u"number"_s, registry::MaxDocumentNumberLength, true).trimmed();
        doc.issuingState = dr.text(u"issuing_state"_s, 3, true);
        if (!dr.error() && !isAlpha3(doc.issuingState))
            dr.fail(u"issuing_state"_s,
                    QCoreApplication::translate("RegistryRequest",
                                                "must be a known ISO 3166-1 alpha-3 code"));
        r.take(dr.error());
        q.document = doc;
    }

    if (r.error())
        return *r.error();
    return q;
}

} // namespace iin
