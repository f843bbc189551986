#include "core/office/ShiftReportLabels.h"

namespace iin {

namespace {

struct Wording
{
    const char* key;
    const char* label; // translated in the context ShiftReportLabels
    const char16_t* kk;
    const char16_t* ru;
};

QString text(const char16_t* s)
{
    return QString::fromUtf16(s);
}

ShiftReportLine lineOf(const Wording& w, qint64 value)
{
    return {QLatin1String(w.key), ShiftReportLabels::tr(w.label), {text(w.kk), text(w.ru)}, value};
}

} // namespace

QList<ShiftReportLine> ShiftReportLabels::counts(const ShiftCounts& n)
{
    static const Wording words[] = {
        {"received", QT_TR_NOOP("Applications received"), u"Қабылданған өтініштер",
         u"Принято заявлений"},
        {"refused_at_intake", QT_TR_NOOP("Refused at intake"), u"Қабылдаудан бас тартылды",
         u"Отказано в приеме"},
        {"registered", QT_TR_NOOP("Registered"), u"Тіркелді", u"Зарегистрировано"},
        {"sent", QT_TR_NOOP("Sent to the registry"), u"Тізілімге жіберілді",
         u"Отправлено в регистр"},
        {"iin_formed", QT_TR_NOOP("IIN formed"), u"ЖСН қалыптастырылды", u"ИИН сформирован"},
        {"iin_existing", QT_TR_NOOP("IIN existing (the person already had one)"),
         u"ЖСН бұрыннан бар", u"ИИН уже был"},
        {"iin_rejected", QT_TR_NOOP("IIN refused by the registry"),
         u"ЖСН қалыптастырудан бас тартылды", u"Отказано в формировании ИИН"},
        {"waiting_for_officer", QT_TR_NOOP("Waiting for the registry's officer (now)"),
         u"Тізілім қызметкерінің шешімін күтуде (қазір)",
         u"Ожидают решения сотрудника регистра (сейчас)"},
        {"iin_assigned", QT_TR_NOOP("IIN assigned"), u"ЖСН берілді", u"ИИН присвоен"},
        {"printed", QT_TR_NOOP("Certificates printed"), u"Куәліктер басып шығарылды",
         u"Напечатано свидетельств"},
        {"reprinted", QT_TR_NOOP("Certificates reprinted (duplicates)"),
         u"Куәліктердің телнұсқалары", u"Напечатано дубликатов"},
        {"handed_over", QT_TR_NOOP("Certificates handed over"), u"Куәліктер тапсырылды",
         u"Выдано свидетельств"},
    };
    const qint64 values[] = {n.received,    n.refusedAtIntake, n.registered,  n.sent,
                             n.iinFormed,   n.iinExisting,     n.iinRejected, n.waitingForOfficer,
                             n.iinAssigned, n.printed,         n.reprinted,   n.handedOver};
    QList<ShiftReportLine> lines;
    for (int i = 0; i < int(std::size(words)); ++i)
        lines.append(lineOf(words[i], values[i]));
    return lines;
}

QList<ShiftReportLine> ShiftReportLabels::blanks(const BlankBalance& b)
{
    static const Wording words[] = {
        {"begin", QT_TR_NOOP("Blanks at the beginning"), u"Басындағы бланктер",
         u"Бланков на начало"},
        {"received", QT_TR_NOOP("Blanks received"), u"Алынған бланктер", u"Получено бланков"},
        {"issued", QT_TR_NOOP("Blanks used for certificates"), u"Куәліктерге жұмсалды",
         u"Израсходовано на свидетельства"},
        {"spoiled", QT_TR_NOOP("Blanks spoiled"), u"Бүлінген бланктер", u"Испорчено бланков"},
        {"returned", QT_TR_NOOP("Blanks handed back to the office"),
         u"Бөлімшеге қайтарылған бланктер", u"Возвращено бланков в подразделение"},
        {"on_hand", QT_TR_NOOP("Blanks on hand"), u"Қолдағы бланктер", u"Бланков в наличии"},
    };
    const qint64 values[] = {b.begin, b.received, b.issued, b.spoiled, b.returned, b.onHand};
    QList<ShiftReportLine> lines;
    for (int i = 0; i < int(std::size(words)); ++i)
        lines.append(lineOf(words[i], values[i]));
    return lines;
}

BilingualText ShiftReportLabels::printedKind(OfficeException::Kind kind)
{
    using Kind = OfficeException::Kind;
    switch (kind) {
    case Kind::OutboxStuck:
        return {QStringLiteral("Сұрау шығыс кезегінде тұрып қалды"),
                QStringLiteral("Запрос застрял в очереди отправки")};
    case Kind::IinNotAssigned:
        return {QStringLiteral("ЖСН мерзімінде қалыптастырылмады"),
                QStringLiteral("ИИН не сформирован в срок")};
    case Kind::NotPrinted:
        return {QStringLiteral("ЖСН берілді, куәлік басып шығарылмады"),
                QStringLiteral("ИИН присвоен, свидетельство не напечатано")};
    case Kind::NotHandedOver:
        return {QStringLiteral("Куәлік басып шығарылды, тапсырылмады"),
                QStringLiteral("Свидетельство напечатано, не выдано")};
    case Kind::Reprint:
        return {QStringLiteral("Куәліктің телнұсқасы"), QStringLiteral("Дубликат свидетельства")};
    case Kind::ClockWarning:
        return {QStringLiteral("Жұмыс орнының сағаты дұрыс емес"),
                QStringLiteral("Часы рабочего места расходились")};
    case Kind::BlanksLow:
        return {QStringLiteral("Бланктер аз қалды"), QStringLiteral("Мало бланков")};
    }
    return {};
}

} // namespace iin
