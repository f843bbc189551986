#include "core/documents/CertificateLayout.h"

#include "core/documents/DocumentCanvas.h"
#include "core/documents/DocumentFonts.h"
#include "core/documents/DocumentLabels.h"
#include "core/documents/QrCode.h"

#include <QPagedPaintDevice>

namespace iin {

namespace {

struct Row
{
    BilingualText label;
    QString value;       // first line, larger
    QString secondValue; // second line: the Latin spelling or the Russian wording
};

QString joined(const BilingualText& t)
{
    if (t.kk.isEmpty() || t.ru.isEmpty() || t.kk == t.ru)
        return t.kk.isEmpty() ? t.ru : t.kk;
    return t.kk + QStringLiteral(" / ") + t.ru;
}

QString dash(const QString& s)
{
    return s.isEmpty() ? QStringLiteral("—") : s;
}

QList<Row> rows(const CertificateData& d)
{
    const BilingualText sex = DocumentLabels::sex(d.sex);
    const BilingualText type = DocumentLabels::documentType(d.identityDocument.type);
    const IdentityDocument& doc = d.identityDocument;
    QString document = joined(type) + QStringLiteral(" № ") + dash(doc.number);
    if (!doc.issuingState.isEmpty())
        document += QStringLiteral(", ") + doc.issuingState;
    QString validity;
    if (doc.issueDate.isValid())
        validity =
            QStringLiteral("берілген күні / дата выдачи ") + DocumentLabels::date(doc.issueDate);
    if (doc.expiryDate.isValid())
        validity += (validity.isEmpty() ? QString() : QStringLiteral(", ")) +
                    QStringLiteral("жарамды / действителен до ") +
                    DocumentLabels::date(doc.expiryDate);
    if (!doc.issuingAuthority.isEmpty())
        validity += (validity.isEmpty() ? QString() : QStringLiteral("; ")) + doc.issuingAuthority;

    QString citizenship = joined(d.citizenshipName);
    citizenship = citizenship.isEmpty() ? d.citizenship
                                        : citizenship + QStringLiteral(" (") + d.citizenship + u')';
    return {
        {{QStringLiteral("Тегі"), QStringLiteral("Фамилия")},
         dash(d.nameCyrillic.surname),
         d.nameLatin.surname},
        {{QStringLiteral("Аты"), QStringLiteral("Имя")},
         dash(d.nameCyrillic.givenName),
         d.nameLatin.givenName},
        {{QStringLiteral("Әкесінің аты (бар болған жағдайда)"),
          QStringLiteral("Отчество (при наличии)")},
         dash(d.nameCyrillic.patronymic),
         d.nameLatin.patronymic},
        {{QStringLiteral("Туған күні"), QStringLiteral("Дата рождения")},
         DocumentLabels::date(d.birthDate),
         {}},
        {{QStringLiteral("Туған жері"), QStringLiteral("Место рождения")}, dash(d.birthPlace), {}},
        {{QStringLiteral("Жынысы"), QStringLiteral("Пол")}, joined(sex), {}},
        {{QStringLiteral("Азаматтығы"), QStringLiteral("Гражданство")}, dash(citizenship), {}},
        {{QStringLiteral("Жеке басын куәландыратын құжат"),
          QStringLiteral("Документ, удостоверяющий личность")},
         document,
         validity},
        {{QStringLiteral("Берілген күні"), QStringLiteral("Дата выдачи")},
         DocumentLabels::date(d.issueDate),
         {}},
        {{QStringLiteral("Берген орган"), QStringLiteral("Орган выдачи")},
         dash(d.issuingOffice.kk.isEmpty() ? d.issuingOffice.ru : d.issuingOffice.kk),
         d.issuingOffice.kk == d.issuingOffice.ru ? QString() : d.issuingOffice.ru},
    };
}

void paintHeader(DocumentCanvas& c, const CertificateData& d, double& y)
{
    const double w = c.pageWidth();
    y += c.text(0, y, w, QStringLiteral("ҚАЗАҚСТАН РЕСПУБЛИКАСЫ"), DocumentFonts::sans(10, true),
                DocumentCanvas::Ink, Qt::AlignHCenter);
    y += c.text(0, y + 0.5, w, QStringLiteral("РЕСПУБЛИКА КАЗАХСТАН"), DocumentFonts::sans(9),
                DocumentCanvas::Muted, Qt::AlignHCenter) +
         3;
    // Room is left on the right for the DUPLICATE stamp.
    const double hx = (w - DocumentCanvas::HeaderWidth) / 2, hw = DocumentCanvas::HeaderWidth;
    y += c.text(hx, y, hw, d.issuingOffice.kk, DocumentFonts::sans(8.5), DocumentCanvas::Ink,
                Qt::AlignHCenter);
    if (d.issuingOffice.ru != d.issuingOffice.kk)
        y += c.text(hx, y + 0.5, hw, d.issuingOffice.ru, DocumentFonts::sans(8.5),
                    DocumentCanvas::Muted, Qt::AlignHCenter);
    y += 3;
    c.line(24, y, w - 24, y, 0.9);
    c.line(24, y + 0.9, w - 24, y + 0.9, 0.3);
    y += 5;
    y += c.text(0, y, w, QStringLiteral("ТІРКЕУ КУӘЛІГІ"), DocumentFonts::serif(25, true),
                DocumentCanvas::Ink, Qt::AlignHCenter);
    y += c.text(0, y + 0.5, w, QStringLiteral("РЕГИСТРАЦИОННОЕ СВИДЕТЕЛЬСТВО"),
                DocumentFonts::serif(14.5, true), DocumentCanvas::Ink, Qt::AlignHCenter);
    y += 1.5;
    y += c.text(0, y, w, QStringLiteral("№ ") + d.certificateNumber, DocumentFonts::sans(12, true),
                Qt::black, Qt::AlignHCenter);
}

void paintIin(DocumentCanvas& c, const CertificateData& d, double& y)
{
    const double w = c.pageWidth(), boxW = 126, x = (w - boxW) / 2, h = 24;
    y += 3.5;
    QPainter& p = c.painter();
    p.save();
    p.setPen(Qt::NoPen);
    p.setBrush(QColor(0xee, 0xf3, 0xfa));
    p.drawRoundedRect(c.rect(x, y, boxW, h), c.px(2), c.px(2));
    p.restore();
    c.box(x, y, boxW, h, 1.2, DocumentCanvas::Ink, 2);
    c.text(x, y + 1.8, boxW,
           QStringLiteral("Жеке сәйкестендіру нөмірі (ЖСН) / "
                          "Индивидуальный идентификационный номер (ИИН)"),
           DocumentFonts::sans(7.5), DocumentCanvas::Muted, Qt::AlignHCenter);
    QFont digits = DocumentFonts::sans(25, true);
    digits.setLetterSpacing(QFont::AbsoluteSpacing, 2.5);
    c.text(x, y + 6.5, boxW, d.iin, digits, Qt::black, Qt::AlignHCenter);
    y += h + 5;
}

constexpr double QrSize = 36;

// Where the footer (QR code, signature, statement) begins: the rows must end above it.
double footerTop(const DocumentCanvas& c)
{
    return c.pageHeight() - 24 - QrSize - 4;
}

// Paints the rows at `scale` of the normal type sizes, or only measures them (draw = false);
// returns where they end.
double paintRows(DocumentCanvas& c, const QList<Row>& rows, double y, double scale, bool draw)
{
    const double left = 22, labelW = 62, valueX = left + labelW + 4;
    const double valueW = c.pageWidth() - 22 - valueX;
    auto put = [&](double x, double top, double width, const QString& text, const QFont& font,
                   const QColor& color) {
        return draw ? c.text(x, top, width, text, font, color) : c.measure(width, text, font);
    };
    if (draw)
        c.line(left, y, c.pageWidth() - 22, y, 0.5, DocumentCanvas::Ink);
    for (const Row& r : rows) {
        const double top = y + 1.6 * scale;
        double lh = put(left, top, labelW, r.label.kk, DocumentFonts::sans(8 * scale, true),
                        DocumentCanvas::Ink);
        lh += put(left, top + lh, labelW, r.label.ru, DocumentFonts::sans(7.5 * scale),
                  DocumentCanvas::Muted);
        double vh =
            put(valueX, top, valueW, r.value, DocumentFonts::sans(10.5 * scale, true), Qt::black);
        if (!r.secondValue.isEmpty())
            vh += 0.2 + put(valueX, top + vh + 0.2, valueW, r.secondValue,
                            DocumentFonts::sans(9 * scale), Qt::black);
        y = top + std::max(lh, vh) + 1.6 * scale;
        if (draw)
            c.line(left, y, c.pageWidth() - 22, y, 0.25, QColor(0xb8, 0xc2, 0xd0));
    }
    return y;
}

// Long names, places or office names must not push the rows into the footer: the type is made
// smaller step by step until they fit (the certificate is always one page).
double rowScale(DocumentCanvas& c, const QList<Row>& rows, double y)
{
    for (double scale : {1.0, 0.92, 0.85, 0.78, 0.72}) {
        if (paintRows(c, rows, y, scale, false) <= footerTop(c) - 3)
            return scale;
    }
    return 0.66;
}

void paintFooter(DocumentCanvas& c, const CertificateData& d, const QrCode& qr,
                 const QString& keyId)
{
    const double w = c.pageWidth(), h = c.pageHeight();
    const double qrSize = QrSize, qrX = 19, qrY = footerTop(c);
    qr.paint(c.painter(), c.rect(qrX, qrY, qrSize, qrSize));
    const double capX = qrX + qrSize + 2, capW = 54;
    double cy = qrY + 4;
    cy += c.text(capX, cy, capW,
                 QStringLiteral("Куәліктің түпнұсқалығын тексеру үшін QR кодты сканерлеңіз"),
                 DocumentFonts::sans(7.5), DocumentCanvas::Ink);
    cy += c.text(capX, cy + 1, capW,
                 QStringLiteral("Для проверки подлинности свидетельства отсканируйте QR-код"),
                 DocumentFonts::sans(7.5), DocumentCanvas::Muted) +
          3;
    c.text(capX, cy, capW, QStringLiteral("Кілт / Ключ: ") + keyId, DocumentFonts::sans(7.5),
           DocumentCanvas::Muted);

    // The officer's signature and, over its end, the place of the seal.
    const double sx = 116, sw = w - 22 - sx;
    double sy = qrY + 2;
    sy += c.text(sx, sy, sw, QStringLiteral("Лауазымды тұлға / Должностное лицо"),
                 DocumentFonts::sans(8, true), DocumentCanvas::Ink) +
          12;
    QPainter& p = c.painter();
    p.save();
    const QColor sealColor(0x9a, 0xa5, 0xb4);
    QPen dashed(sealColor, c.px(0.25));
    dashed.setStyle(Qt::DashLine);
    p.setPen(dashed);
    p.setBrush(Qt::NoBrush);
    const double seal = 20, sealX = sx + sw - seal - 2, sealY = sy - seal / 2 - 2;
    p.drawEllipse(c.rect(sealX, sealY, seal, seal));
    p.restore();
    c.text(sealX, sealY + seal / 2 - 1.5, seal, QStringLiteral("М.О. / М.П."),
           DocumentFonts::sans(6.5), sealColor, Qt::AlignHCenter);
    c.line(sx, sy, sx + sw - seal - 4, sy, 0.5, Qt::black);
    c.text(sx, sy + 1, sw - seal - 4, QStringLiteral("(қолы / подпись)"), DocumentFonts::sans(7),
           DocumentCanvas::Muted, Qt::AlignHCenter);
    sy += 11;
    c.text(sx, sy, sw, dash(d.issuingOfficer), DocumentFonts::sans(10, true), Qt::black,
           Qt::AlignLeft);

    const double fy = h - 24;
    c.line(22, fy - 2, w - 22, fy - 2, 0.3);
    c.text(22, fy, w - 44,
           QStringLiteral("Осы куәлік Қазақстан Республикасында жеке сәйкестендіру нөмірінің "
                          "қалыптастырылғанын растайды."),
           DocumentFonts::sans(7.5), DocumentCanvas::Ink, Qt::AlignHCenter);
    c.text(22, fy + 3.6, w - 44,
           QStringLiteral("Настоящее свидетельство подтверждает формирование индивидуального "
                          "идентификационного номера в Республике Казахстан."),
           DocumentFonts::sans(7.5), DocumentCanvas::Muted, Qt::AlignHCenter);
}

} // namespace

Result<CertificatePayload> CertificateLayout::paint(const CertificateData& data,
                                                    const SigningKey& key,
                                                    QPagedPaintDevice* device)
{
    auto payload = CertificatePayload::fromCertificate(data);
    if (!payload)
        return payload.error();
    if (Status s = payload->sign(key); !s)
        return s.error();
    if (Status s = paintSigned(data, *payload, device); !s)
        return s.error();
    return payload;
}

Result<CertificatePayload> CertificateLayout::paint(const CertificateData& data,
                                                    const RegistryAttestation& attestation,
                                                    const SigningKey& deskKey,
                                                    QPagedPaintDevice* device)
{
    auto payload = CertificatePayload::fromCertificate(data);
    if (!payload)
        return payload.error();
    if (Status s = payload->sign(attestation, deskKey); !s)
        return s.error();
    if (Status s = paintSigned(data, *payload, device); !s)
        return s.error();
    return payload;
}

Result<CertificatePayload> CertificateLayout::paintWithOwnKeys(const CertificateData& data,
                                                               const SigningKey& registryKey,
                                                               const SigningKey& deskKey,
                                                               QPagedPaintDevice* device)
{
    auto payload = CertificatePayload::fromCertificate(data);
    if (!payload)
        return payload.error();
    Result<RegistryAttestation> attestation =
        RegistryAttestation::make(payload->iin, payload->nameCyrillic, payload->nameLatin,
                                  payload->birthDate, payload->issueDate, registryKey);
    if (!attestation)
        return attestation.error();
    return paint(data, *attestation, deskKey, device);
}

Status CertificateLayout::paintSigned(const CertificateData& data,
                                      const CertificatePayload& payload, QPagedPaintDevice* device)
{
    auto qr = QrCode::encode(payload.encode());
    if (!qr)
        return qr.error();
    if (!DocumentFonts::ensureRegistered())
        return Error{QStringLiteral("document.fonts"),
                     tr("The fonts of the printed documents could not be loaded.")};

    DocumentCanvas c(device, {data.training, data.duplicate});
    if (!c.isActive())
        return Error{QStringLiteral("document.device"),
                     tr("Cannot paint on the output device (is the file writable?).")};
    c.box(8, 8, c.pageWidth() - 16, c.pageHeight() - 16, 2.2);
    c.box(10, 10, c.pageWidth() - 20, c.pageHeight() - 20, 0.5);
    double y = 15;
    paintHeader(c, data, y);
    paintIin(c, data, y);
    const QList<Row> fields = rows(data);
    paintRows(c, fields, y, rowScale(c, fields, y), true);
    paintFooter(c, data, *qr,
                payload.version == 1 ? payload.keyId
                                     : payload.keyId + QStringLiteral(" · ") + payload.deskKeyId);
    return {};
}

} // namespace iin
