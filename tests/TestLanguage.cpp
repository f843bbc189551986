#include "core/base/Catalogue.h"
#include "core/base/Language.h"
#include "core/person/Iin.h"

#include <QTest>

using namespace iin;

// The embedded catalogues load and change the core's messages at run time.
class TestLanguage : public QObject
{
    Q_OBJECT

private slots:
    void switchesAtRunTime();
    void rejectsUnknownLanguage();
    void qtOwnStringsInKazakh();
    void catalogueWithoutInstalling();
};

void TestLanguage::switchesAtRunTime()
{
    const auto message = [] { return Iin::check(u"921029350852").errors.first().message; };
    QVERIFY(Language::install(QStringLiteral("en")));
    const QString en = message();
    QVERIFY(Language::install(QStringLiteral("kk")));
    const QString kk = message();
    QCOMPARE(Language::current(), QStringLiteral("kk"));
    QVERIFY(Language::install(QStringLiteral("ru")));
    const QString ru = message();
    QVERIFY(Language::install(QStringLiteral("en")));
    QCOMPARE(message(), en);
    QVERIFY(kk != en && ru != en && kk != ru);
}

void TestLanguage::rejectsUnknownLanguage()
{
    QVERIFY(!Language::install(QStringLiteral("de")));
    QVERIFY(!Language::isSupported(QString()));
}

// Qt ships no Kazakh catalogue: the project's own covers the standard buttons.
void TestLanguage::qtOwnStringsInKazakh()
{
    QVERIFY(Language::install(QStringLiteral("kk")));
    QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("Болдырмау"));
    QVERIFY(Language::install(QStringLiteral("ru")));
    QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("Отмена"));
    QVERIFY(Language::install(QStringLiteral("en")));
    QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("Cancel"));
}

// A catalogue answers as the installed language would, plural forms and %n included, and
// installs nothing.
void TestLanguage::catalogueWithoutInstalling()
{
    const char* source = "The IIN must have exactly 12 digits; %n given.";
    for (const QString& code : Language::codes()) {
        for (int n : {1, 3, 5, 11}) {
            QVERIFY(Language::install(code));
            const QString installed = QCoreApplication::translate("Iin", source, nullptr, n);
            QCOMPARE(Catalogue::installed().translate("Iin", source, nullptr, n), installed);
            QCOMPARE(Catalogue::installed().code(), code);
            QVERIFY(Language::install(QStringLiteral("en")));
            QCOMPARE(Catalogue::of(code).translate("Iin", source, nullptr, n), installed);
            QCOMPARE(Catalogue::of(code).code(), code);
            QVERIFY(installed.contains(QString::number(n)));
        }
    }
    QCOMPARE(Language::current(), QStringLiteral("en"));
    QVERIFY(Catalogue::of(QStringLiteral("kk")).translate("Iin", source, nullptr, 5) !=
            Catalogue::of(QStringLiteral("ru")).translate("Iin", source, nullptr, 5));
}

QTEST_GUILESS_MAIN(TestLanguage)
#include "TestLanguage.moc"
