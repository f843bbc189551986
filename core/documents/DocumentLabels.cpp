#include "core/documents/DocumentLabels.h"

namespace iin::DocumentLabels {

BilingualText sex(Sex sex)
{
    switch (sex) {
    case Sex::Male:
        return {QStringLiteral("ер"), QStringLiteral("мужской")};
    case Sex::Female:
        return {QStringLiteral("әйел"), QStringLiteral("женский")};
    case Sex::Unknown:
        break;
    }
    return {QStringLiteral("—"), QStringLiteral("—")};
}

BilingualText documentType(IdentityDocumentType type)
{
    switch (type) {
    case IdentityDocumentType::Passport:
        return {QStringLiteral("паспорт"), QStringLiteral("паспорт")};
    case IdentityDocumentType::StatelessTravelDocument:
        return {QStringLiteral("азаматтығы жоқ адамның жол жүру құжаты"),
                QStringLiteral("проездной документ лица без гражданства")};
    case IdentityDocumentType::RefugeeTravelDocument:
        return {QStringLiteral("босқынның жол жүру құжаты"),
                QStringLiteral("проездной документ беженца")};
    case IdentityDocumentType::ResidencePermit:
        return {QStringLiteral("шетелдіктің тұруға ықтиярхаты"),
                QStringLiteral("вид на жительство иностранца")};
    case IdentityDocumentType::IdCard:
        return {QStringLiteral("жеке куәлік"), QStringLiteral("удостоверение личности")};
    case IdentityDocumentType::Other:
        break;
    }
    return {QStringLiteral("өзге құжат"), QStringLiteral("иной документ")};
}

BilingualText attachmentKind(AttachmentKind kind)
{
    switch (kind) {
    case AttachmentKind::ApplicationForm:
        return {QStringLiteral("өтініш"), QStringLiteral("заявление")};
    case AttachmentKind::IdentityDocumentCopy:
        return {QStringLiteral("жеке басын куәландыратын құжаттың көшірмесі"),
                QStringLiteral("копия документа, удостоверяющего личность")};
    case AttachmentKind::CertifiedTranslation:
        return {QStringLiteral("аудармасының тиісінше куәландырылған көшірмесі"),
                QStringLiteral("надлежащим образом заверенная копия перевода")};
    case AttachmentKind::PowerOfAttorney:
        return {QStringLiteral("нотариат куәландырған сенімхат"),
                QStringLiteral("нотариально удостоверенная доверенность")};
    case AttachmentKind::Annex2Application:
        return {QStringLiteral("2-қосымшаға сәйкес өтініш"),
                QStringLiteral("заявление согласно приложению 2")};
    case AttachmentKind::Photo:
        return {QStringLiteral("фотосурет"), QStringLiteral("фотография")};
    case AttachmentKind::Other:
        break;
    }
    return {QStringLiteral("өзге құжат"), QStringLiteral("иной документ")};
}

QString date(const QDate& date)
{
    return date.isValid() ? date.toString(u"dd.MM.yyyy") : QStringLiteral("—");
}

} // namespace iin::DocumentLabels
