#pragma once

#include "core/application/Application.h"
#include "core/documents/CertificateData.h"
#include "core/person/Sex.h"

#include <QDate>
#include <QString>

namespace iin {

// The fixed wording of the printed documents. The documents always speak both the state
// language and Russian (Kazakh first), whatever the interface language, so their texts are
// fixed kk/ru pairs rather than interface translations.
namespace DocumentLabels {

BilingualText sex(Sex sex);
BilingualText documentType(IdentityDocumentType type);
QString date(const QDate& date); // dd.MM.yyyy, the same in both languages
// A document received, as named on the receipt of acceptance.
BilingualText attachmentKind(AttachmentKind kind);

} // namespace DocumentLabels

} // namespace iin
