#include "core/application/Application.h"

#include <QStringList>

#include <array>
#include <utility>

namespace iin {

namespace {

template <typename E, std::size_t N>
QString toName(const std::array<std::pair<E, const char16_t*>, N>& table, E value)
{
    for (const auto& [e, name] : table) {
        if (e == value)
            return QString::fromUtf16(name);
    }
    return {};
}

template <typename E, std::size_t N>
std::optional<E> fromName(const std::array<std::pair<E, const char16_t*>, N>& table,
                          const QString& s)
{
    for (const auto& [e, name] : table) {
        if (s == QStringView(name))
            return e;
    }
    return std::nullopt;
}

constexpr std::array channels{
    std::pair{Channel::StateCorporation, u"state_corporation"},
    std::pair{Channel::ServiceProvider, u"service_provider"},
    std::pair{Channel::Portal, u"portal"},
};

constexpr std::array bases{
    std::pair{ApplicationBasis::Annex1, u"annex1"},
    std::pair{ApplicationBasis::Annex2, u"annex2"},
};

constexpr std::array documentTypes{
    std::pair{IdentityDocumentType::Passport, u"passport"},
    std::pair{IdentityDocumentType::StatelessTravelDocument, u"stateless_travel_document"},
    std::pair{IdentityDocumentType::RefugeeTravelDocument, u"refugee_travel_document"},
    std::pair{IdentityDocumentType::ResidencePermit, u"residence_permit"},
    std::pair{IdentityDocumentType::IdCard, u"id_card"},
    std::pair{IdentityDocumentType::Other, u"other"},
};

constexpr std::array attachmentKinds{
    std::pair{AttachmentKind::ApplicationForm, u"application_form"},
    std::pair{AttachmentKind::IdentityDocumentCopy, u"identity_document_copy"},
    std::pair{AttachmentKind::CertifiedTranslation, u"certified_translation"},
    std::pair{AttachmentKind::PowerOfAttorney, u"power_of_attorney"},
    std::pair{AttachmentKind::Annex2Application, u"annex2_application"},
    std::pair{AttachmentKind::Photo, u"photo"},
    std::pair{AttachmentKind::Other, u"other"},
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

QString channelToString(Channel c) { return toName(channels, c); }
std::optional<Channel> channelFromString(const QString& s) { return fromName(channels, s); }
QString basisToString(ApplicationBasis b) { return toName(bases, b); }
std::optional<ApplicationBasis> basisFromString(const QString& s) { return fromName(bases, s); }
QString documentTypeToString(IdentityDocumentType t) { return toName(documentTypes, t); }
std::optional<IdentityDocumentType> documentTypeFromString(const QString& s)
{
    return fromName(documentTypes, s);
}
QString attachmentKindToString(AttachmentKind k) { return toName(attachmentKinds, k); }
std::optional<AttachmentKind> attachmentKindFromString(const QString& s)
{
    return fromName(attachmentKinds, s);
}

} // namespace iin
