#include "core/application/RegistrationNumber.h"

#include <QTest>

using namespace iin;

class TestRegistrationNumber : public QObject
{
    Q_OBJECT

private slots:
    void format();
    void everySingleCharacterErrorIsCaught();
    void everyNeighbourSwapIsCaught();
    void officeAndDeskCodes();
    void longSequences();
};

void TestRegistrationNumber::format()
{
    const QString n = RegistrationNumber::make("ALM01", "02", 17);
    QVERIFY(n.startsWith("ALM01-02-000017-"));
    QCOMPARE(n.size(), 17);
    QVERIFY(RegistrationNumber::isValid(n));
    QVERIFY(RegistrationNumber::isValid(QString(" " + n.toLower() + " ")));
    QVERIFY(!RegistrationNumber::isValid(u"ALM01-02-17-X"));
    QVERIFY(!RegistrationNumber::isValid(u"ALM01020000170"));
    QVERIFY(!RegistrationNumber::isValid(u""));
}

void TestRegistrationNumber::everySingleCharacterErrorIsCaught()
{
    const QString alphabet = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    for (qint64 seq : {1, 42, 999999}) {
        const QString n = RegistrationNumber::make("AST7", "K1", seq);
        for (qsizetype i = 0; i < n.size(); ++i) {
            if (n[i] == u'-')
                continue;
            for (QChar c : alphabet) {
                if (c == n[i])
                    continue;
                QString wrong = n;
                wrong[i] = c;
                QVERIFY2(!RegistrationNumber::isValid(wrong), qPrintable(wrong));
            }
        }
    }
}

void TestRegistrationNumber::everyNeighbourSwapIsCaught()
{
    for (qint64 seq = 1; seq < 400; seq += 7) {
        const QString n = RegistrationNumber::make("SHY12", "3", seq);
        for (qsizetype i = 0; i + 1 < n.size(); ++i) {
            if (n[i] == u'-' || n[i + 1] == u'-' || n[i] == n[i + 1])
                continue;
            QString swapped = n;
            std::swap(swapped[i], swapped[i + 1]);
            QVERIFY2(!RegistrationNumber::isValid(swapped), qPrintable(swapped));
        }
    }
}

void TestRegistrationNumber::officeAndDeskCodes()
{
    QVERIFY(RegistrationNumber::checkOffice("ALM01"));
    QVERIFY(!RegistrationNumber::checkOffice("A"));
    QVERIFY(!RegistrationNumber::checkOffice("alm01"));
    QVERIFY(!RegistrationNumber::checkOffice("ALM-1"));
    QVERIFY(!RegistrationNumber::checkOffice("ALMATY0001"));
    QVERIFY(RegistrationNumber::checkDesk("7"));
    QVERIFY(!RegistrationNumber::checkDesk(""));
    QVERIFY(!RegistrationNumber::checkDesk("12345"));
    QCOMPARE(RegistrationNumber::checkDesk("x").error().code, "registration.desk");
}

void TestRegistrationNumber::longSequences()
{
    const QString n = RegistrationNumber::make("ALM01", "02", 12345678);
    QVERIFY(n.startsWith("ALM01-02-12345678-"));
    QVERIFY(RegistrationNumber::isValid(n));
}

QTEST_GUILESS_MAIN(TestRegistrationNumber)
#include "TestRegistrationNumber.moc"
