#pragma once

#include "core/application/Application.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace iin::ui {

// The words for an application's coded values, shared by every window that shows or asks for
// them (the intake form, the application view, the handover dialog), so that one translation
// serves all of them.
class ApplicationTexts
{
    Q_DECLARE_TR_FUNCTIONS(ApplicationTexts)

public:
    static QString channel(Channel channel);
    static QString documentType(IdentityDocumentType type);
    static QString attachmentKind(AttachmentKind kind);

    // In the order the lists offer them.
    static const QList<IdentityDocumentType>& documentTypes();
    static const QList<AttachmentKind>& attachmentKinds();
};

} // namespace iin::ui
