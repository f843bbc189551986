#include "core/application/ApplicationJson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

#include <algorithm>
#include <initializer_list>

namespace iin {

namespace {

using Keys = std::initializer_list<QStringView>;

QString join(const QString& path, QStringView key)
{
    return path.isEmpty() ? key.toString() : path + u'.' + key;
}

// JSON types as a person reads them in a message; the JSON name stays in parentheses so the
// message still says exactly what to write.
const char* const TypeString = QT_TRANSLATE_NOOP("ApplicationJson", "text (string)");
const char* const TypeBoolean = QT_TRANSLATE_NOOP("ApplicationJson", "true or false (boolean)");
const char* const TypeNumber = QT_TRANSLATE_NOOP("ApplicationJson", "a number");
const char* const TypeArray = QT_TRANSLATE_NOOP("ApplicationJson", "a list (array)");
const char* const TypeObject = QT_TRANSLATE_NOOP("ApplicationJson", "an object {...}");
const char* const TypeNull = QT_TRANSLATE_NOOP("ApplicationJson", "null");
const char* const TypeDate = QT_TRANSLATE_NOOP("ApplicationJson", "a date \"YYYY-MM-DD\"");
const char* const TypeDateTime =
    QT_TRANSLATE_NOOP("ApplicationJson", "a date and time \"YYYY-MM-DDThh:mm:ss+05:00\"");

const char* typeName(const QJsonValue& v)
{
    switch (v.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return TypeNull;
    case QJsonValue::Bool:
        return TypeBoolean;
    case QJsonValue::Double:
        return TypeNumber;
    case QJsonValue::String:
        return TypeString;
    case QJsonValue::Array:
        return TypeArray;
    case QJsonValue::Object:
        return TypeObject;
    }
    return TypeNull;
}

// Collects every problem of one document, each named by its JSON path, so that a clerk or a
// program sees all that is wrong at once rather than one thing per attempt.
class Reader
{
public:
    Problems problems;

    void add(const QString& code, const QString& field, const QString& message)
    {
        problems.append({code, field, message});
    }

    void rejectUnknown(const QJsonObject& o, const QString& path, Keys known)
    {
        for (auto it = o.begin(); it != o.end(); ++it) {
            bool ok = false;
            for (QStringView k : known)
                ok = ok || it.key() == k;
            if (!ok) {
                const QString field = join(path, it.key());
                add(QStringLiteral("json.unknown_field"), field,
                    ApplicationJson::tr("%1: unknown field; remove it or correct its spelling "
                                        "(see the application format).")
                        .arg(field));
            }
        }
    }

    // The value of `key`, or nullopt when absent or null (a problem when required).
    std::optional<QJsonValue> value(const QJsonObject& o, const QString& path, QStringView key,
                                    bool required)
    {
        const auto it = o.constFind(key);
        if (it == o.constEnd() || it->isNull()) {
            if (required) {
                const QString field = join(path, key);
                add(QStringLiteral("json.missing_field"), field,
                    ApplicationJson::tr("%1: required field is missing; add it.").arg(field));
            }
            return std::nullopt;
        }
        return *it;
    }

    void wrongType(const QString& field, const char* expected, const QJsonValue& v)
    {
        add(QStringLiteral("json.wrong_type"), field,
            ApplicationJson::tr("%1: expected %2, found %3.")
                .arg(field, ApplicationJson::tr(expected), ApplicationJson::tr(typeName(v))));
    }

    QString string(const QJsonObject& o, const QString& path, QStringView key, bool required)
    {
        const auto v = value(o, path, key, required);
        if (!v)
            return {};
        if (!v->isString()) {
            wrongType(join(path, key), TypeString, *v);
            return {};
        }
        return v->toString();
    }

    bool boolean(const QJsonObject& o, const QString& path, QStringView key, bool required,
                 bool fallback)
    {
        const auto v = value(o, path, key, required);
        if (!v)
            return fallback;
        if (!v->isBool()) {
            wrongType(join(path, key), TypeBoolean, *v);
            return fallback;
        }
        return v->toBool();
    }

    QDate date(const QJsonObject& o, const QString& path, QStringView key, bool required)
    {
        const QString field = join(path, key);
        const auto v = value(o, path, key, required);
        if (!v)
            return {};
        if (!v->isString()) {
            wrongType(field, TypeDate, *v);
            return {};
        }
        const QString s = v->toString();
        const QDate d = s.size() == 10 ? QDate::fromString(s, Qt::ISODate) : QDate();
        if (!d.isValid()) {
            add(QStringLiteral("json.bad_date"), field,
                ApplicationJson::tr("%1: \"%2\" is not a real date; write it as YYYY-MM-DD.")
                    .arg(field, s.left(40)));
        }
        return d;
    }

    QDateTime dateTime(const QJsonObject& o, const QString& path, QStringView key)
    {
        const QString field = join(path, key);
        const auto v = value(o, path, key, false);
        if (!v)
            return {};
        if (!v->isString()) {
            wrongType(field, TypeDateTime, *v);
            return {};
        }
        const QString s = v->toString();
        const QDateTime t = QDateTime::fromString(s, Qt::ISODateWithMs);
        // An offset is required: a signing time without one names no moment at all.
        const bool hasOffset =
            s.endsWith(u'Z') ||
            (s.size() > 6 && (s.at(s.size() - 6) == u'+' || s.at(s.size() - 6) == u'-'));
        if (!t.isValid() || !hasOffset) {
            add(QStringLiteral("json.bad_date"), field,
                ApplicationJson::tr("%1: \"%2\" is not a date and time; write it as "
                                    "YYYY-MM-DDThh:mm:ss+05:00 (with the offset).")
                    .arg(field, s.left(40)));
            return {};
        }
        return t;
    }

    std::optional<QJsonObject> object(const QJsonObject& o, const QString& path, QStringView key,
                                      bool required)
    {
        const auto v = value(o, path, key, required);
        if (!v)
            return std::nullopt;
        if (!v->isObject()) {
            wrongType(join(path, key), TypeObject, *v);
            return std::nullopt;
        }
        return v->toObject();
    }

    template <typename E>
    E enumeration(const QJsonObject& o, const QString& path, QStringView key, E fallback,
                  std::optional<E> (*fromString)(const QString&), const QStringList& spellings)
    {
        const QString field = join(path, key);
        const auto v = value(o, path, key, true);
        if (!v)
            return fallback;
        if (!v->isString()) {
            wrongType(field, TypeString, *v);
            return fallback;
        }
        if (const auto e = fromString(v->toString()))
            return *e;
        add(QStringLiteral("json.bad_enum"), field,
            ApplicationJson::tr("%1: \"%2\" is not allowed; use one of: %3.")
                .arg(field, v->toString().left(40), spellings.join(QStringLiteral(", "))));
        return fallback;
    }

    PersonName name(const QJsonObject& o, const QString& path)
    {
        rejectUnknown(o, path, {u"surname", u"given_name", u"patronymic"});
        PersonName n;
        n.surname = string(o, path, u"surname", true);
        n.givenName = string(o, path, u"given_name", true);
        n.patronymic = string(o, path, u"patronymic", false);
        return n;
    }

    IdentityDocument document(const QJsonObject& o, const QString& path);
    Representative representative(const QJsonObject& o, const QString& path);
    Annex2Basis annex2(const QJsonObject& o, const QString& path);
    Attachment attachment(const QJsonObject& o, const QString& path);
};

std::optional<Sex> strictSex(const QString& s)
{
    const Sex sex = sexFromString(s);
    if (sexToString(sex) == s)
        return sex;
    return std::nullopt;
}

template <typename E, typename F>
QStringList spellingsOf(std::initializer_list<E> values, F toString)
{
    QStringList list;
    for (E e : values)
        list.append(toString(e));
    return list;
}

QStringList channelSpellings()
{
    return spellingsOf({Channel::StateCorporation, Channel::ServiceProvider, Channel::Portal},
                       channelToString);
}

QStringList documentTypeSpellings()
{
    using T = IdentityDocumentType;
    return spellingsOf({T::Passport, T::StatelessTravelDocument, T::RefugeeTravelDocument,
                        T::ResidencePermit, T::IdCard, T::Other},
                       documentTypeToString);
}

QStringList attachmentKindSpellings()
{
    using K = AttachmentKind;
    return spellingsOf({K::ApplicationForm, K::IdentityDocumentCopy, K::CertifiedTranslation,
                        K::PowerOfAttorney, K::Annex2Application, K::Photo, K::Other},
                       attachmentKindToString);
}

IdentityDocument Reader::document(const QJsonObject& o, const QString& path)
{
    rejectUnknown(o, path,
                  {u"type", u"number", u"issuing_state", u"issuing_authority", u"issue_date",
                   u"expiry_date", u"has_cyrillic_or_latin_data",
                   u"from_digital_documents_service"});
    IdentityDocument d;
    d.type = enumeration(o, path, u"type", IdentityDocumentType::Other, documentTypeFromString,
                         documentTypeSpellings());
    d.number = string(o, path, u"number", true);
    d.issuingState = string(o, path, u"issuing_state", true);
    d.issuingAuthority = string(o, path, u"issuing_authority", false);
    d.issueDate = date(o, path, u"issue_date", true);
    d.expiryDate = date(o, path, u"expiry_date", false);
    d.hasCyrillicOrLatinData = boolean(o, path, u"has_cyrillic_or_latin_data", true, true);
    d.fromDigitalDocumentsService =
        boolean(o, path, u"from_digital_documents_service", false, false);
    return d;
}

Representative Reader::representative(const QJsonObject& o, const QString& path)
{
    rejectUnknown(o, path, {u"name", u"iin", u"document", u"power_of_attorney"});
    Representative r;
    if (const auto n = object(o, path, u"name", true))
        r.name = name(*n, join(path, u"name"));
    r.iin = string(o, path, u"iin", false);
    if (const auto d = object(o, path, u"document", true))
        r.document = document(*d, join(path, u"document"));
    if (const auto p = object(o, path, u"power_of_attorney", true)) {
        const QString pp = join(path, u"power_of_attorney");
        rejectUnknown(*p, pp, {u"notarized", u"number", u"date", u"valid_until", u"notary"});
        r.powerOfAttorney.notarized = boolean(*p, pp, u"notarized", true, false);
        r.powerOfAttorney.number = string(*p, pp, u"number", false);
        r.powerOfAttorney.date = date(*p, pp, u"date", true);
        r.powerOfAttorney.validUntil = date(*p, pp, u"valid_until", false);
        r.powerOfAttorney.notary = string(*p, pp, u"notary", false);
    }
    return r;
}

Annex2Basis Reader::annex2(const QJsonObject& o, const QString& path)
{
    rejectUnknown(o, path,
                  {u"institution", u"institution_head", u"institution_representative", u"court",
                   u"verdict_date", u"certified_by_head"});
    Annex2Basis b;
    b.institution = string(o, path, u"institution", true);
    b.institutionHead = string(o, path, u"institution_head", true);
    b.institutionRepresentative = string(o, path, u"institution_representative", false);
    b.court = string(o, path, u"court", true);
    b.verdictDate = date(o, path, u"verdict_date", true);
    b.certifiedByHead = boolean(o, path, u"certified_by_head", true, false);
    return b;
}

Attachment Reader::attachment(const QJsonObject& o, const QString& path)
{
    rejectUnknown(
        o, path,
        {u"kind", u"file_name", u"sha256", u"media_type", u"certified", u"electronic", u"note"});
    Attachment a;
    a.kind = enumeration(o, path, u"kind", AttachmentKind::Other, attachmentKindFromString,
                         attachmentKindSpellings());
    a.fileName = string(o, path, u"file_name", true);
    a.sha256 = string(o, path, u"sha256", false);
    a.mediaType = string(o, path, u"media_type", false);
    a.certified = boolean(o, path, u"certified", false, false);
    a.electronic = boolean(o, path, u"electronic", false, false);
    a.note = string(o, path, u"note", false);
    return a;
}

// Nesting depth of objects and arrays, counted before parsing so that a hostile document of a
// million brackets is refused in linear time without recursion.
int nestingDepth(const QByteArray& bytes, int stopAt)
{
    int depth = 0;
    int deepest = 0;
    bool inString = false;
    bool escaped = false;
    for (const char c : bytes) {
        if (inString) {
            if (escaped)
                escaped = false;
            else if (c == '\\')
                escaped = true;
            else if (c == '"')
                inString = false;
            continue;
        }
        if (c == '"') {
            inString = true;
        } else if (c == '{' || c == '[') {
            deepest = std::max(deepest, ++depth);
            if (deepest > stopAt)
                return deepest;
        } else if (c == '}' || c == ']') {
            --depth;
        }
    }
    return deepest;
}

Problems whole(const QString& code, const QString& message)
{
    return {Problem{code, QString(), message}};
}

void putName(QJsonObject& o, const QString& key, const PersonName& n)
{
    QJsonObject j{{QStringLiteral("surname"), n.surname},
                  {QStringLiteral("given_name"), n.givenName}};
    if (!n.patronymic.isEmpty())
        j.insert(QStringLiteral("patronymic"), n.patronymic);
    o.insert(key, j);
}

void putIfAny(QJsonObject& o, const QString& key, const QString& value)
{
    if (!value.isEmpty())
        o.insert(key, value);
}

void putDateIfAny(QJsonObject& o, const QString& key, const QDate& d)
{
    if (d.isValid())
        o.insert(key, d.toString(Qt::ISODate));
}

QJsonObject documentJson(const IdentityDocument& d)
{
    QJsonObject o{{QStringLiteral("type"), documentTypeToString(d.type)},
                  {QStringLiteral("number"), d.number},
                  {QStringLiteral("issuing_state"), d.issuingState},
                  {QStringLiteral("issue_date"), d.issueDate.toString(Qt::ISODate)},
                  {QStringLiteral("has_cyrillic_or_latin_data"), d.hasCyrillicOrLatinData}};
    putIfAny(o, QStringLiteral("issuing_authority"), d.issuingAuthority);
    putDateIfAny(o, QStringLiteral("expiry_date"), d.expiryDate);
    if (d.fromDigitalDocumentsService)
        o.insert(QStringLiteral("from_digital_documents_service"), true);
    return o;
}

} // namespace

ApplicationParse ApplicationJson::parse(const QByteArray& input)
{
    ApplicationParse result;
    // Some Windows editors start UTF-8 files with a byte order mark; it carries no data.
    const QByteArray json = input.startsWith("\xEF\xBB\xBF") ? input.mid(3) : input;
    if (json.size() > MaxBytes) {
        result.problems = whole(QStringLiteral("json.too_large"),
                                tr("The application is %1 bytes; at most %2 are accepted.")
                                    .arg(json.size())
                                    .arg(MaxBytes));
        return result;
    }
    if (json.trimmed().isEmpty()) {
        result.problems = whole(QStringLiteral("json.empty"),
                                tr("The input is empty; expected a JSON application."));
        return result;
    }
    if (!json.isValidUtf8() || json.contains('\0')) {
        result.problems = whole(QStringLiteral("json.not_text"),
                                tr("The input is not UTF-8 text; expected a JSON application."));
        return result;
    }
    if (nestingDepth(json, MaxDepth) > MaxDepth) {
        result.problems = whole(QStringLiteral("json.too_deep"),
                                tr("The input nests objects or arrays deeper than %1 levels; "
                                   "an application never does.")
                                    .arg(MaxDepth));
        return result;
    }
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError) {
        result.problems = whole(QStringLiteral("json.syntax"),
                                tr("Not valid JSON at byte %1: %2 (is the file complete?).")
                                    .arg(error.offset)
                                    .arg(error.errorString()));
        return result;
    }
    if (!doc.isObject()) {
        result.problems = whole(QStringLiteral("json.not_object"),
                                tr("The application must be a JSON object {...}."));
        return result;
    }
    return fromObject(doc.object());
}

ApplicationParse ApplicationJson::fromObject(const QJsonObject& object)
{
    return read(object, false);
}

ApplicationParse ApplicationJson::parseDraft(const QJsonObject& object)
{
    return read(object, true);
}

ApplicationParse ApplicationJson::read(const QJsonObject& o, bool draft)
{
    Reader r;
    const QString root;
    r.rejectUnknown(o, root,
                    {u"format_version", u"channel", u"basis", u"submitted_on", u"name_cyrillic",
                     u"name_latin", u"birth_date", u"birth_place", u"sex", u"citizenship",
                     u"identity_document", u"address_of_stay", u"contacts",
                     u"consent_to_personal_data", u"purpose_of_stay", u"representative", u"annex2",
                     u"signature", u"attachments"});

    if (const auto v = r.value(o, root, u"format_version", true)) {
        if (!v->isDouble() || v->toDouble() != FormatVersion) {
            r.add(QStringLiteral("json.format_version"), QStringLiteral("format_version"),
                  tr("format_version: this program reads version %1 of the application "
                     "format.")
                      .arg(FormatVersion));
        }
    }

    Application a;
    a.channel = r.enumeration(o, root, u"channel", Channel::StateCorporation, channelFromString,
                              channelSpellings());
    a.basis = r.enumeration(
        o, root, u"basis", ApplicationBasis::Annex1, basisFromString,
        {basisToString(ApplicationBasis::Annex1), basisToString(ApplicationBasis::Annex2)});
    a.submittedOn = r.date(o, root, u"submitted_on", true);
    if (const auto n = r.object(o, root, u"name_cyrillic", true))
        a.nameCyrillic = r.name(*n, QStringLiteral("name_cyrillic"));
    if (const auto n = r.object(o, root, u"name_latin", true))
        a.nameLatin = r.name(*n, QStringLiteral("name_latin"));
    a.birthDate = r.date(o, root, u"birth_date", true);
    a.birthPlace = r.string(o, root, u"birth_place", true);
    a.sex = r.enumeration(
        o, root, u"sex", Sex::Unknown, strictSex,
        {sexToString(Sex::Male), sexToString(Sex::Female), sexToString(Sex::Unknown)});
    a.citizenship = r.string(o, root, u"citizenship", true);
    if (const auto d = r.object(o, root, u"identity_document", false))
        a.identityDocument = r.document(*d, QStringLiteral("identity_document"));
    a.addressOfStay = r.string(o, root, u"address_of_stay", false);
    if (const auto c = r.object(o, root, u"contacts", false)) {
        const QString path = QStringLiteral("contacts");
        r.rejectUnknown(*c, path, {u"phone", u"email"});
        a.contacts.phone = r.string(*c, path, u"phone", false);
        a.contacts.email = r.string(*c, path, u"email", false);
    }
    a.consentToPersonalData = r.boolean(o, root, u"consent_to_personal_data", true, false);
    a.purposeOfStay = r.string(o, root, u"purpose_of_stay", false);
    if (const auto p = r.object(o, root, u"representative", false))
        a.representative = r.representative(*p, QStringLiteral("representative"));
    if (const auto b = r.object(o, root, u"annex2", false))
        a.annex2 = r.annex2(*b, QStringLiteral("annex2"));
    if (const auto s = r.object(o, root, u"signature", false)) {
        const QString path = QStringLiteral("signature");
        r.rejectUnknown(*s, path, {u"present", u"signer", u"signed_at"});
        a.signature.present = r.boolean(*s, path, u"present", true, false);
        a.signature.signer = r.string(*s, path, u"signer", false);
        a.signature.signedAt = r.dateTime(*s, path, u"signed_at");
    }
    if (const auto v = r.value(o, root, u"attachments", true)) {
        if (!v->isArray()) {
            r.wrongType(QStringLiteral("attachments"), TypeArray, *v);
        } else {
            const QJsonArray list = v->toArray();
            for (qsizetype i = 0; i < list.size(); ++i) {
                const QString path = QStringLiteral("attachments[%1]").arg(i);
                if (!list.at(i).isObject()) {
                    r.wrongType(path, TypeObject, list.at(i));
                    continue;
                }
                a.attachments.append(r.attachment(list.at(i).toObject(), path));
            }
        }
    }

    ApplicationParse result;
    result.problems = std::move(r.problems);
    // A draft is unfinished by nature: its missing fields and blank dates are for the checklist
    // to report.
    const bool onlyMissing =
        std::all_of(result.problems.cbegin(), result.problems.cend(), [](const Problem& p) {
            return p.code == u"json.missing_field" || p.code == u"json.bad_date";
        });
    if (result.problems.isEmpty() || (draft && onlyMissing))
        result.application = std::move(a);
    return result;
}

QJsonObject ApplicationJson::toJson(const Application& a)
{
    QJsonObject o{{QStringLiteral("format_version"), FormatVersion},
                  {QStringLiteral("channel"), channelToString(a.channel)},
                  {QStringLiteral("basis"), basisToString(a.basis)},
                  {QStringLiteral("submitted_on"), a.submittedOn.toString(Qt::ISODate)},
                  {QStringLiteral("birth_date"), a.birthDate.toString(Qt::ISODate)},
                  {QStringLiteral("birth_place"), a.birthPlace},
                  {QStringLiteral("sex"), sexToString(a.sex)},
                  {QStringLiteral("citizenship"), a.citizenship},
                  {QStringLiteral("consent_to_personal_data"), a.consentToPersonalData}};
    putName(o, QStringLiteral("name_cyrillic"), a.nameCyrillic);
    putName(o, QStringLiteral("name_latin"), a.nameLatin);
    if (a.identityDocument)
        o.insert(QStringLiteral("identity_document"), documentJson(*a.identityDocument));
    putIfAny(o, QStringLiteral("address_of_stay"), a.addressOfStay);
    if (!a.contacts.phone.isEmpty() || !a.contacts.email.isEmpty()) {
        QJsonObject c;
        putIfAny(c, QStringLiteral("phone"), a.contacts.phone);
        putIfAny(c, QStringLiteral("email"), a.contacts.email);
        o.insert(QStringLiteral("contacts"), c);
    }
    putIfAny(o, QStringLiteral("purpose_of_stay"), a.purposeOfStay);
    if (a.representative) {
        const Representative& r = *a.representative;
        QJsonObject j;
        putName(j, QStringLiteral("name"), r.name);
        putIfAny(j, QStringLiteral("iin"), r.iin);
        j.insert(QStringLiteral("document"), documentJson(r.document));
        QJsonObject p{{QStringLiteral("notarized"), r.powerOfAttorney.notarized},
                      {QStringLiteral("date"), r.powerOfAttorney.date.toString(Qt::ISODate)}};
        putIfAny(p, QStringLiteral("number"), r.powerOfAttorney.number);
        putDateIfAny(p, QStringLiteral("valid_until"), r.powerOfAttorney.validUntil);
        putIfAny(p, QStringLiteral("notary"), r.powerOfAttorney.notary);
        j.insert(QStringLiteral("power_of_attorney"), p);
        o.insert(QStringLiteral("representative"), j);
    }
    if (a.annex2) {
        const Annex2Basis& b = *a.annex2;
        QJsonObject j{{QStringLiteral("institution"), b.institution},
                      {QStringLiteral("institution_head"), b.institutionHead},
                      {QStringLiteral("court"), b.court},
                      {QStringLiteral("verdict_date"), b.verdictDate.toString(Qt::ISODate)},
                      {QStringLiteral("certified_by_head"), b.certifiedByHead}};
        putIfAny(j, QStringLiteral("institution_representative"), b.institutionRepresentative);
        o.insert(QStringLiteral("annex2"), j);
    }
    if (a.signature != ElectronicSignature{}) {
        QJsonObject s{{QStringLiteral("present"), a.signature.present}};
        putIfAny(s, QStringLiteral("signer"), a.signature.signer);
        if (a.signature.signedAt.isValid())
            s.insert(QStringLiteral("signed_at"),
                     a.signature.signedAt.toOffsetFromUtc(a.signature.signedAt.offsetFromUtc())
                         .toString(Qt::ISODateWithMs)); // always with its offset
        o.insert(QStringLiteral("signature"), s);
    }
    QJsonArray attachments;
    for (const Attachment& at : a.attachments) {
        QJsonObject j{{QStringLiteral("kind"), attachmentKindToString(at.kind)},
                      {QStringLiteral("file_name"), at.fileName}};
        putIfAny(j, QStringLiteral("sha256"), at.sha256);
        putIfAny(j, QStringLiteral("media_type"), at.mediaType);
        if (at.certified)
            j.insert(QStringLiteral("certified"), true);
        if (at.electronic)
            j.insert(QStringLiteral("electronic"), true);
        putIfAny(j, QStringLiteral("note"), at.note);
        attachments.append(j);
    }
    o.insert(QStringLiteral("attachments"), attachments);
    return o;
}

QByteArray ApplicationJson::toBytes(const Application& application)
{
    return QJsonDocument(toJson(application)).toJson(QJsonDocument::Compact);
}

} // namespace iin
