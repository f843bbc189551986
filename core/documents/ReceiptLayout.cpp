#include "core/documents/ReceiptLayout.h"

#include "core/documents/DocumentBlocks.h"
#include "core/documents/DocumentCanvas.h"
#include "core/documents/DocumentFonts.h"
#include "core/documents/DocumentLabels.h"

#include <QPagedPaintDevice>

#include <functional>

namespace iin {

namespace {

constexpr double Top = 16;
constexpr double Bottom = 18;

const BilingualText ServiceName{
    QStringLiteral("«Қазақстан Республикасында уақытша болатын шетелдіктерге және азаматтығы жоқ "
                   "адамдарға жеке сәйкестендіру нөмірін қалыптастыру»"),
    QStringLiteral("«Формирование индивидуальных идентификационных номеров иностранцам и лицам "
                   "без гражданства, временно пребывающим в Республике Казахстан»")};

using DocumentBlocks::bilingual;
using DocumentBlocks::field;
using DocumentBlocks::Left;
using DocumentBlocks::width;

double header(DocumentCanvas& c, double y, const ReceiptParty& party, const BilingualText& title,
              int copy, int copies)
{
    if (copies > 1) {
        // The first copy goes to the applicant, the others stay with the office.
        const QString holder = copy == 1 ? QStringLiteral("көрсетілетін қызметті алушыға / "
                                                          "для услугополучателя")
                                         : QStringLiteral("іс жүргізу үшін / для делопроизводства");
        c.text(Left, y, width(c), QStringLiteral("%1-дана / экземпляр %1 — ").arg(copy) + holder,
               DocumentFonts::sans(7.5), DocumentCanvas::Muted, Qt::AlignLeft);
    }
    return DocumentBlocks::heading(c, y + 5, party.office, title);
}

// "Негіз: <kk> / Основание: <ru>", or the one text for both when they are the same.
QString referenceLine(const BilingualText& reference)
{
    if (reference.isEmpty())
        return {};
    if (reference.kk.isEmpty() || reference.ru.isEmpty() || reference.kk == reference.ru) {
        return QStringLiteral("Негіз / Основание: ") +
               (reference.kk.isEmpty() ? reference.ru : reference.kk);
    }
    return QStringLiteral("Негіз: ") + reference.kk + QStringLiteral(" / Основание: ") +
           reference.ru;
}

double items(DocumentCanvas& c, double y, const QList<ReceiptItem>& list)
{
    int n = 0;
    for (const ReceiptItem& item : list) {
        const double indent = 8, w = width(c) - indent;
        const QString reference = referenceLine(item.reference);
        const double need = c.measure(w, item.text.kk, DocumentFonts::sans(9.5, true)) +
                            c.measure(w, item.text.ru, DocumentFonts::sans(9)) +
                            c.measure(w, reference, DocumentFonts::sans(7.5)) + 4;
        c.ensureSpace(y, need, Bottom + 30, Top + 6);
        c.text(Left, y, indent, QString::number(++n) + u')', DocumentFonts::sans(9.5, true));
        double h = 0;
        if (!item.text.kk.isEmpty())
            h += c.text(Left + indent, y, w, item.text.kk, DocumentFonts::sans(9.5, true));
        if (!item.text.ru.isEmpty() && item.text.ru != item.text.kk)
            h += c.text(Left + indent, y + h + 0.3, w, item.text.ru, DocumentFonts::sans(9),
                        DocumentCanvas::Muted) +
                 0.3;
        if (!reference.isEmpty())
            h += c.text(Left + indent, y + h + 0.6, w, reference, DocumentFonts::sans(7.5),
                        DocumentCanvas::Ink) +
                 0.6;
        y += h + 2.2;
    }
    return y;
}

// Who hands over and who receives, each with a line to sign on.
double signatures(DocumentCanvas& c, double y, const ReceiptParty& party,
                  const BilingualText& staffRole)
{
    c.ensureSpace(y, 32, Bottom, Top + 6);
    y += 3;
    const double colW = (width(c) - 10) / 2;
    const double x2 = Left + colW + 10;
    const BilingualText applicantRole{
        QStringLiteral("Қолхатты алдым (көрсетілетін қызметті алушы)"),
        QStringLiteral("Расписку получил(а) (услугополучатель)")};
    // Both signature lines sit at the same height, below the taller of the two captions.
    auto caption = [&](double x, const BilingualText& role, bool draw) {
        double h = 0;
        const QFont kk = DocumentFonts::sans(8.5, true), ru = DocumentFonts::sans(8.5);
        if (draw) {
            h += c.text(x, y, colW, role.kk, kk, DocumentCanvas::Ink);
            h += c.text(x, y + h + 0.3, colW, role.ru, ru, DocumentCanvas::Muted);
        } else {
            h += c.measure(colW, role.kk, kk) + 0.3 + c.measure(colW, role.ru, ru);
        }
        return h;
    };
    const double captions =
        std::max(caption(Left, staffRole, false), caption(x2, applicantRole, false));
    const double lineY = y + captions + 9;
    auto column = [&](double x, const BilingualText& role, const QString& name) {
        caption(x, role, true);
        c.line(x, lineY, x + colW, lineY, 0.5, Qt::black);
        c.text(x, lineY + 0.8, colW, QStringLiteral("(қолы / подпись)"), DocumentFonts::sans(7),
               DocumentCanvas::Muted, Qt::AlignHCenter);
        return lineY + 4.5 +
               c.text(x, lineY + 4.5, colW, name, DocumentFonts::sans(9.5, true), Qt::black,
                      Qt::AlignHCenter);
    };
    const double a = column(Left, staffRole, party.clerk);
    const double b = column(x2, applicantRole, party.applicant);
    return std::max(a, b) + 4;
}

const BilingualText StaffRole{QStringLiteral("Мемлекеттік корпорация қызметкері"),
                              QStringLiteral("Работник Государственной корпорации")};

Status paintCopies(QPagedPaintDevice* device, const ReceiptParty& party, int copies,
                   const std::function<void(DocumentCanvas&, int)>& paintCopy)
{
    if (!DocumentFonts::ensureRegistered())
        return Error{QStringLiteral("document.fonts"),
                     ReceiptLayout::tr("The fonts of the printed documents could not be loaded.")};
    DocumentCanvas c(device, {party.training, party.duplicate});
    if (!c.isActive())
        return Error{QStringLiteral("document.device"),
                     ReceiptLayout::tr("Cannot paint on the output device (is the file "
                                       "writable?).")};
    for (int copy = 1; copy <= copies; ++copy) {
        if (copy > 1)
            c.newPage();
        paintCopy(c, copy);
    }
    return {};
}

QString when(const QDateTime& t)
{
    return t.toString(u"dd.MM.yyyy HH:mm");
}

} // namespace

Status ReceiptLayout::paintAcceptance(const AcceptanceReceiptData& d, QPagedPaintDevice* device)
{
    return paintCopies(device, d.party, d.copies, [&](DocumentCanvas& c, int copy) {
        double y = header(c, Top, d.party,
                          {QStringLiteral("Құжаттарды қабылдау туралы қолхат"),
                           QStringLiteral("Расписка о приеме документов")},
                          copy, d.copies);
        y += field(c, y, QStringLiteral("Тіркеу нөмірі / Регистрационный номер"),
                   d.registrationNumber, 12);
        y += field(c, y, QStringLiteral("Күні / Дата"), when(d.party.issuedAt));
        y += field(c, y, QStringLiteral("Көрсетілетін қызметті алушы / Услугополучатель"),
                   d.party.applicant);
        y += 2;
        y += bilingual(c, y,
                       {QStringLiteral("Мемлекеттік көрсетілетін қызмет: ") + ServiceName.kk,
                        QStringLiteral("Государственная услуга: ") + ServiceName.ru},
                       9.5);
        y += 4;
        y += bilingual(c, y,
                       {QStringLiteral("Келесі құжаттар қабылданды:"),
                        QStringLiteral("Приняты следующие документы:")},
                       10, true);
        y += 2;
        y = items(c, y, d.documents);
        y += 2;
        c.ensureSpace(y, 30, Bottom + 32, Top + 6);
        y += field(c, y,
                   QStringLiteral("Мемлекеттік қызмет көрсету мерзімі / Срок оказания "
                                  "государственной услуги"),
                   d.serviceTerm.kk == d.serviceTerm.ru || d.serviceTerm.ru.isEmpty()
                       ? d.serviceTerm.kk
                       : d.serviceTerm.kk + QStringLiteral(" / ") + d.serviceTerm.ru);
        y += 2;
        y += bilingual(c, y,
                       {QStringLiteral("Өтініштің мәртебесін %1 «электрондық үкімет» порталынан "
                                       "немесе %2 Бірыңғай байланыс орталығы арқылы біле аласыз.")
                            .arg(d.portal, d.contactCentre),
                        QStringLiteral("Статус заявления можно узнать на портале «электронного "
                                       "правительства» %1 или в Едином контакт-центре %2.")
                            .arg(d.portal, d.contactCentre)},
                       9.5);
        y += 4;
        signatures(c, y, d.party, StaffRole);
    });
}

Status ReceiptLayout::paintRefusal(const RefusalReceiptData& d, QPagedPaintDevice* device)
{
    return paintCopies(device, d.party, d.copies, [&](DocumentCanvas& c, int copy) {
        double y = header(c, Top, d.party,
                          {QStringLiteral("Құжаттарды қабылдаудан бас тарту туралы қолхат"),
                           QStringLiteral("Расписка об отказе в приеме документов")},
                          copy, d.copies);
        y += field(c, y, QStringLiteral("Күні / Дата"), when(d.party.issuedAt));
        y += field(c, y, QStringLiteral("Көрсетілетін қызметті алушы / Услугополучатель"),
                   d.party.applicant);
        y += 3;
        // The wording of the standard refusal receipt (Law on public services, art. 20 p.2).
        y += bilingual(
            c, y,
            {QStringLiteral("«Мемлекеттік көрсетілетін қызметтер туралы» Қазақстан Республикасы "
                            "Заңының 20-бабының 2-тармағын басшылыққа ала отырып, ") +
                 d.party.office.kk +
                 QStringLiteral(" мемлекеттік көрсетілетін қызмет стандартында көзделген "
                                "тізбеге сәйкес құжаттардың толық топтамасын және (немесе) "
                                "қолданылу мерзімі өтіп кеткен құжаттарды ұсынуыңызға "
                                "байланысты ") +
                 ServiceName.kk +
                 QStringLiteral(" мемлекеттік көрсетілетін қызметті көрсетуге құжаттарды "
                                "қабылдаудан бас тартады, атап айтқанда:"),
             QStringLiteral("Руководствуясь пунктом 2 статьи 20 Закона Республики Казахстан "
                            "«О государственных услугах», ") +
                 d.party.office.ru +
                 QStringLiteral(" отказывает в приеме документов на оказание государственной "
                                "услуги ") +
                 ServiceName.ru +
                 QStringLiteral(" ввиду представления Вами неполного пакета документов "
                                "согласно перечню, предусмотренному стандартом государственной "
                                "услуги, и (или) документов с истекшим сроком действия, а "
                                "именно:")},
            9);
        y += 4;
        y += bilingual(c, y,
                       {QStringLiteral("Жоқ құжаттардың атауы:"),
                        QStringLiteral("Наименование отсутствующих документов:")},
                       10, true);
        y += 2;
        y = items(c, y, d.missingDocuments);
        y += 2;
        c.ensureSpace(y, 12, Bottom + 32, Top + 6);
        y += bilingual(
            c, y,
            {QStringLiteral("Осы қолхат әр тарапқа бір-бірден %1 данада жасалды.").arg(d.copies),
             QStringLiteral("Настоящая расписка составлена в %1 экземплярах, по "
                            "одному для каждой стороны.")
                 .arg(d.copies == 2 ? QStringLiteral("двух") : QString::number(d.copies))},
            9);
        y += 2;
        signatures(c, y, d.party, StaffRole);
    });
}

} // namespace iin
