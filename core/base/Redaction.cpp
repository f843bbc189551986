#include "core/base/Redaction.h"

#include <QRegularExpression>

#include <algorithm>

namespace iin {

void Redaction::addTerm(const QString& term)
{
    const QString t = term.trimmed();
    if (t.size() < 2 || m_terms.contains(t, Qt::CaseInsensitive))
        return;
    m_terms.append(t);
    // The longest first, so that "IVANOVA" goes whole before "IVANOV" could leave an "A".
    std::sort(m_terms.begin(), m_terms.end(),
              [](const QString& a, const QString& b) { return a.size() > b.size(); });
}

QString Redaction::apply(const QString& text) const
{
    // "token=…", "password: \"…\"", and "Bearer …" (a credential follows that word with a space
    // alone; after "key" or "token" a space starts ordinary words: "the key file is missing").
    static const QRegularExpression secret(
        QStringLiteral(
            "\\b(token|password|passwd|secret|passphrase|authorization|key)"
            "(\\s*[\"']?\\s*[:=]\\s*)((?:bearer\\s+)?(?:\"[^\"]*\"|'[^']*'|[^\\s,;}\"']+))"
            "|\\b(bearer)(\\s+)([^\\s,;}\"']+)"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression iin(QStringLiteral("(?<!\\d)\\d{12}(?!\\d)"));
    static const QRegularExpression document(
        QStringLiteral("(?<![\\w-])\\p{L}{1,3}\\d{6,}(?![\\w-])|(?<!\\d)\\d{7,}(?!\\d)"),
        QRegularExpression::UseUnicodePropertiesOption);

    QString out = text;
    out.replace(secret, QStringLiteral("\\1\\2\\4\\5") + Secret);
    for (const QString& term : m_terms)
        out.replace(term, Removed, Qt::CaseInsensitive);
    out.replace(iin, RemovedIin);
    out.replace(document, RemovedNumber);
    return out;
}

} // namespace iin
