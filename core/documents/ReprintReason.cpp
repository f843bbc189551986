#include "core/documents/ReprintReason.h"

#include <utility>

namespace iin {

namespace {

const QList<std::pair<ReprintReason, QString>>& codes()
{
    static const QList<std::pair<ReprintReason, QString>> list{
        {ReprintReason::Lost, QStringLiteral("lost")},
        {ReprintReason::Damaged, QStringLiteral("damaged")},
        {ReprintReason::SpoiledBlank, QStringLiteral("spoiled_blank")},
        {ReprintReason::Correction, QStringLiteral("correction")},
        {ReprintReason::Other, QStringLiteral("other")},
    };
    return list;
}

} // namespace

QString reprintReasonCode(ReprintReason reason)
{
    for (const auto& [r, code] : codes())
        if (r == reason)
            return code;
    return {};
}

std::optional<ReprintReason> reprintReasonFrom(const QString& code)
{
    for (const auto& [r, c] : codes())
        if (c == code)
            return r;
    return std::nullopt;
}

QList<ReprintReason> reprintReasons()
{
    QList<ReprintReason> list;
    for (const auto& [r, code] : codes())
        list << r;
    return list;
}

QStringList reprintReasonCodes()
{
    QStringList list;
    for (const auto& [r, code] : codes())
        list << code;
    return list;
}

QString ReprintReasonLabels::label(ReprintReason reason)
{
    switch (reason) {
    case ReprintReason::Lost:
        return tr("Lost by the applicant");
    case ReprintReason::Damaged:
        return tr("Damaged");
    case ReprintReason::SpoiledBlank:
        return tr("The print before spoiled its blank");
    case ReprintReason::Correction:
        return tr("A correction");
    case ReprintReason::Other:
        return tr("Other");
    }
    return {};
}

} // namespace iin
