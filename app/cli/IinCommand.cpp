#include "app/cli/CliCommands.h"
#include "app/cli/CliSupport.h"

#include "core/person/Iin.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace iin::cli {

namespace {

QJsonArray messages(const Problems& problems)
{
    QJsonArray array;
    for (const Problem& p : problems)
        array.append(
            QJsonObject{{QStringLiteral("code"), p.code}, {QStringLiteral("message"), p.message}});
    return array;
}

} // namespace

int runIinCommand(const QStringList& arguments)
{
    CommandLine cl(QCoreApplication::translate(
        "Cli", "Validates an individual identification number and decodes it. Exit 0 when "
               "valid, 1 when not."));
    cl.addPositional(QStringLiteral("iin"),
                     QCoreApplication::translate("Cli", "The 12-digit IIN."));
    if (auto exit = cl.parse(arguments, 1))
        return *exit;

    const IinCheck c = Iin::check(cl.positionals().constFirst());
    const QJsonValue null(QJsonValue::Null);
    printJson({
        {QStringLiteral("iin"), c.text},
        {QStringLiteral("valid"), c.valid},
        {QStringLiteral("birth_date"),
         c.birthDate.isValid() ? QJsonValue(c.birthDate.toString(Qt::ISODate)) : null},
        {QStringLiteral("sex"), c.sex == Sex::Unknown ? null : QJsonValue(sexToString(c.sex))},
        {QStringLiteral("century"), c.century ? QJsonValue(c.century) : null},
        {QStringLiteral("errors"), messages(c.errors)},
        {QStringLiteral("warnings"), messages(c.warnings)},
    });
    return c.valid ? ExitOk : ExitNegative;
}

} // namespace iin::cli
