#include "core/documents/CertificateData.h"

#include "core/documents/DocumentJsonReader.h"
#include "core/person/Countries.h"

namespace iin {

CertificateData CertificateData::fromApplication(const Application& application)
{
    CertificateData d;
    d.nameCyrillic = application.nameCyrillic;
    d.nameLatin = application.nameLatin;
    d.birthDate = application.birthDate;
    d.birthPlace = application.birthPlace;
    d.sex = application.sex;
    d.citizenship = application.citizenship;
    if (Countries::isKnownAlpha3(d.citizenship))
        d.citizenshipName = {Countries::name(d.citizenship, QStringLiteral("kk")),
                             Countries::name(d.citizenship, QStringLiteral("ru"))};
    if (application.identityDocument)
        d.identityDocument = *application.identityDocument;
    return d;
}

Result<CertificateData> CertificateData::fromJson(const QJsonObject& object)
{
    DocumentJsonReader r(object);
    CertificateData d;
    d.iin = r.string(u"iin", true);
    d.certificateNumber = r.string(u"certificate_number", true);
    d.nameCyrillic = r.name(u"name_cyrillic", true);
    d.nameLatin = r.name(u"name_latin", true);
    d.birthDate = r.date(u"birth_date", true);
    d.birthPlace = r.string(u"birth_place", false);
    d.sex = sexFromString(r.string(u"sex", false));
    d.citizenship = r.string(u"citizenship", true);
    d.citizenshipName = r.bilingual(u"citizenship_name");
    if (d.citizenshipName.isEmpty() && Countries::isKnownAlpha3(d.citizenship))
        d.citizenshipName = {Countries::name(d.citizenship, QStringLiteral("kk")),
                             Countries::name(d.citizenship, QStringLiteral("ru"))};
    d.identityDocument = r.identityDocument(u"identity_document");
    d.issueDate = r.date(u"issue_date", true);
    d.issuingOffice = r.bilingual(u"issuing_office");
    d.issuingOfficer = r.string(u"issuing_officer", false);
    d.training = r.boolean(u"training");
    d.duplicate = r.boolean(u"duplicate");
    if (auto error = r.error())
        return *error;
    return d;
}

QJsonObject CertificateData::toJson() const
{
    return {
        {QStringLiteral("iin"), iin},
        {QStringLiteral("certificate_number"), certificateNumber},
        {QStringLiteral("name_cyrillic"), DocumentJsonReader::nameToJson(nameCyrillic)},
        {QStringLiteral("name_latin"), DocumentJsonReader::nameToJson(nameLatin)},
        {QStringLiteral("birth_date"), birthDate.toString(Qt::ISODate)},
        {QStringLiteral("birth_place"), birthPlace},
        {QStringLiteral("sex"), sexToString(sex)},
        {QStringLiteral("citizenship"), citizenship},
        {QStringLiteral("citizenship_name"), DocumentJsonReader::bilingualToJson(citizenshipName)},
        {QStringLiteral("identity_document"),
         DocumentJsonReader::identityDocumentToJson(identityDocument)},
        {QStringLiteral("issue_date"), issueDate.toString(Qt::ISODate)},
        {QStringLiteral("issuing_office"), DocumentJsonReader::bilingualToJson(issuingOffice)},
        {QStringLiteral("issuing_officer"), issuingOfficer},
        {QStringLiteral("training"), training},
        {QStringLiteral("duplicate"), duplicate},
    };
}

} // namespace iin
