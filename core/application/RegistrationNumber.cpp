#include "core/application/RegistrationNumber.h"

#include <QRegularExpression>

namespace iin {

namespace {

constexpr int Base = 36;

int codePoint(QChar c)
{
    const char16_t u = c.unicode();
    if (u >= u'0' && u <= u'9')
        return u - u'0';
    if (u >= u'A' && u <= u'Z')
        return u - u'A' + 10;
    return -1;
}

QChar character(int value)
{
    return value < 10 ? QChar(u'0' + value) : QChar(u'A' + value - 10);
}

const QRegularExpression& pattern()
{
    static const QRegularExpression re(
        QStringLiteral("^([A-Z0-9]{2,8})-([A-Z0-9]{1,4})-([0-9]{%1,})-([A-Z0-9])$")
            .arg(RegistrationNumber::SequenceDigits));
    return re;
}

} // namespace

Status RegistrationNumber::checkOffice(const QString& office)
{
    static const QRegularExpression re(QStringLiteral("^[A-Z0-9]{2,8}$"));
    if (re.match(office).hasMatch())
        return {};
    return Error{
        QStringLiteral("registration.office"),
        tr("The office code \"%1\" must be 2 to 8 capital Latin letters or digits.").arg(office)};
}

Status RegistrationNumber::checkDesk(const QString& desk)
{
    static const QRegularExpression re(QStringLiteral("^[A-Z0-9]{1,4}$"));
    if (re.match(desk).hasMatch())
        return {};
    return Error{
        QStringLiteral("registration.desk"),
        tr("The desk code \"%1\" must be 1 to 4 capital Latin letters or digits.").arg(desk)};
}

// Luhn mod N (N = 36): detects every single-character error and every transposition of two
// adjacent characters, which is what happens when a number is read aloud or retyped.
QChar RegistrationNumber::checkCharacter(QStringView payload)
{
    int factor = 2;
    int sum = 0;
    for (qsizetype i = payload.size() - 1; i >= 0; --i) {
        const int cp = codePoint(payload[i]);
        if (cp < 0)
            continue;
        int addend = factor * cp;
        factor = factor == 2 ? 1 : 2;
        addend = addend / Base + addend % Base;
        sum += addend;
    }
    const int remainder = sum % Base;
    return character((Base - remainder) % Base);
}

QString RegistrationNumber::make(const QString& office, const QString& desk, qint64 sequence)
{
    const QString payload = office % u'-' % desk % u'-' %
                            QString::number(sequence).rightJustified(SequenceDigits, u'0');
    return payload % u'-' % checkCharacter(payload);
}

QString RegistrationNumber::normalized(QStringView text)
{
    return text.trimmed().toString().toUpper();
}

bool RegistrationNumber::isValid(QStringView text)
{
    const QString n = normalized(text);
    const auto m = pattern().match(n);
    if (!m.hasMatch())
        return false;
    return checkCharacter(QStringView(n).left(n.size() - 2)) == n.back();
}

} // namespace iin
