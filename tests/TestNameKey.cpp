#include "core/person/NameKey.h"

#include <QRegularExpression>
#include <QTest>

using namespace iin;

class TestNameKey : public QObject
{
    Q_OBJECT

private slots:
    void sameKeyAcrossScripts_data();
    void sameKeyAcrossScripts();
    void differentNamesDiffer();
    void latinAsInMrz();
    void words();
    void wordsSplitAsTheExpressionDid();
};

void TestNameKey::sameKeyAcrossScripts_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::newRow("Kazakh letters / Kazakh Latin") << "Қасымов"
                                                   << "QASYMOV";
    QTest::newRow("Kazakh / Russian spelling") << "Қасымов"
                                               << "Касымов";
    QTest::newRow("doubled letter") << "Касымов"
                                    << "Kassymov";
    QTest::newRow("case") << "ЖҰМАБЕКҰЛЫ"
                          << "жұмабекұлы";
    QTest::newRow("zh / j") << "Жұмабекұлы"
                            << "Jumabekuly";
    QTest::newRow("kh / h") << "Хасанов"
                            << "Hasanov";
    QTest::newRow("ya / ia") << "Яковлев"
                             << "Yakovlev";
    QTest::newRow("accents") << "Müller"
                             << "MULLER";
    QTest::newRow("ё and э") << "Тён Эльвира"
                             << "Ten Elvira";
    QTest::newRow("hyphen and apostrophe") << "Абдул-Рахман"
                                           << "Abdul Rakhman";
    QTest::newRow("Uzbek apostrophe") << "G'ulomov"
                                      << "Гуломов";
    QTest::newRow("Greek") << "Παπαδόπουλος"
                           << "Papadopoulos";
}

void TestNameKey::sameKeyAcrossScripts()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    const QString ka = NameKey::of(a);
    QVERIFY(!ka.isEmpty());
    QCOMPARE(ka, NameKey::of(b));
}

void TestNameKey::differentNamesDiffer()
{
    QVERIFY(NameKey::of(u"Иванов") != NameKey::of(u"Петров"));
    QVERIFY(NameKey::of(u"Әлиев") != NameKey::of(u"Әлиева"));
    QCOMPARE(NameKey::of(u""), QString());
    QCOMPARE(NameKey::of(u"--- '"), QString());
}

void TestNameKey::latinAsInMrz()
{
    QCOMPARE(NameKey::latin(u"Жұмабекұлы"), QStringLiteral("ZHUMABEKULY"));
    QCOMPARE(NameKey::latin(u"Щукина"), QStringLiteral("SHCHUKINA"));
    QCOMPARE(NameKey::latin(u"Юлия"), QStringLiteral("IULIIA"));
    QCOMPARE(NameKey::latin(u"Өмірзақ"), QStringLiteral("OMIRZAK"));
}

void TestNameKey::words()
{
    QCOMPARE(NameKey::words(u"Абдул-Рахман  Али"),
             (QStringList{NameKey::of(u"Абдул"), NameKey::of(u"Рахман"), NameKey::of(u"Али")}));
    QVERIFY(NameKey::words(u"  ").isEmpty());
}

// The words were once split with the expression below; the hand-written split keeps the same
// separators (ASCII white space, hyphens, apostrophes), so stored keys and new ones agree.
void TestNameKey::wordsSplitAsTheExpressionDid()
{
    const QRegularExpression before(QStringLiteral(R"([\s\-'’ʼ`]+)"));
    const QStringList names{QStringLiteral("O'Neil"),
                            QStringLiteral("Ma’ruf Abdulʼaziz"),
                            QStringLiteral("De`Souza--Smith"),
                            QStringLiteral("\tАли\n-Вали\r\f\v"),
                            QStringLiteral("Anna\u00a0Maria Қожа\u2003Ахмет"),
                            QStringLiteral("-"),
                            QString()};
    for (const QString& name : names) {
        QStringList expected;
        for (const QString& word : name.split(before, Qt::SkipEmptyParts)) {
            if (const QString key = NameKey::of(word); !key.isEmpty())
                expected.append(key);
        }
        QCOMPARE(NameKey::words(name), expected);
    }
}

QTEST_GUILESS_MAIN(TestNameKey)
#include "TestNameKey.moc"
