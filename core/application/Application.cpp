#include "core/application/Application.h"

#include "core/base/EnumCodes.h"

#include <QStringList>

namespace iin {

namespace {

constexpr EnumCode<Channel> Channels[] = {
    {Channel::StateCorporation, u"state_corporation"},
    {Channel::ServiceProvider, u"service_provider"},
    {Channel::Portal, u"portal"},
};

constexpr EnumCode<ApplicationBasis> Bases[] = {
    {ApplicationBasis::Annex1, u"annex1"},
    {ApplicationBasis::Annex2, u"annex2"},
};

constexpr EnumCode<IdentityDocumentType> DocumentTypes[] = {
    {IdentityDocumentType::Passport, u"passport"},
    {IdentityDocumentType::StatelessTravelDocument, u"stateless_travel_document"},
    {IdentityDocumentType::RefugeeTravelDocument, u"refugee_travel_document"},
    {IdentityDocumentType::ResidencePermit, u"residence_permit"},
    {IdentityDocumentType::IdCard, u"id_card"},
    {IdentityDocumentType::Other, u"other"},
};

constexpr EnumCode<AttachmentKind> AttachmentKinds[] = {
    {AttachmentKind::ApplicationForm, u"application_form"},
    {AttachmentKind::IdentityDocumentCopy, u"identity_document_copy"},
    {AttachmentKind::CertifiedTranslation, u"certified_translation"},
    {AttachmentKind::PowerOfAttorney, u"power_of_attorney"},
    {AttachmentKind::Annex2Application, u"annex2_application"},
    {AttachmentKind::Photo, u"photo"},
    {AttachmentKind::Other, u"other"},
};

} // namespace

QString PersonName::fullName() const
{
    QStringList parts;
    for (const QString& p : {surname, givenName, patronymic}) {
        const QString t = p.simplified();
        if (!t.isEmpty())
            parts.append(t);
    }
    return parts.join(u' ');
}

bool Application::hasAttachment(AttachmentKind kind) const
{
    for (const Attachment& a : attachments) {
        if (a.kind == kind)
            return true;
    }
    return false;
}

QString channelToString(Channel c)
{
    return codeOf(Channels, c);
}
std::optional<Channel> channelFromString(const QString& s)
{
    return valueOf(Channels, s);
}
QString basisToString(ApplicationBasis b)
{
    return codeOf(Bases, b);
}
std::optional<ApplicationBasis> basisFromString(const QString& s)
{
    return valueOf(Bases, s);
}
QString documentTypeToString(IdentityDocumentType t)
{
    return codeOf(DocumentTypes, t);
}
std::optional<IdentityDocumentType> documentTypeFromString(const QString& s)
{
    return valueOf(DocumentTypes, s);
}
QString attachmentKindToString(AttachmentKind k)
{
    return codeOf(AttachmentKinds, k);
}
std::optional<AttachmentKind> attachmentKindFromString(const QString& s)
{
    return valueOf(AttachmentKinds, s);
}

} // namespace iin
