#pragma once

#include "core/application/Application.h"
#include "core/base/Finding.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace iin {

struct CheckResult;

// What the counter hands to the journal: the application, its JSON in the documented format
// (stored whole), the outcome of the completeness check and the scanned files.
struct Intake
{
    Application application;
    QByteArray json;      // ApplicationJson::toBytes(application)
    QString rulesEdition; // the rule set the package was checked against
    Findings findings;
    // Contents of application.attachments, index for index; an empty entry when only the
    // attachment's description was taken (the paper stays in the file).
    QList<QByteArray> attachmentContents;

    static Intake from(const Application& application, const CheckResult& check);
};

} // namespace iin
