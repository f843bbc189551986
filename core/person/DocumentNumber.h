#pragma once

#include <QString>
#include <QStringView>

namespace iin {

// The one spelling of an identity document's number that the desk and the registry compare:
// everything that is not a letter or a digit (spaces, hyphens, dots, "№") left out, Unicode NFKC
// (full-width and other compatibility forms become plain letters and digits), upper case,
// Cyrillic and Greek letters that look like Latin ones folded to those Latin letters, and
// decimal digits of any script as 0-9. "FА 123-4567" with a Cyrillic А and "ＦＡ１２３４５６７"
// both give "FA1234567", so a number typed on the wrong keyboard layout still finds its person.
// Keys only: what the clerk typed is kept as typed.
class DocumentNumber
{
public:
    static QString key(QStringView number);
    // Whether the number holds Cyrillic letters: the intake refuses them (a foreign passport
    // prints its number in Latin letters and digits), whatever the key makes of them.
    static bool hasCyrillic(QStringView number);
};

} // namespace iin
