#pragma once

#include "core/capture/MrzRecord.h"

#include <QJsonObject>

namespace iin {

// The JSON of a read zone, printed by `iin-desk-cli mrz parse` and `mrz read` (docs/capture.md):
// valid, format, document_code, issuing_state, surname, given_names, document_number,
// nationality, birth_date and expiry_date (yyyy-MM-dd, null when not a date), sex
// (male|female|unspecified), optional_data, optional_data_2 (TD1), issuing_state_code and
// nationality_code (the ICAO codes as printed), lines, problems [{code, field, message}].
// A zone that was not recognised gives valid false, format null, and its lines and problems.
QJsonObject mrzRecordToJson(const MrzRecord& record);

} // namespace iin
