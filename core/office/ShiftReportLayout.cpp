#include "core/office/ShiftReportLayout.h"

#include "core/documents/DocumentBlocks.h"
#include "core/documents/DocumentCanvas.h"
#include "core/documents/DocumentFonts.h"
#include "core/documents/DocumentLabels.h"
#include "core/documents/QrCode.h"
#include "core/office/ShiftReportLabels.h"

#include <QPagedPaintDevice>

namespace iin {

namespace {

using DocumentBlocks::Left;
using DocumentBlocks::width;

constexpr double Top = 16;
constexpr double Bottom = 20;
constexpr double QrSize = 34;

QString both(const BilingualText& t)
{
    return t.kk == t.ru ? t.kk : t.kk + QStringLiteral(" / ") + t.ru;
}

BilingualText spoilReason(const QString& code)
{
    if (code == u"misprint")
        return {QStringLiteral("басып шығару ақауы"), QStringLiteral("брак печати")};
    if (code == u"jam")
        return {QStringLiteral("қағаз кептелді"), QStringLiteral("замятие бумаги")};
    if (code == u"damaged")
        return {QStringLiteral("зақымданған"), QStringLiteral("повреждён")};
    if (code == u"other")
        return {QStringLiteral("басқа"), QStringLiteral("другое")};
    return {code, code};
}

QString localTime(const QDateTime& t)
{
    return t.isValid() ? t.toLocalTime().toString(QStringLiteral("dd.MM.yyyy HH:mm")) : QString();
}

// A page's number at its foot, drawn when the page begins.
void pageFoot(DocumentCanvas& c)
{
    const QString text = QStringLiteral("Бет / Страница %1").arg(c.pageNumber());
    c.text(Left, c.pageHeight() - 12, width(c), text, DocumentFonts::sans(8), DocumentCanvas::Muted,
           Qt::AlignRight);
}

void ensure(DocumentCanvas& c, double& y, double height)
{
    if (c.ensureSpace(y, height, Bottom, Top + 4))
        pageFoot(c);
}

double sectionTitle(DocumentCanvas& c, double y, const BilingualText& title)
{
    ensure(c, y, 20);
    const double h =
        c.text(Left, y, width(c), both(title), DocumentFonts::sans(11, true), DocumentCanvas::Ink);
    c.line(Left, y + h + 0.8, Left + width(c), y + h + 0.8, 0.6);
    return y + h + 2.5;
}

// A table of figures: the label in Kazakh, in Russian below it, the value on the right.
double figures(DocumentCanvas& c, double y, const QList<ShiftReportLine>& lines)
{
    const double w = width(c), valueW = 24, labelW = w - valueW - 4;
    for (const ShiftReportLine& line : lines) {
        ensure(c, y, 10);
        double h = c.text(Left + 1, y, labelW, line.printed.kk, DocumentFonts::sans(9.5));
        h += c.text(Left + 1, y + h, labelW, line.printed.ru, DocumentFonts::sans(8.5),
                    DocumentCanvas::Muted);
        // On the Kazakh label's line, in its size: read together by a screen reader or a text
        // extractor.
        c.text(Left + w - valueW, y, valueW - 1, QString::number(line.value),
               DocumentFonts::sans(9.5, true), Qt::black, Qt::AlignRight);
        y += h + 1;
        c.line(Left, y, Left + w, y, 0.25, DocumentCanvas::Muted);
        y += 1;
    }
    return y + 2;
}

double spoiled(DocumentCanvas& c, double y, const QList<SpoiledBlank>& blanks)
{
    y = sectionTitle(c, y,
                     {QStringLiteral("Бүлінген бланктер"), QStringLiteral("Испорченные бланки")});
    if (blanks.isEmpty()) {
        y += c.text(Left, y, width(c), QStringLiteral("жоқ / нет"), DocumentFonts::sans(9.5));
        return y + 4;
    }
    for (const SpoiledBlank& b : blanks) {
        ensure(c, y, 8);
        const QString line = QStringLiteral("№ %1 — %2; қол қойған / заверил: %3")
                                 .arg(b.serial)
                                 .arg(both(spoilReason(b.reason)), b.countersignedBy);
        y += c.text(Left + 1, y, width(c) - 2, line, DocumentFonts::sans(9.5)) + 1.2;
    }
    return y + 3;
}

double exceptions(DocumentCanvas& c, double y, const ShiftReportData& r)
{
    y = sectionTitle(
        c, y,
        {QStringLiteral("Назар аударуды қажет ететіндер (%1 жағдай бойынша)")
             .arg(localTime(r.exceptionsAsOf)),
         QStringLiteral("Требует внимания (по состоянию на %1)").arg(localTime(r.exceptionsAsOf))});
    if (r.exceptions.isEmpty()) {
        y += c.text(Left, y, width(c), QStringLiteral("жоқ / нет"), DocumentFonts::sans(9.5));
        return y + 4;
    }
    for (const OfficeException& e : r.exceptions) {
        ensure(c, y, 14);
        const BilingualText kind = ShiftReportLabels::printedKind(e.kind);
        QStringList parts;
        if (!e.registrationNumber.isEmpty())
            parts << QStringLiteral("№ ") + e.registrationNumber;
        if (!e.operatorId.isEmpty())
            parts << e.operatorId;
        parts << localTime(e.since);
        if (!e.detail.isEmpty())
            parts << e.detail;
        double h = c.text(Left + 1, y, width(c) - 2, both(kind), DocumentFonts::sans(9.5, true));
        h += c.text(Left + 4, y + h, width(c) - 5, parts.join(QStringLiteral("; ")),
                    DocumentFonts::sans(9));
        y += h + 1.5;
    }
    return y + 3;
}

} // namespace

Status ShiftReportLayout::paint(const ShiftReportData& r, const BilingualText& officeName,
                                const QByteArray& signedPayload, QPagedPaintDevice* device)
{
    if (!DocumentFonts::ensureRegistered())
        return Error{QStringLiteral("document.fonts"),
                     tr("The fonts of the printed documents could not be loaded.")};
    auto qr = QrCode::encode(signedPayload);
    if (!qr)
        return qr.error();
    DocumentCanvas c(device, {r.training, false});
    if (!c.isActive())
        return Error{QStringLiteral("document.device"),
                     tr("Cannot paint on the output device (is the file writable?).")};
    pageFoot(c);
    double y = DocumentBlocks::heading(
        c, Top + 5, officeName,
        {QStringLiteral("Ауысым соңындағы есеп"), QStringLiteral("Отчет за смену")});
    using DocumentBlocks::field;
    y += field(c, y, QStringLiteral("Бөлімше / Подразделение"), r.office);
    y += field(c, y, QStringLiteral("Жұмыс орны / Рабочее место"), r.desk);
    y += field(c, y, QStringLiteral("Оператор / Оператор"),
               r.operatorId.isEmpty() ? QStringLiteral("барлығы / все") : r.operatorId);
    const QString period = r.from == r.to ? DocumentLabels::date(r.from)
                                          : DocumentLabels::date(r.from) + QStringLiteral(" – ") +
                                                DocumentLabels::date(r.to);
    y += field(c, y, QStringLiteral("Кезең / Период"), period);
    y += field(c, y, QStringLiteral("Жасалған уақыты / Сформирован"), localTime(r.generatedAt));
    y += 3;
    y = sectionTitle(c, y, {QStringLiteral("Өтініштер"), QStringLiteral("Заявления")});
    y = figures(c, y, ShiftReportLabels::counts(r.counts));
    y = sectionTitle(
        c, y,
        {QStringLiteral("Қатаң есептегі бланктер"), QStringLiteral("Бланки строгой отчётности")});
    y = figures(c, y, ShiftReportLabels::blanks(r.blanks.balance));
    y = spoiled(c, y, r.blanks.balance.spoiledBlanks);
    y = exceptions(c, y, r);

    ensure(c, y, QrSize + 6);
    qr->paint(c.painter(), c.rect(Left, y, QrSize, QrSize));
    c.text(Left + QrSize + 4, y + 3, width(c) - QrSize - 4,
           QStringLiteral("Есепке жұмыс орнының кілтімен қол қойылған. Тексеру: "
                          "iin-desk-cli report verify"),
           DocumentFonts::sans(8.5), DocumentCanvas::Muted);
    c.text(Left + QrSize + 4, y + 13, width(c) - QrSize - 4,
           QStringLiteral("Отчет подписан ключом рабочего места. Проверка: "
                          "iin-desk-cli report verify"),
           DocumentFonts::sans(8.5), DocumentCanvas::Muted);
    return {};
}

} // namespace iin
