#include "core/capture/MrzKeyboardLayout.h"

#include <QHash>

namespace iin {

namespace {

struct Key
{
    char16_t typed;
    char16_t latin;
};

// The letters of the ЙЦУКЕН rows (the same in the Russian and Kazakh layouts), row by row,
// and the comma key: `<` is Shift+comma on the Latin layout a reader assumes.
constexpr Key CyrillicKeys[] = {
    {u'Й', u'Q'}, {u'Ц', u'W'}, {u'У', u'E'}, {u'К', u'R'}, {u'Е', u'T'}, {u'Н', u'Y'},
    {u'Г', u'U'}, {u'Ш', u'I'}, {u'Щ', u'O'}, {u'З', u'P'}, {u'Ф', u'A'}, {u'Ы', u'S'},
    {u'В', u'D'}, {u'А', u'F'}, {u'П', u'G'}, {u'Р', u'H'}, {u'О', u'J'}, {u'Л', u'K'},
    {u'Д', u'L'}, {u'Я', u'Z'}, {u'Ч', u'X'}, {u'С', u'C'}, {u'М', u'V'}, {u'И', u'B'},
    {u'Т', u'N'}, {u'Ь', u'M'}, {u'Б', u'<'},
};

// Debian's xkb `kz` (basic) layout puts these on the digit keys 1..0 (unshifted; the upper case
// letters come with Caps Lock or Shift and are folded by upper-casing first).
constexpr Key KazakhDigitRow[] = {
    {u'"', u'1'}, {u'Ә', u'2'}, {u'І', u'3'}, {u'Ң', u'4'}, {u'Ғ', u'5'},
    {u',', u'6'}, {u'.', u'7'}, {u'Ү', u'8'}, {u'Ұ', u'9'}, {u'Қ', u'0'},
};

const QHash<char16_t, char16_t>& keys()
{
    static const QHash<char16_t, char16_t> table = [] {
        QHash<char16_t, char16_t> t;
        for (const Key& k : CyrillicKeys)
            t.insert(k.typed, k.latin);
        for (const Key& k : KazakhDigitRow)
            t.insert(k.typed, k.latin);
        return t;
    }();
    return table;
}

} // namespace

QChar MrzKeyboardLayout::toMrz(QChar typed)
{
    if (typed == u' ' || typed == u'\t' || typed == QChar::Nbsp)
        return {};
    const QChar upper = typed.toUpper();
    const auto found = keys().constFind(upper.unicode());
    return found != keys().cend() ? QChar(*found) : upper;
}

QString MrzKeyboardLayout::toMrz(QStringView typed)
{
    QString mrz;
    mrz.reserve(typed.size());
    for (qsizetype i = 0; i < typed.size(); ++i) {
        const QChar c = typed[i];
        if (c == u'\r' || c == u'\n') {
            mrz += u'\n';
            if (c == u'\r' && i + 1 < typed.size() && typed[i + 1] == u'\n')
                ++i;
            continue;
        }
        if (const QChar m = toMrz(c); !m.isNull())
            mrz += m;
    }
    return mrz;
}

} // namespace iin
