#include "core/capture/MrzKeyboardLayout.h"

#include <QTest>

using namespace iin;

namespace {

// What the keys of a US layout (the one a wedge reader assumes) type under Debian's `ru` and
// `kz` layouts, for every key an MRZ uses: A-Z, 0-9 and `<` (Shift+comma).
struct LayoutKey
{
    char16_t latin;
    char16_t ru;
    char16_t kz;
};

constexpr LayoutKey MrzKeys[] = {
    {u'Q', u'Й', u'Й'}, {u'W', u'Ц', u'Ц'}, {u'E', u'У', u'У'}, {u'R', u'К', u'К'},
    {u'T', u'Е', u'Е'}, {u'Y', u'Н', u'Н'}, {u'U', u'Г', u'Г'}, {u'I', u'Ш', u'Ш'},
    {u'O', u'Щ', u'Щ'}, {u'P', u'З', u'З'}, {u'A', u'Ф', u'Ф'}, {u'S', u'Ы', u'Ы'},
    {u'D', u'В', u'В'}, {u'F', u'А', u'А'}, {u'G', u'П', u'П'}, {u'H', u'Р', u'Р'},
    {u'J', u'О', u'О'}, {u'K', u'Л', u'Л'}, {u'L', u'Д', u'Д'}, {u'Z', u'Я', u'Я'},
    {u'X', u'Ч', u'Ч'}, {u'C', u'С', u'С'}, {u'V', u'М', u'М'}, {u'B', u'И', u'И'},
    {u'N', u'Т', u'Т'}, {u'M', u'Ь', u'Ь'}, {u'<', u'Б', u'Б'}, {u'1', u'1', u'"'},
    {u'2', u'2', u'ә'}, {u'3', u'3', u'і'}, {u'4', u'4', u'ң'}, {u'5', u'5', u'ғ'},
    {u'6', u'6', u','}, {u'7', u'7', u'.'}, {u'8', u'8', u'ү'}, {u'9', u'9', u'ұ'},
    {u'0', u'0', u'қ'},
};

QString typedUnder(QStringView latin, char16_t LayoutKey::*layout)
{
    QString typed;
    for (const QChar c : latin) {
        QChar out = c;
        for (const LayoutKey& k : MrzKeys) {
            if (k.latin == c.unicode())
                out = QChar(k.*layout);
        }
        typed += out;
    }
    return typed;
}

} // namespace

class TestMrzKeyboardLayout : public QObject
{
    Q_OBJECT

private slots:
    void everyKey_data();
    void everyKey();
    void latinStaysLatin();
    void spacesAndLineBreaks();
    void specimenTypedUnderRussianAndKazakh();
    void unknownCharactersKept();
};

void TestMrzKeyboardLayout::everyKey_data()
{
    QTest::addColumn<QChar>("typed");
    QTest::addColumn<QChar>("mrz");
    for (const LayoutKey& k : MrzKeys) {
        const QChar latin(k.latin);
        // Letters arrive upper case (the reader holds Shift) or lower case (Caps Lock on, or a
        // reader that does not shift); `<` arrives as Б or, with Caps Lock, б.
        for (const QChar ru : {QChar(k.ru), QChar(k.ru).toLower()})
            QTest::addRow("ru %s -> %s", qPrintable(QString(ru)), qPrintable(QString(latin)))
                << ru << latin;
        QList<QChar> kzForms{QChar(k.kz)};
        for (const QChar form : {QChar(k.kz).toUpper(), QChar(k.kz).toLower()}) {
            if (!kzForms.contains(form))
                kzForms << form;
        }
        for (const QChar kz : kzForms)
            QTest::addRow("kz %s -> %s", qPrintable(QString(kz)), qPrintable(QString(latin)))
                << kz << latin;
    }
}

void TestMrzKeyboardLayout::everyKey()
{
    QFETCH(QChar, typed);
    QFETCH(QChar, mrz);
    QCOMPARE(MrzKeyboardLayout::toMrz(typed), mrz);
}

void TestMrzKeyboardLayout::latinStaysLatin()
{
    for (char16_t c = u'A'; c <= u'Z'; ++c) {
        QCOMPARE(MrzKeyboardLayout::toMrz(QChar(c)), QChar(c));
        QCOMPARE(MrzKeyboardLayout::toMrz(QChar(c).toLower()), QChar(c));
    }
    for (char16_t c = u'0'; c <= u'9'; ++c)
        QCOMPARE(MrzKeyboardLayout::toMrz(QChar(c)), QChar(c));
    QCOMPARE(MrzKeyboardLayout::toMrz(QChar(u'<')), QChar(u'<'));
}

void TestMrzKeyboardLayout::spacesAndLineBreaks()
{
    QCOMPARE(MrzKeyboardLayout::toMrz(QStringView(u" p<uto \tэ\r\nl898\r9\n")),
             QStringLiteral("P<UTOЭ\nL898\n9\n"));
    QVERIFY(MrzKeyboardLayout::toMrz(QChar(u' ')).isNull());
}

void TestMrzKeyboardLayout::specimenTypedUnderRussianAndKazakh()
{
    const QString specimen = QStringLiteral("P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\n"
                                            "L898902C36UTO7408122F1204159ZE184226B<<<<<10");
    const QString ru = typedUnder(specimen, &LayoutKey::ru);
    QCOMPARE(ru.left(13), QStringLiteral("ЗБГЕЩУКШЛЫЫЩТ"));
    QCOMPARE(MrzKeyboardLayout::toMrz(ru), specimen);
    const QString kz = typedUnder(specimen, &LayoutKey::kz);
    QVERIFY(kz.contains(u'ә'));
    QCOMPARE(MrzKeyboardLayout::toMrz(kz), specimen);
}

void TestMrzKeyboardLayout::unknownCharactersKept()
{
    // Characters no key of an MRZ types are kept (upper-cased) for the parser to name.
    QCOMPARE(MrzKeyboardLayout::toMrz(QChar(u'ю')), QChar(u'Ю'));
    QCOMPARE(MrzKeyboardLayout::toMrz(QChar(u'/')), QChar(u'/'));
}

QTEST_GUILESS_MAIN(TestMrzKeyboardLayout)
#include "TestMrzKeyboardLayout.moc"
