#include "tests/MrzSamples.h"

#include "core/capture/MrzComposer.h"
#include "core/capture/MrzRecord.h"

namespace iin::test {

QStringList MrzSamples::specimen(MrzFormat format)
{
    switch (format) {
    case MrzFormat::TD1:
        return {QStringLiteral("I<UTOD231458907<<<<<<<<<<<<<<<"),
                QStringLiteral("7408122F1204159UTO<<<<<<<<<<<6"),
                QStringLiteral("ERIKSSON<<ANNA<MARIA<<<<<<<<<<")};
    case MrzFormat::TD2:
        return {QStringLiteral("I<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<"),
                QStringLiteral("D231458907UTO7408122F1204159<<<<<<<6")};
    case MrzFormat::TD3:
        return {QStringLiteral("P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<"),
                QStringLiteral("L898902C36UTO7408122F1204159ZE184226B<<<<<10")};
    case MrzFormat::MRVA:
        return {QStringLiteral("V<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<"),
                QStringLiteral("L8988901C4XXX4009078F96121096ZE184226B<<<<<<")};
    case MrzFormat::MRVB:
        return {QStringLiteral("V<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<"),
                QStringLiteral("L8988901C4XXX4009078F9612109<<<<<<<<")};
    }
    return {};
}

QStringList MrzSamples::random(MrzFormat format, QRandomGenerator& random)
{
    static const QStringList surnames = {
        QStringLiteral("ERIKSSON"),    QStringLiteral("IVANOV"),      QStringLiteral("MUELLER"),
        QStringLiteral("ZHANG"),       QStringLiteral("OBI"),         QStringLiteral("DE LA CRUZ"),
        QStringLiteral("BOZOGLU"),     QStringLiteral("NAZARBAYEVA"), QStringLiteral("O BRIEN"),
        QStringLiteral("SZCZEPANSKI"), QStringLiteral("KIM"),         QStringLiteral("ABDULLAEV")};
    static const QStringList givenNames = {
        QStringLiteral("ANNA MARIA"), QStringLiteral("IVAN"), QStringLiteral("ZHANAR"),
        QStringLiteral("JOHN PAUL"),  QStringLiteral("OLGA"), QStringLiteral("BOLAT"),
        QStringLiteral("SIOBHAN"),    QStringLiteral("XI"),   QStringLiteral("GULNARA ERKINOVNA"),
        QStringLiteral("QUENTIN"),    QStringLiteral("")};
    static const QStringList states = {
        QStringLiteral("UTO"), QStringLiteral("KAZ"), QStringLiteral("D"),   QStringLiteral("RUS"),
        QStringLiteral("CHN"), QStringLiteral("GBR"), QStringLiteral("XXA"), QStringLiteral("UZB")};
    const QString alnum = QStringLiteral("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ");
    auto pick = [&](const QStringList& list) { return list[random.bounded(int(list.size()))]; };
    auto characters = [&](int n, bool digitsOnly) {
        QString s;
        for (int i = 0; i < n; ++i)
            s += alnum[random.bounded(digitsOnly ? 10 : 36)];
        return s;
    };
    MrzRecord r;
    r.format = format;
    const bool visa = format == MrzFormat::MRVA || format == MrzFormat::MRVB;
    r.documentCode = visa ? QStringLiteral("V")
                          : (format == MrzFormat::TD3 ? QStringLiteral("P") : QStringLiteral("I"));
    r.issuingStateCode = pick(states);
    r.nationalityCode = pick(states);
    r.surname = pick(surnames);
    r.givenNames = pick(givenNames);
    r.documentNumber = characters(2, false) + characters(7, true);
    r.birthDate = QDate(1940, 1, 1).addDays(random.bounded(30000));
    r.expiryDate = QDate(2027, 1, 1).addDays(random.bounded(3650));
    r.sex = random.bounded(2) ? Sex::Male : Sex::Female;
    if (random.bounded(2))
        r.optionalData = characters(random.bounded(4, 12), false);
    return MrzComposer::compose(r);
}

} // namespace iin::test
