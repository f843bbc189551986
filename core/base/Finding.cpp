#include "core/base/Finding.h"

#include <QJsonObject>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace iin {

QString severityToString(Severity s)
{
    switch (s) {
    case Severity::MissingDocument:
        return QStringLiteral("missing_document");
    case Severity::InvalidField:
        return QStringLiteral("invalid_field");
    case Severity::Warning:
        break;
    }
    return QStringLiteral("warning");
}

std::optional<Severity> severityFromString(const QString& s)
{
    for (Severity v : {Severity::MissingDocument, Severity::InvalidField, Severity::Warning}) {
        if (severityToString(v) == s)
            return v;
    }
    return std::nullopt;
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
