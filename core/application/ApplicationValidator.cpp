#include "core/application/ApplicationValidator.h"

#include "core/base/Catalogue.h"
#include "core/person/Countries.h"
#include "core/person/DocumentNumber.h"
#include "core/person/Iin.h"

#include <QRegularExpression>

#include <algorithm>

namespace iin {

namespace {

// Legal references of the field rules, translated like the messages: a finding's reference is in
// the language of its message (the receipt of refusal prints both).
constexpr const char* Annex1Form = QT_TRANSLATE_NOOP("ApplicationValidator", "Annex 1");
constexpr const char* Annex2Form = QT_TRANSLATE_NOOP("ApplicationValidator", "Annex 2");
constexpr const char* WhoApplies = QT_TRANSLATE_NOOP("ApplicationValidator", "Paragraph 3");
constexpr const char* IdentityDocumentRow =
    QT_TRANSLATE_NOOP("ApplicationValidator", "Annex 3, row 8, item 2");
constexpr const char* RepresentativeRow =
    QT_TRANSLATE_NOOP("ApplicationValidator", "Annex 3, row 8, item 3");

bool isCyrillicLetter(QChar c)
{
    return c.unicode() >= 0x0400 && c.unicode() <= 0x04FF && c.isLetter();
}

bool isLatinLetter(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'A' && u <= u'Z') || (u >= u'a' && u <= u'z');
}

bool isSeparator(QChar c)
{
    return c == u'-' || c == u'\'' || c == u'\u2019' || c == u' ';
}

enum class NameIssue
{
    None,
    Characters, // digits, symbols, letters of neither alphabet, stray separators
    Script,     // letters of the other alphabet (or both)
    TooLong,
};

NameIssue nameIssue(QStringView text, ApplicationValidator::Script script)
{
    using Script = ApplicationValidator::Script;
    if (text.size() > ApplicationValidator::MaxNameLength)
        return NameIssue::TooLong;
    bool cyrillic = false;
    bool latin = false;
    QChar previous;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (isCyrillicLetter(c)) {
            cyrillic = true;
        } else if (isLatinLetter(c)) {
            latin = true;
        } else if (isSeparator(c)) {
            if (i == 0 || isSeparator(previous) || i == text.size() - 1)
                return NameIssue::Characters;
        } else {
            return NameIssue::Characters;
        }
        previous = c;
    }
    if ((script == Script::Cyrillic && latin) || (script == Script::Latin && cyrillic) ||
        (cyrillic && latin))
        return NameIssue::Script;
    return NameIssue::None;
}

class Checker
{
public:
    Checker(const Application& a, const QDate& today, const Catalogue& messages)
        : m_a(a), m_today(today), m_messages(messages)
    {
    }

    Findings findings;

    void add(const QString& field, QStringView what, const char* rule, Severity severity,
             const QString& message)
    {
        QString code = QStringLiteral("field.") + field + u'.' + what;
        // Codes are stable per kind of field: list indexes belong in `field` only.
        static const QRegularExpression index(QStringLiteral("\\[\\d+\\]"));
        if (code.contains(u'['))
            code.remove(index);
        findings.append(
            {code, m_messages.translate("ApplicationValidator", rule), severity, field, message});
    }

    void invalid(const QString& field, QStringView what, const char* rule, const QString& msg)
    {
        add(field, what, rule, Severity::InvalidField, msg);
    }

    void required(const QString& field, bool present, const char* rule, const QString& label)
    {
        if (!present)
            invalid(field, u"missing", rule,
                    m_messages.translate("ApplicationValidator", "%1 (%2) is missing; fill it in.")
                        .arg(label, field));
    }

    void name(const QString& field, const QString& value, ApplicationValidator::Script script,
              bool isRequired, const char* rule, const QString& label)
    {
        const QString text = value.trimmed();
        if (text.isEmpty()) {
            if (isRequired)
                required(field, false, rule, label);
            return;
        }
        using Script = ApplicationValidator::Script;
        switch (nameIssue(text, script)) {
        case NameIssue::None:
            return;
        case NameIssue::TooLong:
            invalid(field, u"too_long", rule,
                    m_messages
                        .translate("ApplicationValidator",
                                   "%1 (%2) is longer than %3 characters; shorten it "
                                   "as in the identity document.")
                        .arg(label, field)
                        .arg(ApplicationValidator::MaxNameLength));
            return;
        case NameIssue::Characters:
            invalid(field, u"characters", rule,
                    m_messages
                        .translate("ApplicationValidator",
                                   "%1 (%2) may hold only letters, hyphens, "
                                   "apostrophes and single spaces between letters; "
                                   "remove the other characters.")
                        .arg(label, field));
            return;
        case NameIssue::Script:
            invalid(field, u"script", rule,
                    script == Script::Cyrillic
                        ? m_messages
                              .translate("ApplicationValidator",
                                         "%1 (%2) must be written in Cyrillic "
                                         "letters; retype it in Cyrillic.")
                              .arg(label, field)
                    : script == Script::Latin
                        ? m_messages
                              .translate("ApplicationValidator",
                                         "%1 (%2) must be written in Latin letters "
                                         "A-Z as in the machine-readable zone; retype "
                                         "it in Latin.")
                              .arg(label, field)
                        : m_messages
                              .translate("ApplicationValidator",
                                         "%1 (%2) mixes Cyrillic and Latin letters; "
                                         "write it in one alphabet.")
                              .arg(label, field));
            return;
        }
    }

    // The applicant's name is asked twice (Cyrillic and Latin) and the representative's once:
    // each label says whose and which, so that no two lines of the checklist read the same.
    void personName(const QString& path, const PersonName& n, ApplicationValidator::Script s,
                    const char* rule)
    {
        using Script = ApplicationValidator::Script;
        const auto label = [&](const char* cyrillic, const char* latin, const char* either) {
            return m_messages.translate("ApplicationValidator", s == Script::Cyrillic ? cyrillic
                                                                : s == Script::Latin  ? latin
                                                                                      : either);
        };
        name(path + u".surname", n.surname, s, true, rule,
             label(QT_TRANSLATE_NOOP("ApplicationValidator", "Surname in Cyrillic"),
                   QT_TRANSLATE_NOOP("ApplicationValidator", "Surname in Latin letters"),
                   QT_TRANSLATE_NOOP("ApplicationValidator", "Representative's surname")));
        name(path + u".given_name", n.givenName, s, true, rule,
             label(QT_TRANSLATE_NOOP("ApplicationValidator", "Given name in Cyrillic"),
                   QT_TRANSLATE_NOOP("ApplicationValidator", "Given name in Latin letters"),
                   QT_TRANSLATE_NOOP("ApplicationValidator", "Representative's given name")));
        name(path + u".patronymic", n.patronymic, s, false, rule,
             label(QT_TRANSLATE_NOOP("ApplicationValidator", "Patronymic in Cyrillic"),
                   QT_TRANSLATE_NOOP("ApplicationValidator", "Patronymic in Latin letters"),
                   QT_TRANSLATE_NOOP("ApplicationValidator", "Representative's patronymic")));
    }

    void countryCode(const QString& field, const QString& code, bool allowStateless,
                     const char* rule, const QString& label)
    {
        if (code.isEmpty()) {
            required(field, false, rule, label);
            return;
        }
        if (!ApplicationValidator::isCountryCode(code) ||
            (!allowStateless && code == QStringView(StatelessCode))) {
            invalid(field, u"format", rule,
                    allowStateless ? m_messages
                                         .translate("ApplicationValidator",
                                                    "%1 (%2) must be an ISO 3166-1 alpha-3 code "
                                                    "such as UZB, or XXA for a stateless person.")
                                         .arg(label, field)
                                   : m_messages
                                         .translate("ApplicationValidator",
                                                    "%1 (%2) must be an ISO 3166-1 alpha-3 code "
                                                    "such as UZB.")
                                         .arg(label, field));
        } else if (!Countries::isKnownAlpha3(code)) {
            invalid(field, u"unknown", rule,
                    m_messages
                        .translate("ApplicationValidator",
                                   "%1 (%2): \"%3\" is not an ISO 3166-1 country "
                                   "code; choose the country from the list.")
                        .arg(label, field, code));
        }
    }

    void submission()
    {
        if (!m_a.submittedOn.isValid()) {
            required(QStringLiteral("submitted_on"), false, Annex1Form,
                     m_messages.translate("ApplicationValidator", "Date of submission"));
        } else if (m_a.submittedOn > m_today) {
            add(QStringLiteral("submitted_on"), u"future", Annex1Form, Severity::Warning,
                m_messages.translate("ApplicationValidator",
                                     "Date of submission (submitted_on) is after today; "
                                     "check the date."));
        }
    }

    // Dates of a document or act: after birth or 1900, not after the submission.
    void pastDate(const QString& field, const QDate& d, const char* rule, const QString& label)
    {
        if (!d.isValid()) {
            required(field, false, rule, label);
            return;
        }
        if (d.year() < ApplicationValidator::EarliestBirthYear) {
            invalid(field, u"implausible", rule,
                    m_messages
                        .translate("ApplicationValidator", "%1 (%2) is before %3; check the year.")
                        .arg(label, field)
                        .arg(ApplicationValidator::EarliestBirthYear));
        } else if (m_a.submittedOn.isValid() && d > m_a.submittedOn) {
            invalid(field, u"after_submission", rule,
                    m_messages
                        .translate("ApplicationValidator",
                                   "%1 (%2) is after the date of submission; check "
                                   "the date.")
                        .arg(label, field));
        }
    }

    void notExpired(const QString& field, const QDate& until, const QDate& from, const char* rule,
                    const QString& label)
    {
        if (!until.isValid())
            return;
        if (from.isValid() && until < from) {
            invalid(field, u"before_issue", rule,
                    m_messages
                        .translate("ApplicationValidator",
                                   "%1 (%2) is before the date of issue; check the "
                                   "dates.")
                        .arg(label, field));
        } else if (m_a.submittedOn.isValid() && until < m_a.submittedOn) {
            invalid(field, u"expired", rule,
                    m_messages
                        .translate("ApplicationValidator",
                                   "%1 (%2) has passed: the document expired before "
                                   "the day of submission; a valid document is "
                                   "needed.")
                        .arg(label, field));
        }
    }

    void birth()
    {
        const QString field = QStringLiteral("birth_date");
        const QString label = m_messages.translate("ApplicationValidator", "Date of birth");
        const QDate& d = m_a.birthDate;
        if (!d.isValid()) {
            required(field, false, Annex1Form, label);
        } else if (d > m_today) {
            invalid(field, u"future", Annex1Form,
                    m_messages.translate("ApplicationValidator",
                                         "Date of birth (birth_date) is in the future; check "
                                         "the date."));
        } else if (d.year() < ApplicationValidator::EarliestBirthYear) {
            invalid(field, u"implausible", Annex1Form,
                    m_messages
                        .translate("ApplicationValidator",
                                   "Date of birth (birth_date) is before %1; check the "
                                   "year.")
                        .arg(ApplicationValidator::EarliestBirthYear));
        } else if (m_a.submittedOn.isValid() && d >= m_a.submittedOn) {
            invalid(field, u"after_submission", Annex1Form,
                    m_messages.translate("ApplicationValidator",
                                         "Date of birth (birth_date) is not before the date "
                                         "of submission; check both dates."));
        }
        const QString place = m_a.birthPlace.trimmed();
        if (place.isEmpty()) {
            required(QStringLiteral("birth_place"), false, Annex1Form,
                     m_messages.translate("ApplicationValidator", "Place of birth"));
        } else {
            for (const QChar c : place) {
                if (c.isLetter() && !isCyrillicLetter(c) && !isLatinLetter(c)) {
                    invalid(QStringLiteral("birth_place"), u"script", Annex1Form,
                            m_messages.translate("ApplicationValidator",
                                                 "Place of birth (birth_place) must be "
                                                 "written in Cyrillic or Latin letters; "
                                                 "take it from the certified translation."));
                    break;
                }
            }
        }
    }

    void document(const QString& path, const IdentityDocument& d, const char* rule)
    {
        // The applicant's document and the representative's are both asked: their labels say
        // whose, so that no two lines of the checklist read the same.
        const bool representative = path != u"identity_document";
        const auto label = [&](const char* applicants, const char* representatives) {
            return m_messages.translate("ApplicationValidator",
                                        representative ? representatives : applicants);
        };
        const QString number = d.number.trimmed();
        if (number.isEmpty()) {
            required(path + u".number", false, rule,
                     label(QT_TRANSLATE_NOOP("ApplicationValidator", "Document number"),
                           QT_TRANSLATE_NOOP("ApplicationValidator",
                                             "Number of the representative's document")));
        } else if (number.size() > 30) {
            invalid(path + u".number", u"too_long", rule,
                    m_messages
                        .translate("ApplicationValidator",
                                   "Document number (%1) is longer than 30 characters; "
                                   "enter the series and number only.")
                        .arg(path + u".number"));
        } else if (path == u"identity_document" && DocumentNumber::hasCyrillic(number)) {
            // "FА1234567" with a Cyrillic А looks right on the screen; a foreign passport prints
            // its number in Latin letters and digits, so this is the keyboard layout. (Only the
            // applicant's document: a representative may show a national one.)
            invalid(path + u".number", u"script", rule,
                    m_messages
                        .translate("ApplicationValidator",
                                   "Document number (%1) contains Cyrillic letters; a "
                                   "passport prints its number in Latin letters and "
                                   "digits. Switch the keyboard to Latin and type it "
                                   "again.")
                        .arg(path + u".number"));
        }
        countryCode(path + u".issuing_state", d.issuingState, false, rule,
                    label(QT_TRANSLATE_NOOP("ApplicationValidator", "Issuing state"),
                          QT_TRANSLATE_NOOP("ApplicationValidator",
                                            "State that issued the representative's document")));
        pastDate(path + u".issue_date", d.issueDate, rule,
                 label(QT_TRANSLATE_NOOP("ApplicationValidator", "Date of issue"),
                       QT_TRANSLATE_NOOP("ApplicationValidator",
                                         "Date of issue of the representative's document")));
        notExpired(path + u".expiry_date", d.expiryDate, d.issueDate, rule,
                   label(QT_TRANSLATE_NOOP("ApplicationValidator", "Valid until"),
                         QT_TRANSLATE_NOOP("ApplicationValidator",
                                           "Representative's document valid until")));
    }

    void contacts()
    {
        if (!m_a.contacts.email.isEmpty() && !ApplicationValidator::isEmail(m_a.contacts.email)) {
            invalid(QStringLiteral("contacts.email"), u"format", Annex1Form,
                    m_messages.translate("ApplicationValidator",
                                         "E-mail (contacts.email) is not an address like "
                                         "name@example.kz; correct it or leave it empty."));
        }
        if (!m_a.contacts.phone.isEmpty() && !ApplicationValidator::isPhone(m_a.contacts.phone)) {
            invalid(QStringLiteral("contacts.phone"), u"format", Annex1Form,
                    m_messages.translate("ApplicationValidator",
                                         "Phone (contacts.phone) must be 7 to 15 digits, "
                                         "optionally with +, spaces, brackets and hyphens, "
                                         "e.g. +7 701 123 4567; correct it or leave it "
                                         "empty."));
        }
    }

    void representative()
    {
        const Representative& r = *m_a.representative;
        const QString path = QStringLiteral("representative");
        personName(path + u".name", r.name, ApplicationValidator::Script::Either,
                   RepresentativeRow);
        if (!r.iin.isEmpty() && !Iin::check(r.iin).valid) {
            invalid(path + u".iin", u"format", RepresentativeRow,
                    m_messages.translate("ApplicationValidator",
                                         "The representative's IIN (representative.iin) is "
                                         "not a valid IIN; correct it or leave it empty."));
        }
        document(path + u".document", r.document, RepresentativeRow);
        const QString poa = path + u".power_of_attorney";
        pastDate(poa + u".date", r.powerOfAttorney.date, RepresentativeRow,
                 m_messages.translate("ApplicationValidator", "Date of the power of attorney"));
        notExpired(poa + u".valid_until", r.powerOfAttorney.validUntil, r.powerOfAttorney.date,
                   RepresentativeRow,
                   m_messages.translate("ApplicationValidator", "Power of attorney valid until"));
    }

    void annex2()
    {
        const Annex2Basis& b = *m_a.annex2;
        const QString path = QStringLiteral("annex2");
        required(path + u".institution", !b.institution.trimmed().isEmpty(), Annex2Form,
                 m_messages.translate("ApplicationValidator", "Penitentiary institution"));
        required(path + u".institution_head", !b.institutionHead.trimmed().isEmpty(), Annex2Form,
                 m_messages.translate("ApplicationValidator", "Head of the institution"));
        required(path + u".court", !b.court.trimmed().isEmpty(), Annex2Form,
                 m_messages.translate("ApplicationValidator", "Court"));
        pastDate(path + u".verdict_date", b.verdictDate, Annex2Form,
                 m_messages.translate("ApplicationValidator", "Date of the verdict"));
        if (!b.certifiedByHead) {
            invalid(path + u".certified_by_head", u"not_certified", Annex2Form,
                    m_messages.translate("ApplicationValidator",
                                         "The Annex 2 application must be certified by the "
                                         "head of the institution (annex2.certified_by_head); "
                                         "have it certified."));
        }
        if (m_a.channel != Channel::ServiceProvider) {
            add(QStringLiteral("channel"), u"annex2", WhoApplies, Severity::Warning,
                m_messages.translate("ApplicationValidator",
                                     "An Annex 2 application is filed with the migration "
                                     "police (channel service_provider); check the "
                                     "channel."));
        }
    }

    void basis()
    {
        if (m_a.basis == ApplicationBasis::Annex1) {
            if (!m_a.identityDocument) {
                invalid(QStringLiteral("identity_document"), u"missing", WhoApplies,
                        m_messages.translate("ApplicationValidator",
                                             "The identity document (identity_document) is "
                                             "missing; an Annex 1 application needs it. "
                                             "Without one, only the Annex 2 basis applies."));
            }
            if (m_a.annex2) {
                invalid(QStringLiteral("annex2"), u"unexpected", WhoApplies,
                        m_messages.translate("ApplicationValidator",
                                             "The Annex 2 block (annex2) belongs only to "
                                             "basis annex2; remove it or change the "
                                             "basis."));
            }
        } else {
            if (!m_a.annex2) {
                invalid(QStringLiteral("annex2"), u"missing", WhoApplies,
                        m_messages.translate("ApplicationValidator",
                                             "The Annex 2 block (annex2) is missing; basis "
                                             "annex2 needs the institution, court and "
                                             "verdict."));
            }
            if (m_a.identityDocument) {
                invalid(QStringLiteral("identity_document"), u"unexpected", WhoApplies,
                        m_messages.translate("ApplicationValidator",
                                             "Basis annex2 is for a person without an "
                                             "identity document; remove identity_document "
                                             "or use basis annex1."));
            }
        }
    }

    void run()
    {
        using Script = ApplicationValidator::Script;
        submission();
        basis();
        personName(QStringLiteral("name_cyrillic"), m_a.nameCyrillic, Script::Cyrillic, Annex1Form);
        personName(QStringLiteral("name_latin"), m_a.nameLatin, Script::Latin, Annex1Form);
        birth();
        if (m_a.sex == Sex::Unknown) {
            invalid(QStringLiteral("sex"), u"unknown", Annex1Form,
                    m_messages.translate("ApplicationValidator",
                                         "Sex (sex) is not given; choose male or female as "
                                         "in the identity document."));
        }
        countryCode(QStringLiteral("citizenship"), m_a.citizenship, true, Annex1Form,
                    m_messages.translate("ApplicationValidator", "Citizenship"));
        if (m_a.identityDocument)
            document(QStringLiteral("identity_document"), *m_a.identityDocument,
                     IdentityDocumentRow);
        if (m_a.addressOfStay.trimmed().isEmpty()) {
            add(QStringLiteral("address_of_stay"), u"missing", Annex1Form, Severity::Warning,
                m_messages.translate("ApplicationValidator",
                                     "Address of stay (address_of_stay) is empty; ask for "
                                     "the address in Kazakhstan."));
        }
        contacts();
        if (!m_a.consentToPersonalData) {
            invalid(QStringLiteral("consent_to_personal_data"), u"not_given", Annex1Form,
                    m_messages.translate("ApplicationValidator",
                                         "Consent to the use of personal data "
                                         "(consent_to_personal_data) is not given; the "
                                         "applicant must give it on the form."));
        }
        if (m_a.representative)
            representative();
        if (m_a.annex2 && m_a.basis == ApplicationBasis::Annex2)
            annex2(); // under Annex 1 the block itself is the finding
        for (qsizetype i = 0; i < m_a.attachments.size(); ++i) {
            const Attachment& at = m_a.attachments[i];
            const QString path = QStringLiteral("attachments[%1]").arg(i);
            required(path + u".file_name", !at.fileName.trimmed().isEmpty(), Annex1Form,
                     m_messages.translate("ApplicationValidator", "File name"));
            if (!at.sha256.isEmpty() &&
                (at.sha256.size() != 64 ||
                 !std::all_of(at.sha256.begin(), at.sha256.end(), [](QChar c) {
                     return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f');
                 }))) {
                invalid(path + u".sha256", u"format", Annex1Form,
                        m_messages
                            .translate("ApplicationValidator",
                                       "The digest (%1) must be 64 lower-case hex "
                                       "digits (SHA-256); leave it empty to have it "
                                       "computed.")
                            .arg(path + u".sha256"));
            }
        }
    }

private:
    const Application& m_a;
    QDate m_today;
    // Messages and references come from here, not from the installed catalogue: the receipt of
    // refusal asks for Kazakh and Russian whatever the interface speaks.
    const Catalogue& m_messages;
};

} // namespace

Findings ApplicationValidator::validate(const Application& application, const QDate& today)
{
    return validate(application, Catalogue::installed(), today);
}

Findings ApplicationValidator::validate(const Application& application, const Catalogue& messages,
                                        const QDate& today)
{
    Checker c(application, today, messages);
    c.run();
    return std::move(c.findings);
}

bool ApplicationValidator::isName(QStringView text, Script script)
{
    return !text.trimmed().isEmpty() && nameIssue(text.trimmed(), script) == NameIssue::None;
}

bool ApplicationValidator::isCountryCode(QStringView code)
{
    return code.size() == 3 &&
           std::all_of(code.begin(), code.end(), [](QChar c) { return c >= u'A' && c <= u'Z'; });
}

bool ApplicationValidator::isEmail(QStringView text)
{
    static const QRegularExpression re(
        QStringLiteral("^[A-Za-z0-9._%+'-]+@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}$"));
    return text.size() <= 254 && re.match(text).hasMatch();
}

bool ApplicationValidator::isPhone(QStringView text)
{
    int digits = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c.isDigit() && c.unicode() < 128)
            ++digits;
        else if (!(c == u'+' && i == 0) && c != u' ' && c != u'(' && c != u')' && c != u'-')
            return false;
    }
    return digits >= 7 && digits <= 15;
}

} // namespace iin
