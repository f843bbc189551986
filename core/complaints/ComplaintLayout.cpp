#include "core/complaints/ComplaintLayout.h"

#include "core/documents/DocumentBlocks.h"
#include "core/documents/DocumentCanvas.h"
#include "core/documents/DocumentFonts.h"
#include "core/documents/DocumentLabels.h"

#include <QPagedPaintDevice>

namespace iin {

namespace {

using DocumentBlocks::bilingual;
using DocumentBlocks::field;
using DocumentBlocks::Left;
using DocumentBlocks::width;

constexpr double Top = 16;
constexpr double Bottom = 18;

// The printed document always speaks both languages: fixed kk/ru pairs, not translations.
QString both(const BilingualText& t)
{
    return t.kk == t.ru ? t.kk : t.kk + QStringLiteral(" / ") + t.ru;
}

BilingualText addressee(ComplaintAddressee a)
{
    switch (a) {
    case ComplaintAddressee::ServiceProvider:
        return {QStringLiteral("көрсетілетін қызметті беруші"), QStringLiteral("услугодатель")};
    case ComplaintAddressee::QualityControl:
        return {QStringLiteral("мемлекеттік қызметтер көрсетудің сапасын бағалау және бақылау "
                               "жөніндегі уәкілетті орган"),
                QStringLiteral("уполномоченный орган по оценке и контролю за качеством оказания "
                               "государственных услуг")};
    case ComplaintAddressee::StateCorporationHead:
        return {QStringLiteral("Мемлекеттік корпорацияның басшысы"),
                QStringLiteral("руководитель Государственной корпорации")};
    case ComplaintAddressee::InformatizationBody:
        return {QStringLiteral("ақпараттандыру саласындағы уәкілетті орган"),
                QStringLiteral("уполномоченный орган в сфере информатизации")};
    }
    return {};
}

BilingualText channel(ComplaintChannel c)
{
    switch (c) {
    case ComplaintChannel::InPerson:
        return {QStringLiteral("жеке өзі"), QStringLiteral("лично (нарочно)")};
    case ComplaintChannel::Post:
        return {QStringLiteral("пошта арқылы"), QStringLiteral("почтой")};
    case ComplaintChannel::Portal:
        return {QStringLiteral("портал арқылы"), QStringLiteral("через портал")};
    case ComplaintChannel::Email:
        return {QStringLiteral("электрондық пошта арқылы"), QStringLiteral("по электронной почте")};
    }
    return {};
}

QString subjectLine(const Complaint& c)
{
    switch (c.subject) {
    case ComplaintSubject::Application:
        break;
    case ComplaintSubject::Officer:
        return QStringLiteral("лауазымды адам / должностное лицо: ") + c.subjectPerson;
    case ComplaintSubject::StateCorporationEmployee:
        return QStringLiteral("Мемлекеттік корпорация қызметкері / работник Государственной "
                              "корпорации: ") +
               c.subjectPerson;
    }
    return QStringLiteral("өтініш / заявление № ") + (c.registrationNumber.isEmpty()
                                                          ? QString::number(c.applicationId)
                                                          : c.registrationNumber);
}

BilingualText termName(ComplaintTermKind kind)
{
    if (kind == ComplaintTermKind::Forward)
        return {QStringLiteral("Шағымды іспен бірге шағымды қарайтын органға жіберу"),
                QStringLiteral("Направление жалобы с делом в орган, рассматривающий жалобу")};
    return {QStringLiteral("Шағымды қарау"), QStringLiteral("Рассмотрение жалобы")};
}

BilingualText termState(ComplaintTermState state)
{
    switch (state) {
    case ComplaintTermState::Due:
        return {QStringLiteral("мерзімі келмеді"), QStringLiteral("срок не истек")};
    case ComplaintTermState::DueSoon:
        return {QStringLiteral("мерзімі жақындады"), QStringLiteral("срок истекает")};
    case ComplaintTermState::Overdue:
        return {QStringLiteral("мерзімі өтті"), QStringLiteral("срок пропущен")};
    case ComplaintTermState::Met:
        return {QStringLiteral("мерзімінде орындалды"), QStringLiteral("исполнено в срок")};
    case ComplaintTermState::Late:
        return {QStringLiteral("мерзімі өткен соң орындалды"),
                QStringLiteral("исполнено с нарушением срока")};
    }
    return {};
}

BilingualText outcome(const Complaint& c)
{
    const QString date = [&] {
        switch (c.state) {
        case ComplaintState::SatisfiedFavourably:
            return DocumentLabels::date(c.favourableActOn);
        case ComplaintState::Forwarded:
            return DocumentLabels::date(c.forwardedOn);
        case ComplaintState::Decided:
            return DocumentLabels::date(c.decidedOn);
        case ComplaintState::Open:
            break;
        }
        return QString();
    }();
    const auto ref = [](const QString& r) {
        return r.isEmpty() ? QString() : QStringLiteral(", № ") + r;
    };
    switch (c.state) {
    case ComplaintState::Open:
        return {QStringLiteral("қаралуда"), QStringLiteral("на рассмотрении")};
    case ComplaintState::SatisfiedFavourably:
        return {date +
                    QStringLiteral(" қолайлы әкімшілік акт қабылданды, шағым толық "
                                   "қанағаттандырылды, жіберілмейді") +
                    ref(c.favourableActReference),
                date +
                    QStringLiteral(" принят благоприятный административный акт, жалоба "
                                   "удовлетворена полностью, не направляется") +
                    ref(c.favourableActReference)};
    case ComplaintState::Forwarded:
        return {date + QStringLiteral(" шағымды қарайтын органға жіберілді") +
                    (c.forwardedTo.isEmpty() ? QString() : QStringLiteral(": ") + c.forwardedTo),
                date + QStringLiteral(" направлена в орган, рассматривающий жалобу") +
                    (c.forwardedTo.isEmpty() ? QString() : QStringLiteral(": ") + c.forwardedTo)};
    case ComplaintState::Decided:
        if (c.decision == ComplaintDecision::Satisfied)
            return {date + QStringLiteral(" қанағаттандырылды") + ref(c.decisionReference),
                    date + QStringLiteral(" удовлетворена") + ref(c.decisionReference)};
        return {date + QStringLiteral(" қанағаттандырудан бас тартылды") + ref(c.decisionReference),
                date + QStringLiteral(" отказано в удовлетворении") + ref(c.decisionReference)};
    }
    return {};
}

// "3 рабочих дня", "5 рабочих дней", "21 рабочий день" (Kazakh does not inflect: "жұмыс күні").
QString workingDaysRu(int n)
{
    const int tens = n % 100, units = n % 10;
    if (tens >= 11 && tens <= 14)
        return QStringLiteral("%1 рабочих дней").arg(n);
    if (units == 1)
        return QStringLiteral("%1 рабочий день").arg(n);
    if (units >= 2 && units <= 4)
        return QStringLiteral("%1 рабочих дня").arg(n);
    return QStringLiteral("%1 рабочих дней").arg(n);
}

// The terms as a small table: the term, its length, its due date, its state.
double termsTable(DocumentCanvas& c, double y, const ComplaintTerms& terms)
{
    const double w = width(c);
    const double cols[] = {Left, Left + 0.42 * w, Left + 0.60 * w, Left + 0.74 * w, Left + w};
    const auto cell = [&](int col, double top, const BilingualText& t, bool bold) {
        const double cw = cols[col + 1] - cols[col] - 2;
        double h = c.text(cols[col] + 1, top, cw, t.kk, DocumentFonts::sans(8.5, bold));
        if (!t.ru.isEmpty() && t.ru != t.kk)
            h += c.text(cols[col] + 1, top + h + 0.3, cw, t.ru, DocumentFonts::sans(8),
                        DocumentCanvas::Muted) +
                 0.3;
        return h;
    };
    const BilingualText head[] = {
        {QStringLiteral("Мерзім"), QStringLiteral("Срок")},
        {QStringLiteral("Ұзақтығы"), QStringLiteral("Продолжительность")},
        {QStringLiteral("Аяқталу күні"), QStringLiteral("Дата истечения")},
        {QStringLiteral("Жағдайы"), QStringLiteral("Состояние")},
    };
    double rowH = 0;
    for (int i = 0; i < 4; ++i)
        rowH = std::max(rowH, cell(i, y + 1, head[i], true));
    y += rowH + 2;
    c.line(Left, y, Left + w, y, 0.5);
    for (const ComplaintTerm& t : terms.terms) {
        c.ensureSpace(y, 16, Bottom, Top + 6);
        BilingualText state = termState(t.state);
        if (t.doneOn.isValid()) {
            state.kk += QStringLiteral(" (") + DocumentLabels::date(t.doneOn) + u')';
            state.ru += QStringLiteral(" (") + DocumentLabels::date(t.doneOn) + u')';
        }
        const QString due = DocumentLabels::date(t.due);
        const BilingualText cells[] = {
            termName(t.kind),
            {QStringLiteral("%1 жұмыс күні").arg(t.workingDays), workingDaysRu(t.workingDays)},
            {due, due},
            state,
        };
        rowH = 0;
        for (int i = 0; i < 4; ++i)
            rowH = std::max(rowH, cell(i, y + 1.2, cells[i], i == 3));
        y += rowH + 2.4;
        c.line(Left, y, Left + w, y, 0.3);
    }
    return y + 3;
}

} // namespace

Status ComplaintLayout::paint(const ComplaintRecord& record, const Options& options,
                              QPagedPaintDevice* device)
{
    if (!DocumentFonts::ensureRegistered())
        return Error{QStringLiteral("document.fonts"),
                     tr("The fonts of the printed documents could not be loaded.")};
    DocumentCanvas c(device, {options.training, false});
    if (!c.isActive())
        return Error{QStringLiteral("document.device"),
                     tr("Cannot paint on the output device (is the file writable?).")};
    const Complaint& d = record.entry.complaint;
    const ComplaintTerms& terms = record.entry.terms;

    double y = DocumentBlocks::heading(
        c, Top + 5, options.office,
        {QStringLiteral("Шағым туралы анықтама"), QStringLiteral("Справка о жалобе")});
    y += field(c, y, QStringLiteral("Шағымның нөмірі / Номер жалобы"),
               QStringLiteral("№ %1").arg(d.id), 12);
    y += field(c, y, QStringLiteral("Тіркелген күні / Дата регистрации"),
               DocumentLabels::date(d.received));
    y += field(c, y, QStringLiteral("Түсу тәсілі / Способ поступления"), both(channel(d.channel)));
    y += field(c, y, QStringLiteral("Шағым беруші / Заявитель"), d.complainant);
    if (!d.contact.isEmpty())
        y += field(c, y, QStringLiteral("Байланыс деректері / Контактные данные"), d.contact);
    y += field(c, y, QStringLiteral("Шағымның нысанасы / Предмет обжалования"), subjectLine(d));
    y += field(c, y, QStringLiteral("Шағымның адресаты / Адресат жалобы"),
               both(addressee(d.addressee)));
    y += 2;
    y += bilingual(c, y, {QStringLiteral("Шағымның мәні:"), QStringLiteral("Суть жалобы:")}, 10,
                   true);
    y += 1;
    y += c.text(Left, y, width(c), d.substance, DocumentFonts::sans(9.5)) + 4;

    c.ensureSpace(y, 20, Bottom, Top + 6);
    const LimitationCheck& lim = terms.limitation;
    if (lim.known) {
        const QString last = DocumentLabels::date(lim.lastDay);
        const BilingualText check =
            lim.late ? BilingualText{QStringLiteral("%1 дейін — мерзімі өткізілген (ескерту, бас "
                                                    "тарту негізі емес)")
                                         .arg(last),
                                     QStringLiteral("до %1 — пропущен (предупреждение, не "
                                                    "основание для отказа)")
                                         .arg(last)}
                     : BilingualText{QStringLiteral("%1 дейін — сақталды").arg(last),
                                     QStringLiteral("до %1 — соблюден").arg(last)};
        y += field(c, y,
                   QStringLiteral("Шағым беру мерзімі (ӘРПК 92-бабы) / Срок подачи жалобы "
                                  "(ст. 92 АППК)"),
                   both(check));
    }
    y += 2;
    y += bilingual(c, y,
                   {QStringLiteral("Мерзімдер (%1 жағдай бойынша):")
                        .arg(DocumentLabels::date(options.printedOn)),
                    QStringLiteral("Сроки (по состоянию на %1):")
                        .arg(DocumentLabels::date(options.printedOn))},
                   10, true);
    y = termsTable(c, y + 1, terms);

    c.ensureSpace(y, 24, Bottom, Top + 6);
    y += field(c, y, QStringLiteral("Нәтижесі / Результат"), both(outcome(d)));
    if (terms.deemedRefusal) {
        y += 1;
        y += bilingual(c, y,
                       {QStringLiteral("Шағым бойынша шешім мерзімінде қабылданбады: бұл бас тарту "
                                       "деп есептеледі (ӘРПК 100-бабының 5-тармағы)."),
                        QStringLiteral("Решение по жалобе не принято в срок: это считается "
                                       "отказом (пункт 5 статьи 100 АППК).")},
                       9.5, true);
    }
    y += 4;
    bilingual(c, y,
              {QStringLiteral("Негіз: Қағидалардың 3-тарауы (17–21-тармақтар); ӘРПК 91, 92, "
                              "100-баптары. Мерзімдер тіркелген күннің келесі күнінен бастап "
                              "жұмыс күндерімен есептеледі."),
               QStringLiteral("Основание: глава 3 Правил (пункты 17–21); статьи 91, 92, 100 "
                              "АППК. Сроки исчисляются в рабочих днях со дня, следующего за днем "
                              "регистрации.")},
              8);
    return {};
}

} // namespace iin
