#include "Finding.h"

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

} // namespace iin
