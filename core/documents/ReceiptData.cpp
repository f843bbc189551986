#include "core/documents/ReceiptData.h"

#include "core/documents/DocumentJsonReader.h"

#include <QJsonArray>

#include <algorithm>

namespace iin {

ReceiptItem ReceiptItem::fromFinding(const Finding& finding, const QString& language)
{
    ReceiptItem item;
    if (language == u"kk") {
        item.text.kk = finding.message;
        item.reference.kk = finding.rule;
    } else if (language == u"ru") {
        item.text.ru = finding.message;
        item.reference.ru = finding.rule;
    } else {
        item.text = {finding.message, finding.message};
        item.reference = {finding.rule, finding.rule};
    }
    return item;
}

QList<ReceiptItem> ReceiptItem::fromFindings(const Findings& findings, const QString& language)
{
    QList<ReceiptItem> items;
    for (const Finding& f : findings) {
        if (f.severity != Severity::Warning)
            items.append(fromFinding(f, language));
    }
    return items;
}

QList<ReceiptItem> ReceiptItem::fromFindings(const Findings& kazakh, const Findings& russian)
{
    QList<ReceiptItem> items = fromFindings(kazakh, QStringLiteral("kk"));
    for (const Finding& f : russian) {
        if (f.severity == Severity::Warning)
            continue;
        const auto same = std::find_if(kazakh.cbegin(), kazakh.cend(), [&](const Finding& k) {
            return k.severity != Severity::Warning && k.code == f.code && k.field == f.field;
        });
        if (same == kazakh.cend()) {
            items.append(fromFinding(f, QStringLiteral("ru")));
            continue;
        }
        // Position of the paired line among the non-warning Kazakh findings.
        const auto index = std::count_if(kazakh.cbegin(), same, [](const Finding& k) {
            return k.severity != Severity::Warning;
        });
        items[index].text.ru = f.message;
        items[index].reference.ru = f.rule;
    }
    return items;
}

Result<AcceptanceReceiptData> AcceptanceReceiptData::fromJson(const QJsonObject& object)
{
    DocumentJsonReader r(object);
    AcceptanceReceiptData d;
    d.party = r.party();
    d.registrationNumber = r.string(u"registration_number", true);
    d.documents = r.items(u"documents", true);
    d.serviceTerm = r.bilingual(u"service_term");
    if (d.serviceTerm.isEmpty())
        d.serviceTerm = {QStringLiteral("1 жұмыс күні"), QStringLiteral("1 рабочий день")};
    if (const QString portal = r.string(u"portal", false); !portal.isEmpty())
        d.portal = portal;
    if (const QString centre = r.string(u"contact_centre", false); !centre.isEmpty())
        d.contactCentre = centre;
    d.copies = qBound(1, r.integer(u"copies", 1), 4);
    if (auto error = r.error())
        return *error;
    return d;
}

QJsonObject AcceptanceReceiptData::toJson() const
{
    QJsonObject o;
    DocumentJsonReader::partyToJson(party, o);
    o.insert(QStringLiteral("registration_number"), registrationNumber);
    o.insert(QStringLiteral("documents"), DocumentJsonReader::itemsToJson(documents));
    o.insert(QStringLiteral("service_term"), DocumentJsonReader::bilingualToJson(serviceTerm));
    o.insert(QStringLiteral("portal"), portal);
    o.insert(QStringLiteral("contact_centre"), contactCentre);
    o.insert(QStringLiteral("copies"), copies);
    return o;
}

Result<RefusalReceiptData> RefusalReceiptData::fromJson(const QJsonObject& object)
{
    DocumentJsonReader r(object);
    RefusalReceiptData d;
    d.party = r.party();
    d.missingDocuments = r.items(u"missing_documents", true);
    d.copies = qBound(1, r.integer(u"copies", 2), 4);
    if (auto error = r.error())
        return *error;
    return d;
}

QJsonObject RefusalReceiptData::toJson() const
{
    QJsonObject o;
    DocumentJsonReader::partyToJson(party, o);
    o.insert(QStringLiteral("missing_documents"),
             DocumentJsonReader::itemsToJson(missingDocuments));
    o.insert(QStringLiteral("copies"), copies);
    return o;
}

} // namespace iin
