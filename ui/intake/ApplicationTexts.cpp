#include "ui/intake/ApplicationTexts.h"

namespace iin::ui {

QString ApplicationTexts::channel(Channel channel)
{
    switch (channel) {
    case Channel::StateCorporation:
        return tr("State Corporation counter");
    case Channel::ServiceProvider:
        return tr("Migration police unit (service provider)");
    case Channel::Portal:
        return tr("E-government portal");
    }
    return {};
}

QString ApplicationTexts::documentType(IdentityDocumentType type)
{
    switch (type) {
    case IdentityDocumentType::Passport:
        return tr("Passport");
    case IdentityDocumentType::StatelessTravelDocument:
        return tr("Travel document of a stateless person");
    case IdentityDocumentType::RefugeeTravelDocument:
        return tr("Refugee travel document");
    case IdentityDocumentType::ResidencePermit:
        return tr("Residence permit");
    case IdentityDocumentType::IdCard:
        return tr("Identity card");
    case IdentityDocumentType::Other:
        return tr("Other identity document");
    }
    return {};
}

QString ApplicationTexts::attachmentKind(AttachmentKind kind)
{
    switch (kind) {
    case AttachmentKind::ApplicationForm:
        return tr("Application on the Annex 1 form, signed");
    case AttachmentKind::IdentityDocumentCopy:
        return tr("Identity document (copy)");
    case AttachmentKind::CertifiedTranslation:
        return tr("Duly certified copy of the translation of the identity document");
    case AttachmentKind::PowerOfAttorney:
        return tr("Notarized power of attorney");
    case AttachmentKind::Annex2Application:
        return tr("Annex 2 application certified by the head of the institution");
    case AttachmentKind::Photo:
        return tr("Photo");
    case AttachmentKind::Other:
        return tr("Other document");
    }
    return {};
}

const QList<IdentityDocumentType>& ApplicationTexts::documentTypes()
{
    static const QList<IdentityDocumentType> list{
        IdentityDocumentType::Passport,
        IdentityDocumentType::StatelessTravelDocument,
        IdentityDocumentType::RefugeeTravelDocument,
        IdentityDocumentType::ResidencePermit,
        IdentityDocumentType::IdCard,
        IdentityDocumentType::Other,
    };
    return list;
}

const QList<AttachmentKind>& ApplicationTexts::attachmentKinds()
{
    static const QList<AttachmentKind> list{
        AttachmentKind::ApplicationForm,
        AttachmentKind::IdentityDocumentCopy,
        AttachmentKind::CertifiedTranslation,
        AttachmentKind::PowerOfAttorney,
        AttachmentKind::Annex2Application,
        AttachmentKind::Photo,
        AttachmentKind::Other,
    };
    return list;
}

} // namespace iin::ui
