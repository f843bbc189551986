#pragma once

#include <QJsonArray>
#include <QList>
#include <QString>

#include <optional>

namespace iin {

enum class Severity
{
    MissingDocument, // a document the rule set requires is not in the package
    InvalidField,    // a field is missing or wrong
    Warning,         // worth the clerk's attention; does not make the package incomplete
};

QString severityToString(Severity s); // "missing_document", "invalid_field", "warning"
std::optional<Severity> severityFromString(const QString& s);

// One result of the completeness check: what is wrong, under which legal provision.
struct Finding
{
    QString code; // stable, e.g. "row8.translation", "field.birth_date.future" (docs/rules.md)
    QString
        rule; // the legal reference in the language of the message, e.g. "Annex 3, row 8, item 2"
    Severity severity = Severity::Warning;
    QString field;   // the JSON path ("identity_document.expiry_date") or "attachment:<kind>"
    QString message; // in the current language

    // The message without JSON paths and values in parentheses ("Surname (name_latin.surname)
    // is not filled in" -> "Surname is not filled in"): windows show the field itself, and the
    // path means nothing to a clerk. The command line and the journal keep the whole message.
    QString messageForWindow() const;

    friend bool operator==(const Finding&, const Finding&) = default;
};

using Findings = QList<Finding>;

// {"code", "rule", "severity", "field", "message"} per finding: the CLI's and the journal's form.
QJsonArray findingsToJson(const Findings& findings);

} // namespace iin
