#include "core/base/Finding.h"

#include "core/base/EnumCodes.h"

#include <QJsonObject>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace iin {

namespace {

constexpr EnumCode<Severity> SeverityCodes[] = {
    {Severity::MissingDocument, u"missing_document"},
    {Severity::InvalidField, u"invalid_field"},
    {Severity::Warning, u"warning"},
};

} // namespace

QString severityToString(Severity s)
{
    return codeOf(SeverityCodes, s);
}

std::optional<Severity> severityFromString(const QString& s)
{
    return valueOf(SeverityCodes, s);
}

QJsonArray findingsToJson(const Findings& findings)
{
    QJsonArray array;
    for (const Finding& f : findings)
        array.append(QJsonObject{{QStringLiteral("code"), f.code},
                                 {QStringLiteral("rule"), f.rule},
                                 {QStringLiteral("severity"), severityToString(f.severity)},
                                 {QStringLiteral("field"), f.field},
                                 {QStringLiteral("message"), f.message}});
    return array;
}

QString Finding::messageForWindow() const
{
    QString m = message;
    if (!field.isEmpty())
        m.remove(u" ("_s + field + u')');
    // Other paths and JSON values named inside the text ("(male)", a representative's document).
    static const QRegularExpression path(u" \\([a-z][a-z0-9_]*(\\.[a-z0-9_\\[\\]]+)*\\)"_s);
    m.remove(path);
    return m;
}

} // namespace iin
