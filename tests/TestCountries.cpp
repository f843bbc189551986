#include "core/person/Countries.h"

#include <QTest>

#include <atomic>
#include <thread>
#include <vector>

using iin::Countries;

class TestCountries : public QObject
{
    Q_OBJECT

private slots:
    void names_data();
    void names();
    void knownAndUnknownCodes();
    void statelessPerson();
    void listIsComplete();
    void everyEntryHasThreeNames();
    void alpha2Lookup();
    void sortedForComboBox();
    void concurrentFirstUse();
};

void TestCountries::names_data()
{
    QTest::addColumn<QString>("alpha3");
    QTest::addColumn<QString>("lang");
    QTest::addColumn<QString>("expected");
    QTest::newRow("China kk") << "CHN"
                              << "kk"
                              << "Қытай";
    QTest::newRow("China ru") << "CHN"
                              << "ru"
                              << "Китай";
    QTest::newRow("China en") << "CHN"
                              << "en"
                              << "China";
    QTest::newRow("Uzbekistan kk") << "UZB"
                                   << "kk"
                                   << "Өзбекстан";
    QTest::newRow("Uzbekistan ru") << "UZB"
                                   << "ru"
                                   << "Узбекистан";
    QTest::newRow("Kazakhstan kk") << "KAZ"
                                   << "kk"
                                   << "Қазақстан";
    QTest::newRow("Kyrgyzstan kk") << "KGZ"
                                   << "kk"
                                   << "Қырғызстан";
    // The Russian catalogue lags behind the rename: filled in by countries-extra.json.
    QTest::newRow("Turkey ru") << "TUR"
                               << "ru"
                               << "Турция";
    QTest::newRow("unknown language is English") << "CHN"
                                                 << "de"
                                                 << "China";
    QTest::newRow("unknown code") << "QQQ"
                                  << "kk"
                                  << "";
}

void TestCountries::names()
{
    QFETCH(QString, alpha3);
    QFETCH(QString, lang);
    QFETCH(QString, expected);
    QCOMPARE(Countries::name(alpha3, lang), expected);
}

void TestCountries::knownAndUnknownCodes()
{
    QVERIFY(Countries::isKnownAlpha3("KAZ"));
    QVERIFY(Countries::isKnownAlpha3("RUS"));
    QVERIFY(!Countries::isKnownAlpha3("QQQ"));
    QVERIFY(!Countries::isKnownAlpha3("kaz")); // stored codes are canonical upper case
    QVERIFY(!Countries::isKnownAlpha3("KZ"));
    QVERIFY(!Countries::isKnownAlpha3(""));
    QVERIFY(!Countries::isKnownAlpha3("SUN")); // the USSR is history, not a current state
}

void TestCountries::statelessPerson()
{
    QVERIFY(Countries::isKnownAlpha3("XXA"));
    QCOMPARE(Countries::name("XXA", "kk"), QString("азаматтығы жоқ адам"));
    QCOMPARE(Countries::name("XXA", "ru"), QString("лицо без гражданства"));
    QCOMPARE(Countries::name("XXA", "en"), QString("stateless person"));
    const auto xxa = Countries::find("XXA");
    QVERIFY(xxa);
    QVERIFY(xxa->alpha2.isEmpty());
}

void TestCountries::listIsComplete()
{
    QVERIFY2(Countries::count() >= 250, qPrintable(QString::number(Countries::count())));
    const QStringList codes = Countries::alpha3Codes();
    QCOMPARE(codes.size(), Countries::count());
    QVERIFY(codes.contains("KAZ"));
    QVERIFY(codes.contains("XXA"));
    QStringList sorted = codes;
    sorted.sort();
    QCOMPARE(codes, sorted);
    QCOMPARE(QSet<QString>(codes.begin(), codes.end()).size(), codes.size());
}

void TestCountries::everyEntryHasThreeNames()
{
    int cyrillicKk = 0;
    for (const QString& code : Countries::alpha3Codes()) {
        const auto c = Countries::find(code);
        QVERIFY(c);
        QCOMPARE(c->alpha3, code);
        QVERIFY2(!c->nameEn.isEmpty() && !c->nameKk.isEmpty() && !c->nameRu.isEmpty(),
                 qPrintable(code));
        if (c->nameKk.front().script() == QChar::Script_Cyrillic)
            ++cyrillicKk;
        if (code != "XXA") {
            QCOMPARE(c->alpha2.size(), 2);
            QCOMPARE(c->numeric.size(), 3);
        }
    }
    // The Kazakh catalogue is essentially complete; a broken .mo reader would leave English.
    QVERIFY2(cyrillicKk > 240, qPrintable(QString::number(cyrillicKk)));
}

void TestCountries::alpha2Lookup()
{
    const auto kz = Countries::findByAlpha2("KZ");
    QVERIFY(kz);
    QCOMPARE(kz->alpha3, QString("KAZ"));
    QCOMPARE(kz->numeric, QString("398"));
    QCOMPARE(Countries::findByAlpha2("CN")->alpha3, QString("CHN"));
    QVERIFY(!Countries::findByAlpha2("QQ"));
    QVERIFY(!Countries::findByAlpha2(""));
}

void TestCountries::sortedForComboBox()
{
    for (const char* code : {"kk", "ru", "en"}) {
        const QString lang = QString::fromLatin1(code);
        const QList<iin::Country> list = Countries::sortedByName(lang);
        QCOMPARE(list.size(), Countries::count());
        QCOMPARE(list.first().alpha3, QString("XXA"));
        const auto position = [&](const QString& code) {
            for (qsizetype i = 0; i < list.size(); ++i)
                if (list[i].alpha3 == code)
                    return i;
            return qsizetype(-1);
        };
        // Australia / Австралия / Аустралия, China / Китай / Қытай, Japan / Япония / Жапония
        QVERIFY2(position("AUS") < position("CHN"), qPrintable(lang));
        if (lang != "kk")
            QVERIFY2(position("CHN") < position("JPN"), qPrintable(lang));
    }
    // Kazakh order: Ж (Жапония) comes before Қ (Қытай), which comes after К.
    const QList<iin::Country> kk = Countries::sortedByName("kk");
    qsizetype japan = -1, china = -1, kenya = -1;
    for (qsizetype i = 0; i < kk.size(); ++i) {
        if (kk[i].alpha3 == "JPN")
            japan = i;
        if (kk[i].alpha3 == "CHN")
            china = i;
        if (kk[i].alpha3 == "KEN")
            kenya = i;
    }
    QVERIFY(japan < kenya);
    QVERIFY2(kenya < china, qPrintable(kk[kenya].nameKk + " " + kk[china].nameKk));
}

void TestCountries::concurrentFirstUse()
{
    // This test runs in its own process, but earlier slots already loaded the table; what it
    // checks is that concurrent readers all see the same complete data.
    std::atomic<int> wrong{0};
    std::vector<std::thread> threads;
    for (int i = 0; i < 8; ++i)
        threads.emplace_back([&] {
            for (int k = 0; k < 200; ++k)
                if (Countries::name("CHN", "kk") != QString("Қытай") ||
                    Countries::alpha3Codes().size() < 250)
                    ++wrong;
        });
    for (std::thread& t : threads)
        t.join();
    QCOMPARE(wrong.load(), 0);
}

QTEST_GUILESS_MAIN(TestCountries)
#include "TestCountries.moc"
