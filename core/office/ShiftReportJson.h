#pragma once

#include "core/office/ShiftReportData.h"

#include <QByteArray>
#include <QJsonObject>

namespace iin {

// The end-of-shift report as JSON (docs/office.md: the keys are a contract).
namespace ShiftReportJson {

QJsonObject toJson(const ShiftReportData& report);
// Compact, keys sorted (QJsonObject keeps them so): the text the signature's hash covers.
QByteArray canonical(const ShiftReportData& report);
QJsonObject exceptionToJson(const OfficeException& exception);

} // namespace ShiftReportJson

} // namespace iin
