#pragma once

#include <QString>
#include <QStringList>

namespace iin {

// Takes personal data and secrets out of free text before it leaves the desk (the diagnostics
// bundle, docs/diagnostics.md). Patterns alone cannot know a name, so the caller adds the
// personal values it knows of (the names in both scripts and the document number of the
// applications a text is about) as terms; the patterns then catch what no one listed: IINs
// (any run of exactly 12 digits), document-like numbers (letters followed by 6 or more digits,
// any run of 7 or more digits) and the values after "token=", "password:", "secret=" and the
// like, or after "Bearer".
class Redaction
{
public:
    static inline const QString Removed = QStringLiteral("[removed]");
    static inline const QString RemovedIin = QStringLiteral("[iin]");
    static inline const QString RemovedNumber = QStringLiteral("[number]");
    static inline const QString Secret = QStringLiteral("***");

    // A personal value to remove wherever it appears, regardless of case; values shorter than
    // two characters are ignored (they would wipe out ordinary words).
    void addTerm(const QString& term);
    QString apply(const QString& text) const;

private:
    QStringList m_terms;
};

} // namespace iin
