#include "core/documents/DocumentJsonReader.h"

#include <QJsonArray>

namespace iin {

DocumentJsonReader::DocumentJsonReader(QJsonObject object, QString path)
    : m_object(std::move(object)), m_path(std::move(path))
{
}

QString DocumentJsonReader::fieldPath(QStringView key) const
{
    return m_path.isEmpty() ? key.toString() : m_path + u'.' + key;
}

void DocumentJsonReader::fail(QStringView key, const QString& message)
{
    if (!m_error)
        m_error = Error{QStringLiteral("document.field"), message.arg(fieldPath(key))};
}

QString DocumentJsonReader::string(QStringView key, bool required)
{
    const QJsonValue v = m_object.value(key);
    if (v.isUndefined() || v.isNull()) {
        if (required)
            fail(key, tr("The field \"%1\" is required."));
        return {};
    }
    if (!v.isString()) {
        fail(key, tr("The field \"%1\" must be a string."));
        return {};
    }
    const QString s = v.toString().trimmed();
    if (required && s.isEmpty())
        fail(key, tr("The field \"%1\" is required."));
    return s;
}

QDate DocumentJsonReader::date(QStringView key, bool required)
{
    const QString s = string(key, required);
    if (s.isEmpty())
        return {};
    const QDate d = QDate::fromString(s, Qt::ISODate);
    if (!d.isValid())
        fail(key, tr("The field \"%1\" must be a date written YYYY-MM-DD."));
    return d;
}

QDateTime DocumentJsonReader::dateTime(QStringView key, bool required)
{
    const QString s = string(key, required);
    if (s.isEmpty())
        return {};
    const QDateTime t = QDateTime::fromString(s, Qt::ISODate);
    if (!t.isValid())
        fail(key, tr("The field \"%1\" must be a date and time written YYYY-MM-DDTHH:MM."));
    return t;
}

bool DocumentJsonReader::boolean(QStringView key)
{
    const QJsonValue v = m_object.value(key);
    if (v.isUndefined() || v.isNull())
        return false;
    if (!v.isBool())
        fail(key, tr("The field \"%1\" must be true or false."));
    return v.toBool();
}

int DocumentJsonReader::integer(QStringView key, int fallback)
{
    const QJsonValue v = m_object.value(key);
    if (v.isUndefined() || v.isNull())
        return fallback;
    if (!v.isDouble() || v.toDouble() != double(v.toInt())) {
        fail(key, tr("The field \"%1\" must be a whole number."));
        return fallback;
    }
    return v.toInt();
}

QJsonObject DocumentJsonReader::object(QStringView key)
{
    const QJsonValue v = m_object.value(key);
    if (v.isUndefined() || v.isNull())
        return {};
    if (!v.isObject())
        fail(key, tr("The field \"%1\" must be an object."));
    return v.toObject();
}

BilingualText DocumentJsonReader::bilingual(QStringView key)
{
    // A plain string is accepted too: it is printed once, for both languages.
    const QJsonValue v = m_object.value(key);
    if (v.isString())
        return {v.toString().trimmed(), v.toString().trimmed()};
    DocumentJsonReader r(object(key), fieldPath(key));
    BilingualText t{r.string(u"kk", false), r.string(u"ru", false)};
    if (r.error() && !m_error)
        m_error = r.error();
    return t;
}

PersonName DocumentJsonReader::name(QStringView key, bool required)
{
    if (required && !m_object.contains(key))
        fail(key, tr("The field \"%1\" is required."));
    DocumentJsonReader r(object(key), fieldPath(key));
    PersonName n{r.string(u"surname", required), r.string(u"given_name", false),
                 r.string(u"patronymic", false)};
    if (r.error() && !m_error)
        m_error = r.error();
    return n;
}

IdentityDocument DocumentJsonReader::identityDocument(QStringView key)
{
    DocumentJsonReader r(object(key), fieldPath(key));
    IdentityDocument d;
    const QString type = r.string(u"type", false);
    if (!type.isEmpty()) {
        if (auto t = documentTypeFromString(type))
            d.type = *t;
        else
            r.fail(u"type", tr("The field \"%1\" names an unknown document type."));
    }
    d.number = r.string(u"number", false);
    d.issuingState = r.string(u"issuing_state", false);
    d.issuingAuthority = r.string(u"issuing_authority", false);
    d.issueDate = r.date(u"issue_date", false);
    d.expiryDate = r.date(u"expiry_date", false);
    if (r.error() && !m_error)
        m_error = r.error();
    return d;
}

ReceiptParty DocumentJsonReader::party()
{
    ReceiptParty p;
    p.office = bilingual(u"office");
    if (p.office.isEmpty())
        fail(u"office", tr("The field \"%1\" is required."));
    p.clerk = string(u"clerk", true);
    p.applicant = string(u"applicant", true);
    p.issuedAt = dateTime(u"issued_at", true);
    p.training = boolean(u"training");
    p.duplicate = boolean(u"duplicate");
    return p;
}

QList<ReceiptItem> DocumentJsonReader::items(QStringView key, bool required)
{
    const QJsonValue v = m_object.value(key);
    if (!v.isArray() || (required && v.toArray().isEmpty())) {
        if (required || !v.isUndefined())
            fail(key, tr("The field \"%1\" must be a non-empty list."));
        return {};
    }
    QList<ReceiptItem> items;
    const QJsonArray array = v.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString path = fieldPath(key) + u'[' + QString::number(i) + u']';
        DocumentJsonReader r(array.at(i).toObject(), path);
        ReceiptItem item;
        item.text = {r.string(u"kk", false), r.string(u"ru", false)};
        if (array.at(i).toObject().contains(u"reference"))
            item.reference = r.bilingual(u"reference");
        if (item.text.isEmpty())
            r.fail(u"kk", tr("The field \"%1\" (or its Russian twin \"ru\") is required."));
        if (r.error() && !m_error)
            m_error = r.error();
        items.append(item);
    }
    return items;
}

QJsonObject DocumentJsonReader::bilingualToJson(const BilingualText& text)
{
    return {{QStringLiteral("kk"), text.kk}, {QStringLiteral("ru"), text.ru}};
}

QJsonObject DocumentJsonReader::nameToJson(const PersonName& name)
{
    return {{QStringLiteral("surname"), name.surname},
            {QStringLiteral("given_name"), name.givenName},
            {QStringLiteral("patronymic"), name.patronymic}};
}

QJsonObject DocumentJsonReader::identityDocumentToJson(const IdentityDocument& d)
{
    return {{QStringLiteral("type"), documentTypeToString(d.type)},
            {QStringLiteral("number"), d.number},
            {QStringLiteral("issuing_state"), d.issuingState},
            {QStringLiteral("issuing_authority"), d.issuingAuthority},
            {QStringLiteral("issue_date"), d.issueDate.toString(Qt::ISODate)},
            {QStringLiteral("expiry_date"), d.expiryDate.toString(Qt::ISODate)}};
}

void DocumentJsonReader::partyToJson(const ReceiptParty& p, QJsonObject& o)
{
    o.insert(QStringLiteral("office"), bilingualToJson(p.office));
    o.insert(QStringLiteral("clerk"), p.clerk);
    o.insert(QStringLiteral("applicant"), p.applicant);
    o.insert(QStringLiteral("issued_at"), p.issuedAt.toString(Qt::ISODate));
    o.insert(QStringLiteral("training"), p.training);
    o.insert(QStringLiteral("duplicate"), p.duplicate);
}

QJsonArray DocumentJsonReader::itemsToJson(const QList<ReceiptItem>& items)
{
    QJsonArray array;
    for (const ReceiptItem& item : items) {
        QJsonObject o{{QStringLiteral("kk"), item.text.kk}, {QStringLiteral("ru"), item.text.ru}};
        if (!item.reference.isEmpty())
            o.insert(QStringLiteral("reference"), bilingualToJson(item.reference));
        array.append(o);
    }
    return array;
}

} // namespace iin
