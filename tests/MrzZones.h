#pragma once

#include "core/capture/MrzLayout.h"

#include <QString>

// Machine-readable zones made for tests, with their check digits computed.
namespace iin::test {

inline QString mrzPadded(QString text, int length)
{
    text.replace(u' ', u'<');
    return text.leftJustified(length, u'<', true);
}

// A passport's two lines (TD3): names with spaces for '<', dates as YYMMDD, sex M/F/<.
inline QString td3(const QString& issuingState, const QString& surname, const QString& givenNames,
                   const QString& number, const QString& nationality, const QString& birth,
                   QChar sex, const QString& expiry, const QString& optional = {})
{
    const QString line1 = mrzPadded(
        QStringLiteral("P<") + issuingState + surname + QStringLiteral("<<") + givenNames, 44);
    const QString doc = mrzPadded(number, 9);
    const QString opt = mrzPadded(optional, 14);
    const QString docPart = doc + mrzCheckDigit(doc);
    const QString birthPart = birth + mrzCheckDigit(birth);
    const QString expiryPart = expiry + mrzCheckDigit(expiry);
    const QString optPart = opt + mrzCheckDigit(opt);
    const QString line2 = docPart + nationality + birthPart + sex + expiryPart + optPart +
                          mrzCheckDigit(QString(docPart + birthPart + expiryPart + optPart));
    return line1 + u'\n' + line2;
}

// A Kazakh passport of a man born on 15 March 1985, valid until 1 January 2030.
inline QString kazakhPassport()
{
    return td3(QStringLiteral("KAZ"), QStringLiteral("ZHUMABEKOV"), QStringLiteral("NURSULTAN"),
               QStringLiteral("N12345678"), QStringLiteral("KAZ"), QStringLiteral("850315"), u'M',
               QStringLiteral("300101"), QStringLiteral("850315300123"));
}

} // namespace iin::test
